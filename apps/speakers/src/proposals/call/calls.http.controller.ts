import { PublicRoute, RequiresScope } from '@jiyn/auth';
import { Body, Controller, Get, Headers, Param, Put, Query, Res, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { negotiateLanguage } from '@jiyn/kz';
import { ParseIdPipe, ProblemResponses } from '@jiyn/problems';
import { OrganiserOnlyGuard } from '../../speaker-access';
import { LangQuery, UuidParam } from '../../openapi-parameters';
import { PutCallDto } from './call.dto';
import { CallForProposals, PublicCallForProposals } from './call.response';
import { organiserCallView, publicCallView } from './call.model';
import { CallsService } from './calls.service';

@ApiTags('call for proposals')
@UuidParam('eventId', 'The event')
@Controller('speakers/events/:eventId/call')
@UseGuards(OrganiserOnlyGuard)
export class CallsHttpController {
  constructor(private readonly calls: CallsService) {}

  /** Creates (201) or replaces (200) the event's call for proposals. */
  @Put()
  @ApiOperation({
    operationId: 'putProposalCall',
    summary: "Create or replace an event's call for proposals",
    description:
      '201 when created, 200 when replaced. 409 when proposals were reviewed and the criteria, their ' +
      'weights or the score scale would change.',
  })
  @ApiCreatedResponse({ type: CallForProposals, description: 'Created' })
  @ApiOkResponse({ type: CallForProposals, description: 'Replaced (or unchanged)' })
  @ProblemResponses(409)
  @RequiresScope('speakers:write')
  async put(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Body() dto: PutCallDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CallForProposals> {
    const { call, created } = await this.calls.put(eventId, dto);
    reply.status(created ? 201 : 200);
    return organiserCallView(call, new Date());
  }

  @Get()
  @ApiOperation({ operationId: 'getProposalCall', summary: "Read an event's call for proposals" })
  @ApiOkResponse({ type: CallForProposals })
  @RequiresScope('speakers:read')
  async get(@Param('eventId', ParseIdPipe) eventId: string): Promise<CallForProposals> {
    return organiserCallView(await this.calls.get(eventId), new Date());
  }
}

/** The call as would-be speakers read it, without credentials, in their language. */
@ApiTags('public')
@PublicRoute()
@Controller('public/speakers/events/:eventId/call')
export class PublicCallsHttpController {
  constructor(private readonly calls: CallsService) {}

  @Get()
  @ApiOperation({
    operationId: 'publicGetProposalCall',
    summary: "Read an event's call for proposals in one language",
    description: 'The language is `lang` if given, else negotiated from Accept-Language.',
  })
  @UuidParam('eventId', 'The event')
  @LangQuery()
  @ApiOkResponse({
    type: PublicCallForProposals,
    headers: { 'Content-Language': { description: 'The language of the texts', schema: { type: 'string' } } },
  })
  async get(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Query('lang') queryLang: string | undefined,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PublicCallForProposals> {
    const lang = negotiateLanguage(acceptLanguage, queryLang);
    reply.header('content-language', lang).header('vary', 'Accept-Language');
    return publicCallView(await this.calls.get(eventId), lang, new Date());
  }
}
