import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { generateWebhookSecret, keyOf, signDelivery } from '../signing/standard-webhooks';
import { TargetGuard } from './target-guard';
import { RESPONSE_BODY_LIMIT, WebhookSender } from './webhook-sender';

type Handler = (request: IncomingMessage, body: string, response: ServerResponse) => void;

describe('webhook sender', () => {
  let server: Server;
  let base: string;
  let handler: Handler = (_request, _body, response) => response.end();
  const sender = new WebhookSender(new TargetGuard(['127.0.0.1']), 500);
  const secret = generateWebhookSecret();
  const body = JSON.stringify({ specversion: '1.0', id: 'evt_1', type: 'kz.jiyn.test.v1' });
  const webhook = (path: string) => ({
    url: base + path,
    headers: signDelivery([keyOf(secret)], 'evt_1', body),
    body,
  });

  beforeAll(async () => {
    server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => handler(request, Buffer.concat(chunks).toString('utf8'), response));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await sender.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('should post the CloudEvent with its signature, and count a 2xx as delivered', async () => {
    let received: { headers: IncomingMessage['headers']; body: string } | undefined;
    handler = (request, text, response) => {
      received = { headers: request.headers, body: text };
      response.writeHead(204).end();
    };
    const outcome = await sender.send(webhook('/hook'));
    expect(outcome).toMatchObject({ succeeded: true, statusCode: 204, error: null });
    expect(received?.headers['content-type']).toBe('application/cloudevents+json; charset=utf-8');
    const headers = received?.headers as Record<string, string>;
    expect(new Webhook(secret).verify(received?.body as string, headers)).toEqual(JSON.parse(body));
  });

  it('should count a 500 and a redirect as failures, keeping the start of a long answer', async () => {
    handler = (_request, _text, response) => response.writeHead(500).end('Қате '.repeat(2_000));
    const failed = await sender.send(webhook('/hook'));
    expect(failed).toMatchObject({ succeeded: false, statusCode: 500, error: null });
    expect(Buffer.byteLength(failed.responseBody as string)).toBeLessThanOrEqual(RESPONSE_BODY_LIMIT + 2);
    expect(failed.responseBody?.startsWith('Қате Қате')).toBe(true);
    handler = (_request, _text, response) =>
      response.writeHead(302, { location: 'http://169.254.169.254/' }).end();
    expect(await sender.send(webhook('/hook'))).toMatchObject({ succeeded: false, statusCode: 302 });
  });

  it('should give up on a receiver that does not answer within the timeout', async () => {
    handler = () => undefined; // never answers
    const outcome = await sender.send(webhook('/slow'));
    expect(outcome).toMatchObject({ succeeded: false, statusCode: null, error: 'no answer within 0.5 s' });
    expect(outcome.durationMs).toBeGreaterThanOrEqual(450);
    expect(outcome.durationMs).toBeLessThan(3_000);
  });

  it('should refuse a literal private address without connecting, and say why', async () => {
    let hits = 0;
    handler = (_request, _text, response) => {
      hits += 1;
      response.end();
    };
    const strict = new WebhookSender(new TargetGuard());
    const literal = await strict.send({ ...webhook('/hook') });
    const named = await strict.send({
      ...webhook('/hook'),
      url: base.replace('127.0.0.1', 'localhost') + '/hook',
    });
    const metadata = await strict.send({ ...webhook('/'), url: 'http://169.254.169.254/latest/meta-data/' });
    await strict.close();
    expect(literal.error).toMatch(/127\.0\.0\.1 \(loopback\)/);
    expect(named.error).toMatch(/\(loopback\), which is not allowed/);
    expect(metadata.error).toMatch(/169\.254\.169\.254 \(link-local\)/);
    expect(hits).toBe(0);
  });

  it('should report a refused connection as an error, not a status', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const outcome = await sender.send({ ...webhook('/'), url: `http://127.0.0.1:${port}/` });
    expect(outcome).toMatchObject({ succeeded: false, statusCode: null });
    expect(outcome.error).toMatch(/ECONNREFUSED/);
  });
});
