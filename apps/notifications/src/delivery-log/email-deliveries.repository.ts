import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { uuidv7 } from '@jiyn/messaging';
import { queryRows } from '@jiyn/persistence';
import { EMAIL_TEMPLATES, type EmailTemplateName } from '../email/templates/catalogue';
import { loggableReply } from './smtp-replies';

const TABLE = 'notifications.email_deliveries';
const ENQUEUE_BATCH = 1_000;

/**
 * Whom a message is for, by id: a registration, a speaker, a person of the gateway (an owner), or
 * an organisation, which stands for its owners until the message fans out to them (at send time).
 */
export type RecipientKind = 'participant' | 'speaker' | 'person' | 'organisation';

/** One message to send: what caused it, which template, to whom (an owner's id, never an address). */
export interface QueuedEmail {
  sourceEventId: string;
  template: EmailTemplateName;
  recipientKind: RecipientKind;
  recipientRef: string;
  eventId: string | null;
  /**
   * What of the cause the message is about, when one cause brings one recipient several messages
   * of one template (each moved session of a published schedule); part of the message's identity.
   */
  about?: string;
  /** Facts of the cause that are not personal (an offer's expiry, a proposal's id). */
  params?: Record<string, string | number | null>;
  /** Not before (a reminder's time); now by default. */
  notBefore?: Date;
}

export interface EmailDelivery {
  id: string;
  messageId: string;
  /** The event (CloudEvent id) or schedule that caused it. */
  sourceEventId: string;
  template: EmailTemplateName;
  transactional: boolean;
  recipientKind: RecipientKind;
  recipientRef: string;
  eventId: string | null;
  params: Record<string, string | number | null>;
  /** `fanned-out`: an organisation's message, queued again once per owner. */
  status: 'queued' | 'sending' | 'sent' | 'failed' | 'skipped' | 'fanned-out';
  attempts: number;
  lastReply: string | null;
  language: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

interface Row {
  id: string;
  message_id: string;
  source_event_id: string;
  template: EmailTemplateName;
  transactional: boolean;
  recipient_kind: RecipientKind;
  recipient_ref: string;
  event_id: string | null;
  params: Record<string, string | number | null>;
  status: EmailDelivery['status'];
  attempts: number;
  last_reply: string | null;
  language: string | null;
  created_at: Date;
  sent_at: Date | null;
}

/**
 * The delivery log, which is also the send queue. A message is one row, unique per (cause, template,
 * recipient): a handler queues it in its inbox transaction with ON CONFLICT DO NOTHING, so an event
 * delivered twice queues one message. The sender claims due rows (`sending`, with a lease), sends,
 * then records the outcome; a row whose lease ran out while `sending` (the process died between
 * claim and outcome) is claimed again and sent with the same Message-ID.
 */
@Injectable()
export class EmailDeliveriesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Queues each message once; returns how many were new. One statement per thousand messages: a
   * schedule change fans out to every participant of a session inside one inbox transaction.
   */
  async enqueue(manager: EntityManager, messages: QueuedEmail[]): Promise<number> {
    let queued = 0;
    for (let start = 0; start < messages.length; start += ENQUEUE_BATCH) {
      const batch = messages.slice(start, start + ENQUEUE_BATCH);
      const ids = batch.map(() => uuidv7());
      const rows = await queryRows(
        manager,
        `INSERT INTO ${TABLE} (id, message_id, dedupe_key, source_event_id, template, transactional,
           recipient_kind, recipient_ref, event_id, params, status, next_attempt_at)
         SELECT m.id, '<' || m.id || '@notifications.jiyn>', m.dedupe_key, m.source_event_id, m.template,
                m.transactional, m.recipient_kind, m.recipient_ref, m.event_id, m.params, 'queued',
                m.next_attempt_at
           FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::boolean[], $6::text[],
                       $7::uuid[], $8::uuid[], $9::jsonb[], $10::timestamptz[])
             AS m(id, dedupe_key, source_event_id, template, transactional, recipient_kind,
                  recipient_ref, event_id, params, next_attempt_at)
         ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
        [
          ids,
          batch.map(dedupeKeyOf),
          batch.map((message) => message.sourceEventId),
          batch.map((message) => message.template),
          batch.map((message) => EMAIL_TEMPLATES[message.template].transactional),
          batch.map((message) => message.recipientKind),
          batch.map((message) => message.recipientRef),
          batch.map((message) => message.eventId),
          batch.map((message) => JSON.stringify(message.params ?? {})),
          batch.map((message) => message.notBefore ?? new Date()),
        ],
      );
      queued += rows.length;
    }
    return queued;
  }

  /**
   * Claims up to `limit` due messages for `leaseMs`: queued ones whose time has come, and `sending`
   * ones whose lease ran out (a sender that died). Each claim counts as an attempt.
   */
  async claimDue(limit: number, leaseMs: number): Promise<EmailDelivery[]> {
    const rows = (await this.dataSource.query(
      // The rows are picked once (MATERIALIZED): an `IN (… LIMIT … SKIP LOCKED)` sub-select may be
      // run again by some plans, and each run can lock other rows, claiming more than `limit`.
      `WITH due AS MATERIALIZED (
          SELECT id FROM ${TABLE}
           WHERE (status = 'queued' AND next_attempt_at <= now())
              OR (status = 'sending' AND claimed_until < now())
           ORDER BY next_attempt_at
           LIMIT $1
           FOR UPDATE SKIP LOCKED)
       UPDATE ${TABLE} d SET status = 'sending', attempts = d.attempts + 1,
          claimed_until = now() + make_interval(secs => $2::double precision / 1000), updated_at = now()
         FROM due WHERE d.id = due.id
        RETURNING d.*`,
      [limit, leaseMs],
    )) as [Row[], number] | Row[];
    const list = Array.isArray(rows[0]) ? (rows[0] as Row[]) : (rows as Row[]);
    return list.map(toDelivery);
  }

  /** When the next queued message is due (the sender sleeps until then, or until woken). */
  async nextDueAt(): Promise<Date | undefined> {
    const rows = (await this.dataSource.query(
      `SELECT min(CASE WHEN status = 'queued' THEN next_attempt_at ELSE claimed_until END) AS at
         FROM ${TABLE} WHERE status IN ('queued', 'sending')`,
    )) as { at: Date | null }[];
    return rows[0]?.at ?? undefined;
  }

  /**
   * Records this claim's outcome and its attempt. False when the claim is no longer the row's (its
   * lease ran out and another sender claimed the row since): the attempt is logged, the row unchanged.
   */
  async recordOutcome(
    delivery: EmailDelivery,
    outcome:
      | { kind: 'sent'; reply: string; language: string }
      | { kind: 'temporary-failure'; reply: string; retryAt: Date }
      | { kind: 'permanent-failure'; reply: string; language?: string }
      | { kind: 'skipped'; reply: string }
      | { kind: 'fanned-out'; reply: string; messages: QueuedEmail[] },
  ): Promise<boolean> {
    const status =
      outcome.kind === 'sent'
        ? 'sent'
        : outcome.kind === 'temporary-failure'
          ? 'queued'
          : outcome.kind === 'skipped' || outcome.kind === 'fanned-out'
            ? outcome.kind
            : 'failed';
    const reply = loggableReply(outcome.reply);
    const parameters = [
      delivery.id,
      status,
      reply,
      outcome.kind === 'temporary-failure' ? outcome.retryAt : null,
      'language' in outcome ? (outcome.language ?? null) : null,
      // Only this claim's outcome counts: a sender whose lease ran out while it worked (and whose
      // row another sender claimed since) must not send the row back to the queue or close it.
      delivery.attempts,
      outcome.kind,
    ];
    const record = `
      WITH updated AS (
        UPDATE ${TABLE} SET status = $2, last_reply = $3, claimed_until = NULL, updated_at = now(),
            next_attempt_at = COALESCE($4, next_attempt_at), language = COALESCE($5, language),
            sent_at = CASE WHEN $2 = 'sent' THEN now() ELSE sent_at END
          WHERE id = $1 AND status = 'sending' AND attempts = $6
          RETURNING id),
      attempt AS (
        INSERT INTO notifications.email_delivery_attempts (delivery_id, attempt, outcome, smtp_reply)
        VALUES ($1, $6, $7, $3) ON CONFLICT (delivery_id, attempt) DO NOTHING)
      SELECT count(*)::int AS current FROM updated`;
    // In a transaction, though one statement: a process killed before COMMIT leaves the row as it was
    // (`sending`, claimed again after its lease), which the crash tests and the README promise.
    return this.dataSource.transaction(async (manager) => {
      const [row] = await queryRows<{ current: number }>(manager, record, parameters);
      const current = (row?.current ?? 0) > 0;
      // The messages it stood for, in the same transaction: each once, however often this runs.
      if (current && outcome.kind === 'fanned-out') await this.enqueue(manager, outcome.messages);
      return current;
    });
  }

  async attemptsOf(
    deliveryIds: string[],
  ): Promise<Map<string, { attempt: number; at: Date; outcome: string; smtpReply: string | null }[]>> {
    const rows = (await this.dataSource.query(
      `SELECT delivery_id, attempt, at, outcome, smtp_reply FROM notifications.email_delivery_attempts
        WHERE delivery_id = ANY($1::uuid[]) ORDER BY delivery_id, attempt`,
      [deliveryIds],
    )) as { delivery_id: string; attempt: number; at: Date; outcome: string; smtp_reply: string | null }[];
    const byDelivery = new Map<
      string,
      { attempt: number; at: Date; outcome: string; smtpReply: string | null }[]
    >();
    for (const row of rows) {
      const list = byDelivery.get(row.delivery_id) ?? [];
      list.push({ attempt: row.attempt, at: row.at, outcome: row.outcome, smtpReply: row.smtp_reply });
      byDelivery.set(row.delivery_id, list);
    }
    return byDelivery;
  }

  /** An event's messages in the order they were queued, after `after` (keyset). */
  async pageOfEvent(
    eventId: string,
    limit: number,
    after?: { createdAt: Date; id: string },
    status?: string,
  ): Promise<EmailDelivery[]> {
    const rows = (await this.dataSource.query(
      `SELECT * FROM ${TABLE}
        WHERE event_id = $1 AND ($2::timestamptz IS NULL OR (created_at, id) > ($2, $3::uuid))
          AND ($5::text IS NULL OR status = $5)
        ORDER BY created_at, id LIMIT $4`,
      [eventId, after?.createdAt ?? null, after?.id ?? null, limit, status ?? null],
    )) as Row[];
    return rows.map(toDelivery);
  }
}

function toDelivery(row: Row): EmailDelivery {
  return {
    id: row.id,
    messageId: row.message_id,
    sourceEventId: row.source_event_id,
    template: row.template,
    transactional: row.transactional,
    recipientKind: row.recipient_kind,
    recipientRef: row.recipient_ref,
    eventId: row.event_id,
    params: row.params,
    status: row.status,
    attempts: row.attempts,
    lastReply: row.last_reply,
    language: row.language,
    createdAt: row.created_at,
    sentAt: row.sent_at,
  };
}

/** A message's identity: its cause, template and recipient (and what of the cause it is about). */
function dedupeKeyOf(message: QueuedEmail): string {
  const key = `${message.sourceEventId}:${message.template}:${message.recipientRef}`;
  return message.about ? `${key}:${message.about}` : key;
}
