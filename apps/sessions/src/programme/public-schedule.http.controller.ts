import { PublicRoute } from '@jiyn/auth';
import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { negotiateLanguage, type Lang } from '@jiyn/kz';
import { answerNotModified } from '@jiyn/http-caching';
import { ParseIdPipe, ParsePositiveIntPipe, ProblemException } from '@jiyn/problems';
import { SLUG_PARAMETER_SCHEMA } from '../events/dto/event.response';
import { PublicCachedRead } from '../public-reading';
import { SessionsEnvironment } from '../sessions.environment';
import { FrabScheduleResponse } from './exports/frab-schedule.response';
import { frabScheduleJson, frabScheduleXml } from './exports/frab-schedule';
import { programmeCalendar } from './exports/icalendar';
import type { ProgrammeSnapshot } from './programme-snapshot';
import { localizeSchedule } from './schedule/localized-schedule';
import { PublicSchedule, PublicScheduleSession } from './schedule/public-schedule.response';
import { RenderedCache } from './schedule/rendered-cache';
import { ScheduleService } from './schedule/schedule.service';

type Render = (snapshot: ProgrammeSnapshot, lang: Lang) => { contentType: string; body: string };
type Reader = {
  slug: string;
  number?: number;
  lang?: string;
  headers: Record<string, string>;
  reply: FastifyReply;
  /** For one session's or one speaker's view: true when the schedule has it, else the 404 to answer. */
  mustContain?: (snapshot: ProgrammeSnapshot) => true | ProblemException;
};

const JSON_TYPE = 'application/json; charset=utf-8';
const ICS_TYPE = 'text/calendar; charset=utf-8';

/** Bodies that are documents of another format than JSON: a string in that media type. */
const TEXT_BODY = (mediaType: string, description: string) => ({
  description,
  content: { [mediaType]: { schema: { type: 'string' } } },
});
const CALENDAR = TEXT_BODY('text/calendar', 'An iCalendar (RFC 5545) document, in the event’s time zone');
const SPEAKER_ID = ApiParam({ name: 'speakerId', format: 'uuid', description: 'A speaker of the schedule' });
const SESSION_ID = ApiParam({ name: 'sessionId', format: 'uuid', description: 'A session of the schedule' });

/**
 * The published schedule, readable by anyone through the gateway's public prefix. Versions are
 * immutable, so the ETag (event, version, language, format) is exact: revalidation answers 304
 * after one small query, and a rendered body is made once and served from memory after that.
 */
@ApiTags('public')
@PublicRoute()
@Controller('public/events/:slug')
@ApiParam({
  name: 'slug',
  schema: SLUG_PARAMETER_SCHEMA,
})
export class PublicScheduleHttpController {
  private readonly cache = new RenderedCache();

  constructor(
    private readonly schedule: ScheduleService,
    private readonly env: SessionsEnvironment,
  ) {}

  @Get('schedule')
  @ApiOperation({
    operationId: 'publicGetSchedule',
    summary: 'Read the latest published schedule of an event, localised',
  })
  @ApiProduces('application/json')
  @PublicCachedRead({ type: PublicSchedule })
  latest(
    @Param('slug') slug: string,
    @Query('lang') lang: string | undefined,
    @Headers() headers: Record<string, string>,
    @Res() reply: FastifyReply,
  ) {
    return this.answer({ slug, lang, headers, reply }, 'json', (s, l) => json(localizeSchedule(s, l)));
  }

  @Get('schedule/versions/:number')
  @ApiOperation({
    operationId: 'publicGetScheduleVersion',
    summary: 'Read one published schedule version of an event, localised',
  })
  @ApiParam({
    name: 'number',
    schema: { type: 'integer', minimum: 1, maximum: 2_147_483_647 },
    description: 'The version number',
  })
  @ApiProduces('application/json')
  @PublicCachedRead({ type: PublicSchedule })
  version(
    @Param('slug') slug: string,
    @Param('number', ParsePositiveIntPipe) number: number,
    @Query('lang') lang: string | undefined,
    @Headers() headers: Record<string, string>,
    @Res() reply: FastifyReply,
  ) {
    return this.answer({ slug, number, lang, headers, reply }, 'json', (s, l) =>
      json(localizeSchedule(s, l)),
    );
  }

  /** frab/c3voc schedule.xml, as conference apps and recording pipelines read it. */
  @Get('schedule.xml')
  @ApiOperation({
    operationId: 'publicExportScheduleFrabXml',
    summary: 'Export the latest schedule as frab schedule.xml',
  })
  @ApiProduces('application/xml')
  @PublicCachedRead(TEXT_BODY('application/xml', 'frab / c3voc schedule.xml (voc/schedule XSD)'))
  frabXml(
    @Param('slug') slug: string,
    @Query('lang') lang: string | undefined,
    @Headers() headers: Record<string, string>,
    @Res() reply: FastifyReply,
  ) {
    return this.answer({ slug, lang, headers, reply }, 'frab-xml', (s, l) => ({
      contentType: 'application/xml; charset=utf-8',
      body: frabScheduleXml(s, l, { baseUrl: this.publicBase(s) }),
    }));
  }

  @Get('schedule.json')
  @ApiOperation({
    operationId: 'publicExportScheduleFrabJson',
    summary: 'Export the latest schedule as frab schedule.json',
  })
  @ApiProduces('application/json')
  @PublicCachedRead({ type: FrabScheduleResponse })
  frabJson(
    @Param('slug') slug: string,
    @Query('lang') lang: string | undefined,
    @Headers() headers: Record<string, string>,
    @Res() reply: FastifyReply,
  ) {
    return this.answer({ slug, lang, headers, reply }, 'frab-json', (s, l) =>
      json(frabScheduleJson(s, l, { baseUrl: this.publicBase(s) })),
    );
  }

  /** The whole programme as iCalendar, with the event's time zone. */
  @Get('schedule.ics')
  @ApiOperation({
    operationId: 'publicExportScheduleCalendar',
    summary: 'Export the latest schedule as an iCalendar file',
  })
  @ApiProduces('text/calendar')
  @PublicCachedRead(CALENDAR)
  calendar(
    @Param('slug') slug: string,
    @Query('lang') lang: string | undefined,
    @Headers() headers: Record<string, string>,
    @Res() reply: FastifyReply,
  ) {
    return this.answer({ slug, lang, headers, reply }, 'ics', (s, l) => this.ics(s, l, {}));
  }

  /** One published session, localised: where the exports' session links point. */
  @Get('sessions/:sessionId')
  @ApiOperation({
    operationId: 'publicGetScheduleSession',
    summary: 'Read one session of the latest published schedule, localised',
  })
  @SESSION_ID
  @ApiProduces('application/json')
  @PublicCachedRead({ type: PublicScheduleSession })
  session(
    @Param('slug') slug: string,
    @Param('sessionId', ParseIdPipe) sessionId: string,
    @Query('lang') lang: string | undefined,
    @Headers() headers: Record<string, string>,
    @Res() reply: FastifyReply,
  ) {
    return this.answer(
      {
        slug,
        lang,
        headers,
        reply,
        mustContain: (s) =>
          s.sessions.some((session) => session.id === sessionId) || sessionNotPublished(sessionId),
      },
      `session-${sessionId}`,
      (s, l) => json(localizeSchedule(s, l).sessions.find((session) => session.id === sessionId)),
    );
  }

  @Get('sessions/:sessionId/calendar.ics')
  @ApiOperation({
    operationId: 'publicExportSessionCalendar',
    summary: 'Export one session of the latest schedule as an iCalendar file',
  })
  @SESSION_ID
  @ApiProduces('text/calendar')
  @PublicCachedRead(CALENDAR)
  sessionCalendar(
    @Param('slug') slug: string,
    @Param('sessionId', ParseIdPipe) sessionId: string,
    @Query('lang') lang: string | undefined,
    @Headers() headers: Record<string, string>,
    @Res() reply: FastifyReply,
  ) {
    const mustContain = (s: ProgrammeSnapshot) =>
      s.sessions.some((session) => session.id === sessionId) || sessionNotPublished(sessionId);
    return this.answer({ slug, lang, headers, reply, mustContain }, `ics-session-${sessionId}`, (s, l) =>
      this.ics(s, l, { sessionIds: [sessionId] }),
    );
  }

  @Get('speakers/:speakerId/calendar.ics')
  @ApiOperation({
    operationId: 'publicExportSpeakerCalendar',
    summary: "Export a speaker's sessions of the latest schedule as an iCalendar file",
  })
  @SPEAKER_ID
  @ApiProduces('text/calendar')
  @PublicCachedRead(CALENDAR)
  speakerCalendar(
    @Param('slug') slug: string,
    @Param('speakerId', ParseIdPipe) speakerId: string,
    @Query('lang') lang: string | undefined,
    @Headers() headers: Record<string, string>,
    @Res() reply: FastifyReply,
  ) {
    const mustContain = (s: ProgrammeSnapshot) =>
      s.sessions.some((session) => session.speakers.some((speaker) => speaker.id === speakerId)) ||
      speakerNotInSchedule(speakerId);
    return this.answer({ slug, lang, headers, reply, mustContain }, `ics-speaker-${speakerId}`, (s, l) =>
      this.ics(s, l, { speakerId }),
    );
  }

  /** The event's public base URL through the gateway; exports link sessions below it. */
  private publicBase(snapshot: ProgrammeSnapshot): string {
    return `${this.env.PUBLIC_BASE_URL}/api/v1/public/events/${snapshot.event.slug}`;
  }

  private ics(
    snapshot: ProgrammeSnapshot,
    lang: Lang,
    filter: { sessionIds?: string[]; speakerId?: string },
  ) {
    return {
      contentType: ICS_TYPE,
      body: programmeCalendar(snapshot, lang, { ...filter, baseUrl: this.publicBase(snapshot) }),
    };
  }

  private async answer(reader: Reader, format: string, render: Render): Promise<void> {
    const { reply, headers } = reader;
    const lang = negotiateLanguage(headers['accept-language'], reader.lang);
    const ref = await this.schedule.publicVersionRef(reader.slug, reader.number);
    if (reader.mustContain) {
      const found = reader.mustContain(await this.schedule.snapshot(ref.eventId, ref.number));
      if (found !== true) throw found; // unknown ids are answered 404 and never fill the cache
    }
    const gzip = /\bgzip\b/.test(headers['accept-encoding'] ?? '');
    const key = `${ref.eventId}.${ref.number}.${lang}.${format}`;
    // The gzip body is a different representation, so it has its own tag (RFC 9110 §8.8.3).
    if (await answerNotModified(reply, headers, `"${key}${gzip ? '.gz' : ''}"`, lang)) return;
    const rendered = await this.cache.getOrRender(key, async () =>
      render(await this.schedule.snapshot(ref.eventId, ref.number), lang),
    );
    if (gzip) void reply.header('content-encoding', 'gzip');
    await reply
      .status(200)
      .header('content-type', rendered.contentType)
      .send(gzip ? rendered.gzipped : rendered.body);
  }
}

function sessionNotPublished(id: string): ProblemException {
  return new ProblemException('not-found', {
    detail: {
      en: `Session ${id} is not in the published schedule`,
      ru: `Сессии ${id} нет в опубликованном расписании`,
      kk: `${id} сессиясы жарияланған кестеде жоқ`,
    },
  });
}

function speakerNotInSchedule(id: string): ProblemException {
  return new ProblemException('not-found', {
    detail: {
      en: `Speaker ${id} has no session in the published schedule`,
      ru: `У спикера ${id} нет сессий в опубликованном расписании`,
      kk: `${id} спикерінің жарияланған кестеде сессиясы жоқ`,
    },
  });
}

function json(value: unknown) {
  return { contentType: JSON_TYPE, body: JSON.stringify(value) };
}
