import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ROLE_SCOPES, type Scope } from '@jiyn/auth';
import { generateBin } from '@jiyn/kz';

interface DemoOrganisation {
  slug: string;
  name: { kk: string; ru: string; en: string };
  bin: string;
}

/** Demo BINs are generated with a valid check digit; they are not the real organisations' numbers. */
const bin = (serial: number) =>
  generateBin({ year: 2004, month: 1, type: 'resident', attribute: 'head_office', serial });

/** The first organisation `npm start` creates, with its owner key. */
export const FIRST_ORGANISATION: DemoOrganisation = {
  slug: 'mci',
  name: {
    kk: 'Қазақстан Республикасы Мәдениет және ақпарат министрлігі',
    ru: 'Министерство культуры и информации Республики Казахстан',
    en: 'Ministry of Culture and Information of the Republic of Kazakhstan',
  },
  bin: bin(1001),
};

const PARTNERS: DemoOrganisation[] = [
  {
    slug: 'undp-kz',
    name: {
      kk: 'БҰҰДБ Қазақстандағы өкілдігі',
      ru: 'ПРООН в Казахстане',
      en: 'UNDP in Kazakhstan',
    },
    bin: bin(2001),
  },
  {
    slug: 'akimat-astana',
    name: { kk: 'Астана қаласының әкімдігі', ru: 'Акимат города Астаны', en: 'Akimat of Astana' },
    bin: bin(3001),
  },
];

/** Keys of the demo organisations, each with the scopes its system needs and no more. */
const DEMO_KEYS: { organisation: string; name: string; scopes: readonly Scope[] }[] = [
  {
    organisation: 'mci',
    name: 'Ministry registrations sync',
    scopes: ['events:read', 'registrations:read', 'registrations:write'],
  },
  { organisation: 'undp-kz', name: 'UNDP analytics', scopes: ['events:read', 'analytics:read'] },
  { organisation: 'akimat-astana', name: 'Akimat check-in desk', scopes: ['registrations:read', 'check-in'] },
];

export interface OrganisationsReport {
  firstOrganisationId: string;
  ownerKey: string;
  /** Slug → id and slug → owner key of every organisation seeded. */
  organisationIds: Record<string, string>;
  ownerKeys: Record<string, string>;
  /** Name → secret of each demo key (kept in .local/api-keys.json, mode 600). */
  demoKeys: Record<string, string>;
}

type Stored = { owners?: Record<string, string>; keys?: Record<string, string> };

/**
 * Creates, once, the first organisation and its owner key with the break-glass key, then the demo's
 * partner organisations and their keys. Idempotent: organisations are found by slug, and a stored key
 * is kept while it still works (a revoked or lost one is replaced). Secrets are shown once by the API,
 * so `npm start` keeps them in a mode-600 file of the local folder to print them again.
 */
export async function seedOrganisations(
  gatewayUrl: string,
  adminKey: string,
  keysFile: string,
  demo: boolean,
): Promise<OrganisationsReport> {
  const stored: Stored = existsSync(keysFile) ? (JSON.parse(readFileSync(keysFile, 'utf8')) as Stored) : {};
  const owners = { ...stored.owners };
  const keys = { ...stored.keys };
  const ids: Record<string, string> = {};
  for (const organisation of [FIRST_ORGANISATION, ...(demo ? PARTNERS : [])]) {
    const id = await ensureOrganisation(gatewayUrl, adminKey, organisation);
    ids[organisation.slug] = id;
    const owner = owners[organisation.slug];
    if (!owner || !(await works(gatewayUrl, owner, id)))
      owners[organisation.slug] = await createApiKey(gatewayUrl, adminKey, {
        organisationId: id,
        name: `${organisation.name.en} owner`,
        scopes: ROLE_SCOPES.owner,
      });
  }
  if (demo)
    for (const key of DEMO_KEYS) {
      const id = ids[key.organisation];
      const ownerKey = owners[key.organisation];
      if (!id || !ownerKey)
        throw new Error(`demo key ${key.name} belongs to ${key.organisation}, which was not seeded`);
      const existing = keys[key.name];
      if (!existing || !(await works(gatewayUrl, existing, id)))
        keys[key.name] = await createApiKey(gatewayUrl, ownerKey, {
          name: key.name,
          scopes: key.scopes,
        });
    }
  const firstOrganisationId = ids[FIRST_ORGANISATION.slug];
  const ownerKey = owners[FIRST_ORGANISATION.slug];
  if (!firstOrganisationId || !ownerKey) throw new Error(`${FIRST_ORGANISATION.slug} was not seeded`);
  mkdirSync(dirname(keysFile), { recursive: true });
  writeFileSync(keysFile, JSON.stringify({ owners, keys }, null, 2));
  chmodSync(keysFile, 0o600);
  return {
    firstOrganisationId,
    ownerKey,
    organisationIds: ids,
    ownerKeys: owners,
    demoKeys: keys,
  };
}

async function ensureOrganisation(
  gatewayUrl: string,
  adminKey: string,
  organisation: DemoOrganisation,
): Promise<string> {
  const found = await request<{ items: { id: string }[] }>(
    gatewayUrl,
    adminKey,
    'GET',
    `/api/v1/organisations?slug=${organisation.slug}`,
  );
  if (found.body.items[0]) return found.body.items[0].id;
  const created = await request<{ id: string }>(
    gatewayUrl,
    adminKey,
    'POST',
    '/api/v1/organisations',
    organisation,
    [201],
  );
  return created.body.id;
}

/** Whether a stored key still authenticates (a 403 for a scope it lacks still proves the key valid). */
async function works(gatewayUrl: string, key: string, organisationId: string): Promise<boolean> {
  const path = `/api/v1/organisations/${organisationId}`;
  const answer = await request(gatewayUrl, key, 'GET', path, undefined, [200, 401, 403, 404]);
  return answer.status === 200 || answer.status === 403;
}

/** Creates an API key with the creator's key; resolves with its secret, shown this once. */
export async function createApiKey(gatewayUrl: string, creator: string, body: object): Promise<string> {
  return (await request<{ secret: string }>(gatewayUrl, creator, 'POST', '/api/v1/api-keys', body, [201]))
    .body.secret;
}

async function request<T = unknown>(
  baseUrl: string,
  key: string,
  method: string,
  path: string,
  body?: unknown,
  expect = [200],
): Promise<{ status: number; body: T }> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${key}`,
      ...(body ? { 'content-type': 'application/json' } : {}),
      'accept-language': 'en',
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  if (!expect.includes(response.status))
    throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
}
