import { registrationNotFound } from '../registration-core/registration-problems';
import { registrationChangeData } from '../registration-core/registration-events';
import { noRetentionPeriod, retentionRunning } from './anonymisation-problems';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { EVENT_TYPES, TOPICS } from '@jiyn/contracts';
import { ageBand } from '@jiyn/kz';
import { OutboxWriter } from '@jiyn/messaging';
import { EventProjectionRepository } from '../event-projection/event-projection.repository';
import { RegistrationsEnvironment } from '../registrations.environment';
import { RegistrationEntity } from '../registration-core/registration.entity';
import { AnonymisationRepository, type Erased, type ToErase } from './anonymisation.repository';
import type { EventAnonymisation, RetentionView } from './anonymisation.view';
import { runInTransaction } from '@jiyn/persistence';

/**
 * Erases participants' personal data and keeps the statistics: one registration on request, or a
 * whole event once it has ended and its retention period has passed (on request or by the sweeper).
 * Each erasure bumps the version and announces `registration.anonymised` in the same transaction.
 */
@Injectable()
export class AnonymisationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: AnonymisationRepository,
    private readonly projections: EventProjectionRepository,
    private readonly outbox: OutboxWriter,
    private readonly env: RegistrationsEnvironment,
  ) {}

  /** Idempotent: anonymising an anonymised registration changes nothing and announces nothing. */
  async anonymiseOne(id: string): Promise<RegistrationEntity> {
    await runInTransaction(this.dataSource, async (manager) => {
      const row = await this.repository.lockOne(manager, id);
      if (!row) throw registrationNotFound(id);
      if (!row.anonymised) await this.eraseAndAnnounce(manager, [row], new Date());
    });
    return (await this.dataSource.manager.findOneBy(RegistrationEntity, { id })) as RegistrationEntity;
  }

  async setRetention(eventId: string, days: number): Promise<RetentionView> {
    return runInTransaction(this.dataSource, async (manager) => {
      await this.projections.require(manager, eventId);
      await this.repository.savePolicy(manager, eventId, days, new Date());
      return this.retentionView(manager, eventId);
    });
  }

  async getRetention(eventId: string): Promise<RetentionView> {
    await this.projections.require(this.dataSource.manager, eventId);
    return this.retentionView(this.dataSource.manager, eventId);
  }

  /** Anonymises the whole event, but only once it has ended and its retention period has passed. */
  async anonymiseEvent(eventId: string, now = new Date()): Promise<EventAnonymisation> {
    await this.projections.require(this.dataSource.manager, eventId);
    const policy = await this.repository.findPolicy(this.dataSource.manager, eventId);
    if (!policy) {
      throw noRetentionPeriod();
    }
    if (policy.anonymiseAfter > now) {
      throw retentionRunning(policy.anonymiseAfter);
    }
    return this.anonymiseAll(eventId);
  }

  /** Anonymises every registration of an event still holding personal data, batch by batch. */
  async anonymiseAll(eventId: string): Promise<EventAnonymisation> {
    const batchSize = this.env.ANONYMISE_BATCH_SIZE;
    let anonymised = 0;
    for (;;) {
      const done = await runInTransaction(this.dataSource, async (manager) => {
        const rows = await this.repository.lockBatch(manager, eventId, batchSize);
        return (await this.eraseAndAnnounce(manager, rows, new Date())).length;
      });
      anonymised += done;
      if (done < batchSize) break;
    }
    const remaining = await this.repository.countNotAnonymised(this.dataSource.manager, eventId);
    return { eventId, anonymised, remaining };
  }

  /** Events whose retention has passed and that still hold personal data. */
  eventsDue(now: Date): Promise<string[]> {
    return this.repository.eventsDue(this.dataSource.manager, now);
  }

  private async eraseAndAnnounce(manager: EntityManager, rows: ToErase[], now: Date): Promise<Erased[]> {
    const erased = await this.repository.erase(
      manager,
      rows.map((row) => ({
        id: row.id,
        ageBand: row.birthDate ? ageBand(row.birthDate, row.createdAt) : null,
      })),
      now,
    );
    await this.outbox.append(
      manager,
      ...erased.map((registration) => ({
        topic: TOPICS.registrations,
        type: EVENT_TYPES.registrationAnonymised,
        subject: registration.id,
        // Status, region, sex and age band stay for analytics; the participant key is gone for good.
        data: registrationChangeData({ ...registration, participantKey: null }, now, {}),
      })),
    );
    return erased;
  }

  private async retentionView(manager: EntityManager, eventId: string): Promise<RetentionView> {
    const policy = await this.repository.findPolicy(manager, eventId);
    return {
      eventId,
      days: policy?.days ?? null,
      anonymiseAfter: policy ? policy.anonymiseAfter.toISOString() : null,
    };
  }
}
