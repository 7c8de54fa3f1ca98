import { ProblemException } from '@jiyn/problems';
import type { CheckInRow, EventForCheckIn } from './check-ins.repository';
import { eventDays, localDate } from './event-days';

/** Problems of check-in at the door, in kk/ru/en. */

export function alreadyReverted(checkInId: string, revertedAt: Date | null): ProblemException {
  return new ProblemException('conflict', {
    detail: {
      en: `The check-in was already reverted at ${revertedAt?.toISOString()}`,
      ru: `Отметка уже отменена ${revertedAt?.toISOString()}`,
      kk: `Белгі ${revertedAt?.toISOString()} уақытта бұрын алынып тасталған`,
    },
    extensions: { checkInId, revertedAt: revertedAt?.toISOString() ?? null },
  });
}

export function invalidCheckInToken(reason: string): ProblemException {
  return new ProblemException('validation', {
    detail: {
      en: 'The QR code was not issued by this platform or was altered',
      ru: 'QR-код выдан не этой платформой или изменён',
      kk: 'QR-код бұл платформада берілмеген немесе өзгертілген',
    },
    errors: [{ field: 'token', code: 'invalidCheckInToken' }],
    extensions: { reason },
  });
}

export function unknownConfirmationCode(): ProblemException {
  return new ProblemException('not-found', {
    detail: {
      en: 'No registration has this confirmation code',
      ru: 'Регистрация с таким кодом подтверждения не найдена',
      kk: 'Мұндай растау коды бар тіркеу табылмады',
    },
    errors: [{ field: 'code', code: 'unknownConfirmationCode' }],
  });
}

/** `day` is not one of the event's days; `today` when the caller named no day and today was meant. */
export function notAnEventDay(event: EventForCheckIn, day: string, today: string | null): ProblemException {
  return new ProblemException('validation', {
    detail:
      today === null
        ? {
            en: `${day} is not a day of the event`,
            ru: `${day} не является днём мероприятия`,
            kk: `${day} іс-шара күні емес`,
          }
        : {
            en: `Today (${today} in ${event.timeZone}) is not a day of the event: name the day`,
            ru: `Сегодня (${today}, ${event.timeZone}) не день мероприятия: укажите день`,
            kk: `Бүгін (${today}, ${event.timeZone}) іс-шара күні емес: күнді көрсетіңіз`,
          },
    errors: [{ field: 'day', code: 'outsideEvent' }],
    extensions: { eventDays: eventDays(event) },
  });
}

export function otherEvent(field: 'code' | 'token'): ProblemException {
  return new ProblemException('validation', {
    detail: {
      en: 'This registration is for another event',
      ru: 'Эта регистрация на другое мероприятие',
      kk: 'Бұл тіркеу басқа іс-шараға арналған',
    },
    errors: [{ field, code: 'otherEvent' }],
  });
}

export function notSignedUp(sessionId: string): ProblemException {
  return new ProblemException('conflict', {
    detail: {
      en: 'The participant is not signed up for this session',
      ru: 'Участник не записан на эту сессию',
      kk: 'Қатысушы бұл сессияға жазылмаған',
    },
    extensions: { sessionId },
  });
}

export function alreadyCheckedIn(existing: CheckInRow, event: EventForCheckIn): ProblemException {
  const at = existing.checkedInAt;
  const local = new Intl.DateTimeFormat('en-GB', {
    timeZone: event.timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
  const day = localDate(at, event.timeZone);
  return new ProblemException('already-checked-in', {
    detail: {
      en: `Already checked in at ${local} on ${day}`,
      ru: `Уже отмечен в ${local} (${day})`,
      kk: `${day} күні ${local} уақытта бұрын белгіленген`,
    },
    extensions: {
      checkedInAt: at.toISOString(),
      checkInId: existing.id,
      registrationId: existing.registrationId,
      day: existing.day,
      sessionId: existing.sessionId,
    },
  });
}

export function checkInNotFound(id: string): ProblemException {
  return new ProblemException('not-found', {
    detail: { en: `No check-in ${id}`, ru: `Отметка ${id} не найдена`, kk: `${id} белгісі табылмады` },
  });
}
