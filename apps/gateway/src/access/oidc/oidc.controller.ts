import { Controller, Get, Param, Put, Query, Req, Res } from '@nestjs/common';
import {
  ApiBody,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiQuery,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import * as client from 'openid-client';
import { CurrentPrincipal, PublicRoute, RequiresScope, Unguarded, type Principal } from '@jiyn/auth';
import { ParseIdPipe, ProblemException, ProblemResponses } from '@jiyn/problems';
import { CsrfTokenHeader } from '../sign-in/csrf-token-header';
import { SETS_SESSION_COOKIE } from '../sign-in/session-cookie.openapi';
import { MembersService } from '../members/members.service';
import { invalid, parseJsonBody } from '../sign-in/json-body';
import { OidcSignIn, OIDC_COOKIE } from './oidc-sign-in';
import { OidcProviders, notConfigured, type OidcSettings } from './oidc-providers';
import { OidcSettingsDto, OidcView, issuerProblems } from './oidc.dto';
import { SLUG_PATTERN } from '../organisations/organisation.dto';
import { appendCookie, cookieHeader, readCookie } from '../sign-in/session-cookie';
import { SessionIssuer } from '../sign-in/session-issuer';

const ATTEMPT_SECONDS = 600;

const LOCATION = {
  description: 'Where the browser goes next',
  schema: { type: 'string', format: 'uri-reference' },
};
const ATTEMPT_COOKIE = {
  description: `The cookie \`${OIDC_COOKIE}\` binding the attempt to this browser (10 minutes)`,
  schema: { type: 'string' },
};
/** The provider's discovery document could not be read. */
const PROVIDER_UNREACHABLE = {
  status: 502,
  description: 'The organisation’s OpenID Connect provider is not answering.',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
};

@ApiTags('sign-in')
@Controller('api/v1')
export class OidcController {
  constructor(
    private readonly providers: OidcProviders,
    private readonly members: MembersService,
    private readonly signIn: OidcSignIn,
    private readonly sessions: SessionIssuer,
  ) {}

  @ApiOperation({
    operationId: 'getOrganisationOidcSettings',
    summary: "Get the organisation's OpenID Connect sign-in settings (never the client secret)",
  })
  @ApiParam({ name: 'organisationId', format: 'uuid' })
  @ApiOkResponse({ type: OidcView })
  @RequiresScope('members:manage')
  @Get('organisations/:organisationId/oidc')
  async get(
    @Param('organisationId', ParseIdPipe) organisationId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OidcView> {
    await this.members.authorise(principal, organisationId);
    const settings = await this.providers.settings(organisationId);
    if (!settings) throw notConfigured();
    return view(settings);
  }

  @ApiOperation({
    operationId: 'putOrganisationOidcSettings',
    summary: "Set the organisation's OpenID Connect provider for its members' sign-in",
  })
  @ApiParam({ name: 'organisationId', format: 'uuid' })
  @ApiBody({ type: OidcSettingsDto })
  @ApiOkResponse({ type: OidcView })
  @CsrfTokenHeader()
  @RequiresScope('members:manage')
  @Put('organisations/:organisationId/oidc')
  async put(
    @Param('organisationId', ParseIdPipe) organisationId: string,
    @CurrentPrincipal() principal: Principal,
    @Req() request: FastifyRequest,
  ): Promise<OidcView> {
    const body = parseJsonBody(OidcSettingsDto, request);
    const problems = issuerProblems(body.issuer);
    if (problems.length) throw invalid(problems);
    await this.members.authorise(principal, organisationId);
    return view(await this.providers.save(organisationId, body));
  }

  /** Starts the authorisation code flow (PKCE, state, nonce) at the organisation's provider. */
  @ApiOperation({
    operationId: 'startOidcSignIn',
    summary: "Start signing in at the organisation's OpenID Connect provider (a browser navigation)",
  })
  @ApiParam({
    name: 'organisationSlug',
    description: 'The organisation’s slug',
    schema: { type: 'string', pattern: SLUG_PATTERN.source, example: 'undp' },
  })
  @ApiQuery({
    name: 'returnTo',
    type: String,
    required: false,
    example: '/console',
    description: 'A path on this site to return to after sign-in; anything else returns to /',
  })
  @ApiResponse({
    status: 302,
    description: 'To the provider’s authorisation page',
    headers: { Location: LOCATION, 'Set-Cookie': ATTEMPT_COOKIE },
  })
  @ApiResponse(PROVIDER_UNREACHABLE)
  @PublicRoute()
  @Unguarded()
  @Get('auth/oidc/:organisationSlug/start')
  async start(
    @Param('organisationSlug') slug: string,
    @Query('returnTo') returnTo: string | undefined,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { config, state } = await this.signIn.begin(
      slug,
      safeReturnTo(returnTo),
      callbackUrl(request),
      ATTEMPT_SECONDS,
    );
    // Binds the attempt to this browser: a callback URL planted in someone else's browser fails.
    appendCookie(reply, cookieHeader(OIDC_COOKIE, state.value, ATTEMPT_SECONDS));
    void reply.redirect(client.buildAuthorizationUrl(config, state.parameters).href, 302);
  }

  @ApiOperation({
    operationId: 'finishOidcSignIn',
    summary: 'Where the provider returns the browser: opens the session and returns to the console',
  })
  @ApiQuery({ name: 'state', type: String, required: false, description: 'As the provider returns it' })
  @ApiQuery({ name: 'code', type: String, required: false, description: 'As the provider returns it' })
  @ApiResponse({
    status: 303,
    description: 'Signed in: back to the `returnTo` path the sign-in started with',
    headers: { Location: LOCATION, ...SETS_SESSION_COOKIE },
  })
  @ApiResponse(PROVIDER_UNREACHABLE)
  @ProblemResponses(401, 403)
  @PublicRoute()
  @Unguarded()
  @Get('auth/oidc/callback')
  async callback(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const currentUrl = new URL(request.url, callbackUrl(request));
    const state = currentUrl.searchParams.get('state');
    if (!state || state !== readCookie(request, OIDC_COOKIE)) throw stateRefused();
    appendCookie(reply, cookieHeader(OIDC_COOKIE, '', 0));
    const { personId, returnTo } = await this.signIn.finish(state, currentUrl);
    await this.sessions.issue(personId, 'oidc', reply);
    void reply.redirect(returnTo, 303);
  }
}

function view(settings: OidcSettings): OidcView {
  return {
    issuer: settings.issuer,
    clientId: settings.clientId,
    clientSecretSet: true,
    allowedEmailDomains: settings.allowedEmailDomains,
    updatedAt: settings.updatedAt.toISOString(),
  };
}

/** The gateway's own callback address, as the browser reached it (the provider must have it registered). */
function callbackUrl(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}/api/v1/auth/oidc/callback`;
}

/** Only a path on this site: never an open redirect to somewhere else. */
function safeReturnTo(returnTo: string | undefined): string {
  return returnTo && /^\/(?![/\\])/.test(returnTo) ? returnTo : '/';
}

export function stateRefused(): ProblemException {
  return new ProblemException('unauthorized', {
    detail: {
      en: 'This sign-in was not started in this browser, has expired or was already used; start again',
      ru: 'Этот вход начат не в этом браузере, истёк или уже использован; начните заново',
      kk: 'Бұл кіру осы браузерде басталмаған, мерзімі өткен немесе бұрын қолданылған; қайта бастаңыз',
    },
  });
}
