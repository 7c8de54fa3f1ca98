/**
 * `npm run bench:registrations:ab [-- <ref> [rounds]]`: the registrations benchmark on another commit
 * (A, by default the last one before issue 11's access work) and on this checkout (B), alternating
 * A B A B… so whatever else loads the machine falls on both, then each side's median and spread of
 * registrations/s per phase and B's difference from A.
 *
 * A runs in a throw-away worktree (`git worktree add --detach`, `npm ci`), removed at the end unless
 * JIYN_AB_KEEP=1. Both sides use JIYN_BENCH_PORT_OFFSET, one after the other. Each run's full output
 * is kept in the printed folder.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { int, table } from './bench-kit';

/** The main line just before issue 11's access work ("Auth vocabulary for issue 11", 2dba588). */
const BEFORE_ACCESS = 'fcca737';
const ref = process.argv[2] ?? BEFORE_ACCESS;
const rounds = Math.max(1, Number(process.argv[3] ?? 3));
const PHASES = ['ample capacity', 'contention'] as const;
type Rates = Record<(typeof PHASES)[number], number>;

function git(...args: string[]): string {
  const result = spawnSync('git', args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}

function run(command: string, args: string[], cwd: string, output?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const saved = output ? writeFile(output, text) : Promise.resolve();
      void saved.then(() => {
        if (code === 0) resolve(text);
        else
          reject(
            new Error(
              `${command} ${args.join(' ')} in ${cwd} exited ${code}${output ? `; see ${output}` : ''}`,
            ),
          );
      }, reject);
    });
  });
}

/** Registrations/s of each phase, from the benchmark's phase table. */
function ratesOf(output: string): Rates {
  const rate = (pattern: RegExp) => Number(pattern.exec(output)?.[1]?.replace(/,/g, '') ?? Number.NaN);
  return {
    'ample capacity': rate(/^ample capacity\s+[\d,]+\s+([\d,]+)\s/m),
    contention: rate(/^capacity \d+ \(contention\)\s+[\d,]+\s+([\d,]+)\s/m),
  };
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

async function main(): Promise<void> {
  const here = git('rev-parse', '--show-toplevel');
  const commit = git('rev-parse', '--short', ref);
  const logs = await mkdtemp(join(tmpdir(), 'jiyn-ab-logs-'));
  const base = await mkdtemp(join(tmpdir(), 'jiyn-ab-base-'));
  console.log(
    `[ab] A: ${commit} in ${base}; B: ${here} (${git('rev-parse', '--short', 'HEAD')}); logs in ${logs}`,
  );
  git('worktree', 'add', '--detach', base, commit);
  try {
    console.log('[ab] npm ci for A…');
    await run('npm', ['ci', '--no-audit', '--no-fund'], base);
    const results: Record<'A' | 'B', Rates[]> = { A: [], B: [] };
    for (let round = 1; round <= rounds; round++) {
      for (const [side, dir] of [
        ['A', base],
        ['B', here],
      ] as const) {
        const output = await run(
          'npm',
          ['run', 'bench:registrations'],
          dir,
          join(logs, `${side}-${round}.log`),
        );
        const rates = ratesOf(output);
        results[side].push(rates);
        console.log(
          `[ab] round ${round} ${side}: ${PHASES.map((phase) => `${phase} ${int(rates[phase])}/s`).join(', ')}`,
        );
      }
    }
    console.log('');
    console.log(
      table(
        ['registrations/s', 'A runs', 'A median', 'B runs', 'B median', 'B vs A'],
        PHASES.map((phase) => {
          const a = results.A.map((rates) => rates[phase]);
          const b = results.B.map((rates) => rates[phase]);
          const change = (median(b) / median(a) - 1) * 100;
          return [
            phase,
            a.map(int).join(' '),
            `${int(median(a))} (${int(Math.min(...a))}–${int(Math.max(...a))})`,
            b.map(int).join(' '),
            `${int(median(b))} (${int(Math.min(...b))}–${int(Math.max(...b))})`,
            `${change >= 0 ? '+' : ''}${change.toFixed(1)} %`,
          ];
        }),
      ),
    );
    console.log(
      "\nA difference smaller than either side's spread (min–max) is within the noise of this machine.",
    );
  } finally {
    if (process.env['JIYN_AB_KEEP'] !== '1') {
      git('worktree', 'remove', '--force', base);
      await rm(base, { recursive: true, force: true });
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
