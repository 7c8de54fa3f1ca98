/**
 * `npm test`: unit tests, then integration and end-to-end tests against a real PostgreSQL and a
 * real Kafka that this script starts on test ports (apart from `npm start`'s) and stops at the end.
 * `npm test -- unit|integration|e2e` runs one tier. Prints a closing `N passed, N failed` line.
 *
 * The unit tier is every project's Nx `test` target (`nx run-many -t test`, cached: an unchanged
 * project's result is replayed). With a path pattern (`npm test -- unit libs/kz`) Jest runs directly.
 * The infrastructure-backed tiers start PostgreSQL and Kafka once for all their files; the projects'
 * `integration` and `e2e` targets call this script with one tier and the project's folder.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCOPES } from '@jiyn/auth';
import { createApiKey, seedOrganisations } from '../dev/demo/seed-organisations';
import { isInfraError } from '../dev/infra';
import {
  assertPortsFree,
  generateSecrets,
  platformPorts,
  runMigrations,
  startApps,
  startInfrastructure,
  type Infrastructure,
  type RunningApps,
} from '../dev/platform';

type Tier = 'unit' | 'integration' | 'e2e';
const TIERS: Tier[] = ['unit', 'integration', 'e2e'];
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface TierResult {
  tier: Tier;
  passed: number;
  failed: number;
  /** Each failed test: file › name, and the head of its message. */
  failures: string[];
  ok: boolean;
}

const requested = process.argv.slice(2).filter((arg): arg is Tier => (TIERS as string[]).includes(arg));
const tiers = requested.length ? requested : TIERS;
const jestArgs = process.argv.slice(2).filter((arg) => !(TIERS as string[]).includes(arg));
const began = Date.now();
let infrastructure: Infrastructure | undefined;
let apps: RunningApps | undefined;
let workDir: string | undefined;

async function cleanup(): Promise<void> {
  await apps?.stop().catch(() => undefined);
  apps = undefined;
  await infrastructure?.stop().catch(() => undefined);
  infrastructure = undefined;
  if (workDir) await rm(workDir, { recursive: true, force: true }).catch(() => undefined);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void cleanup().then(() => process.exit(130)));
}

/** Runs one Jest project in native ESM mode; counts come from Jest's JSON report. */
async function runJest(tier: Tier, env: NodeJS.ProcessEnv): Promise<TierResult> {
  const report = join(workDir ?? tmpdir(), `jest-${tier}.json`);
  const args = [
    '--experimental-vm-modules',
    join(ROOT, 'node_modules/jest/bin/jest.js'),
    '--selectProjects',
    tier,
    '--json',
    '--outputFile',
    report,
    // Integration and e2e tests share one broker and one database server, and some pause the
    // broker on purpose: they run one file at a time.
    ...(tier === 'unit' ? [] : ['--runInBand']),
    ...jestArgs,
  ];
  const code = await new Promise<number>((resolve) => {
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, ...env, NODE_NO_WARNINGS: '1' },
    });
    child.on('exit', (exitCode) => resolve(exitCode ?? 1));
  });
  try {
    const { passed, failed, total, failures } = await countsOf(report);
    return { tier, passed, failed, failures, ok: code === 0 && total > 0 };
  } catch {
    return { tier, passed: 0, failed: 0, failures: [], ok: false };
  }
}

/** Reads the passed and failed counts of one Jest JSON report, and what failed. */
async function countsOf(
  report: string,
): Promise<{ passed: number; failed: number; total: number; failures: string[] }> {
  const json = JSON.parse(await readFile(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numTotalTests: number;
    testResults?: {
      name: string;
      message?: string;
      assertionResults?: { fullName: string; status: string; failureMessages?: string[] }[];
    }[];
  };
  const failures: string[] = [];
  for (const file of json.testResults ?? []) {
    const failedTests = (file.assertionResults ?? []).filter((test) => test.status === 'failed');
    for (const test of failedTests)
      failures.push(
        `${relative(ROOT, file.name)} › ${test.fullName}\n${firstLines(test.failureMessages?.[0] ?? '')}`,
      );
    // A file that failed outside any test (a hook, an import) has its message on the file.
    if (failedTests.length === 0 && file.message)
      failures.push(`${relative(ROOT, file.name)}\n${firstLines(file.message)}`);
  }
  return { passed: json.numPassedTests, failed: json.numFailedTests, total: json.numTotalTests, failures };
}

/**
 * The head of a failure message, indented: repeated at the very end of the run, where a CI log that
 * keeps only its head and tail still shows what failed.
 */
function firstLines(message: string, lines = 12): string {
  return message
    .split('\n')
    .filter((line) => line.trim() !== '' && !/node_modules|<anonymous>/.test(line))
    .slice(0, lines)
    .map((line) => `      ${line.slice(0, 300)}`)
    .join('\n');
}

/**
 * The unit tier through Nx: each project's `test` target writes (or, from the cache, restores) its Jest
 * report under dist/test-results/, so the totals cover replayed projects too.
 */
async function runUnitThroughNx(): Promise<TierResult> {
  const reports = join(ROOT, 'dist/test-results');
  // Cleared first, so that only this run's projects count (Nx restores a cached project's report).
  await rm(reports, { recursive: true, force: true });
  const code = await new Promise<number>((resolve) => {
    const child = spawn(
      process.execPath,
      [join(ROOT, 'node_modules/nx/dist/bin/nx.js'), 'run-many', '--target=test', '--outputStyle=static'],
      { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false' } },
    );
    child.on('exit', (exitCode) => resolve(exitCode ?? 1));
  });
  const files = (await readdir(reports, { recursive: true }).catch(() => [] as string[]))
    .filter((file) => file.endsWith('unit.json'))
    .map((file) => join(reports, file));
  const counts = await Promise.all(files.map(countsOf));
  const passed = counts.reduce((sum, count) => sum + count.passed, 0);
  const failed = counts.reduce((sum, count) => sum + count.failed, 0);
  const failures = counts.flatMap((count) => count.failures);
  return { tier: 'unit', passed, failed, failures, ok: code === 0 && passed > 0 };
}

async function main(): Promise<number> {
  workDir = await mkdtemp(join(tmpdir(), 'jiyn-test-'));
  const results: TierResult[] = [];
  const log = (line: string) => console.log(`[test] ${line}`);

  if (tiers.includes('unit'))
    results.push(jestArgs.length ? await runJest('unit', {}) : await runUnitThroughNx());

  if (tiers.includes('integration') || tiers.includes('e2e')) {
    const ports = platformPorts('test');
    await assertPortsFree('test', ports, { postgres: true, kafka: true });
    log('starting PostgreSQL and Kafka for the integration and e2e tiers…');
    infrastructure = await startInfrastructure({
      ports,
      dataDir: join(workDir, 'data'),
      persistent: false,
      log: (l) => log(l),
    });
    const env = {
      JIYN_TEST_DATABASE_URL: infrastructure.databaseUrl,
      JIYN_TEST_KAFKA_BROKERS: infrastructure.brokers.join(','),
      JIYN_TEST_KAFKA_PID: infrastructure.kafkaPid ? String(infrastructure.kafkaPid) : '',
      // The local SMTP server: what the notifications service sends arrives as .eml files in the mail dir.
      JIYN_TEST_SMTP_URL: infrastructure.smtp.url,
      JIYN_TEST_SMTP_PID: infrastructure.smtp.pid ? String(infrastructure.smtp.pid) : '',
      JIYN_TEST_MAIL_DIR: infrastructure.smtp.mailDir ?? '',
    };
    if (tiers.includes('integration')) results.push(await runJest('integration', env));
    if (tiers.includes('e2e')) {
      log('starting the six apps for the e2e tier…');
      await runMigrations(infrastructure.databaseUrl, log);
      const secrets = generateSecrets();
      apps = await startApps({
        ports,
        databaseUrl: infrastructure.databaseUrl,
        brokers: infrastructure.brokers,
        smtpUrl: infrastructure.smtp.url,
        secrets,
        logDir: join(workDir, 'logs'),
        // The services' default level: a log test must see every line production writes.
        logLevel: 'info',
        // Only the loopback address the tests call from, so a test can also call from 127.0.0.2 as
        // a client the gateway must not believe.
        trustedProxies: ['127.0.0.1'],
        log,
      });
      // Two organisations, each with an owner key, as an operator bootstraps them with the break-glass key.
      const organisations = await seedOrganisations(
        apps.gatewayUrl,
        secrets.adminApiKey,
        join(workDir, 'api-keys.json'),
        true,
      );
      // The tests' default caller: the Ministry's integration, holding every scope and personal data.
      const integrationKey = await createApiKey(apps.gatewayUrl, secrets.adminApiKey, {
        organisationId: organisations.firstOrganisationId,
        name: 'e2e integration',
        scopes: [...SCOPES],
      });
      results.push(
        await runJest('e2e', {
          ...env,
          JIYN_E2E_GATEWAY_URL: apps.gatewayUrl,
          JIYN_E2E_ADMIN_KEY: secrets.adminApiKey,
          JIYN_E2E_KEY: integrationKey,
          JIYN_E2E_ORGANISATIONS: JSON.stringify(
            Object.entries(organisations.organisationIds).map(([slug, id]) => ({
              slug,
              id,
              ownerKey: organisations.ownerKeys[slug],
            })),
          ),
          JIYN_E2E_LOG_DIR: apps.logDir,
        }),
      );
    }
  }
  await cleanup();

  const passed = results.reduce((sum, result) => sum + result.passed, 0);
  const failed = results.reduce((sum, result) => sum + result.failed, 0);
  for (const failure of results.flatMap((result) => result.failures.map((f) => `${result.tier}: ${f}`)))
    log(`failed: ${failure}`);
  for (const result of results)
    log(`${result.tier}: ${result.passed} passed, ${result.failed} failed${result.ok ? '' : ' (FAILED)'}`);
  log(`all tiers in ${((Date.now() - began) / 1000).toFixed(0)} s`);
  console.log(`${passed} passed, ${failed} failed`);
  return results.every((result) => result.ok) ? 0 : 1;
}

main()
  .then((code) => process.exit(code))
  .catch(async (error: unknown) => {
    console.error(
      `[test] could not run the tests: ${isInfraError(error) ? error.message : ((error as Error).stack ?? String(error))}`,
    );
    await cleanup();
    console.log('0 passed, 1 failed');
    process.exit(1);
  });
