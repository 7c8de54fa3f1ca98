import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import {
  IsEmail,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { NullAsAbsent } from '@jiyn/problems';

@ApiSchema({ name: 'ProposalReviewerInput' })
export class AddReviewerDto {
  @ApiProperty({ example: 'Айгерим Садыкова', minLength: 1, maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;
  @ApiProperty({ example: 'reviewer@culture.example.kz' }) @IsEmail() email!: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 2160, description: 'How long the link works (default 72 h)' })
  @NullAsAbsent()
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(2160)
  ttlHours?: number;
}

@ApiSchema({ name: 'ProposalReviewerInvitationInput' })
export class InviteReviewerDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 2160 })
  @NullAsAbsent()
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(2160)
  ttlHours?: number;
}

@ApiSchema({ name: 'ProposalReviewInput' })
export class PutReviewDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer', minimum: 0 },
    description: "A whole score from 0 to the call's maxScore for every criterion, by criterion key",
    example: { relevance: 4 },
  })
  @IsObject()
  scores!: Record<string, unknown>;

  @ApiPropertyOptional({ maxLength: 5000 }) @IsOptional() @IsString() @MaxLength(5000) comment?: string;
}
