import type { FeedbackSubmittedV2 } from '@jiyn/contracts';

/** What the event needs of the survey. */
export interface SubmittedSurvey {
  id: string;
  eventId: string;
  scope: FeedbackSubmittedV2['scope'];
  purpose: FeedbackSubmittedV2['purpose'];
  day: string | null;
  sessionId: string | null;
  anonymous: boolean;
}

export interface SubmittedAnswer {
  questionId: string;
  rating: number | null;
  choiceIds: string[] | null;
}

/**
 * The feedback.submitted payload of one response: ratings and chosen option ids only — free text
 * can name people, so text questions give nothing. On an anonymous survey no registration or
 * response id either.
 */
export function feedbackSubmittedEvent(
  survey: SubmittedSurvey,
  response: {
    id: string;
    registrationId: string | null;
    score: number | null;
    maxScore: number | null;
    answers: SubmittedAnswer[];
  },
  kindOf: (questionId: string) => string | undefined,
  occurredAt: Date,
): FeedbackSubmittedV2 {
  return {
    surveyId: survey.id,
    eventId: survey.eventId,
    scope: survey.scope,
    purpose: survey.purpose,
    day: survey.day,
    sessionId: survey.sessionId,
    anonymous: survey.anonymous,
    registrationId: survey.anonymous ? null : response.registrationId,
    responseId: survey.anonymous ? null : response.id,
    ratings: response.answers.flatMap(({ questionId, rating }) =>
      rating === null ? [] : [{ questionId, rating }],
    ),
    choices: response.answers.flatMap(({ questionId, choiceIds }) =>
      choiceIds === null || kindOf(questionId) === 'text' ? [] : [{ questionId, choiceIds }],
    ),
    score: response.score,
    maxScore: response.maxScore,
    occurredAt: occurredAt.toISOString(),
  };
}
