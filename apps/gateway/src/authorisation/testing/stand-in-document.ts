import type { ScopeExemption, Scope } from '@jiyn/auth';
import { EXEMPT_EXTENSION, SCOPE_EXTENSION } from '@jiyn/auth';

/** One operation a stand-in service declares: its scope, or why it needs none. */
export type StandInOperation = [method: string, template: string, scope: Scope | ScopeExemption];

const EXEMPTIONS: readonly string[] = ['public', 'self-service', 'probe', 'any-credential'];

/**
 * Test support: the OpenAPI document a stand-in for a service serves at /openapi.json, declaring its
 * operations as a real service's `@RequiresScope` would, so the gateway's route catalogue lets them through.
 */
export function standInDocument(operations: readonly StandInOperation[]): object {
  const paths: Record<string, Record<string, object>> = {};
  for (const [method, template, requirement] of operations) {
    paths[template] ??= {};
    paths[template][method.toLowerCase()] = EXEMPTIONS.includes(requirement)
      ? { [EXEMPT_EXTENSION]: requirement }
      : { [SCOPE_EXTENSION]: requirement };
  }
  return { openapi: '3.1.0', info: { title: 'stand-in', version: '1' }, paths };
}
