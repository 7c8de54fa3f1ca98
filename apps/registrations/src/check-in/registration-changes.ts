import type { EntityManager } from 'typeorm';
import { TOPICS, type EventType, type RegistrationChangedV1 } from '@jiyn/contracts';
import type { OutboxWriter } from '@jiyn/messaging';
import { queryRows } from '@jiyn/persistence';
import { ProblemException } from '@jiyn/problems';
import { registrationChangeData } from '../registrations/registration-events';
import { registrationNotFound } from '../registrations/registration-lifecycle.service';
import { RegistrationEntity } from '../registrations/registration.entity';

/**
 * Takes the registration's row lock for the rest of the transaction, so check-ins, sign-ups and
 * lifecycle changes of one registration happen one after another and see each other's effects.
 * FOR NO KEY UPDATE: rows that merely reference the registration (check-ins, sign-ups) may still be inserted.
 */
export async function lockRegistration(manager: EntityManager, id: string): Promise<RegistrationEntity> {
  const registration = await manager
    .createQueryBuilder(RegistrationEntity, 'r')
    .setLock('for_no_key_update')
    .where('r.id = :id', { id })
    .getOne();
  if (!registration) throw registrationNotFound(id);
  return registration;
}

/**
 * Counts one more change of the registration (its version grows with every event it emits) and
 * emits that event, in the caller's transaction: a check-in or a sign-up, done or undone.
 */
export async function recordChange(
  manager: EntityManager,
  outbox: OutboxWriter,
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
  await outbox.append(manager, {
    topic: TOPICS.registrations,
    type,
    subject: registration.id,
    data: registrationChangeData(registration, at, about),
  });
}

/** Check-in and sign-ups are for confirmed participants only. */
export function assertConfirmed(registration: RegistrationEntity): void {
  if (registration.status === 'confirmed') return;
  throw new ProblemException('registration-not-confirmed', {
    detail: {
      en: `The registration is ${registration.status}, not confirmed`,
      ru: `Регистрация не подтверждена (статус: ${registration.status})`,
      kk: `Тіркеу расталмаған (күйі: ${registration.status})`,
    },
    extensions: { registrationId: registration.id, registrationStatus: registration.status },
  });
}
