import { PublicRoute, RequiresScope } from '@jiyn/auth';
import { Body, Controller, Get, Headers, Param, Put, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { answerNotModified } from '@jiyn/http-caching';
import { negotiateLanguage } from '@jiyn/kz';
import { ParseIdPipe } from '@jiyn/problems';
import { RegistrationFormDto } from './dto/registration-form.dto';
import type { RegistrationForm } from './form-definition';
import { publicFormView } from './public-form.view';
import { RegistrationFormsService } from './registration-forms.service';

/** The organiser's side: the event's questions and consent terms in every language. */
@ApiTags('registrations')
@Controller('registrations/events')
export class RegistrationFormsHttpController {
  constructor(private readonly forms: RegistrationFormsService) {}

  @Get(':eventId/form')
  @RequiresScope('registrations:read')
  get(@Param('eventId', ParseIdPipe) eventId: string): Promise<RegistrationForm> {
    return this.forms.get(eventId);
  }

  @Put(':eventId/form')
  @RequiresScope('registrations:write')
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
