import { RequiresScope } from '@jiyn/auth';
import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiSchema, ApiTags } from '@nestjs/swagger';
import { ParseIdPipe } from '@jiyn/problems';
import { EventSettingsDto } from './dto/event-settings.dto';
import {
  PROMOTION_MODES,
  type EventSettings,
  type PromotionMode,
} from '../event-projection/event-settings.repository';
import { EventSettingsService } from './event-settings.service';

@ApiSchema({ name: 'EventRegistrationSettings' })
export class EventSettingsView implements Omit<EventSettings, 'updatedAt'> {
  @ApiProperty({ format: 'uuid' })
  eventId!: string;

  @ApiProperty({
    type: 'integer',
    nullable: true,
    minimum: 0,
    example: 3,
    description: 'Seats per region for every region; null: no quota',
  })
  regionQuota!: number | null;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer', minimum: 0 },
    nullable: true,
    example: { 'KZ-71': 10, 'KZ-75': 10 },
    description: 'Per-region overrides of regionQuota, by region code',
  })
  regionQuotas!: Record<string, number> | null;

  @ApiProperty({
    enum: PROMOTION_MODES,
    enumName: 'RegistrationPromotionMode',
    description:
      '`auto`: the next in line is confirmed at once; `offer`: the seat is held for them until the offer lapses',
  })
  promotion!: PromotionMode;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 720, description: 'How long an offer holds the seat' })
  offerHours!: number;

  @ApiProperty({ description: 'Registrations must carry an IIN' })
  requireIin!: boolean;

  @ApiProperty({ type: 'integer', minimum: 0, description: '0 while the event still runs on the defaults' })
  version!: number;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'null while on the defaults',
  })
  updatedAt!: string | null;
}

/** Per-event registration settings (region quotas, promotion from the waitlist, IIN requirement); organisers only. */
@ApiTags('registrations')
@Controller('registrations/events/:eventId/settings')
export class EventSettingsHttpController {
  constructor(private readonly settings: EventSettingsService) {}

  @Get()
  @RequiresScope('registrations:read')
  @ApiOperation({
    operationId: 'getEventRegistrationSettings',
    summary: 'Get an event’s registration settings',
  })
  @ApiOkResponse({ type: EventSettingsView })
  async get(@Param('eventId', ParseIdPipe) eventId: string): Promise<EventSettingsView> {
    return view(await this.settings.get(eventId));
  }

  @Put()
  @RequiresScope('registrations:write')
  @ApiOperation({
    operationId: 'replaceEventRegistrationSettings',
    summary: 'Replace an event’s registration settings (what is left out returns to its default)',
  })
  @ApiOkResponse({ type: EventSettingsView })
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
