import { Controller, Get, Headers, Param, ParseIntPipe, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { negotiateLanguage, type Lang } from '@jiyn/kz';
import { ParseIdPipe, ProblemException } from '@jiyn/problems';
import { SessionsEnvironment } from '../sessions.environment';
import { frabScheduleJson, frabScheduleXml } from './exports/frab-schedule';
import { programmeCalendar } from './exports/icalendar';
import type { ProgrammeSnapshot } from './programme-snapshot';
import { localizeSchedule } from './schedule/localized-schedule';
import { ScheduleService } from './schedule/schedule.service';

type Rendered = { contentType: string; body: string };

/**
 * The published schedule, readable by anyone through the gateway's public prefix. Versions are
 * immutable, so an ETag of (event, version, language, format) is exact: revalidation answers 304.
 */
@ApiTags('public')
@Controller('public/events/:slug')
export class PublicScheduleHttpController {
  constructor(
    private readonly schedule: ScheduleService,
    private readonly env: SessionsEnvironment,
  ) {}

  @Get('schedule')
  async latest(
    @Param('slug') slug: string,
    @Query('lang') lang: string | undefined,
    @Headers() headers: Record<string, string>,
    @Res() reply: FastifyReply,
  ) {
    await this.answer(
      reply,
      headers,
      await this.schedule.publicVersion(slug),
      language(headers, lang),
      'json',
      (s, l) => json(localizeSchedule(s, l)),
    );
  }

  @Get('schedule/versions/:number')
  async version(
    @Param('slug') slug: string,
    @Param('number', ParseIntPipe) number: number,
    @Query('lang') lang: string | undefined,
    @Headers() headers: Record<string, string>,
    @Res() reply: FastifyReply,
  ) {
    await this.answer(
      reply,
      headers,
      await this.schedule.publicVersion(slug, number),
      language(headers, lang),
      'json',
      (s, l) => json(localizeSchedule(s, l)),
    );
  }

  /** frab/c3voc schedule.xml, as conference apps and recording pipelines read it. */
  @Get('schedule.xml')
  async frabXml(
    @Param('slug') slug: string,
    @Query('lang') lang: string | undefined,
    @Headers() headers: Record<string, string>,
    @Res() reply: FastifyReply,
  ) {
    await this.answer(
      reply,
      headers,
      await this.schedule.publicVersion(slug),
      language(headers, lang),
      'frab-xml',
      (s, l) => ({
        contentType: 'application/xml; charset=utf-8',
        body: frabScheduleXml(s, l, { baseUrl: this.publicBase(s) }),
      }),
    );
  }

  @Get('schedule.json')
  async frabJson(
    @Param('slug') slug: string,
    @Query('lang') lang: string | undefined,
    @Headers() headers: Record<string, string>,
    @Res() reply: FastifyReply,
  ) {
    await this.answer(
      reply,
      headers,
      await this.schedule.publicVersion(slug),
      language(headers, lang),
      'frab-json',
      (s, l) => json(frabScheduleJson(s, l, { baseUrl: this.publicBase(s) })),
    );
  }

  /** The whole programme as iCalendar, with the event's time zone. */
  @Get('schedule.ics')
  async calendar(
    @Param('slug') slug: string,
    @Query('lang') lang: string | undefined,
    @Headers() headers: Record<string, string>,
    @Res() reply: FastifyReply,
  ) {
    await this.answer(
      reply,
      headers,
      await this.schedule.publicVersion(slug),
      language(headers, lang),
      'ics',
      (s, l) => this.ics(s, l, {}),
    );
  }

  @Get('sessions/:sessionId/calendar.ics')
  async sessionCalendar(
    @Param('slug') slug: string,
    @Param('sessionId', ParseIdPipe) sessionId: string,
    @Query('lang') lang: string | undefined,
    @Headers() headers: Record<string, string>,
    @Res() reply: FastifyReply,
  ) {
    await this.answer(
      reply,
      headers,
      await this.schedule.publicVersion(slug),
      language(headers, lang),
      `ics-session-${sessionId}`,
      (s, l) => this.ics(s, l, { sessionIds: [sessionId] }),
    );
  }

  @Get('speakers/:speakerId/calendar.ics')
  async speakerCalendar(
    @Param('slug') slug: string,
    @Param('speakerId', ParseIdPipe) speakerId: string,
    @Query('lang') lang: string | undefined,
    @Headers() headers: Record<string, string>,
    @Res() reply: FastifyReply,
  ) {
    await this.answer(
      reply,
      headers,
      await this.schedule.publicVersion(slug),
      language(headers, lang),
      `ics-speaker-${speakerId}`,
      (s, l) => this.ics(s, l, { speakerId }),
    );
  }

  /** One published session, localised: where the exports' session links point. */
  @Get('sessions/:sessionId')
  async session(
    @Param('slug') slug: string,
    @Param('sessionId', ParseIdPipe) sessionId: string,
    @Query('lang') lang: string | undefined,
    @Headers() headers: Record<string, string>,
    @Res() reply: FastifyReply,
  ) {
    const snapshot = await this.schedule.publicVersion(slug);
    if (!snapshot.sessions.some((session) => session.id === sessionId)) throw sessionNotPublished(sessionId);
    await this.answer(reply, headers, snapshot, language(headers, lang), `session-${sessionId}`, (s, l) =>
      json(localizeSchedule(s, l).sessions.find((session) => session.id === sessionId)),
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
  ): Rendered {
    return {
      contentType: 'text/calendar; charset=utf-8',
      body: programmeCalendar(snapshot, lang, {
        ...filter,
        baseUrl: `${this.env.PUBLIC_BASE_URL}/api/v1/public/events/${snapshot.event.slug}`,
      }),
    };
  }

  private async answer(
    reply: FastifyReply,
    headers: Record<string, string>,
    snapshot: ProgrammeSnapshot,
    lang: Lang,
    format: string,
    render: (snapshot: ProgrammeSnapshot, lang: Lang) => Rendered,
  ): Promise<void> {
    const etag = `"${snapshot.event.id}.${snapshot.version.number}.${lang}.${format}"`;
    void reply
      .header('etag', etag)
      .header('cache-control', 'public, max-age=60, must-revalidate')
      .header('vary', 'Accept-Language')
      .header('content-language', lang);
    if (matches(headers['if-none-match'], etag)) {
      await reply.status(304).send();
      return;
    }
    const rendered = render(snapshot, lang);
    await reply.status(200).header('content-type', rendered.contentType).send(rendered.body);
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

function language(headers: Record<string, string>, query: string | undefined): Lang {
  return negotiateLanguage(headers['accept-language'], query);
}

function json(value: unknown): Rendered {
  return { contentType: 'application/json; charset=utf-8', body: JSON.stringify(value) };
}

/** RFC 9110 If-None-Match: a list of tags, or `*`; weak comparison. */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
