import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { SUPPORTED_LANGUAGES, type Lang } from '@jiyn/kz';

export class SubmitFeedbackDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() eventId!: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() sessionId?: string;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 5, example: 5 })
  @IsInt()
  @Min(1)
  @Max(5)
  rating!: number;
  @ApiPropertyOptional({ maxLength: 4000 }) @IsOptional() @IsString() @MaxLength(4000) comment?: string;
  @ApiPropertyOptional({ enum: SUPPORTED_LANGUAGES, enumName: 'FeedbackLanguage' })
  @IsOptional()
  @IsIn(SUPPORTED_LANGUAGES)
  language?: Lang;
}
