import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { digestSecret } from '@jiyn/auth';
import { uuidv7 } from '@jiyn/messaging';
import { queryRows, runInTransaction } from '@jiyn/persistence';
import { ProblemException } from '@jiyn/problems';
import { SpeakersEnvironment } from '../speakers.environment';

/** Who can hold self-service access: a speaker (their profile) or a reviewer (their reviews). */
export const ACCESS_KINDS = ['speaker', 'reviewer'] as const;
export type AccessKind = (typeof ACCESS_KINDS)[number];

export interface IssuedInvitation {
  /** The one-time token; shown once, only its digest is kept. */
  token: string;
  /** The link to send to the invitee (the token rides in the fragment, which no server logs). */
  url: string;
  expiresAt: Date;
}

export interface RedeemedInvitation {
  /** The bearer token for `/api/v1/self/speakers/…`; shown once. */
  accessToken: string;
  kind: AccessKind;
  subjectId: string;
  /** After this the token stops working and the holder needs a new invitation link. */
  expiresAt: Date;
}

const TOKEN_BYTES = 32;

/**
 * Self-service access for people without an API key. An organiser issues a one-time invitation
 * link; redeeming it (once, before it expires) yields an access token, which then proves who the
 * caller is on every self-service request. Tokens are random, never stored and never logged: only
 * their SHA-256 digests are, and look-ups go by digest.
 */
@Injectable()
export class SpeakerAccessService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly env: SpeakersEnvironment,
  ) {}

  /**
   * Issues an invitation inside the caller's transaction; earlier invitations of the same holder
   * that were not redeemed stop working (only the newest link is valid).
   */
  async issueInvitation(
    manager: EntityManager,
    kind: AccessKind,
    subjectId: string,
    ttlHours?: number | null,
  ): Promise<IssuedInvitation> {
    // `??`, not a default parameter: a default would not apply to null (NOT NULL expires_at).
    const hours = ttlHours ?? this.env.INVITATION_TTL_HOURS;
    // One issuer at a time per holder, so exactly one link stays valid.
    await queryRows(manager, `SELECT pg_advisory_xact_lock(hashtext($1)) AS locked`, [
      `speakers.invitation:${kind}:${subjectId}`,
    ]);
    await revokeOpenInvitations(manager, kind, subjectId);
    const token = newToken();
    const rows = await queryRows<{ expires_at: Date }>(
      manager,
      `INSERT INTO speakers.invitations (id, kind, subject_id, token_digest, expires_at, created_at)
       VALUES ($1, $2, $3, $4, now() + make_interval(hours => $5), now())
       RETURNING expires_at`,
      [uuidv7(), kind, subjectId, digestSecret(token), hours],
    );
    const base = this.env.PUBLIC_BASE_URL.replace(/\/+$/, '');
    return { token, url: `${base}/invitations/${kind}#token=${token}`, expiresAt: rows[0].expires_at };
  }

  /**
   * Exchanges an invitation token for an access token, exactly once: the conditional UPDATE lets
   * one of any number of concurrent redemptions through. Unknown tokens answer 401; a used,
   * replaced or expired invitation answers 409 and says which.
   */
  redeem(token: string): Promise<RedeemedInvitation> {
    return runInTransaction(this.dataSource, async (manager) => {
      const digest = digestSecret(token);
      const redeemed = await queryRows<{ id: string; kind: AccessKind; subject_id: string }>(
        manager,
        `UPDATE speakers.invitations SET redeemed_at = now()
          WHERE token_digest = $1 AND redeemed_at IS NULL AND revoked_at IS NULL AND expires_at > now()
          RETURNING id, kind, subject_id`,
        [digest],
      );
      const invitation = redeemed[0];
      if (!invitation) throw await this.whyNotRedeemable(manager, digest);
      const accessToken = newToken();
      const [issued] = await queryRows<{ expires_at: Date }>(
        manager,
        `INSERT INTO speakers.access_tokens
           (id, kind, subject_id, token_digest, invitation_id, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, now(), now() + make_interval(days => $6)) RETURNING expires_at`,
        [
          uuidv7(),
          invitation.kind,
          invitation.subject_id,
          digestSecret(accessToken),
          invitation.id,
          this.env.ACCESS_TOKEN_TTL_DAYS,
        ],
      );
      return {
        accessToken,
        kind: invitation.kind,
        subjectId: invitation.subject_id,
        expiresAt: issued.expires_at,
      };
    });
  }

  /** The holder of a valid (unrevoked, unexpired) access token of this kind, or a 401 problem. */
  async authenticate(token: string | undefined, kind: AccessKind): Promise<string> {
    if (!token) throw unauthorized();
    const rows = await queryRows<{ subject_id: string }>(
      this.dataSource.manager,
      `SELECT subject_id FROM speakers.access_tokens
        WHERE token_digest = $1 AND kind = $2 AND revoked_at IS NULL AND expires_at > now()`,
      [digestSecret(token), kind],
    );
    if (!rows[0]) throw unauthorized();
    return rows[0].subject_id;
  }

  /**
   * Ends every invitation and access token of a holder (a lost device, a profile deleted); returns
   * how many tokens stopped working. A new invitation gives access again.
   */
  async revokeAll(manager: EntityManager, kind: AccessKind, subjectId: string): Promise<number> {
    await revokeOpenInvitations(manager, kind, subjectId);
    const revoked = await queryRows(
      manager,
      `UPDATE speakers.access_tokens SET revoked_at = now()
        WHERE kind = $1 AND subject_id = $2 AND revoked_at IS NULL AND expires_at > now()
        RETURNING id`,
      [kind, subjectId],
    );
    return revoked.length;
  }

  private async whyNotRedeemable(manager: EntityManager, digest: Buffer): Promise<ProblemException> {
    const rows = await queryRows<{ redeemed: boolean; revoked: boolean }>(
      manager,
      `SELECT redeemed_at IS NOT NULL AS redeemed, revoked_at IS NOT NULL AS revoked
         FROM speakers.invitations WHERE token_digest = $1`,
      [digest],
    );
    const found = rows[0];
    if (!found) return unauthorized();
    if (found.redeemed) {
      return new ProblemException('conflict', {
        detail: {
          en: 'This invitation link has already been used',
          ru: 'Эта ссылка-приглашение уже использована',
          kk: 'Бұл шақыру сілтемесі бұрын пайдаланылған',
        },
        extensions: { reason: 'redeemed' },
      });
    }
    if (found.revoked) {
      return new ProblemException('conflict', {
        detail: {
          en: 'This invitation link was replaced by a newer one or withdrawn',
          ru: 'Эта ссылка-приглашение заменена новой или отозвана',
          kk: 'Бұл шақыру сілтемесі жаңасымен ауыстырылған немесе кері қайтарылған',
        },
        extensions: { reason: 'revoked' },
      });
    }
    return new ProblemException('conflict', {
      detail: {
        en: 'This invitation link has expired; ask the organisers for a new one',
        ru: 'Срок действия ссылки-приглашения истёк; попросите организаторов о новой',
        kk: 'Шақыру сілтемесінің мерзімі өтті; ұйымдастырушылардан жаңасын сұраңыз',
      },
      extensions: { reason: 'expired' },
    });
  }
}

function newToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

function unauthorized(): ProblemException {
  return new ProblemException('unauthorized', {
    detail: {
      en: 'A valid self-service token is required',
      ru: 'Требуется действительный токен самообслуживания',
      kk: 'Жарамды өзіне-өзі қызмет көрсету токені қажет',
    },
  });
}

/** Unused invitation links of a holder stop working. */
async function revokeOpenInvitations(
  manager: EntityManager,
  kind: AccessKind,
  subjectId: string,
): Promise<void> {
  await queryRows(
    manager,
    `UPDATE speakers.invitations SET revoked_at = now()
      WHERE kind = $1 AND subject_id = $2 AND redeemed_at IS NULL AND revoked_at IS NULL
      RETURNING id`,
    [kind, subjectId],
  );
}
