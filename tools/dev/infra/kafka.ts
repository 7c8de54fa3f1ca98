import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, openSync, closeSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { delimiter, join, resolve as resolvePath } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Kafka, logLevel } from 'kafkajs';
import { InfraError } from './errors';
import { assertPortFree } from './ports';
import { isProcessAlive, lastLines, readFileIfExists } from './process-files';

export interface KafkaHandle {
  brokers: string[];
  pid: number;
  logFile: string;
  stop(): Promise<void>;
}

export interface StartKafkaOptions {
  /** Holds the broker's log dir, generated config and broker.log; kept across restarts. */
  dataDir: string;
  port: number;
  controllerPort: number;
  /** Progress lines for humans (the broker's own log goes to `logFile`). */
  log?: (line: string) => void;
  /** Max heap; defaults to 512 MB. */
  heapMb?: number;
}

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const KAFKA_INFRA_DIR = join(REPO_ROOT, 'infra', 'kafka');
const POM_FILE = join(KAFKA_INFRA_DIR, 'pom.xml');
const LOG4J_FILE = join(KAFKA_INFRA_DIR, 'log4j.properties');
const CONFIG_TEMPLATE = join(KAFKA_INFRA_DIR, 'server.template.properties');
const CACHE_DIR = join(REPO_ROOT, '.local', 'cache');

const MIN_JAVA = 17;
const READY_TIMEOUT_MS = 90_000;
const STOP_GRACE_MS = 8_000;
const LOG_TAIL_LINES = 30;

export async function startKafka(opts: StartKafkaOptions): Promise<KafkaHandle> {
  const log = opts.log ?? (() => undefined);
  const startedAt = Date.now();
  const paths = dataPaths(resolvePath(opts.dataDir));

  assertNoLeftoverBroker(paths.pidFile);
  await assertPortFree(opts.port, 'Kafka');
  await assertPortFree(opts.controllerPort, 'Kafka controller');
  const java = await findJava();
  const classpath = await resolveClasspath(log);

  await mkdir(paths.logDir, { recursive: true });
  await writeBrokerConfig(paths, opts);
  if (!existsSync(join(paths.logDir, 'meta.properties'))) {
    log(`Formatting Kafka storage in ${paths.logDir}`);
    await formatStorage(java, classpath, paths.config);
  }

  const child = spawnBroker(java, classpath, paths, opts.heapMb ?? 512);
  const pid = child.pid as number;
  const stop = stopper(child, paths.pidFile);
  const brokers = [`127.0.0.1:${opts.port}`];
  try {
    await writeFile(paths.pidFile, `${pid}\n`);
    await waitUntilReady(child, brokers, paths.brokerLog);
  } catch (err) {
    await stop();
    throw err;
  }
  log(`Kafka ready on ${brokers[0]} (pid ${pid}) in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
  return { brokers, pid, logFile: paths.brokerLog, stop };
}

/** Freezes the broker (SIGSTOP) so clients see it as unreachable; tests use this to simulate an outage. */
export function pauseKafka(handle: Pick<KafkaHandle, 'pid'>): void {
  process.kill(handle.pid, 'SIGSTOP');
}

export function resumeKafka(handle: Pick<KafkaHandle, 'pid'>): void {
  process.kill(handle.pid, 'SIGCONT');
}

interface DataPaths {
  logDir: string;
  config: string;
  brokerLog: string;
  pidFile: string;
}

function dataPaths(dataDir: string): DataPaths {
  return {
    logDir: join(dataDir, 'kraft-logs'),
    config: join(dataDir, 'server.properties'),
    brokerLog: join(dataDir, 'broker.log'),
    pidFile: join(dataDir, 'kafka.pid'),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Java

async function findJava(): Promise<string> {
  // Same rule as Kafka's own launch scripts: JAVA_HOME wins over PATH.
  const javaHome = process.env['JAVA_HOME'];
  const java = javaHome ? join(javaHome, 'bin', 'java') : 'java';
  const where = javaHome ? `JAVA_HOME (${java})` : 'PATH';
  let output: string;
  try {
    output = (await run(java, ['-version'])).output;
  } catch (err) {
    if (isErrno(err, 'ENOENT')) {
      const missing = javaHome
        ? `JAVA_HOME points to ${javaHome}, which has no bin/java`
        : 'no `java` was found on PATH';
      throw new InfraError(
        `Java ${MIN_JAVA}+ is needed to run the local Kafka broker, but ${missing}. ` +
          `Install a JDK/JRE ${MIN_JAVA} or newer (e.g. \`apt-get install openjdk-17-jre-headless\`, ` +
          `\`brew install openjdk@17\`) and put it on PATH, or point JAVA_HOME at one.`,
      );
    }
    throw new InfraError(`Could not run \`${java} -version\`: ${(err as Error).message}`, { cause: err });
  }
  const major = parseJavaMajor(output);
  if (major === undefined || major < MIN_JAVA) {
    const found = major === undefined ? 'an unrecognised Java version' : `Java ${major}`;
    throw new InfraError(
      `The local Kafka broker needs Java ${MIN_JAVA} or newer, but ${where} has ${found}. ` +
        `Install Java ${MIN_JAVA}+ and put it first on PATH or set JAVA_HOME.`,
    );
  }
  return java;
}

/** `java -version` prints e.g. `openjdk version "17.0.15"` or, before Java 9, `"1.8.0_392"`. */
function parseJavaMajor(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 ? Number(match[2]) : first;
}

// ---------------------------------------------------------------------------------------------------------
// Classpath (Maven runs once per pom.xml content, then the result is cached)

async function resolveClasspath(log: (line: string) => void): Promise<string> {
  const pom = await readFile(POM_FILE);
  const hash = createHash('sha256').update(pom).digest('hex').slice(0, 16);
  const cacheFile = join(CACHE_DIR, `kafka-classpath-${hash}.txt`);
  const cached = await readCachedClasspath(cacheFile);
  if (cached) return cached;

  log('Resolving the Kafka broker from Maven Central (first run only, ~70 MB into ~/.m2)…');
  const startedAt = Date.now();
  await mkdir(CACHE_DIR, { recursive: true });
  const tmpFile = `${cacheFile}.${process.pid}.tmp`;
  await runMaven(tmpFile);
  const classpath = (await readFile(tmpFile, 'utf8')).trim();
  if (!classpath) throw new InfraError(`Maven produced an empty classpath for ${POM_FILE}.`);
  // rename() is atomic, so a concurrent starter never reads half a file.
  await rename(tmpFile, cacheFile);
  log(`Kafka classpath resolved in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
  return classpath;
}

/** A cached classpath is only good while every jar is still in the local Maven repository. */
async function readCachedClasspath(cacheFile: string): Promise<string | undefined> {
  const content = await readFile(cacheFile, 'utf8').catch(() => undefined);
  const classpath = content?.trim();
  if (!classpath) return undefined;
  return classpath.split(delimiter).every((jar) => existsSync(jar)) ? classpath : undefined;
}

async function runMaven(outputFile: string): Promise<void> {
  const args = ['-B', '-q', '-f', POM_FILE, 'dependency:build-classpath', `-Dmdep.outputFile=${outputFile}`];
  let result: RunResult;
  try {
    result = await run('mvn', args);
  } catch (err) {
    if (isErrno(err, 'ENOENT')) {
      throw new InfraError(
        'Maven (`mvn`) is needed once to download the Kafka broker from Maven Central, but it is not on PATH. ' +
          'Install Maven 3.6+ (e.g. `apt-get install maven`, `brew install maven`) and start again.',
      );
    }
    throw new InfraError(`Could not run Maven: ${(err as Error).message}`, { cause: err });
  }
  if (result.code !== 0) {
    await rm(outputFile, { force: true });
    throw new InfraError(
      `Maven could not resolve the Kafka broker (exit code ${result.code}). Is Maven Central reachable ` +
        `(proxy settings in ~/.m2/settings.xml)?\n` +
        `  mvn ${args.join(' ')}\n${indent(lastLines(withoutMavenBoilerplate(result.output), 20))}`,
    );
  }
}

/** Maven ends every failure with the same "re-run with -e / -X, see [Help 1]" paragraph; keep the cause. */
function withoutMavenBoilerplate(output: string): string {
  const boilerplate =
    /re-run Maven|full stack trace|full debug logging|possible solutions|\[Help \d+\] http|^\[ERROR\]\s*$/;
  return output
    .split('\n')
    .filter((line) => !boilerplate.test(line.trim()))
    .join('\n');
}

// ---------------------------------------------------------------------------------------------------------
// Broker

async function writeBrokerConfig(paths: DataPaths, opts: StartKafkaOptions): Promise<void> {
  const values: Record<string, string> = {
    PORT: String(opts.port),
    CONTROLLER_PORT: String(opts.controllerPort),
    // Properties files treat backslashes as escapes (Windows paths).
    LOG_DIR: paths.logDir.replaceAll('\\', '/'),
  };
  const template = await readFile(CONFIG_TEMPLATE, 'utf8');
  const config = template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => values[key] ?? whole);
  await writeFile(paths.config, config);
}

function jvmArgs(classpath: string, heapMb: number, logLevelName: 'INFO' | 'WARN'): string[] {
  return [
    `-Xms${Math.min(256, heapMb)}m`,
    `-Xmx${heapMb}m`,
    // Measured: SerialGC + C1-only brings the broker up in ~1.6 s instead of ~1.95 s (G1 + C2 default);
    // a local broker never runs long or hot enough for C2 to pay off.
    '-XX:+UseSerialGC',
    '-XX:TieredStopAtLevel=1',
    '-XX:+ExitOnOutOfMemoryError',
    '-XX:-UsePerfData',
    '-Djava.awt.headless=true',
    `-Dlog4j.configuration=${pathToFileURL(LOG4J_FILE).href}`,
    `-Djiyn.kafka.log.level=${logLevelName}`,
    '-cp',
    classpath,
  ];
}

/** One-off `kafka-storage.sh format` equivalent; the random cluster id is persisted in meta.properties. */
async function formatStorage(java: string, classpath: string, configFile: string): Promise<void> {
  const args = [
    ...jvmArgs(classpath, 256, 'WARN'),
    'kafka.tools.StorageTool',
    'format',
    '--cluster-id',
    newClusterId(),
    '--config',
    configFile,
    '--ignore-formatted',
  ];
  const result = await run(java, args);
  if (result.code !== 0) {
    throw new InfraError(
      `Formatting the Kafka storage failed (exit code ${result.code}):\n${indent(lastLines(result.output, 20))}`,
    );
  }
}

/** A Kafka cluster id is a base64url UUID (22 chars); Kafka avoids ids starting with '-' (CLI parsing). */
function newClusterId(): string {
  for (;;) {
    const id = randomBytes(16).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}

function spawnBroker(java: string, classpath: string, paths: DataPaths, heapMb: number): ChildProcess {
  // The JVM writes straight into the log file: no pipe for Node to drain, and the output survives a crash.
  const logFd = openSync(paths.brokerLog, 'w');
  try {
    const args = [...jvmArgs(classpath, heapMb, 'INFO'), 'kafka.Kafka', paths.config];
    const [command, commandArgs] = withParentDeathSignal(java, args);
    const child = spawn(command, commandArgs, { stdio: ['ignore', logFd, logFd] });
    // Without a listener a late spawn 'error' would crash the parent; a failed spawn shows as pid undefined.
    child.on('error', () => undefined);
    if (child.pid === undefined) {
      throw new InfraError(`Could not start the Kafka broker: failed to run ${command}.`);
    }
    killOnParentExit(child);
    return child;
  } finally {
    closeSync(logFd);
  }
}

/**
 * On Linux, `setpriv --pdeathsig KILL` makes the kernel kill the JVM if this process dies in a way that
 * skips 'exit' handlers (SIGKILL, crash, unhandled SIGTERM). setpriv exec()s java, so the pid stays the
 * JVM's own and SIGSTOP/SIGCONT still reach it. Elsewhere only the 'exit' hook protects us.
 */
function withParentDeathSignal(command: string, args: string[]): [string, string[]] {
  return hasSetprivPdeathsig()
    ? ['setpriv', ['--pdeathsig', 'KILL', '--', command, ...args]]
    : [command, args];
}

let setprivSupported: boolean | undefined;
function hasSetprivPdeathsig(): boolean {
  // util-linux older than 2.33 has setpriv without --pdeathsig, so try it rather than look for the file.
  setprivSupported ??=
    process.platform === 'linux' &&
    spawnSync('setpriv', ['--pdeathsig', 'KILL', '--', 'true'], { stdio: 'ignore' }).status === 0;
  return setprivSupported;
}

/** Last line of defence: a parent that exits without stop() takes the JVM with it. */
function killOnParentExit(child: ChildProcess): void {
  const hook = (): void => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  process.on('exit', hook);
  child.once('exit', () => process.removeListener('exit', hook));
}

/** Returns an idempotent stop(): SIGTERM (graceful Kafka shutdown), SIGKILL after 8 s, resolves on exit. */
function stopper(child: ChildProcess, pidFile: string): () => Promise<void> {
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  }).then(() => rm(pidFile, { force: true }));
  let stopping: Promise<void> | undefined;
  return () => {
    stopping ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        // A paused (SIGSTOPped) JVM cannot act on SIGTERM until it is continued.
        child.kill('SIGCONT');
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
        await exited;
        clearTimeout(timer);
      }
      await exited;
    })();
    return stopping;
  };
}

/** Ready means a real client can connect, list topics and sees the broker registered (unfenced). */
async function waitUntilReady(child: ChildProcess, brokers: string[], brokerLog: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let lastError = 'no attempt made';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      const how = child.exitCode !== null ? `exit code ${child.exitCode}` : `signal ${child.signalCode}`;
      throw new InfraError(`The Kafka broker exited during startup (${how}). ${logTail(brokerLog)}`);
    }
    try {
      await probeBroker(brokers);
      return;
    } catch (err) {
      lastError = (err as Error).message;
    }
    await sleep(150);
  }
  throw new InfraError(
    `Kafka did not accept connections on ${brokers.join(', ')} within ${READY_TIMEOUT_MS / 1000} s ` +
      `(last error: ${lastError}). ${logTail(brokerLog)}`,
  );
}

async function probeBroker(brokers: string[]): Promise<void> {
  const kafka = new Kafka({
    clientId: 'jiyn-infra-probe',
    brokers,
    logLevel: logLevel.NOTHING,
    connectionTimeout: 1000,
    requestTimeout: 2000,
    retry: { retries: 0 },
  });
  const admin = kafka.admin();
  try {
    await admin.connect();
    await admin.listTopics();
    const { brokers: registered } = await admin.describeCluster();
    // The listener opens slightly before the controller unfences the broker; topic creation fails until then.
    if (registered.length === 0) throw new Error('broker not registered with the controller yet');
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

/**
 * A broker from an earlier run that is still alive holds the ports and the log dir lock; say so plainly
 * instead of failing later on "port in use" or a lock error. Not killed automatically: it may belong to
 * another orchestrator that is still running.
 */
function assertNoLeftoverBroker(pidFile: string): void {
  const pid = Number.parseInt(readFileIfExists(pidFile) ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0 || !isProcessAlive(pid)) return;
  const cmdline = readFileIfExists(`/proc/${pid}/cmdline`);
  if (cmdline !== undefined && !cmdline.includes('kafka.Kafka')) return; // pid reused by something else
  throw new InfraError(
    `A Kafka broker from an earlier run is still running (pid ${pid}, pid file ${pidFile}). ` +
      `Stop it (\`kill ${pid}\`) and start again.`,
  );
}

// ---------------------------------------------------------------------------------------------------------
// Small helpers

interface RunResult {
  code: number;
  output: string;
}

/** Runs a command to completion, collecting stdout+stderr. Rejects only if it cannot be started. */
function run(command: string, args: string[]): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.once('error', reject);
    child.once('close', (code, signal) => {
      const output = Buffer.concat(chunks).toString('utf8');
      resolve({ code: code ?? (signal ? 128 : 1), output });
    });
  });
}

function logTail(file: string): string {
  const content = readFileIfExists(file);
  if (!content?.trim()) return `The broker log (${file}) is empty.`;
  return `Last lines of ${file}:\n${indent(lastLines(content, LOG_TAIL_LINES))}`;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}

function isErrno(err: unknown, code: string): boolean {
  return err instanceof Error && (err as NodeJS.ErrnoException).code === code;
}
