import { ApiExtraModels, ApiProperty, ApiPropertyOptional, ApiSchema, getSchemaPath } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateBy,
} from 'class-validator';
import { ROLES, type Role } from '@jiyn/auth';
import { IsBin } from '@jiyn/kz';
import { PageQuery } from '@jiyn/persistence';
import {
  IsHttpsUrl,
  MAX_HTTPS_URL_LENGTH,
  MultilingualField,
  MultilingualTextDto,
  NestedObject,
  NullAsAbsent,
} from '@jiyn/problems';
import { HEX_COLOUR, MIN_CONTRAST_WITH_WHITE } from './brand-colour';

export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{1,62}$/;

export class CreateOrganisationDto {
  @ApiProperty({
    example: 'mci',
    pattern: SLUG_PATTERN.source,
    description: 'Lower-case letters, digits and hyphens, 2–63 characters',
  })
  @IsString()
  @Matches(SLUG_PATTERN)
  slug!: string;

  @MultilingualField({ required: true, description: 'The name in Kazakh, Russian and English' })
  name!: MultilingualTextDto;

  @ApiPropertyOptional({
    example: '990340005977',
    pattern: '^\\d{12}$',
    description: 'Business identification number (БИН)',
  })
  @IsOptional()
  @IsBin()
  bin?: string;
}

export class OrganisationListQuery extends PageQuery {
  @ApiPropertyOptional({ pattern: SLUG_PATTERN.source, description: 'Only the organisation with this slug' })
  @IsOptional()
  @IsString()
  @Matches(SLUG_PATTERN)
  slug?: string;
}

export class EventGrantListQuery extends PageQuery {}

export class CreateEventGrantDto {
  @ApiProperty({ format: 'uuid', description: 'An event of the granting organisation' })
  @IsUUID()
  eventId!: string;

  @ApiProperty({ format: 'uuid', description: 'The partner organisation given access' })
  @IsUUID()
  partnerOrganisationId!: string;

  @ApiProperty({ enum: ROLES, enumName: 'AccessRole' })
  @IsIn(ROLES)
  role!: Role;

  @ApiPropertyOptional({ default: false, description: 'Unmasked IIN, phone, e-mail and birth date' })
  @IsOptional()
  @IsBoolean()
  personalData?: boolean;
}

/** The longest signature under an organisation's e-mail, per language: a few lines, not a letter. */
export const MAX_EMAIL_FOOTER_LENGTH = 300;

/** A short signature under every e-mail of the organisation, per language; plain text, line breaks kept. */
@ApiSchema({ name: 'OrganisationEmailFooter' })
export class EmailFooterDto {
  @ApiPropertyOptional({
    maxLength: MAX_EMAIL_FOOTER_LENGTH,
    example: 'Қазақстан Республикасы Мәдениет және ақпарат министрлігі\nАстана, Мәңгілік Ел 8',
  })
  @NullAsAbsent()
  @IsOptional()
  @IsString()
  @MaxLength(MAX_EMAIL_FOOTER_LENGTH)
  kk?: string;

  @ApiPropertyOptional({
    maxLength: MAX_EMAIL_FOOTER_LENGTH,
    example: 'Министерство культуры и информации Республики Казахстан\nАстана, Мәңгілік Ел 8',
  })
  @NullAsAbsent()
  @IsOptional()
  @IsString()
  @MaxLength(MAX_EMAIL_FOOTER_LENGTH)
  ru?: string;

  @ApiPropertyOptional({
    maxLength: MAX_EMAIL_FOOTER_LENGTH,
    example: 'Ministry of Culture and Information of the Republic of Kazakhstan\nAstana, Mangilik El 8',
  })
  @NullAsAbsent()
  @IsOptional()
  @IsString()
  @MaxLength(MAX_EMAIL_FOOTER_LENGTH)
  en?: string;
}

/** `OrganisationEmailFooter | null` (pair with `@ApiExtraModels(EmailFooterDto)`): `nullable` beside a `$ref` admits no null. */
export const NULLABLE_EMAIL_FOOTER = {
  anyOf: [{ $ref: getSchemaPath(EmailFooterDto) }, { type: 'null' }],
} as const;

/**
 * An organisation's e-mail branding, changed by its owner: a field left out stays as it is, null
 * clears it. Name, slug and BIN stay the platform operator's (they identify the organisation).
 */
@ApiExtraModels(EmailFooterDto)
export class UpdateOrganisationDto {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    pattern: HEX_COLOUR.source,
    example: '#0b5cad',
    description:
      `The colour of the e-mail header band and buttons, \`#rrggbb\`. E-mail writes white text on it, so ` +
      `white on it must reach a contrast of ${MIN_CONTRAST_WITH_WHITE}:1 (WCAG 2.2 AA for text of ` +
      "normal size), else a 400 `lowContrast`. null: the platform's colour.",
  })
  @IsOptional()
  @ValidateBy({
    name: 'hexColour',
    validator: { validate: (value) => typeof value === 'string' && HEX_COLOUR.test(value) },
  })
  brandColour?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    format: 'uri',
    maxLength: MAX_HTTPS_URL_LENGTH,
    example: 'https://www.gov.kz/uploads/mci/logo-320x96.png',
    description:
      'An https:// image shown above every e-mail, 160 px wide at most and 64 px high at most ' +
      "(a landscape logo of 320 × 96 px looks sharp); the reader's mail client loads it from here. " +
      'Its alt text is the organisation’s name. null: no logo.',
  })
  @IsOptional()
  @IsHttpsUrl()
  logoUrl?: string | null;

  @ApiPropertyOptional({
    ...NULLABLE_EMAIL_FOOTER,
    description:
      'A short signature under every e-mail, per language (a language left out uses another), ' +
      'replacing the whole signature. null: none.',
  } as never)
  @IsOptional()
  @NestedObject(() => EmailFooterDto)
  emailFooter?: EmailFooterDto | null;
}
