import { PublicRoute, RequiresScope, SelfServiceRoute } from '@jiyn/auth';
import { applyDecorators, Controller, Get, Headers, Param, Query, Res, UseGuards } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiQuery,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { negotiateLanguage } from '@jiyn/kz';
import { ParseIdPipe, ProblemException } from '@jiyn/problems';
import { LangQuery, UuidParam } from '../openapi-parameters';
import { OrganiserOnlyGuard, SelfServiceAccess, SelfServiceSubject } from '../speaker-access';
import { PublicSpeakerAgenda, SpeakerAgenda } from './agenda.response';
import { agendaView, AgendasService, type AgendaScope } from './agendas.service';

const CALENDAR = { 'text/calendar': { schema: { type: 'string', description: 'iCalendar (RFC 5545)' } } };
const cacheControl = (value: string) => ({
  'Cache-Control': { description: `\`${value}\``, schema: { type: 'string' } },
});

/** `…/agenda`: JSON by default, iCalendar with `?format=ics`. */
function AgendaAnswer(
  operationId: string,
  summary: string,
  json: typeof SpeakerAgenda | typeof PublicSpeakerAgenda,
) {
  const cache = json === PublicSpeakerAgenda ? 'public, max-age=60' : 'private, no-store';
  return applyDecorators(
    ApiOperation({ operationId, summary, description: 'JSON by default; iCalendar with `format=ics`.' }),
    ApiExtraModels(json),
    ApiQuery({ name: 'format', required: false, enum: ['json', 'ics'], enumName: 'SpeakerAgendaFormat' }),
    LangQuery(),
    ApiProduces('application/json', 'text/calendar'),
    ApiOkResponse({
      headers: cacheControl(cache),
      content: { 'application/json': { schema: { $ref: getSchemaPath(json) } }, ...CALENDAR },
    }),
  );
}

/** `…/agenda.ics`: the agenda as iCalendar, for calendar applications to subscribe to. */
function CalendarAnswer(operationId: string, summary: string, scope: AgendaScope) {
  return applyDecorators(
    ApiOperation({
      operationId,
      summary,
      description: 'Sessions with a time slot, in their event’s time zone; texts in the negotiated language.',
    }),
    LangQuery(),
    ApiProduces('text/calendar'),
    ApiOkResponse({
      headers: cacheControl(scope === 'published' ? 'public, max-age=60' : 'private, no-store'),
      content: CALENDAR,
    }),
  );
}

interface Reader {
  format: string | undefined;
  lang: string | undefined;
  acceptLanguage: string | undefined;
}

/** JSON by default; iCalendar for `…/agenda.ics` or `?format=ics`. */
async function answer(
  agendas: AgendasService,
  speakerId: string,
  scope: AgendaScope,
  reader: Reader,
  reply: FastifyReply,
  ics = false,
) {
  if (reader.format !== undefined && reader.format !== 'ics' && reader.format !== 'json') {
    throw new ProblemException('validation', {
      errors: [{ field: 'format', code: 'isIn', args: [['json', 'ics']] }],
    });
  }
  const agenda = await agendas.agenda(speakerId, scope);
  // Private agendas (drafts included) must not sit in shared caches.
  reply.header('cache-control', scope === 'published' ? 'public, max-age=60' : 'private, no-store');
  if (ics || reader.format === 'ics') {
    const lang = negotiateLanguage(reader.acceptLanguage, reader.lang);
    reply.header('content-type', 'text/calendar; charset=utf-8');
    reply.header('content-language', lang);
    return agendas.calendar(agenda, lang);
  }
  return agendaView(agenda);
}

/** Organisers: a speaker's sessions in the programme as it stands, published or not. */
@ApiTags('speakers')
@UuidParam('id', 'The speaker')
@Controller('speakers/:id')
@UseGuards(OrganiserOnlyGuard)
export class AgendasHttpController {
  constructor(private readonly agendas: AgendasService) {}

  @Get('agenda')
  @AgendaAnswer('getSpeakerAgenda', "Read a speaker's sessions as the programme stands", SpeakerAgenda)
  @RequiresScope('speakers:read')
  agenda(
    @Param('id', ParseIdPipe) id: string,
    @Query('format') format: string | undefined,
    @Query('lang') lang: string | undefined,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return answer(this.agendas, id, 'current', { format, lang, acceptLanguage }, reply);
  }

  @Get('agenda.ics')
  @CalendarAnswer('getSpeakerAgendaCalendar', "Read a speaker's sessions as iCalendar", 'current')
  @RequiresScope('speakers:read')
  calendar(
    @Param('id', ParseIdPipe) id: string,
    @Query('lang') lang: string | undefined,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return answer(this.agendas, id, 'current', { format: undefined, lang, acceptLanguage }, reply, true);
  }
}

/** Anyone: what the latest published schedules show for a speaker. */
@ApiTags('public')
@PublicRoute()
@UuidParam('id', 'The speaker')
@Controller('public/speakers/:id')
export class PublicAgendasHttpController {
  constructor(private readonly agendas: AgendasService) {}

  @Get('agenda')
  @AgendaAnswer('publicGetSpeakerAgenda', "Read a speaker's published sessions", PublicSpeakerAgenda)
  agenda(
    @Param('id', ParseIdPipe) id: string,
    @Query('format') format: string | undefined,
    @Query('lang') lang: string | undefined,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return answer(this.agendas, id, 'published', { format, lang, acceptLanguage }, reply);
  }

  @Get('agenda.ics')
  @CalendarAnswer(
    'publicGetSpeakerAgendaCalendar',
    "Read a speaker's published sessions as iCalendar",
    'published',
  )
  calendar(
    @Param('id', ParseIdPipe) id: string,
    @Query('lang') lang: string | undefined,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return answer(this.agendas, id, 'published', { format: undefined, lang, acceptLanguage }, reply, true);
  }
}

/** The invited speaker: their own sessions as the programme stands. */
@ApiTags('self-service')
@SelfServiceRoute()
@Controller('self/speakers/me')
@SelfServiceAccess('speaker')
export class SelfAgendaHttpController {
  constructor(private readonly agendas: AgendasService) {}

  @Get('agenda')
  @AgendaAnswer('selfGetSpeakerAgenda', 'Read my sessions as the programme stands', SpeakerAgenda)
  agenda(
    @SelfServiceSubject() id: string,
    @Query('format') format: string | undefined,
    @Query('lang') lang: string | undefined,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return answer(this.agendas, id, 'current', { format, lang, acceptLanguage }, reply);
  }

  @Get('agenda.ics')
  @CalendarAnswer('selfGetSpeakerAgendaCalendar', 'Read my sessions as iCalendar', 'current')
  calendar(
    @SelfServiceSubject() id: string,
    @Query('lang') lang: string | undefined,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return answer(this.agendas, id, 'current', { format: undefined, lang, acceptLanguage }, reply, true);
  }
}
