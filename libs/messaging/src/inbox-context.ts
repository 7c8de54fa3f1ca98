import { BaseRpcContext } from '@nestjs/microservices';
import type { EntityManager } from 'typeorm';
import type { CloudEventAttributes, ReceivedEvent } from './cloud-event';

/**
 * What an `@EventPattern` handler gets with `@Ctx()`: the CloudEvent's attributes and where it was
 * read, and the `manager` of the transaction that also holds the event's inbox row. Everything the
 * handler writes through `manager` (outbox rows included) commits with that row, or not at all.
 */
export class InboxContext extends BaseRpcContext<[ReceivedEvent, EntityManager]> {
  constructor(event: ReceivedEvent, manager: EntityManager) {
    super([event, manager]);
  }

  /** The CloudEvent: id, type, source, subject, time, correlation id, and topic/partition/offset. */
  get event(): Omit<ReceivedEvent, 'data'> & CloudEventAttributes {
    return this.args[0];
  }

  /** The handler's transaction. */
  get manager(): EntityManager {
    return this.args[1];
  }
}
