import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Controller, Module, type INestApplication, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { Kafka, logLevel, type Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { deadLetterTopicOf, EVENT_TYPES } from '@jiyn/contracts';
import { ServiceMetrics, createLogger } from '@jiyn/observability';
import { KafkaProbe, createTestDatabase, eventually, testInfrastructure, uniqueName } from '@jiyn/testing';
import { toKafkaHeaders } from './cloud-event';
import { PermanentEventError } from './event-consumer';
import { InboxContext } from './inbox-context';
import { InboxPurge } from './inbox-purge';
import { KafkaInboxTransport, type KafkaInboxTransportOptions } from './kafka-inbox.transport';
import { startEventHandlers } from './start-event-handlers';
import { createKafka, ensureTopics } from './kafka-connection';
import { addOutboxParkingSql, createMessagingTablesSql } from './messaging-tables';
import { OutboxRelay } from './outbox-relay';
import { OutboxWriter, type OutgoingEvent } from './outbox-writer';
import { uuidv7 } from './uuid-v7';

const SCHEMA = 'it';
const infra = testInfrastructure();
const logger = createLogger('messaging-test', 'silent');
const kafka = createKafka('messaging-test', infra.brokers, logger);
let database: { url: string; drop(): Promise<void> };
let dataSource: DataSource;
let topic: string;
const writer = new OutboxWriter(SCHEMA, '/jiyn/test');

function feedbackEvent(rating = 4): OutgoingEvent {
  const id = uuidv7();
  return {
    topic,
    type: EVENT_TYPES.feedbackSubmitted,
    subject: id,
    data: { feedbackId: id, eventId: uuidv7(), version: 1, rating, occurredAt: new Date().toISOString() },
  };
}

function relay(options: Partial<ConstructorParameters<typeof OutboxRelay>[0]> = {}): OutboxRelay {
  return new OutboxRelay({
    databaseUrl: database.url,
    schema: SCHEMA,
    kafka,
    logger,
    metrics: new ServiceMetrics('test'),
    ...options,
  });
}

async function unpublished(): Promise<number> {
  const rows = (await dataSource.query(
    `SELECT count(*)::int AS n FROM ${SCHEMA}.outbox WHERE published_at IS NULL AND parked_at IS NULL`,
  )) as { n: number }[];
  return rows[0]?.n ?? -1;
}

/** How many effects the test handlers recorded for one event id. */
async function effectsOf(eventId: string): Promise<number> {
  const rows = (await dataSource.query(
    `SELECT count(*)::int AS n FROM ${SCHEMA}.effects WHERE event_id = $1`,
    [eventId],
  )) as { n: number }[];
  return rows[0]?.n ?? -1;
}

/** Sends one feedback.submitted record, a binary-mode CloudEvent, with acks=all; returns its ce_id. */
async function sendFeedbackRecord(
  producer: Producer,
  topic: string,
  key: string,
  rating: number,
): Promise<string> {
  const event = feedbackEvent(rating);
  const id = uuidv7();
  await producer.send({
    topic,
    acks: -1,
    messages: [
      {
        key,
        value: JSON.stringify(event.data),
        headers: toKafkaHeaders({
          id,
          source: '/jiyn/test',
          type: event.type,
          subject: event.subject,
          time: new Date().toISOString(),
        }),
      },
    ],
  });
  return id;
}

/** The way a service starts its handlers: a hybrid app whose controller Nest scans for @EventPattern. */
async function startHandlerApp(
  controller: Type,
  options: Partial<KafkaInboxTransportOptions> = {},
): Promise<INestApplication> {
  const transport = new KafkaInboxTransport({
    kafka,
    dataSource,
    schema: SCHEMA,
    logger,
    metrics: new ServiceMetrics('test'),
    ...options,
  });
  @Module({ controllers: [controller], providers: [{ provide: KafkaInboxTransport, useValue: transport }] })
  class HandlerModule {}
  const app = await NestFactory.create(HandlerModule, new FastifyAdapter(), { logger: false });
  await app.init();
  await startEventHandlers(app);
  return app;
}

beforeAll(async () => {
  database = await createTestDatabase('messaging');
  dataSource = new DataSource({ type: 'postgres', url: database.url, schema: SCHEMA, poolSize: 20 });
  await dataSource.initialize();
  await dataSource.query(`CREATE SCHEMA ${SCHEMA}`);
  for (const sql of [...createMessagingTablesSql(SCHEMA), ...addOutboxParkingSql(SCHEMA)])
    await dataSource.query(sql);
  await dataSource.query(`CREATE TABLE ${SCHEMA}.things (id uuid PRIMARY KEY)`);
  await dataSource.query(`CREATE TABLE ${SCHEMA}.effects (event_id text NOT NULL, rating int NOT NULL)`);
  topic = uniqueName('jiyn.test.outbox');
  await ensureTopics(kafka, [topic], { partitions: 3, replicationFactor: 1 });
}, 60_000);

afterAll(async () => {
  await dataSource?.destroy();
  await database?.drop();
}, 30_000);

describe('transactional outbox and relay', () => {
  it('should publish what committed, with CloudEvents headers, and nothing that rolled back', async () => {
    const probe = await new KafkaProbe(infra.brokers, [topic]).start();
    const relayer = relay();
    await relayer.start();
    try {
      const committed = feedbackEvent();
      const [committedId] = await dataSource.transaction(async (manager) => {
        await manager.query(`INSERT INTO ${SCHEMA}.things (id) VALUES ($1)`, [committed.subject]);
        return writer.append(manager, committed);
      });
      const rolledBack = feedbackEvent();
      await expect(
        dataSource.transaction(async (manager) => {
          await manager.query(`INSERT INTO ${SCHEMA}.things (id) VALUES ($1)`, [rolledBack.subject]);
          await writer.append(manager, rolledBack);
          throw new Error('the state change failed');
        }),
      ).rejects.toThrow('the state change failed');

      const [message] = await eventually(() => {
        const found = probe.on(topic).filter((m) => m.headers['ce_id'] === committedId);
        expect(found).toHaveLength(1);
        return found;
      });
      expect(message?.key).toBe(committed.subject);
      expect(message?.headers).toMatchObject({
        ce_specversion: '1.0',
        ce_id: committedId,
        ce_type: EVENT_TYPES.feedbackSubmitted,
        ce_source: '/jiyn/test',
        ce_subject: committed.subject,
        'content-type': 'application/json',
      });
      expect(new Date(message?.headers['ce_time'] ?? '').getTime()).not.toBeNaN();
      expect(message?.json).toEqual(committed.data);
      await eventually(async () => expect(await unpublished()).toBe(0));
      expect(probe.on(topic).some((m) => m.key === rolledBack.subject)).toBe(false);
      const outboxRows = (await dataSource.query(
        `SELECT message_key FROM ${SCHEMA}.outbox WHERE message_key = $1`,
        [rolledBack.subject],
      )) as unknown[];
      expect(outboxRows).toHaveLength(0);
    } finally {
      await relayer.stop();
      await probe.stop();
    }
  }, 60_000);

  it('should refuse to write an event outside a transaction', async () => {
    await expect(writer.append(dataSource.manager, feedbackEvent())).rejects.toThrow(/inside a transaction/);
  });

  it('should be woken by NOTIFY, not by polling', async () => {
    const relayer = relay({ pollIntervalMs: 60_000 });
    await relayer.start();
    const published = (id: string | undefined, timeoutMs: number) =>
      eventually(
        async () => {
          const rows = (await dataSource.query(`SELECT published_at FROM ${SCHEMA}.outbox WHERE id = $1`, [
            id,
          ])) as { published_at: Date | null }[];
          expect(rows[0]?.published_at).not.toBeNull();
        },
        { timeoutMs, intervalMs: 20 },
      );
    try {
      await eventually(async () => expect(await unpublished()).toBe(0));
      // A first row connects the relay's producer (lazily, on first use), which is not timed.
      const [first] = await dataSource.transaction((manager) => writer.append(manager, feedbackEvent()));
      await published(first, 15_000);
      // Without a notification the relay would now wait out its 60 s poll before the next claim.
      const started = Date.now();
      const [id] = await dataSource.transaction((manager) => writer.append(manager, feedbackEvent()));
      await published(id, 15_000);
      // Far below the 60 s poll, with room for a slow machine.
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      await relayer.stop();
    }
  }, 60_000);

  it('should publish each row exactly once when two relays compete (FOR UPDATE SKIP LOCKED)', async () => {
    const probe = await new KafkaProbe(infra.brokers, [topic]).start();
    const ids: string[] = [];
    for (let batch = 0; batch < 10; batch += 1) {
      ids.push(
        ...(await dataSource.transaction((manager) =>
          writer.append(manager, ...Array.from({ length: 30 }, () => feedbackEvent())),
        )),
      );
    }
    const relays = [relay({ batchSize: 20 }), relay({ batchSize: 20 })];
    await Promise.all(relays.map((r) => r.start()));
    try {
      await eventually(async () => expect(await unpublished()).toBe(0), { timeoutMs: 30_000 });
      const seen = await eventually(() => {
        const wanted = new Set(ids);
        const matching = probe.on(topic).filter((m) => wanted.has(m.headers['ce_id'] ?? ''));
        expect(matching.length).toBeGreaterThanOrEqual(ids.length);
        return matching;
      });
      const perId = new Map<string, number>();
      for (const message of seen)
        perId.set(message.headers['ce_id'] ?? '', (perId.get(message.headers['ce_id'] ?? '') ?? 0) + 1);
      expect(perId.size).toBe(300);
      expect([...perId.values()].every((count) => count === 1)).toBe(true);
    } finally {
      await Promise.all(relays.map((r) => r.stop()));
      await probe.stop();
    }
  }, 90_000);

  it('should keep each aggregate’s events in version order on Kafka with three relays on one outbox under load', async () => {
    const probe = await new KafkaProbe(infra.brokers, [topic]).start();
    // Small batches and few keys, written fast: the relays' claims overlap, and without one
    // publisher at a time a later version of a key goes out beside an earlier one still in flight.
    const relays = [1, 2, 3].map(() => relay({ batchSize: 3, lingerMs: 0 }));
    await Promise.all(relays.map((r) => r.start()));
    const keys = Array.from({ length: 6 }, () => uuidv7());
    const versions = 60;
    try {
      // A writer per key, all at once, each committing its key's versions one after the other — as a
      // service writes an aggregate's changes, one transaction after the other.
      await Promise.all(
        keys.map(async (key) => {
          for (let version = 1; version <= versions; version += 1)
            await dataSource.transaction((manager) =>
              writer.append(manager, {
                topic,
                type: EVENT_TYPES.feedbackSubmitted,
                subject: key,
                data: {
                  feedbackId: key,
                  eventId: key,
                  version,
                  rating: 3,
                  occurredAt: new Date().toISOString(),
                },
              }),
            );
        }),
      );
      await eventually(async () => expect(await unpublished()).toBe(0), { timeoutMs: 60_000 });
      const byKey = await eventually(
        () => {
          const seen = new Map<string, number[]>();
          for (const message of probe.on(topic)) {
            if (!keys.includes(message.key ?? '')) continue;
            seen.set(message.key ?? '', [
              ...(seen.get(message.key ?? '') ?? []),
              (message.json as { version: number }).version,
            ]);
          }
          expect([...seen.values()].reduce((sum, list) => sum + list.length, 0)).toBeGreaterThanOrEqual(
            keys.length * versions,
          );
          return seen;
        },
        { timeoutMs: 30_000 },
      );
      const expected = Array.from({ length: versions }, (_, index) => index + 1);
      for (const key of keys) expect({ key, versions: byKey.get(key) }).toEqual({ key, versions: expected });
    } finally {
      await Promise.all(relays.map((r) => r.stop()));
      await probe.stop();
    }
  }, 120_000);

  it('should park a row Kafka refuses for good and publish the rows around it', async () => {
    const probe = await new KafkaProbe(infra.brokers, [topic]).start();
    const relayer = relay();
    await relayer.start();
    try {
      await eventually(async () => expect(await unpublished()).toBe(0));
      const before = feedbackEvent();
      // Over the broker's default 1 MB message limit: no retry will ever get it through.
      const huge = { ...feedbackEvent(), data: { ...feedbackEvent().data, padding: 'x'.repeat(2_000_000) } };
      const after = feedbackEvent();
      const [beforeId, hugeId, afterId] = await dataSource.transaction((manager) =>
        writer.append(manager, before, huge, after),
      );
      await eventually(
        () => {
          const ids = probe.on(topic).map((m) => m.headers['ce_id']);
          expect(ids).toEqual(expect.arrayContaining([beforeId, afterId]));
        },
        { timeoutMs: 30_000 },
      );
      // The relay parks the row and marks the others in one transaction, which commits a moment
      // after Kafka has acknowledged them: wait for that commit, not just for the messages.
      const parked = await eventually(async () => {
        const rows = (await dataSource.query(
          `SELECT parked_at, published_at, last_error FROM ${SCHEMA}.outbox WHERE id = $1`,
          [hugeId],
        )) as { parked_at: Date | null; published_at: Date | null; last_error: string | null }[];
        expect(rows[0]?.parked_at).not.toBeNull();
        return rows[0];
      });
      expect(parked?.published_at).toBeNull();
      expect(parked?.last_error).toMatch(/too large|larger/i);
      expect(probe.on(topic).some((m) => m.headers['ce_id'] === hugeId)).toBe(false);
      // Later rows keep flowing past the parked one.
      const [laterId] = await dataSource.transaction((manager) => writer.append(manager, feedbackEvent()));
      await eventually(() => expect(probe.on(topic).some((m) => m.headers['ce_id'] === laterId)).toBe(true));
    } finally {
      await relayer.stop();
      await probe.stop();
    }
  }, 60_000);

  it('should keep rows while Kafka is unreachable and publish them once it is back', async () => {
    if (!infra.kafkaPid)
      throw new Error('this test pauses the broker: run it through `npm test`, which starts one');
    const relayer = relay({ pollIntervalMs: 200 });
    await relayer.start();
    const ids: string[] = [];
    try {
      await eventually(async () => expect(await unpublished()).toBe(0));
      process.kill(infra.kafkaPid, 'SIGSTOP');
      try {
        for (let i = 0; i < 10; i += 1)
          ids.push(...(await dataSource.transaction((manager) => writer.append(manager, feedbackEvent()))));
        await new Promise((resolve) => setTimeout(resolve, 4_000));
        expect(await unpublished()).toBe(10);
      } finally {
        process.kill(infra.kafkaPid, 'SIGCONT');
      }
      await eventually(async () => expect(await unpublished()).toBe(0), {
        timeoutMs: 60_000,
        intervalMs: 250,
      });
      const rows = (await dataSource.query(
        `SELECT count(*)::int AS n FROM ${SCHEMA}.outbox WHERE id = ANY($1::uuid[]) AND published_at IS NOT NULL`,
        [ids],
      )) as { n: number }[];
      expect(rows[0]?.n).toBe(10);
    } finally {
      await relayer.stop();
    }
    // The records really are on the topic: read them back from the beginning.
    const probe = new Kafka({
      clientId: 'check',
      brokers: infra.brokers,
      logLevel: logLevel.NOTHING,
    }).consumer({ groupId: uniqueName('check') });
    const found = new Set<string>();
    await probe.connect();
    await probe.subscribe({ topic, fromBeginning: true });
    await probe.run({
      eachMessage: async ({ message }) => void found.add(message.headers?.['ce_id']?.toString() ?? ''),
    });
    try {
      await eventually(() => expect(ids.every((id) => found.has(id))).toBe(true), { timeoutMs: 30_000 });
    } finally {
      await probe.disconnect();
    }
  }, 120_000);
  it('should survive losing its database connection in the middle of a batch, and publish the batch later', async () => {
    if (!infra.kafkaPid)
      throw new Error('this test pauses the broker: run it through `npm test`, which starts one');
    const relayer = relay({ pollIntervalMs: 200 });
    await relayer.start();
    try {
      await eventually(async () => expect(await unpublished()).toBe(0));
      // A paused broker holds the relay in its send, its claim's transaction open and no query running:
      // the moment a lost connection reaches the client as an 'error' event and not as a failed query.
      process.kill(infra.kafkaPid, 'SIGSTOP');
      try {
        await dataSource.transaction((manager) => writer.append(manager, feedbackEvent()));
        const claiming = async (): Promise<number[]> =>
          (
            (await dataSource.query(
              `SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND state = 'idle in transaction'`,
              [`${SCHEMA}-outbox-relay`],
            )) as { pid: number }[]
          ).map((row) => row.pid);
        await eventually(async () => expect(await claiming()).toHaveLength(1), { timeoutMs: 10_000 });
        await dataSource.query('SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid', [
          await claiming(),
        ]);
        // Left unheard, the 'error' event would have ended this process (and the test file) by now.
        await new Promise((resolve) => setTimeout(resolve, 500));
        expect(await unpublished()).toBe(1);
      } finally {
        process.kill(infra.kafkaPid, 'SIGCONT');
      }
      await eventually(async () => expect(await unpublished()).toBe(0), {
        timeoutMs: 60_000,
        intervalMs: 250,
      });
    } finally {
      await relayer.stop();
    }
  }, 120_000);
});

describe('@EventPattern handlers on the Kafka inbox transport: idempotent, retried, dead-lettered', () => {
  const consumerTopic = uniqueName('jiyn.test.consumer');
  const groupId = uniqueName('it.consumer');
  let producer: Producer;
  let app: INestApplication;
  let transport: KafkaInboxTransport;
  let dlqProbe: KafkaProbe;
  const attemptsByEvent = new Map<string, number>();
  const metrics = new ServiceMetrics('test');

  /** Fails forever for rating 1, twice then succeeds for 2, refuses 3 permanently, loses the "database" five times for 4. */
  @Controller()
  class RatingHandler {
    @EventPattern([EVENT_TYPES.feedbackSubmitted], { group: groupId, topic: consumerTopic, maxAttempts: 3 })
    async apply(@Payload() data: { rating: number }, @Ctx() context: InboxContext): Promise<void> {
      const { id } = context.event;
      const attempts = (attemptsByEvent.get(id) ?? 0) + 1;
      attemptsByEvent.set(id, attempts);
      await context.manager.query(`INSERT INTO ${SCHEMA}.effects (event_id, rating) VALUES ($1, $2)`, [
        id,
        data.rating,
      ]);
      if (data.rating === 1) throw new Error('handler always fails for rating 1');
      if (data.rating === 2 && attempts < 3) throw new Error('transient failure');
      if (data.rating === 3) throw new PermanentEventError('rating 3 can never be applied');
      // Rating 4: the database is "away" for more attempts than the message is allowed.
      if (data.rating === 4 && attempts <= 5)
        throw Object.assign(new Error('Connection terminated unexpectedly'), { code: '08006' });
    }
  }

  async function send(
    event: OutgoingEvent,
    id = uuidv7(),
    headers?: Record<string, string>,
  ): Promise<string> {
    const ceHeaders =
      headers ??
      toKafkaHeaders({
        id,
        source: '/jiyn/test',
        type: event.type,
        subject: event.subject,
        time: new Date().toISOString(),
      });
    await producer.send({
      topic: consumerTopic,
      acks: -1,
      messages: [{ key: 'same-key', value: JSON.stringify(event.data), headers: ceHeaders }],
    });
    return id;
  }

  beforeAll(async () => {
    await ensureTopics(kafka, [consumerTopic], { partitions: 3, replicationFactor: 1 });
    producer = new Kafka({
      clientId: 'it-producer',
      brokers: infra.brokers,
      logLevel: logLevel.NOTHING,
    }).producer();
    await producer.connect();
    dlqProbe = await new KafkaProbe(infra.brokers, [deadLetterTopicOf(consumerTopic)]).start();
    transport = new KafkaInboxTransport({
      kafka,
      dataSource,
      schema: SCHEMA,
      logger,
      metrics,
      initialBackoffMs: 50,
      maxBackoffMs: 200,
    });
    // The way a service starts them: a hybrid app whose controllers Nest scans for @EventPattern.
    @Module({
      controllers: [RatingHandler],
      providers: [{ provide: KafkaInboxTransport, useValue: transport }],
    })
    class RatingModule {}
    app = await NestFactory.create(RatingModule, new FastifyAdapter(), { logger: false });
    await app.init();
    await startEventHandlers(app);
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await producer?.disconnect();
    await dlqProbe?.stop();
  }, 30_000);

  it('should apply a redelivered event once', async () => {
    const event = feedbackEvent(5);
    const id = await send(event);
    await send(event, id);
    await eventually(async () => expect(await effectsOf(id)).toBe(1));
    const after = await send(feedbackEvent(5)); // a later record on the same partition proves both were consumed
    await eventually(async () => expect(await effectsOf(after)).toBe(1));
    expect(await effectsOf(id)).toBe(1);
  }, 30_000);

  it('should retry a transient failure and apply the event exactly once', async () => {
    const id = await send(feedbackEvent(2));
    await eventually(async () => expect(await effectsOf(id)).toBe(1));
    expect(attemptsByEvent.get(id)).toBe(3);
  }, 30_000);

  it('should move a poison message to the DLQ after the last retry and go on with the partition', async () => {
    const poison = await send(feedbackEvent(1));
    const next = await send(feedbackEvent(5));
    await eventually(async () => expect(await effectsOf(next)).toBe(1), { timeoutMs: 20_000 });
    expect(attemptsByEvent.get(poison)).toBe(3);
    expect(await effectsOf(poison)).toBe(0); // every failed attempt rolled back with its inbox row
    const [dead] = await eventually(() => {
      const found = dlqProbe
        .on(deadLetterTopicOf(consumerTopic))
        .filter((m) => m.headers['ce_id'] === poison);
      expect(found).toHaveLength(1);
      return found;
    });
    expect(dead?.headers).toMatchObject({
      dlq_original_topic: consumerTopic,
      dlq_consumer_group: groupId,
      dlq_attempts: '3',
      dlq_error_message: 'handler always fails for rating 1',
      ce_type: EVENT_TYPES.feedbackSubmitted,
    });
    expect(dead?.key).toBe('same-key');
    expect((dead?.json as { rating: number }).rating).toBe(1);
  }, 30_000);

  it('should dead-letter invalid payloads, permanent refusals and non-CloudEvents at once', async () => {
    const invalid = await send(feedbackEvent(9));
    const permanent = await send(feedbackEvent(3));
    await producer.send({
      topic: consumerTopic,
      messages: [{ key: 'same-key', value: 'not even json', headers: { marker: 'raw' } }],
    });
    await eventually(() => {
      const dlq = dlqProbe.on(deadLetterTopicOf(consumerTopic));
      expect(dlq.find((m) => m.headers['ce_id'] === invalid)?.headers['dlq_error_message']).toMatch(
        /invalid payload/,
      );
      expect(dlq.find((m) => m.headers['ce_id'] === permanent)?.headers['dlq_attempts']).toBe('1');
      expect(dlq.find((m) => m.headers['marker'] === 'raw')?.headers['dlq_error_class']).toBe(
        'NotACloudEventError',
      );
    });
    expect(attemptsByEvent.get(invalid)).toBeUndefined(); // the handler never saw it
    expect(attemptsByEvent.get(permanent)).toBe(1);
    // Counted only once Kafka has acknowledged the DLQ record, which the probe may see first.
    await eventually(async () => {
      const deadLettered = await metrics.registry.getSingleMetricAsString(
        'kafka_messages_dead_lettered_total',
      );
      expect(deadLettered).toMatch(/kafka_messages_dead_lettered_total\{[^}]*\} [4-9]/);
    });
  }, 30_000);

  it('should wait out a database outage without spending the message attempts', async () => {
    const id = await send(feedbackEvent(4));
    await eventually(async () => expect(await effectsOf(id)).toBe(1), { timeoutMs: 20_000 });
    expect(attemptsByEvent.get(id)).toBe(6); // five outage failures, then success, though maxAttempts is 3
    expect(dlqProbe.on(deadLetterTopicOf(consumerTopic)).some((m) => m.headers['ce_id'] === id)).toBe(false);
  }, 30_000);

  it('should have found the handler by its @EventPattern, with its group and topic', () => {
    expect(transport.subscriptions()).toEqual([
      { groupId, topics: [consumerTopic], types: [EVENT_TYPES.feedbackSubmitted] },
    ]);
  });

  it('should skip event types it does not handle without dead-lettering them', async () => {
    const other = { ...feedbackEvent(5), type: EVENT_TYPES.speakerCreated };
    const id = await send(other);
    const after = await send(feedbackEvent(5));
    await eventually(async () => expect(await effectsOf(after)).toBe(1));
    expect(attemptsByEvent.get(id)).toBeUndefined();
    expect(dlqProbe.on(deadLetterTopicOf(consumerTopic)).some((m) => m.headers['ce_id'] === id)).toBe(false);
  }, 30_000);

  it('should apply an event carrying a field a later producer added, as if the field were not there', async () => {
    const event = feedbackEvent(5);
    const later = { ...event, data: { ...event.data, addedLater: 'a new optional field', rating: 5 } };
    const id = await send(later);
    await eventually(async () => expect(await effectsOf(id)).toBe(1));
    expect(attemptsByEvent.get(id)).toBe(1);
    expect(dlqProbe.on(deadLetterTopicOf(consumerTopic)).some((m) => m.headers['ce_id'] === id)).toBe(false);
  }, 30_000);
});

describe('inbox purge', () => {
  it('should forget applied event ids older than the retention, in batches, and keep the recent ones', async () => {
    const consumer = uniqueName('it.purge');
    await dataSource.query(
      `INSERT INTO ${SCHEMA}.inbox (consumer, event_id, topic, received_at)
       SELECT $1, 'old-' || n, 't', now() - interval '31 days' FROM generate_series(1, 12000) n
       UNION ALL SELECT $1, 'new-' || n, 't', now() - interval '29 days' FROM generate_series(1, 10) n`,
      [consumer],
    );
    const purge = new InboxPurge({ dataSource, schema: SCHEMA, logger, retentionHours: 720 });
    expect(await purge.purgeOnce()).toBe(12_000);
    const left = (await dataSource.query(
      `SELECT event_id FROM ${SCHEMA}.inbox WHERE consumer = $1 ORDER BY event_id`,
      [consumer],
    )) as { event_id: string }[];
    expect(left.map((row) => row.event_id)).toEqual(
      Array.from({ length: 10 }, (_, i) => `new-${i + 1}`).sort(),
    );
    expect(await purge.purgeOnce()).toBe(0);
  }, 60_000);
});

describe('graceful shutdown of @EventPattern handlers', () => {
  const shutdownTopic = uniqueName('jiyn.test.shutdown');
  const shutdownGroup = uniqueName('it.shutdown');
  const calls = new Map<string, number>();
  let finishedAt = 0;

  /** Rating 5 takes 1.5 s: long enough to be caught in the middle by a shutdown. */
  @Controller()
  class SlowHandler {
    @EventPattern([EVENT_TYPES.feedbackSubmitted], { group: shutdownGroup, topic: shutdownTopic })
    async apply(@Payload() data: { rating: number }, @Ctx() context: InboxContext): Promise<void> {
      calls.set(context.event.id, (calls.get(context.event.id) ?? 0) + 1);
      if (data.rating === 5) await new Promise((resolve) => setTimeout(resolve, 1_500));
      await context.manager.query(`INSERT INTO ${SCHEMA}.effects (event_id, rating) VALUES ($1, $2)`, [
        context.event.id,
        data.rating,
      ]);
      finishedAt = Date.now();
    }
  }

  it('should finish the record in hand before closing, and a successor should neither lose nor repeat it', async () => {
    await ensureTopics(kafka, [shutdownTopic], { partitions: 1, replicationFactor: 1 });
    const producer = kafka.producer();
    await producer.connect();
    let first: INestApplication | undefined = await startHandlerApp(SlowHandler);
    let second: INestApplication | undefined;
    try {
      const slow = await sendFeedbackRecord(producer, shutdownTopic, 'one-partition', 5);
      await eventually(() => expect(calls.get(slow)).toBe(1), { timeoutMs: 20_000, intervalMs: 20 });
      await first.close(); // while the handler is still sleeping
      first = undefined;
      const closedAt = Date.now();
      expect(finishedAt).toBeGreaterThan(0);
      expect(finishedAt).toBeLessThanOrEqual(closedAt);
      expect(await effectsOf(slow)).toBe(1);

      second = await startHandlerApp(SlowHandler);
      const next = await sendFeedbackRecord(producer, shutdownTopic, 'one-partition', 4);
      await eventually(async () => expect(await effectsOf(next)).toBe(1), { timeoutMs: 30_000 });
      expect(await effectsOf(slow)).toBe(1);
    } finally {
      await first?.close();
      await second?.close();
      await producer.disconnect();
    }
  }, 60_000);
});

describe('where a new consumer group begins', () => {
  const startTopic = uniqueName('jiyn.test.start');
  const startGroup = uniqueName('it.start');

  /** A handler that records what it applies, for one topic. */
  function recordingHandlerOf(topic: string): Type {
    @Controller()
    class RecordingHandler {
      @EventPattern([EVENT_TYPES.feedbackSubmitted], { group: startGroup, topic })
      async apply(@Payload() data: { rating: number }, @Ctx() context: InboxContext): Promise<void> {
        await context.manager.query(`INSERT INTO ${SCHEMA}.effects (event_id, rating) VALUES ($1, $2)`, [
          context.event.id,
          data.rating,
        ]);
      }
    }
    return RecordingHandler;
  }
  const RecordingHandler = recordingHandlerOf(startTopic);

  it('should begin at the ends with latest, miss nothing sent after the start, and keep its start and offsets on a restart', async () => {
    await ensureTopics(kafka, [startTopic], { partitions: 3, replicationFactor: 1 });
    const producer = kafka.producer();
    await producer.connect();
    const apps: INestApplication[] = [];
    try {
      const before = await Promise.all(
        ['a', 'b', 'c', 'd'].map((key) => sendFeedbackRecord(producer, startTopic, key, 5)),
      );
      apps.push(
        await startHandlerApp(RecordingHandler, {
          groupPrefix: uniqueName('late.'),
          newGroupStart: 'latest',
        }),
      );
      // Sent the moment the start returned, on every partition: none may fall before the group's offsets.
      const after = await Promise.all(
        ['a', 'b', 'c', 'd'].map((key) => sendFeedbackRecord(producer, startTopic, key, 5)),
      );
      await eventually(
        async () => {
          for (const id of after) expect(await effectsOf(id)).toBe(1);
        },
        { timeoutMs: 30_000 },
      );
      for (const id of before) expect(await effectsOf(id)).toBe(0);

      // The same group again, after records arrived while it was away: its offsets stand, nothing is skipped.
      const prefix = uniqueName('restarted.');
      apps.push(await startHandlerApp(RecordingHandler, { groupPrefix: prefix, newGroupStart: 'latest' }));
      const first = await sendFeedbackRecord(producer, startTopic, 'a', 5);
      await eventually(async () => expect(await effectsOf(first)).toBe(1), { timeoutMs: 30_000 });
      await apps.pop()?.close();
      const whileAway = await sendFeedbackRecord(producer, startTopic, 'b', 5);
      apps.push(await startHandlerApp(RecordingHandler, { groupPrefix: prefix, newGroupStart: 'latest' }));
      await eventually(async () => expect(await effectsOf(whileAway)).toBe(1), { timeoutMs: 30_000 });

      // On a topic with no history: stopped before any record came, restarted after one did, it
      // begins where it first started, not at the newer end (its start was committed at its first join).
      const quietTopic = uniqueName('jiyn.test.quiet');
      await ensureTopics(kafka, [quietTopic], { partitions: 1, replicationFactor: 1 });
      const QuietHandler = recordingHandlerOf(quietTopic);
      const quiet = uniqueName('quiet.');
      await (await startHandlerApp(QuietHandler, { groupPrefix: quiet, newGroupStart: 'latest' })).close();
      const whileQuiet = await sendFeedbackRecord(producer, quietTopic, 'c', 5);
      apps.push(await startHandlerApp(QuietHandler, { groupPrefix: quiet, newGroupStart: 'latest' }));
      await eventually(async () => expect(await effectsOf(whileQuiet)).toBe(1), { timeoutMs: 30_000 });

      // The default, for production: a new group reads what the topic holds.
      apps.push(await startHandlerApp(RecordingHandler, { groupPrefix: uniqueName('new.') }));
      const rows = async () =>
        (
          (await dataSource.query(
            `SELECT count(*)::int AS n FROM ${SCHEMA}.effects WHERE event_id = ANY($1::text[])`,
            [before],
          )) as { n: number }[]
        )[0]?.n;
      await eventually(async () => expect(await rows()).toBe(before.length), { timeoutMs: 30_000 });
    } finally {
      for (const app of apps) await app.close();
      await producer.disconnect();
    }
  }, 120_000);
});
