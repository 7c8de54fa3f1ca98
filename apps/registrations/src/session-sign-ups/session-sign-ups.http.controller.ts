import { RequiresScope } from '@jiyn/auth';
import { Controller, Delete, Get, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ParseIdPipe, ProblemResponses } from '@jiyn/problems';
import { SessionSeatsListView, SignUpListView, SignUpView } from './session-sign-up.view';
import { SessionSignUpsService } from './session-sign-ups.service';

/** Organisers sign participants up for sessions with their own capacity (e.g. workshop groups). */
@ApiTags('session sign-ups')
@Controller('registrations')
export class SessionSignUpsHttpController {
  constructor(private readonly signUps: SessionSignUpsService) {}

  @Get('events/:eventId/sessions')
  @RequiresScope('registrations:read')
  @ApiOperation({
    operationId: 'listSignUpSessions',
    summary: 'List an event’s sessions that take sign-ups, with their seats',
  })
  @ApiOkResponse({ type: SessionSeatsListView })
  async sessions(@Param('eventId', ParseIdPipe) eventId: string): Promise<SessionSeatsListView> {
    return { items: await this.signUps.sessionsOf(eventId) };
  }

  @Get(':id/sessions')
  @RequiresScope('registrations:read')
  @ApiOperation({ operationId: 'listSessionSignUps', summary: 'List a registration’s session sign-ups' })
  @ApiOkResponse({ type: SignUpListView })
  async list(@Param('id', ParseIdPipe) id: string): Promise<SignUpListView> {
    return { items: await this.signUps.list(id) };
  }

  @Post(':id/sessions/:sessionId')
  @RequiresScope('registrations:write')
  @ApiOperation({
    operationId: 'createSessionSignUp',
    summary: 'Sign a confirmed participant up for a session',
  })
  @ApiCreatedResponse({ type: SignUpView })
  @ProblemResponses(409)
  signUp(
    @Param('id', ParseIdPipe) id: string,
    @Param('sessionId', ParseIdPipe) sessionId: string,
  ): Promise<SignUpView> {
    return this.signUps.signUp(id, sessionId);
  }

  @Delete(':id/sessions/:sessionId')
  @RequiresScope('registrations:write')
  @ApiOperation({ operationId: 'cancelSessionSignUp', summary: 'Cancel a participant’s session sign-up' })
  @ApiOkResponse({ type: SignUpView })
  cancel(
    @Param('id', ParseIdPipe) id: string,
    @Param('sessionId', ParseIdPipe) sessionId: string,
  ): Promise<SignUpView> {
    return this.signUps.cancel(id, sessionId);
  }
}
