import type { Consumer, Kafka } from 'kafkajs';

/**
 * Where a consumer group that has never committed begins when it is not to read history
 * (`newGroupStart: 'latest'`): at the topics' ends as they were when the service started.
 *
 * kafkajs's `fromBeginning: false` resolves "latest" only once the group has joined, so a record
 * sent between the start and the join would be skipped; `admin.setOffsets` commits exactly, but it
 * joins the group itself and long-polls an empty fetch first — seconds per topic, at every start of
 * every service in the tests. Instead the ends are read before joining (a metadata request, no join),
 * records below them are skipped as they arrive, and the ends are committed as soon as the group
 * has joined, so a restart resumes there rather than at newer ends.
 *
 * Meant for one fresh instance of a group (tests, a consumer's first deployment); instances that
 * start together each skip below their own reading of the ends.
 */
export class GroupStartAtEnd {
  private constructor(
    private readonly groupId: string,
    private readonly ends: ReadonlyMap<string, ReadonlyMap<number, bigint>>,
  ) {}

  /** The topics' current ends if the group has never committed an offset; otherwise undefined. */
  static async read(
    kafka: Kafka,
    groupId: string,
    topics: readonly string[],
  ): Promise<GroupStartAtEnd | undefined> {
    const admin = kafka.admin();
    await admin.connect();
    try {
      const committed = await admin.fetchOffsets({ groupId, topics: [...topics] });
      const isNew = committed.every((topic) => topic.partitions.every((p) => p.offset === '-1'));
      if (!isNew) return undefined;
      const ends = new Map<string, Map<number, bigint>>();
      for (const topic of topics) {
        const offsets = await admin.fetchTopicOffsets(topic);
        ends.set(topic, new Map(offsets.map(({ partition, high }) => [partition, BigInt(high)])));
      }
      return new GroupStartAtEnd(groupId, ends);
    } finally {
      await admin.disconnect();
    }
  }

  /** Whether a record lies before the group's start (it is skipped, not handled). */
  isBeforeStart(topic: string, partition: number, offset: string): boolean {
    const end = this.ends.get(topic)?.get(partition);
    return end !== undefined && BigInt(offset) < end;
  }

  /**
   * Commits the ends as the group's offsets once it has joined and resolves when they are committed
   * (or rejects after `timeoutMs`). The broker accepts a member's commit for any partition of its
   * subscription, so one member commits them all. The moment is the first fetch: kafkajs emits
   * GROUP_JOIN before it counts the consumer as running, and drops commits made until then.
   */
  commitOnceJoined(consumer: Consumer, timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      let joined = false;
      const stopListening = consumer.on(consumer.events.FETCH_START, () => {
        if (joined) return;
        joined = true;
        stopListening();
        clearTimeout(timer);
        consumer.commitOffsets(this.offsets()).then(resolve, reject);
      });
      const timer = setTimeout(() => {
        stopListening();
        reject(new Error(`consumer group ${this.groupId} did not join within ${timeoutMs} ms`));
      }, timeoutMs);
      timer.unref();
    });
  }

  private offsets(): { topic: string; partition: number; offset: string }[] {
    return [...this.ends].flatMap(([topic, partitions]) =>
      [...partitions].map(([partition, offset]) => ({ topic, partition, offset: offset.toString() })),
    );
  }
}
