import type { FieldProblem } from '@jiyn/problems';
import { ProblemException } from '@jiyn/problems';

export function surveyNotFound(surveyId: string): ProblemException {
  return new ProblemException('not-found', {
    detail: {
      en: `No survey ${surveyId} for your event`,
      ru: `Опрос ${surveyId} для вашего мероприятия не найден`,
      kk: `Іс-шараңыз үшін ${surveyId} сауалнамасы табылмады`,
    },
  });
}

export function surveyNotOpen(survey: { id: string; opensAt: Date; closesAt: Date; status: string }) {
  return new ProblemException('survey-not-open', {
    detail: {
      en: 'The survey takes answers only while it is open',
      ru: 'Опрос принимает ответы только пока он открыт',
      kk: 'Сауалнама тек ашық кезде жауап қабылдайды',
    },
    extensions: {
      surveyId: survey.id,
      status: survey.status,
      opensAt: survey.opensAt.toISOString(),
      closesAt: survey.closesAt.toISOString(),
    },
  });
}

export function notAnAttendee(scope: string): ProblemException {
  const what = {
    event: {
      en: 'a check-in at the event',
      ru: 'отметка о присутствии на мероприятии',
      kk: 'іс-шарада тіркелгені туралы белгі',
    },
    day: { en: 'a check-in on its day', ru: 'отметка о присутствии в этот день', kk: 'сол күнгі белгі' },
    session: {
      en: 'a check-in on its day or to its session',
      ru: 'отметка о присутствии в этот день или на этой сессии',
      kk: 'сол күнгі немесе сол сессиядағы белгі',
    },
  }[scope] ?? { en: 'a check-in', ru: 'отметка о присутствии', kk: 'белгі' };
  return new ProblemException('not-an-attendee', {
    detail: {
      en: `Answering this survey needs ${what.en}`,
      ru: `Для ответа на этот опрос нужна ${what.ru}`,
      kk: `Бұл сауалнамаға жауап беру үшін ${what.kk} қажет`,
    },
    extensions: { scope },
  });
}

export function invalidAnswers(errors: FieldProblem[]): ProblemException {
  return new ProblemException('validation', { errors });
}

export function noResponseYet(surveyId: string): ProblemException {
  return new ProblemException('not-found', {
    detail: {
      en: `You have not answered survey ${surveyId}`,
      ru: `Вы ещё не ответили на опрос ${surveyId}`,
      kk: `Сіз ${surveyId} сауалнамасына әлі жауап бермедіңіз`,
    },
  });
}
