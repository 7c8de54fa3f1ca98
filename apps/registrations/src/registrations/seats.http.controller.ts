import { RequiresScope } from '@jiyn/auth';
import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { ParseIdPipe } from '@jiyn/problems';
import { unknownEvent } from '../event-projection/event-problems';
import { SeatLedger, type SeatAudit } from '../registration-core/seat-ledger';

export interface SeatsView extends SeatAudit {
  /** Seats nobody holds: capacity less the seats taken (0 when capacity came down below them). */
  free: number;
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
  async get(@Param('eventId', ParseIdPipe) eventId: string): Promise<SeatsView> {
    const audit = await this.ledger.audit(this.dataSource.manager, eventId);
    if (!audit) throw unknownEvent(eventId);
    return { ...audit, free: Math.max(0, audit.capacity - audit.taken) };
  }
}
