import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { startPeopleTestGateway, type PeopleTestGateway } from '../sign-in/people-test-gateway';

const CLIENT_ID = 'jiyn-gateway';
const CLIENT_SECRET = 'a client secret only the gateway and the provider know';

/** The provider's people: subject → claims. */
const accounts: Record<string, { email: string; email_verified: boolean }> = {
  'idp-aigerim': { email: 'Aigerim@undp.org', email_verified: true },
  'idp-unverified': { email: 'dana@undp.org', email_verified: false },
  'idp-stranger': { email: 'stranger@undp.org', email_verified: true },
  'idp-otherdomain': { email: 'marat@gmail.com', email_verified: true },
};

let gateway: PeopleTestGateway;
let idp: Server;
let issuer: string;
let undp: string;

/** Cookies of one site, as a browser keeps them. */
class Jar {
  private readonly cookies = new Map<string, string>();

  store(response: Response): void {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index);
      const value = pair.slice(index + 1);
      if (value && !/max-age=0/i.test(cookie)) this.cookies.set(name, value);
      else this.cookies.delete(name);
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  get(name: string): string | undefined {
    return this.cookies.get(name);
  }
}

/** Starts sign-in at the gateway and walks the provider's login and consent pages; answers the callback URL. */
async function throughProvider(login: string, gatewayJar: Jar, returnTo = '/console'): Promise<URL> {
  const start = await fetch(
    `${gateway.url}/api/v1/auth/oidc/undp-kz/start?returnTo=${encodeURIComponent(returnTo)}`,
    {
      redirect: 'manual',
    },
  );
  expect(start.status).toBe(302);
  gatewayJar.store(start);
  const location = start.headers.get('location');
  expect(location).not.toBeNull();
  const authorize = new URL(location ?? '');
  expect(authorize.origin).toBe(issuer);
  expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
  expect(authorize.searchParams.get('nonce')).toBeTruthy();
  expect(authorize.searchParams.get('state')).toBe(gatewayJar.get('__Host-jiyn_oidc'));
  const jar = new Jar();
  let url = authorize;
  let form: string | undefined;
  for (let step = 0; step < 20; step += 1) {
    const response = await fetch(url, {
      method: form ? 'POST' : 'GET',
      headers: {
        cookie: jar.header(),
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: form,
      redirect: 'manual',
    });
    jar.store(response);
    const location = response.headers.get('location');
    if (location) {
      url = new URL(location, url);
      form = undefined;
      if (url.href.startsWith(gateway.url)) return url;
      continue;
    }
    const page = await response.text();
    const prompt = /name="prompt" value="(\w+)"/.exec(page)?.[1];
    const action = /action="([^"]+)"/.exec(page)?.[1];
    if (!prompt || !action)
      throw new Error(`unexpected provider page ${response.status}: ${page.slice(0, 300)}`);
    url = new URL(action, url);
    form =
      prompt === 'login'
        ? new URLSearchParams({ prompt, login, password: 'any' }).toString()
        : `prompt=${prompt}`;
  }
  throw new Error('the provider never redirected back');
}

function callback(url: URL, jar: Jar): Promise<Response> {
  return fetch(url, { headers: { cookie: jar.header() }, redirect: 'manual' });
}

function asAdmin(method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${gateway.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${gateway.adminKey}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

beforeAll(async () => {
  gateway = await startPeopleTestGateway('gateway_oidc');
  undp = await gateway.addOrganisation('undp-kz');
  idp = createServer();
  await new Promise<void>((resolve) => idp.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(idp.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [`${gateway.url}/api/v1/auth/oidc/callback`],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    cookies: { keys: ['test-only-cookie-key'] },
    findAccount: (_context: unknown, sub: string) =>
      accounts[sub] ? { accountId: sub, claims: () => ({ sub, ...accounts[sub] }) } : undefined,
  } as never);
  idp.on('request', provider.callback());
  for (const email of ['aigerim@undp.org', 'dana@undp.org', 'marat@gmail.com'])
    await asAdmin('POST', `/api/v1/organisations/${undp}/members`, {
      email,
      displayName: email,
      preferredLanguage: 'ru',
      roles: [{ role: 'organiser' }],
    });
}, 60_000);

afterAll(async () => {
  idp?.closeAllConnections();
  await new Promise((resolve) => idp?.close(resolve));
  await gateway?.close();
});

describe('OIDC settings', () => {
  it('should refuse an http issuer elsewhere than this machine, and a first setting without a secret', async () => {
    const insecure = await asAdmin('PUT', `/api/v1/organisations/${undp}/oidc`, {
      issuer: 'http://login.undp.org',
      clientId: CLIENT_ID,
      clientSecret: 'x',
      allowedEmailDomains: [],
    });
    expect(insecure.status).toBe(400);
    expect(((await insecure.json()) as { errors: { code: string }[] }).errors[0]?.code).toBe(
      'insecureIssuer',
    );
    const noSecret = await asAdmin('PUT', `/api/v1/organisations/${undp}/oidc`, {
      issuer,
      clientId: CLIENT_ID,
      allowedEmailDomains: [],
    });
    expect(noSecret.status).toBe(400);
    // null is not "leave out": the document does not admit it (it once reached the cipher as a 500).
    const nullSecret = await asAdmin('PUT', `/api/v1/organisations/${undp}/oidc`, {
      issuer,
      clientId: CLIENT_ID,
      clientSecret: null,
      allowedEmailDomains: [],
    });
    expect(nullSecret.status).toBe(400);
    expect(await nullSecret.json()).toMatchObject({
      errors: [{ field: 'clientSecret', code: 'isNotNull' }],
    });
  });

  it('should keep the client secret encrypted and never answer it', async () => {
    const put = await asAdmin('PUT', `/api/v1/organisations/${undp}/oidc`, {
      issuer,
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      allowedEmailDomains: ['undp.org'],
    });
    expect(put.status).toBe(200);
    const got = await asAdmin('GET', `/api/v1/organisations/${undp}/oidc`);
    const body = await got.text();
    expect(JSON.parse(body)).toMatchObject({
      issuer,
      clientId: CLIENT_ID,
      clientSecretSet: true,
      allowedEmailDomains: ['undp.org'],
    });
    expect(body).not.toContain(CLIENT_SECRET);
    const stored = JSON.stringify(await gateway.db.query('SELECT * FROM access.oidc_providers'));
    expect(stored).not.toContain(CLIENT_SECRET);
  });
});

describe('OIDC sign-in', () => {
  it('should sign an existing member in by verified e-mail, then by subject, into a cookie session', async () => {
    const jar = new Jar();
    const back = await throughProvider('idp-aigerim', jar);
    const response = await callback(back, jar);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/console');
    jar.store(response);
    expect(jar.get('__Host-jiyn_oidc')).toBeUndefined();
    const session = jar.get('__Host-jiyn_session');
    expect(session).toBeTruthy();
    const me = await fetch(`${gateway.url}/api/v1/auth/me`, {
      headers: { cookie: `__Host-jiyn_session=${session}` },
    });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ person: { email: 'aigerim@undp.org' }, organisationId: undp });
    // The provider changes her e-mail: the remembered subject still finds her.
    const aigerim = accounts['idp-aigerim'];
    expect(aigerim).toBeDefined();
    if (!aigerim) throw new Error('no idp-aigerim account at the provider');
    aigerim.email = 'aigerim.new@undp.org';
    const again = new Jar();
    const second = await callback(await throughProvider('idp-aigerim', again), again);
    expect(second.status).toBe(303);
  });

  it('should refuse unverified e-mails, people who are not members and domains not allowed', async () => {
    for (const login of ['idp-unverified', 'idp-stranger', 'idp-otherdomain']) {
      const jar = new Jar();
      const response = await callback(await throughProvider(login, jar), jar);
      expect(response.status).toBe(403);
      expect(
        response.headers.getSetCookie().some((cookie) => cookie.startsWith('__Host-jiyn_session=')),
      ).toBe(false);
    }
    const people: unknown[] = await gateway.db.query(
      "SELECT 1 FROM access.people WHERE email = 'stranger@undp.org'",
    );
    expect(people).toHaveLength(0);
  });

  it('should refuse a wrong state, a callback in another browser and a replayed callback', async () => {
    const jar = new Jar();
    const back = await throughProvider('idp-aigerim', jar);
    const forged = new URL(back);
    forged.searchParams.set('state', 'forged-state');
    expect((await callback(forged, jar)).status).toBe(401);
    expect((await callback(back, new Jar())).status).toBe(401);
    const forgedBoth = new Jar();
    forgedBoth.store(new Response(null, { headers: { 'set-cookie': '__Host-jiyn_oidc=forged-state' } }));
    expect((await callback(forged, forgedBoth)).status).toBe(401);
    expect((await callback(back, jar)).status).toBe(303);
    expect((await callback(back, jar)).status).toBe(401);
  });

  it('should refuse an ID token whose nonce is not the one sent', async () => {
    const jar = new Jar();
    const back = await throughProvider('idp-aigerim', jar);
    await gateway.db.query("UPDATE access.oidc_sign_in_attempts SET nonce = 'another-nonce'");
    const response = await callback(back, jar);
    expect(response.status).toBe(401);
    expect(((await response.json()) as { detail: string }).detail).toMatch(/nonce/);
  });

  it('should only return to a path on this site', async () => {
    const jar = new Jar();
    const response = await callback(await throughProvider('idp-aigerim', jar, '//evil.example/steal'), jar);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/');
  });
});
