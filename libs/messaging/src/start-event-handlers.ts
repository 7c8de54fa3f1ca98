import type { INestApplication } from '@nestjs/common';
import type { NestMicroservice } from '@nestjs/microservices';
import { ReturnErrorsToTransport } from './event-handler-options';
import { KafkaInboxTransport } from './kafka-inbox.transport';

/**
 * Makes a service's HTTP app hybrid: connects the KafkaInboxTransport, so the `@EventPattern`
 * handlers of its controllers start consuming. Call after `app.init()` (the outbox relay and the
 * topics are set up by then) and before `listen`.
 */
export async function startEventHandlers(app: INestApplication): Promise<KafkaInboxTransport> {
  const transport = app.get(KafkaInboxTransport);
  // Deferred, so the error filter is in place before Nest wraps the handlers.
  const microservice = app.connectMicroservice(
    { strategy: transport },
    { deferInitialization: true },
  ) as NestMicroservice;
  microservice.useGlobalFilters(new ReturnErrorsToTransport());
  // The application's lifecycle hooks ran in app.init(): the deferred microservice must not run them again.
  microservice.setIsInitHookCalled(true);
  await app.startAllMicroservices();
  return transport;
}
