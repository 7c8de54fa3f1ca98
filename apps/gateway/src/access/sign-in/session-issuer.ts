import { Injectable } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { SESSION_COOKIE, appendCookie, cookieHeader, csrfTokenOf } from './session-cookie';
import { SessionSettings } from './session-settings';
import { SignInSessions, type SignInSession } from './sign-in-sessions';

export interface SignedIn {
  csrfToken: string;
  expiresAt: string;
  idleExpiresAt: string;
}

/** Opens a session after a successful sign-in (password or OIDC) and hands the browser its cookie. */
@Injectable()
export class SessionIssuer {
  constructor(
    private readonly sessions: SignInSessions,
    private readonly settings: SessionSettings,
  ) {}

  async issue(personId: string, method: 'password' | 'oidc', reply: FastifyReply): Promise<SignedIn> {
    const { token, session } = await this.sessions.start(personId, method);
    appendCookie(reply, cookieHeader(SESSION_COOKIE, token, this.settings.absoluteTimeoutMs / 1000));
    return { csrfToken: csrfTokenOf(token), ...this.lifetime(session) };
  }

  lifetime(session: SignInSession): { expiresAt: string; idleExpiresAt: string } {
    return {
      expiresAt: session.expiresAt.toISOString(),
      idleExpiresAt: this.sessions.idleExpiry(session).toISOString(),
    };
  }
}
