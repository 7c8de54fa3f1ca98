import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsIin, IsKzPhone, IsKzRegionCode, SUPPORTED_LANGUAGES, type Lang } from '@jiyn/kz';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateRegistrationDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  eventId!: string;

  @ApiProperty({ example: 'Айгерім Сәрсенова' })
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
    description: '12-digit IIN; sex and birth date are derived from it',
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
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  externalReference?: string;
}
