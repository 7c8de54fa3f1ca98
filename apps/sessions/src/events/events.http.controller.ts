import { CurrentPrincipal, PublicRoute, RequiresScope, type Principal } from '@jiyn/auth';
import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { answerNotModified } from '@jiyn/http-caching';
import { negotiateLanguage } from '@jiyn/kz';
import { ApiTags } from '@nestjs/swagger';
import type { Page } from '@jiyn/persistence';
import { ParseIdPipe } from '@jiyn/problems';
import { CreateEventDto } from './dto/create-event.dto';
import { ListEventsQuery } from './dto/list-events.query';
import { UpdateEventDto } from './dto/update-event.dto';
import type { EventEntity } from './event.entity';
import { EventsService } from './events.service';
import { publicEventView } from './public-event.view';

@ApiTags('events')
@Controller('events')
export class EventsHttpController {
  constructor(private readonly events: EventsService) {}

  @Post()
  @RequiresScope('events:write')
  create(@Body() dto: CreateEventDto, @CurrentPrincipal() principal: Principal): Promise<EventEntity> {
    return this.events.create(dto, principal);
  }

  @Get()
  @RequiresScope('events:read')
  list(
    @Query() query: ListEventsQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Page<EventEntity>> {
    return this.events.list(query, principal);
  }

  @Get(':id')
  @RequiresScope('events:read')
  get(@Param('id', ParseIdPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<EventEntity> {
    return this.events.get(id, principal);
  }

  @Patch(':id')
  @RequiresScope('events:write')
  update(
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: UpdateEventDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<EventEntity> {
    return this.events.update(id, dto, principal);
  }

  @Post(':id/publish')
  @RequiresScope('events:write')
  @HttpCode(200)
  publish(
    @Param('id', ParseIdPipe) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<EventEntity> {
    return this.events.publish(id, principal);
  }

  @Post(':id/cancel')
  @RequiresScope('events:write')
  @HttpCode(200)
  cancel(
    @Param('id', ParseIdPipe) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<EventEntity> {
    return this.events.cancel(id, principal);
  }

  @Post(':id/archive')
  @RequiresScope('events:write')
  @HttpCode(200)
  archive(
    @Param('id', ParseIdPipe) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<EventEntity> {
    return this.events.archive(id, principal);
  }
}

/** Published events, readable without credentials through the gateway's public prefix; localised, with ETags. */
@ApiTags('public')
@PublicRoute()
@Controller('public/events')
export class PublicEventsHttpController {
  constructor(private readonly events: EventsService) {}

  @Get(':slug')
  async get(
    @Param('slug') slug: string,
    @Query('lang') queryLang: string | undefined,
    @Headers() headers: Record<string, string>,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const event = await this.events.getPublishedBySlug(slug);
    const lang = negotiateLanguage(headers['accept-language'], queryLang);
    const etag = `"${event.id}.${event.version}.${lang}"`;
    if (await answerNotModified(reply, headers, etag, lang)) return;
    await reply.status(200).send(publicEventView(event, lang));
  }
}
