import { Server, type CustomTransportStrategy, type MessageHandler } from '@nestjs/microservices';
import { isObservable, lastValueFrom } from 'rxjs';
import { EVENT_CONTRACTS, type EventType } from '@jiyn/contracts';
import { ConsumerRunner, type ConsumerRunnerOptions } from './consumer-runner';
import type { EventConsumer } from './event-consumer';
import { eventHandlerOptions } from './event-handler-options';
import { InboxContext } from './inbox-context';
import { InboxPurge } from './inbox-purge';

export interface KafkaInboxTransportOptions extends ConsumerRunnerOptions {
  /** How long applied event ids are remembered (default 720 h): longer than any redelivery. */
  inboxRetentionHours?: number;
}

interface HandlerGroup {
  groupId: string;
  topics: Set<string>;
  handlers: Map<string, MessageHandler>;
  maxAttempts?: number;
  partitionsConcurrently?: number;
}

/**
 * Jiyn's Kafka transport for `@EventPattern` handlers (a NestJS custom transport strategy).
 *
 * Nest's own Kafka transport is not used: it commits offsets whatever the handler did and has no
 * inbox. Here each record is checked against its contract before the handler sees it, the handler
 * runs in a transaction that also writes the event's inbox row (a redelivered event is skipped),
 * failures are retried with backoff while heartbeating, a lost database is waited out, and a record
 * that cannot be applied goes to `<topic>.dlq` with `dlq_*` headers — never past an offset it has
 * not handled (see ConsumerRunner).
 *
 * Handlers are grouped by their `group` option: one Kafka consumer group per group, reading the
 * topics of its event types, each type dispatched to its one handler.
 */
export class KafkaInboxTransport extends Server implements CustomTransportStrategy {
  private readonly groups = new Map<string, HandlerGroup>();
  private readonly runner: ConsumerRunner;
  private readonly purge: InboxPurge;

  constructor(private readonly options: KafkaInboxTransportOptions) {
    super();
    this.runner = new ConsumerRunner(options);
    this.purge = new InboxPurge({
      dataSource: options.dataSource,
      schema: options.schema,
      logger: options.logger,
      retentionHours: options.inboxRetentionHours,
    });
  }

  /** Called by Nest for each `@EventPattern` type it discovers on a controller. */
  override addHandler(
    pattern: unknown,
    callback: MessageHandler,
    isEventHandler = false,
    extras: Record<string, unknown> = {},
  ): void {
    const type = this.normalizePattern(pattern as string);
    if (!isEventHandler) {
      throw new Error(`@MessagePattern('${type}'): Kafka events get no reply here; use @EventPattern`);
    }
    const contract = EVENT_CONTRACTS[type as EventType] as (typeof EVENT_CONTRACTS)[EventType] | undefined;
    if (!contract) throw new Error(`@EventPattern('${type}'): not an event type of @jiyn/contracts`);
    const options = eventHandlerOptions(type, extras);
    const group = this.groups.get(options.group) ?? {
      groupId: options.group,
      topics: new Set<string>(),
      handlers: new Map<string, MessageHandler>(),
    };
    if (group.handlers.has(type)) {
      // One group applies an event once: two handlers would have to share one inbox row.
      throw new Error(`two @EventPattern('${type}') handlers in group ${options.group}: merge them`);
    }
    if (options.maxAttempts !== undefined) {
      if (group.maxAttempts !== undefined && group.maxAttempts !== options.maxAttempts) {
        throw new Error(`group ${options.group} is given two different maxAttempts`);
      }
      group.maxAttempts = options.maxAttempts;
    }
    if (options.partitionsConcurrently !== undefined) {
      if (
        group.partitionsConcurrently !== undefined &&
        group.partitionsConcurrently !== options.partitionsConcurrently
      ) {
        throw new Error(`group ${options.group} is given two different partitionsConcurrently`);
      }
      group.partitionsConcurrently = options.partitionsConcurrently;
    }
    group.handlers.set(type, callback);
    group.topics.add(options.topic ?? contract.topic);
    this.groups.set(options.group, group);
  }

  listen(callback: (error?: unknown) => void): void {
    const consumers = [...this.groups.values()].map((group) => this.consumerOf(group));
    this.runner.start(consumers).then(
      () => {
        this.purge.start();
        callback();
      },
      (error: unknown) => callback(error),
    );
  }

  async close(): Promise<void> {
    this.purge.stop();
    await this.runner.stop();
  }

  /** The groups and the event types each handles, as discovered (for tests and diagnostics). */
  subscriptions(): { groupId: string; topics: string[]; types: string[] }[] {
    return [...this.groups.values()].map((group) => ({
      groupId: group.groupId,
      topics: [...group.topics],
      types: [...group.handlers.keys()],
    }));
  }

  on(): never {
    throw new Error('KafkaInboxTransport has no events to listen to');
  }

  unwrap<T>(): T {
    return this.runner as T;
  }

  private consumerOf(group: HandlerGroup): EventConsumer {
    return {
      subscription: {
        groupId: group.groupId,
        topics: [...group.topics],
        types: [...group.handlers.keys()],
        maxAttempts: group.maxAttempts,
        partitionsConcurrently: group.partitionsConcurrently,
      },
      handle: async (event, manager) => {
        const handler = group.handlers.get(event.type);
        if (!handler) return;
        // Nest's proxy answers a failure with an erroring stream (see ReturnErrorsToTransport):
        // waiting for it rethrows the handler's own error, which decides retry or dead letter.
        const result: unknown = await handler(event.data, new InboxContext(event, manager));
        if (isObservable(result)) await lastValueFrom(result, { defaultValue: undefined });
      },
    };
  }
}
