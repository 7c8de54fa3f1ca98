import { describe, expect, it } from '@jest/globals';
import {
  ANONYMOUS,
  allows,
  decodePrincipal,
  encodePrincipal,
  holds,
  reach,
  type Principal,
} from './principal';
import { ProblemException } from '@jiyn/problems';
import { assertAllowed, reachCondition } from './enforcement';
import { ROLE_SCOPES, scopesOfRole } from './roles';
import { digestSecret, secretMatches } from './secrets';

const ministry = '0190f000-0000-7000-8000-000000000001';
const akimat = '0190f000-0000-7000-8000-000000000002';
const forum = '0190f000-0000-7000-8000-0000000000e1';
const otherEvent = '0190f000-0000-7000-8000-0000000000e2';

const organiser: Principal = {
  id: 'person:1',
  kind: 'person',
  organisationId: ministry,
  grants: [
    { organisationId: ministry, scopes: scopesOfRole('organiser', false) },
    { eventId: forum, scopes: ['personal-data'] },
  ],
};

describe('principal', () => {
  it('should round-trip through the header encoding', () => {
    expect(decodePrincipal(encodePrincipal(organiser))).toEqual(organiser);
  });

  it('should fall back to anonymous on garbage, drop unknown scopes and grants naming both or neither', () => {
    expect(decodePrincipal('%%%')).toEqual(ANONYMOUS);
    expect(
      decodePrincipal(Buffer.from('{"id":"x","kind":"root","grants":[]}').toString('base64url')),
    ).toEqual(ANONYMOUS);
    const forged = Buffer.from(
      JSON.stringify({
        id: 'x',
        kind: 'api-key',
        grants: [
          { organisationId: ministry, scopes: ['root', 'events:read'] },
          { organisationId: ministry, eventId: forum, scopes: ['events:write'] },
          { scopes: ['events:write'] },
        ],
      }),
    ).toString('base64url');
    expect(decodePrincipal(forged).grants).toEqual([{ organisationId: ministry, scopes: ['events:read'] }]);
  });

  it('should allow a scope on the organisation granted, on a granted event, and nowhere else', () => {
    expect(allows(organiser, 'events:write', { organisationId: ministry, eventId: otherEvent })).toBe(true);
    expect(allows(organiser, 'events:write', { organisationId: akimat, eventId: otherEvent })).toBe(false);
    expect(allows(organiser, 'personal-data', { organisationId: ministry, eventId: forum })).toBe(true);
    expect(allows(organiser, 'personal-data', { organisationId: ministry, eventId: otherEvent })).toBe(false);
    expect(allows(organiser, 'personal-data', { organisationId: ministry })).toBe(false);
    expect(allows(ANONYMOUS, 'events:read', { organisationId: ministry })).toBe(false);
  });

  it('should say where a scope reaches, for filtering lists', () => {
    expect(holds(organiser, 'personal-data')).toBe(true);
    expect(holds(organiser, 'audit:read')).toBe(false);
    expect(reach(organiser, 'personal-data')).toEqual({ organisationIds: [], eventIds: [forum] });
    expect(reach(organiser, 'events:read')).toEqual({ organisationIds: [ministry], eventIds: [] });
  });
});

describe('roles', () => {
  it('should never give personal data without the explicit grant', () => {
    for (const scopes of Object.values(ROLE_SCOPES)) expect(scopes).not.toContain('personal-data');
    expect(scopesOfRole('viewer', true)).toContain('personal-data');
  });

  it('should keep the check-in desk, reviewers and analysts to their one job', () => {
    expect(ROLE_SCOPES.registrar).toEqual(['registrations:read', 'check-in']);
    expect(ROLE_SCOPES.reviewer).toEqual(['proposals:review']);
    expect(ROLE_SCOPES.analyst).toEqual(['analytics:read']);
    expect(ROLE_SCOPES.viewer.some((scope) => scope.endsWith(':write'))).toBe(false);
  });
});

describe('secrets', () => {
  it('should match only the exact secret', () => {
    const digest = digestSecret('s3cret-value');
    expect(secretMatches('s3cret-value', digest)).toBe(true);
    expect(secretMatches('s3cret-valuE', digest)).toBe(false);
    expect(secretMatches(undefined, digest)).toBe(false);
    expect(secretMatches('', digest)).toBe(false);
  });
});

describe('break-glass', () => {
  const breakGlass: Principal = { id: 'break-glass', kind: 'break-glass', grants: [] };

  it('should reach organisation bootstrap and nothing inside an organisation', () => {
    expect(holds(breakGlass, 'api-keys:manage')).toBe(true);
    expect(allows(breakGlass, 'api-keys:manage', { organisationId: ministry })).toBe(true);
    for (const scope of ['events:read', 'registrations:read', 'personal-data', 'audit:read'] as const) {
      expect(holds(breakGlass, scope)).toBe(false);
      expect(allows(breakGlass, scope, { organisationId: ministry, eventId: forum })).toBe(false);
    }
    expect(reach(breakGlass, 'events:read')).toEqual({ organisationIds: [], eventIds: [] });
  });
});

describe('assertAllowed', () => {
  it('should pass, refuse naming the scope where the caller sees the target, and hide it elsewhere', () => {
    expect(() => assertAllowed(organiser, 'events:write', { organisationId: ministry })).not.toThrow();
    const refused = catchProblem(() => assertAllowed(organiser, 'audit:read', { organisationId: ministry }));
    expect(refused?.getStatus()).toBe(403);
    expect(refused?.problem.extensions).toEqual({ requiredScope: 'audit:read' });
    expect(
      catchProblem(() => assertAllowed(organiser, 'events:read', { organisationId: akimat }))?.getStatus(),
    ).toBe(404);
  });

  it('should write a list filter for exactly where the scope reaches', () => {
    expect(
      reachCondition(organiser, 'personal-data', { organisationId: 'e.org', eventId: 'e.id' }, 3),
    ).toEqual({
      sql: '(e.org = ANY($3::uuid[]) OR e.id = ANY($4::uuid[]))',
      params: [[], [forum]],
    });
  });
});

function catchProblem(action: () => void): ProblemException | undefined {
  try {
    action();
  } catch (error) {
    return error as ProblemException;
  }
  return undefined;
}
