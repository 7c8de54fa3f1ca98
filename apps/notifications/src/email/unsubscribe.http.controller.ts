import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { SelfServiceRoute } from '@jiyn/auth';
import { ProblemException, ProblemResponses } from '@jiyn/problems';
import { EmailPreferencesRepository } from './email-preferences.repository';
import { UnsubscribedResponse } from './dto/email-texts.dto';
import { UnsubscribeTokens } from './unsubscribe-tokens';

/**
 * The link in every reminder and feedback invitation (`List-Unsubscribe`): the token in it says whose
 * and which event's, so it needs no key. POST is RFC 8058's one-click unsubscribe that mail clients
 * send (`List-Unsubscribe=One-Click`); GET does the same for a person who follows the link. Either
 * stops that event's non-transactional messages to that participant; transactional ones still come.
 */
@ApiTags('self-service')
@SelfServiceRoute()
@Controller('self/notifications/email/unsubscribe')
export class UnsubscribeHttpController {
  constructor(
    private readonly tokens: UnsubscribeTokens,
    private readonly preferences: EmailPreferencesRepository,
  ) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({
    operationId: 'unsubscribeFromEmail',
    summary: 'Stop an event’s reminders and invitations (one-click, RFC 8058)',
  })
  @ApiQuery({ name: 'token', description: 'The token of the List-Unsubscribe link' })
  @ApiOkResponse({ type: UnsubscribedResponse })
  @ProblemResponses(400)
  oneClick(@Query('token') token: unknown): Promise<UnsubscribedResponse> {
    return this.unsubscribe(token);
  }

  @Get()
  @ApiOperation({
    operationId: 'unsubscribeFromEmailByLink',
    summary: 'Stop an event’s reminders and invitations (the link followed in a browser)',
  })
  @ApiQuery({ name: 'token', description: 'The token of the List-Unsubscribe link' })
  @ApiOkResponse({ type: UnsubscribedResponse })
  @ProblemResponses(400)
  byLink(@Query('token') token: unknown): Promise<UnsubscribedResponse> {
    return this.unsubscribe(token);
  }

  private async unsubscribe(token: unknown): Promise<UnsubscribedResponse> {
    const read = typeof token === 'string' ? this.tokens.read(token) : undefined;
    if (!read)
      throw new ProblemException('validation', {
        errors: [{ field: 'token', code: 'invalidUnsubscribeToken' }],
      });
    await this.preferences.unsubscribe(read.eventId, read.recipientRef);
    return { eventId: read.eventId, unsubscribed: true };
  }
}
