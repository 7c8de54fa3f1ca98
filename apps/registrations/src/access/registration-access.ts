import { Injectable } from '@nestjs/common';
import { assertAllowed, notReachable, reach, type Principal, type Scope } from '@jiyn/auth';
import { RegistrationsEventOwners, type Owned } from './registrations-event-owners';

/**
 * The checks for requests that name their event in the body or address an object by its own id
 * (a registration, a check-in): another organisation's answers 404 and is neither shown nor
 * changed. What this service does not know at all is left to the route's own 404.
 */
@Injectable()
export class RegistrationAccess {
  constructor(private readonly owners: RegistrationsEventOwners) {}

  async assertOnEvent(principal: Principal, scope: Scope, eventId: string): Promise<void> {
    this.assert(principal, scope, await this.owners.event(eventId));
  }

  async assertOnRegistration(principal: Principal, scope: Scope, registrationId: string): Promise<void> {
    this.assert(principal, scope, await this.owners.registration(registrationId));
  }

  async assertOnCheckIn(principal: Principal, scope: Scope, checkInId: string): Promise<void> {
    this.assert(principal, scope, await this.owners.checkIn(checkInId));
  }

  private assert(principal: Principal, scope: Scope, owned: Owned | undefined): void {
    if (!owned) return;
    // An event without a known owner is nobody's to touch yet: as if it did not exist.
    if (!owned.organisationId) throw notReachable();
    assertAllowed(principal, scope, { organisationId: owned.organisationId, eventId: owned.eventId });
  }
}

/**
 * A query-builder condition (named parameters) keeping rows whose event the scope reaches, the same
 * test as `reachCondition` (which writes positional ones for raw SQL). `eventColumn` is the row's
 * event id column.
 */
export function reachedEvents(
  principal: Principal,
  scope: Scope,
  eventColumn: string,
): { sql: string; params: { reachOrganisations: string[]; reachEvents: string[] } } {
  const { organisationIds, eventIds } = reach(principal, scope);
  return {
    sql: `${eventColumn} IN (SELECT p.event_id FROM registrations.event_projections p
      WHERE p.organisation_id = ANY(:reachOrganisations::uuid[]) OR p.event_id = ANY(:reachEvents::uuid[]))`,
    params: { reachOrganisations: organisationIds, reachEvents: eventIds },
  };
}
