import { Body, Controller, Delete, Get, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, RequiresScope } from '@jiyn/auth';
import { ParseIdPipe } from '@jiyn/problems';
import { RegistrationAccess } from '../access/registration-access';
import {
  toCheckInListItemView,
  toCheckInView,
  type CheckInListItemView,
  type CheckInView,
} from './check-in.view';
import { CheckInsService, type CheckInSummary } from './check-ins.service';
import { CheckInDto, ListCheckInsQuery } from './dto/check-in.dto';

/**
 * The door: check-in by code or QR token, reverting a mistaken one, and the lists with counts.
 * Check-ins are their own resource (`/check-ins/{id}`): under `/registrations/check-ins/{id}` the
 * path would be ambiguous with `/registrations/{id}/…` (redocly's no-ambiguous-paths).
 */
@ApiTags('check-in')
@Controller()
export class CheckInsHttpController {
  constructor(
    private readonly checkIns: CheckInsService,
    private readonly access: RegistrationAccess,
  ) {}

  @Post('check-ins')
  @RequiresScope('check-in')
  async checkIn(@Body() dto: CheckInDto, @CurrentPrincipal() principal: Principal): Promise<CheckInView> {
    // The token or code must belong to this event (the service checks), so the event decides.
    await this.access.assertOnEvent(principal, 'check-in', dto.eventId);
    return toCheckInView(await this.checkIns.checkIn(dto, principal));
  }

  @Delete('check-ins/:checkInId')
  @RequiresScope('check-in')
  async revert(
    @Param('checkInId', ParseIdPipe) checkInId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CheckInView> {
    return toCheckInView(await this.checkIns.revert(checkInId, principal));
  }

  @Get('registrations/events/:eventId/check-ins')
  @RequiresScope('check-in')
  async list(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Query() query: ListCheckInsQuery,
  ): Promise<{
    eventId: string;
    day: string | null;
    sessionId: string | null;
    counts: { expected: number; checkedIn: number };
    items: CheckInListItemView[];
    nextCursor: string | null;
  }> {
    const list = await this.checkIns.list(eventId, query);
    return { ...list, items: list.items.map(toCheckInListItemView) };
  }

  @Get('registrations/events/:eventId/check-ins/summary')
  @RequiresScope('analytics:read')
  summary(@Param('eventId', ParseIdPipe) eventId: string): Promise<CheckInSummary> {
    return this.checkIns.summary(eventId);
  }
}
