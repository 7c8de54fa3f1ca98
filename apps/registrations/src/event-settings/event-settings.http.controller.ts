import { RequiresScope } from '@jiyn/auth';
import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ParseIdPipe } from '@jiyn/problems';
import { EventSettingsDto } from './dto/event-settings.dto';
import type { EventSettings } from '../event-projection/event-settings.repository';
import { EventSettingsService } from './event-settings.service';

export interface EventSettingsView extends Omit<EventSettings, 'updatedAt'> {
  updatedAt: string | null;
}

/** Per-event registration settings (region quotas, promotion from the waitlist, IIN requirement); organisers only. */
@ApiTags('registrations')
@Controller('registrations/events/:eventId/settings')
export class EventSettingsHttpController {
  constructor(private readonly settings: EventSettingsService) {}

  @Get()
  @RequiresScope('registrations:read')
  async get(@Param('eventId', ParseIdPipe) eventId: string): Promise<EventSettingsView> {
    return view(await this.settings.get(eventId));
  }

  @Put()
  @RequiresScope('registrations:write')
  async replace(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Body() dto: EventSettingsDto,
  ): Promise<EventSettingsView> {
    return view(await this.settings.replace(eventId, dto));
  }
}

function view(settings: EventSettings): EventSettingsView {
  return { ...settings, updatedAt: settings.updatedAt?.toISOString() ?? null };
}
