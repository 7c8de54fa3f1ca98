import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RegistrationChangedV1, RegistrationCreatedV1 } from '@jiyn/contracts';
import { queryRows, upsertIfNewer } from '@jiyn/persistence';

const TABLE = 'notifications.participant_projections';

/**
 * Who holds a seat in which event (ids and statuses only), so reminders and feedback invitations
 * can be fanned out when their time comes, without asking the registrations service for lists.
 */
@Injectable()
export class ParticipantProjectionRepository {
  async apply(
    manager: EntityManager,
    event: RegistrationCreatedV1 | RegistrationChangedV1,
    checkedIn?: boolean,
  ): Promise<void> {
    await upsertIfNewer(manager, TABLE, 'registration_id', {
      registration_id: event.registrationId,
      event_id: event.eventId,
      version: event.version,
      status: event.status,
      ...(checkedIn === undefined ? {} : { checked_in: checkedIn }),
    });
  }

  /** Registrations holding a confirmed seat in the event (those who checked in only, if asked). */
  async confirmed(manager: EntityManager, eventId: string, checkedInOnly = false): Promise<string[]> {
    const rows = await queryRows<{ registration_id: string }>(
      manager,
      `SELECT registration_id FROM ${TABLE}
        WHERE event_id = $1 AND status = 'confirmed' AND ($2::boolean = false OR checked_in)`,
      [eventId, checkedInOnly],
    );
    return rows.map((row) => row.registration_id);
  }
}
