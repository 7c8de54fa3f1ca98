export { eventually } from './eventually';
export { KafkaProbe, type ProbedMessage } from './kafka-probe';
export { CloudEventProducer } from './cloud-event-producer';
export {
  createTestDatabase,
  testInfrastructure,
  uniqueName,
  type TestInfrastructure,
} from './test-infrastructure';
export {
  TEST_ADMIN,
  startServiceUnderTest,
  type ServiceHarnessOptions,
  type ServiceUnderTest,
} from './service-harness';
