import { ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { NullAsAbsent } from '@jiyn/problems';

/** How an invitation reaches the speaker: in the answer, to pass on by hand, or by e-mail only. */
export const INVITATION_DELIVERIES = ['link', 'email'] as const;
export type InvitationDelivery = (typeof INVITATION_DELIVERIES)[number];

@ApiSchema({ name: 'SpeakerInvitationInput' })
export class CreateInvitationDto {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 24 * 90,
    description: 'How long the link works, in hours (default 72)',
    example: 72,
  })
  @NullAsAbsent()
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(24 * 90)
  ttlHours?: number;

  @ApiPropertyOptional({
    type: 'string',
    enum: INVITATION_DELIVERIES,
    default: 'link',
    description:
      '`link` (default): the answer carries the link, to pass on by hand. `email`: Jiyn e-mails the ' +
      "link to the speaker's address in their language and the answer carries no link (202); 409 when " +
      'the profile has no e-mail address.',
  })
  @NullAsAbsent()
  @IsOptional()
  @IsIn(INVITATION_DELIVERIES)
  delivery?: InvitationDelivery;
}
