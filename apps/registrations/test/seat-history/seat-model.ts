import type { CommittedTransaction, RowChange } from './commit-log';

/**
 * The seat state of the service, rebuilt transaction by transaction from the commit log, with the
 * invariants checked after every committed transaction (not only at instants a monitor happened
 * to look). "Holders" are registrations that hold one of the event's seats: confirmed or offered.
 */

export interface Violation {
  invariant: string;
  detail: string;
  eventId?: string;
  xid?: string;
  committedAt?: string;
}

type Status = 'pending' | 'confirmed' | 'waitlisted' | 'offered' | 'cancelled' | 'rejected';

interface Registration {
  id: string;
  eventId: string;
  status: Status;
  regionCode: string | null;
  waitlistedAt: string | null;
  version: number;
  /** Commit time of the transaction that last changed it. */
  changedAt: Date;
}

interface EventRow {
  capacity: number;
  status: string;
}

interface Settings {
  regionQuota: number | null;
  regionQuotas: Record<string, number> | null;
}

interface SessionRow {
  eventId: string;
  capacity: number | null;
  signedUpCount: number;
}

interface SignUp {
  registrationId: string;
  sessionId: string;
  active: boolean;
}

const HOLDING: readonly Status[] = ['confirmed', 'offered'];

/** Every status change a registration may make (a new registration starts in one of `new`). */
const TRANSITIONS: Record<Status | 'new', readonly Status[]> = {
  new: ['pending', 'confirmed', 'waitlisted'],
  pending: ['confirmed', 'waitlisted', 'cancelled', 'rejected'],
  waitlisted: ['confirmed', 'offered', 'cancelled', 'rejected'],
  offered: ['confirmed', 'cancelled', 'rejected'],
  confirmed: ['cancelled', 'rejected'],
  cancelled: [],
  rejected: [],
};

/**
 * A waitlisted registration counts as "known" to a transaction that promotes another only when its
 * own last change committed this long before that transaction began: a commit timestamp is taken a
 * moment before the commit becomes visible, so closer calls prove nothing either way.
 */
const VISIBILITY_MARGIN_MS = 20;

interface Aggregate {
  holders: number;
  holdersByRegion: Map<string, number>;
  signedUpBySession: Map<string, number>;
}

export class SeatModel {
  readonly events = new Map<string, EventRow>();
  readonly settings = new Map<string, Settings>();
  readonly buckets = new Map<string, { eventId: string; taken: number }>();
  readonly regionSeats = new Map<string, { eventId: string; regionCode: string; taken: number }>();
  readonly sessions = new Map<string, SessionRow>();
  readonly signUps = new Map<string, SignUp>();
  readonly registrations = new Map<string, Registration>();
  /** The registrations of each event (a registration never changes its event). */
  private readonly byEvent = new Map<string, Set<string>>();
  transactions = 0;
  /** Transactions that moved someone from the waitlist to a seat, and those checked for FIFO order. */
  promotions = 0;

  /** Applies one committed transaction and returns what it broke. */
  apply(transaction: CommittedTransaction): Violation[] {
    this.transactions += 1;
    const touched = this.touchedEvents(transaction.changes);
    const before = new Map([...touched].map((eventId) => [eventId, this.aggregate(eventId)]));
    const empty: Aggregate = { holders: 0, holdersByRegion: new Map(), signedUpBySession: new Map() };
    const previous = new Map<string, Registration | undefined>();
    for (const change of transaction.changes) {
      if (change.table === 'registrations') {
        const id = change.row['id'] as string;
        if (!previous.has(id)) previous.set(id, this.registrations.get(id));
      }
      this.applyChange(change, transaction.committedAt);
    }
    const at = { xid: transaction.xid, committedAt: transaction.committedAt.toISOString() };
    const violations: Violation[] = [];
    for (const eventId of touched) {
      const after = this.aggregate(eventId);
      violations.push(
        ...this.checkCounters(eventId, after),
        ...this.checkBounds(eventId, before.get(eventId) ?? empty, after),
      );
    }
    violations.push(...this.checkTransitions(previous));
    violations.push(...this.checkFifo(transaction, previous));
    return violations.map((violation) => ({ ...at, ...violation }));
  }

  /** At rest (no request in flight, every event applied): no seat stays free while someone eligible waits. */
  checkNothingIdle(): Violation[] {
    const violations: Violation[] = [];
    for (const [eventId, event] of this.events) {
      if (event.status !== 'published') continue;
      const aggregate = this.aggregate(eventId);
      const free = event.capacity - aggregate.holders;
      if (free <= 0) continue;
      const waiting = this.waitlist(eventId).filter((w) => this.eligible(w, aggregate));
      const [first] = waiting;
      if (first) {
        violations.push({
          invariant: 'no idle seat while an eligible registration waits',
          eventId,
          detail: `${free} seat(s) free of ${event.capacity}, yet ${waiting.length} eligible waiting (first ${first.id}, region ${first.regionCode})`,
        });
      }
    }
    return violations;
  }

  /** The holders, region and session counts of an event as the registrations and sign-ups say. */
  aggregate(eventId: string): Aggregate {
    const holdersByRegion = new Map<string, number>();
    let holders = 0;
    for (const registration of this.of(eventId)) {
      if (!HOLDING.includes(registration.status)) continue;
      holders += 1;
      if (registration.regionCode !== null) {
        holdersByRegion.set(registration.regionCode, (holdersByRegion.get(registration.regionCode) ?? 0) + 1);
      }
    }
    const signedUpBySession = new Map<string, number>();
    for (const signUp of this.signUps.values()) {
      if (!signUp.active || this.sessions.get(signUp.sessionId)?.eventId !== eventId) continue;
      signedUpBySession.set(signUp.sessionId, (signedUpBySession.get(signUp.sessionId) ?? 0) + 1);
    }
    return { holders, holdersByRegion, signedUpBySession };
  }

  quota(eventId: string, regionCode: string): number | null {
    const settings = this.settings.get(eventId);
    return settings?.regionQuotas?.[regionCode] ?? settings?.regionQuota ?? null;
  }

  private of(eventId: string): Registration[] {
    return [...(this.byEvent.get(eventId) ?? [])].flatMap((id) => this.registrations.get(id) ?? []);
  }

  private waitlist(eventId: string): Registration[] {
    return this.of(eventId)
      .filter((r) => r.status === 'waitlisted')
      .sort(queueOrder);
  }

  /** Whether a waiting registration could take a free seat: its region's quota has room. */
  private eligible(registration: Registration, aggregate: Aggregate): boolean {
    if (this.events.get(registration.eventId)?.status !== 'published') return false;
    if (registration.regionCode === null) return true;
    const quota = this.quota(registration.eventId, registration.regionCode);
    return quota === null || (aggregate.holdersByRegion.get(registration.regionCode) ?? 0) < quota;
  }

  private checkCounters(eventId: string, after: Aggregate): Violation[] {
    const violations: Violation[] = [];
    const bucketSum = [...this.buckets.values()]
      .filter((bucket) => bucket.eventId === eventId)
      .reduce((sum, bucket) => sum + bucket.taken, 0);
    if (this.events.has(eventId) && bucketSum !== after.holders) {
      violations.push({
        invariant: 'event seat counter = seat holders',
        eventId,
        detail: `seat buckets count ${bucketSum} taken, ${after.holders} registrations hold a seat`,
      });
    }
    const regions = new Set([
      ...after.holdersByRegion.keys(),
      ...[...this.regionSeats.values()].filter((s) => s.eventId === eventId).map((s) => s.regionCode),
    ]);
    for (const regionCode of regions) {
      const counter = this.regionSeats.get(`${eventId}/${regionCode}`)?.taken ?? 0;
      const holders = after.holdersByRegion.get(regionCode) ?? 0;
      if (counter !== holders) {
        violations.push({
          invariant: 'region seat counter = region seat holders',
          eventId,
          detail: `${regionCode}: counter ${counter}, holders ${holders}`,
        });
      }
    }
    for (const [sessionId, session] of this.sessions) {
      if (session.eventId !== eventId) continue;
      const signedUp = after.signedUpBySession.get(sessionId) ?? 0;
      if (session.signedUpCount !== signedUp) {
        violations.push({
          invariant: 'session seat counter = active sign-ups',
          eventId,
          detail: `session ${sessionId}: counter ${session.signedUpCount}, active sign-ups ${signedUp}`,
        });
      }
    }
    return violations;
  }

  /**
   * Capacity, quotas and session capacities may be lowered below what is held (nobody loses a seat
   * for it), but no transaction may add a holder beyond them.
   */
  private checkBounds(eventId: string, before: Aggregate, after: Aggregate): Violation[] {
    const violations: Violation[] = [];
    const event = this.events.get(eventId);
    if (event && after.holders > event.capacity && after.holders > before.holders) {
      violations.push({
        invariant: 'seat holders ≤ capacity',
        eventId,
        detail: `${before.holders} → ${after.holders} holders with capacity ${event.capacity}`,
      });
    }
    for (const [regionCode, holders] of after.holdersByRegion) {
      const quota = this.quota(eventId, regionCode);
      const earlier = before.holdersByRegion.get(regionCode) ?? 0;
      if (quota !== null && holders > quota && holders > earlier) {
        violations.push({
          invariant: 'region seat holders ≤ quota',
          eventId,
          detail: `${regionCode}: ${earlier} → ${holders} holders with quota ${quota}`,
        });
      }
    }
    for (const [sessionId, signedUp] of after.signedUpBySession) {
      const capacity = this.sessions.get(sessionId)?.capacity ?? null;
      const earlier = before.signedUpBySession.get(sessionId) ?? 0;
      if (capacity !== null && signedUp > capacity && signedUp > earlier) {
        violations.push({
          invariant: 'session sign-ups ≤ session capacity',
          eventId,
          detail: `session ${sessionId}: ${earlier} → ${signedUp} with capacity ${capacity}`,
        });
      }
    }
    return violations;
  }

  private checkTransitions(previous: Map<string, Registration | undefined>): Violation[] {
    const violations: Violation[] = [];
    for (const [id, before] of previous) {
      const after = this.registrations.get(id);
      if (!after) continue;
      const from = before?.status ?? 'new';
      if (from !== after.status && !TRANSITIONS[from].includes(after.status)) {
        violations.push({
          invariant: 'legal status transition',
          eventId: after.eventId,
          detail: `registration ${id}: ${from} → ${after.status}`,
        });
      }
      if (before && before.status !== after.status && after.version <= before.version) {
        violations.push({
          invariant: 'every status change bumps the version',
          eventId: after.eventId,
          detail: `registration ${id}: version ${before.version} → ${after.version}`,
        });
      }
    }
    return violations;
  }

  /**
   * A promotion (waitlisted → confirmed or offered) must go to the earliest eligible registration in
   * the queue: no registration ahead of it in (waitlistedAt, id) order that was in the queue before
   * the promoting transaction began, is still waiting after it, and whose region still has room.
   */
  private checkFifo(
    transaction: CommittedTransaction,
    previous: Map<string, Registration | undefined>,
  ): Violation[] {
    const violations: Violation[] = [];
    for (const [id, before] of previous) {
      const after = this.registrations.get(id);
      if (before?.status !== 'waitlisted' || !after || !HOLDING.includes(after.status)) continue;
      this.promotions += 1;
      const aggregate = this.aggregate(after.eventId);
      const knownBy = transaction.startedAt.getTime() - VISIBILITY_MARGIN_MS;
      const skipped = this.waitlist(after.eventId).find(
        (waiting) =>
          queueOrder(waiting, before) < 0 &&
          !previous.has(waiting.id) &&
          waiting.changedAt.getTime() < knownBy &&
          this.eligible(waiting, aggregate),
      );
      if (skipped) {
        violations.push({
          invariant: 'promotion goes to the earliest eligible registration',
          eventId: after.eventId,
          detail: `promoted ${id} (waitlisted ${before.waitlistedAt}) over ${skipped.id} (waitlisted ${skipped.waitlistedAt}, region ${skipped.regionCode})`,
        });
      }
    }
    return violations;
  }

  private touchedEvents(changes: RowChange[]): Set<string> {
    const events = new Set<string>();
    for (const { table, row } of changes) {
      if (table === 'session_sign_ups') {
        const session = this.sessions.get(row['session_id'] as string);
        if (session) events.add(session.eventId);
      } else if (typeof row['event_id'] === 'string') {
        events.add(row['event_id']);
      }
      if (table === 'registrations') {
        // A registration may have moved to this event's list from nowhere, but never between events.
        const known = this.registrations.get(row['id'] as string);
        if (known) events.add(known.eventId);
      }
    }
    return events;
  }

  private applyChange({ table, op, row }: RowChange, committedAt: Date): void {
    const deleted = op === 'DELETE';
    switch (table) {
      case 'registrations': {
        const eventId = row['event_id'] as string;
        const ids = this.byEvent.get(eventId) ?? new Set<string>();
        this.byEvent.set(eventId, ids.add(row['id'] as string));
        this.registrations.set(row['id'] as string, {
          id: row['id'] as string,
          eventId: row['event_id'] as string,
          status: row['status'] as Status,
          regionCode: (row['region_code'] as string | null) ?? null,
          waitlistedAt: (row['waitlisted_at'] as string | null) ?? null,
          version: row['version'] as number,
          changedAt: committedAt,
        });
        break;
      }
      case 'seat_buckets': {
        const key = `${row['event_id']}/${row['bucket']}`;
        if (deleted) this.buckets.delete(key);
        else this.buckets.set(key, { eventId: row['event_id'] as string, taken: row['taken'] as number });
        break;
      }
      case 'region_seats': {
        const key = `${row['event_id']}/${row['region_code']}`;
        if (deleted) this.regionSeats.delete(key);
        else
          this.regionSeats.set(key, {
            eventId: row['event_id'] as string,
            regionCode: row['region_code'] as string,
            taken: row['taken'] as number,
          });
        break;
      }
      case 'session_projections':
        this.sessions.set(row['session_id'] as string, {
          eventId: row['event_id'] as string,
          capacity: (row['capacity'] as number | null) ?? null,
          signedUpCount: row['signed_up_count'] as number,
        });
        break;
      case 'session_sign_ups':
        this.signUps.set(row['id'] as string, {
          registrationId: row['registration_id'] as string,
          sessionId: row['session_id'] as string,
          active: !deleted && row['cancelled_at'] === null,
        });
        break;
      case 'event_projections':
        this.events.set(row['event_id'] as string, {
          capacity: row['capacity'] as number,
          status: row['status'] as string,
        });
        break;
      case 'event_settings':
        this.settings.set(row['event_id'] as string, {
          regionQuota: (row['region_quota'] as number | null) ?? null,
          regionQuotas: (row['region_quotas'] as Record<string, number> | null) ?? null,
        });
        break;
    }
  }
}

/** The waitlist's order, as the service's SQL has it: who joined first (to the microsecond), then the id. */
function queueOrder(
  a: Pick<Registration, 'waitlistedAt' | 'id'>,
  b: Pick<Registration, 'waitlistedAt' | 'id'>,
) {
  const at = micros(a.waitlistedAt) - micros(b.waitlistedAt);
  if (at !== 0n) return at < 0n ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A timestamptz as PostgreSQL writes it in JSON (`…T10:00:00.123456+00:00`), in microseconds. */
function micros(timestamp: string | null): bigint {
  if (timestamp === null) return 0n;
  const fraction = /\.(\d+)/.exec(timestamp)?.[1] ?? '';
  const whole = Date.parse(timestamp.replace(/\.\d+/, ''));
  return BigInt(whole) * 1000n + BigInt(fraction.padEnd(6, '0').slice(0, 6));
}
