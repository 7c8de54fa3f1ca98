import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { EVENT_TYPES, type EventType } from '@jiyn/contracts';
import { InboxContext } from '@jiyn/messaging';
import { AttendanceRepository, type RegistrationEvent } from './attendance.repository';

/** Every registration.* type: each carries the registration's status, codes and version. */
export const REGISTRATION_TYPES: readonly EventType[] = (
  Object.keys(EVENT_TYPES) as (keyof typeof EVENT_TYPES)[]
)
  .filter((name) => name.startsWith('registration'))
  .map((name) => EVENT_TYPES[name]);

/** Follows the registrations stream into who checked in (its own consumer group, through the inbox). */
@Controller()
export class AttendanceHandler {
  constructor(private readonly attendance: AttendanceRepository) {}

  @EventPattern([...REGISTRATION_TYPES], { group: 'feedback.attendance' })
  async apply(@Payload() event: RegistrationEvent, @Ctx() context: InboxContext): Promise<void> {
    await this.attendance.apply(context.manager, context.event.type, event);
  }
}
