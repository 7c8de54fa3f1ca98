import { IsIn, IsISO8601, IsUUID } from 'class-validator';
import { EVENT_TYPES } from '../event-types';
import { MayBeNull, SchemaNote } from '../schema/contract-decorators';
import { eventSchemaOf } from '../schema/json-schema-of';

export const SPEAKER_INVITATION_PURPOSES = ['access', 'co-speaker'] as const;

/**
 * An invitation for a speaker to be sent by e-mail: to sign in to self-service and keep their
 * profile (`access`, an organiser asked for it), or to confirm or decline a proposal that names
 * them as a co-speaker (`co-speaker`, with the proposal and its event). Key: speakerId.
 *
 * No link, token, address or name travels: the notifications service asks the speakers service
 * (internal API) for the address and for a freshly minted link when it writes. Invitations whose
 * link an organiser takes from the answer to pass on by hand are not announced.
 */
export class SpeakerInvitationIssuedV1 {
  @IsUUID() invitationId!: string;
  @IsUUID() speakerId!: string;
  @MayBeNull()
  @IsUUID()
  @SchemaNote({
    description: "The speaker's organisation (its name heads the e-mail); null for older profiles",
  })
  organisationId!: string | null;
  @IsIn(SPEAKER_INVITATION_PURPOSES)
  @SchemaNote({
    description: 'access: sign in to self-service; co-speaker: confirm or decline the proposal named here',
  })
  purpose!: (typeof SPEAKER_INVITATION_PURPOSES)[number];
  @MayBeNull() @IsUUID() @SchemaNote({ description: 'The proposal (co-speaker only)' }) proposalId!:
    string | null;
  @MayBeNull() @IsUUID() @SchemaNote({ description: "The proposal's event (co-speaker only)" }) eventId!:
    string | null;
  @IsISO8601()
  @SchemaNote({ description: 'After this the invitation no longer signs anyone in' })
  expiresAt!: string;
  @IsISO8601() occurredAt!: string;
}

export const speakerInvitationIssuedV1Schema = eventSchemaOf(
  SpeakerInvitationIssuedV1,
  EVENT_TYPES.speakerInvitationIssued,
  'An invitation for a speaker is to be sent by e-mail (access: to sign in to self-service; co-speaker: to ' +
    'confirm or decline a proposal). Ids only: the link is minted by the speakers service when the mail is ' +
    'written. Key: speakerId.',
);
