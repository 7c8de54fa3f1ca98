import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { queryRows } from '@jiyn/persistence';
import type { ConsentTerms } from '../registration-core/participant-data';
import type { Question } from './form-definition';

export interface StoredForm {
  eventId: string;
  version: number;
  questions: Question[];
  consent: ConsentTerms;
  updatedAt: Date;
}

const TABLE = 'registrations.registration_forms';

/** Each event's own registration form: one row per event, its version grows with every change. */
@Injectable()
export class RegistrationFormsRepository {
  async find(manager: EntityManager, eventId: string, lock = false): Promise<StoredForm | null> {
    const rows = await queryRows(
      manager,
      `SELECT event_id, version, questions, consent, updated_at FROM ${TABLE} WHERE event_id = $1${lock ? ' FOR UPDATE' : ''}`,
      [eventId],
    );
    return rows[0] ? toForm(rows[0]) : null;
  }

  /** Inserts the first version, or replaces the form and counts its version up. */
  async save(
    manager: EntityManager,
    eventId: string,
    questions: Question[],
    consent: ConsentTerms,
    now: Date,
  ): Promise<StoredForm> {
    const rows = await queryRows(
      manager,
      `INSERT INTO ${TABLE} AS f (event_id, questions, consent, version, created_at, updated_at)
       VALUES ($1, $2::jsonb, $3::jsonb, 1, $4, $4)
       ON CONFLICT (event_id) DO UPDATE
         SET questions = EXCLUDED.questions, consent = EXCLUDED.consent, version = f.version + 1, updated_at = EXCLUDED.updated_at
       RETURNING event_id, version, questions, consent, updated_at`,
      [eventId, JSON.stringify(questions), JSON.stringify(consent), now],
    );
    return toForm(rows[0] as Record<string, unknown>);
  }
}

function toForm(row: Record<string, unknown>): StoredForm {
  return {
    eventId: row['event_id'] as string,
    version: row['version'] as number,
    questions: row['questions'] as Question[],
    consent: row['consent'] as ConsentTerms,
    updatedAt: row['updated_at'] as Date,
  };
}
