import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsUUID,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { IsKzPhone, SUPPORTED_LANGUAGES, type Lang } from '@jiyn/kz';
import { IsHttpsUrl, MultilingualField, MultilingualTextDto, NestedObjects } from '@jiyn/problems';

export const MAX_LINKS = 10;

export class SpeakerLinkDto {
  // Stored trimmed: a label of spaces alone would be stored empty, so it is refused.
  @ApiProperty({ minLength: 1, maxLength: 100, pattern: '\\S', example: 'LinkedIn' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  @Matches(/\S/)
  label!: string;

  @ApiProperty({ format: 'uri', maxLength: 2000, example: 'https://www.linkedin.com/in/example' })
  @IsHttpsUrl()
  url!: string;
}

/**
 * A speaker profile's fields (created and changed alike). Public: name, position, organisation, biography (Markdown), photo, links and
 * languages. Private (organisers and the speaker only): e-mail and phone.
 */
export class SpeakerProfileDto {
  @MultilingualField({ required: true })
  fullName!: MultilingualTextDto;

  @MultilingualField()
  position?: MultilingualTextDto;

  @MultilingualField()
  organisation?: MultilingualTextDto;

  @MultilingualField({ description: 'Markdown; raw HTML is shown as text' })
  biography?: MultilingualTextDto;

  @ApiPropertyOptional({
    type: String,
    format: 'uri',
    maxLength: 2000,
    description: 'An https:// URL; null clears it',
    example: 'https://cdn.example.kz/speakers/asanova.jpg',
    nullable: true,
  })
  @IsOptional()
  @IsHttpsUrl()
  photoUrl?: string | null;

  @ApiPropertyOptional({ type: [SpeakerLinkDto], maxItems: MAX_LINKS })
  @IsOptional()
  @NestedObjects(() => SpeakerLinkDto)
  @ArrayMaxSize(MAX_LINKS)
  links?: SpeakerLinkDto[];

  @ApiPropertyOptional({
    enum: SUPPORTED_LANGUAGES,
    enumName: 'SpeakerLanguage',
    isArray: true,
    uniqueItems: true,
    description: 'Languages the speaker speaks in',
    example: ['kk', 'ru'],
  })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(SUPPORTED_LANGUAGES, { each: true })
  languages?: Lang[];

  @ApiPropertyOptional({
    type: String,
    format: 'email',
    maxLength: 254,
    description: 'Private: organisers and the speaker only; null clears it',
    nullable: true,
    example: 'a.asanova@example.kz',
  })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string | null;

  @ApiPropertyOptional({
    type: String,
    description: 'Private: organisers and the speaker only. A Kazakhstan number; null clears it',
    nullable: true,
    example: '+77011234567',
  })
  @IsOptional()
  @IsKzPhone()
  phone?: string | null;
}

/** A new profile, in the caller's organisation unless the body names another the caller may write speakers in. */
export class CreateSpeakerDto extends SpeakerProfileDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: "The owning organisation; by default the caller's own",
  })
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}
