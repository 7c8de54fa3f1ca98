import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertAllowed, notReachable, type EventOwners, type Principal, type Scope } from '@jiyn/auth';
import { queryRows } from '@jiyn/persistence';

/**
 * Which organisation owns an event, from this service's projection of published events, and the
 * check for routes that name their event in the body or query (all of feedback's organiser routes).
 */
@Injectable()
export class FeedbackEventOwners implements EventOwners {
  constructor(private readonly dataSource: DataSource) {}

  async organisationOf(eventId: string): Promise<string | undefined> {
    return (await this.event(eventId))?.organisationId;
  }

  /**
   * Another organisation's event answers 404 (403 naming the scope when the caller may see it
   * otherwise). An event this service never heard of is left to the route's own answer.
   */
  async assertOnEvent(principal: Principal, scope: Scope, eventId: string): Promise<void> {
    const event = await this.event(eventId);
    if (!event) return;
    // An event without a known owner is nobody's to touch yet: as if it did not exist.
    if (!event.organisationId) throw notReachable();
    assertAllowed(principal, scope, { organisationId: event.organisationId, eventId });
  }

  /** As assertOnEvent, but an event this service never heard of is a 404 too. */
  async assertKnownEvent(principal: Principal, scope: Scope, eventId: string): Promise<void> {
    const event = await this.event(eventId);
    if (!event?.organisationId) throw notReachable();
    assertAllowed(principal, scope, { organisationId: event.organisationId, eventId });
  }

  private async event(eventId: string): Promise<{ organisationId: string | undefined } | undefined> {
    const [row] = await queryRows<{ organisation_id: string | null }>(
      this.dataSource.manager,
      `SELECT organisation_id FROM feedback.event_projections WHERE event_id = $1`,
      [eventId],
    );
    return row ? { organisationId: row.organisation_id ?? undefined } : undefined;
  }
}
