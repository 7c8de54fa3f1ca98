import { IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, Min } from 'class-validator';

export const REGISTRATION_STATUSES = [
  'pending',
  'confirmed',
  'waitlisted',
  'offered',
  'cancelled',
  'rejected',
] as const;
export const REGISTRATION_CHANNELS = ['self', 'import', 'api', 'admin'] as const;
export const AGE_BANDS = ['<18', '18-24', '25-34', '35-44', '45-54', '55-64', '65+'] as const;

/**
 * A registration was created. Carries no personal data: the participant appears only as a
 * pseudonymous key (keyed hash), with region, sex and age band for analytics.
 */
export class RegistrationCreatedV1 {
  @IsUUID() registrationId!: string;
  @IsUUID() eventId!: string;
  @IsInt() @Min(1) version!: number;
  @IsIn(REGISTRATION_STATUSES) status!: (typeof REGISTRATION_STATUSES)[number];
  @IsOptional() @Matches(/^KZ-\d{2}$/) regionCode?: string | null;
  @IsOptional() @IsIn(['male', 'female']) sex?: 'male' | 'female' | null;
  @IsOptional() @IsIn(AGE_BANDS) ageBand?: (typeof AGE_BANDS)[number] | null;
  @IsIn(REGISTRATION_CHANNELS) channel!: (typeof REGISTRATION_CHANNELS)[number];
  @IsString() @Matches(/^[0-9a-f]{64}$/) participantKey!: string;
  @IsISO8601() occurredAt!: string;
}

export const registrationCreatedV1Schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://jiyn.kz/schemas/kz.jiyn.registration.created.v1.json',
  title: 'kz.jiyn.registration.created.v1',
  description: 'A registration was created. Key: registrationId. No name, IIN, e-mail or phone, ever.',
  type: 'object',
  additionalProperties: false,
  required: ['registrationId', 'eventId', 'version', 'status', 'channel', 'participantKey', 'occurredAt'],
  properties: {
    registrationId: { type: 'string', format: 'uuid' },
    eventId: { type: 'string', format: 'uuid' },
    version: { type: 'integer', minimum: 1 },
    status: { enum: [...REGISTRATION_STATUSES] },
    regionCode: { type: ['string', 'null'], pattern: '^KZ-\\d{2}$' },
    sex: { enum: ['male', 'female', null] },
    ageBand: { enum: [...AGE_BANDS, null] },
    channel: { enum: [...REGISTRATION_CHANNELS] },
    participantKey: {
      type: 'string',
      pattern: '^[0-9a-f]{64}$',
      description: 'HMAC-SHA256 of the IIN or e-mail with a service secret',
    },
    occurredAt: { type: 'string', format: 'date-time' },
  },
} as const;
