import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { ROLES, SCOPES, type Role, type Scope } from '@jiyn/auth';
import type { Multilingual } from '@jiyn/kz';
import { MultilingualTextDto } from '@jiyn/problems';

/** What a browser keeps of its sign-in besides the cookie: the CSRF token and when the session ends. */
@ApiSchema({ name: 'SignInSession' })
export class SignInSessionResponse {
  @ApiProperty({ description: 'Send it in the X-CSRF-Token header with every write made with the cookie' })
  csrfToken!: string;

  @ApiProperty({ format: 'date-time', description: 'The session ends then, however active it is' })
  expiresAt!: string;

  @ApiProperty({ format: 'date-time', description: 'The session ends then unless it is used before' })
  idleExpiresAt!: string;
}

@ApiSchema({ name: 'SignedOutEverywhere' })
export class SignedOutEverywhereResponse {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'How many sessions of the person were ended' })
  sessionsEnded!: number;
}

@ApiSchema({ name: 'SignedInPerson' })
export class SignedInPerson {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'email', example: 'aigerim@mci.gov.kz' })
  email!: string;

  @ApiProperty({ example: 'Айгерім Серікқызы' })
  displayName!: string;

  @ApiProperty({ enum: ['kk', 'ru', 'en'], enumName: 'AccessLanguage' })
  preferredLanguage!: string;

  @ApiProperty()
  totpEnabled!: boolean;
}

@ApiSchema({ name: 'SignedInRole' })
export class SignedInRole {
  @ApiProperty({ enum: ROLES, enumName: 'AccessRole' })
  role!: Role;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The event the role is limited to; null: the whole organisation',
  })
  eventId!: string | null;

  @ApiProperty()
  personalData!: boolean;
}

@ApiSchema({ name: 'SignedInOrganisation' })
export class SignedInOrganisation {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'mci' })
  slug!: string;

  @ApiProperty({ type: MultilingualTextDto })
  name!: Multilingual;

  @ApiProperty({ type: SignedInRole, isArray: true })
  roles!: SignedInRole[];
}

/** Scopes the caller holds on one organisation or (partner access) one event. */
@ApiSchema({ name: 'AccessGrant' })
export class AccessGrant {
  @ApiPropertyOptional({ format: 'uuid', description: 'Present for a grant on a whole organisation' })
  organisationId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Present for a grant on one event' })
  eventId?: string;

  @ApiProperty({ enum: SCOPES, enumName: 'AccessScope', isArray: true })
  scopes!: Scope[];
}

/** The signed-in person, where they belong and what they may do in the organisation they act for. */
@ApiSchema({ name: 'SignedInMe' })
export class MeResponse extends SignInSessionResponse {
  @ApiProperty({ type: SignedInPerson })
  person!: SignedInPerson;

  @ApiProperty({ example: 'person:5b7c1f0e-2f7a-4b8e-9a51-0c3d2e1f4a6b' })
  principalId!: string;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The organisation acted for (X-Jiyn-Organisation header to choose); null with none',
  })
  organisationId!: string | null;

  @ApiProperty({ type: SignedInOrganisation, isArray: true })
  organisations!: SignedInOrganisation[];

  @ApiProperty({ enum: SCOPES, enumName: 'AccessScope', isArray: true })
  scopes!: Scope[];

  @ApiProperty({ type: AccessGrant, isArray: true })
  grants!: AccessGrant[];
}

@ApiSchema({ name: 'TotpEnrolment' })
export class TotpEnrolmentResponse {
  @ApiProperty({ description: 'The base32 secret, for typing into an authenticator app' })
  secret!: string;

  @ApiProperty({
    format: 'uri',
    example: 'otpauth://totp/Jiyn:aigerim%40mci.gov.kz?secret=JBSWY3DPEHPK3PXP&issuer=Jiyn',
  })
  otpauthUri!: string;
}

@ApiSchema({ name: 'TotpRecoveryCodes' })
export class TotpRecoveryCodesResponse {
  @ApiProperty({
    type: String,
    isArray: true,
    example: ['1a2b-3c4d-5e6f-7a8b-9c0d'],
    description: 'Each signs in once instead of a code; shown in this answer only',
  })
  recoveryCodes!: string[];
}
