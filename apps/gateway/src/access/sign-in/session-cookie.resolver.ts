import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Principal } from '@jiyn/auth';
import { ProblemException } from '@jiyn/problems';
import type { CredentialResolver } from '../authentication/credential-resolver';
import { PartnerGrants } from '../organisations/partner-grants';
import { ORGANISATION_HEADER, principalFrom } from '../people/person-principals';
import { CSRF_HEADER, SAFE_METHODS, SESSION_COOKIE, csrfTokenMatches, readCookie } from './session-cookie';
import { SessionSettings } from './session-settings';
import { SignInSessions, type SignInSession } from './sign-in-sessions';

export interface CookieSession {
  token: string;
  session: SignInSession;
}

/**
 * A browser console's credential: the `__Host-jiyn_session` cookie. Writes made with it must prove they
 * come from the console (CSRF token header and Origin), since a browser attaches cookies by itself;
 * API keys are sent deliberately and need no such proof.
 */
@Injectable()
export class SessionCookieResolver implements CredentialResolver {
  constructor(
    private readonly sessions: SignInSessions,
    private readonly settings: SessionSettings,
    private readonly partners: PartnerGrants,
  ) {}

  async resolve(request: FastifyRequest): Promise<Principal | undefined> {
    const signedIn = await this.session(request);
    if (!signedIn) return undefined;
    const chosen = request.headers[ORGANISATION_HEADER];
    const principal = principalFrom(
      signedIn.session.personId,
      signedIn.session.memberships,
      typeof chosen === 'string' ? chosen : undefined,
    );
    return { ...principal, grants: await this.partners.shareWithPartnerEvents(principal.grants) };
  }

  /** The request's live session (CSRF-checked for unsafe methods), undefined without a cookie; 401 for a dead one. */
  async session(request: FastifyRequest): Promise<CookieSession | undefined> {
    const token = readCookie(request, SESSION_COOKIE);
    if (!token) return undefined;
    const session = await this.sessions.find(token);
    if (!session)
      throw new ProblemException('unauthorized', {
        detail: {
          en: 'The sign-in session has ended (signed out or timed out); sign in again',
          ru: 'Сеанс завершён (выход из системы или истекло время); войдите снова',
          kk: 'Кіру сеансы аяқталды (жүйеден шықтыңыз немесе уақыты өтті); қайта кіріңіз',
        },
      });
    if (!SAFE_METHODS.has(request.method)) this.checkCrossSite(request, token);
    return { token, session };
  }

  async requireSession(request: FastifyRequest): Promise<CookieSession> {
    const signedIn = await this.session(request);
    if (signedIn) return signedIn;
    throw new ProblemException('unauthorized', {
      detail: {
        en: 'Sign in first: this route works with a sign-in session only',
        ru: 'Сначала войдите: этот маршрут работает только с сеансом входа',
        kk: 'Алдымен кіріңіз: бұл маршрут тек кіру сеансымен жұмыс істейді',
      },
    });
  }

  private checkCrossSite(request: FastifyRequest, token: string): void {
    const origin = request.headers.origin;
    if (origin !== undefined && !this.allowedOrigin(request, origin))
      throw new ProblemException('forbidden', {
        detail: {
          en: `Cookie-authenticated writes are not accepted from ${origin}`,
          ru: `Запросы на изменение с cookie не принимаются с ${origin}`,
          kk: `Cookie арқылы өзгерту сұраныстары ${origin} көзінен қабылданбайды`,
        },
      });
    const presented = request.headers[CSRF_HEADER];
    if (!csrfTokenMatches(token, typeof presented === 'string' ? presented : undefined))
      throw new ProblemException('forbidden', {
        detail: {
          en: 'Send the csrfToken from sign-in (or GET /api/v1/auth/me) in the X-CSRF-Token header',
          ru: 'Передайте csrfToken, полученный при входе (или из GET /api/v1/auth/me), в заголовке X-CSRF-Token',
          kk: 'Кіру кезінде (немесе GET /api/v1/auth/me арқылы) алынған csrfToken мәнін X-CSRF-Token тақырыбында жіберіңіз',
        },
        extensions: { csrf: 'missing-or-wrong' },
      });
  }

  private allowedOrigin(request: FastifyRequest, origin: string): boolean {
    if (this.settings.consoleOrigins.includes(origin)) return true;
    const host = request.headers.host;
    return host !== undefined && (origin === `https://${host}` || origin === `http://${host}`);
  }
}
