/**
 * `npm start`: the whole platform on this machine, no Docker. PostgreSQL and Kafka (embedded, or
 * DATABASE_URL / KAFKA_BROKERS), a local SMTP server (or SMTP_URL), migrations, topics, the six apps, the demo event. Ctrl-C stops it all.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isInfraError } from './infra';
import { apiClient, seedDemo } from './demo/seed-demo';
import { seedDemoFeedback } from './demo/seed-feedback';
import { seedOrganisations } from './demo/seed-organisations';
import { ensureFirstOwner, seedDemoPeople } from './demo/seed-people';
import {
  assertPortsFree,
  localSecrets,
  platformPorts,
  runMigrations,
  startApps,
  startInfrastructure,
  type Infrastructure,
  type PlatformPorts,
  type RunningApps,
} from './platform';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LOCAL = join(ROOT, '.local');
const began = Date.now();
const log = (line: string) => console.log(line);
const seconds = () => `${((Date.now() - began) / 1000).toFixed(1)} s`;

let infrastructure: Infrastructure | undefined;
let apps: RunningApps | undefined;
let stopping = false;

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    log('\nStopping Jiyn…');
    const deadline = setTimeout(() => {
      console.error('Stopping took longer than 10 s; forcing exit.');
      process.exit(code || 1);
    }, 9_500);
    await apps?.stop();
    await infrastructure?.stop();
    clearTimeout(deadline);
    log('Stopped. Nothing is left running.');
  }
  process.exit(code);
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

async function main(): Promise<void> {
  const ports = platformPorts('start');
  const databaseUrl = process.env['DATABASE_URL'];
  const kafkaBrokers = process.env['KAFKA_BROKERS']?.split(',').map((broker) => broker.trim());
  const smtpUrl = process.env['SMTP_URL'];
  await assertPortsFree('start', ports, { postgres: !databaseUrl, kafka: !kafkaBrokers, smtp: !smtpUrl });
  const secrets = localSecrets(join(LOCAL, 'secrets.json'));
  log('Starting Jiyn…');
  infrastructure = await startInfrastructure({
    ports,
    dataDir: join(LOCAL, 'data'),
    persistent: true,
    databaseUrl,
    kafkaBrokers,
    smtpUrl,
    log: (line) => log(`  ${line}`),
  });
  log(`PostgreSQL, Kafka and SMTP ready (${seconds()})`);
  await runMigrations(infrastructure.databaseUrl, log);
  apps = await startApps({
    ports,
    databaseUrl: infrastructure.databaseUrl,
    brokers: infrastructure.brokers,
    smtpUrl: infrastructure.smtp.url,
    secrets,
    logDir: join(LOCAL, 'logs'),
    log,
  });
  log(`All six apps ready (${seconds()})`);
  const access = await seedOrganisations(
    apps.gatewayUrl,
    secrets.adminApiKey,
    join(LOCAL, 'api-keys.json'),
    true,
  );
  const owner = await ensureFirstOwner(apps.gatewayUrl, secrets.adminApiKey, {
    organisationId: access.firstOrganisationId,
    email: 'owner@mci.demo.jiyn.kz',
    displayName: 'Ministry owner',
    password: secrets.ownerPassword,
  });
  // The Ministry runs the demo event: its owner key loads it, as an organiser's system would.
  const demo = await seedDemo(apps.gatewayUrl, access.ownerKey);
  const people = await seedDemoPeople(
    apps.gatewayUrl,
    secrets.adminApiKey,
    {
      ministry: access.firstOrganisationId,
      undp: access.organisationIds['undp-kz'] ?? access.firstOrganisationId,
      akimat: access.organisationIds['akimat-astana'] ?? access.firstOrganisationId,
    },
    secrets.ownerPassword,
    demo.eventId,
  );
  if (people.created) log(`Demo people added: ${people.created}`);
  // Check-ins, the knowledge tests and the evaluation, answered by the participants registered above.
  const gatewayUrl = apps.gatewayUrl;
  const feedback = await seedDemoFeedback(
    apiClient(gatewayUrl, access.ownerKey),
    (token) => apiClient(gatewayUrl, token),
    demo.eventId,
    demo.participants,
  );
  if (feedback.surveysCreated)
    log(
      `Demo feedback: ${feedback.checkIns} check-ins, ${feedback.surveysCreated} surveys, ${feedback.responses} responses; ` +
        `knowledge gain per region: ${apps.gatewayUrl}/api/v1/surveys/${feedback.postTestId}/knowledge-gain`,
    );
  log(
    demo.eventCreated
      ? `Demo event loaded: ${demo.speakersCreated} speakers, ${demo.registrationsCreated} registrations, programme v${demo.programmeVersion}`
      : `Demo event already present (${demo.speakersCreated} speakers and ${demo.registrationsCreated} registrations added)`,
  );
  log(`
Jiyn is running (started in ${seconds()}).
  Gateway:   ${apps.gatewayUrl}/api/v1
  API docs:  ${apps.gatewayUrl}/docs
  Programme: ${apps.gatewayUrl}/api/v1/public/events/creative-industries-astana-2024/agenda?lang=ru
  Sign in:   POST ${apps.gatewayUrl}/api/v1/auth/sign-in {"email":"${owner.email}","password":"${secrets.ownerPassword}"}
             (the Ministry's owner; demo people in every role share this password: see tools/dev/demo/demo-people.ts)
  Owner key: ${access.ownerKey}   (owner of the Ministry of Culture and Information, id ${access.firstOrganisationId})
  Demo keys: ${Object.entries(access.demoKeys)
    .map(([name, key]) => `${name}: ${key}`)
    .join('\n             ')}
             (all kept in .local/api-keys.json; manage them at /api/v1/api-keys with the owner key)
  Break-glass: ${secrets.adminApiKey}   (ADMIN_API_KEY: creates organisations and their first owner keys; .local/secrets.json)
  Logs:      ${apps.logDir}
  E-mail:    ${infrastructure.smtp.mailDir ? `${infrastructure.smtp.mailDir} (every message the platform sends, as .eml, received by the local SMTP server)` : `sent through SMTP_URL`}
  Ports:     ${portSummary(ports, databaseUrl, kafkaBrokers)}
  Try:       curl -H "Authorization: Bearer ${access.ownerKey}" "${apps.gatewayUrl}/api/v1/api-keys"
             curl -H "Authorization: Bearer ${access.ownerKey}" "${apps.gatewayUrl}/api/v1/events?slug=creative-industries-astana-2024"
Press Ctrl-C to stop.`);
}

function portSummary(ports: PlatformPorts, databaseUrl?: string, kafkaBrokers?: string[]): string {
  const listed = [
    `gateway ${ports.gateway}, services ${ports.sessions}–${ports.feedback} and ${ports.notifications}`,
    databaseUrl ? 'PostgreSQL from DATABASE_URL' : `PostgreSQL ${ports.postgres}`,
    kafkaBrokers ? 'Kafka from KAFKA_BROKERS' : `Kafka ${ports.kafka}`,
    process.env['SMTP_URL'] ? 'SMTP from SMTP_URL' : `SMTP ${ports.smtp}`,
  ].join(', ');
  return `${listed} (JIYN_PORT_OFFSET=${process.env['JIYN_PORT_OFFSET']?.trim() || '0'})`;
}

main().catch(async (error: unknown) => {
  console.error(
    `\nJiyn could not start: ${isInfraError(error) ? error.message : ((error as Error).stack ?? String(error))}`,
  );
  await shutdown(1);
});
