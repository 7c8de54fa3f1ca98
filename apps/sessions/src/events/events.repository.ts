import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { decodeTimestampCursor, toPage, type Page } from '@jiyn/persistence';
import { EventEntity, type EventStatus } from './event.entity';

export interface EventFilter {
  cursor?: string;
  limit: number;
  slug?: string;
  status?: EventStatus;
}

/** Storage of events; the only place that knows they live in TypeORM. */
@Injectable()
export class EventsRepository {
  constructor(private readonly dataSource: DataSource) {}

  insert(manager: EntityManager, event: EventEntity): Promise<unknown> {
    return manager.insert(EventEntity, event);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<EventEntity | null> {
    return manager.findOneBy(EventEntity, { id });
  }

  /** Locks the row for the rest of the transaction, so concurrent changes apply one after the other. */
  findByIdForUpdate(manager: EntityManager, id: string): Promise<EventEntity | null> {
    return manager
      .createQueryBuilder(EventEntity, 'e')
      .setLock('pessimistic_write')
      .where('e.id = :id', { id })
      .getOne();
  }

  findPublishedBySlug(slug: string): Promise<EventEntity | null> {
    return this.dataSource.manager.findOneBy(EventEntity, { slug, status: 'published' });
  }

  save(manager: EntityManager, event: EventEntity): Promise<EventEntity> {
    return manager.save(EventEntity, event);
  }

  async list(filter: EventFilter): Promise<Page<EventEntity>> {
    const query = this.dataSource.manager
      .createQueryBuilder(EventEntity, 'e')
      .orderBy('e.created_at', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .limit(filter.limit + 1);
    const after = decodeTimestampCursor(filter.cursor);
    if (after)
      query.andWhere('(e.created_at, e.id) > (:key::timestamptz, :id::uuid)', {
        key: after.key,
        id: after.id,
      });
    if (filter.slug) query.andWhere('e.slug = :slug', { slug: filter.slug });
    if (filter.status) query.andWhere('e.status = :status', { status: filter.status });
    const rows = await query.getMany();
    return toPage(rows, filter.limit, (row) => ({ key: row.createdAt.toISOString(), id: row.id }));
  }
}
