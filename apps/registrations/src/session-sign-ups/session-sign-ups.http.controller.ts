import { RequiresScope } from '@jiyn/auth';
import { Controller, Delete, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ParseIdPipe } from '@jiyn/problems';
import { SessionSignUpsService, type SessionSeatsView, type SignUpView } from './session-sign-ups.service';

/** Organisers sign participants up for sessions with their own capacity (e.g. workshop groups). */
@ApiTags('session sign-ups')
@Controller('registrations')
export class SessionSignUpsHttpController {
  constructor(private readonly signUps: SessionSignUpsService) {}

  @Get('events/:eventId/sessions')
  @RequiresScope('registrations:read')
  async sessions(@Param('eventId', ParseIdPipe) eventId: string): Promise<{ items: SessionSeatsView[] }> {
    return { items: await this.signUps.sessionsOf(eventId) };
  }

  @Get(':id/sessions')
  @RequiresScope('registrations:read')
  async list(@Param('id', ParseIdPipe) id: string): Promise<{ items: SignUpView[] }> {
    return { items: await this.signUps.list(id) };
  }

  @Post(':id/sessions/:sessionId')
  @RequiresScope('registrations:write')
  signUp(
    @Param('id', ParseIdPipe) id: string,
    @Param('sessionId', ParseIdPipe) sessionId: string,
  ): Promise<SignUpView> {
    return this.signUps.signUp(id, sessionId);
  }

  @Delete(':id/sessions/:sessionId')
  @RequiresScope('registrations:write')
  cancel(
    @Param('id', ParseIdPipe) id: string,
    @Param('sessionId', ParseIdPipe) sessionId: string,
  ): Promise<SignUpView> {
    return this.signUps.cancel(id, sessionId);
  }
}
