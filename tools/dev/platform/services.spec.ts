import { describe, expect, it } from '@jest/globals';
import { createServer } from 'node:net';
import {
  BLOCK_SIZE,
  PORT_BANDS,
  assertPortsFree,
  maxOffset,
  platformPorts,
  type PlatformPorts,
  type PlatformRun,
} from './services';

const RUNS = Object.keys(PORT_BANDS) as PlatformRun[];

function portsAt(run: PlatformRun, offset: number | string): PlatformPorts {
  return platformPorts(run, { [PORT_BANDS[run].variable]: String(offset) });
}

/** Every port any accepted offset of this kind of run can take. */
function everyPort(run: PlatformRun): number[] {
  const ports: number[] = [];
  for (let offset = 0; offset <= maxOffset(run); offset += BLOCK_SIZE)
    ports.push(...Object.values(portsAt(run, offset)));
  return ports;
}

describe(platformPorts.name, () => {
  it('should keep the documented defaults: the gateway of npm start on 3000', () => {
    expect(platformPorts('start', {})).toEqual({
      gateway: 3000,
      sessions: 3001,
      registrations: 3002,
      speakers: 3003,
      feedback: 3004,
      postgres: 3005,
      kafka: 3006,
      kafkaController: 3007,
      notifications: 3008,
      smtp: 3009,
    });
    expect(platformPorts('test', {}).gateway).toBe(12_000);
    expect(platformPorts('bench', {}).gateway).toBe(21_000);
  });

  it('should move every port of a run by its own offset only', () => {
    const env = { JIYN_PORT_OFFSET: '5000', JIYN_TEST_PORT_OFFSET: '2000' };
    expect(platformPorts('start', env).gateway).toBe(8_000);
    expect(platformPorts('start', env).kafka).toBe(8_006);
    expect(platformPorts('test', env).postgres).toBe(14_005);
  });

  it('should never give two kinds of run a common port, whatever offsets each uses', () => {
    const taken = new Map(RUNS.map((run) => [run, new Set(everyPort(run))]));
    for (const a of RUNS)
      for (const b of RUNS) {
        if (a === b) continue;
        const shared = [...(taken.get(a) ?? [])].filter((port) => taken.get(b)?.has(port));
        expect({ a, b, shared }).toEqual({ a, b, shared: [] });
      }
  });

  it('should never give two runs of one kind with different offsets a common port', () => {
    for (const run of RUNS) {
      const ports = everyPort(run);
      expect(new Set(ports).size).toBe(ports.length);
    }
  });

  it('should stay on unprivileged ports below the ephemeral range (32768), where clients bind at random', () => {
    for (const run of RUNS) {
      const ports = everyPort(run);
      expect(Math.min(...ports)).toBeGreaterThanOrEqual(1024);
      expect(Math.max(...ports)).toBeLessThan(32_768);
    }
  });

  it('should refuse an offset outside its band or between blocks, saying what it accepts', () => {
    for (const offset of ['-10', '5', '8991', '9000', '100000', 'abc', '1e3', '10.0', '0x10']) {
      expect(() => portsAt('start', offset)).toThrow(
        `JIYN_PORT_OFFSET=${offset} is not a port offset npm start accepts: use a multiple of 10 from 0 to 8990`,
      );
    }
    expect(() => portsAt('test', 9_000)).toThrow(/JIYN_TEST_PORT_OFFSET=9000 .* npm test accepts/);
    expect(portsAt('start', ' 8990 ').kafkaController).toBe(11_997);
  });
});

describe(assertPortsFree.name, () => {
  it('should name the run, the port and the process holding it', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const port = (holder.address() as { port: number }).port;
    try {
      const ports = { ...platformPorts('start', {}), gateway: port };
      await expect(
        assertPortsFree('start', ports, { postgres: true, kafka: true }, { JIYN_PORT_OFFSET: '0' }),
      ).rejects.toThrow(
        `Port ${port} (the gateway of npm start (JIYN_PORT_OFFSET=0)) is already in use by node (pid ${process.pid}) — ` +
          'stop that process or give npm start another JIYN_PORT_OFFSET (a multiple of 10 up to 8990).',
      );
    } finally {
      holder.close();
    }
  });

  it('should not check the ports of servers it does not start', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const port = (holder.address() as { port: number }).port;
    try {
      // PostgreSQL and Kafka come from DATABASE_URL / KAFKA_BROKERS: their ports may be anyone's.
      const apps = platformPorts('bench', { JIYN_BENCH_PORT_OFFSET: '8990' });
      const ports = { ...apps, postgres: port, kafka: port, kafkaController: port };
      await expect(
        assertPortsFree('bench', ports, { postgres: false, kafka: false }),
      ).resolves.toBeUndefined();
    } finally {
      holder.close();
    }
  });
});
