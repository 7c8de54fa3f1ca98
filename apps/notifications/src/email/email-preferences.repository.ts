import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Lang } from '@jiyn/kz';
import type { EmailTemplateName } from './templates/catalogue';
import type { MessageTexts } from './templates/texts';

export type TextOverride = Partial<Pick<MessageTexts, 'subject' | 'intro'>>;

/** Organisers' words per event and template, and the recipients who stopped an event's reminders. */
@Injectable()
export class EmailPreferencesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async overrides(
    eventId: string,
    template: EmailTemplateName,
  ): Promise<Partial<Record<Lang, TextOverride>>> {
    const rows = (await this.dataSource.query(
      `SELECT language, subject, intro FROM notifications.email_text_overrides
        WHERE event_id = $1 AND template = $2`,
      [eventId, template],
    )) as { language: Lang; subject: string | null; intro: string | null }[];
    return Object.fromEntries(
      rows.map((row) => [
        row.language,
        { ...(row.subject ? { subject: row.subject } : {}), ...(row.intro ? { intro: row.intro } : {}) },
      ]),
    );
  }

  /** Replaces the event's words for a template: languages left out go back to the platform's. */
  async replaceOverrides(
    eventId: string,
    template: EmailTemplateName,
    texts: Partial<Record<Lang, TextOverride>>,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `DELETE FROM notifications.email_text_overrides WHERE event_id = $1 AND template = $2`,
        [eventId, template],
      );
      for (const [language, text] of Object.entries(texts)) {
        if (!text?.subject && !text?.intro) continue;
        await manager.query(
          `INSERT INTO notifications.email_text_overrides (event_id, template, language, subject, intro)
           VALUES ($1, $2, $3, $4, $5)`,
          [eventId, template, language, text.subject ?? null, text.intro ?? null],
        );
      }
    });
  }

  async unsubscribe(eventId: string, recipientRef: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO notifications.email_unsubscribes (event_id, recipient_ref) VALUES ($1, $2)
       ON CONFLICT DO NOTHING`,
      [eventId, recipientRef],
    );
  }

  async isUnsubscribed(eventId: string, recipientRef: string): Promise<boolean> {
    const rows = (await this.dataSource.query(
      `SELECT 1 FROM notifications.email_unsubscribes WHERE event_id = $1 AND recipient_ref = $2`,
      [eventId, recipientRef],
    )) as unknown[];
    return rows.length > 0;
  }
}
