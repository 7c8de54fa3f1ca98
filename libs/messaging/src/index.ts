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
  addInboxPurgeIndexSql,
  addOutboxParkingSql,
  dropInboxPurgeIndexSql,
  createMessagingTablesSql,
  dropMessagingTablesSql,
  dropOutboxParkingSql,
  outboxChannel,
} from './messaging-tables';
export { OutboxWriter, type OutboxRow, type OutgoingEvent } from './outbox-writer';
export { OutboxRelay, type OutboxRelayOptions } from './outbox-relay';
export { PermanentEventError } from './event-consumer';
export { KafkaInboxTransport, type KafkaInboxTransportOptions } from './kafka-inbox.transport';
export { InboxContext } from './inbox-context';
export { ReturnErrorsToTransport, type EventHandlerOptions } from './event-handler-options';
export { InboxPurge, type InboxPurgeOptions } from './inbox-purge';
export { startEventHandlers } from './start-event-handlers';
export { createKafka, ensureTopics, type TopicLayout } from './kafka-connection';
export { KAFKA, MessagingModule, type MessagingOptions } from './messaging.module';
