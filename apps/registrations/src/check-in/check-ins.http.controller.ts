import { Body, Controller, Delete, Get, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, RequiresScope } from '@jiyn/auth';
import { ParseIdPipe, ProblemResponses } from '@jiyn/problems';
import { RegistrationAccess } from '../access/registration-access';
import {
  CheckInListView,
  CheckInSummaryView,
  CheckInView,
  toCheckInListItemView,
  toCheckInView,
} from './check-in.view';
import { CheckInsService } from './check-ins.service';
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
  @ApiOperation({
    operationId: 'checkInParticipant',
    summary: 'Check a participant in by confirmation code or QR token',
    description:
      'For an event day (default today in the event’s zone) or one session the participant signed up for.',
  })
  @ApiCreatedResponse({ type: CheckInView })
  @ProblemResponses(404, 409)
  async checkIn(@Body() dto: CheckInDto, @CurrentPrincipal() principal: Principal): Promise<CheckInView> {
    // The token or code must belong to this event (the service checks), so the event decides.
    await this.access.assertOnEvent(principal, 'check-in', dto.eventId);
    return toCheckInView(await this.checkIns.checkIn(dto, principal));
  }

  @Delete('check-ins/:checkInId')
  @RequiresScope('check-in')
  @ApiOperation({ operationId: 'revertCheckIn', summary: 'Revert a mistaken check-in' })
  @ApiOkResponse({ type: CheckInView })
  @ProblemResponses(409)
  async revert(
    @Param('checkInId', ParseIdPipe) checkInId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CheckInView> {
    return toCheckInView(await this.checkIns.revert(checkInId, principal));
  }

  @Get('registrations/events/:eventId/check-ins')
  @RequiresScope('check-in')
  @ApiOperation({
    operationId: 'listCheckIns',
    summary: 'List the check-ins of an event day or session, with the counts',
  })
  @ApiOkResponse({ type: CheckInListView })
  async list(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Query() query: ListCheckInsQuery,
  ): Promise<CheckInListView> {
    const list = await this.checkIns.list(eventId, query);
    return { ...list, items: list.items.map(toCheckInListItemView) };
  }

  @Get('registrations/events/:eventId/check-ins/summary')
  @RequiresScope('analytics:read')
  @ApiOperation({
    operationId: 'getCheckInSummary',
    summary: 'Get an event’s attendance per day and per session',
  })
  @ApiOkResponse({ type: CheckInSummaryView })
  summary(@Param('eventId', ParseIdPipe) eventId: string): Promise<CheckInSummaryView> {
    return this.checkIns.summary(eventId);
  }
}
