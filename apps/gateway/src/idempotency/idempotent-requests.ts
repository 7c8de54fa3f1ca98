import { createHash, randomUUID } from 'node:crypto';
import { ProblemException } from '@jiyn/problems';
import { ANONYMOUS_CALLER } from './caller';
import { IDEMPOTENCY_KEY_HEADER, assertAnonymousKey, parseIdempotencyKey } from './idempotency-key-header';
import type { IdempotencyStore } from './idempotency-store';
import { keyDigestOf, openAnswer, sealAnswer } from './stored-answer-cipher';

/** An answer the gateway keeps for replay: bigger ones are recorded as done, without their body. */
export const MAX_KEPT_BODY_BYTES = 1024 * 1024;

/** A retry of a request still running is likely answered within a second. */
const IN_FLIGHT_RETRY_AFTER_SECONDS = 1;

/** The request as idempotency sees it. */
export interface IdempotentRequest {
  method: string;
  /** As the client sent it, query included. */
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer | undefined;
}

export interface KeptAnswer {
  status: number;
  headers: Record<string, string | string[]>;
  body: Buffer;
}

/** A key this request holds until it finishes, one way or the other. */
export interface HeldKey {
  caller: string;
  key: string;
  keyDigest: Buffer;
  lease: string;
}

export type Admission =
  { kind: 'untracked' } | { kind: 'held'; held: HeldKey } | { kind: 'replay'; answer: KeptAnswer };

/**
 * The gateway's side of the Idempotency-Key draft: a POST or PATCH with a key runs once per caller
 * and key; a retry with the same request gets the first answer again, one with another request a
 * 422, one while the first still runs a 409. Requests without the header cost nothing here.
 */
export class IdempotentRequests {
  constructor(
    private readonly store: IdempotencyStore,
    private readonly ttlHours: number,
  ) {}

  /**
   * Before forwarding: claims the key (one round trip) or answers from what holds it. `caller` is
   * who the key belongs to (see callerOf); `leaseMs`, how long the request may run at most.
   */
  async admit(request: IdempotentRequest, caller: string, leaseMs: number): Promise<Admission> {
    const header = request.headers['idempotency-key'];
    if (header === undefined || !IDEMPOTENCY_KEY_HEADER.methods.includes(request.method))
      return { kind: 'untracked' };
    const key = parseIdempotencyKey(header);
    if (caller === ANONYMOUS_CALLER) assertAnonymousKey(key);
    const keyDigest = keyDigestOf(key);
    const fingerprint = fingerprintOf(request);
    const lease = randomUUID();
    const found = await this.store.reserve(
      caller,
      keyDigest,
      fingerprint,
      lease,
      Math.ceil(leaseMs / 1000),
      this.ttlHours,
    );
    if (found.outcome === 'reserved') return { kind: 'held', held: { caller, key, keyDigest, lease } };
    if (found.outcome === 'racing') throw inFlight();
    if (!found.fingerprint.equals(fingerprint)) throw reused();
    if (found.status === null) throw inFlight();
    const headers = found.headers ?? {};
    if (!found.bodyKept || !found.body) throw notKept(found.status, headers);
    // Privacy: a registration's answer shows its management token "once"; replaying it (as Stripe
    // does) shows it again, but only to the same caller presenting the same key and the same request.
    return {
      kind: 'replay',
      answer: { status: found.status, headers, body: openAnswer(caller, key, found.body) },
    };
  }

  /**
   * After the service answered with an answer worth keeping (see keepsAnswer): keeps it for replay.
   * `body` null: the answer was too large to keep; the request is recorded as done all the same.
   */
  async finish(
    held: HeldKey,
    status: number,
    headers: Record<string, string | string[]>,
    body: Buffer | null,
  ): Promise<void> {
    const sealed = body === null ? null : sealAnswer(held.caller, held.key, body);
    await this.store.complete(held.caller, held.keyDigest, held.lease, { status, headers, body: sealed });
  }

  /** A failure, or an answer not worth keeping: the key goes, and a retry runs the request again. */
  async release(held: HeldKey): Promise<void> {
    await this.store.release(held.caller, held.keyDigest, held.lease);
  }
}

/**
 * Which answers are final for a key. Successes, obviously. Of the 4xx (the draft lets a server keep
 * errors too, and keeping them is the usual choice) those that judge the request itself — malformed,
 * unauthorised, forbidden, too large, of the wrong type, unprocessable — are kept: the same request
 * would be refused the same way. Those that judge the state of the world are not: a 404 for an event
 * the registrations service has not learnt of yet from Kafka, a 409 for a full event or a clash, and
 * 408/425/429 that ask for a retry outright; a 4xx changed nothing, so running the retry is safe.
 * Never a 5xx: the request may not have run at all.
 */
export function keepsAnswer(status: number): boolean {
  if (status >= 500) return false;
  return ![404, 408, 409, 410, 423, 425, 429].includes(status);
}

/** Same method, address, content type and body bytes: the same request. */
export function fingerprintOf(request: IdempotentRequest): Buffer {
  const contentType = request.headers['content-type'];
  return createHash('sha256')
    .update(`${request.method}\0${request.url}\0${typeof contentType === 'string' ? contentType : ''}\0`)
    .update(request.body ?? Buffer.alloc(0))
    .digest();
}

function inFlight(): ProblemException {
  return new ProblemException('idempotency-key-in-flight', {
    retryAfterSeconds: IN_FLIGHT_RETRY_AFTER_SECONDS,
    detail: {
      en: 'The first request with this key has not finished yet; retry in a moment to receive its answer',
      ru: 'Первый запрос с этим ключом ещё не завершён; повторите чуть позже, чтобы получить его ответ',
      kk: 'Осы кілтпен жіберілген алғашқы сұраныс әлі аяқталмады; жауабын алу үшін сәлден соң қайталаңыз',
    },
  });
}

function reused(): ProblemException {
  return new ProblemException('idempotency-key-reused', {
    detail: {
      en: 'Use a new Idempotency-Key for a new request; a retry must repeat the method, address and body exactly',
      ru: 'Для нового запроса используйте новый Idempotency-Key; повтор должен в точности совпадать по методу, адресу и телу',
      kk: 'Жаңа сұраныс үшін жаңа Idempotency-Key қолданыңыз; қайталау әдісі, мекенжайы және денесі бойынша дәл сәйкес болуы керек',
    },
  });
}

function notKept(status: number, headers: Record<string, string | string[]>): ProblemException {
  const location = headers['location'];
  return new ProblemException('idempotency-response-not-kept', {
    detail: {
      en: `The request ran once and was answered with status ${status}; it will not run again`,
      ru: `Запрос выполнен один раз с ответом ${status}; повторно он выполнен не будет`,
      kk: `Сұраныс бір рет орындалып, ${status} жауабын алды; ол қайта орындалмайды`,
    },
    extensions: { originalStatus: status, ...(typeof location === 'string' ? { location } : {}) },
  });
}
