import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from './load-config';
import { DataServiceEnvironment } from './service-environment';

const valid = {
  PORT: '3001',
  INTERNAL_TOKEN: 'x'.repeat(40),
  DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/db',
  KAFKA_BROKERS: '127.0.0.1:9092, 127.0.0.1:9093',
};

describe(loadConfig.name, () => {
  it('should convert strings into typed values and apply defaults', () => {
    const config = loadConfig(DataServiceEnvironment, valid);
    expect(config.PORT).toBe(3001);
    expect(config.KAFKA_BROKERS).toEqual(['127.0.0.1:9092', '127.0.0.1:9093']);
    expect(config.OUTBOX_POLL_INTERVAL_MS).toBe(1000);
    expect(
      loadConfig(DataServiceEnvironment, { ...valid, OUTBOX_POLL_INTERVAL_MS: '250' })
        .OUTBOX_POLL_INTERVAL_MS,
    ).toBe(250);
    expect(config.NODE_ENV).toBe('development');
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('should list every problem at once', () => {
    let error: unknown;
    try {
      loadConfig(DataServiceEnvironment, { PORT: 'abc', INTERNAL_TOKEN: 'short', KAFKA_BROKERS: 'nope' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/PORT/);
    expect(problems).toMatch(/INTERNAL_TOKEN must be at least 32 characters/);
    expect(problems).toMatch(/DATABASE_URL/);
    expect(problems).toMatch(/KAFKA_BROKERS/);
  });
});
