import { join } from 'node:path';
import { ALL_TOPICS } from '@jiyn/contracts';
import { createKafka, ensureTopics } from '@jiyn/messaging';
import { createLogger } from '@jiyn/observability';
import {
  startKafka,
  startPostgres,
  startSmtpServer,
  type KafkaHandle,
  type PostgresHandle,
  type SmtpHandle,
} from '../infra';
import type { PlatformPorts } from './services';

export interface Infrastructure {
  databaseUrl: string;
  brokers: string[];
  /** Set only when this process started the broker (tests pause it to simulate an outage). */
  kafkaPid?: number;
  /** Where the platform sends e-mail: SMTP_URL, or the local SMTP server this process started. */
  smtp: { url: string; pid?: number; mailDir?: string };
  stop(): Promise<void>;
}

export interface InfrastructureOptions {
  ports: PlatformPorts;
  /** Where embedded PostgreSQL and Kafka keep their data. */
  dataDir: string;
  persistent: boolean;
  /** Use these instead of starting our own (DATABASE_URL / KAFKA_BROKERS). */
  databaseUrl?: string;
  kafkaBrokers?: string[];
  /** An SMTP server to send through instead of starting the local one (SMTP_URL). */
  smtpUrl?: string;
  log: (line: string) => void;
}

/**
 * PostgreSQL, Kafka and an SMTP server for the platform: the given ones if set, otherwise a real
 * embedded PostgreSQL, a real single-node KRaft broker and a local SMTP server that keeps what it
 * receives in `<dataDir>/mail`, started in parallel. Creates every topic and its DLQ.
 */
export async function startInfrastructure(options: InfrastructureOptions): Promise<Infrastructure> {
  const log = options.log;
  const [postgres, kafka, smtp] = await Promise.allSettled([
    options.databaseUrl
      ? Promise.resolve(undefined)
      : startPostgres({
          dataDir: join(options.dataDir, 'postgres'),
          port: options.ports.postgres,
          persistent: options.persistent,
          log,
        }),
    options.kafkaBrokers
      ? Promise.resolve(undefined)
      : startKafka({
          dataDir: join(options.dataDir, 'kafka'),
          port: options.ports.kafka,
          controllerPort: options.ports.kafkaController,
          log,
        }),
    options.smtpUrl
      ? Promise.resolve(undefined)
      : startSmtpServer({ port: options.ports.smtp, mailDir: join(options.dataDir, 'mail'), log }),
  ]);
  const started = [postgres, kafka, smtp].flatMap((result) =>
    result.status === 'fulfilled' && result.value ? [result.value] : [],
  );
  const stop = async () => {
    await Promise.all(
      started.map((handle: PostgresHandle | KafkaHandle | SmtpHandle) =>
        handle.stop().catch(() => undefined),
      ),
    );
  };
  const failure = [postgres, kafka, smtp].find((result) => result.status === 'rejected');
  if (failure) {
    await stop();
    throw failure.reason;
  }
  const databaseUrl = options.databaseUrl ?? (postgres as PromiseFulfilledResult<PostgresHandle>).value.url;
  const kafkaHandle = kafka.status === 'fulfilled' ? kafka.value : undefined;
  const brokers = options.kafkaBrokers ?? kafkaHandle?.brokers ?? [];
  try {
    await ensureTopics(createKafka('jiyn-dev-tools', brokers, createLogger('tools', 'warn')), ALL_TOPICS, {
      partitions: 3,
      replicationFactor: 1,
    });
  } catch (error) {
    await stop();
    throw error;
  }
  const smtpHandle = smtp.status === 'fulfilled' ? smtp.value : undefined;
  const smtpServer = smtpHandle
    ? { url: smtpHandle.url, pid: smtpHandle.pid, mailDir: smtpHandle.mailDir }
    : { url: options.smtpUrl ?? '' };
  return { databaseUrl, brokers, kafkaPid: kafkaHandle?.pid, smtp: smtpServer, stop };
}
