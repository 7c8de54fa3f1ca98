import { RequiresScope } from '@jiyn/auth';
import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiSchema, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { ParseIdPipe } from '@jiyn/problems';
import { unknownEvent } from '../event-projection/event-problems';
import { SeatLedger, type SeatAudit } from '../registration-core/seat-ledger';

@ApiSchema({ name: 'RegionSeats' })
export class RegionSeatsView {
  @ApiProperty({ pattern: '^KZ-\\d{2}$', example: 'KZ-71' })
  regionCode!: string;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'Seats of the region taken as its counter says' })
  taken!: number;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'Registrations of the region holding a seat' })
  holders!: number;
}

@ApiSchema({ name: 'EventSeats' })
export class SeatsView implements SeatAudit {
  @ApiProperty({ type: 'integer', minimum: 0 })
  capacity!: number;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'Seats taken as the counters count them' })
  taken!: number;

  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description: 'Registrations holding a seat (confirmed or offered)',
  })
  holders!: number;

  @ApiProperty({ type: RegionSeatsView, isArray: true })
  regions!: RegionSeatsView[];

  @ApiProperty({ description: 'Every counter equals the registrations it counts' })
  consistent!: boolean;

  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description: 'Seats nobody holds: capacity less the seats taken (0 when capacity came down below them)',
  })
  free!: number;
}

/**
 * An event's seats for organisers: capacity, taken and free, per region, and whether every counter
 * equals the registrations it counts (`consistent`) — the cheap proof that the ledger is exact.
 */
@ApiTags('registrations')
@Controller('registrations/events/:eventId/seats')
export class SeatsHttpController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ledger: SeatLedger,
  ) {}

  @Get()
  @RequiresScope('analytics:read')
  @ApiOperation({
    operationId: 'getEventSeats',
    summary: 'Get an event’s seats: capacity, taken, free, per region',
  })
  @ApiOkResponse({ type: SeatsView })
  async get(@Param('eventId', ParseIdPipe) eventId: string): Promise<SeatsView> {
    const audit = await this.ledger.audit(this.dataSource.manager, eventId);
    if (!audit) throw unknownEvent(eventId);
    return { ...audit, free: Math.max(0, audit.capacity - audit.taken) };
  }
}
