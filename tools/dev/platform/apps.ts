import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApps } from '../../build/build';
import { InfraError, assertPortFree, lastLines, readFileIfExists, waitForHttp } from '../infra';
import { DATA_SERVICES, type AppName, type PlatformPorts } from './services';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const READY_TIMEOUT_MS = 90_000;
const STOP_GRACE_MS = 4_000;

export interface AppSecrets {
  adminApiKey: string;
  internalToken: string;
  participantKeySecret: string;
  /** Key of the HMAC making the accept links of seat offers' e-mails (registrations). */
  offerLinkSecret: string;
  /** Ed25519 private key signing check-in QR tokens (base64 PKCS#8 DER). */
  checkInSigningKey: string;
  /** The gateway's AES-256-GCM key for TOTP and OIDC client secrets (64 hex characters). */
  accessEncryptionKey: string;
  /** The notifications service's AES-256-GCM key sealing webhook signing secrets (64 hex characters). */
  webhookEncryptionKey: string;
  /** Password of the first owner and the demo people that `npm start` creates (local only). */
  ownerPassword: string;
}

export interface RunningApps {
  gatewayUrl: string;
  urls: Record<AppName, string>;
  pids: Record<AppName, number>;
  logDir: string;
  stop(): Promise<void>;
}

export interface StartAppsOptions {
  ports: PlatformPorts;
  databaseUrl: string;
  brokers: string[];
  /** Where the notifications service sends e-mail (the platform's SMTP server). */
  smtpUrl: string;
  secrets: AppSecrets;
  logDir: string;
  logLevel?: string;
  /** Addresses whose X-Forwarded-For the gateway believes (the e2e tests stand in for a proxy). */
  trustedProxies?: string[];
  log: (line: string) => void;
}

let built: Promise<unknown> | undefined;

/** The apps run built (bare Node, no compiler in the process); built once per orchestrator run. */
function ensureBuilt(): Promise<unknown> {
  built ??= buildApps().catch((error: unknown) => {
    throw new InfraError((error as Error).message);
  });
  return built;
}

/**
 * JIYN_APP_NODE_ARGS adds Node flags to every app, e.g. `--cpu-prof --cpu-prof-dir=/tmp/profiles`
 * to profile a benchmark run (Node does not take --cpu-prof from NODE_OPTIONS).
 */
function nodeArgs(script: string): string[] {
  const extra = (process.env['JIYN_APP_NODE_ARGS'] ?? '').split(/\s+/).filter(Boolean);
  return [...extra, join(REPO_ROOT, 'dist', script.replace(/\.ts$/, '.js'))];
}

/** Runs the migrations of each app that owns a schema (in parallel: each owns its own). */
export async function runMigrations(databaseUrl: string, log: (line: string) => void): Promise<void> {
  await ensureBuilt();
  await Promise.all(
    [...DATA_SERVICES, 'gateway' as const].map(
      (service) =>
        new Promise<void>((resolve, reject) => {
          const child = spawn(process.execPath, nodeArgs(`apps/${service}/src/migrate.ts`), {
            cwd: REPO_ROOT,
            env: { ...process.env, DATABASE_URL: databaseUrl },
            stdio: ['ignore', 'ignore', 'pipe'],
          });
          let output = '';
          child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
          child.on('exit', (code) => {
            if (code === 0) {
              log(`  migrations of ${service}: done`);
              resolve();
            } else
              reject(
                new InfraError(`Migrations of ${service} failed (exit ${code}):\n${lastLines(output, 20)}`),
              );
          });
        }),
    ),
  );
}

/** Starts the five services, waits until each is ready, then the gateway. */
export async function startApps(options: StartAppsOptions): Promise<RunningApps> {
  await ensureBuilt();
  await mkdir(options.logDir, { recursive: true });
  for (const name of ['gateway', ...DATA_SERVICES] as AppName[])
    await assertPortFree(options.ports[name], `the ${name} app`);
  const urls = Object.fromEntries(
    (['gateway', ...DATA_SERVICES] as AppName[]).map((name) => [
      name,
      `http://127.0.0.1:${options.ports[name]}`,
    ]),
  ) as Record<AppName, string>;
  const children = new Map<AppName, ChildProcess>();
  const stop = () => stopAll(children);
  // If this process dies without stopping them, the apps must not live on.
  process.once('exit', () => children.forEach((child) => child.exitCode === null && child.kill('SIGKILL')));
  try {
    await Promise.all(
      DATA_SERVICES.map((service) => launch(service, serviceEnv(service, options, urls), options, children)),
    );
    await launch('gateway', gatewayEnv(options, urls), options, children);
  } catch (error) {
    await stop();
    throw error;
  }
  const pids = Object.fromEntries([...children].map(([name, child]) => [name, child.pid ?? 0])) as Record<
    AppName,
    number
  >;
  return { gatewayUrl: urls.gateway, urls, pids, logDir: options.logDir, stop };
}

/**
 * Old-generation heap per app, MB. Left alone, V8 grows the heap with the allocation rate of a
 * busy service (registrations reached 294 MB resident under 64 connections, holding ~60 MB live);
 * a bound makes it collect instead, keeping each service within its memory budget. The sessions
 * service caches rendered schedules and exports, so it gets more. The image's entrypoint
 * (infra/docker/entrypoint.sh) gives the same.
 */
const HEAP_MB: Record<AppName, number> = {
  gateway: 160,
  registrations: 192,
  sessions: 384,
  speakers: 192,
  feedback: 160,
  notifications: 160,
};

function commonEnv(name: AppName, options: StartAppsOptions): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_OPTIONS: [process.env['NODE_OPTIONS'], `--max-old-space-size=${HEAP_MB[name]}`]
      .filter(Boolean)
      .join(' '),
    NODE_ENV: process.env['NODE_ENV'] ?? 'development',
    HOST: '127.0.0.1',
    PORT: String(options.ports[name]),
    LOG_LEVEL: options.logLevel ?? 'info',
    INTERNAL_TOKEN: options.secrets.internalToken,
  };
}

/**
 * PUBLIC_BASE_URL (links in the programme's exports, speakers' invitation links) is this platform's
 * gateway, wherever the port offset put it, unless set in the environment.
 */
function serviceEnv(
  service: AppName,
  options: StartAppsOptions,
  urls: Record<AppName, string>,
): NodeJS.ProcessEnv {
  return {
    ...commonEnv(service, options),
    PUBLIC_BASE_URL: process.env['PUBLIC_BASE_URL'] ?? urls.gateway,
    DATABASE_URL: options.databaseUrl,
    KAFKA_BROKERS: options.brokers.join(','),
    PARTICIPANT_KEY_SECRET: options.secrets.participantKeySecret,
    OFFER_LINK_SECRET: options.secrets.offerLinkSecret,
    CHECK_IN_SIGNING_KEY: options.secrets.checkInSigningKey,
    OUTBOX_POLL_INTERVAL_MS: '1000',
    ...(service === 'notifications' ? notificationsEnv(options, urls) : {}),
    ...(service === 'feedback' ? feedbackEnv(urls) : {}),
  };
}

/**
 * Feedback asks registrations whose a participant's self-service token is, and speakers whose a
 * speaker's is (their own ratings). The demo event was in February 2024: its surveys take answers
 * when `npm start` seeds them, so surveys here may close up to ten years after their event.
 */
function feedbackEnv(urls: Record<AppName, string>): NodeJS.ProcessEnv {
  return {
    REGISTRATIONS_URL: urls.registrations,
    SPEAKERS_URL: urls.speakers,
    SURVEY_CLOSES_WITHIN_DAYS_AFTER_EVENT: process.env['SURVEY_CLOSES_WITHIN_DAYS_AFTER_EVENT'] ?? '3650',
  };
}

/** The notifications service asks the owners of its recipients, and sends through the platform's SMTP server. */
function notificationsEnv(options: StartAppsOptions, urls: Record<AppName, string>): NodeJS.ProcessEnv {
  return {
    SMTP_URL: process.env['SMTP_URL'] ?? options.smtpUrl,
    REGISTRATIONS_URL: urls.registrations,
    SPEAKERS_URL: urls.speakers,
    SESSIONS_URL: urls.sessions,
    GATEWAY_URL: urls.gateway,
    WEBHOOK_SECRET_ENCRYPTION_KEY: options.secrets.webhookEncryptionKey,
    // Local receivers (a ministry system being tried out, the tests' and benchmarks' receivers) are
    // on this machine: the SSRF guard lets loopback through here, and plain http.
    WEBHOOK_ALLOWED_NETWORKS: process.env['WEBHOOK_ALLOWED_NETWORKS'] ?? '127.0.0.0/8,::1',
    WEBHOOK_ALLOW_HTTP: process.env['WEBHOOK_ALLOW_HTTP'] ?? 'true',
  };
}

function gatewayEnv(options: StartAppsOptions, urls: Record<AppName, string>): NodeJS.ProcessEnv {
  return {
    ...commonEnv('gateway', options),
    DATABASE_URL: options.databaseUrl,
    ADMIN_API_KEY: options.secrets.adminApiKey,
    ACCESS_ENCRYPTION_KEY: options.secrets.accessEncryptionKey,
    TRUSTED_PROXIES: (options.trustedProxies ?? []).join(','),
    SESSIONS_URL: urls.sessions,
    REGISTRATIONS_URL: urls.registrations,
    SPEAKERS_URL: urls.speakers,
    FEEDBACK_URL: urls.feedback,
    NOTIFICATIONS_URL: urls.notifications,
  };
}

async function launch(
  name: AppName,
  env: NodeJS.ProcessEnv,
  options: StartAppsOptions,
  children: Map<AppName, ChildProcess>,
): Promise<void> {
  const logFile = join(options.logDir, `${name}.log`);
  // The app writes its log file itself: piping every line through this process cost the
  // orchestrator (or a benchmark's load generator) a write per log line.
  const out = openSync(logFile, 'a');
  const child = spawn(process.execPath, nodeArgs(`apps/${name}/src/main.ts`), {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', out, out],
  });
  closeSync(out); // the child holds its own copy of the descriptor
  children.set(name, child);
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) =>
      reject(
        new InfraError(
          `The ${name} service stopped while starting (exit ${code}). Its last log lines (${logFile}):\n${lastLines(readFileIfExists(logFile) ?? '', 25)}`,
        ),
      ),
    ),
  );
  exited.catch(() => undefined); // after readiness, an exit is reported by the orchestrator, not here
  try {
    await Promise.race([
      waitForHttp(`http://127.0.0.1:${options.ports[name]}/health/ready`, READY_TIMEOUT_MS),
      exited,
    ]);
  } catch (error) {
    if (error instanceof InfraError) throw error;
    throw new InfraError(
      `The ${name} service did not become ready in ${READY_TIMEOUT_MS / 1000} s. Its last log lines (${logFile}):\n${lastLines(readFileIfExists(logFile) ?? '', 25)}`,
    );
  }
  options.log(`  ${name} ready on port ${options.ports[name]}`);
}

/** SIGTERM (graceful shutdown hooks run), then SIGKILL whatever is left after the grace period. */
async function stopAll(children: Map<AppName, ChildProcess>): Promise<void> {
  const running = [...children.values()].filter(
    (child) => child.exitCode === null && child.signalCode === null,
  );
  await Promise.all(
    running.map(
      (child) =>
        new Promise<void>((resolve) => {
          const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
          child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
          child.kill('SIGTERM');
        }),
    ),
  );
}
