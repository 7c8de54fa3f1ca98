/**
 * The public OpenAPI document as the code describes it, built without PostgreSQL or Kafka: each app's
 * module is created in Nest's preview mode (its classes are read, no provider is instantiated, nothing
 * connects) with a valid but unused environment, and described by the same `buildOpenApiDocument` the
 * running apps use, then merged by the gateway's own `publicDocument`. Conflicts throw here.
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { OpenAPIObject } from '@nestjs/swagger';
import { buildOpenApiDocument, createServiceRuntime, type ServiceRuntime } from '@jiyn/bootstrap';
import { loadConfig } from '@jiyn/config';
import { FeedbackAppModule } from '../../apps/feedback/src/app.module';
import { FeedbackEnvironment } from '../../apps/feedback/src/feedback.environment';
import { NotificationsAppModule } from '../../apps/notifications/src/app.module';
import { NotificationsEnvironment } from '../../apps/notifications/src/notifications.environment';
import { GatewayAppModule } from '../../apps/gateway/src/app.module';
import { GatewayEnvironment } from '../../apps/gateway/src/gateway.environment';
import { documentParts } from '../../apps/gateway/src/openapi/openapi-aggregator';
import { publicDocument } from '../../apps/gateway/src/openapi/public-document';
import { RegistrationsAppModule } from '../../apps/registrations/src/app.module';
import { RegistrationsEnvironment } from '../../apps/registrations/src/registrations.environment';
import { SessionsAppModule } from '../../apps/sessions/src/app.module';
import { SessionsEnvironment } from '../../apps/sessions/src/sessions.environment';
import { SpeakersAppModule } from '../../apps/speakers/src/app.module';
import { SpeakersEnvironment } from '../../apps/speakers/src/speakers.environment';
import { generateSecrets } from '../dev/platform/secrets';

const NOWHERE = 'http://127.0.0.1:9';

/** What `tools/dev/platform/apps.ts` gives each app, pointing nowhere: nothing is connected to. */
function dummyEnvironment(): NodeJS.ProcessEnv {
  const secrets = generateSecrets();
  return {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '9',
    LOG_LEVEL: 'silent',
    INTERNAL_TOKEN: secrets.internalToken,
    DATABASE_URL: 'postgres://nobody:nothing@127.0.0.1:9/none',
    KAFKA_BROKERS: '127.0.0.1:9',
    PUBLIC_BASE_URL: NOWHERE,
    PARTICIPANT_KEY_SECRET: secrets.participantKeySecret,
    OFFER_LINK_SECRET: secrets.offerLinkSecret,
    CHECK_IN_SIGNING_KEY: secrets.checkInSigningKey,
    ADMIN_API_KEY: secrets.adminApiKey,
    ACCESS_ENCRYPTION_KEY: secrets.accessEncryptionKey,
    WEBHOOK_SECRET_ENCRYPTION_KEY: secrets.webhookEncryptionKey,
    SESSIONS_URL: NOWHERE,
    REGISTRATIONS_URL: NOWHERE,
    SPEAKERS_URL: NOWHERE,
    FEEDBACK_URL: NOWHERE,
    NOTIFICATIONS_URL: NOWHERE,
    SMTP_URL: 'smtp://127.0.0.1:9',
    GATEWAY_URL: NOWHERE,
  };
}

interface AppToDescribe<E extends object> {
  name: string;
  environment: new () => E;
  module: (env: E, runtime: ServiceRuntime) => unknown;
}

async function describeApp<E extends object>(app: AppToDescribe<E>, source: NodeJS.ProcessEnv) {
  const env = loadConfig(app.environment, source);
  const runtime = createServiceRuntime({ service: app.name, logLevel: 'silent' });
  const nest = await NestFactory.create<NestFastifyApplication>(
    app.module(env, runtime) as never,
    new FastifyAdapter(),
    { preview: true, logger: false, abortOnError: false },
  );
  try {
    return buildOpenApiDocument(nest, `Jiyn ${app.name}`);
  } finally {
    await nest.close();
  }
}

/** Each service's own document and the gateway's, as the running apps serve them to the gateway. */
export async function describeApps(): Promise<{
  services: Record<'sessions' | 'registrations' | 'speakers' | 'feedback' | 'notifications', OpenAPIObject>;
  gateway: OpenAPIObject;
}> {
  const env = dummyEnvironment();
  return {
    services: {
      sessions: await describeApp(
        { name: 'sessions', environment: SessionsEnvironment, module: SessionsAppModule.register },
        env,
      ),
      registrations: await describeApp(
        {
          name: 'registrations',
          environment: RegistrationsEnvironment,
          module: RegistrationsAppModule.register,
        },
        env,
      ),
      speakers: await describeApp(
        { name: 'speakers', environment: SpeakersEnvironment, module: SpeakersAppModule.register },
        env,
      ),
      feedback: await describeApp(
        { name: 'feedback', environment: FeedbackEnvironment, module: FeedbackAppModule.register },
        env,
      ),
      notifications: await describeApp(
        {
          name: 'notifications',
          environment: NotificationsEnvironment,
          module: NotificationsAppModule.register,
        },
        env,
      ),
    },
    gateway: await describeApp(
      { name: 'gateway', environment: GatewayEnvironment, module: GatewayAppModule.register },
      env,
    ),
  };
}

/**
 * The public document the gateway serves. A naming conflict between the parts throws, unless
 * `renameConflicts` renames and reports them (the export and the contract test: each conflict reported).
 */
export async function buildPublicDocument(
  options: { renameConflicts?: boolean; warn?: (message: string) => void } = {},
): Promise<OpenAPIObject> {
  const { services, gateway } = await describeApps();
  return publicDocument(documentParts(services, gateway), {
    onConflict: options.renameConflicts ? 'rename' : 'throw',
    warn: options.warn,
  });
}
