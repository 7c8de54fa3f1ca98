import { ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { NullAsAbsent } from '@jiyn/problems';

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
}
