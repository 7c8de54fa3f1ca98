import { Kafka, logLevel, type LogEntry } from 'kafkajs';
import type { Logger } from 'pino';
import { deadLetterTopicOf } from '@jiyn/contracts';

/** A kafkajs client whose own log lines go through our JSON logger (warnings and errors only). */
export function createKafka(clientId: string, brokers: string[], logger: Logger): Kafka {
  return new Kafka({
    clientId,
    brokers,
    connectionTimeout: 3_000,
    requestTimeout: 10_000,
    retry: { initialRetryTime: 200, retries: 8, maxRetryTime: 5_000 },
    logLevel: logLevel.WARN,
    logCreator:
      () =>
      ({ level, log }: LogEntry) => {
        const { message, ...rest } = log;
        const entry = { kafkajs: rest };
        if (level <= logLevel.ERROR) logger.error(entry, message);
        else logger.warn(entry, message);
      },
  });
}

export interface TopicLayout {
  partitions: number;
  replicationFactor: number;
}

/** Creates each topic and its dead-letter twin if missing (idempotent, safe at every boot). */
export async function ensureTopics(
  kafka: Kafka,
  topics: readonly string[],
  layout: TopicLayout,
): Promise<void> {
  // Waiting for the new topics' leaders reads metadata the broker may not have propagated yet (under
  // load: "This server does not host this topic-partition"); kafkajs gives up on the first such answer.
  // Creating is idempotent, so a retriable refusal is simply tried again.
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await createMissingTopics(kafka, topics, layout);
    } catch (error) {
      const retriable = (error as { retriable?: boolean }).retriable === true;
      if (!retriable || attempt >= TOPIC_CREATION_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
    }
  }
}

const TOPIC_CREATION_ATTEMPTS = 6;

async function createMissingTopics(
  kafka: Kafka,
  topics: readonly string[],
  layout: TopicLayout,
): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const wanted = topics
      .flatMap((topic) => [topic, deadLetterTopicOf(topic)])
      .filter((topic) => !existing.has(topic));
    if (wanted.length === 0) return;
    await admin
      .createTopics({
        waitForLeaders: true,
        topics: wanted.map((topic) => ({
          topic,
          numPartitions: layout.partitions,
          replicationFactor: layout.replicationFactor,
          configEntries: [
            { name: 'min.insync.replicas', value: String(Math.min(2, layout.replicationFactor)) },
          ],
        })),
      })
      .catch((error: { type?: string }) => {
        // Another service created them between our list and our create: that is the goal anyway.
        if (error.type !== 'TOPIC_ALREADY_EXISTS') throw error;
      });
  } finally {
    await admin.disconnect();
  }
}
