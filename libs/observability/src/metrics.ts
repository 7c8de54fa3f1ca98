import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * One registry per process with every metric a Jiyn service exposes. Messaging metrics live here too
 * so that /metrics shows the outbox and consumers without each service wiring them.
 */
export class ServiceMetrics {
  readonly registry = new Registry();

  readonly httpRequestDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency by route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.15, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  readonly outboxBacklog = new Gauge({
    name: 'outbox_backlog',
    help: 'Outbox rows not yet published to Kafka',
    registers: [this.registry],
  });

  readonly outboxPublishLatency = new Histogram({
    name: 'outbox_publish_latency_seconds',
    help: 'Time from an outbox row being written to it being acknowledged by Kafka',
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });

  readonly outboxParked = new Counter({
    name: 'outbox_parked_total',
    help: 'Outbox rows Kafka refused for good (too large, corrupt), parked so later rows flow; alert on any',
    registers: [this.registry],
  });

  readonly outboxPublishFailures = new Counter({
    name: 'outbox_publish_failures_total',
    help: 'Relay batches that Kafka did not acknowledge (rows stay and are retried)',
    registers: [this.registry],
  });

  readonly consumerLag = new Gauge({
    name: 'kafka_consumer_lag',
    help: 'Messages behind the end of the partition, per consumer group',
    labelNames: ['group', 'topic', 'partition'] as const,
    registers: [this.registry],
  });

  readonly messagesProcessed = new Counter({
    name: 'kafka_messages_processed_total',
    help: 'Messages handled by consumers, by outcome (handled, duplicate, dead_lettered)',
    labelNames: ['group', 'topic', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly deadLettered = new Counter({
    name: 'kafka_messages_dead_lettered_total',
    help: 'Messages sent to a dead-letter topic after their last retry',
    labelNames: ['group', 'topic'] as const,
    registers: [this.registry],
  });

  readonly dependencyState = new Gauge({
    name: 'readiness_dependency_state',
    help: 'What readiness last saw of each dependency: 1 on its current state (up, degraded, down), 0 on the others',
    labelNames: ['dependency', 'required', 'state'] as const,
    registers: [this.registry],
  });

  constructor(service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
  }
}
