import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { runInTransaction } from '@jiyn/persistence';
import { ProblemException } from '@jiyn/problems';
import { unknownEvent } from '../event-projection/event-problems';
import { EventProjectionRepository } from '../event-projection/event-projection.repository';
import { RegistrationTransitions } from '../registration-core/registration-transitions';
import { SeatLedger } from '../registration-core/seat-ledger';
import { regionQuotaProblems, type EventSettingsDto } from './dto/event-settings.dto';
import {
  DEFAULT_OFFER_HOURS,
  EventSettingsRepository,
  type EventSettings,
} from '../event-projection/event-settings.repository';

@Injectable()
export class EventSettingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly projections: EventProjectionRepository,
    private readonly settings: EventSettingsRepository,
    private readonly transitions: RegistrationTransitions,
    private readonly ledger: SeatLedger,
  ) {}

  async get(eventId: string): Promise<EventSettings> {
    const manager = this.dataSource.manager;
    if (!(await this.projections.find(manager, eventId))) throw unknownEvent(eventId);
    return this.settings.get(manager, eventId);
  }

  /**
   * Replaces the settings under the event's seat lock; quotas that grew (or went) free seats for
   * the waitlist at once, in the same transaction.
   */
  async replace(eventId: string, dto: EventSettingsDto): Promise<EventSettings> {
    const errors = regionQuotaProblems(dto.regionQuotas);
    if (errors.length > 0) throw new ProblemException('validation', { errors });
    return runInTransaction(this.dataSource, async (manager) => {
      if (!(await this.projections.find(manager, eventId, { lock: 'exclusive' })))
        throw unknownEvent(eventId);
      // Seats taken from here on wait for the new quotas.
      await this.ledger.lockAll(manager, eventId);
      const saved = await this.settings.save(manager, {
        eventId,
        regionQuota: dto.regionQuota ?? null,
        regionQuotas: dto.regionQuotas && Object.keys(dto.regionQuotas).length > 0 ? dto.regionQuotas : null,
        promotion: dto.promotion ?? 'auto',
        offerHours: dto.offerHours ?? DEFAULT_OFFER_HOURS,
        requireIin: dto.requireIin ?? false,
      });
      await this.ledger.applyQuotas(manager, eventId);
      await this.transitions.fillFreeSeats(manager, eventId);
      return saved;
    });
  }
}
