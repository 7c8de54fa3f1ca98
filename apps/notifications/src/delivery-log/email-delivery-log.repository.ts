import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { uuidv7 } from '@jiyn/messaging';
import { decodeTimestampCursor, queryRows, runInTransaction, toPage, type Page } from '@jiyn/persistence';
import type { EmailTemplateName } from '../email/templates/catalogue';
import { loggableReply } from './smtp-replies';

const TABLE = 'notifications.email_deliveries';

export const EMAIL_DELIVERY_STATUSES = ['queued', 'sending', 'sent', 'failed', 'skipped'] as const;
export type EmailDeliveryStatus = (typeof EMAIL_DELIVERY_STATUSES)[number];
export const EMAIL_RECIPIENT_KINDS = ['participant', 'speaker'] as const;
export type EmailRecipientKind = (typeof EMAIL_RECIPIENT_KINDS)[number];
export const EMAIL_ATTEMPT_OUTCOMES = ['sent', 'temporary-failure', 'permanent-failure', 'skipped'] as const;
export type EmailAttemptOutcome = (typeof EMAIL_ATTEMPT_OUTCOMES)[number];

/** A message as the log shows it to organisers: ids, status and replies; no address, no text. */
export interface LoggedEmail {
  id: string;
  messageId: string;
  eventId: string | null;
  template: EmailTemplateName;
  recipientKind: EmailRecipientKind;
  recipientRef: string;
  status: EmailDeliveryStatus;
  transactional: boolean;
  attempts: number;
  language: string | null;
  lastReply: string | null;
  nextAttemptAt: Date | null;
  createdAt: Date;
  sentAt: Date | null;
  resendOf: string | null;
}

export interface LoggedAttempt {
  attempt: number;
  at: Date;
  outcome: EmailAttemptOutcome;
  smtpReply: string | null;
}

/** What came of a request to send a message again. */
export type ResendOutcome =
  | { kind: 'queued'; delivery: LoggedEmail }
  /** A delivery of the message is queued or being sent: that one goes first. */
  | { kind: 'pending'; delivery: LoggedEmail }
  /** A delivery of the message was sent: the recipient has it. */
  | { kind: 'delivered'; delivery: LoggedEmail }
  | { kind: 'missing' };

export interface DeliveryFilter {
  recipientRef?: string;
  template?: EmailTemplateName;
  status?: EmailDeliveryStatus;
}

const COLUMNS = `id, message_id, event_id, template, recipient_kind, recipient_ref, status, transactional,
  attempts, language, last_reply, next_attempt_at, created_at, sent_at, resend_of`;

/**
 * The e-mail log as organisers read it (one event's messages, newest first, in keyset pages) and
 * the one thing they may do with it: send a failed or skipped message again.
 *
 * A message is its first delivery (queued by a Kafka handler, unique per cause, template and
 * recipient) plus every resend an organiser asked for: each a delivery of its own — its attempts
 * and Message-ID — pointing at the first (`resend_of`), with the first's dedupe key and
 * `#resend-<n>`. Resends of a message are serialised on its first delivery's row lock, so two
 * requests at once queue one resend; a message with a delivery queued, sending or sent is not
 * resent.
 */
@Injectable()
export class EmailDeliveryLogRepository {
  constructor(private readonly dataSource: DataSource) {}

  async page(
    eventId: string,
    filter: DeliveryFilter,
    page: { cursor?: string; limit?: number },
  ): Promise<Page<LoggedEmail>> {
    const limit = page.limit ?? 50;
    const after = decodeTimestampCursor(page.cursor);
    const rows = await queryRows<Row>(
      this.dataSource.manager,
      `SELECT ${COLUMNS} FROM ${TABLE}
        WHERE event_id = $1
          AND ($2::uuid IS NULL OR recipient_ref = $2::uuid)
          AND ($3::text IS NULL OR template = $3)
          AND ($4::text IS NULL OR status = $4)
          AND ($5::timestamptz IS NULL OR (created_at, id) < ($5::timestamptz, $6::uuid))
        ORDER BY created_at DESC, id DESC LIMIT $7`,
      [
        eventId,
        filter.recipientRef ?? null,
        filter.template ?? null,
        filter.status ?? null,
        after?.key ?? null,
        after?.id ?? null,
        limit + 1,
      ],
    );
    return toPage(rows.map(toLogged), limit, (row) => ({ key: row.createdAt.toISOString(), id: row.id }));
  }

  async find(id: string): Promise<LoggedEmail | undefined> {
    const [row] = await queryRows<Row>(
      this.dataSource.manager,
      `SELECT ${COLUMNS} FROM ${TABLE} WHERE id = $1`,
      [id],
    );
    return row && toLogged(row);
  }

  /** The latest 100 attempts of a delivery, oldest first. */
  async attempts(deliveryId: string): Promise<LoggedAttempt[]> {
    const rows = await queryRows<{
      attempt: number;
      at: Date;
      outcome: EmailAttemptOutcome;
      smtp_reply: string | null;
    }>(
      this.dataSource.manager,
      `SELECT * FROM (
         SELECT attempt, at, outcome, smtp_reply FROM notifications.email_delivery_attempts
          WHERE delivery_id = $1 ORDER BY attempt DESC LIMIT 100) latest
        ORDER BY attempt`,
      [deliveryId],
    );
    return rows.map((row) => ({
      attempt: row.attempt,
      at: row.at,
      outcome: row.outcome,
      smtpReply: row.smtp_reply === null ? null : loggableReply(row.smtp_reply),
    }));
  }

  /** Queues the message of `deliveryId` again, unless one of its deliveries is pending or sent. */
  async resend(deliveryId: string): Promise<ResendOutcome> {
    return runInTransaction(this.dataSource, async (manager) => {
      const [target] = await queryRows<{ id: string; resend_of: string | null }>(
        manager,
        `SELECT id, resend_of FROM ${TABLE} WHERE id = $1`,
        [deliveryId],
      );
      if (!target) return { kind: 'missing' };
      const first = target.resend_of ?? target.id;
      // Every resend of this message waits here for the one before it to commit.
      await queryRows(manager, `SELECT 1 FROM ${TABLE} WHERE id = $1 FOR UPDATE`, [first]);
      const deliveries = (
        await queryRows<Row>(
          manager,
          `SELECT ${COLUMNS} FROM ${TABLE} WHERE id = $1 OR resend_of = $1 ORDER BY created_at DESC, id DESC`,
          [first],
        )
      ).map(toLogged);
      const pending = deliveries.find(
        (delivery) => delivery.status === 'queued' || delivery.status === 'sending',
      );
      if (pending) return { kind: 'pending', delivery: pending };
      const sent = deliveries.find((delivery) => delivery.status === 'sent');
      if (sent) return { kind: 'delivered', delivery: sent };
      const id = uuidv7();
      const [queued] = await queryRows<Row>(
        manager,
        `INSERT INTO ${TABLE} (id, message_id, dedupe_key, source_event_id, template, transactional,
           recipient_kind, recipient_ref, event_id, params, status, next_attempt_at, resend_of)
         SELECT $2::uuid, '<' || $2::text || '@notifications.jiyn>', dedupe_key || '#resend-' || $3::text,
                source_event_id,
                template, transactional, recipient_kind, recipient_ref, event_id, params, 'queued', now(), id
           FROM ${TABLE} WHERE id = $1
         RETURNING ${COLUMNS}`,
        [first, id, String(deliveries.length)],
      );
      if (!queued) throw new Error('INSERT … RETURNING gave no resent delivery');
      return { kind: 'queued', delivery: toLogged(queued) };
    });
  }
}

interface Row {
  id: string;
  message_id: string;
  event_id: string | null;
  template: EmailTemplateName;
  recipient_kind: EmailRecipientKind;
  recipient_ref: string;
  status: EmailDeliveryStatus;
  transactional: boolean;
  attempts: number;
  language: string | null;
  last_reply: string | null;
  next_attempt_at: Date;
  created_at: Date;
  sent_at: Date | null;
  resend_of: string | null;
}

function toLogged(row: Row): LoggedEmail {
  return {
    id: row.id,
    messageId: row.message_id,
    eventId: row.event_id,
    template: row.template,
    recipientKind: row.recipient_kind,
    recipientRef: row.recipient_ref,
    status: row.status,
    transactional: row.transactional,
    attempts: row.attempts,
    language: row.language,
    // Replies logged before addresses were taken out of them are cleaned on the way out.
    lastReply: row.last_reply === null ? null : loggableReply(row.last_reply),
    nextAttemptAt: row.status === 'queued' ? row.next_attempt_at : null,
    createdAt: row.created_at,
    sentAt: row.sent_at,
    resendOf: row.resend_of,
  };
}
