import { InfraError, assertPortFree } from '../infra';

/** The six apps, and which own a database schema. */
export const DATA_SERVICES = ['sessions', 'registrations', 'speakers', 'feedback', 'notifications'] as const;
export type DataServiceName = (typeof DATA_SERVICES)[number];
export type AppName = DataServiceName | 'gateway';

export interface PlatformPorts {
  gateway: number;
  sessions: number;
  registrations: number;
  speakers: number;
  feedback: number;
  postgres: number;
  kafka: number;
  kafkaController: number;
  notifications: number;
  /** The local SMTP server that receives the platform's e-mail (npm start, the tests, the benchmarks). */
  smtp: number;
}

/** Who runs a platform: `npm start`, `npm test`, or a benchmark's own. */
export type PlatformRun = 'start' | 'test' | 'bench';

/**
 * Each kind of run owns a band of ports, and one platform takes a block of BLOCK_SIZE consecutive ports
 * at `first + offset`. The bands do not overlap and an offset must keep the block inside its band, so
 * `npm start`, `npm test` and the benchmarks never take each other's ports whatever offsets they use;
 * offsets are multiples of the block size, so two runs of one kind with different offsets never
 * collide either. Every band lies below 32768, where Linux's ephemeral ports (outgoing connections)
 * begin, so a client socket cannot sit on one of them by chance.
 */
export const PORT_BANDS: Record<PlatformRun, { first: number; size: number; variable: string; who: string }> =
  {
    start: { first: 3_000, size: 9_000, variable: 'JIYN_PORT_OFFSET', who: 'npm start' },
    test: { first: 12_000, size: 9_000, variable: 'JIYN_TEST_PORT_OFFSET', who: 'npm test' },
    bench: { first: 21_000, size: 9_000, variable: 'JIYN_BENCH_PORT_OFFSET', who: 'the benchmark' },
  };

export const BLOCK_SIZE = 10;

/**
 * Where each port sits in a platform's block: the gateway first (3000 for `npm start`). The
 * notifications service and its local SMTP server came last, into what were two spare slots.
 */
const BLOCK_LAYOUT: PlatformPorts = {
  gateway: 0,
  sessions: 1,
  registrations: 2,
  speakers: 3,
  feedback: 4,
  postgres: 5,
  kafka: 6,
  kafkaController: 7,
  notifications: 8,
  smtp: 9,
};

/** The largest offset a band accepts. */
export function maxOffset(run: PlatformRun): number {
  return PORT_BANDS[run].size - BLOCK_SIZE;
}

/**
 * The ports of one platform run, its offset read from the run's variable (`JIYN_PORT_OFFSET` for
 * `npm start`, …). An offset outside the band, or not a multiple of the block size, is refused.
 */
export function platformPorts(run: PlatformRun, env: NodeJS.ProcessEnv = process.env): PlatformPorts {
  const band = PORT_BANDS[run];
  const text = env[band.variable]?.trim() || '0';
  const offset = Number(text);
  if (!/^\d+$/.test(text) || offset % BLOCK_SIZE !== 0 || offset > maxOffset(run)) {
    throw new InfraError(
      `${band.variable}=${text} is not a port offset ${band.who} accepts: use a multiple of ${BLOCK_SIZE} ` +
        `from 0 to ${maxOffset(run)}. Its platform then takes ports ${band.first}+offset to ` +
        `${band.first + BLOCK_SIZE - 1}+offset, a band no other kind of run uses.`,
    );
  }
  const base = band.first + offset;
  return Object.fromEntries(
    Object.entries(BLOCK_LAYOUT).map(([name, slot]) => [name, base + slot]),
  ) as unknown as PlatformPorts;
}

/** A readable name for a port of a run, for messages: "PostgreSQL of npm start (JIYN_PORT_OFFSET=0)". */
export function describePort(run: PlatformRun, name: keyof PlatformPorts, env = process.env): string {
  const band = PORT_BANDS[run];
  const what: Record<keyof PlatformPorts, string> = {
    gateway: 'the gateway',
    sessions: 'the sessions app',
    registrations: 'the registrations app',
    speakers: 'the speakers app',
    feedback: 'the feedback app',
    postgres: 'PostgreSQL',
    kafka: 'Kafka',
    kafkaController: 'the Kafka controller',
    notifications: 'the notifications app',
    smtp: 'the local SMTP server',
  };
  return `${what[name]} of ${band.who} (${band.variable}=${env[band.variable]?.trim() || '0'})`;
}

/**
 * Checks, before anything starts, that the ports this run needs are free (PostgreSQL's, Kafka's and the
 * SMTP server's only when it starts its own), naming the run, the port and its holder when one is taken. Since the bands
 * are apart, the holder is another run of the same kind with the same offset, or a program that has
 * nothing to do with Jiyn.
 */
export async function assertPortsFree(
  run: PlatformRun,
  ports: PlatformPorts,
  own: { postgres: boolean; kafka: boolean; smtp?: boolean },
  env = process.env,
): Promise<void> {
  const band = PORT_BANDS[run];
  const hint = `give ${band.who} another ${band.variable} (a multiple of ${BLOCK_SIZE} up to ${maxOffset(run)})`;
  const needed = (Object.keys(ports) as (keyof PlatformPorts)[]).filter((name) =>
    name === 'postgres'
      ? own.postgres
      : name === 'kafka' || name === 'kafkaController'
        ? own.kafka
        : name === 'smtp'
          ? (own.smtp ?? true)
          : true,
  );
  for (const name of needed) await assertPortFree(ports[name], describePort(run, name, env), hint);
}
