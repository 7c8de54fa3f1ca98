import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const REQUIREMENTS = join(REPO_ROOT, 'tools/contracts/schemathesis-requirements.txt');
const VENV = join(REPO_ROOT, '.local/schemathesis');
/** Which checks are narrowed, and why. */
const CONFIG = join(REPO_ROOT, 'tools/contracts/schemathesis.toml');
const BINARY = join(VENV, 'bin/schemathesis');
/** Where the JUnit report of each run is kept (CI keeps it as an artifact). */
export const REPORT_DIR = join(REPO_ROOT, '.local/test-artifacts/schemathesis');

/** The pinned schemathesis, installed from PyPI into a venv of its own on first use. */
export function ensureSchemathesis(): string {
  const pinned = /schemathesis==([\d.]+)/.exec(readFileSync(REQUIREMENTS, 'utf8'))?.[1];
  if (!pinned) throw new Error(`no schemathesis version pinned in ${REQUIREMENTS}`);
  const installed = existsSync(BINARY)
    ? execFileSync(BINARY, ['--version'], { encoding: 'utf8' }).trim().split(' ').pop()
    : undefined;
  if (installed !== pinned) {
    if (!existsSync(join(VENV, 'bin/pip')))
      execFileSync('python3', ['-m', 'venv', VENV], { stdio: 'inherit' });
    execFileSync(join(VENV, 'bin/pip'), ['install', '--quiet', '-r', REQUIREMENTS], { stdio: 'inherit' });
  }
  return BINARY;
}

export interface FuzzRun {
  exitCode: number;
  output: string;
}

/** Runs `schemathesis run` and collects what it prints (it explains every failure it finds). */
export function runSchemathesis(
  binary: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<FuzzRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, ['--no-color', '--config-file', CONFIG, 'run', ...args], {
      // schemathesis keeps a cache of failing cases in `.schemathesis/` under its working directory;
      // that belongs with the run's other artifacts, not in the checkout.
      cwd: REPORT_DIR,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ exitCode: code ?? -1, output }));
  });
}
