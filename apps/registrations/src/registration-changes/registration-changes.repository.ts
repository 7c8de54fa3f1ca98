import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '@jiyn/auth';
import { reachedEvents } from '../access/registration-access';
import { RegistrationEntity } from '../registration-core/registration.entity';
import type { ChangePosition } from './change-cursor';

export interface ChangedRegistration {
  registration: RegistrationEntity;
  position: ChangePosition;
}

@Injectable()
export class RegistrationChangesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Registrations changed after `after`, in change order. Only changes of transactions older than
   * every transaction still running (the snapshot's xmin) are handed out: a slow transaction that
   * commits later cannot land behind a position already given, since its rows carry an xid at or
   * above the xmin that held them back. One statement, so one snapshot decides it.
   */
  async after(
    after: ChangePosition,
    limit: number,
    eventId: string | undefined,
    principal: Principal,
  ): Promise<ChangedRegistration[]> {
    // Only events the caller may read registrations of: another organisation's changes never show.
    const reached = reachedEvents(principal, 'registrations:read', 'r.event_id');
    const query = this.dataSource.manager
      .createQueryBuilder(RegistrationEntity, 'r')
      .addSelect('r.change_xid::text', 'change_xid')
      .addSelect('r.change_seq::text', 'change_seq')
      .where('r.change_xid < pg_snapshot_xmin(pg_current_snapshot())')
      .andWhere('(r.change_xid, r.change_seq) > (:xid::xid8, :seq::bigint)', after)
      .andWhere(reached.sql, reached.params)
      .orderBy('r.change_xid', 'ASC')
      .addOrderBy('r.change_seq', 'ASC')
      .limit(limit);
    if (eventId) query.andWhere('r.event_id = :eventId', { eventId });
    const { entities, raw } = await query.getRawAndEntities<{
      r_id: string;
      change_xid: string;
      change_seq: string;
    }>();
    const byId = new Map(entities.map((entity) => [entity.id, entity]));
    return raw.map((row) => ({
      registration: byId.get(row.r_id) as RegistrationEntity,
      position: { xid: row.change_xid, seq: row.change_seq },
    }));
  }
}
