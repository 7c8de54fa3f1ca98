import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile, spawn } from 'node:child_process';
import { cp, lstat, mkdir, mkdtemp, readdir, readlink, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { platformPorts } from '../platform';
import { PERSISTENT_ROOT_BASE, THROWAWAY_ROOT_BASE } from './postgres-root';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const isRoot = process.getuid?.() === 0;
/** The test run's spare port (slot 8 of its block): a PostgreSQL of this test's own. */
const PORT = platformPorts('test').gateway + 8;

/** Starts PostgreSQL through the clone's own tooling, does one thing with it, stops it. */
const SCRIPT = `
import pg from 'pg';
import { startPostgres } from './dev/infra';
const [action, port] = process.argv.slice(2);
const persistent = action !== 'throwaway';
const dataDir = persistent ? '.local/data/postgres' : '.local/test-data/postgres';
const server = await startPostgres({ dataDir, port: Number(port), persistent });
const client = new pg.Client({ connectionString: server.url });
await client.connect();
let result: unknown;
if (action === 'write') {
  await client.query('CREATE TABLE kept (note text)');
  await client.query("INSERT INTO kept VALUES ('still here')");
  result = 'written';
} else if (action === 'read') {
  result = (await client.query('SELECT note FROM kept')).rows;
} else {
  result = (await client.query('SELECT current_user AS who')).rows;
}
await client.end();
await server.stop();
console.log(JSON.stringify({ result }));
`;

let parent: string;
let checkout: string;

/** Runs the script in the clone as root; resolves with what it printed last. */
function inClone(action: 'write' | 'read' | 'throwaway'): Promise<{ result: unknown }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', '@swc-node/register/esm-register', 'tools/pg-check.ts', action, String(PORT)],
      { cwd: checkout, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_NO_WARNINGS: '1' } },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      const last = output.trim().split('\n').at(-1) ?? '';
      if (code === 0 && last.startsWith('{')) resolve(JSON.parse(last) as { result: unknown });
      else reject(new Error(`the clone's PostgreSQL run failed (exit ${code}):\n${output}`));
    });
  });
}

/** Can the `postgres` user enter this directory? */
async function postgresCanEnter(dir: string): Promise<boolean> {
  const { stdout: uid } = await run('id', ['-u', 'postgres']);
  return new Promise((resolve) => {
    const child = spawn('sh', ['-c', 'cd "$1"', 'sh', dir], { uid: Number(uid), cwd: '/', stdio: 'ignore' });
    child.once('exit', (code) => resolve(code === 0));
  });
}

async function throwawayDirs(): Promise<string[]> {
  return (await readdir(THROWAWAY_ROOT_BASE)).filter((name) => name.startsWith('jiyn-postgres-'));
}

/** Every PostgreSQL server on the machine (the test run's own, and other runs', among them). */
async function postmasters(): Promise<string[]> {
  const { stdout } = await run('ps', ['-eo', 'args']);
  return stdout.split('\n').filter((line) => line.includes('/bin/postgres -D'));
}

/** The servers the clone's script starts: on this test's own port. */
async function clonePostmasters(): Promise<string[]> {
  return (await postmasters()).filter((line) => line.includes(` -p ${PORT} `));
}

/**
 * Throw-away folders made since `before` and still there, leaving out those of servers running now:
 * other test runs on the machine make and remove their own meanwhile.
 */
async function leftBehind(before: string[]): Promise<string[]> {
  const running = (await postmasters()).join('\n');
  return (await throwawayDirs()).filter((dir) => !before.includes(dir) && !running.includes(`/${dir}/`));
}

// PostgreSQL refuses root; only a root run has to carry it to the `postgres` user (CI and containers are root).
(isRoot ? describe : describe.skip)('PostgreSQL as root from a checkout only root can enter', () => {
  beforeAll(async () => {
    parent = await mkdtemp(join(tmpdir(), 'jiyn-clone-')); // mode 700, owned by root, like `mktemp -d`
    checkout = join(parent, 'p');
    await run('git', ['clone', '--quiet', ROOT, checkout]);
    // The checkout as it stands, uncommitted changes included, so the test runs the code under test.
    const { stdout: changed } = await run('git', ['ls-files', '-z', '-m', '-o', '--exclude-standard'], {
      cwd: ROOT,
    });
    for (const file of changed.split('\0').filter(Boolean)) {
      const from = join(ROOT, file);
      if (!(await stat(from).catch(() => undefined))?.isFile()) continue;
      await mkdir(dirname(join(checkout, file)), { recursive: true });
      await cp(from, join(checkout, file));
    }
    const { stdout: deleted } = await run('git', ['ls-files', '-z', '-d'], { cwd: ROOT });
    for (const file of deleted.split('\0').filter(Boolean)) await rm(join(checkout, file), { force: true });
    // `npm ci` would take minutes: hard links give the clone its own node_modules in no time.
    await run('cp', ['-al', join(ROOT, 'node_modules'), join(checkout, 'node_modules')]).catch(() =>
      run('cp', ['-a', join(ROOT, 'node_modules'), join(checkout, 'node_modules')]),
    );
    await writeFile(join(checkout, 'tools', 'pg-check.ts'), SCRIPT);
  }, 300_000);

  afterAll(async () => {
    const link = await readlink(join(checkout, '.local/data/postgres')).catch(() => undefined);
    if (link?.startsWith(`${PERSISTENT_ROOT_BASE}/`))
      await rm(dirname(link), { recursive: true, force: true });
    await rmdir(PERSISTENT_ROOT_BASE).catch(() => undefined); // only if this test was its only user
    await rm(parent, { recursive: true, force: true });
  }, 60_000);

  it('should be a directory the postgres user cannot enter, as `mktemp -d` makes it', async () => {
    expect((await stat(parent)).mode & 0o777).toBe(0o700);
    expect(await postgresCanEnter(parent)).toBe(false);
  });

  it("should run npm start's cluster as postgres, keep its data across restarts and leave nothing running", async () => {
    expect(await clonePostmasters()).toEqual([]);
    expect(await inClone('write')).toEqual({ result: 'written' });
    expect(await inClone('read')).toEqual({ result: [{ note: 'still here' }] });

    // The checkout shows where its cluster is: a link into /var/lib/jiyn, which postgres can reach.
    const dataLink = join(checkout, '.local/data/postgres');
    expect((await lstat(dataLink)).isSymbolicLink()).toBe(true);
    const dataDir = await readlink(dataLink);
    expect(dataDir).toMatch(new RegExp(`^${PERSISTENT_ROOT_BASE}/postgres-[0-9a-f]{16}/data$`));
    expect(await postgresCanEnter(dataDir)).toBe(true);
    // Kept: the data. Not kept: this run's copy of the binaries.
    expect((await readdir(dirname(dataDir))).sort()).toEqual(['data', 'owner']);
    expect(await clonePostmasters()).toEqual([]);
  }, 180_000);

  it('should throw a test cluster away with everything it made for it', async () => {
    const dirs = await throwawayDirs();
    expect(await inClone('throwaway')).toEqual({ result: [{ who: 'jiyn' }] });
    expect(await leftBehind(dirs)).toEqual([]);
    expect(await clonePostmasters()).toEqual([]);
  }, 180_000);
});
