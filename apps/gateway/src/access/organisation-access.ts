import { allows, type Principal, type Scope } from '@jiyn/auth';
import { ProblemException } from '@jiyn/problems';

/** 403 naming the scope the caller lacks on this organisation. */
export function missingScope(scope: Scope, organisationId: string): ProblemException {
  return new ProblemException('forbidden', {
    detail: {
      en: `This needs the scope "${scope}" on organisation ${organisationId}`,
      ru: `Для этого нужна область доступа "${scope}" в организации ${organisationId}`,
      kk: `Бұл үшін ${organisationId} ұйымында "${scope}" рұқсат аясы қажет`,
    },
    extensions: { requiredScope: scope, organisationId },
  });
}

/** Refuses unless the principal may use the scope on the organisation itself (not just one event). */
export function requireScopeOn(principal: Principal, scope: Scope, organisationId: string): void {
  if (!allows(principal, scope, { organisationId })) throw missingScope(scope, organisationId);
}

/** The organisations a principal acts for or holds a grant on as a whole. */
export function organisationsOf(principal: Principal): string[] {
  const ids = new Set<string>();
  if (principal.organisationId) ids.add(principal.organisationId);
  for (const grant of principal.grants) if (grant.organisationId) ids.add(grant.organisationId);
  return [...ids];
}

export function isBreakGlass(principal: Principal): boolean {
  return principal.kind === 'break-glass';
}
