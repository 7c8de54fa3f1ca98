import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventEntity } from '../events/event.entity';
import { eventNotFound, notInStatus } from '../events/event-rules';
import { EventsRepository } from '../events/events.repository';

/**
 * The programme's view of its event. Programme writes lock the event row first, so changes to one
 * event's programme apply one after another and every conflict check sees a settled programme.
 */
@Injectable()
export class ProgrammeEvents {
  constructor(private readonly events: EventsRepository) {}

  async lockEditable(manager: EntityManager, eventId: string): Promise<EventEntity> {
    const event = await this.events.findByIdForUpdate(manager, eventId);
    if (!event) throw eventNotFound(eventId);
    if (event.status === 'cancelled' || event.status === 'archived') {
      throw notInStatus(event, {
        en: 'its programme can no longer change',
        ru: 'его программу больше нельзя изменить',
        kk: 'оның бағдарламасын енді өзгерту мүмкін емес',
      });
    }
    return event;
  }

  async get(eventId: string, manager?: EntityManager): Promise<EventEntity> {
    const event = await this.events.findById(eventId, manager);
    if (!event) throw eventNotFound(eventId);
    return event;
  }

  async publishedBySlug(slug: string): Promise<EventEntity> {
    const event = await this.events.findPublishedBySlug(slug);
    if (!event) throw eventNotFound(slug);
    return event;
  }
}
