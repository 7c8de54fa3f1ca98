import { IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, Min } from 'class-validator';
import { EVENT_TYPES } from '../event-types';
import { SchemaNote } from '../schema/contract-decorators';
import { eventSchemaOf } from '../schema/json-schema-of';

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
  @IsString()
  @Matches(/^[0-9a-f]{64}$/)
  @SchemaNote({ description: 'HMAC-SHA256 of the IIN or e-mail with a service secret' })
  participantKey!: string;
  @IsISO8601() occurredAt!: string;
}

export const registrationCreatedV1Schema = eventSchemaOf(
  RegistrationCreatedV1,
  EVENT_TYPES.registrationCreated,
  'A registration was created. Key: registrationId. No name, IIN, e-mail or phone, ever.',
);
