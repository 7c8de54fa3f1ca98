import type { Lang, Multilingual } from '@jiyn/kz';
import type { ProposalChangedV1 } from '@jiyn/contracts';
import type { Answer } from './answers';
import type { SessionKind } from './call/call.model';
import { maskEmail } from '../speakers/speaker.view';
import type { OrganiserProposal, ProposalContent, SpeakerProposal } from './proposal.response';

export type ProposalStatus = 'submitted' | 'in-review' | 'accepted' | 'rejected' | 'withdrawn';
export type CoSpeakerState = 'invited' | 'confirmed' | 'declined';

/** Still open: reviews can be written, a decision taken, the speaker may withdraw. */
export const UNDECIDED: readonly ProposalStatus[] = ['submitted', 'in-review'];

export interface Proposal {
  id: string;
  eventId: string;
  title: Multilingual;
  abstract: Multilingual;
  type: SessionKind;
  trackId: string | null;
  durationMinutes: number;
  language: Lang;
  answers: Record<string, Answer>;
  status: ProposalStatus;
  submittedBy: 'speaker' | 'organiser';
  version: number;
  decidedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A speaker on a proposal, with the profile fields the views may need. */
export interface ProposalSpeaker {
  proposalId: string;
  speakerId: string;
  position: number;
  role: 'primary' | 'co-speaker';
  state: CoSpeakerState;
  respondedAt: Date | null;
  fullName: Multilingual;
  organisation: Multilingual;
  jobTitle: Multilingual;
  email: string | null;
}

/** The payload of every proposal.* event: ids and programme content, nothing personal. */
export function proposalChanged(
  proposal: Proposal,
  speakers: readonly ProposalSpeaker[],
  at: Date,
): ProposalChangedV1 {
  return {
    proposalId: proposal.id,
    eventId: proposal.eventId,
    version: proposal.version,
    status: proposal.status,
    title: proposal.title,
    abstract: proposal.abstract,
    type: proposal.type,
    trackId: proposal.trackId,
    durationMinutes: proposal.durationMinutes,
    language: proposal.language,
    // Who speaks, as far as it is settled: the primary speaker and the co-speakers who confirmed.
    speakerIds: confirmedSpeakerIds(speakers),
    occurredAt: at.toISOString(),
  };
}

export function confirmedSpeakerIds(speakers: readonly ProposalSpeaker[]): string[] {
  return [...speakers]
    .sort((a, b) => a.position - b.position)
    .filter((speaker) => speaker.state === 'confirmed')
    .map((speaker) => speaker.speakerId);
}

function proposalFields(proposal: Proposal): ProposalContent {
  return {
    id: proposal.id,
    eventId: proposal.eventId,
    title: proposal.title,
    abstract: proposal.abstract,
    type: proposal.type,
    trackId: proposal.trackId,
    durationMinutes: proposal.durationMinutes,
    language: proposal.language,
    answers: proposal.answers,
    status: proposal.status,
    version: proposal.version,
    decidedAt: proposal.decidedAt?.toISOString() ?? null,
    createdAt: proposal.createdAt.toISOString(),
    updatedAt: proposal.updatedAt.toISOString(),
  };
}

/**
 * Organisers and reviewers see everyone on the proposal with their state and contact e-mail, masked
 * unless `contacts` is 'unmasked' (personal data granted on the event).
 */
export function organiserProposalView(
  proposal: Proposal,
  speakers: readonly ProposalSpeaker[],
  contacts: 'unmasked' | 'masked',
): OrganiserProposal {
  return {
    ...proposalFields(proposal),
    submittedBy: proposal.submittedBy,
    speakers: speakers.map((speaker) => ({
      speakerId: speaker.speakerId,
      role: speaker.role,
      state: speaker.state,
      respondedAt: speaker.respondedAt?.toISOString() ?? null,
      fullName: speaker.fullName,
      email: speaker.email && contacts === 'masked' ? maskEmail(speaker.email) : speaker.email,
    })),
  };
}

/** A speaker sees their proposal and who else is on it by public name only, never contacts. */
export function speakerProposalView(
  proposal: Proposal,
  speakers: readonly ProposalSpeaker[],
  me: string,
): SpeakerProposal {
  return {
    ...proposalFields(proposal),
    myRole: speakers.find((speaker) => speaker.speakerId === me)?.role ?? null,
    speakers: speakers.map((speaker) => ({
      speakerId: speaker.speakerId,
      role: speaker.role,
      state: speaker.state,
      fullName: speaker.fullName,
    })),
  };
}
