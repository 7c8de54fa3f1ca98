export { eventually } from './eventually';
export { KafkaProbe, type ProbedMessage } from './kafka-probe';
export { CloudEventProducer } from './cloud-event-producer';
export {
  createTestDatabase,
  testInfrastructure,
  uniqueName,
  type TestInfrastructure,
} from './test-infrastructure';
export { anEventPublished } from './builders';
export { schemaValidator } from './schema-validator';
export { fieldErrors } from './problems';
export { windows1251 } from './windows-1251';
export { readMailbox, testMailServer, type ReceivedMail } from './mailbox';
