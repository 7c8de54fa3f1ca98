export { uuidv7 } from './uuid-v7';
export {
  CE_SPEC_VERSION,
  NotACloudEventError,
  fromKafkaMessage,
  headerText,
  toKafkaHeaders,
  type CloudEventAttributes,
  type ReceivedEvent,
} from './cloud-event';
export {
  addOutboxParkingSql,
  createMessagingTablesSql,
  dropMessagingTablesSql,
  dropOutboxParkingSql,
  outboxChannel,
} from './messaging-tables';
export { OutboxWriter, type OutboxRow, type OutgoingEvent } from './outbox-writer';
export { OutboxRelay, type OutboxRelayOptions } from './outbox-relay';
export { PermanentEventError, type EventConsumer, type Subscription } from './event-consumer';
export { ConsumerRunner, type ConsumerRunnerOptions } from './consumer-runner';
export { createKafka, ensureTopics, type TopicLayout } from './kafka-connection';
export { KAFKA, MessagingModule, type MessagingOptions } from './messaging.module';
