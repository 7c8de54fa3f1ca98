import { Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import {
  ApiBody,
  ApiHeader,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { PublicRoute, Unguarded } from '@jiyn/auth';
import { ProblemException, ProblemResponses } from '@jiyn/problems';
import { CsrfTokenHeader } from './csrf-token-header';
import { hashPassword, passwordProblems } from '../people/passwords';
import { tokenHash } from '../people/one-time-tokens';
import { ORGANISATION_HEADER, PersonPrincipals } from '../people/person-principals';
import { Clock } from './clock';
import { invalid, parseJsonBody } from './json-body';
import { PasswordSignIn } from './password-sign-in';
import { SESSION_COOKIE, appendCookie, cookieHeader, csrfTokenOf } from './session-cookie';
import { SessionCookieResolver } from './session-cookie.resolver';
import { SessionIssuer } from './session-issuer';
import { CLEARS_SESSION_COOKIE, SETS_SESSION_COOKIE, SessionCookieOnly } from './session-cookie.openapi';
import { MeResponse, SignInSessionResponse, SignedOutEverywhereResponse } from './sign-in.responses';
import { SetPasswordDto, SignInDto } from './sign-in.dto';
import { SignInSessions } from './sign-in-sessions';

/**
 * Sign-in for people (a browser console). These routes are unguarded for the authentication guard:
 * sign-in has no credential yet, and the others concern the cookie session itself (an API key has no
 * "me" to sign out), so they check the session here, CSRF included.
 */
@ApiTags('sign-in')
@Controller('api/v1/auth')
export class SignInController {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly passwords: PasswordSignIn,
    private readonly sessions: SignInSessions,
    private readonly cookies: SessionCookieResolver,
    private readonly principals: PersonPrincipals,
    private readonly issuer: SessionIssuer,
  ) {}

  @ApiOperation({
    operationId: 'signIn',
    summary: 'Sign in with e-mail and password (and a TOTP or recovery code once enrolled)',
    description:
      'Opens a browser session: the cookie is set, and the answer carries the CSRF token every write made with it must send.',
  })
  @ApiBody({ type: SignInDto })
  @ApiOkResponse({ type: SignInSessionResponse, headers: SETS_SESSION_COOKIE })
  @ProblemResponses(401)
  @PublicRoute()
  @Unguarded()
  @Post('sign-in')
  @HttpCode(200)
  async signIn(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SignInSessionResponse> {
    const body = parseJsonBody(SignInDto, request);
    const personId = await this.passwords.verify(body);
    return this.issuer.issue(personId, 'password', reply);
  }

  @ApiOperation({ operationId: 'signOut', summary: 'End this browser session' })
  @ApiNoContentResponse({ description: 'Signed out', headers: CLEARS_SESSION_COOKIE })
  @ProblemResponses(401, 403)
  @SessionCookieOnly()
  @CsrfTokenHeader({ sessionOnly: true })
  @Unguarded()
  @Post('sign-out')
  @HttpCode(204)
  async signOut(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    const { session } = await this.cookies.requireSession(request);
    await this.sessions.end(session.id);
    appendCookie(reply, cookieHeader(SESSION_COOKIE, '', 0));
  }

  @ApiOperation({ operationId: 'signOutEverywhere', summary: 'End every session of the signed-in person' })
  @ApiOkResponse({ type: SignedOutEverywhereResponse, headers: CLEARS_SESSION_COOKIE })
  @ProblemResponses(401, 403)
  @SessionCookieOnly()
  @CsrfTokenHeader({ sessionOnly: true })
  @Unguarded()
  @Post('sign-out-everywhere')
  @HttpCode(200)
  async signOutEverywhere(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SignedOutEverywhereResponse> {
    const { session } = await this.cookies.requireSession(request);
    const sessionsEnded = await this.sessions.endAllOf(session.personId);
    appendCookie(reply, cookieHeader(SESSION_COOKIE, '', 0));
    return { sessionsEnded };
  }

  @ApiOperation({
    operationId: 'getSignedInPerson',
    summary: 'Get the signed-in person, their organisations, scopes and CSRF token',
  })
  @ApiHeader({
    name: 'X-Jiyn-Organisation',
    required: false,
    description: 'Which of the person’s organisations to act for (its id); default: the first',
    schema: { type: 'string', format: 'uuid' },
  })
  @ApiOkResponse({ type: MeResponse })
  @ProblemResponses(401)
  @SessionCookieOnly()
  @Unguarded()
  @Get('me')
  async me(@Req() request: FastifyRequest): Promise<unknown> {
    const { token, session } = await this.cookies.requireSession(request);
    const chosen = request.headers[ORGANISATION_HEADER];
    const principal = await this.principals.principalOf(
      session.personId,
      typeof chosen === 'string' ? chosen : undefined,
    );
    const memberships = await this.principals.membershipsOf(session.personId);
    const [person] = (await this.db.query(
      'SELECT id, email, display_name, preferred_language, totp_enabled FROM access.people WHERE id = $1',
      [session.personId],
    )) as Record<string, unknown>[];
    if (!person) throw new Error(`the signed-in person ${session.personId} has no row in access.people`);
    const organisations = new Map<string, { id: string; slug: string; name: unknown; roles: unknown[] }>();
    for (const m of memberships) {
      const entry = organisations.get(m.organisationId) ?? {
        id: m.organisationId,
        slug: m.organisationSlug,
        name: m.organisationName,
        roles: [],
      };
      entry.roles.push({ role: m.role, eventId: m.eventId, personalData: m.personalData });
      organisations.set(m.organisationId, entry);
    }
    return {
      person: {
        id: person['id'],
        email: person['email'],
        displayName: person['display_name'],
        preferredLanguage: person['preferred_language'],
        totpEnabled: person['totp_enabled'],
      },
      principalId: principal.id,
      organisationId: principal.organisationId ?? null,
      organisations: [...organisations.values()],
      scopes: [...new Set(principal.grants.flatMap((grant) => grant.scopes))].sort(),
      grants: principal.grants,
      csrfToken: csrfTokenOf(token),
      ...this.issuer.lifetime(session),
    };
  }

  /** Redeems the one-time link token handed out when the member was added: sets the password, once. */
  @ApiOperation({
    operationId: 'setPassword',
    summary: 'Set a new member’s password with their one-time token',
    description: 'Ends every session the person had. The token works once.',
  })
  @ApiBody({ type: SetPasswordDto })
  @ApiNoContentResponse({ description: 'The password is set; sign in with it' })
  @ProblemResponses(401, 409)
  @PublicRoute()
  @Unguarded()
  @Post('set-password')
  @HttpCode(204)
  async setPassword(@Req() request: FastifyRequest): Promise<void> {
    const body = parseJsonBody(SetPasswordDto, request);
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT t.person_id, p.email FROM access.set_password_tokens t JOIN access.people p ON p.id = t.person_id
        WHERE t.token_hash = $1 AND t.used_at IS NULL AND t.expires_at > $2`,
      [tokenHash(body.token), this.clock.now()],
    );
    const row = rows[0];
    if (!row)
      throw new ProblemException('unauthorized', {
        detail: {
          en: 'The set-password link is unknown, already used or expired; ask an owner for a new one',
          ru: 'Ссылка для установки пароля неизвестна, уже использована или истекла; попросите владельца выдать новую',
          kk: 'Құпиясөз орнату сілтемесі белгісіз, қолданылған немесе мерзімі өткен; иесінен жаңасын сұраңыз',
        },
      });
    const problems = passwordProblems(body.password, row['email'] as string);
    if (problems.length) throw invalid(problems);
    const hash = await hashPassword(body.password);
    await this.db.transaction(async (manager) => {
      const [, used] = (await manager.query(
        'UPDATE access.set_password_tokens SET used_at = $2 WHERE token_hash = $1 AND used_at IS NULL',
        [tokenHash(body.token), this.clock.now()],
      )) as [unknown, number];
      if (used !== 1) throw new ProblemException('conflict');
      await manager.query(
        'UPDATE access.people SET password_hash = $2, failed_sign_ins = 0, locked_until = NULL WHERE id = $1',
        [row['person_id'], hash],
      );
      // A new password ends every session the old one opened.
      await manager.query(
        'UPDATE access.sign_in_sessions SET revoked_at = $2 WHERE person_id = $1 AND revoked_at IS NULL',
        [row['person_id'], this.clock.now()],
      );
    });
  }
}
