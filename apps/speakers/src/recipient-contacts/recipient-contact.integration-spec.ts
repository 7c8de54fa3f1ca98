import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { INTERNAL_TOKEN_HEADER } from '@jiyn/auth';
import { useServiceTestBed } from '@jiyn/service-harness';
import { SpeakersAppModule } from '../app.module';
import { speakersDatabase } from '../database/database';
import { SpeakersEnvironment } from '../speakers.environment';

/**
 * The internal route the notifications service reads a speaker's address from at send time: the
 * internal token or nothing (the gateway never forwards it: it is not in the route table).
 */
const { service } = useServiceTestBed({
  service: 'speakers',
  environment: SpeakersEnvironment,
  module: SpeakersAppModule.register,
  database: (url) => speakersDatabase(url),
  probe: [],
});

/** Straight to the service's socket: the route is not in its OpenAPI document, on purpose. */
async function contact(id: string, token?: string) {
  const response = await fetch(`${await service.app.getUrl()}/internal/speakers/${id}/contact`, {
    headers: token ? { [INTERNAL_TOKEN_HEADER]: token } : {},
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('GET /internal/speakers/:id/contact', () => {
  it('should answer the speaker’s address and first language with the internal token, and nothing without it', async () => {
    const body = {
      fullName: { kk: 'Әсел Нұрланқызы', ru: 'Асель Нурлановна', en: 'Assel Nurlanovna' },
      position: { kk: 'Сарапшы', ru: 'Эксперт', en: 'Expert' },
      languages: ['en', 'kk'],
      email: `speaker-${randomUUID().slice(0, 8)}@culture.example.kz`,
      phone: '8 (701) 234-56-78',
    };
    const created = await service.request('POST', '/speakers', { body });
    expect(created.status).toBe(201);
    const id = created.body.id as string;

    const answer = await contact(id, service.internalToken);
    expect(answer).toEqual({
      status: 200,
      body: { speakerId: id, email: body.email, fullName: body.fullName, preferredLanguage: 'en' },
    });

    for (const token of [undefined, 'not-the-token']) {
      const refused = await contact(id, token);
      expect(refused.status).toBe(401);
      expect(JSON.stringify(refused.body)).not.toContain(body.email);
    }
  });

  it('should answer 404 for an unknown speaker and 400 for an id that is not one', async () => {
    expect((await contact(randomUUID(), service.internalToken)).status).toBe(404);
    expect((await contact('not-a-uuid', service.internalToken)).status).toBe(400);
  });
});
