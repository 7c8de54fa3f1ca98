import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { eventually } from '@jiyn/testing';
import { answer, api, platform } from './gateway-client';

/**
 * Organisers write surveys and knowledge tests through the gateway with the typed client: a draft
 * from a template, a pre-test with its window in the event's zone, publication, its post-test, and
 * the refusals (bad questions, edits after publication, another organisation).
 */
const text = (ru: string, kk: string, en: string) => ({ kk, ru, en });

async function publishedEvent(): Promise<string> {
  const created = answer(
    await api().POST('/api/v1/events', {
      body: {
        slug: `e2e-survey-${randomUUID().slice(0, 8)}`,
        title: text('Креативные индустрии', 'Шығармашылық индустриялар', 'Creative industries'),
        timeZone: 'Asia/Almaty',
        startsAt: '2030-02-05T09:00:00+05:00',
        endsAt: '2030-02-07T18:00:00+05:00',
        capacity: 30,
      },
    }),
  );
  expect(created.status).toBe(201);
  const published = answer(
    await api().POST('/api/v1/events/{id}/publish', { params: { path: { id: created.body.id } } }),
  );
  expect(published.status).toBe(200);
  return created.body.id;
}

const capital = {
  kind: 'single-choice' as const,
  required: true,
  scored: true,
  prompt: text('Столица Казахстана?', 'Қазақстанның астанасы?', 'The capital of Kazakhstan?'),
  options: [
    { id: 'astana', label: text('Астана', 'Астана', 'Astana'), correct: true },
    { id: 'almaty', label: text('Алматы', 'Алматы', 'Almaty'), correct: false },
  ],
};

describe('survey authoring through the gateway', () => {
  it('should take an organiser from a template and a pre-test to its post-test', async () => {
    const eventId = await publishedEvent();
    // Feedback learns the event from Kafka; until then the event is unknown there (404).
    const evaluation = await eventually(
      async () => {
        const result = answer(
          await api().POST('/api/v1/surveys/from-template', {
            body: { template: 'post-training-evaluation', eventId },
          }),
        );
        expect(result.status).toBe(201);
        return result.body;
      },
      { timeoutMs: 30_000, intervalMs: 250 },
    );
    expect(evaluation).toMatchObject({ status: 'draft', scope: 'event', timeZone: 'Asia/Almaty' });
    expect(evaluation.questions.map((question) => question.kind)).toEqual([
      'rating',
      'rating',
      'rating',
      'nps',
      'text',
      'text',
    ]);

    // Bad questions: a problem naming each field, in the caller's language.
    const refused = await api().POST('/api/v1/surveys', {
      body: {
        eventId,
        title: text('Входной тест', 'Кіріс тесті', 'Pre-test'),
        purpose: 'pre-test',
        scope: 'day',
        day: '2030-02-05',
        questions: [{ ...capital, options: capital.options.map((option) => ({ ...option, correct: true })) }],
      },
      headers: { 'accept-language': 'ru' },
    });
    expect(refused.response.status).toBe(400);
    expect(refused.response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect((refused.error as { errors?: unknown[] }).errors).toEqual([
      expect.objectContaining({
        field: 'questions[0].options',
        code: 'oneCorrectOption',
        message: expect.stringContaining('ровно один'),
      }),
    ]);

    const preTest = answer(
      await api().POST('/api/v1/surveys', {
        body: {
          eventId,
          title: text('Входной тест', 'Кіріс тесті', 'Pre-test'),
          purpose: 'pre-test',
          scope: 'day',
          day: '2030-02-05',
          opensAtLocal: '2030-02-05T09:00',
          closesAtLocal: '2030-02-05T10:00',
          questions: [capital],
        },
      }),
    );
    expect(preTest.status).toBe(201);
    // 09:00 in Astana is 04:00 UTC.
    expect(preTest.body).toMatchObject({
      opensAt: '2030-02-05T04:00:00.000Z',
      opensAtLocal: '2030-02-05T09:00',
    });
    const id = preTest.body.id;
    const published = answer(await api().POST('/api/v1/surveys/{id}/publish', { params: { path: { id } } }));
    expect([published.status, published.body.status]).toEqual([200, 'published']);
    const edit = answer(
      await api().PATCH('/api/v1/surveys/{id}', { params: { path: { id } }, body: { anonymous: false } }),
    );
    expect(edit.status).toBe(409);

    const postTest = answer(
      await api().POST('/api/v1/surveys/{id}/post-test', { params: { path: { id } }, body: {} }),
    );
    expect(postTest.status).toBe(201);
    expect(postTest.body).toMatchObject({ purpose: 'post-test', preTestId: id, day: '2030-02-07' });
    expect(postTest.body.questions.map((question) => question.id)).toEqual(
      preTest.body.questions.map((question) => question.id),
    );

    const listed = answer(await api().GET('/api/v1/surveys', { params: { query: { eventId } } }));
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((survey) => survey.id)).toEqual([evaluation.id, id, postTest.body.id]);

    // Another organisation sees none of it.
    const undp = platform().organisations.find((organisation) => organisation.slug === 'undp-kz');
    expect(undp).toBeDefined();
    const other = api(undp?.ownerKey);
    expect(answer(await other.GET('/api/v1/surveys/{id}', { params: { path: { id } } })).status).toBe(404);
    expect(answer(await other.POST('/api/v1/surveys/{id}/close', { params: { path: { id } } })).status).toBe(
      404,
    );

    const closed = answer(await api().POST('/api/v1/surveys/{id}/close', { params: { path: { id } } }));
    expect([closed.status, closed.body.status]).toEqual([200, 'closed']);
  }, 120_000);
});
