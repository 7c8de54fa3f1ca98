import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { totpCode, totpStep } from './totp';
import {
  addMemberWithPassword,
  ConsoleClient,
  startPeopleTestGateway,
  type PeopleTestGateway,
} from './people-test-gateway';

// Several tests walk the gateway's clock through hours of requests (45 in a row for the absolute
// timeout); on a loaded 2-core runner that passed 5 s, and the timed-out test went on advancing the
// shared clock underneath the next one, whose fresh session then ended.
jest.setTimeout(60_000);

const PASSWORD = 'correct horse battery staple';
let gateway: PeopleTestGateway;
let organisationId: string;

beforeAll(async () => {
  gateway = await startPeopleTestGateway('gateway_sign_in');
  organisationId = await gateway.addOrganisation('mci');
  await addMemberWithPassword(
    gateway,
    organisationId,
    { email: 'owner@mci.kz', roles: [{ role: 'owner' }] },
    PASSWORD,
  );
}, 60_000);

afterAll(async () => {
  await gateway?.close();
});

/** The value a step of the test needs, or a failure that names what was missing. */
function must<T>(value: T | null | undefined, what: string): T {
  expect(value).toBeDefined();
  if (value === undefined || value === null) throw new Error(`expected ${what}`);
  return value;
}

async function member(email: string, roles = [{ role: 'organiser' }]): Promise<ConsoleClient> {
  await addMemberWithPassword(gateway, organisationId, { email, roles }, PASSWORD);
  return new ConsoleClient(gateway);
}

describe('sign-in with a password', () => {
  it('should set a __Host- session cookie that is HttpOnly, Secure, SameSite=Lax on Path=/', async () => {
    const client = new ConsoleClient(gateway);
    const response = await client.signIn('OWNER@mci.kz', PASSWORD);
    expect(response.status).toBe(200);
    const cookie = must(client.lastSetCookie, 'a Set-Cookie header');
    expect(cookie).toMatch(/^__Host-jiyn_session=[A-Za-z0-9_-]{43}; /);
    expect(cookie.split('; ').slice(1).sort()).toEqual([
      'HttpOnly',
      'Max-Age=43200',
      'Path=/',
      'SameSite=Lax',
      'Secure',
    ]);
    expect(cookie).not.toMatch(/Domain=/i);
    const body = (await response.json()) as { csrfToken: string; expiresAt: string };
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('should store only a hash of the session token', async () => {
    const client = new ConsoleClient(gateway);
    await client.signIn('owner@mci.kz', PASSWORD);
    const token = must(must(client.cookie, 'a session cookie').split('=')[1], 'a session token');
    const rows: { token_hash: Buffer }[] = await gateway.db.query(
      'SELECT token_hash FROM access.sign_in_sessions',
    );
    expect(rows.some((row) => row.token_hash.toString('utf8').includes(token))).toBe(false);
    expect(rows.every((row) => row.token_hash.length === 32)).toBe(true);
  });

  it('should say who is signed in, with organisations, roles, scopes and the CSRF token', async () => {
    const client = new ConsoleClient(gateway);
    await client.signIn('owner@mci.kz', PASSWORD);
    const me = await client.send('GET', '/api/v1/auth/me');
    expect(me.status).toBe(200);
    const body = (await me.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      person: { email: 'owner@mci.kz', preferredLanguage: 'ru', totpEnabled: false },
      organisationId,
      organisations: [
        { id: organisationId, slug: 'mci', roles: [{ role: 'owner', eventId: null, personalData: false }] },
      ],
      csrfToken: client.csrfToken,
    });
    expect(body['scopes']).toContain('members:manage');
    expect(body['scopes']).not.toContain('personal-data');
  });

  it('should refuse a wrong password and an unknown e-mail alike, in the asked language', async () => {
    const client = new ConsoleClient(gateway);
    const wrong = await client.send('POST', '/api/v1/auth/sign-in?lang=kk', {
      email: 'owner@mci.kz',
      password: 'not the password!',
    });
    const unknown = await client.send('POST', '/api/v1/auth/sign-in?lang=kk', {
      email: 'nobody@mci.kz',
      password: 'not the password!',
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const [a, b] = [
      (await wrong.json()) as Record<string, unknown>,
      (await unknown.json()) as Record<string, unknown>,
    ];
    expect(a['detail']).toBe('E-mail немесе құпиясөз қате');
    expect(b['detail']).toBe(a['detail']);
    expect(client.cookie).toBeUndefined();
  });

  it('should answer bad input with field details', async () => {
    const client = new ConsoleClient(gateway);
    const response = await client.send(
      'POST',
      '/api/v1/auth/sign-in',
      { email: 'not-an-email', password: 5, extra: 1 },
      { 'accept-language': 'ru' },
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { field: string; code: string; message: string }[] };
    expect(body.errors.map((error) => `${error.field}:${error.code}`)).toEqual(
      expect.arrayContaining(['email:isEmail', 'extra:whitelistValidation', 'password:isString']),
    );
    expect(body.errors.find((error) => error.field === 'email')?.message).toBe(
      'Поле email должно быть адресом e-mail',
    );
  });

  it('should lock an account after repeated wrong passwords, with growing waits, even for the right password', async () => {
    const client = await member('locked@mci.kz');
    for (let attempt = 1; attempt <= 5; attempt += 1)
      expect((await client.signIn('locked@mci.kz', `wrong password ${attempt}`)).status).toBe(401);
    const refused = await client.signIn('locked@mci.kz', PASSWORD);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(50);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    gateway.advance(61_000);
    // One more wrong attempt after the wait: now two minutes.
    expect((await client.signIn('locked@mci.kz', 'wrong again, sixth')).status).toBe(401);
    const longer = await client.signIn('locked@mci.kz', PASSWORD);
    expect(longer.status).toBe(429);
    expect(Number(longer.headers.get('retry-after'))).toBeGreaterThan(110);
    gateway.advance(121_000);
    expect((await client.signIn('locked@mci.kz', PASSWORD)).status).toBe(200);
    // Success resets the count: one wrong attempt no longer locks.
    expect((await new ConsoleClient(gateway).signIn('locked@mci.kz', 'wrong after reset')).status).toBe(401);
    expect((await new ConsoleClient(gateway).signIn('locked@mci.kz', PASSWORD)).status).toBe(200);
  });
});

describe('cookie sessions', () => {
  it('should end a session on sign-out at once, and refuse its cookie after', async () => {
    const client = await member('signout@mci.kz');
    await client.signIn('signout@mci.kz', PASSWORD);
    const cookie = must(client.cookie, 'a session cookie');
    const out = await client.send('POST', '/api/v1/auth/sign-out');
    expect(out.status).toBe(204);
    expect(client.lastSetCookie).toMatch(/^__Host-jiyn_session=; .*Max-Age=0/);
    const reused = await fetch(`${gateway.url}/api/v1/auth/me`, { headers: { cookie } });
    expect(reused.status).toBe(401);
    const proxied = await fetch(`${gateway.url}/api/v1/events`, { headers: { cookie } });
    expect(proxied.status).toBe(401);
  });

  it('should end every session of the person on sign-out everywhere', async () => {
    const laptop = await member('everywhere@mci.kz');
    const phone = new ConsoleClient(gateway);
    await laptop.signIn('everywhere@mci.kz', PASSWORD);
    await phone.signIn('everywhere@mci.kz', PASSWORD);
    const other = new ConsoleClient(gateway);
    await other.signIn('owner@mci.kz', PASSWORD);
    const out = await laptop.send('POST', '/api/v1/auth/sign-out-everywhere');
    expect(out.status).toBe(200);
    expect(await out.json()).toEqual({ sessionsEnded: 2 });
    expect((await phone.send('GET', '/api/v1/auth/me')).status).toBe(401);
    expect((await other.send('GET', '/api/v1/auth/me')).status).toBe(200);
  });

  it('should end a session left idle longer than the idle timeout, and keep a used one alive', async () => {
    const idle = await member('idle@mci.kz');
    const busy = new ConsoleClient(gateway);
    await idle.signIn('idle@mci.kz', PASSWORD);
    await busy.signIn('idle@mci.kz', PASSWORD);
    for (let minute = 0; minute < 3; minute += 1) {
      gateway.advance(20 * 60_000);
      expect((await busy.send('GET', '/api/v1/auth/me')).status).toBe(200);
    }
    expect((await idle.send('GET', '/api/v1/auth/me')).status).toBe(401);
  });

  it('should end a session at the absolute timeout however busy', async () => {
    const client = await member('absolute@mci.kz');
    await client.signIn('absolute@mci.kz', PASSWORD);
    // Busy every 15 minutes for 11 hours: never idle.
    for (let step = 0; step < 11 * 4; step += 1) {
      gateway.advance(15 * 60_000);
      expect((await client.send('GET', '/api/v1/auth/me')).status).toBe(200);
    }
    gateway.advance(61 * 60_000 - 1);
    const ended = await client.send('GET', '/api/v1/auth/me?lang=en');
    expect(ended.status).toBe(401);
    expect(((await ended.json()) as { detail: string }).detail).toMatch(/session has ended/);
  });

  it('should refuse cookie-authenticated writes without the CSRF token or from another origin', async () => {
    const client = await member('csrf@mci.kz', [{ role: 'owner' }]);
    await client.signIn('csrf@mci.kz', PASSWORD);
    const path = `/api/v1/organisations/${organisationId}/members`;
    const body = {
      email: 'viewer-by-csrf@mci.kz',
      displayName: 'V',
      preferredLanguage: 'kk',
      roles: [{ role: 'viewer' }],
    };
    const noToken = await client.send('POST', path, body, { 'x-csrf-token': '' });
    expect(noToken.status).toBe(403);
    expect(((await noToken.json()) as { csrf?: string }).csrf).toBe('missing-or-wrong');
    const wrongToken = await client.send('POST', '/api/v1/events', {}, { 'x-csrf-token': 'x'.repeat(43) });
    expect(wrongToken.status).toBe(403);
    const foreign = await client.send('POST', path, body, { origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    const signOutForged = await client.send('POST', '/api/v1/auth/sign-out', undefined, {
      'x-csrf-token': '',
    });
    expect(signOutForged.status).toBe(403);
    const sameOrigin = await client.send('POST', path, body, { origin: gateway.url });
    expect(sameOrigin.status).toBe(201);
    // Reads need no token.
    expect((await client.send('GET', path, undefined, { 'x-csrf-token': '' })).status).toBe(200);
  });

  it('should not ask an API key for a CSRF token', async () => {
    const organisationId = await gateway.addOrganisation('csrf-key-org');
    const issued = await fetch(`${gateway.url}/api/v1/api-keys`, {
      method: 'POST',
      headers: { authorization: `Bearer ${gateway.adminKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ organisationId, name: 'a system', scopes: ['events:write'] }),
    });
    expect(issued.status).toBe(201);
    const { secret } = (await issued.json()) as { secret: string };
    const response = await fetch(`${gateway.url}/api/v1/events`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${secret}`,
        'content-type': 'application/json',
        origin: 'https://elsewhere.example',
      },
      body: '{}',
    });
    expect(response.status).toBe(200);
  });
});

describe('TOTP', () => {
  it('should enrol, confirm with a code, then require a fresh code or a recovery code at sign-in', async () => {
    const client = await member('totp@mci.kz');
    await client.signIn('totp@mci.kz', PASSWORD);
    const enrol = await client.send('POST', '/api/v1/auth/totp/enrol');
    expect(enrol.status).toBe(200);
    const { secret, otpauthUri } = (await enrol.json()) as { secret: string; otpauthUri: string };
    expect(otpauthUri).toContain(`secret=${secret}`);
    const [stored] = (await gateway.db.query(
      "SELECT totp_secret FROM access.people WHERE email = 'totp@mci.kz'",
    )) as { totp_secret: string }[];
    expect(must(stored, 'the person’s row').totp_secret).not.toContain(secret);

    const step = totpStep(gateway.now());
    const wrong = await client.send('POST', '/api/v1/auth/totp/confirm', {
      code: totpCode(secret, step + 5),
    });
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as { errors: { field: string; code: string }[] }).errors).toMatchObject([
      { field: 'code', code: 'totpCodeWrong' },
    ]);
    const confirm = await client.send('POST', '/api/v1/auth/totp/confirm', { code: totpCode(secret, step) });
    expect(confirm.status).toBe(200);
    const { recoveryCodes } = (await confirm.json()) as { recoveryCodes: string[] };
    expect(recoveryCodes).toHaveLength(10);
    expect((await client.send('POST', '/api/v1/auth/totp/enrol')).status).toBe(409);

    const signIn = (extra: Record<string, string> = {}) =>
      new ConsoleClient(gateway).signIn('totp@mci.kz', PASSWORD, extra);
    const passwordOnly = await signIn();
    expect(passwordOnly.status).toBe(401);
    expect(((await passwordOnly.json()) as { totpRequired?: boolean }).totpRequired).toBe(true);
    // The code used to confirm cannot be replayed; a later step's code works, once.
    expect((await signIn({ totpCode: totpCode(secret, step) })).status).toBe(401);
    gateway.advance(30_000);
    const next = totpCode(secret, totpStep(gateway.now()));
    expect((await signIn({ totpCode: next })).status).toBe(200);
    expect((await signIn({ totpCode: next })).status).toBe(401);
    expect(
      (
        await signIn({
          password: 'wrong password here',
          totpCode: totpCode(secret, totpStep(gateway.now()) + 1),
        })
      ).status,
    ).toBe(401);
    const recovery = must(recoveryCodes[0], 'a recovery code');
    expect((await signIn({ recoveryCode: recovery.toUpperCase() })).status).toBe(200);
    expect((await signIn({ recoveryCode: recovery })).status).toBe(401);
    const [hashes] = (await gateway.db.query(
      "SELECT count(*)::int AS n FROM access.recovery_codes r JOIN access.people p ON p.id = r.person_id WHERE p.email = 'totp@mci.kz' AND position($1::bytea in r.code_hash) = 0",
      [Buffer.from(recovery.replace(/-/g, ''))],
    )) as { n: number }[];
    expect(must(hashes, 'a count of recovery codes').n).toBe(10);
  });
});

describe('set-password links', () => {
  it('should enforce the password policy and be usable once', async () => {
    const added = await fetch(`${gateway.url}/api/v1/organisations/${organisationId}/members`, {
      method: 'POST',
      headers: { authorization: `Bearer ${gateway.adminKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        email: 'newbie@mci.kz',
        displayName: 'Newbie',
        preferredLanguage: 'kk',
        roles: [{ role: 'viewer' }],
      }),
    });
    const { setPassword } = (await added.json()) as { setPassword: { token: string; expiresAt: string } };
    const [row] = (await gateway.db.query(
      'SELECT count(*)::int AS n FROM access.set_password_tokens WHERE token_hash = $1::bytea',
      [Buffer.from(setPassword.token)],
    )) as { n: number }[];
    expect(must(row, 'a count of set-password tokens').n).toBe(0);
    const set = (password: string) =>
      fetch(`${gateway.url}/api/v1/auth/set-password?lang=en`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token: setPassword.token, password }),
      });
    const short = await set('short');
    expect(short.status).toBe(400);
    expect(((await short.json()) as { errors: unknown[] }).errors).toEqual([
      { field: 'password', code: 'minLength', message: 'password must be at least 12 characters' },
    ]);
    const email = await set('NEWBIE@mci.kz');
    expect(((await email.json()) as { errors: { code: string }[] }).errors[0]?.code).toBe('passwordIsEmail');
    expect((await set(PASSWORD)).status).toBe(204);
    expect((await set(`${PASSWORD}!`)).status).toBe(401);
    expect((await new ConsoleClient(gateway).signIn('newbie@mci.kz', PASSWORD)).status).toBe(200);
  });

  it('should refuse an expired link', async () => {
    const added = await fetch(`${gateway.url}/api/v1/organisations/${organisationId}/members`, {
      method: 'POST',
      headers: { authorization: `Bearer ${gateway.adminKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        email: 'late@mci.kz',
        displayName: 'Late',
        preferredLanguage: 'en',
        roles: [{ role: 'viewer' }],
      }),
    });
    const { setPassword } = (await added.json()) as { setPassword: { token: string } };
    gateway.advance(73 * 3_600_000);
    const response = await fetch(`${gateway.url}/api/v1/auth/set-password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: setPassword.token, password: PASSWORD }),
    });
    expect(response.status).toBe(401);
  });
});
