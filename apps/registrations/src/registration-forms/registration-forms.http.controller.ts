import { PublicRoute, RequiresScope } from '@jiyn/auth';
import { Body, Controller, Get, Headers, Param, Put, Query, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { answerNotModified } from '@jiyn/http-caching';
import { negotiateLanguage, SUPPORTED_LANGUAGES } from '@jiyn/kz';
import { ParseIdPipe } from '@jiyn/problems';
import { RegistrationFormDto } from './dto/registration-form.dto';
import type { RegistrationForm } from './form-definition';
import { PublicRegistrationFormView, RegistrationFormView } from './registration-form.view';
import { publicFormView } from './public-form.view';
import { RegistrationFormsService } from './registration-forms.service';

/** The organiser's side: the event's questions and consent terms in every language. */
@ApiTags('registrations')
@Controller('registrations/events')
export class RegistrationFormsHttpController {
  constructor(private readonly forms: RegistrationFormsService) {}

  @Get(':eventId/form')
  @RequiresScope('registrations:read')
  @ApiOperation({
    operationId: 'getRegistrationForm',
    summary: 'Get an event’s registration form: its questions and consent terms in every language',
  })
  @ApiOkResponse({ type: RegistrationFormView })
  get(@Param('eventId', ParseIdPipe) eventId: string): Promise<RegistrationForm> {
    return this.forms.get(eventId);
  }

  @Put(':eventId/form')
  @RequiresScope('registrations:write')
  @ApiOperation({
    operationId: 'replaceRegistrationForm',
    summary: 'Replace an event’s registration form',
    description: 'Each change makes a new version; change consent.textVersion whenever the terms change.',
  })
  @ApiOkResponse({ type: RegistrationFormView })
  put(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Body() dto: RegistrationFormDto,
  ): Promise<RegistrationForm> {
    return this.forms.put(eventId, dto);
  }
}

/** The form as a registration page shows it, in one language; no key needed through the gateway. */
@ApiTags('public')
@PublicRoute()
@Controller('public/registrations/events')
export class PublicRegistrationFormsHttpController {
  constructor(private readonly forms: RegistrationFormsService) {}

  @Get(':eventId/form')
  @ApiOperation({
    operationId: 'publicGetRegistrationForm',
    summary: 'Get an event’s registration form in one language, as a registration page shows it',
  })
  @ApiQuery({
    name: 'lang',
    required: false,
    enum: SUPPORTED_LANGUAGES,
    description: 'The language; otherwise Accept-Language decides',
  })
  @ApiHeader({ name: 'If-None-Match', required: false, description: 'An ETag from an earlier answer' })
  @ApiOkResponse({
    type: PublicRegistrationFormView,
    headers: {
      ETag: {
        description: 'Changes with the form, its consent text and the language',
        schema: { type: 'string' },
      },
      'Content-Language': { schema: { type: 'string', enum: [...SUPPORTED_LANGUAGES] } },
    },
  })
  @ApiResponse({ status: 304, description: 'The form is unchanged since the ETag in If-None-Match' })
  async get(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Query('lang') queryLang: string | undefined,
    @Headers() headers: Record<string, string>,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const form = await this.forms.get(eventId);
    const lang = negotiateLanguage(headers['accept-language'], queryLang);
    // The default form has version 0; its consent text version tells its wordings apart.
    const etag = `"${eventId}.${form.version}.${form.consent.textVersion}.${lang}"`;
    if (await answerNotModified(reply, headers, etag, lang)) return;
    await reply.status(200).send(publicFormView(form, lang));
  }
}
