import { CurrentPrincipal, PublicRoute, RequiresScope, type Principal } from '@jiyn/auth';
import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { answerNotModified } from '@jiyn/http-caching';
import { negotiateLanguage } from '@jiyn/kz';
import {
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Page } from '@jiyn/persistence';
import { ParseIdPipe, ProblemResponses } from '@jiyn/problems';
import { PublicCachedRead } from '../public-reading';
import { CreateEventDto } from './dto/create-event.dto';
import { ListEventsQuery } from './dto/list-events.query';
import { UpdateEventDto } from './dto/update-event.dto';
import type { EventEntity } from './event.entity';
import { EventPage, EventResponse, SLUG_PARAMETER_SCHEMA } from './dto/event.response';
import { EventsService } from './events.service';
import { publicEventView, PublicEventView } from './public-event.view';

const EVENT_ID = ApiParam({ name: 'id', format: 'uuid', description: 'The event' });

@ApiTags('events')
@Controller('events')
export class EventsHttpController {
  constructor(private readonly events: EventsService) {}

  @Post()
  @RequiresScope('events:write')
  @ApiOperation({
    operationId: 'createEvent',
    summary: 'Create a draft event',
    description: 'In the caller’s organisation, or the one named, where the caller needs events:write.',
  })
  @ApiCreatedResponse({ type: EventResponse })
  @ProblemResponses(409)
  create(@Body() dto: CreateEventDto, @CurrentPrincipal() principal: Principal): Promise<EventEntity> {
    return this.events.create(dto, principal);
  }

  @Get()
  @RequiresScope('events:read')
  @ApiOperation({ operationId: 'listEvents', summary: 'List the events the caller may read, newest first' })
  @ApiOkResponse({ type: EventPage })
  list(
    @Query() query: ListEventsQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Page<EventEntity>> {
    return this.events.list(query, principal);
  }

  @Get(':id')
  @RequiresScope('events:read')
  @ApiOperation({ operationId: 'getEvent', summary: 'Read an event' })
  @EVENT_ID
  @ApiOkResponse({ type: EventResponse })
  get(@Param('id', ParseIdPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<EventEntity> {
    return this.events.get(id, principal);
  }

  @Patch(':id')
  @RequiresScope('events:write')
  @ApiOperation({
    operationId: 'updateEvent',
    summary: 'Change an event',
    description: 'Absent fields stay as they are; null clears what an event may lack.',
  })
  @EVENT_ID
  @ApiOkResponse({ type: EventResponse })
  @ProblemResponses(409)
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
  @ApiOperation({
    operationId: 'publishEvent',
    summary: 'Publish a draft event',
    description: 'It needs its texts in the required languages and a capacity; announced as event.published.',
  })
  @EVENT_ID
  @ApiOkResponse({ type: EventResponse })
  @ProblemResponses(409)
  publish(
    @Param('id', ParseIdPipe) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<EventEntity> {
    return this.events.publish(id, principal);
  }

  @Post(':id/cancel')
  @RequiresScope('events:write')
  @HttpCode(200)
  @ApiOperation({ operationId: 'cancelEvent', summary: 'Cancel an event' })
  @EVENT_ID
  @ApiOkResponse({ type: EventResponse })
  @ProblemResponses(409)
  cancel(
    @Param('id', ParseIdPipe) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<EventEntity> {
    return this.events.cancel(id, principal);
  }

  @Post(':id/archive')
  @RequiresScope('events:write')
  @HttpCode(200)
  @ApiOperation({ operationId: 'archiveEvent', summary: 'Archive an event that is over or cancelled' })
  @EVENT_ID
  @ApiOkResponse({ type: EventResponse })
  @ProblemResponses(409)
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
  @ApiOperation({
    operationId: 'publicGetEvent',
    summary: 'Read a published event by its slug, in one language',
  })
  @ApiParam({
    name: 'slug',
    schema: SLUG_PARAMETER_SCHEMA,
  })
  @ApiProduces('application/json')
  @PublicCachedRead({ type: PublicEventView })
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
