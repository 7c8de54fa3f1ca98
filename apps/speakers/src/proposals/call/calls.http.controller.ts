import { PublicRoute, RequiresScope } from '@jiyn/auth';
import { Body, Controller, Get, Headers, Param, Put, Query, Res, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { negotiateLanguage } from '@jiyn/kz';
import { ParseIdPipe } from '@jiyn/problems';
import { OrganiserOnlyGuard } from '../../speaker-access';
import { PutCallDto } from './call.dto';
import { organiserCallView, publicCallView } from './call.model';
import { CallsService } from './calls.service';

@ApiTags('call for proposals')
@Controller('speakers/events/:eventId/call')
@UseGuards(OrganiserOnlyGuard)
export class CallsHttpController {
  constructor(private readonly calls: CallsService) {}

  /** Creates (201) or replaces (200) the event's call for proposals. */
  @Put()
  @RequiresScope('speakers:write')
  async put(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Body() dto: PutCallDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ReturnType<typeof organiserCallView>> {
    const { call, created } = await this.calls.put(eventId, dto);
    reply.status(created ? 201 : 200);
    return organiserCallView(call, new Date());
  }

  @Get()
  @RequiresScope('speakers:read')
  async get(@Param('eventId', ParseIdPipe) eventId: string): Promise<ReturnType<typeof organiserCallView>> {
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
  async get(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Query('lang') queryLang: string | undefined,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ReturnType<typeof publicCallView>> {
    const lang = negotiateLanguage(acceptLanguage, queryLang);
    reply.header('content-language', lang).header('vary', 'Accept-Language');
    return publicCallView(await this.calls.get(eventId), lang, new Date());
  }
}
