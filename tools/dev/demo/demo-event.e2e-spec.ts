import { describe, expect, it } from '@jest/globals';
import type { Schema } from '@jiyn/api-client';
import { apiClient, seedDemo } from './seed-demo';
import { seedDemoFeedback } from './seed-feedback';

/**
 * What `npm start` loads, run against the e2e tier's platform: the demo event through the gateway
 * with the Ministry's key, its participants checked in and answering the day-1 and day-3 knowledge
 * tests and the evaluation with their own tokens; then the results an organiser reads.
 */
function platform(): { baseUrl: string; key: string } {
  const baseUrl = process.env['JIYN_E2E_GATEWAY_URL'];
  const key = process.env['JIYN_E2E_KEY'];
  if (!baseUrl || !key)
    throw new Error('JIYN_E2E_GATEWAY_URL and JIYN_E2E_KEY are not set: run with `npm test`');
  return { baseUrl, key };
}

describe('the demo event, as npm start loads it', () => {
  it('should show the knowledge gain per region with the small regions suppressed, and the evaluation', async () => {
    const { baseUrl, key } = platform();
    const api = apiClient(baseUrl, key);
    const demo = await seedDemo(baseUrl, key);
    expect(demo.eventCreated).toBe(true);
    expect(demo.participants.length).toBeGreaterThanOrEqual(40);
    // Each participant answers from their own device: their own client address (the gateway trusts the
    // loopback proxy in the e2e tier), so they do not share one self-service budget.
    const addresses = new Map<string, string>();
    const participantApi = (token: string) => {
      if (!addresses.has(token))
        addresses.set(token, `10.20.${Math.floor(addresses.size / 250)}.${(addresses.size % 250) + 1}`);
      return apiClient(baseUrl, token, { 'x-forwarded-for': addresses.get(token) ?? '10.20.0.1' });
    };
    const feedback = await seedDemoFeedback(api, participantApi, demo.eventId, demo.participants);
    expect(feedback.surveysCreated).toBe(3);
    expect(feedback.checkIns).toBeGreaterThan(demo.participants.length);
    expect(feedback.responses).toBeGreaterThan(demo.participants.length);

    const gain = await api<Schema<'KnowledgeGain'>>(
      'GET',
      `/api/v1/surveys/${feedback.postTestId}/knowledge-gain`,
      undefined,
      [200],
    );
    const { overall, regions, minCellSize } = gain.body;
    expect(minCellSize).toBe(5);
    // The demo's participants learn: the gain and its whole interval lie above zero.
    expect(overall.paired).toBeGreaterThanOrEqual(30);
    expect(overall.gain.mean).toBeGreaterThan(0);
    expect(overall.gain.ci95?.low).toBeGreaterThan(0);
    expect(overall.postMean).toBeGreaterThan(overall.preMean ?? 100);
    // Every region that came is listed; those shown hold at least k pairs, the rest hide everything,
    // and never one alone (it would be the overall minus the shown ones).
    const shown = regions.filter((region) => !region.suppressed);
    const hidden = regions.filter((region) => region.suppressed);
    expect(shown.length).toBeGreaterThanOrEqual(2);
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    for (const region of shown) expect(region.result?.paired).toBeGreaterThanOrEqual(minCellSize);
    for (const region of hidden) expect(region.result).toBeUndefined();
    expect(shown.map((region) => region.region)).toEqual(expect.arrayContaining(['KZ-71', 'KZ-75']));
    const shownPairs = shown.reduce((sum, region) => sum + (region.result?.paired ?? 0), 0);
    expect(overall.paired - shownPairs === 0 || overall.paired - shownPairs >= minCellSize).toBe(true);

    const evaluation = await api<Schema<'SurveyResults'>>(
      'GET',
      `/api/v1/surveys/${feedback.evaluationId}/results`,
      undefined,
      [200],
    );
    expect(evaluation.body.anonymous).toBe(true);
    expect(evaluation.body.respondents).toBeGreaterThanOrEqual(minCellSize);
    expect(evaluation.body.questions.length).toBeGreaterThan(3);

    // A second start adds nothing.
    const again = await seedDemo(baseUrl, key);
    expect(again).toMatchObject({ eventId: demo.eventId, eventCreated: false, registrationsCreated: 0 });
  }, 300_000);
});
