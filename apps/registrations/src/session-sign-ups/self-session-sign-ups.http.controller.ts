import { Controller, Delete, Get, Param, Post, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SelfServiceRoute, SelfServiceToken } from '@jiyn/auth';
import { ParseIdPipe, ProblemResponses } from '@jiyn/problems';
import { ManagementTokenAuth, ManagementTokenGuard } from '../registrations/management-token';
import { SelfSignUpsView, SignUpView } from './session-sign-up.view';
import { SessionSignUpsService } from './session-sign-ups.service';

/**
 * A participant's own session sign-ups, with the management token from the confirmation (gateway:
 * `/api/v1/self/registrations/me/sessions…`, `Authorization: Bearer <token>`). Same rules as for
 * organisers: confirmed registrations only, no overbooking, no overlapping sessions.
 */
@ApiTags('self-service')
@SelfServiceRoute()
@Controller('self/registrations/me/sessions')
@UseGuards(ManagementTokenGuard)
export class SelfSessionSignUpsHttpController {
  constructor(
    private readonly tokens: ManagementTokenAuth,
    private readonly signUps: SessionSignUpsService,
  ) {}

  /** What the participant signed up for, and the event's sessions that take sign-ups with seats left. */
  @Get()
  @ApiOperation({
    operationId: 'selfListSessionSignUps',
    summary: 'List one’s own session sign-ups and the sessions that take them',
  })
  @ApiOkResponse({ type: SelfSignUpsView })
  async list(@SelfServiceToken() token: string | undefined): Promise<SelfSignUpsView> {
    const registration = await this.tokens.registrationFor(token);
    const [signUps, sessions] = await Promise.all([
      this.signUps.list(registration.id),
      this.signUps.sessionsOf(registration.eventId),
    ]);
    return {
      registrationId: registration.id,
      signUps,
      sessions: sessions.filter((session) => session.status !== 'cancelled'),
    };
  }

  @Post(':sessionId')
  @ApiOperation({ operationId: 'selfCreateSessionSignUp', summary: 'Sign oneself up for a session' })
  @ApiCreatedResponse({ type: SignUpView })
  @ProblemResponses(409)
  async signUp(
    @SelfServiceToken() token: string | undefined,
    @Param('sessionId', ParseIdPipe) sessionId: string,
  ): Promise<SignUpView> {
    const registration = await this.tokens.registrationFor(token);
    return this.signUps.signUp(registration.id, sessionId);
  }

  @Delete(':sessionId')
  @ApiOperation({ operationId: 'selfCancelSessionSignUp', summary: 'Cancel one’s own session sign-up' })
  @ApiOkResponse({ type: SignUpView })
  async cancel(
    @SelfServiceToken() token: string | undefined,
    @Param('sessionId', ParseIdPipe) sessionId: string,
  ): Promise<SignUpView> {
    const registration = await this.tokens.registrationFor(token);
    return this.signUps.cancel(registration.id, sessionId);
  }
}
