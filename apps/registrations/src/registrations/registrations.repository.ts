import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '@jiyn/auth';
import { pageInCreationOrder, queryRows, type Page } from '@jiyn/persistence';
import { reachedEvents } from '../access/registration-access';
import type { ListRegistrationsQuery } from './dto/list-registrations.query';
import { RegistrationEntity } from '../registration-core/registration.entity';

@Injectable()
export class RegistrationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  insert(manager: EntityManager, registration: RegistrationEntity): Promise<unknown> {
    return manager.insert(RegistrationEntity, registration);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<RegistrationEntity | null> {
    return manager.findOneBy(RegistrationEntity, { id });
  }

  /** The active registration that blocks a new one for the same IIN or e-mail at this event (other than `exceptId`). */
  findActiveDuplicate(
    eventId: string,
    iin: string | null,
    email: string,
    exceptId?: string,
  ): Promise<RegistrationEntity | null> {
    const query = this.dataSource.manager
      .createQueryBuilder(RegistrationEntity, 'r')
      .where('r.event_id = :eventId', { eventId })
      .andWhere(`r.status NOT IN ('cancelled', 'rejected')`)
      .andWhere('(lower(r.email) = lower(:email) OR (r.iin IS NOT NULL AND r.iin = :iin))', { email, iin });
    if (exceptId) query.andWhere('r.id <> :exceptId', { exceptId });
    return query.getOne();
  }

  /**
   * The active registration a re-sent participant stands for: the one with the same external
   * reference, else (when an IIN is given) the one with the same IIN.
   */
  async findActiveMatch(
    eventId: string,
    { externalReference, iin }: { externalReference: string | null; iin: string | null },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<RegistrationEntity | null> {
    const active = () =>
      manager
        .createQueryBuilder(RegistrationEntity, 'r')
        .where('r.event_id = :eventId', { eventId })
        .andWhere(`r.status NOT IN ('cancelled', 'rejected')`);
    if (externalReference) {
      const byReference = await active()
        .andWhere('r.external_reference = :externalReference', { externalReference })
        .getOne();
      if (byReference) return byReference;
    }
    if (iin) return active().andWhere('r.iin = :iin', { iin }).getOne();
    return null;
  }

  /** 1 + how many wait ahead of it in the event's FIFO waitlist; null when it is not waitlisted. */
  async waitlistPosition(registration: RegistrationEntity): Promise<number | null> {
    if (registration.status !== 'waitlisted' || !registration.waitlistedAt) return null;
    const [row] = await queryRows<{ ahead: number }>(
      this.dataSource.manager,
      `SELECT count(*)::int AS ahead FROM registrations.registrations
        WHERE event_id = $1 AND status = 'waitlisted' AND (waitlisted_at, id) < ($2, $3)`,
      [registration.eventId, registration.waitlistedAt, registration.id],
    );
    return (row?.ahead ?? 0) + 1;
  }

  list(filter: ListRegistrationsQuery, principal: Principal): Promise<Page<RegistrationEntity>> {
    const reached = reachedEvents(principal, 'registrations:read', 'r.event_id');
    const query = this.dataSource.manager
      .createQueryBuilder(RegistrationEntity, 'r')
      .where(reached.sql, reached.params);
    if (filter.eventId) query.andWhere('r.event_id = :eventId', { eventId: filter.eventId });
    if (filter.status) query.andWhere('r.status = :status', { status: filter.status });
    if (filter.regionCode) query.andWhere('r.region_code = :regionCode', { regionCode: filter.regionCode });
    if (filter.q) {
      // An IIN is looked up whole, never by a part: a part would let anyone narrow down birth dates.
      if (/^\d{12}$/.test(filter.q)) query.andWhere('r.iin = :iin', { iin: filter.q });
      // strpos, not LIKE: the search text needs no escaping of % and _.
      else
        query.andWhere(
          '(strpos(lower(r.full_name), lower(:q)) > 0 OR strpos(lower(r.email), lower(:q)) > 0)',
          {
            q: filter.q,
          },
        );
    }
    // A day alone asks who checked in that day.
    if (filter.checkedIn !== undefined || filter.checkInDay) {
      const checkedIn = `EXISTS (SELECT 1 FROM registrations.check_ins c WHERE c.registration_id = r.id
        AND c.day IS NOT NULL AND c.reverted_at IS NULL ${filter.checkInDay ? 'AND c.day = :checkInDay' : ''})`;
      query.andWhere(filter.checkedIn === false ? `NOT ${checkedIn}` : checkedIn, {
        checkInDay: filter.checkInDay,
      });
    }
    if (filter.updatedSince)
      query.andWhere('r.updated_at >= :updatedSince', { updatedSince: filter.updatedSince });
    return pageInCreationOrder(query, 'r', filter);
  }
}
