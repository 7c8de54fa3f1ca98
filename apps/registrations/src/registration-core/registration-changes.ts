import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TOPICS, type EventType, type RegistrationChangedV1 } from '@jiyn/contracts';
import { OutboxWriter } from '@jiyn/messaging';
import { queryRows } from '@jiyn/persistence';
import { registrationChangedEvent, registrationChangeData } from './registration-events';
import { registrationNotFound } from './registration-problems';
import { RegistrationEntity } from './registration.entity';

/**
 * The one way to change an existing registration: lock its row, then write the change and its
 * registration.* event in the caller's transaction, the version growing by one with every event.
 *
 * The row lock (FOR NO KEY UPDATE) makes lifecycle moves, check-ins and session sign-ups of one
 * registration happen one after another and see each other's effects; rows that merely reference
 * the registration (check-ins, sign-ups) may still be inserted. Seats: see RegistrationTransitions.
 */
@Injectable()
export class RegistrationChanges {
  constructor(private readonly outbox: OutboxWriter) {}

  /** The registration, locked for the rest of the transaction, or null. */
  lock(manager: EntityManager, id: string): Promise<RegistrationEntity | null> {
    return manager
      .createQueryBuilder(RegistrationEntity, 'r')
      .where('r.id = :id', { id })
      .setLock('for_no_key_update')
      .getOne();
  }

  /** The registration, locked for the rest of the transaction; a 404 when there is none. */
  async lockExisting(manager: EntityManager, id: string): Promise<RegistrationEntity> {
    const registration = await this.lock(manager, id);
    if (!registration) throw registrationNotFound(id);
    return registration;
  }

  /**
   * Applies `changes` (status and/or fields) to the locked registration, bumps the version and
   * appends the `type` event.
   */
  async apply(
    manager: EntityManager,
    registration: RegistrationEntity,
    type: EventType,
    changes: Partial<RegistrationEntity>,
  ): Promise<void> {
    const previousStatus = registration.status;
    Object.assign(registration, changes, { version: registration.version + 1, updatedAt: new Date() });
    await manager.update(
      RegistrationEntity,
      { id: registration.id },
      { ...changes, version: registration.version, updatedAt: registration.updatedAt },
    );
    await this.outbox.append(manager, registrationChangedEvent(type, registration, previousStatus));
  }

  /**
   * A change beside the registration rather than of it — a check-in or a session sign-up, done or
   * undone —: counts one more version of the locked registration and emits the `type` event about it.
   */
  async record(
    manager: EntityManager,
    registration: RegistrationEntity,
    at: Date,
    type: EventType,
    about: Pick<RegistrationChangedV1, 'checkInDay' | 'sessionId'>,
  ): Promise<void> {
    const [row] = await queryRows<{ version: number }>(
      manager,
      `UPDATE registrations.registrations SET version = version + 1, updated_at = $2 WHERE id = $1 RETURNING version`,
      [registration.id, at],
    );
    if (!row) throw registrationNotFound(registration.id);
    registration.version = row.version;
    registration.updatedAt = at;
    await this.outbox.append(manager, {
      topic: TOPICS.registrations,
      type,
      subject: registration.id,
      data: registrationChangeData(registration, at, about),
    });
  }
}
