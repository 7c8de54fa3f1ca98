import { isIP } from 'node:net';
import { Agent, request } from 'undici';
import type { WebhookHeaders } from '../signing/standard-webhooks';
import { TargetGuard, TargetRefusedError } from './target-guard';

/** A receiver has this long to answer, connection included (Standard Webhooks: a short timeout). */
export const DELIVERY_TIMEOUT_MS = 10_000;
/** What is kept of a receiver's answer for the attempts log. */
export const RESPONSE_BODY_LIMIT = 2_048;
const ERROR_TEXT_LIMIT = 500;

export interface AttemptOutcome {
  /** Any 2xx. Redirects are not followed: a 3xx is a failure, as the spec says. */
  succeeded: boolean;
  statusCode: number | null;
  durationMs: number;
  /** The answer's first RESPONSE_BODY_LIMIT bytes (as UTF-8 text), for the attempts log. */
  responseBody: string | null;
  /** Why no answer came: timeout, refused target, connection error. */
  error: string | null;
}

export interface OutgoingWebhook {
  url: string;
  headers: WebhookHeaders;
  body: string;
}

/**
 * Posts one signed CloudEvent to a receiver through the SSRF guard. Connections are kept alive
 * per origin (a busy endpoint reuses them); the guard runs at connect time, so an address is
 * checked every time a connection is opened.
 */
export class WebhookSender {
  private readonly dispatcher: Agent;

  constructor(
    private readonly guard: TargetGuard,
    private readonly timeoutMs: number = DELIVERY_TIMEOUT_MS,
  ) {
    this.dispatcher = new Agent({
      connect: { lookup: guard.lookup, timeout: timeoutMs },
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
      keepAliveTimeout: 30_000,
    });
  }

  async send(webhook: OutgoingWebhook): Promise<AttemptOutcome> {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    try {
      // A literal address never reaches the connect-time lookup: it is checked here.
      const host = new URL(webhook.url).hostname.replace(/^\[|\]$/g, '');
      if (isIP(host) !== 0) {
        const reason = this.guard.refusalOf(host);
        if (reason) throw new TargetRefusedError(host, host, reason);
      }
      const response = await request(webhook.url, {
        method: 'POST',
        dispatcher: this.dispatcher,
        headers: {
          ...webhook.headers,
          'content-type': 'application/cloudevents+json; charset=utf-8',
          'user-agent': 'Jiyn-Webhooks/1 (+https://jiyn.kz)',
        },
        body: webhook.body,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      const responseBody = await readTruncated(response.body);
      return {
        succeeded: response.statusCode >= 200 && response.statusCode < 300,
        statusCode: response.statusCode,
        durationMs: elapsed(),
        responseBody,
        error: null,
      };
    } catch (error) {
      return {
        succeeded: false,
        statusCode: null,
        durationMs: elapsed(),
        responseBody: null,
        error: describe(error, this.timeoutMs),
      };
    }
  }

  async close(): Promise<void> {
    await this.dispatcher.close();
  }
}

async function readTruncated(body: AsyncIterable<Buffer> & { destroy(): void }): Promise<string> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of body) {
    chunks.push(chunk);
    length += chunk.length;
    if (length >= RESPONSE_BODY_LIMIT) {
      body.destroy(); // the rest is not wanted: the connection is dropped instead of drained
      break;
    }
  }
  // A multi-byte character cut at the limit becomes U+FFFD, never a broken string.
  return Buffer.concat(chunks).subarray(0, RESPONSE_BODY_LIMIT).toString('utf8');
}

/** A short, secret-free description of why an attempt got no answer. */
function describe(error: unknown, timeoutMs: number): string {
  if (error instanceof TargetRefusedError) return error.message;
  // Not `instanceof Error`: DOMException (an aborted signal) may come from another realm.
  const name = (error as { name?: unknown } | null)?.name;
  const code = (error as { code?: unknown }).code;
  if (
    name === 'TimeoutError' ||
    code === 'TimeoutError' ||
    code === 'UND_ERR_HEADERS_TIMEOUT' ||
    code === 'UND_ERR_BODY_TIMEOUT'
  ) {
    return `no answer within ${timeoutMs / 1000} s`;
  }
  const cause = (error as { cause?: unknown }).cause;
  if (cause instanceof TargetRefusedError) return cause.message;
  const message = String((error as { message?: unknown } | null)?.message ?? error);
  return `${typeof code === 'string' ? `${code}: ` : ''}${message}`.slice(0, ERROR_TEXT_LIMIT);
}
