import { ProblemException } from '@jiyn/problems';

/**
 * The `Idempotency-Key` request header as the gateway accepts it (IETF draft
 * draft-ietf-httpapi-idempotency-key-header), for the API description and the README.
 */
export const IDEMPOTENCY_KEY_HEADER = {
  name: 'Idempotency-Key',
  /** Unsafe methods the gateway deduplicates; on other methods the header is passed on and ignored. */
  methods: ['POST', 'PATCH'] as readonly string[],
  minLength: 1,
  maxLength: 255,
  /** Printable ASCII (space to tilde), as an RFC 8941 sf-string may hold. */
  pattern: '^[\\x20-\\x7E]{1,255}$',
  /** How long a key is remembered, unless IDEMPOTENCY_KEY_TTL_HOURS says otherwise. */
  defaultTtlHours: 24,
  /** Answers replayed from a stored response carry this header, set to `true`. */
  replayedHeader: 'Idempotent-Replayed',
} as const;

const KEY_CHARACTERS = new RegExp(IDEMPOTENCY_KEY_HEADER.pattern);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The key in a header value, or a 400. The draft writes the key as an RFC 8941 sf-string
 * (`"8e03…"`, quoted); most clients (Stripe's among them) send it bare. Both mean the same key.
 */
export function parseIdempotencyKey(value: string | string[]): string {
  if (Array.isArray(value))
    throw invalid({
      en: 'The Idempotency-Key header may be sent only once',
      ru: 'Заголовок Idempotency-Key можно передать только один раз',
      kk: 'Idempotency-Key тақырыбын тек бір рет жіберуге болады',
    });
  const key = value.startsWith('"') ? unquote(value) : value;
  if (key === undefined || !KEY_CHARACTERS.test(key)) {
    const max = IDEMPOTENCY_KEY_HEADER.maxLength;
    throw invalid({
      en: `The Idempotency-Key must be 1 to ${max} printable ASCII characters, a UUID for example`,
      ru: `Idempotency-Key должен состоять из 1–${max} печатных символов ASCII, например UUID`,
      kk: `Idempotency-Key 1–${max} басылатын ASCII таңбадан тұруы керек, мысалы UUID`,
    });
  }
  return key;
}

/**
 * A caller without any credential has nothing else that tells them apart: the key alone must be
 * unguessable, so it must be a (random) UUID.
 */
export function assertAnonymousKey(key: string): void {
  if (!UUID.test(key))
    throw invalid({
      en: 'Without a credential, the Idempotency-Key must be a random UUID',
      ru: 'Без учётных данных Idempotency-Key должен быть случайным UUID',
      kk: 'Тіркелгі деректерінсіз Idempotency-Key кездейсоқ UUID болуы керек',
    });
}

/** An sf-string's content, or undefined when it is not one (RFC 8941 §3.3.3: only \" and \\ escapes). */
function unquote(value: string): string | undefined {
  if (value.length < 2 || !value.endsWith('"')) return undefined;
  let key = '';
  for (let i = 1; i < value.length - 1; i++) {
    const char = value[i] as string;
    if (char === '\\') {
      const next = value[++i];
      if (next !== '"' && next !== '\\') return undefined;
      key += next;
    } else if (char === '"') return undefined;
    else key += char;
  }
  return key;
}

function invalid(detail: Record<'en' | 'ru' | 'kk', string>): ProblemException {
  return new ProblemException('idempotency-key-invalid', { detail });
}
