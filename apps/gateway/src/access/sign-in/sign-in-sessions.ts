import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { newToken, tokenHash } from '../people/one-time-tokens';
import type { MembershipOfPerson } from '../people/person-principals';
import { Clock } from './clock';
import { SessionSettings } from './session-settings';

export interface SignInSession {
  id: string;
  personId: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  /** The person's memberships as of this request (loaded with the session: one query per request). */
  memberships: MembershipOfPerson[];
}

/**
 * Sign-in sessions in the database, looked up on every request (no cache), so signing out — here or
 * everywhere — takes effect on every gateway at once.
 */
@Injectable()
export class SignInSessions {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly settings: SessionSettings,
  ) {}

  async start(
    personId: string,
    method: 'password' | 'oidc',
  ): Promise<{ token: string; session: SignInSession }> {
    const { token, hash } = newToken();
    const now = this.clock.now();
    const session: SignInSession = {
      id: randomUUID(),
      personId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + this.settings.absoluteTimeoutMs),
      memberships: [],
    };
    await this.db.query(
      `INSERT INTO access.sign_in_sessions (id, person_id, token_hash, method, created_at, last_seen_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $5, $6)`,
      [session.id, personId, hash, method, now, session.expiresAt],
    );
    return { token, session };
  }

  /** The live session of this token, its idle clock restarted; undefined when unknown, signed out or timed out. */
  async find(token: string): Promise<SignInSession | undefined> {
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT s.id, s.person_id, s.created_at, s.last_seen_at, s.expires_at,
              coalesce(json_agg(json_build_object(
                'organisationId', m.organisation_id, 'organisationSlug', o.slug, 'organisationName', o.name,
                'role', m.role, 'eventId', m.event_id, 'personalData', m.personal_data)
                ORDER BY o.slug, m.role, m.event_id NULLS FIRST) FILTER (WHERE m.id IS NOT NULL), '[]') AS memberships
         FROM access.sign_in_sessions s
         LEFT JOIN access.memberships m ON m.person_id = s.person_id
         LEFT JOIN access.organisations o ON o.id = m.organisation_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL
        GROUP BY s.id`,
      [tokenHash(token)],
    );
    const row = rows[0];
    if (!row) return undefined;
    const session: SignInSession = {
      id: row['id'] as string,
      personId: row['person_id'] as string,
      createdAt: row['created_at'] as Date,
      lastSeenAt: row['last_seen_at'] as Date,
      expiresAt: row['expires_at'] as Date,
      memberships: row['memberships'] as MembershipOfPerson[],
    };
    const now = this.clock.now().getTime();
    if (now >= session.expiresAt.getTime()) return undefined;
    if (now >= session.lastSeenAt.getTime() + this.settings.idleTimeoutMs) return undefined;
    if (now - session.lastSeenAt.getTime() >= this.settings.touchIntervalMs) {
      session.lastSeenAt = new Date(now);
      await this.db.query('UPDATE access.sign_in_sessions SET last_seen_at = $2 WHERE id = $1', [
        session.id,
        session.lastSeenAt,
      ]);
    }
    return session;
  }

  idleExpiry(session: SignInSession): Date {
    const idle = session.lastSeenAt.getTime() + this.settings.idleTimeoutMs;
    return new Date(Math.min(idle, session.expiresAt.getTime()));
  }

  async end(sessionId: string): Promise<void> {
    await this.db.query(
      'UPDATE access.sign_in_sessions SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL',
      [sessionId, this.clock.now()],
    );
  }

  async endAllOf(personId: string): Promise<number> {
    const [, count] = (await this.db.query(
      'UPDATE access.sign_in_sessions SET revoked_at = $2 WHERE person_id = $1 AND revoked_at IS NULL',
      [personId, this.clock.now()],
    )) as [unknown, number];
    return count;
  }
}
