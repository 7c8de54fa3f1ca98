/**
 * `npm run soak:seats -- --seed 7 --minutes 10 [--planner "generic plans"]`: one long seat history
 * (apps/registrations/test/seat-history) on grown tables, with the test tooling's own PostgreSQL
 * and Kafka. A failing run prints its violations and writes the whole history to a file.
 */
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: String(Date.now() % 100_000) },
    minutes: { type: 'string', default: '10' },
    planner: { type: 'string', default: 'generic plans' },
  },
});
const seconds = Math.round(Number(values.minutes) * 60);
if (!Number.isInteger(Number(values.seed)) || !(seconds > 0)) {
  console.error('usage: npm run soak:seats -- --seed <integer> --minutes <number> [--planner <name>]');
  process.exit(2);
}
console.log(`seat soak: seed ${values.seed}, ${seconds} s, ${values.planner}`);
const child = spawn(
  process.execPath,
  [
    '--import',
    '@swc-node/register/esm-register',
    'tools/test/run-tests.ts',
    'integration',
    '--testPathPatterns',
    'seat-history',
  ],
  {
    stdio: 'inherit',
    env: {
      ...process.env,
      JIYN_SEAT_SOAK_SECONDS: String(seconds),
      JIYN_SEAT_SOAK_SEED: values.seed,
      JIYN_SEAT_SOAK_PLANNER: values.planner,
    },
  },
);
child.on('exit', (code) => process.exit(code ?? 1));
