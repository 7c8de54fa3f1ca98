import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import {
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiQuery,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createHash } from 'node:crypto';
import { INTERNAL_TOKEN_HEADER, PublicRoute, Unguarded } from '@jiyn/auth';
import { answerNotModified } from '@jiyn/http-caching';
import { negotiateLanguage, pickLocalized, type Lang, type Multilingual } from '@jiyn/kz';
import { CORRELATION_HEADER, currentCorrelationId } from '@jiyn/observability';
import { FORWARDED_URI_HEADER, ProblemException } from '@jiyn/problems';
import { GatewayEnvironment } from '../gateway.environment';
import type { UpstreamName } from '../proxy/route-table';
import { Upstreams } from '../proxy/upstreams';
import { AgendaResponse } from './agenda.response';

const PROFILE_READS_AT_ONCE = 8;
const AGENDA_FRESH_MS = 5_000;

interface ScheduleSession {
  id: string;
  speakers: { id: string; name: string | null }[];
  [field: string]: unknown;
}

interface PublicSpeaker {
  id: string;
  fullName: Multilingual;
  position: Multilingual;
  organisation: Multilingual;
  /** Markdown source, per language. */
  biography: Multilingual;
  /** Rendered and sanitised by the speakers service: safe to insert into a page. */
  biographyHtml: Multilingual;
  photoUrl: string | null;
  links: { label: string; url: string }[];
  languages: string[];
}

/**
 * The agenda of a published event: the published schedule (sessions service) with each speaker's
 * public profile (speakers service) in one localised document. Public, revalidated by ETag.
 */
@ApiTags('public')
@Controller('api/v1/public/events/:slug/agenda')
export class AgendaController {
  constructor(
    private readonly upstreams: Upstreams,
    private readonly env: GatewayEnvironment,
  ) {}

  @ApiOperation({
    operationId: 'publicGetAgenda',
    summary: 'Get the agenda of a published event: its schedule with the speakers’ public profiles',
  })
  @ApiParam({
    name: 'slug',
    description: 'The event’s slug',
    // As the sessions service names events (a longer one cannot be an event's).
    schema: {
      type: 'string',
      pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
      maxLength: 100,
      example: 'astana-creative-week-2026',
    },
  })
  @ApiQuery({
    name: 'lang',
    required: false,
    enum: ['kk', 'ru', 'en'],
    enumName: 'AgendaLanguage',
    description: 'The language; default from Accept-Language',
  })
  @ApiHeader({ name: 'If-None-Match', required: false, description: 'An ETag of an earlier answer' })
  @ApiProduces('application/json')
  @ApiOkResponse({
    type: AgendaResponse,
    headers: { ETag: { description: 'Revalidate with If-None-Match', schema: { type: 'string' } } },
  })
  @ApiResponse({ status: 304, description: 'Unchanged since the ETag sent in If-None-Match' })
  @PublicRoute()
  @Unguarded()
  @Get()
  async agenda(
    @Param('slug') slug: string,
    @Query('lang') queryLang: string | undefined,
    @Headers() headers: Record<string, string>,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const lang = negotiateLanguage(headers['accept-language'], queryLang);
    const schedule = await this.fetchJson<{ version?: { number?: number }; sessions: ScheduleSession[] }>(
      'sessions',
      `/public/events/${encodeURIComponent(slug)}/schedule?lang=${lang}`,
    );
    if (schedule.status !== 200) {
      await reply.status(schedule.status).header('content-type', schedule.contentType).send(schedule.raw);
      return;
    }
    const body = await this.agendaBody(slug, lang, schedule.body);
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
    if (await answerNotModified(reply, headers, etag, lang)) return;
    await reply.status(200).header('content-type', 'application/json; charset=utf-8').send(body);
  }

  /**
   * The merged agenda of one schedule version and language, kept for a few seconds: public readers
   * do not each fan out to the speakers service, and profile edits still show within seconds.
   */
  private readonly recent = new Map<string, { body: string; until: number }>();

  private async agendaBody(
    slug: string,
    lang: Lang,
    schedule: { version?: { number?: number }; sessions: ScheduleSession[] },
  ): Promise<string> {
    const key = `${slug}#${schedule.version?.number ?? 0}#${lang}`;
    const kept = this.recent.get(key);
    if (kept && kept.until > Date.now()) return kept.body;
    const speakerIds = [
      ...new Set(schedule.sessions.flatMap((session) => session.speakers.map((speaker) => speaker.id))),
    ];
    const profiles = new Map<string, ReturnType<typeof localizeSpeaker>>();
    // A few profile reads at a time, however many speakers the programme has.
    for (let index = 0; index < speakerIds.length; index += PROFILE_READS_AT_ONCE) {
      await Promise.all(
        speakerIds.slice(index, index + PROFILE_READS_AT_ONCE).map(async (id) => {
          const profile = await this.fetchJson<PublicSpeaker>('speakers', `/public/speakers/${id}`);
          if (profile.status === 200) profiles.set(id, localizeSpeaker(profile.body, lang));
        }),
      );
    }
    const body = JSON.stringify({
      ...schedule,
      sessions: schedule.sessions.map((session) => ({
        ...session,
        speakers: session.speakers.map(
          (speaker) => profiles.get(speaker.id) ?? { id: speaker.id, name: speaker.name },
        ),
      })),
    });
    if (this.recent.size >= 1_000) this.recent.clear();
    this.recent.set(key, { body, until: Date.now() + AGENDA_FRESH_MS });
    return body;
  }

  private async fetchJson<T>(
    upstream: UpstreamName,
    path: string,
  ): Promise<{ status: number; body: T; raw: string; contentType: string }> {
    try {
      const response = await this.upstreams.request(upstream, {
        method: 'GET',
        path,
        headers: {
          [INTERNAL_TOKEN_HEADER]: this.env.INTERNAL_TOKEN,
          [CORRELATION_HEADER]: currentCorrelationId() ?? '',
          [FORWARDED_URI_HEADER]: path,
        },
        headersTimeout: 10_000,
      });
      const raw = await response.body.text();
      const contentType = String(response.headers['content-type'] ?? 'application/json');
      return {
        status: response.statusCode,
        body: (raw ? JSON.parse(raw) : undefined) as T,
        raw,
        contentType,
      };
    } catch {
      throw new ProblemException('service-unavailable', {
        detail: {
          en: `The ${upstream} service is not answering`,
          ru: `Сервис ${upstream} не отвечает`,
          kk: `${upstream} қызметі жауап бермейді`,
        },
      });
    }
  }
}

function localizeSpeaker(speaker: PublicSpeaker, lang: Lang) {
  return {
    id: speaker.id,
    name: pickLocalized(speaker.fullName, lang) ?? null,
    position: pickLocalized(speaker.position, lang) ?? null,
    organisation: pickLocalized(speaker.organisation, lang) ?? null,
    biography: pickLocalized(speaker.biography, lang) ?? null,
    biographyHtml: pickLocalized(speaker.biographyHtml, lang) ?? null,
    photoUrl: speaker.photoUrl,
    links: speaker.links,
    languages: speaker.languages,
  };
}
