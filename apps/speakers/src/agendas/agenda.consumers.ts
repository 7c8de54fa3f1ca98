import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  EVENT_TYPES,
  SESSION_CHANGE_TYPES,
  TOPICS,
  type SchedulePublishedV1,
  type SessionChangedV1,
} from '@jiyn/contracts';
import type { EventConsumer, ReceivedEvent } from '@jiyn/messaging';
import { AgendaProjectionRepository } from './agenda-projection.repository';

/** Every change of a programme session (created, updated, scheduled, moved, cancelled), for speakers' agendas. */
@Injectable()
export class AgendaSessionConsumer implements EventConsumer<SessionChangedV1> {
  readonly subscription = {
    groupId: 'speakers.agenda-sessions',
    topic: TOPICS.programmeSessions,
    types: SESSION_CHANGE_TYPES,
  };

  constructor(private readonly agendas: AgendaProjectionRepository) {}

  async handle(event: ReceivedEvent<SessionChangedV1>, manager: EntityManager): Promise<void> {
    await this.agendas.applySession(manager, event.data);
  }
}

/** Published schedule versions: public agendas show what the latest one shows. */
@Injectable()
export class AgendaSchedulePublishedConsumer implements EventConsumer<SchedulePublishedV1> {
  readonly subscription = {
    groupId: 'speakers.agenda-schedules',
    topic: TOPICS.events,
    types: [EVENT_TYPES.schedulePublished],
  };

  constructor(private readonly agendas: AgendaProjectionRepository) {}

  async handle(event: ReceivedEvent<SchedulePublishedV1>, manager: EntityManager): Promise<void> {
    await this.agendas.applySchedule(manager, event.data);
  }
}
