/**
 * Fails on a breaking change of the public contract that is not acknowledged. `npm run contracts:breaking`
 * (CI too). It compares contracts/openapi/jiyn-v1.json with its previous version, using oasdiff:
 * - with `--base <git ref>`: the file at that ref;
 * - else, if the file differs from HEAD's: HEAD's (a change being made);
 * - else: the file before the last commit of main's own line (first parents) that changed it (CI, on a
 *   fresh clone of main): a merged branch's inner commits are not main's versions.
 * A breaking change lands only with an entry in contracts/openapi/acknowledged-breaking-changes.yaml
 * (its oasdiff id, the operation and path, and the reason), or in a new API version.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const CONTRACT = 'contracts/openapi/jiyn-v1.json';
const ACKNOWLEDGED = new URL('../../contracts/openapi/acknowledged-breaking-changes.yaml', import.meta.url);
const OASDIFF = process.env['OASDIFF'] ?? join(REPO, '.local/bin/oasdiff');

/** One finding of `oasdiff breaking --format json`. */
export interface BreakingChange {
  id: string;
  text: string;
  level: number; // 3 = error (breaking), 2 = warning, 1 = info
  operation?: string;
  path?: string;
}

export interface Acknowledgement {
  id: string;
  operation?: string;
  path?: string;
  reason: string;
}

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The ref whose contract the current one is compared with, or undefined when there is none. */
export function baseRef(explicit?: string): string | undefined {
  if (explicit) return explicit;
  try {
    git('diff', '--quiet', 'HEAD', '--', CONTRACT);
  } catch {
    return 'HEAD'; // changed in the work tree
  }
  // Along main's own line (first parents): a merged branch's commits compare with main before the merge.
  const last = git('log', '--first-parent', '-n', '1', '--format=%H', '--', CONTRACT).trim();
  if (!last) return undefined;
  try {
    git('cat-file', '-e', `${last}^:${CONTRACT}`);
    return `${last}^`;
  } catch {
    return undefined; // the commit that added the contract: nothing before it to break
  }
}

export function isAcknowledged(change: BreakingChange, acknowledged: Acknowledgement[]): boolean {
  return acknowledged.some(
    (entry) =>
      entry.id === change.id &&
      (entry.operation === undefined || entry.operation === change.operation) &&
      (entry.path === undefined || entry.path === change.path) &&
      entry.reason.trim().length > 0,
  );
}

/** oasdiff's findings between two contract files, breaking ones (errors) and warnings. */
export function breakingChanges(basePath: string, currentPath: string): BreakingChange[] {
  if (!existsSync(OASDIFF))
    throw new Error(
      `oasdiff not found at ${OASDIFF}: GOBIN=$PWD/.local/bin go install github.com/oasdiff/oasdiff@v1.39.0`,
    );
  const output = execFileSync(OASDIFF, ['breaking', basePath, currentPath, '--format', 'json'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return output.trim() ? (JSON.parse(output) as BreakingChange[]) : [];
}

/**
 * Git blob ids of contract versions that were drafts (committed while the contract was first written,
 * never released to integrators): a change from a draft breaks nobody.
 */
export async function drafts(): Promise<string[]> {
  if (!existsSync(ACKNOWLEDGED)) return [];
  const parsed = parse(await readFile(ACKNOWLEDGED, 'utf8')) as { drafts?: string[] } | null;
  return parsed?.drafts ?? [];
}

export async function acknowledgements(): Promise<Acknowledgement[]> {
  if (!existsSync(ACKNOWLEDGED)) return [];
  const parsed = parse(await readFile(ACKNOWLEDGED, 'utf8')) as { acknowledged?: Acknowledgement[] } | null;
  return parsed?.acknowledged ?? [];
}

async function main(): Promise<number> {
  const flag = process.argv.indexOf('--base');
  const base = baseRef(flag > 0 ? process.argv[flag + 1] : undefined);
  if (!base) {
    console.log(`no earlier ${CONTRACT} to compare with: nothing can break`);
    return 0;
  }
  const baseBlob = git('rev-parse', `${base}:${CONTRACT}`).trim();
  if ((await drafts()).includes(baseBlob)) {
    console.log(`${CONTRACT} at ${base} was a draft (${baseBlob}): nothing released can break`);
    return 0;
  }
  const folder = await mkdtemp(join(tmpdir(), 'jiyn-contract-'));
  const basePath = join(folder, 'base.json');
  await writeFile(basePath, git('show', `${base}:${CONTRACT}`));
  const changes = breakingChanges(basePath, join(REPO, CONTRACT));
  const acknowledged = await acknowledgements();
  const errors = changes.filter((change) => change.level >= 3);
  const refused = errors.filter((change) => !isAcknowledged(change, acknowledged));
  for (const change of changes) {
    const verdict =
      change.level < 3 ? 'warning' : isAcknowledged(change, acknowledged) ? 'acknowledged' : 'BREAKING';
    console.log(`${verdict}: ${change.id} ${change.operation ?? ''} ${change.path ?? ''}: ${change.text}`);
  }
  console.log(
    `compared with ${base}: ${errors.length} breaking (${errors.length - refused.length} acknowledged), ${changes.length - errors.length} warnings`,
  );
  if (refused.length > 0)
    console.error(
      'A breaking change needs a new API version, or an entry (id, operation, path, reason) in contracts/openapi/acknowledged-breaking-changes.yaml.',
    );
  return refused.length > 0 ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = await main();
