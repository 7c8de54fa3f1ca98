import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, RequiresScope } from '@jiyn/auth';
import { ParseIdPipe, ProblemResponses } from '@jiyn/problems';
import { RegistrationViews } from '../access/registration-views';
import { RegistrationView } from '../registrations/registration.view';
import { AnonymisationService } from './anonymisation.service';
import { EventAnonymisation, RetentionView } from './anonymisation.view';
import { RetentionDto } from './retention.dto';

@ApiTags('registrations')
@Controller('registrations')
export class AnonymisationHttpController {
  constructor(
    private readonly anonymisation: AnonymisationService,
    private readonly views: RegistrationViews,
  ) {}

  /** Erases one participant's personal data now; repeating it changes nothing. */
  @Post(':id/anonymise')
  @RequiresScope('registrations:write')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'anonymiseRegistration',
    summary: 'Erase one participant’s personal data now',
  })
  @ApiOkResponse({ type: RegistrationView })
  async anonymise(
    @Param('id', ParseIdPipe) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<RegistrationView> {
    return this.views.one(await this.anonymisation.anonymiseOne(id), principal);
  }

  @Get('events/:eventId/retention')
  @RequiresScope('registrations:read')
  @ApiOperation({
    operationId: 'getEventRetention',
    summary: 'Get how long an event’s registrations are kept',
  })
  @ApiOkResponse({ type: RetentionView })
  getRetention(@Param('eventId', ParseIdPipe) eventId: string): Promise<RetentionView> {
    return this.anonymisation.getRetention(eventId);
  }

  /** How many days after the event's end its registrations are anonymised (by the sweeper, or on request). */
  @Put('events/:eventId/retention')
  @RequiresScope('registrations:write')
  @ApiOperation({
    operationId: 'setEventRetention',
    summary: 'Set how many days after the event’s end its registrations are anonymised',
  })
  @ApiOkResponse({ type: RetentionView })
  setRetention(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Body() dto: RetentionDto,
  ): Promise<RetentionView> {
    return this.anonymisation.setRetention(eventId, dto.days);
  }

  /** Anonymises the whole event now; a 409 until the event has ended and its retention has passed. */
  @Post('events/:eventId/anonymise')
  @RequiresScope('registrations:write')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'anonymiseEventRegistrations',
    summary: 'Anonymise every registration of an ended event whose retention has passed',
  })
  @ApiOkResponse({ type: EventAnonymisation })
  @ProblemResponses(409)
  anonymiseEvent(@Param('eventId', ParseIdPipe) eventId: string): Promise<EventAnonymisation> {
    return this.anonymisation.anonymiseEvent(eventId);
  }
}
