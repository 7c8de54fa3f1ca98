import type { FastifyRequest } from 'fastify';
import type { Grant, Principal } from '@jiyn/auth';
import { ProblemException } from '@jiyn/problems';
import {
  presentedKey,
  presentedKeyDigest,
  type CredentialResolver,
} from '../authentication/credential-resolver';
import type { PartnerGrants } from '../organisations/partner-grants';
import { hasValidChecksum, looksLikeApiKey } from './api-key-format';
import type { ApiKeysRepository, StoredCredential } from './api-keys.repository';

/** A presented secret as last read from the database: a key (valid or not) or nothing. */
type CacheEntry = { known: false } | { known: true; credential: StoredCredential; principal: Principal };

export interface ApiKeyResolverOptions {
  /** Most secrets kept in memory; the oldest are dropped first. */
  maxEntries?: number;
  /** A key's lastUsedAt is written at most this often. */
  lastUsedPrecisionMs?: number;
  /** How often recorded uses are written, in one statement. */
  usageFlushIntervalMs?: number;
}

/**
 * Recognises Jiyn API keys (`jiyn_…`): checks the checksum without a lookup, then finds the key by
 * its SHA-256 digest, in memory when it was seen before. Cached entries are forgotten when a key or
 * its organisation's partner grants change (see CredentialChangeFeed), so revocation and the end
 * of a rotation reach every gateway within a second; expiry and overlaps are checked against the
 * clock on every request.
 */
export class ApiKeyResolver implements CredentialResolver {
  private readonly cache = new Map<string, CacheEntry>();
  private readonly inflight = new Map<string, Promise<CacheEntry>>();
  /** Bumped on every invalidation: a lookup that raced one is used once but not cached. */
  private generation = 0;
  private readonly pendingUses = new Map<string, number>();
  private readonly lastRecorded = new Map<string, number>();
  private flushTimer: NodeJS.Timeout | undefined;
  /** Database lookups made (for tests that prove a typo costs none, and for the benchmark). */
  lookups = 0;

  constructor(
    private readonly keys: Pick<ApiKeysRepository, 'lookup' | 'recordUses'>,
    private readonly partners: Pick<PartnerGrants, 'shareWithPartnerEvents'>,
    private readonly options: ApiKeyResolverOptions = {},
  ) {}

  start(): void {
    this.flushTimer = setInterval(() => void this.flushUses(), this.options.usageFlushIntervalMs ?? 5_000);
    this.flushTimer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.flushTimer);
    await this.flushUses();
  }

  async resolve(request: FastifyRequest): Promise<Principal | undefined> {
    const key = presentedKey(request);
    if (!key || !looksLikeApiKey(key)) return undefined;
    // The request's digest, as the break-glass check computed it: digestApiKey's SHA-256 of the key.
    const digest = presentedKeyDigest(request)?.toString('base64') ?? '';
    const cached = this.cache.get(digest);
    // Only keys that passed the checksum were ever looked up, so a cached one needs no second check.
    if (!cached && !hasValidChecksum(key)) throw refusal('malformed');
    const entry = cached ?? (await this.load(digest));
    if (!entry.known) throw refusal('unknown');
    const { credential } = entry;
    const now = Date.now();
    if (credential.revokedAt !== null) throw refusal('revoked', credential.revokedAt);
    if (credential.expiresAt !== null && credential.expiresAt <= now)
      throw refusal('expired', credential.expiresAt);
    if (credential.secretValidUntil !== null && credential.secretValidUntil <= now)
      throw refusal('rotated', credential.secretValidUntil);
    this.recordUse(credential.keyId, now);
    return entry.principal;
  }

  /** Forgets what a change touched: `api-key:<id>`, `organisation:<id>`, or everything (undefined). */
  invalidate(subject: string | undefined): void {
    this.generation += 1;
    const [kind, id] = subject?.split(':') ?? [];
    if (!id || (kind !== 'api-key' && kind !== 'organisation')) {
      this.cache.clear();
      return;
    }
    for (const [digest, entry] of this.cache) {
      if (!entry.known) continue;
      const { credential } = entry;
      if ((kind === 'api-key' ? credential.keyId : credential.organisationId) === id)
        this.cache.delete(digest);
    }
  }

  get cachedEntries(): number {
    return this.cache.size;
  }

  private load(digest: string): Promise<CacheEntry> {
    const running = this.inflight.get(digest);
    if (running) return running;
    const generation = this.generation;
    const loading = this.read(digest)
      .then((entry) => {
        if (generation === this.generation) this.remember(digest, entry);
        return entry;
      })
      .finally(() => this.inflight.delete(digest));
    this.inflight.set(digest, loading);
    return loading;
  }

  private async read(digest: string): Promise<CacheEntry> {
    this.lookups += 1;
    const credential = await this.keys.lookup(Buffer.from(digest, 'base64'));
    if (!credential) return { known: false };
    return { known: true, credential, principal: await this.principalOf(credential) };
  }

  /**
   * An organisation-wide key acts on its organisation and, within its own scopes, on the partner
   * events other organisations granted its organisation. An event-limited key acts on those events only.
   */
  private async principalOf(credential: StoredCredential): Promise<Principal> {
    const { scopes } = credential;
    const grants: Grant[] = credential.eventIds
      ? credential.eventIds.map((eventId) => ({ eventId, scopes: [...scopes] }))
      : await this.partners.shareWithPartnerEvents([
          { organisationId: credential.organisationId, scopes: [...scopes] },
        ]);
    return {
      id: `api-key:${credential.keyId}`,
      kind: 'api-key',
      organisationId: credential.organisationId,
      grants,
    };
  }

  private remember(digest: string, entry: CacheEntry): void {
    const max = this.options.maxEntries ?? 10_000;
    // Maps iterate in insertion order: the first keys are the oldest entries.
    while (this.cache.size >= max) {
      const oldest = this.cache.keys().next().value;
      if (oldest === undefined) break;
      this.cache.delete(oldest);
    }
    this.cache.set(digest, entry);
  }

  /** At most one lastUsedAt write per key per precision window, batched: not a write per request. */
  private recordUse(keyId: string, now: number): void {
    const precision = this.options.lastUsedPrecisionMs ?? 60_000;
    const recorded = this.lastRecorded.get(keyId);
    if (recorded !== undefined && now - recorded < precision) return;
    this.lastRecorded.set(keyId, now);
    this.pendingUses.set(keyId, now);
  }

  async flushUses(): Promise<void> {
    if (!this.pendingUses.size) return;
    const batch = new Map(this.pendingUses);
    this.pendingUses.clear();
    if (this.lastRecorded.size > (this.options.maxEntries ?? 10_000)) this.lastRecorded.clear();
    await this.keys.recordUses(batch).catch(() => undefined);
  }
}

type Refusal = 'malformed' | 'unknown' | 'revoked' | 'expired' | 'rotated';

/** 401s that say what is wrong with the key, in kk/ru/en, with `reason` for programs. */
function refusal(reason: Refusal, at?: number): ProblemException {
  const when = at === undefined ? '' : new Date(at).toISOString();
  const details: Record<Refusal, { en: string; ru: string; kk: string }> = {
    malformed: {
      en: 'This is not a valid Jiyn API key: its checksum does not match (mistyped or cut short?)',
      ru: 'Это не действительный API-ключ Jiyn: контрольная сумма не совпадает (опечатка или ключ обрезан?)',
      kk: 'Бұл жарамды Jiyn API кілті емес: бақылау сомасы сәйкес келмейді (қате терілген не қысқартылған ба?)',
    },
    unknown: {
      en: 'This API key is not known',
      ru: 'Такой API-ключ не найден',
      kk: 'Мұндай API кілті табылмады',
    },
    revoked: {
      en: `This API key was revoked at ${when}`,
      ru: `Этот API-ключ отозван ${when}`,
      kk: `Бұл API кілті ${when} кері қайтарылған`,
    },
    expired: {
      en: `This API key expired at ${when}`,
      ru: `Срок действия этого API-ключа истёк ${when}`,
      kk: `Бұл API кілтінің мерзімі ${when} аяқталған`,
    },
    rotated: {
      en: `This API key was replaced by a rotation; it stopped working at ${when}`,
      ru: `Этот API-ключ заменён при ротации и перестал действовать ${when}`,
      kk: `Бұл API кілті ротация кезінде ауыстырылды және ${when} бастап жарамсыз`,
    },
  };
  return new ProblemException('unauthorized', {
    detail: details[reason],
    extensions: { reason, ...(when ? { at: when } : {}) },
  });
}
