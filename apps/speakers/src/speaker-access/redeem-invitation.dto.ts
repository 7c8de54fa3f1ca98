import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

@ApiSchema({ name: 'SpeakersInvitationRedemption' })
export class RedeemInvitationDto {
  @ApiProperty({ description: 'The token from the invitation link', minLength: 1, maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token!: string;
}
