import { allows, reach, type Principal, type Target } from './principal';
import { SCOPES, type Scope } from './scopes';
import { missingScope, notReachable } from './scope-problems';

/**
 * The service's check on what a request touches. Allowed: nothing happens. Refused: a 403 naming the
 * scope when the caller may see the target in some other way, otherwise a 404, so a caller of another
 * organisation learns nothing about whether it exists.
 */
export function assertAllowed(principal: Principal, scope: Scope, target: Target): void {
  if (allows(principal, scope, target)) return;
  if (SCOPES.some((other) => allows(principal, other, target))) throw missingScope(scope);
  throw notReachable();
}

/** Whether IIN, phone, e-mail and birth date of this target's people may be shown unmasked. */
export function seesPersonalData(principal: Principal, target: Target): boolean {
  return allows(principal, 'personal-data', target);
}

/** A WHERE condition limiting rows to where the scope reaches, with its two parameters. */
export interface ReachCondition {
  /** e.g. `(e.organisation_id = ANY($3::uuid[]) OR e.event_id = ANY($4::uuid[]))` */
  sql: string;
  params: [string[], string[]];
}

/**
 * Lists filter in SQL by where the principal may use the scope: whole organisations and single
 * events. `firstParam` is the number of the first of the two parameters it adds.
 */
export function reachCondition(
  principal: Principal,
  scope: Scope,
  columns: { organisationId: string; eventId: string },
  firstParam: number,
): ReachCondition {
  const { organisationIds, eventIds } = reach(principal, scope);
  return {
    sql:
      `(${columns.organisationId} = ANY($${firstParam}::uuid[])` +
      ` OR ${columns.eventId} = ANY($${firstParam + 1}::uuid[]))`,
    params: [organisationIds, eventIds],
  };
}
