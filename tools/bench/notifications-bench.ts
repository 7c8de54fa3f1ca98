/**
 * `npm run bench:notifications [-- --count 10000 --rate 150]`: registrations through the gateway whose
 * confirmation e-mails (the heaviest message: QR image and .ics) go to the platform's local SMTP
 * server, and how fast and how late they arrive there.
 *
 * Targets on a 2-core machine: ≥ 100 e-mails/s, delay p99 ≤ 1 s, each registration's e-mail exactly
 * once.
 *
 * Each registration commits with its `registration.created` in the outbox; the e-mail's path is the
 * relay → Kafka → the notifications service (queues it in its inbox transaction) → the sender (asks
 * the registrations service for the address, sessions for the title, the gateway for the
 * organisation; renders; sends over pooled SMTP). Delay: (the SMTP server's receipt, the time in the
 * name of the .eml it writes) − (the event's `ce_time`, stamped inside the registration's transaction,
 * read by a Kafka consumer of its own). E-mails/s: messages over the span from the first receipt to
 * the last. Registrations are offered open-loop at `--rate` per second (0: as fast as 32 connections
 * go), so a sender slower than the offer shows as a growing delay, not as a slower offer.
 *
 * Platform: always its own (the mail directory and the processes' memory are read on this machine),
 * on the benchmarks' port band moved by JIYN_BENCH_PORT_OFFSET. The notifications service takes its
 * knobs from the environment (EMAIL_SEND_CONCURRENCY, SMTP_POOL_SIZE).
 */
import { open, readdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { Kafka, logLevel } from 'kafkajs';
import { EVENT_TYPES, TOPICS } from '@jiyn/contracts';
import { REGION_CODES, generateIin } from '@jiyn/kz';
import { int, mb, ms, processCpuSeconds, processMemory, summarize, table } from './bench-kit';
import {
  BENCH_LOG_LEVEL,
  BenchError,
  Gateway,
  checkAborted,
  closeOnCleanup,
  isAborted,
  log,
  runBenchmarkMain,
  type Platform,
} from './bench-platform';

const TARGETS = { emailsPerSecond: 100, delayP99Ms: 1_000 };
const { values: args } = parseArgs({
  options: { count: { type: 'string', default: '10000' }, rate: { type: 'string', default: '150' } },
});
const COUNT = Math.max(1, Math.min(100_000, Math.round(Number(args.count) || 10_000)));
const RATE = Math.max(0, Math.round(Number(args.rate) || 0));
const CONNECTIONS = 32;
/** Give up when no e-mail has arrived for this long after the last registration. */
const STALL_MS = 60_000;
const RUN_ID = Date.now().toString(36);
const CONSENT = { textVersion: 'default-1', accepted: true };

function participant(eventId: string, n: number): Record<string, unknown> {
  const date = n % 15_120;
  const day = 1 + (date % 28);
  const month = 1 + (Math.floor(date / 28) % 12);
  const year = 1960 + Math.floor(date / 336);
  return {
    eventId,
    fullName: n % 2 ? 'Сәрсенова Әлия' : 'Омаров Ержан',
    email: addressOf(n),
    iin: generateIin({
      birthDate: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      sex: n % 2 ? 'female' : 'male',
      serial: (Math.floor(n / 15_120) * 10) % 10_000,
    }),
    phone: `+7701${String(1_000_000 + (n % 9_000_000)).padStart(7, '0')}`,
    regionCode: REGION_CODES[n % REGION_CODES.length],
    organisation: 'Akimat',
    position: 'Specialist',
    preferredLanguage: (['kk', 'ru', 'en'] as const)[n % 3],
    consent: CONSENT,
  };
}

const addressOf = (n: number) => `p${n}-${RUN_ID}@akimat.example.kz`;

/** `ce_time` of each registration.created, by registration id, as a consumer of its own reads them. */
async function watchCommits(brokers: string[]): Promise<Map<string, number>> {
  const committed = new Map<string, number>();
  const kafka = new Kafka({ clientId: `jiyn-bench-${RUN_ID}`, brokers, logLevel: logLevel.NOTHING });
  const consumer = kafka.consumer({ groupId: `jiyn-bench-mail-${RUN_ID}`, maxWaitTimeInMs: 50 });
  closeOnCleanup(() => consumer.disconnect());
  await consumer.connect();
  await consumer.subscribe({ topic: TOPICS.registrations, fromBeginning: false });
  let joined!: () => void;
  const ready = new Promise<void>((resolve) => (joined = resolve));
  consumer.on(consumer.events.GROUP_JOIN, () => joined());
  await consumer.run({
    eachMessage: async ({ message }) => {
      if (String(message.headers?.['ce_type'] ?? '') !== EVENT_TYPES.registrationCreated) return;
      const time = Date.parse(String(message.headers?.['ce_time'] ?? ''));
      const id = String(message.headers?.['ce_subject'] ?? message.key ?? '');
      if (Number.isFinite(time)) committed.set(id, time);
    },
  });
  await ready;
  return committed;
}

interface Receipt {
  to: string;
  at: number;
  messageId: string;
}

/** What the SMTP server has written so far: envelope recipient, receipt time and Message-ID of each .eml. */
class MailDirectory {
  readonly receipts: Receipt[] = [];
  private readonly read = new Set<string>();

  constructor(private readonly dir: string) {}

  async scan(): Promise<void> {
    const names = (await readdir(this.dir).catch(() => [] as string[])).filter(
      (name) => name.endsWith('.eml') && !this.read.has(name),
    );
    for (const name of names) {
      this.read.add(name);
      const file = await open(join(this.dir, name));
      try {
        const head = Buffer.alloc(8_192);
        const { bytesRead } = await file.read(head, 0, head.length, 0);
        const text = head.subarray(0, bytesRead).toString('utf8');
        this.receipts.push({
          to: /^X-Smtp-Server-Envelope-To: (.*)\r\n/.exec(text)?.[1] ?? '',
          at: Number(name.split('-')[0]),
          messageId: /^Message-ID: (.*)\r$/im.exec(text)?.[1] ?? '',
        });
      } finally {
        await file.close();
      }
    }
  }
}

async function run(platform: Platform): Promise<void> {
  if (platform.mode !== 'own' || !platform.mailDir || !platform.brokers)
    throw new BenchError('this benchmark starts its own platform (unset JIYN_GATEWAY_URL and JIYN_API_KEY)');
  const mailDir = new MailDirectory(platform.mailDir);
  const committed = await watchCommits(platform.brokers);
  const api = new Gateway(platform.gatewayUrl, platform.apiKey, CONNECTIONS);

  const created = await api.call<{ id: string }>('POST', '/api/v1/events', {
    expect: [201],
    body: {
      slug: `bench-mail-${RUN_ID}`,
      title: { kk: 'Бенчмарк хаттары', ru: 'Бенчмарк писем', en: 'Mail benchmark' },
      requiredLanguages: ['kk', 'ru'],
      timeZone: 'Asia/Almaty',
      startsAt: '2030-02-05T09:00:00+05:00',
      endsAt: '2030-02-07T18:00:00+05:00',
      capacity: 1_000_000,
      requiresApproval: false,
      waitlistEnabled: false,
    },
  });
  const eventId = created.body.id;
  await api.call('POST', `/api/v1/events/${eventId}/publish`);
  // Warm-up: one registration (retried until the registrations service knows the event) and its
  // e-mail, so every service on the path knows the event before the clock starts.
  const warmDeadline = performance.now() + 60_000;
  for (;;) {
    const probe = await api.call('POST', '/api/v1/registrations', {
      body: participant(eventId, 0),
      expect: [201, 404],
    });
    if (probe.status === 201) break;
    if (performance.now() > warmDeadline)
      throw new BenchError('the registrations service never learnt of the event');
    await sleep(200);
  }
  while (!mailDir.receipts.some((receipt) => receipt.to === addressOf(0))) {
    if (performance.now() > warmDeadline) throw new BenchError('the warm-up e-mail never arrived');
    checkAborted();
    await sleep(200);
    await mailDir.scan();
  }
  log(`warm-up e-mail arrived; ${int(COUNT)} registrations at ${RATE ? `${RATE}/s` : 'full speed'}…`);

  const cpuNames = ['notifications', 'registrations', 'gateway', 'sessions'] as const;
  const cpuBefore = Object.fromEntries(
    cpuNames.map((name) => [name, processCpuSeconds(platform.pids[name])]),
  );
  const smtpCpuBefore = processCpuSeconds(platform.smtpPid);

  const registrationOf = new Map<string, string>(); // address → registration id
  const failures: string[] = [];
  let next = 1;
  const began = performance.now();
  const offer = async () => {
    while (!isAborted() && next <= COUNT) {
      const n = next++;
      if (RATE) {
        const due = began + ((n - 1) * 1_000) / RATE;
        if (due > performance.now()) await sleep(due - performance.now());
      }
      try {
        const answer = await api.call<{ id: string }>('POST', '/api/v1/registrations', {
          body: participant(eventId, n),
          expect: [201, 400, 409, 429, 500, 502, 503, 504],
        });
        if (answer.status === 201) registrationOf.set(addressOf(n), answer.body.id);
        else if (failures.length < 3) failures.push(`${answer.status}: ${answer.text.slice(0, 200)}`);
      } catch (error) {
        if (failures.length < 3) failures.push((error as Error).message.slice(0, 200));
      }
    }
  };
  const offering = Promise.all(Array.from({ length: CONNECTIONS }, offer));
  let offered = false;
  let offerSeconds = Number.NaN;
  void offering.finally(() => {
    offered = true;
    offerSeconds = (performance.now() - began) / 1_000;
  });

  let lastProgress = performance.now();
  let lastCount = 0;
  let lastReport = performance.now();
  for (;;) {
    checkAborted();
    await sleep(250);
    await mailDir.scan();
    const arrived = mailDir.receipts.length - 1;
    if (arrived !== lastCount) {
      lastCount = arrived;
      lastProgress = performance.now();
    }
    if (performance.now() - lastReport > 5_000) {
      lastReport = performance.now();
      log(`  ${int(registrationOf.size)} registered, ${int(Math.max(0, arrived))} e-mails received`);
    }
    if (offered && arrived >= registrationOf.size) break;
    if (offered && performance.now() - lastProgress > STALL_MS) {
      log(`no e-mail for ${STALL_MS / 1000} s: stopping with ${int(arrived)} of ${int(registrationOf.size)}`);
      break;
    }
  }
  await offering;
  await sleep(2_000); // a late duplicate would land now
  await mailDir.scan();

  const cpu = Object.fromEntries(
    cpuNames.map((name) => [name, processCpuSeconds(platform.pids[name]) - (cpuBefore[name] ?? 0)]),
  );
  cpu['smtp server'] = processCpuSeconds(platform.smtpPid) - smtpCpuBefore;
  const memory = processMemory(platform.pids.notifications);

  const measured = mailDir.receipts.filter((receipt) => registrationOf.has(receipt.to));
  const perAddress = new Map<string, Receipt[]>();
  for (const receipt of measured)
    perAddress.set(receipt.to, [...(perAddress.get(receipt.to) ?? []), receipt]);
  const missing = [...registrationOf.keys()].filter((address) => !perAddress.has(address)).length;
  const twice = [...perAddress.values()].filter((list) => list.length > 1);
  const sameIdTwice = twice.filter((list) => new Set(list.map((r) => r.messageId)).size === 1).length;
  const delays: number[] = [];
  let noCommitTime = 0;
  for (const [address, list] of perAddress) {
    const commit = committed.get(registrationOf.get(address) as string);
    if (commit === undefined) noCommitTime += 1;
    else delays.push((list[0] as Receipt).at - commit);
  }
  const delay = summarize(delays);
  const times = measured.map((receipt) => receipt.at).sort((a, b) => a - b);
  const span = times.length > 1 ? ((times.at(-1) as number) - (times[0] as number)) / 1_000 : Number.NaN;
  const perSecond = perAddress.size / span;
  const peakMb = (memory.peakKb ?? 0) / 1024;
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

  console.log(`
Jiyn notifications benchmark — ${int(COUNT)} registrations offered at ${RATE ? `${RATE}/s` : `full speed (${CONNECTIONS} connections)`} over ${offerSeconds.toFixed(1)} s
platform: own, apps at LOG_LEVEL=${BENCH_LOG_LEVEL}; EMAIL_SEND_CONCURRENCY=${process.env['EMAIL_SEND_CONCURRENCY'] ?? '10 (default)'}, SMTP_POOL_SIZE=${process.env['SMTP_POOL_SIZE'] ?? '5 (default)'}; ${availableParallelism()} CPUs shared by everything; Node ${process.version}
`);
  console.log(
    table(
      ['Target', 'Measured', 'Goal', 'Result'],
      [
        [
          'e-mails/s (first receipt → last)',
          perSecond.toFixed(1),
          `≥ ${TARGETS.emailsPerSecond}`,
          verdict(perSecond >= TARGETS.emailsPerSecond),
        ],
        [
          'delay p99 (ce_time → SMTP receipt)',
          ms(delay.p99),
          `≤ ${TARGETS.delayP99Ms} ms`,
          verdict(delay.p99 <= TARGETS.delayP99Ms),
        ],
        [
          'e-mails per registration',
          `${int(missing)} missing, ${int(twice.length)} twice (${int(sameIdTwice)} same Message-ID)`,
          'exactly 1',
          verdict(missing === 0 && twice.length === 0),
        ],
        [
          'registrations refused or failed',
          int(COUNT - registrationOf.size),
          '0',
          verdict(registrationOf.size === COUNT),
        ],
      ],
    ),
  );
  for (const failure of failures) console.log(`  registration error: ${failure}`);
  console.log(
    `\ndelay: n ${int(delay.count)}, p50 ${ms(delay.p50)}, p95 ${ms(delay.p95)}, p99 ${ms(delay.p99)}, max ${ms(delay.max)}` +
      (noCommitTime ? ` (${int(noCommitTime)} without a ce_time seen)` : ''),
  );
  console.log(
    `notifications peak RSS (VmHWM): ${mb(memory.peakKb)} (${peakMb.toFixed(0)} MB), at end ${mb(memory.currentKb)}`,
  );
  console.log('');
  console.log(
    table(
      ['CPU per e-mail', 'ms'],
      Object.entries(cpu).map(([name, seconds]) => [
        name,
        ms((seconds * 1_000) / Math.max(1, perAddress.size)),
      ]),
    ),
  );
}

await runBenchmarkMain(run, ['notifications', 'registrations']);
