import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { decodeTimestampCursor, toPage, type Page } from '@jiyn/persistence';
import { RegistrationEntity, type RegistrationStatus } from './registration.entity';

export interface RegistrationFilter {
  eventId?: string;
  status?: RegistrationStatus;
  cursor?: string;
  limit: number;
}

@Injectable()
export class RegistrationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  insert(manager: EntityManager, registration: RegistrationEntity): Promise<unknown> {
    return manager.insert(RegistrationEntity, registration);
  }

  findById(id: string): Promise<RegistrationEntity | null> {
    return this.dataSource.manager.findOneBy(RegistrationEntity, { id });
  }

  /** The active registration that blocks a new one for the same IIN or e-mail at this event. */
  findActiveDuplicate(
    eventId: string,
    iin: string | null,
    email: string,
  ): Promise<RegistrationEntity | null> {
    return this.dataSource.manager
      .createQueryBuilder(RegistrationEntity, 'r')
      .where('r.event_id = :eventId', { eventId })
      .andWhere(`r.status NOT IN ('cancelled', 'rejected')`)
      .andWhere('(lower(r.email) = lower(:email) OR (r.iin IS NOT NULL AND r.iin = :iin))', { email, iin })
      .getOne();
  }

  async list(filter: RegistrationFilter): Promise<Page<RegistrationEntity>> {
    const query = this.dataSource.manager
      .createQueryBuilder(RegistrationEntity, 'r')
      .orderBy('r.created_at', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .limit(filter.limit + 1);
    const after = decodeTimestampCursor(filter.cursor);
    if (after)
      query.andWhere('(r.created_at, r.id) > (:key::timestamptz, :id::uuid)', {
        key: after.key,
        id: after.id,
      });
    if (filter.eventId) query.andWhere('r.event_id = :eventId', { eventId: filter.eventId });
    if (filter.status) query.andWhere('r.status = :status', { status: filter.status });
    const rows = await query.getMany();
    return toPage(rows, filter.limit, (row) => ({ key: row.createdAt.toISOString(), id: row.id }));
  }
}
