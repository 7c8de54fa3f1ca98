import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
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

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<SpeakerEntity | null> {
    return manager.findOneBy(SpeakerEntity, { id });
  }

  list(page: PageQuery): Promise<Page<SpeakerEntity>> {
    return pageInCreationOrder(this.dataSource.manager.createQueryBuilder(SpeakerEntity, 's'), 's', page);
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
