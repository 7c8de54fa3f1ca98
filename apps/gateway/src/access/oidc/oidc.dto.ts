import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsFQDN,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  MaxLength,
} from 'class-validator';
import type { FieldProblem } from '@jiyn/problems';

export class OidcSettingsDto {
  @ApiProperty({
    format: 'uri',
    maxLength: 500,
    example: 'https://login.undp.org',
    description: 'The provider’s issuer (its discovery document lives below it)',
  })
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['https', 'http'] })
  @MaxLength(500)
  issuer!: string;

  @ApiProperty({ minLength: 1, maxLength: 200 })
  @IsString()
  @Length(1, 200)
  clientId!: string;

  @ApiPropertyOptional({
    minLength: 1,
    maxLength: 500,
    description: 'Kept encrypted; never answered. Leave out to keep the current one.',
  })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  clientSecret?: string;

  @ApiProperty({
    type: 'array',
    items: {
      type: 'string',
      maxLength: 253,
      // A domain name whose last label starts with a letter (a numeric one is refused): what @IsFQDN takes.
      pattern: '^([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$',
    },
    maxItems: 20,
    example: ['undp.org'],
    description: 'Only e-mails of these domains link to existing members; empty: any',
  })
  @IsArray()
  @ArrayMaxSize(20)
  @IsFQDN({ require_tld: false }, { each: true })
  allowedEmailDomains!: string[];
}

@ApiSchema({ name: 'OrganisationOidcSettings' })
/** The provider settings as answered: never the client secret. */
export class OidcView {
  @ApiProperty({ format: 'uri', example: 'https://login.undp.org' })
  issuer!: string;

  @ApiProperty()
  clientId!: string;

  @ApiProperty({ enum: [true], description: 'The client secret is kept, encrypted; it is never answered' })
  clientSecretSet!: true;

  @ApiProperty({ type: String, isArray: true, example: ['undp.org'] })
  allowedEmailDomains!: string[];

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Provider traffic carries client secrets and tokens: https, except a provider on this very machine. */
export function issuerProblems(issuer: string): FieldProblem[] {
  const url = new URL(issuer);
  return url.protocol === 'https:' || LOOPBACK.has(url.hostname)
    ? []
    : [{ field: 'issuer', code: 'insecureIssuer' }];
}

export function isLoopbackIssuer(issuer: string): boolean {
  return LOOPBACK.has(new URL(issuer).hostname);
}
