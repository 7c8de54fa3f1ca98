import { afterAll, beforeAll } from '@jest/globals';
import { CloudEventProducer, KafkaProbe, testInfrastructure } from '@jiyn/testing';
import { startServiceUnderTest, type ServiceHarnessOptions, type ServiceUnderTest } from './service-harness';

/** A service under test with what a test needs around it on Kafka. */
export interface ServiceTestBed {
  /** The service, usable in tests once the file's `beforeAll` has started it. */
  service: ServiceUnderTest;
  /** Sends CloudEvents as other services would; connects on its first send. */
  producer: CloudEventProducer;
  /** Records every message on the topics named in `probe`, from the start of the file on. */
  probe: KafkaProbe;
}

/**
 * For one test file: registers a `beforeAll` that starts the service (see `startServiceUnderTest`) and a probe
 * on the given topics, and an `afterAll` that stops the probe, the producer and the service again.
 * Call it at the top level of the file.
 */
export function useServiceTestBed<E extends object>(
  options: ServiceHarnessOptions<E> & { probe: string[] },
): ServiceTestBed {
  const { brokers } = testInfrastructure();
  const producer = new CloudEventProducer(brokers);
  const probe = new KafkaProbe(brokers, options.probe);
  let started: ServiceUnderTest | undefined;
  const running = (): ServiceUnderTest => {
    if (!started) throw new Error(`the ${options.service} service is not running: use it inside the tests`);
    return started;
  };
  const service: ServiceUnderTest = {
    get app() {
      return running().app;
    },
    get databaseUrl() {
      return running().databaseUrl;
    },
    get internalToken() {
      return running().internalToken;
    },
    request: (method, path, requestOptions) => running().request(method, path, requestOptions),
    query: (sql, params) => running().query(sql, params),
    count: (sql, params) => running().count(sql, params),
    stop: () => running().stop(),
  };

  beforeAll(async () => {
    started = await startServiceUnderTest(options);
    await probe.start();
  }, 90_000);

  afterAll(async () => {
    await probe.stop();
    await producer.stop();
    await started?.stop();
  }, 30_000);

  return { service, producer, probe };
}
