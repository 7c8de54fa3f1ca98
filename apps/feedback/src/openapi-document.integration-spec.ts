import { writeFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { buildOpenApiDocument } from '@jiyn/bootstrap';
import { TOPICS } from '@jiyn/contracts';
import { documentGaps, useServiceTestBed } from '@jiyn/service-harness';
import { FeedbackAppModule } from './app.module';
import { feedbackDatabase } from './database/database';
import { FeedbackEnvironment } from './feedback.environment';

const { service } = useServiceTestBed({
  service: 'feedback',
  environment: FeedbackEnvironment,
  module: FeedbackAppModule.register,
  database: (url) => feedbackDatabase(url),
  probe: [TOPICS.feedback],
});

describe('the feedback service’s OpenAPI document', () => {
  it('should name, summarise and type every operation, leaving no shapeless object', () => {
    const document = buildOpenApiDocument(service.app, 'feedback');
    // For reading the document while documenting it: JIYN_DUMP_OPENAPI=/tmp/feedback.json
    const dump = process.env['JIYN_DUMP_OPENAPI'];
    if (dump) writeFileSync(dump, JSON.stringify(document, null, 2));
    expect(Object.keys(document.paths).length).toBeGreaterThan(1);
    expect(documentGaps(document)).toEqual([]);
  });
});
