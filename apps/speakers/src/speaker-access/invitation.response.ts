import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { ACCESS_KINDS, type AccessKind } from './speaker-access.service';

/** A link to pass on to a reviewer (or a new speaker): shown in this answer only. */
@ApiSchema({ name: 'SpeakersInvitationLink' })
export class InvitationLinkResponse {
  @ApiProperty({
    format: 'uri',
    description: 'The link to send; the one-time token rides in its fragment, which no server logs',
    example: 'https://jiyn.example.kz/speakers/invitation#token=3kYp9Xq2Lm',
  })
  url!: string;

  @ApiProperty({ format: 'date-time', description: 'After this the link no longer works' })
  expiresAt!: string;
}

/** A speaker's invitation: the link plus the one-time token it carries. */
@ApiSchema({ name: 'SpeakerInvitation' })
export class IssuedInvitationResponse extends InvitationLinkResponse {
  @ApiProperty({ description: 'The one-time token the link carries; shown once, only its digest is kept' })
  token!: string;
}

/** An invitation on its way by e-mail: nobody but the speaker sees its link. */
@ApiSchema({ name: 'SpeakerMailedInvitation' })
export class MailedInvitationResponse {
  @ApiProperty({ format: 'uuid', description: 'The invitation' })
  invitationId!: string;

  @ApiProperty({ enum: ['email'], description: 'How the link travels' })
  delivery!: 'email';

  @ApiProperty({ format: 'date-time', description: 'After this the mailed link no longer works' })
  expiresAt!: string;
}

@ApiSchema({ name: 'SpeakersAccessRevocation' })
export class AccessRevocationResponse {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Access tokens that stopped working', example: 1 })
  revokedTokens!: number;
}

/** What redeeming an invitation link yields: the bearer token for the self-service routes. */
@ApiSchema({ name: 'SpeakersRedeemedInvitation' })
export class RedeemedInvitationResponse {
  @ApiProperty({ description: 'The bearer token for `/api/v1/self/speakers/…`; shown once' })
  accessToken!: string;

  @ApiProperty({ enum: ACCESS_KINDS, enumName: 'SpeakersAccessKind', description: 'Whose token it is' })
  kind!: AccessKind;

  @ApiProperty({ format: 'uuid', description: 'The speaker or reviewer the token speaks for' })
  subjectId!: string;

  @ApiProperty({
    format: 'date-time',
    description: 'After this the token stops working and the holder needs a new invitation link',
  })
  expiresAt!: string;
}
