import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, type Producer } from 'kafkajs';

/** Publishes CloudEvents as another service would, to drive a service's consumers in tests. */
export class CloudEventProducer {
  private producer?: Producer;

  constructor(private readonly brokers: string[]) {}

  async send(
    topic: string,
    type: string,
    subject: string,
    data: object,
    id: string = randomUUID(),
  ): Promise<string> {
    if (!this.producer) {
      this.producer = new Kafka({
        clientId: 'jiyn-test-producer',
        brokers: this.brokers,
        logLevel: logLevel.NOTHING,
      }).producer();
      await this.producer.connect();
    }
    await this.producer.send({
      topic,
      acks: -1,
      messages: [
        {
          key: subject,
          value: JSON.stringify(data),
          headers: {
            ce_specversion: '1.0',
            ce_id: id,
            ce_source: '/jiyn/test',
            ce_type: type,
            ce_subject: subject,
            ce_time: new Date().toISOString(),
            'content-type': 'application/json',
          },
        },
      ],
    });
    return id;
  }

  async stop(): Promise<void> {
    await this.producer?.disconnect();
  }
}
