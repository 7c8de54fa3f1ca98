import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import {
  EVENT_TYPES,
  SESSION_CHANGE_TYPES,
  type SchedulePublishedV1,
  type SessionChangedV1,
} from '@jiyn/contracts';
import { InboxContext } from '@jiyn/messaging';
import { AgendaProjectionRepository } from './agenda-projection.repository';

/** Keeps speakers' agendas from the programme's events. */
@Controller()
export class AgendaHandlers {
  constructor(private readonly agendas: AgendaProjectionRepository) {}

  /** Every change of a programme session (created, updated, scheduled, moved, cancelled). */
  @EventPattern([...SESSION_CHANGE_TYPES], { group: 'speakers.agenda-sessions' })
  async applySession(@Payload() session: SessionChangedV1, @Ctx() context: InboxContext): Promise<void> {
    await this.agendas.applySession(context.manager, session);
  }

  /** Published schedule versions: public agendas show what the latest one shows. */
  @EventPattern([EVENT_TYPES.schedulePublished], { group: 'speakers.agenda-schedules' })
  async applySchedule(@Payload() schedule: SchedulePublishedV1, @Ctx() context: InboxContext): Promise<void> {
    await this.agendas.applySchedule(context.manager, schedule);
  }
}
