import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { pageInCreationOrder, queryRows, type Page, type PageQuery } from '@jiyn/persistence';
import { SpeakerEntity } from './speaker.entity';

export interface AvailabilityRange {
  startsAt: string;
  endsAt: string;
}

@Injectable()
export class SpeakersRepository {
  constructor(private readonly dataSource: DataSource) {}

  insert(manager: EntityManager, speaker: SpeakerEntity): Promise<unknown> {
    return manager.insert(SpeakerEntity, speaker);
  }

  /** A speaker that was not deleted. */
  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<SpeakerEntity | null> {
    return manager.findOneBy(SpeakerEntity, { id, deletedAt: IsNull() });
  }

  /** The same, locked until the transaction ends: changes to one profile apply one after another. */
  findForUpdate(manager: EntityManager, id: string): Promise<SpeakerEntity | null> {
    return manager.findOne(SpeakerEntity, {
      where: { id, deletedAt: IsNull() },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** Who owns the speaker (deleted ones too): undefined when unknown, null when nobody does yet. */
  async organisationOf(id: string): Promise<string | null | undefined> {
    const rows = await queryRows<{ organisation_id: string | null }>(
      this.dataSource.manager,
      `SELECT organisation_id FROM speakers.speakers WHERE id = $1`,
      [id],
    );
    return rows.length ? (rows[0]?.organisation_id ?? null) : undefined;
  }

  async save(manager: EntityManager, speaker: SpeakerEntity): Promise<void> {
    const { id, ...fields } = speaker;
    await manager.update(SpeakerEntity, { id }, fields);
  }

  /** Speakers of these organisations only (speakers belong to organisations, not to events). */
  list(page: PageQuery, organisationIds: string[]): Promise<Page<SpeakerEntity>> {
    return pageInCreationOrder(
      this.dataSource.manager
        .createQueryBuilder(SpeakerEntity, 's')
        .where('s.deleted_at IS NULL')
        .andWhere('s.organisation_id = ANY(:organisationIds::uuid[])', { organisationIds }),
      's',
      page,
    );
  }

  async deleteAvailability(manager: EntityManager, speakerId: string): Promise<void> {
    await queryRows(manager, `DELETE FROM speakers.availability WHERE speaker_id = $1 RETURNING event_id`, [
      speakerId,
    ]);
  }

  /**
   * Replaces the ranges and bumps the version when they differ from what is stored (the first entry
   * is version 1). Returns the new version, or null when nothing changed.
   */
  async setAvailability(
    manager: EntityManager,
    speakerId: string,
    eventId: string,
    ranges: AvailabilityRange[],
  ): Promise<number | null> {
    const rows = await queryRows<{ version: number }>(
      manager,
      `INSERT INTO speakers.availability AS a (speaker_id, event_id, ranges, updated_at, version)
       VALUES ($1, $2, $3::jsonb, now(), 1)
       ON CONFLICT (speaker_id, event_id) DO UPDATE
         SET ranges = EXCLUDED.ranges, updated_at = EXCLUDED.updated_at, version = a.version + 1
         WHERE a.ranges IS DISTINCT FROM EXCLUDED.ranges
       RETURNING version`,
      [speakerId, eventId, JSON.stringify(ranges)],
    );
    return rows[0]?.version ?? null;
  }

  async availability(speakerId: string, eventId: string): Promise<AvailabilityRange[]> {
    const rows = await queryRows<{ ranges: AvailabilityRange[] }>(
      this.dataSource.manager,
      `SELECT ranges FROM speakers.availability WHERE speaker_id = $1 AND event_id = $2`,
      [speakerId, eventId],
    );
    return rows[0]?.ranges ?? [];
  }
}
