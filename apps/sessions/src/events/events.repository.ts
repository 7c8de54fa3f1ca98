import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { reach, type Principal } from '@jiyn/auth';
import { pageInCreationOrder, type Page } from '@jiyn/persistence';
import type { ListEventsQuery } from './dto/list-events.query';
import { EventEntity } from './event.entity';

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

  /** Only events where the principal may read: its organisations' and single events granted to it. */
  list(filter: ListEventsQuery, principal: Principal): Promise<Page<EventEntity>> {
    const { organisationIds, eventIds } = reach(principal, 'events:read');
    const query = this.dataSource.manager
      .createQueryBuilder(EventEntity, 'e')
      .where(
        '(e.organisation_id = ANY(CAST(:organisationIds AS uuid[])) OR e.id = ANY(CAST(:eventIds AS uuid[])))',
        {
          organisationIds,
          eventIds,
        },
      );
    if (filter.slug) query.andWhere('e.slug = :slug', { slug: filter.slug });
    if (filter.status) query.andWhere('e.status = :status', { status: filter.status });
    return pageInCreationOrder(query, 'e', filter);
  }
}
