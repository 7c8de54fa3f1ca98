import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TOPICS } from '@jiyn/contracts';
import type { ServiceTestBed } from '@jiyn/service-harness';
import { readCommitLog } from './commit-log';
import { SeatModel, type Violation } from './seat-model';
import { SnapshotMonitor } from './snapshot-monitor';
import { Workload, type HistoryEntry, type Operation } from './workload';

export interface HistoryOptions {
  /** Names the run in reports (seed, planner settings, table state). */
  label: string;
  seed: number;
  clients: number;
  /** Operations per client. */
  operations: number;
  /** Stop earlier when this much time has passed (soak runs set operations high and this instead). */
  durationMs?: number;
}

export interface HistoryReport {
  label: string;
  seed: number;
  operations: number;
  byOperation: Partial<Record<Operation, number>>;
  answers: Record<string, number>;
  transactions: number;
  promotions: number;
  /** 503s the clients tried again after Retry-After (see Workload.retriedUnavailable). */
  retriedUnavailable: string[];
  snapshots: number;
  registrations: number;
  kafkaMessages: number;
  durationMs: number;
  violations: Violation[];
  /** Where the whole history (operations and committed transactions) was written. */
  historyFile: string;
  history: HistoryEntry[];
}

/**
 * One history: clients run random mixed operations against the service while a monitor reads
 * consistent snapshots; then, at rest, the committed transactions are replayed in commit order with
 * every invariant checked after each, and the registration stream on Kafka is replayed against the
 * stored registrations.
 */
export async function runSeatHistory(bed: ServiceTestBed, options: HistoryOptions): Promise<HistoryReport> {
  const { service, producer } = bed;
  const began = Date.now();
  const workload = new Workload(service, producer, options.seed);
  await workload.setUp();
  const monitor = new SnapshotMonitor(service.databaseUrl, workload.eventIds);
  await monitor.start();
  try {
    await workload.run(
      options.clients,
      options.operations,
      options.durationMs === undefined ? undefined : began + options.durationMs,
    );
  } finally {
    await monitor.stop();
  }
  await atRest(bed, workload);

  const ours = new Set(workload.eventIds);
  const transactions = await readCommitLog(service.query);
  const model = new SeatModel();
  const violations: Violation[] = [];
  for (const transaction of transactions) violations.push(...model.apply(transaction));
  violations.push(...model.checkNothingIdle());
  violations.push(...monitor.violations);
  violations.push(...serverErrors(workload.history));
  const registrations = await service.query<{ id: string; version: number; status: string }>(
    `SELECT id, version, status FROM registrations.registrations WHERE event_id = ANY($1::uuid[])`,
    [workload.eventIds],
  );
  const stream = await streamReplay(bed, registrations);
  violations.push(...stream.violations);

  const relevant = violations.filter((violation) => !violation.eventId || ours.has(violation.eventId));
  const historyFile = join(tmpdir(), `seat-history-${options.seed}-${Date.now()}.json`);
  writeFileSync(
    historyFile,
    JSON.stringify(
      {
        options,
        violations: relevant,
        operations: workload.history,
        transactions: transactions.filter((t) => t.changes.some((c) => touches(c.row, ours))),
      },
      null,
      1,
    ),
  );
  return {
    label: options.label,
    seed: options.seed,
    operations: workload.history.length,
    byOperation: countBy(workload.history, (entry) => entry.op),
    answers: countBy(workload.history, (entry) => String(entry.status)),
    transactions: transactions.filter((t) => t.changes.some((c) => touches(c.row, ours))).length,
    promotions: model.promotions,
    retriedUnavailable: workload.retriedUnavailable,
    snapshots: monitor.snapshots,
    registrations: registrations.length,
    kafkaMessages: stream.messages,
    durationMs: Date.now() - began,
    violations: relevant,
    historyFile,
    history: workload.history,
  };
}

/** What a failing run prints: the violations, and the operations and commits around the first. */
export function describeFailure(report: HistoryReport): string {
  const { history } = report;
  const lines = [
    `${report.violations.length} violation(s) in "${report.label}" (seed ${report.seed}); whole history: ${report.historyFile}`,
    ...report.violations
      .slice(0, 15)
      .map(
        (v) =>
          `  ✗ ${v.invariant} — ${v.detail} [event ${v.eventId ?? '-'}, xid ${v.xid ?? '-'}, ${v.committedAt ?? ''}]`,
      ),
  ];
  const first = report.violations.find((v) => v.committedAt);
  if (first?.committedAt) {
    const at = Date.parse(first.committedAt);
    lines.push('  operations completed in the second before the first violation:');
    for (const entry of history.filter((e) => Math.abs(Date.parse(e.completedAt) - at) < 1_000).slice(-25)) {
      lines.push(
        `    c${entry.client}#${entry.n} ${entry.op} ${entry.target ?? ''} → ${entry.status} ${entry.outcome ?? ''}`,
      );
    }
  }
  return lines.join('\n');
}

/** Waits until nothing is in flight: every Kafka change applied, lapsed offers swept, the outbox published. */
async function atRest({ service }: ServiceTestBed, workload: Workload): Promise<void> {
  await workload.untilApplied();
  const deadline = Date.now() + 30_000;
  for (;;) {
    const [pending] = await service.query<{ offers: number; outbox: number }>(
      `SELECT (SELECT count(*)::int FROM registrations.registrations
                WHERE event_id = ANY($1::uuid[]) AND status = 'offered' AND offer_expires_at <= now()) AS offers,
              (SELECT count(*)::int FROM registrations.outbox WHERE published_at IS NULL AND parked_at IS NULL) AS outbox`,
      [workload.eventIds],
    );
    if (pending?.offers === 0 && pending.outbox === 0) return;
    if (Date.now() > deadline) throw new Error(`not at rest after 30 s: ${JSON.stringify(pending)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function serverErrors(history: HistoryEntry[]): Violation[] {
  return history
    .filter((entry) => entry.status === 'error' || (typeof entry.status === 'number' && entry.status >= 500))
    .map((entry) => ({
      invariant: 'no 5xx answer and no failed request',
      detail: `client ${entry.client} #${entry.n} ${entry.op} ${entry.target ?? ''} → ${entry.status} ${entry.outcome ?? ''}`,
      committedAt: entry.completedAt,
    }));
}

/**
 * Each registration's events on Kafka (one per ce_id, redeliveries aside) replay to its stored
 * state: versions 1…n without gap or repeat, n = the stored version, the last status = the stored one.
 */
async function streamReplay(
  { probe }: ServiceTestBed,
  registrations: { id: string; version: number; status: string }[],
): Promise<{ messages: number; violations: Violation[] }> {
  const collect = () => {
    const byKey = new Map<string, Map<string, { version: number; status: string }>>();
    for (const message of probe.on(TOPICS.registrations)) {
      if (!message.key) continue;
      const data = message.json as { version: number; status: string };
      const events = byKey.get(message.key) ?? new Map();
      events.set(message.headers['ce_id'] ?? '', { version: data.version, status: data.status });
      byKey.set(message.key, events);
    }
    return byKey;
  };
  const deadline = Date.now() + 30_000;
  let byKey = collect();
  while (Date.now() < deadline && registrations.some((r) => (byKey.get(r.id)?.size ?? 0) < r.version)) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    byKey = collect();
  }
  const violations: Violation[] = [];
  let messages = 0;
  for (const registration of registrations) {
    const events = [...(byKey.get(registration.id)?.values() ?? [])].sort((a, b) => a.version - b.version);
    messages += events.length;
    const versions = events.map((e) => e.version).join(',');
    const expected = Array.from({ length: registration.version }, (_, i) => i + 1).join(',');
    if (versions !== expected || events.at(-1)?.status !== registration.status) {
      violations.push({
        invariant: "a registration's events replay to its stored state",
        detail: `${registration.id}: stored version ${registration.version} ${registration.status}, on Kafka versions [${versions}] last ${events.at(-1)?.status}`,
      });
    }
  }
  return { messages, violations };
}

function touches(row: Record<string, unknown>, events: Set<string>): boolean {
  return typeof row['event_id'] === 'string' ? events.has(row['event_id']) : true;
}

function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

/** The figures of a run, one line, for the test log and the issue note. */
export function summarise(report: HistoryReport): string {
  return (
    `${report.label}: seed ${report.seed}, ${report.operations} operations ` +
    `(${Object.entries(report.answers)
      .map(([status, n]) => `${status}×${n}`)
      .join(' ')}), ` +
    `${report.transactions} commits replayed, ${report.promotions} promotions, ${report.snapshots} snapshots, ` +
    `${report.retriedUnavailable.length} 503s retried${report.retriedUnavailable.length ? ` (${report.retriedUnavailable[0]}…)` : ''}, ` +
    `${report.registrations} registrations, ${report.kafkaMessages} Kafka events, ` +
    `${(report.durationMs / 1000).toFixed(1)} s, ${report.violations.length} violations`
  );
}
