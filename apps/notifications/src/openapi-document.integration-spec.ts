import { writeFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { buildOpenApiDocument } from '@jiyn/bootstrap';
import { documentGaps, useServiceTestBed } from '@jiyn/service-harness';
import { NotificationsAppModule } from './app.module';
import { notificationsDatabase } from './database/database';
import { NotificationsEnvironment } from './notifications.environment';

const NOWHERE = 'http://127.0.0.1:9';

const { service } = useServiceTestBed({
  service: 'notifications',
  environment: NotificationsEnvironment,
  module: NotificationsAppModule.register,
  database: (url) => notificationsDatabase(url),
  env: {
    REGISTRATIONS_URL: NOWHERE,
    SPEAKERS_URL: NOWHERE,
    GATEWAY_URL: NOWHERE,
    SMTP_URL: process.env['JIYN_TEST_SMTP_URL'] ?? 'smtp://127.0.0.1:9',
  },
  probe: [],
});

describe('the notifications service’s OpenAPI document', () => {
  it('should name, summarise and type every operation, leaving no shapeless object', () => {
    const document = buildOpenApiDocument(service.app, 'notifications');
    // For reading the document while documenting it: JIYN_DUMP_OPENAPI=/tmp/notifications.json
    const dump = process.env['JIYN_DUMP_OPENAPI'];
    if (dump) writeFileSync(dump, JSON.stringify(document, null, 2));
    expect(documentGaps(document)).toEqual([]);
  });

  it('should answer its probes: ready once its database and Kafka are', async () => {
    const ready = await service.request('GET', '/health/ready', { principal: null });
    expect(ready).toMatchObject({ status: 200, body: { status: 'ok' } });
  });
});
