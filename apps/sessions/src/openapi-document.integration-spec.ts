import { writeFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { buildOpenApiDocument } from '@jiyn/bootstrap';
import { TOPICS } from '@jiyn/contracts';
import { documentGaps, useServiceTestBed } from '@jiyn/service-harness';
import { SessionsAppModule } from './app.module';
import { sessionsDatabase } from './database/database';
import { SessionsEnvironment } from './sessions.environment';

const { service } = useServiceTestBed({
  service: 'sessions',
  environment: SessionsEnvironment,
  module: SessionsAppModule.register,
  database: (url) => sessionsDatabase(url),
  probe: [TOPICS.events],
});

describe('the sessions service’s OpenAPI document', () => {
  it('should name, summarise and type every operation, leaving no shapeless object', () => {
    const document = buildOpenApiDocument(service.app, 'sessions');
    // For reading the document while documenting it: JIYN_DUMP_OPENAPI=/tmp/sessions.json
    const dump = process.env['JIYN_DUMP_OPENAPI'];
    if (dump) writeFileSync(dump, JSON.stringify(document, null, 2));
    expect(Object.keys(document.paths).length).toBeGreaterThan(20);
    expect(documentGaps(document)).toEqual([]);
  });

  it('should document the exports in their own media types, with 304 revalidation', () => {
    const paths = buildOpenApiDocument(service.app, 'sessions').paths;
    const media = (path: string, status: string) =>
      Object.keys((paths[path]?.get?.responses[status] as { content?: object }).content ?? {});
    expect(media('/public/events/{slug}/schedule.ics', '200')).toEqual(['text/calendar']);
    expect(media('/public/events/{slug}/schedule.xml', '200')).toEqual(['application/xml']);
    expect(media('/public/events/{slug}/schedule.json', '200')).toEqual(['application/json']);
    expect(paths['/public/events/{slug}/schedule']?.get?.responses['304']).toBeDefined();
  });
});
