import { afterAll, afterEach } from '@jest/globals';
import type { Readable } from 'node:stream';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { buildOpenApiDocument } from '@jiyn/bootstrap';
import { ResponseConformance, conformanceMode } from '@jiyn/service-harness';

/**
 * Holds every response of the gateway's own routes (access, rate limits, the agenda) to the gateway's
 * own OpenAPI document, as the service harness does for a service. Responses of proxied routes match
 * no operation of that document and pass unchecked. The check runs in the gateway (tests call it with
 * plain fetch); a mismatch is collected and fails the test that caused it, with what differs.
 */
const mismatches: string[] = [];

function failOnMismatches(): void {
  const found = mismatches.splice(0);
  if (found.length)
    throw new Error(`the gateway answered what its own OpenAPI document does not say:\n${found.join('\n')}`);
}

afterEach(failOnMismatches);
afterAll(failOnMismatches);

/** Call before `listen`: Fastify takes no hooks once it is ready. */
export function holdResponsesToOwnDocument(app: NestFastifyApplication): void {
  if (conformanceMode() === 'off') return;
  let conformance: ResponseConformance | undefined;
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', async (request, reply, payload) => {
      // Built on first use: the document needs the app's routes, known only once it is initialised.
      conformance ??= new ResponseConformance(buildOpenApiDocument(app, 'gateway'));
      const contentType = reply.getHeader('content-type');
      const body = bodyOf(payload);
      // Idempotency-Key's problems (400, 409, 422) are documented on every POST and PATCH by the public
      // document (openapi/public-document.ts), which adds them to the gateway's own operations too.
      if (isIdempotencyProblem(body)) return payload;
      try {
        conformance.check(
          request.method,
          request.url,
          reply.statusCode,
          contentType === undefined ? undefined : String(contentType),
          body,
        );
      } catch (error) {
        mismatches.push((error as Error).message);
      }
      return payload;
    });
}

function isIdempotencyProblem(body: unknown): boolean {
  const type = (body as { type?: unknown } | undefined)?.type;
  return typeof type === 'string' && type.startsWith('https://jiyn.kz/problems/idempotency-key-');
}

/** What the client will read: parsed JSON when it is JSON, else the text; a stream cannot be read here. */
function bodyOf(payload: unknown): unknown {
  if (payload === undefined || payload === null) return undefined;
  if (typeof (payload as Readable).pipe === 'function') return '';
  const text = Buffer.isBuffer(payload) ? payload.toString('utf8') : String(payload);
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
