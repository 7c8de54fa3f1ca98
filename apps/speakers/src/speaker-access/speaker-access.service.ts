import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { digestSecret } from '@jiyn/auth';
import {
  EVENT_TYPES,
  TOPICS,
  type SPEAKER_INVITATION_PURPOSES,
  type SpeakerInvitationIssuedV1,
} from '@jiyn/contracts';
import { OutboxWriter, uuidv7 } from '@jiyn/messaging';
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

/**
 * What an invitation is for: `access` signs its holder in to self-service (profile, availability,
 * proposals, reviews); `co-speaker` does too, sent to a co-speaker to confirm or decline a proposal.
 */
export type InvitationPurpose = (typeof SPEAKER_INVITATION_PURPOSES)[number];

/** An invitation to be sent by e-mail: recorded and announced now, its link minted when the mail is written. */
export interface MailedInvitation {
  invitationId: string;
  expiresAt: Date;
}

/** A link minted for a mailed invitation, for the one e-mail being written. */
export interface MintedLink {
  invitationId: string;
  kind: AccessKind;
  subjectId: string;
  purpose: InvitationPurpose;
  proposalId: string | null;
  /** The one-time token; shown to the caller once, only its digest is kept. */
  token: string;
  expiresAt: Date;
}

/** Why an invitation signs nobody in any more. */
export type UnusableReason = 'redeemed' | 'revoked' | 'expired';

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
 * Links one mailed invitation may have: one per attempt to send it (the notifications service
 * tries a message at most 8 times by default). A bound, so no loop can mint without end.
 */
export const MAX_LINKS_PER_INVITATION = 20;

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
    private readonly outbox: OutboxWriter,
  ) {}

  /**
   * Issues an invitation inside the caller's transaction; earlier access invitations of the same
   * holder that were not redeemed stop working (only the newest link is valid).
   */
  async issueInvitation(
    manager: EntityManager,
    kind: AccessKind,
    subjectId: string,
    ttlHours?: number | null,
  ): Promise<IssuedInvitation> {
    // `??`, not a default parameter: a default would not apply to null (NOT NULL expires_at).
    const hours = ttlHours ?? this.env.INVITATION_TTL_HOURS;
    await this.replaceOpenAccessInvitations(manager, kind, subjectId);
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
   * Records an invitation for a speaker to be sent by e-mail, inside the caller's transaction, and
   * announces it (speaker.invitation.issued, ids only) in the same transaction. No token exists yet:
   * the notifications service asks for a link (`mintLink`) when it writes the mail, so the secret
   * goes from here into the e-mail and nowhere else. An `access` invitation replaces the speaker's
   * open access invitations, as `issueInvitation` does; a co-speaker invitation replaces nothing.
   */
  async issueMailedInvitation(
    manager: EntityManager,
    invitation: {
      speakerId: string;
      organisationId: string | null;
      ttlHours?: number | null;
      /** For a co-speaker: the proposal to confirm or decline, and its event. */
      coSpeakerOf?: { proposalId: string; eventId: string };
    },
  ): Promise<MailedInvitation> {
    const { speakerId, coSpeakerOf } = invitation;
    const purpose: InvitationPurpose = coSpeakerOf ? 'co-speaker' : 'access';
    if (purpose === 'access') await this.replaceOpenAccessInvitations(manager, 'speaker', speakerId);
    const id = uuidv7();
    const [row] = await queryRows<{ expires_at: Date }>(
      manager,
      `INSERT INTO speakers.invitations
         (id, kind, subject_id, token_digest, delivery, purpose, proposal_id, expires_at, created_at)
       VALUES ($1, 'speaker', $2, NULL, 'email', $3, $4, now() + make_interval(hours => $5), now())
       RETURNING expires_at`,
      [
        id,
        speakerId,
        purpose,
        coSpeakerOf?.proposalId ?? null,
        invitation.ttlHours ?? this.env.INVITATION_TTL_HOURS,
      ],
    );
    const data: SpeakerInvitationIssuedV1 = {
      invitationId: id,
      speakerId,
      organisationId: invitation.organisationId,
      purpose,
      proposalId: coSpeakerOf?.proposalId ?? null,
      eventId: coSpeakerOf?.eventId ?? null,
      expiresAt: row.expires_at.toISOString(),
      occurredAt: new Date().toISOString(),
    };
    await this.outbox.append(manager, {
      topic: TOPICS.speakers,
      type: EVENT_TYPES.speakerInvitationIssued,
      subject: speakerId,
      data,
    });
    return { invitationId: id, expiresAt: row.expires_at };
  }

  /** An invitation sent by e-mail, as recorded (whatever its state), or a 404 problem. */
  async mailedInvitation(
    invitationId: string,
  ): Promise<{ subjectId: string; purpose: InvitationPurpose; proposalId: string | null }> {
    const [row] = await queryRows<{
      subject_id: string;
      purpose: InvitationPurpose;
      proposal_id: string | null;
    }>(
      this.dataSource.manager,
      `SELECT subject_id, purpose, proposal_id FROM speakers.invitations WHERE id = $1 AND delivery = 'email'`,
      [invitationId],
    );
    if (!row) throw invitationNotFound(invitationId);
    return { subjectId: row.subject_id, purpose: row.purpose, proposalId: row.proposal_id };
  }

  /**
   * Mints a link for an invitation sent by e-mail, for the mail being written: a new random token
   * whose digest is kept beside the invitation's earlier links. Every link of the invitation works
   * until one of them is redeemed (once) or the invitation is revoked or expires, so a mail that
   * went out twice — the SMTP server took it, the sender died before recording that, and the retry
   * minted again — carries a working link in whichever copy the speaker keeps (mail systems may
   * drop the later one: it has the same Message-ID). 404 for an invitation that is unknown or was
   * not meant for e-mail; 409 (with `reason`) once it can no longer be used.
   */
  mintLink(invitationId: string): Promise<MintedLink> {
    return runInTransaction(this.dataSource, async (manager) => {
      const [invitation] = await queryRows<{
        kind: AccessKind;
        subject_id: string;
        purpose: InvitationPurpose;
        proposal_id: string | null;
        expires_at: Date;
        unusable: UnusableReason | null;
      }>(
        manager,
        // The row lock orders minting against redeeming and revoking.
        `SELECT kind, subject_id, purpose, proposal_id, expires_at,
                CASE WHEN redeemed_at IS NOT NULL THEN 'redeemed'
                     WHEN revoked_at IS NOT NULL THEN 'revoked'
                     WHEN expires_at <= now() THEN 'expired' END AS unusable
           FROM speakers.invitations WHERE id = $1 AND delivery = 'email' FOR UPDATE`,
        [invitationId],
      );
      if (!invitation) throw invitationNotFound(invitationId);
      if (invitation.unusable) throw notRedeemable(invitation.unusable);
      const [{ links }] = await queryRows<{ links: number }>(
        manager,
        `SELECT count(*)::int AS links FROM speakers.invitation_links WHERE invitation_id = $1`,
        [invitationId],
      );
      if (links >= MAX_LINKS_PER_INVITATION) {
        throw new ProblemException('conflict', {
          detail: {
            en: `This invitation already has ${MAX_LINKS_PER_INVITATION} links; issue a new one`,
            ru: `У этого приглашения уже ${MAX_LINKS_PER_INVITATION} ссылок; выпустите новое`,
            kk: `Бұл шақыруда ${MAX_LINKS_PER_INVITATION} сілтеме бар; жаңасын шығарыңыз`,
          },
          extensions: { reason: 'too-many-links' },
        });
      }
      const token = newToken();
      await queryRows(
        manager,
        `INSERT INTO speakers.invitation_links (token_digest, invitation_id, minted_at)
         VALUES ($1, $2, now()) RETURNING invitation_id`,
        [digestSecret(token), invitationId],
      );
      return {
        invitationId,
        kind: invitation.kind,
        subjectId: invitation.subject_id,
        purpose: invitation.purpose,
        proposalId: invitation.proposal_id,
        token,
        expiresAt: invitation.expires_at,
      };
    });
  }

  /** One issuer at a time per holder, so exactly one access link stays valid; the older ones stop working. */
  private async replaceOpenAccessInvitations(
    manager: EntityManager,
    kind: AccessKind,
    subjectId: string,
  ): Promise<void> {
    await queryRows(manager, `SELECT pg_advisory_xact_lock(hashtext($1)) AS locked`, [
      `speakers.invitation:${kind}:${subjectId}`,
    ]);
    await revokeOpenInvitations(manager, kind, subjectId, 'access');
  }

  /**
   * Exchanges an invitation token for an access token, exactly once: the conditional UPDATE lets
   * one of any number of concurrent redemptions through, whichever of an invitation's links they
   * carry. Unknown tokens answer 401; a used, replaced or expired invitation answers 409 and says
   * which.
   */
  redeem(token: string): Promise<RedeemedInvitation> {
    return runInTransaction(this.dataSource, async (manager) => {
      const digest = digestSecret(token);
      const redeemed = await queryRows<{ id: string; kind: AccessKind; subject_id: string }>(
        manager,
        `UPDATE speakers.invitations SET redeemed_at = now()
          WHERE id = (${INVITATION_OF_TOKEN})
            AND redeemed_at IS NULL AND revoked_at IS NULL AND expires_at > now()
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
         FROM speakers.invitations WHERE id = (${INVITATION_OF_TOKEN})`,
      [digest],
    );
    const found = rows[0];
    if (!found) return unauthorized();
    return notRedeemable(found.redeemed ? 'redeemed' : found.revoked ? 'revoked' : 'expired');
  }
}

/** The invitation a token belongs to ($1: its digest): a link shown to an organiser, or one minted for a mail. */
const INVITATION_OF_TOKEN = `
  SELECT id FROM speakers.invitations WHERE token_digest = $1
  UNION ALL
  SELECT invitation_id FROM speakers.invitation_links WHERE token_digest = $1
  LIMIT 1`;

/** 409, saying why an invitation no longer signs anyone in. */
function notRedeemable(reason: UnusableReason): ProblemException {
  switch (reason) {
    case 'redeemed':
      return new ProblemException('conflict', {
        detail: {
          en: 'This invitation link has already been used',
          ru: 'Эта ссылка-приглашение уже использована',
          kk: 'Бұл шақыру сілтемесі бұрын пайдаланылған',
        },
        extensions: { reason: 'redeemed' },
      });
    case 'revoked':
      return new ProblemException('conflict', {
        detail: {
          en: 'This invitation link was replaced by a newer one or withdrawn',
          ru: 'Эта ссылка-приглашение заменена новой или отозвана',
          kk: 'Бұл шақыру сілтемесі жаңасымен ауыстырылған немесе кері қайтарылған',
        },
        extensions: { reason: 'revoked' },
      });
    case 'expired':
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

function invitationNotFound(id: string): ProblemException {
  return new ProblemException('not-found', {
    detail: {
      en: `No invitation ${id} to send by e-mail`,
      ru: `Приглашение ${id} для отправки по электронной почте не найдено`,
      kk: `Электрондық поштамен жіберілетін ${id} шақыруы табылмады`,
    },
  });
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

/** Unused invitation links of a holder stop working: those of one purpose, or all. */
async function revokeOpenInvitations(
  manager: EntityManager,
  kind: AccessKind,
  subjectId: string,
  purpose?: InvitationPurpose,
): Promise<void> {
  await queryRows(
    manager,
    `UPDATE speakers.invitations SET revoked_at = now()
      WHERE kind = $1 AND subject_id = $2 AND redeemed_at IS NULL AND revoked_at IS NULL
        AND ($3::text IS NULL OR purpose = $3)
      RETURNING id`,
    [kind, subjectId, purpose ?? null],
  );
}
