import { Kafka, logLevel, type Consumer, type IHeaders } from 'kafkajs';
import { eventually } from './eventually';
import { uniqueName } from './test-infrastructure';

export interface ProbedMessage {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: string | null;
  headers: Record<string, string>;
  /** The value parsed as JSON, when it is JSON. */
  json: unknown;
}

/**
 * Records every message written to the given topics since `start()` (by record timestamp) — an independent consumer,
 * as an analyst would run one, to assert what really went over Kafka.
 */
export class KafkaProbe {
  readonly messages: ProbedMessage[] = [];
  private consumer?: Consumer;

  constructor(
    private readonly brokers: string[],
    private readonly topics: string[],
  ) {}

  async start(): Promise<this> {
    // Reading from the beginning and filtering by timestamp cannot miss a message that arrives
    // while the group is still joining, as "latest" could.
    const since = Date.now() - 1_000;
    const kafka = new Kafka({
      clientId: 'jiyn-test-probe',
      brokers: this.brokers,
      logLevel: logLevel.NOTHING,
    });
    this.consumer = kafka.consumer({
      groupId: uniqueName('probe'),
      sessionTimeout: 10_000,
      heartbeatInterval: 1_000,
      maxWaitTimeInMs: 500,
    });
    await this.consumer.connect();
    for (const topic of this.topics) await this.consumer.subscribe({ topic, fromBeginning: true });
    let joined!: () => void;
    const hasJoined = new Promise<void>((resolve) => (joined = resolve));
    this.consumer.on(this.consumer.events.GROUP_JOIN, () => joined());
    await this.consumer.run({
      eachMessage: async ({ topic, partition, message }) => {
        if (Number(message.timestamp) < since) return;
        const value = message.value?.toString('utf8') ?? null;
        let json: unknown;
        try {
          json = value === null ? null : JSON.parse(value);
        } catch {
          json = undefined;
        }
        this.messages.push({
          topic,
          partition,
          offset: message.offset,
          key: message.key?.toString('utf8') ?? null,
          value,
          headers: textHeaders(message.headers),
          json,
        });
      },
    });
    await hasJoined;
    return this;
  }

  on(topic: string): ProbedMessage[] {
    return this.messages.filter((message) => message.topic === topic);
  }

  /**
   * The one message with this key on the topic: waits until it arrived, then `settleMs` longer to be sure
   * no second one follows, and throws unless there is exactly one.
   */
  async single(
    topic: string,
    key: string,
    { settleMs = 1_000, timeoutMs = 15_000 }: { settleMs?: number; timeoutMs?: number } = {},
  ): Promise<ProbedMessage> {
    const withKey = () => this.on(topic).filter((message) => message.key === key);
    await eventually(
      () => {
        if (withKey().length === 0)
          throw new Error(`no message with key ${key} on ${topic} within ${timeoutMs} ms`);
      },
      { timeoutMs },
    );
    await new Promise((resolve) => setTimeout(resolve, settleMs));
    const found = withKey();
    if (found.length !== 1) {
      throw new Error(`expected exactly one message with key ${key} on ${topic}, found ${found.length}`);
    }
    return found[0];
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
  }
}

function textHeaders(headers: IHeaders | undefined): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers ?? {}).map(([name, value]) => {
      const first = Array.isArray(value) ? value[0] : value;
      return [name, Buffer.isBuffer(first) ? first.toString('utf8') : String(first ?? '')];
    }),
  );
}
