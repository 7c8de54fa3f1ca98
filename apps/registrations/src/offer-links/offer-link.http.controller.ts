import { Body, Controller, Get, Headers, HttpCode, Post, Query, Res, applyDecorators } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import {
  ApiBody,
  ApiConsumes,
  ApiExtraModels,
  ApiOperation,
  ApiProduces,
  ApiQuery,
  ApiResponse,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { SelfServiceRoute } from '@jiyn/auth';
import { negotiateLanguage, toLang, type Lang } from '@jiyn/kz';
import { ProblemException, renderProblem } from '@jiyn/problems';
import { SeatOfferAcceptanceBody, SeatOfferAcceptedView, SeatOfferView } from './offer-link.view';
import { OfferLinks, eventTitleIn } from './offer-links.service';
import { PAGE_SECURITY_HEADERS, acceptedPage, offerPage, prefersHtml, problemPage } from './offer-page';

/**
 * A browser's form posts `token=…` urlencoded (the services read such bodies: NestJS registers the
 * parser), an API client `{"token": …}`; a token is some 100 characters, so bodies stay small.
 */
const FORM_ROUTE = { bodyLimit: 4_096 };

const PROBLEM = { $ref: '#/components/schemas/Problem' };
const HTML = { schema: { type: 'string', description: 'The page, in the negotiated language' } };

/** A status the link answers with: a problem document, or the same as a page for a browser. */
const Answers = (status: 404 | 409, description: string) =>
  ApiResponse({
    status,
    description,
    content: { 'application/problem+json': { schema: PROBLEM }, 'text/html': HTML },
  });

const LinkAnswers = () =>
  applyDecorators(
    ApiProduces('text/html', 'application/json'),
    ApiQuery({
      name: 'lang',
      required: false,
      type: String,
      maxLength: 35,
      description: 'kk, ru or en; wins over Accept-Language (the e-mail’s link names the reader’s)',
    }),
    Answers(404, 'The link is not known (malformed, altered, or its registration is gone).'),
    Answers(
      409,
      '`offer-already-accepted`: the seat is confirmed already; `offer-expired`: the offer lapsed ' +
        'or the registration changed since the e-mail.',
    ),
  );

/**
 * The link in a seat offer's e-mail (`seat-offered`), for the participant without their
 * management token: GET shows the offer and a button, the button POSTs the token. A GET never
 * accepts: mail scanners (Outlook Safe Links and the like) open every link in a message.
 *
 * A browser (Accept naming text/html) gets pages, errors included, in kk/ru/en by `lang` or
 * Accept-Language; other callers get JSON and problem documents. No cross-site request can
 * misuse the POST: it carries its own credential, the token, and no cookie is involved; a page
 * that may not be framed (CSP frame-ancestors) cannot be clicked through either.
 */
@ApiTags('self-service')
@SelfServiceRoute()
@ApiExtraModels(SeatOfferView, SeatOfferAcceptedView)
@Controller('self/registrations/offer')
export class OfferLinkHttpController {
  constructor(private readonly offers: OfferLinks) {}

  @Get()
  @ApiOperation({
    operationId: 'selfGetSeatOffer',
    summary: 'Show a seat offer from its e-mail link',
    description:
      'Changes nothing. A browser gets the page with the accept button; others get JSON. The ' +
      'credential is the link’s `token`, not a bearer token.',
  })
  @ApiQuery({
    name: 'token',
    required: true,
    type: String,
    maxLength: 200,
    description: 'The token of the e-mail’s link',
  })
  @LinkAnswers()
  @ApiResponse({
    status: 200,
    description: 'The offer stands',
    content: { 'application/json': { schema: { $ref: getSchemaPath(SeatOfferView) } }, 'text/html': HTML },
  })
  async show(
    @Query('token') token: unknown,
    @Query('lang') lang: unknown,
    @Headers('accept') accept: string | undefined,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SeatOfferView | string> {
    const reader = { html: prefersHtml(accept), lang, acceptLanguage };
    return this.answer(reply, reader, async () => {
      const offer = await this.offers.open(token);
      const chosen = languageOf(reader, offer.registration.preferredLanguage);
      const eventTitle = eventTitleIn(offer.event, chosen);
      if (!reader.html)
        return {
          eventId: offer.registration.eventId,
          eventTitle,
          offerExpiresAt: offer.offerExpiresAt.toISOString(),
        };
      return offerPage({
        lang: chosen,
        eventTitle,
        expiresAt: offer.offerExpiresAt,
        timeZone: offer.event.timeZone,
        token: token as string,
      });
    });
  }

  @Post('accept')
  @HttpCode(200)
  @RouteConfig(FORM_ROUTE)
  @ApiOperation({
    operationId: 'selfAcceptSeatOffer',
    summary: 'Accept a seat offer with the token of its e-mail link',
    description:
      'The same move as `selfAcceptRegistrationOffer`: the held seat becomes the participant’s and ' +
      '`registration.confirmed` is announced. Once only; the link is useless afterwards. The ' +
      'credential is the `token` in the body (a form field for a browser), not a bearer token.',
  })
  @ApiConsumes('application/x-www-form-urlencoded', 'application/json')
  @ApiBody({ type: SeatOfferAcceptanceBody })
  @LinkAnswers()
  @ApiResponse({
    status: 200,
    description: 'The seat is the participant’s',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(SeatOfferAcceptedView) } },
      'text/html': HTML,
    },
  })
  async accept(
    @Body() body: unknown,
    @Query('lang') lang: unknown,
    @Headers('accept') accept: string | undefined,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SeatOfferAcceptedView | string> {
    const reader = { html: prefersHtml(accept), lang, acceptLanguage };
    const token = body && typeof body === 'object' ? (body as Record<string, unknown>)['token'] : undefined;
    return this.answer(reply, reader, async () => {
      const { registration, event } = await this.offers.accept(token);
      if (!reader.html)
        return { registrationId: registration.id, eventId: registration.eventId, status: 'confirmed' };
      const chosen = languageOf(reader, registration.preferredLanguage);
      return acceptedPage({ lang: chosen, eventTitle: eventTitleIn(event, chosen) });
    });
  }

  /** Runs `work`; for a browser, a page (a problem too, with its status) with the headers a page needs. */
  private async answer<T>(
    reply: FastifyReply,
    reader: Reader,
    work: () => Promise<T | string>,
  ): Promise<T | string> {
    // The address holds the token: no cache keeps what it answered.
    void reply.header('cache-control', 'no-store');
    if (!reader.html) return work();
    void reply.headers({ ...PAGE_SECURITY_HEADERS, 'content-type': 'text/html; charset=utf-8' });
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof ProblemException)) throw error;
      const lang = languageOf(reader);
      const problem = renderProblem(error.problemType, error.problem, lang, '');
      void reply.status(problem.status).header('content-language', lang);
      return problemPage({ lang, title: problem.title, detail: problem.detail });
    }
  }
}

interface Reader {
  html: boolean;
  lang: unknown;
  acceptLanguage: string | undefined;
}

/** `?lang=` (the e-mail's link names it), else Accept-Language, else the participant's own language. */
function languageOf(reader: Reader, registrationLanguage?: Lang): Lang {
  const fromQuery = typeof reader.lang === 'string' ? toLang(reader.lang) : undefined;
  if (fromQuery) return fromQuery;
  if (!reader.acceptLanguage && registrationLanguage) return registrationLanguage;
  return negotiateLanguage(reader.acceptLanguage);
}
