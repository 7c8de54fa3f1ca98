import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsDefined,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { IsIin, IsKzPhone, IsKzRegionCode, SUPPORTED_LANGUAGES, type Lang } from '@jiyn/kz';
import { NestedObject, NullAsAbsent } from '@jiyn/problems';
import { ANSWER_VALUE } from '../registration.view';

/** The participant's consent to the event's current terms (GET …/form tells the version). */
export class RegistrationConsentDto {
  @ApiProperty({ example: 'default-1', description: 'consent.textVersion of the event form shown' })
  @IsString()
  @MaxLength(64)
  textVersion!: string;

  @ApiProperty({ example: true, description: 'Must be true' })
  @IsBoolean()
  accepted!: boolean;
}

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateRegistrationDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  eventId!: string;

  @ApiProperty({ example: 'Айгерім Сәрсенова', minLength: 1, maxLength: 200, pattern: '\\S' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  fullName!: string;

  @ApiProperty({ example: 'aigerim@akimat.kz' })
  @Transform(trim)
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiPropertyOptional({
    example: '+77011234567',
    description: 'Kazakhstan number; 8 7xx… and +7 7xx… are accepted',
  })
  @IsOptional()
  @IsKzPhone()
  phone?: string;

  @ApiPropertyOptional({
    example: '900101399030',
    description:
      '12-digit IIN; sex and birth date are derived from it. A birth date before 1900 or after today (in Kazakhstan) is refused as implausibleBirthDate',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.replace(/\s/g, '') : value,
  )
  @IsIin()
  iin?: string;

  @ApiPropertyOptional({ example: 'KZ-71' })
  @IsOptional()
  @IsKzRegionCode()
  regionCode?: string;

  @ApiPropertyOptional({ example: 'Akimat of Astana' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(300)
  organisation?: string;

  @ApiPropertyOptional({ example: 'Chief specialist, culture department' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(300)
  position?: string;

  @ApiPropertyOptional({ enum: SUPPORTED_LANGUAGES, default: 'kk' })
  @IsOptional()
  @IsIn(SUPPORTED_LANGUAGES)
  preferredLanguage?: Lang;

  @ApiPropertyOptional({
    example: 'MCS-2024-000123',
    description:
      "The sending system's own id for this participant (e.g. the ministry's). Unique per event among active registrations: re-sending it updates that registration instead of creating another.",
  })
  // null is no reference, as when it is left out (a self-service caller may not set one).
  @NullAsAbsent()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  externalReference?: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: ANSWER_VALUE,
    example: { department: 'culture', years_in_service: 4 },
    description: "Answers to the event's own questions, keyed by question key; checked against its form",
  })
  @IsOptional()
  @IsObject()
  answers?: Record<string, unknown>;

  @ApiProperty({ type: RegistrationConsentDto })
  @IsDefined()
  @NestedObject(() => RegistrationConsentDto)
  consent!: RegistrationConsentDto;
}
