import { PublicRoute, RequiresScope, SelfServiceRoute } from '@jiyn/auth';
import { Controller, Get, Headers, Param, Query, Res, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { negotiateLanguage } from '@jiyn/kz';
import { ParseIdPipe, ProblemException } from '@jiyn/problems';
import { OrganiserOnlyGuard, SelfServiceAccess, SelfServiceSubject } from '../speaker-access';
import { agendaView, AgendasService, type AgendaScope } from './agendas.service';

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
@Controller('speakers/:id')
@UseGuards(OrganiserOnlyGuard)
export class AgendasHttpController {
  constructor(private readonly agendas: AgendasService) {}

  @Get('agenda')
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
@Controller('public/speakers/:id')
export class PublicAgendasHttpController {
  constructor(private readonly agendas: AgendasService) {}

  @Get('agenda')
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
  calendar(
    @SelfServiceSubject() id: string,
    @Query('lang') lang: string | undefined,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return answer(this.agendas, id, 'current', { format: undefined, lang, acceptLanguage }, reply, true);
  }
}
