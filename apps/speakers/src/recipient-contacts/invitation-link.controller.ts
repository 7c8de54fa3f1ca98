import { Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { InternalRoute } from '@jiyn/auth';
import type { Multilingual } from '@jiyn/kz';
import { ProposalsService } from '../proposals/proposals.service';
import { SpeakerAccessService, type InvitationPurpose } from '../speaker-access';

/** A link for one invitation e-mail, minted when the mail is written: the token goes into that mail only. */
export interface InvitationLink {
  invitationId: string;
  speakerId: string;
  purpose: InvitationPurpose;
  /** The one-time token the link carries; only its digest is kept here. Never log it. */
  token: string;
  expiresAt: string;
  /** What a co-speaker's mail names: the proposal, its event and the primary speaker (public name). */
  proposal: {
    proposalId: string;
    eventId: string;
    title: Multilingual;
    primarySpeakerName: Multilingual;
  } | null;
}

/**
 * The notifications service, writing a speaker's invitation mail (speaker.invitation.issued), asks
 * here for its link with the internal token. Each call mints a new token (only its digest is kept,
 * beside the invitation's earlier ones; any of them redeems it, once), so the secret exists in this
 * answer and in the mail, nowhere else. 404 for an invitation that is unknown or not meant for
 * e-mail; 409 with `reason` when it can no longer be used (redeemed, revoked, expired) or a
 * co-speaker has nothing left to answer (proposal-closed, answered). Never forwarded by the gateway.
 */
@Controller('internal/speakers/invitations')
export class InvitationLinkController {
  constructor(
    private readonly access: SpeakerAccessService,
    private readonly proposals: ProposalsService,
  ) {}

  @Post(':id/links')
  @InternalRoute()
  async mint(@Param('id', ParseUUIDPipe) id: string): Promise<InvitationLink> {
    const invitation = await this.access.mailedInvitation(id);
    // Checked before minting, so no link is made for a mail that will not go.
    const proposal = invitation.proposalId
      ? await this.proposals.coSpeakerInvitation(invitation.proposalId, invitation.subjectId)
      : null;
    const link = await this.access.mintLink(id);
    return {
      invitationId: link.invitationId,
      speakerId: link.subjectId,
      purpose: link.purpose,
      token: link.token,
      expiresAt: link.expiresAt.toISOString(),
      proposal,
    };
  }
}
