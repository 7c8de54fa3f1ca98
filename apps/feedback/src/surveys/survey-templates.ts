import type { Multilingual } from '@jiyn/kz';
import type { QuestionInput, SurveyScope } from './survey.model';

export const SURVEY_TEMPLATE_NAMES = ['post-training-evaluation', 'session-rating'] as const;
export type SurveyTemplateName = (typeof SURVEY_TEMPLATE_NAMES)[number];

export interface SurveyTemplate {
  title: Multilingual;
  scope: SurveyScope;
  /** The questions; a session rating adds one per speaker of the session. */
  questions(context: { sessionId?: string; speakerIds: readonly string[] }): QuestionInput[];
}

const POOR_TO_EXCELLENT = {
  minLabel: { kk: 'Өте нашар', ru: 'Очень плохо', en: 'Very poor' },
  maxLabel: { kk: 'Өте жақсы', ru: 'Отлично', en: 'Excellent' },
};

function rating(prompt: Multilingual, labels = POOR_TO_EXCELLENT, extra: Partial<QuestionInput> = {}) {
  return { kind: 'rating', required: true, prompt, scaleMin: 1, scaleMax: 5, ...labels, ...extra } as const;
}

/**
 * What organisers start from (Kirkpatrick level 1, reaction): the end-of-training evaluation and a
 * per-session rating. Copied into a draft, then edited like any survey.
 */
export const SURVEY_TEMPLATES: Record<SurveyTemplateName, SurveyTemplate> = {
  'post-training-evaluation': {
    title: { kk: 'Оқытуды бағалау', ru: 'Оценка обучения', en: 'Training evaluation' },
    scope: 'event',
    questions: () => [
      rating(
        {
          kk: 'Оқыту сіздің жұмысыңыз үшін қаншалықты өзекті болды?',
          ru: 'Насколько обучение было актуально для вашей работы?',
          en: 'How relevant was the training to your work?',
        },
        {
          minLabel: { kk: 'Мүлдем өзекті емес', ru: 'Совсем не актуально', en: 'Not relevant at all' },
          maxLabel: { kk: 'Өте өзекті', ru: 'Очень актуально', en: 'Highly relevant' },
        },
      ),
      rating({
        kk: 'Спикерлер мен тренерлердің жұмысын бағалаңыз',
        ru: 'Оцените работу спикеров и тренеров',
        en: 'How would you rate the speakers and trainers?',
      }),
      rating({
        kk: 'Оқытудың ұйымдастырылуын бағалаңыз (өтетін орны, кестесі, материалдары)',
        ru: 'Оцените организацию обучения (площадка, расписание, материалы)',
        en: 'How would you rate the organisation (venue, schedule, materials)?',
      }),
      {
        kind: 'nps',
        required: false,
        prompt: {
          kk: 'Осы оқытуды әріптестеріңізге ұсыну ықтималдығыңыз қандай?',
          ru: 'Насколько вероятно, что вы порекомендуете это обучение коллегам?',
          en: 'How likely are you to recommend this training to a colleague?',
        },
      },
      {
        kind: 'text',
        required: true,
        maxLength: 2000,
        prompt: {
          kk: 'Алған білімнің қайсысын жұмысыңызда қолданасыз?',
          ru: 'Что из полученного на обучении вы примените в своей работе?',
          en: 'What from this training will you apply in your work?',
        },
      },
      {
        kind: 'text',
        required: false,
        maxLength: 2000,
        prompt: {
          kk: 'Оқытуды жақсарту бойынша ұсыныстарыңыз',
          ru: 'Ваши предложения по улучшению обучения',
          en: 'Your suggestions for improving the training',
        },
      },
    ],
  },
  'session-rating': {
    title: { kk: 'Сессияны бағалау', ru: 'Оценка сессии', en: 'Session rating' },
    scope: 'session',
    questions: ({ sessionId, speakerIds }) => [
      rating(
        {
          kk: 'Сессияны жалпы бағалаңыз',
          ru: 'Оцените сессию в целом',
          en: 'How would you rate this session overall?',
        },
        POOR_TO_EXCELLENT,
        { subjectSessionId: sessionId },
      ),
      rating(
        {
          kk: 'Сессия сіз үшін қаншалықты пайдалы болды?',
          ru: 'Насколько полезной была для вас сессия?',
          en: 'How useful was the session for you?',
        },
        {
          minLabel: { kk: 'Мүлдем пайдасыз', ru: 'Совсем бесполезна', en: 'Not useful at all' },
          maxLabel: { kk: 'Өте пайдалы', ru: 'Очень полезна', en: 'Very useful' },
        },
        { subjectSessionId: sessionId },
      ),
      // One per speaker: the speaker's own results come from these (names are shown by the client).
      ...speakerIds.map((speakerId) =>
        rating(
          {
            kk: 'Спикердің баяндамасын бағалаңыз',
            ru: 'Оцените выступление спикера',
            en: 'How would you rate the speaker’s presentation?',
          },
          POOR_TO_EXCELLENT,
          { subjectSessionId: sessionId, subjectSpeakerId: speakerId },
        ),
      ),
      {
        kind: 'text',
        required: false,
        maxLength: 1000,
        prompt: {
          kk: 'Сессия туралы пікіріңіз',
          ru: 'Ваш комментарий о сессии',
          en: 'Your comments on the session',
        },
      },
    ],
  },
};
