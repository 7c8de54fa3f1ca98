import { setTimeout as sleep } from 'node:timers/promises';
import type { Api, DemoRegistration } from './seed-demo';

/** The three days of the demo event (local dates in Astana). */
export const DEMO_DAYS = ['2024-02-05', '2024-02-06', '2024-02-07'] as const;

/** Regions with at least this many representatives all come on the last day (see demo-event.ts). */
const LARGE_DELEGATION = 5;

/**
 * Who came when: everyone on day 1; on day 2 one in seven stays away; on day 3 one in three of the
 * small delegations does, so the knowledge test's region breakdown has large regions to show and
 * small ones to suppress. Deterministic, so every fresh start tells the same story.
 */
export function attendedDays(participants: DemoRegistration[]): Map<string, string[]> {
  const perRegion = new Map<string, number>();
  for (const participant of participants)
    perRegion.set(participant.regionCode, (perRegion.get(participant.regionCode) ?? 0) + 1);
  return new Map(
    participants.map((participant, index) => {
      const large = (perRegion.get(participant.regionCode) ?? 0) >= LARGE_DELEGATION;
      const days = DEMO_DAYS.filter(
        (day, dayIndex) => dayIndex === 0 || (dayIndex === 1 ? index % 7 !== 3 : large || index % 3 !== 1),
      );
      return [participant.id, days];
    }),
  );
}

/** Checks the participants in at the door on the days they came, by their confirmation codes. */
export async function checkInDemoParticipants(
  api: Api,
  eventId: string,
  participants: DemoRegistration[],
): Promise<number> {
  const days = attendedDays(participants);
  let checkIns = 0;
  for (const participant of participants) {
    for (const day of days.get(participant.id) ?? []) {
      const response = await api(
        'POST',
        '/api/v1/check-ins',
        { eventId, code: participant.confirmationCode, day },
        [201, 409],
      );
      if (response.status === 201) checkIns += 1;
    }
  }
  return checkIns;
}

/** Small, seedable PRNG (mulberry32): the same demo answers on every fresh start. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Text = { kk: string; ru: string; en: string };

function choice(id: string, label: Text, correct = false) {
  return { id, label, ...(correct ? { correct: true } : {}) };
}

/**
 * The knowledge test of day 1, repeated on day 3: what the programme teaches (demo-event.md), one
 * right answer each.
 */
const KNOWLEDGE_QUESTIONS = [
  {
    prompt: {
      kk: 'Шығармашылық индустриялар әлемдік ЖІӨ-нің қанша бөлігін құрайды?',
      ru: 'Какую долю мирового ВВП дают креативные индустрии?',
      en: 'What share of global GDP do the creative industries account for?',
    },
    options: [
      choice('a', { kk: '1%-дан аз', ru: 'Менее 1%', en: 'Less than 1%' }),
      choice('b', { kk: '3%-дан астам', ru: 'Более 3%', en: 'More than 3%' }, true),
      choice('c', { kk: 'Шамамен 15%', ru: 'Около 15%', en: 'About 15%' }),
    ],
  },
  {
    prompt: {
      kk: 'Шығармашылық индустриялар жұмыспен қамтылғандардың қанша бөлігін жұмыспен қамтиды?',
      ru: 'Какую долю занятого населения обеспечивают работой креативные индустрии?',
      en: 'What share of the working population do the creative industries employ?',
    },
    options: [
      choice('a', { kk: '6%-дан астам', ru: 'Более 6%', en: 'More than 6%' }, true),
      choice('b', { kk: 'Шамамен 0,5%', ru: 'Около 0,5%', en: 'About 0.5%' }),
      choice('c', { kk: 'Жартысынан астамы', ru: 'Более половины', en: 'More than half' }),
    ],
  },
  {
    prompt: {
      kk: 'БҰҰДБ Акселерациялық зертханасы шығармашылық индустрияларды қай қалаларда зерттеді?',
      ru: 'В каких городах Лаборатория ускорения ПРООН исследовала креативные индустрии?',
      en: 'In which cities did the UNDP Accelerator Lab research the creative industries?',
    },
    options: [
      choice(
        'a',
        { kk: 'Семей, Қызылорда, Алматы', ru: 'Семей, Кызылорда, Алматы', en: 'Semey, Kyzylorda, Almaty' },
        true,
      ),
      choice('b', { kk: 'Ақтау, Атырау, Орал', ru: 'Актау, Атырау, Уральск', en: 'Aktau, Atyrau, Oral' }),
      choice('c', { kk: 'Тек Астана', ru: 'Только Астана', en: 'Astana only' }),
    ],
  },
  {
    prompt: {
      kk: 'Шығармашылық индустриялар қандай жаһандық мақсаттармен байланысты?',
      ru: 'С какими глобальными целями связаны креативные индустрии?',
      en: 'Which global goals are the creative industries linked to?',
    },
    options: [
      choice(
        'a',
        {
          kk: 'Тұрақты даму мақсаттары',
          ru: 'Цели устойчивого развития',
          en: 'The Sustainable Development Goals',
        },
        true,
      ),
      choice('b', {
        kk: 'Мыңжылдық даму мақсаттары ғана',
        ru: 'Только Цели развития тысячелетия',
        en: 'The Millennium Development Goals only',
      }),
      choice('c', { kk: 'Ешқандай', ru: 'Ни с какими', en: 'None' }),
    ],
  },
  {
    prompt: {
      kk: 'Оқытудың үшінші күні әр өңір не дайындайды?',
      ru: 'Что готовит каждый регион на третий день обучения?',
      en: 'What does each region draft on the third day of the training?',
    },
    options: [
      choice('a', { kk: 'Заң жобасы', ru: 'Законопроект', en: 'A bill' }),
      choice(
        'b',
        { kk: '90 күндік іс-қимыл жоспары', ru: 'План действий на 90 дней', en: 'A 90-day action plan' },
        true,
      ),
      choice('c', { kk: 'Бюджеттік өтінім', ru: 'Бюджетную заявку', en: 'A budget request' }),
    ],
  },
];

interface SurveyView {
  id: string;
  purpose: string;
  status: string;
  questions: {
    id: string;
    kind: 'rating' | 'nps' | 'single-choice' | 'multiple-choice' | 'text';
    required: boolean;
    scaleMin: number | null;
    scaleMax: number | null;
    options: { id: string; correct?: boolean }[] | null;
    scored: boolean;
  }[];
}

export interface FeedbackSeedReport {
  checkIns: number;
  surveysCreated: number;
  responses: number;
  /** The post-test, whose knowledge gain the results show. */
  postTestId: string | null;
  evaluationId: string | null;
}

/**
 * The demo event's evaluation: a knowledge test on day 1 and again on day 3, and the post-training
 * evaluation from its template, answered by the participants who were there, each with their own
 * self-service token, as they would on their phones; then closed, so the results are final.
 * The windows are open from the event until the seed closes them: the demo event lies in the past,
 * so `npm start` lets surveys close up to ten years after an event (SURVEY_CLOSES_WITHIN_DAYS_AFTER_EVENT).
 * Skipped when the event already has surveys, or when no participant was registered by this run
 * (their tokens are shown only once, at registration).
 */
export async function seedDemoFeedback(
  api: Api,
  selfApi: (token: string) => Api,
  eventId: string,
  participants: DemoRegistration[],
): Promise<FeedbackSeedReport> {
  const checkIns = await checkInDemoParticipants(api, eventId, participants);
  const report: FeedbackSeedReport = {
    checkIns,
    surveysCreated: 0,
    responses: 0,
    postTestId: null,
    evaluationId: null,
  };
  const existing = await api<{ items: unknown[] }>('GET', `/api/v1/surveys?eventId=${eventId}`);
  if (existing.body.items.length > 0 || participants.length === 0) return report;

  const closesAtLocal = localDateTime(new Date(Date.now() + 30 * 86_400_000));
  const preTest = await untilCreated<SurveyView>(api, '/api/v1/surveys', {
    eventId,
    title: {
      kk: 'Білімді тексеру: бірінші күн',
      ru: 'Проверка знаний: первый день',
      en: 'Knowledge test: day 1',
    },
    purpose: 'pre-test',
    scope: 'day',
    day: DEMO_DAYS[0],
    opensAtLocal: `${DEMO_DAYS[0]}T09:00`,
    closesAtLocal,
    questions: KNOWLEDGE_QUESTIONS.map((question) => ({
      kind: 'single-choice',
      required: true,
      scored: true,
      prompt: question.prompt,
      options: question.options,
    })),
  });
  // A post-test repeats its pre-test's questions, which publishing freezes.
  await api('POST', `/api/v1/surveys/${preTest.id}/publish`, undefined, [200]);
  const postTest = (
    await api<SurveyView>(
      'POST',
      `/api/v1/surveys/${preTest.id}/post-test`,
      { opensAtLocal: `${DEMO_DAYS[2]}T09:00`, closesAtLocal },
      [201],
    )
  ).body;
  const evaluation = (
    await api<SurveyView>(
      'POST',
      '/api/v1/surveys/from-template',
      { template: 'post-training-evaluation', eventId, opensAtLocal: `${DEMO_DAYS[2]}T15:00`, closesAtLocal },
      [201],
    )
  ).body;
  report.surveysCreated = 3;
  report.postTestId = postTest.id;
  report.evaluationId = evaluation.id;
  for (const survey of [postTest, evaluation])
    await api('POST', `/api/v1/surveys/${survey.id}/publish`, undefined, [200]);

  const random = seededRandom(2024_02_05);
  const days = attendedDays(participants);
  for (const participant of participants) {
    const came = days.get(participant.id) ?? [];
    const self = selfApi(participant.managementToken);
    // Before the training about half the answers are right, after it about four in five.
    if (came.includes(DEMO_DAYS[0])) report.responses += await answer(self, preTest, random, 0.45);
    if (came.includes(DEMO_DAYS[2])) {
      report.responses += await answer(self, postTest, random, 0.8);
      // Most, not all, fill in the evaluation.
      if (random() < 0.9) report.responses += await answer(self, evaluation, random, 0);
    }
  }
  for (const survey of [preTest, postTest, evaluation])
    await api('POST', `/api/v1/surveys/${survey.id}/close`, undefined, [200]);
  return report;
}

/** One participant's answers: scored questions right with this probability, ratings leaning positive. */
async function answer(
  self: Api,
  survey: SurveyView,
  random: () => number,
  rightShare: number,
): Promise<number> {
  const answers = survey.questions.flatMap((question): Answer[] => {
    const options = question.options ?? [];
    switch (question.kind) {
      case 'single-choice': {
        const right = options.find((option) => option.correct);
        const wrong = options.filter((option) => !option.correct);
        const chosen =
          question.scored && right && random() < rightShare
            ? right
            : (question.scored ? wrong : options)[
                Math.floor(random() * (question.scored ? wrong : options).length)
              ];
        return chosen ? [{ questionId: question.id, choiceIds: [chosen.id] }] : [];
      }
      case 'multiple-choice':
        return [
          {
            questionId: question.id,
            choiceIds: options
              .filter(() => random() < 0.4)
              .map((option) => option.id)
              .slice(0, 3),
          },
        ].filter((a) => a.choiceIds.length > 0 || question.required);
      case 'rating': {
        const low = question.scaleMin ?? 1;
        const high = question.scaleMax ?? 5;
        return [
          {
            questionId: question.id,
            rating: Math.max(low, high - Math.floor(random() * random() * (high - low + 1))),
          },
        ];
      }
      case 'nps':
        return [{ questionId: question.id, rating: 10 - Math.floor(random() * random() * 7) }];
      case 'text':
        return question.required || random() < 0.3
          ? [{ questionId: question.id, text: DEMO_TEXTS[Math.floor(random() * DEMO_TEXTS.length)] }]
          : [];
    }
  });
  // The check-ins reach the feedback service over Kafka: a moment after them, a 403 is not yet final.
  for (let attempt = 0; attempt < 60; attempt += 1) {
    const response = await self(
      'PUT',
      `/api/v1/self/feedback/surveys/${survey.id}/response`,
      { answers },
      [200, 201, 403],
    );
    if (response.status !== 403) return 1;
    await sleep(500);
  }
  throw new Error('the feedback service never learnt of the demo check-ins (is Kafka flowing?)');
}

interface Answer {
  questionId: string;
  rating?: number;
  choiceIds?: string[];
  text?: string;
}

/** What some participants write in the evaluation's open questions. */
const DEMO_TEXTS = [
  'Өңірлік жол картасын әкімдікте талқылаймыз.',
  'Разработаем дорожную карту креативных индустрий для области.',
  'Больше практических кейсов из регионов.',
  'Семей тәжірибесі бізге пайдалы болды.',
  'Хотелось бы материалы на казахском языке заранее.',
];

/** The feedback service learns of the event from Kafka a moment after publishing: retry 404 briefly. */
async function untilCreated<T>(api: Api, path: string, body: object): Promise<T> {
  for (let attempt = 0; attempt < 60; attempt += 1) {
    const response = await api<T>('POST', path, body, [201, 404]);
    if (response.status === 201) return response.body;
    await sleep(500);
  }
  throw new Error('the feedback service never learnt of the demo event (is Kafka flowing?)');
}

/** A wall-clock time in Astana (UTC+5 today), as the survey routes take it: YYYY-MM-DDTHH:mm. */
function localDateTime(instant: Date): string {
  return new Date(instant.getTime() + 5 * 3_600_000).toISOString().slice(0, 16);
}
