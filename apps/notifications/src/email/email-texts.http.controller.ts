import { Body, Controller, Get, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import Handlebars from 'handlebars';
import {
  CurrentPrincipal,
  RequiresScope,
  assertAllowed,
  notReachable,
  type Principal,
  type Scope,
} from '@jiyn/auth';
import { SUPPORTED_LANGUAGES, type Lang } from '@jiyn/kz';
import { ProblemException, ProblemResponses } from '@jiyn/problems';
import { EventProjectionRepository } from '../event-projection/event-projection.repository';
import { EmailPreferencesRepository } from './email-preferences.repository';
import {
  EMAIL_TEMPLATES,
  EMAIL_TEMPLATE_NAMES,
  WITHOUT_EVENT,
  isEmailTemplateName,
  type EmailTemplateName,
} from './templates/catalogue';
import { MESSAGE_TEXTS } from './templates/texts';
import { EmailTemplateTextsResponse, EmailTextsDto } from './dto/email-texts.dto';

/** Placeholders every message has, and those of some messages only. */
const COMMON_PLACEHOLDERS = ['eventTitle', 'organisationName', 'name', 'startsAt'];
const MESSAGE_PLACEHOLDERS: Partial<Record<EmailTemplateName, string[]>> = {
  'registration-confirmed': ['code'],
  'registration-approved': ['code'],
  'event-reminder': ['code'],
  'registration-waitlisted': ['position'],
  'seat-offered': ['offerExpiresAt'],
  'proposal-received': ['proposalTitle'],
  'proposal-accepted': ['proposalTitle'],
  'proposal-rejected': ['proposalTitle'],
  'session-changed': ['sessionTitle', 'previousTime', 'previousRoom', 'newTime', 'newRoom'],
  'session-cancelled': ['sessionTitle', 'sessionTime', 'sessionRoom'],
  'co-speaker-invitation': ['proposalTitle', 'primarySpeakerName', 'expiresAt'],
};

/**
 * Organisers' words in an event's e-mail: the subject and introduction of each message, per
 * language, replacing the platform's (which stay for the languages not given).
 */
@ApiTags('e-mail')
@Controller('notifications/email/events/:eventId/templates')
export class EmailTextsHttpController {
  constructor(
    private readonly preferences: EmailPreferencesRepository,
    private readonly events: EventProjectionRepository,
  ) {}

  @Get(':template')
  @RequiresScope('events:read')
  @ApiOperation({
    operationId: 'getEmailTexts',
    summary: 'Get the words of one message of an event’s e-mail',
  })
  @ApiParam({ name: 'eventId', format: 'uuid' })
  @ApiParam({ name: 'template', enum: EMAIL_TEMPLATE_NAMES, enumName: 'EmailTemplateName' })
  @ApiOkResponse({ type: EmailTemplateTextsResponse })
  @ProblemResponses(404)
  async get(
    @Param('eventId', ParseUUIDPipe) eventId: string,
    @Param('template') template: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<EmailTemplateTextsResponse> {
    const name = knownTemplate(template);
    await this.assertOnEvent(principal, 'events:read', eventId);
    return this.view(eventId, name);
  }

  @Put(':template')
  @RequiresScope('events:write')
  @ApiOperation({
    operationId: 'replaceEmailTexts',
    summary: 'Set the words of one message of an event’s e-mail',
    description:
      'Replaces the event’s subject and introduction for the languages given; a language left out ' +
      'uses the platform’s words again. Texts are Handlebars templates over the message’s ' +
      'placeholders; an unknown placeholder or a broken template is a 400 naming the field. A message ' +
      'about no event (`speaker-invitation`, `webhook-endpoint-disabled`) has no per-event words: 404.',
  })
  @ApiParam({ name: 'eventId', format: 'uuid' })
  @ApiParam({ name: 'template', enum: EMAIL_TEMPLATE_NAMES, enumName: 'EmailTemplateName' })
  @ApiOkResponse({ type: EmailTemplateTextsResponse })
  @ProblemResponses(400, 404)
  async replace(
    @Param('eventId', ParseUUIDPipe) eventId: string,
    @Param('template') template: string,
    @Body() body: EmailTextsDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<EmailTemplateTextsResponse> {
    const name = knownTemplate(template);
    await this.assertOnEvent(principal, 'events:write', eventId);
    assertTemplates(name, body);
    await this.preferences.replaceOverrides(eventId, name, body);
    return this.view(eventId, name);
  }

  private async view(eventId: string, template: EmailTemplateName): Promise<EmailTemplateTextsResponse> {
    const overrides = await this.preferences.overrides(eventId, template);
    const defaults = Object.fromEntries(
      SUPPORTED_LANGUAGES.map((lang) => [
        lang,
        { subject: MESSAGE_TEXTS[template][lang].subject, intro: MESSAGE_TEXTS[template][lang].intro },
      ]),
    );
    return {
      eventId,
      template,
      unsubscribable: !EMAIL_TEMPLATES[template].transactional,
      overrides,
      defaults,
    };
  }

  /** Only the event's organisation; an event this service has not heard of is a 404. */
  private async assertOnEvent(principal: Principal, scope: Scope, eventId: string): Promise<void> {
    const event = await this.events.find(eventId);
    if (!event?.organisationId) throw notReachable();
    assertAllowed(principal, scope, { organisationId: event.organisationId, eventId });
  }
}

function knownTemplate(template: string): EmailTemplateName {
  if (isEmailTemplateName(template) && WITHOUT_EVENT.has(template)) {
    throw new ProblemException('not-found', {
      detail: {
        en: `${template} is about no event: its words are the platform's`,
        ru: `Письмо ${template} не относится к мероприятию: его текст задаёт платформа`,
        kk: `${template} хаты іс-шараға қатысты емес: оның мәтінін платформа береді`,
      },
    });
  }
  if (isEmailTemplateName(template)) return template;
  throw new ProblemException('not-found', {
    detail: {
      en: `No message is called ${template}; they are: ${EMAIL_TEMPLATE_NAMES.join(', ')}`,
      ru: `Письма ${template} нет; есть: ${EMAIL_TEMPLATE_NAMES.join(', ')}`,
      kk: `${template} деген хат жоқ; барлары: ${EMAIL_TEMPLATE_NAMES.join(', ')}`,
    },
  });
}

/** Each text must compile, and use only the placeholders its message has. */
function assertTemplates(template: EmailTemplateName, body: EmailTextsDto): void {
  const allowed = [...COMMON_PLACEHOLDERS, ...(MESSAGE_PLACEHOLDERS[template] ?? [])];
  const errors: { field: string; code: string; args?: unknown[] }[] = [];
  for (const lang of SUPPORTED_LANGUAGES as readonly Lang[]) {
    for (const part of ['subject', 'intro'] as const) {
      const text = body[lang]?.[part];
      if (text === undefined) continue;
      const field = `${lang}.${part}`;
      let program: hbs.AST.Program;
      try {
        program = Handlebars.parse(text);
      } catch (error) {
        errors.push({ field, code: 'invalidEmailTemplate', args: [(error as Error).message.split('\n')[0]] });
        continue;
      }
      for (const used of placeholdersOf(program))
        if (!allowed.includes(used))
          errors.push({
            field,
            code: 'unknownPlaceholder',
            args: [`{{${used}}}`, allowed.map((p) => `{{${p}}}`).join(', ')],
          });
    }
  }
  if (errors.length) throw new ProblemException('validation', { errors });
}

/** Every name a template reads, helpers and blocks included (only plain placeholders are allowed). */
function placeholdersOf(program: hbs.AST.Program): string[] {
  const found: string[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const typed = node as {
      type?: string;
      path?: { original?: string };
      body?: unknown[];
      params?: unknown[];
      program?: unknown;
      inverse?: unknown;
    };
    if (
      (typed.type === 'MustacheStatement' ||
        typed.type === 'BlockStatement' ||
        typed.type === 'SubExpression') &&
      typed.path?.original
    )
      found.push(typed.path.original);
    if (typed.type === 'PathExpression' && typed.path === undefined)
      found.push((node as { original: string }).original);
    for (const child of [...(typed.body ?? []), ...(typed.params ?? []), typed.program, typed.inverse])
      visit(child);
  };
  visit(program);
  return [...new Set(found)];
}
