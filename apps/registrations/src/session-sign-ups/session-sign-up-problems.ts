import { pickLocalized, type Lang } from '@jiyn/kz';
import { ProblemException } from '@jiyn/problems';
import type { SessionProjection } from './session-projection.repository';
import type { SignUpWithSession } from './session-sign-ups.repository';

/** Problems of signing up for programme sessions, in kk/ru/en. */

export function alreadySignedUp(signUpId: string, sessionId: string): ProblemException {
  return new ProblemException('conflict', {
    detail: {
      en: 'The participant is already signed up for this session',
      ru: 'Участник уже записан на эту сессию',
      kk: 'Қатысушы бұл сессияға бұрын жазылған',
    },
    extensions: { signUpId, sessionId },
  });
}

export function notSignedUp(): ProblemException {
  return new ProblemException('not-found', {
    detail: {
      en: 'The participant is not signed up for this session',
      ru: 'Участник не записан на эту сессию',
      kk: 'Қатысушы бұл сессияға жазылмаған',
    },
  });
}

export function sessionCancelled(sessionId: string): ProblemException {
  return new ProblemException('conflict', {
    detail: { en: 'The session is cancelled', ru: 'Сессия отменена', kk: 'Сессия болдырылмады' },
    extensions: { sessionId },
  });
}

/** A draft may still move, shrink or be dropped, and the published programme does not show it. */
export function sessionNotConfirmed(sessionId: string, sessionStatus: string): ProblemException {
  return new ProblemException('conflict', {
    detail: {
      en: 'The session is not confirmed in the programme yet',
      ru: 'Сессия ещё не подтверждена в программе',
      kk: 'Сессия бағдарламада әлі расталмаған',
    },
    extensions: { sessionId, sessionStatus },
  });
}

export function takesNoSignUps(sessionId: string): ProblemException {
  return new ProblemException('conflict', {
    detail: {
      en: 'The session takes no sign-ups: it has no capacity of its own or no time yet',
      ru: 'На эту сессию нет записи: у неё нет своей вместимости или времени',
      kk: 'Бұл сессияға жазылу жоқ: оның өз сыйымдылығы немесе уақыты жоқ',
    },
    extensions: { sessionId },
  });
}

export function unknownSession(sessionId: string): ProblemException {
  return new ProblemException('not-found', {
    detail: {
      en: `No session ${sessionId} in this registration's event`,
      ru: `Сессия ${sessionId} не найдена в мероприятии этой регистрации`,
      kk: `Осы тіркеудің іс-шарасында ${sessionId} сессиясы табылмады`,
    },
    errors: [{ field: 'sessionId', code: 'unknownSession' }],
  });
}

export function sessionFull(session: SessionProjection): ProblemException {
  return new ProblemException('session-full', {
    detail: {
      en: `All ${session.capacity} seats of the session are taken`,
      ru: `Все ${session.capacity} мест на сессии заняты`,
      kk: `Сессияның барлық ${session.capacity} орны бос емес`,
    },
    extensions: { sessionId: session.sessionId, capacity: session.capacity },
  });
}

export function scheduleClash(clash: SignUpWithSession): ProblemException {
  const title = (lang: Lang) => pickLocalized(clash.title, lang) ?? clash.sessionId;
  return new ProblemException('schedule-clash', {
    detail: {
      en: `It overlaps “${title('en')}”, which the participant is signed up for`,
      ru: `Она пересекается с сессией «${title('ru')}», на которую участник уже записан`,
      kk: `Ол қатысушы жазылған «${title('kk')}» сессиясымен қиылысады`,
    },
    extensions: {
      clashingSession: {
        sessionId: clash.sessionId,
        title: clash.title,
        startsAt: clash.startsAt?.toISOString() ?? null,
        endsAt: clash.endsAt?.toISOString() ?? null,
      },
    },
  });
}
