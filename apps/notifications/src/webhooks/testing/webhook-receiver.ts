import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

/** One request as a receiver saw it. */
export interface ReceivedWebhook {
  headers: IncomingHttpHeaders;
  body: string;
  receivedAt: number;
  /** The status this receiver answered with. */
  status: number;
}

/** What the receiver answers: a status, optionally after a delay. */
export type Answer = { status: number; delayMs?: number; body?: string };

/**
 * A real HTTP server standing in for a ministry's system: records every request and answers as
 * the test says (a fixed status, a sequence, a delay). Checks nothing itself: tests verify what
 * arrived with the official `standardwebhooks` package.
 */
export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  private server?: Server;
  private inFlight = 0;
  /** The most requests it held at once. */
  maxInFlight = 0;
  /** Requests that have arrived, answered or not yet. */
  arrivals = 0;
  private answers: Answer[] = [];
  /** Answer when the queue of answers is empty. */
  fallback: Answer = { status: 204 };

  constructor(private readonly host = '127.0.0.1') {}

  async start(): Promise<this> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on(
        'end',
        () => void this.answer(request.headers, Buffer.concat(chunks).toString('utf8'), response),
      );
    });
    await new Promise<void>((resolve) => this.server?.listen(0, this.host, resolve));
    return this;
  }

  get url(): string {
    const { port } = this.server?.address() as AddressInfo;
    return `http://${this.host}:${port}/hooks/jiyn`;
  }

  /** Answers the next requests with these, in order, then with `fallback`. */
  answerWith(...answers: Answer[]): void {
    this.answers.push(...answers);
  }

  /** Requests carrying this `webhook-id`. */
  withId(id: string): ReceivedWebhook[] {
    return this.received.filter((request) => request.headers['webhook-id'] === id);
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  private async answer(headers: IncomingHttpHeaders, body: string, response: ServerResponse): Promise<void> {
    const answer = this.answers.shift() ?? this.fallback;
    this.arrivals += 1;
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
    this.inFlight -= 1;
    this.received.push({ headers, body, receivedAt: Date.now(), status: answer.status });
    response.writeHead(answer.status, { 'content-type': 'text/plain' }).end(answer.body ?? '');
  }
}

/** Verifies one request with the official library; returns the parsed body (throws when it does not verify). */
export function verifiedBody(secret: string, request: ReceivedWebhook): Record<string, unknown> {
  return new Webhook(secret).verify(request.body, request.headers as Record<string, string>) as Record<
    string,
    unknown
  >;
}
