import { ProblemException } from '@jiyn/problems';

/** Problems about the event itself, in kk/ru/en: every route answers an unknown event the same way. */

/** No published event by this id reached this service; `field` names the request field that gave it. */
export function unknownEvent(eventId: string, field?: string): ProblemException {
  return new ProblemException('not-found', {
    detail: {
      en: `No published event ${eventId}`,
      ru: `Опубликованное мероприятие ${eventId} не найдено`,
      kk: `${eventId} жарияланған іс-шарасы табылмады`,
    },
    ...(field ? { errors: [{ field, code: 'unknownEvent' }] } : {}),
  });
}

/** The event takes no registrations now: cancelled or archived (or, `undefined`, not known). */
export function eventNotOpen(status: 'published' | 'cancelled' | 'archived' | undefined): ProblemException {
  const ru = { cancelled: 'отменено', archived: 'в архиве', published: 'открыто' };
  const kk = { cancelled: 'болдырылмады', archived: 'мұрағатта', published: 'ашық' };
  return new ProblemException('event-not-open', {
    detail: {
      en: `The event is ${status ?? 'unknown'}`,
      ru: `Мероприятие ${status ? ru[status] : 'закрыто'}`,
      kk: `Іс-шара ${status ? kk[status] : 'жабық'}`,
    },
  });
}

/** Registration has not opened yet, or has closed. */
export function registrationWindowShut(notYet: boolean): ProblemException {
  return new ProblemException('event-not-open', {
    detail: notYet
      ? {
          en: 'Registration has not opened yet',
          ru: 'Регистрация ещё не открыта',
          kk: 'Тіркеу әлі ашылған жоқ',
        }
      : { en: 'Registration has closed', ru: 'Регистрация закрыта', kk: 'Тіркеу жабылды' },
  });
}
