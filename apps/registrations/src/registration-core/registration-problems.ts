import { ProblemException } from '@jiyn/problems';
import type { EventProjection } from '../event-projection/event-projection.repository';
import type { RegistrationEntity } from './registration.entity';

/** The core's problems, in kk/ru/en: a registration that is not there, no seat, not confirmed. */

export function registrationNotFound(id: string): ProblemException {
  return new ProblemException('not-found', {
    detail: {
      en: `No registration ${id}`,
      ru: `Регистрация ${id} не найдена`,
      kk: `${id} тіркеуі табылмады`,
    },
  });
}

/** The 409 when no seat is free and the event keeps no waitlist (the seat decision's refusals). */
export function noSeat(
  event: Pick<EventProjection, 'capacity'>,
  outcome: 'event-full' | 'region-full',
): ProblemException {
  if (outcome === 'region-full') {
    return new ProblemException('event-full', {
      detail: {
        en: "All seats of the participant's region are taken and the event keeps no waitlist",
        ru: 'Все места для региона участника заняты, лист ожидания не ведётся',
        kk: 'Қатысушы өңіріне бөлінген барлық орын бос емес, күту тізімі жүргізілмейді',
      },
      errors: [{ field: 'regionCode', code: 'regionQuotaFull' }],
    });
  }
  return new ProblemException('event-full', {
    detail: {
      en: `All ${event.capacity} seats are taken and the event keeps no waitlist`,
      ru: `Все ${event.capacity} мест заняты, лист ожидания не ведётся`,
      kk: `Барлық ${event.capacity} орын бос емес, күту тізімі жүргізілмейді`,
    },
  });
}

/** A seat holder moving to a region whose quota is full. */
export function newRegionFull(): ProblemException {
  return new ProblemException('event-full', {
    detail: {
      en: 'All seats of the new region are taken; the registration keeps its region',
      ru: 'Все места нового региона заняты; регион регистрации не изменён',
      kk: 'Жаңа өңірдің барлық орны бос емес; тіркеу өңірі өзгертілмеді',
    },
    errors: [{ field: 'regionCode', code: 'regionQuotaFull' }],
  });
}

/** Check-in and sign-ups are for confirmed participants only. */
export function registrationNotConfirmed(registration: RegistrationEntity): ProblemException {
  return new ProblemException('registration-not-confirmed', {
    detail: {
      en: `The registration is ${registration.status}, not confirmed`,
      ru: `Регистрация не подтверждена (статус: ${registration.status})`,
      kk: `Тіркеу расталмаған (күйі: ${registration.status})`,
    },
    extensions: { registrationId: registration.id, registrationStatus: registration.status },
  });
}
