/** The five apps, their default ports for `npm start`, and which own a database schema. */
export const DATA_SERVICES = ['sessions', 'registrations', 'speakers', 'feedback'] as const;
export type DataServiceName = (typeof DATA_SERVICES)[number];
export type AppName = DataServiceName | 'gateway';

export interface PlatformPorts {
  postgres: number;
  kafka: number;
  kafkaController: number;
  gateway: number;
  sessions: number;
  registrations: number;
  speakers: number;
  feedback: number;
}

/** `npm start` ports; JIYN_PORT_OFFSET shifts them all when something else holds one. */
export const DEV_PORTS: PlatformPorts = shift(
  {
    postgres: 54329,
    kafka: 59092,
    kafkaController: 59093,
    gateway: 3000,
    sessions: 3101,
    registrations: 3102,
    speakers: 3103,
    feedback: 3104,
  },
  Number(process.env['JIYN_PORT_OFFSET'] ?? 0),
);

/**
 * `npm test` ports: apart from the dev ones so tests run beside a running `npm start`;
 * JIYN_TEST_PORT_OFFSET shifts them all, so two test runs can share a machine.
 */
export const TEST_PORTS: PlatformPorts = shift(
  {
    postgres: 55439,
    kafka: 59192,
    kafkaController: 59193,
    gateway: 3200,
    sessions: 3201,
    registrations: 3202,
    speakers: 3203,
    feedback: 3204,
  },
  Number(process.env['JIYN_TEST_PORT_OFFSET'] ?? 0),
);

function shift(ports: PlatformPorts, offset: number): PlatformPorts {
  return Object.fromEntries(
    Object.entries(ports).map(([name, port]) => [name, port + offset]),
  ) as unknown as PlatformPorts;
}
