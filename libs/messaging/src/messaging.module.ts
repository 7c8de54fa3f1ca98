import {
  Inject,
  Injectable,
  Module,
  type DynamicModule,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import type { Kafka, Admin } from 'kafkajs';
import { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { ALL_TOPICS } from '@jiyn/contracts';
import { ReadinessRegistry, SERVICE_LOGGER, ServiceMetrics } from '@jiyn/observability';
import { KafkaInboxTransport } from './kafka-inbox.transport';
import { createKafka, ensureTopics } from './kafka-connection';
import { OutboxRelay } from './outbox-relay';
import { OutboxWriter } from './outbox-writer';

export interface MessagingOptions {
  /** Service name: Kafka client id and CloudEvents source (`/jiyn/<service>`). */
  service: string;
  schema: string;
  databaseUrl: string;
  brokers: string[];
  /** Prepended to consumer group ids (shared clusters, test runs). */
  groupPrefix?: string;
  /** Where a group with no committed offsets begins (see ConsumerRunnerOptions). */
  newGroupStart?: 'earliest' | 'latest';
  pollIntervalMs?: number;
  retentionHours?: number;
  inboxRetentionHours?: number;
  /** Topic layout used when this service has to create missing topics. */
  partitions?: number;
  replicationFactor?: number;
}

const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');
export const KAFKA = Symbol('KAFKA');

@Injectable()
class MessagingLifecycle implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private relay?: OutboxRelay;
  private admin?: Promise<Admin>;

  constructor(
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    @Inject(KAFKA) private readonly kafka: Kafka,
    private readonly readiness: ReadinessRegistry,
    private readonly metrics: ServiceMetrics,
    @Inject(SERVICE_LOGGER) private readonly logger: Logger,
  ) {}

  /**
   * Kafka is reported but not required: while it is away the service still serves its API (events
   * wait in the outbox, consumers resume where they stopped), so a broker outage must not take it
   * out of a load balancer's rotation.
   */
  onModuleInit(): void {
    this.readiness.register({ name: 'kafka', required: false, check: () => this.checkKafka() });
  }

  async onApplicationBootstrap(): Promise<void> {
    await ensureTopics(this.kafka, ALL_TOPICS, {
      partitions: this.options.partitions ?? 3,
      replicationFactor: this.options.replicationFactor ?? 1,
    });
    this.relay = new OutboxRelay({
      databaseUrl: this.options.databaseUrl,
      schema: this.options.schema,
      kafka: this.kafka,
      logger: this.logger,
      metrics: this.metrics,
      pollIntervalMs: this.options.pollIntervalMs,
      retentionHours: this.options.retentionHours,
    });
    await this.relay.start();
  }

  /** The event handlers stop first, when Nest closes the transport; then the relay. */
  async onApplicationShutdown(): Promise<void> {
    await this.relay?.stop();
    await this.admin?.then((admin) => admin.disconnect()).catch(() => undefined);
  }

  private async checkKafka(): Promise<void> {
    const admin = (this.admin ??= this.connectAdmin());
    try {
      await (await admin).describeCluster();
    } catch (error) {
      // The connection may be half-dead (broker restarted or paused): the next check starts clean.
      if (this.admin === admin) this.admin = undefined;
      void admin.then((client) => client.disconnect()).catch(() => undefined);
      throw error;
    }
  }

  /** No retries of its own: readiness asks again on its next round, and a retried request would outlive the probe. */
  private async connectAdmin(): Promise<Admin> {
    const admin = this.kafka.admin({ retry: { retries: 0 } });
    await admin.connect();
    return admin;
  }
}

/**
 * The messaging backbone for one service: an OutboxWriter for its transactions, the relay that
 * publishes the outbox, and the KafkaInboxTransport that runs its `@EventPattern` handlers once
 * `startEventHandlers(app)` connects it.
 */
@Module({})
export class MessagingModule {
  static forRoot(options: MessagingOptions): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      providers: [
        { provide: MESSAGING_OPTIONS, useValue: options },
        {
          provide: KAFKA,
          inject: [SERVICE_LOGGER],
          useFactory: (logger: Logger) => createKafka(options.service, options.brokers, logger),
        },
        { provide: OutboxWriter, useValue: new OutboxWriter(options.schema, `/jiyn/${options.service}`) },
        {
          provide: KafkaInboxTransport,
          inject: [KAFKA, DataSource, ServiceMetrics, SERVICE_LOGGER],
          useFactory: (kafka: Kafka, dataSource: DataSource, metrics: ServiceMetrics, logger: Logger) =>
            new KafkaInboxTransport({
              kafka,
              dataSource,
              schema: options.schema,
              logger,
              metrics,
              groupPrefix: options.groupPrefix,
              newGroupStart: options.newGroupStart,
              inboxRetentionHours: options.inboxRetentionHours,
            }),
        },
        MessagingLifecycle,
      ],
      exports: [OutboxWriter, KAFKA, KafkaInboxTransport],
    };
  }
}
