import { DEMO_PEOPLE, type DemoOrganisation } from './demo-people';

/**
 * People at the gateway, through its members API with the break-glass admin key (bootstrap is what
 * that key is for). Both functions are idempotent: whoever exists is kept, nothing is changed.
 */

interface Member {
  personId: string;
  email: string;
  roles: { role: string }[];
}

export interface FirstOwner {
  email: string;
  created: boolean;
}

/**
 * Once per organisation: an owner account with this password, unless the organisation already has an
 * owner. Call it after the organisation exists (the organisations/keys bootstrap creates it).
 */
export async function ensureFirstOwner(
  gatewayUrl: string,
  adminKey: string,
  owner: { organisationId: string; email: string; displayName: string; password: string },
): Promise<FirstOwner> {
  const api = client(gatewayUrl, adminKey);
  const members = await allMembers(api, owner.organisationId);
  const existing = members.find((member) => member.roles.some((role) => role.role === 'owner'));
  if (existing) return { email: existing.email, created: false };
  await addWithPassword(
    api,
    owner.organisationId,
    {
      email: owner.email,
      displayName: owner.displayName,
      preferredLanguage: 'kk',
      roles: [{ role: 'owner' }],
    },
    owner.password,
  );
  return { email: owner.email, created: true };
}

/** The demo people (DEMO_PEOPLE) in the demo organisations, all with the given local password. */
export async function seedDemoPeople(
  gatewayUrl: string,
  adminKey: string,
  organisations: Record<DemoOrganisation, string>,
  password: string,
  demoEventId?: string,
): Promise<{ created: number }> {
  const api = client(gatewayUrl, adminKey);
  let created = 0;
  for (const person of DEMO_PEOPLE) {
    const organisationId = organisations[person.organisation];
    const members = await allMembers(api, organisationId);
    if (members.some((member) => member.email === person.email)) continue;
    const roles = person.roles.map(({ role, event, personalData }) => ({
      role,
      ...(event && demoEventId ? { eventId: demoEventId } : {}),
      ...(personalData ? { personalData } : {}),
    }));
    await addWithPassword(api, organisationId, { ...person, roles }, password);
    created += 1;
  }
  return { created };
}

type Api = (method: string, path: string, body?: unknown, expected?: number[]) => Promise<unknown>;

function client(gatewayUrl: string, adminKey: string): Api {
  return async (method, path, body, expected = [200]) => {
    const response = await fetch(`${gatewayUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${adminKey}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!expected.includes(response.status))
      throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
    return response.status === 204 ? undefined : response.json();
  };
}

async function allMembers(api: Api, organisationId: string): Promise<Member[]> {
  const members: Member[] = [];
  let cursor: string | null = null;
  do {
    const page = (await api(
      'GET',
      `/api/v1/organisations/${organisationId}/members?limit=200${cursor ? `&cursor=${cursor}` : ''}`,
    )) as { items: Member[]; nextCursor: string | null };
    members.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return members;
}

async function addWithPassword(
  api: Api,
  organisationId: string,
  person: { email: string; displayName: string; preferredLanguage: string; roles: unknown[] },
  password: string,
): Promise<void> {
  const added = (await api(
    'POST',
    `/api/v1/organisations/${organisationId}/members`,
    {
      email: person.email,
      displayName: person.displayName,
      preferredLanguage: person.preferredLanguage,
      roles: person.roles,
    },
    [201],
  )) as { setPassword: { token: string } | null };
  // Someone who already has an account elsewhere keeps their own password.
  if (added.setPassword)
    await api('POST', '/api/v1/auth/set-password', { token: added.setPassword.token, password }, [204]);
}
