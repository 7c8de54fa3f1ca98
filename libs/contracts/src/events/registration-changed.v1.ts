import { IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, Min } from 'class-validator';
import { IsCalendarDate, SchemaNote } from '../schema/contract-decorators';
import { eventSchemaOf } from '../schema/json-schema-of';
import { AGE_BANDS, REGISTRATION_CHANNELS, REGISTRATION_STATUSES } from './registration-created.v1';

/**
 * The state of a registration after one change; one payload for every registration.* type after
 * `created` (confirmed, waitlisted, offered, offer-expired, promoted, approved, rejected, cancelled,
 * checked-in, check-in-reverted, updated, anonymised, session sign-up and its cancellation).
 * Key: registrationId; `version` grows with every change, so projections drop stale copies.
 * Like `created`, it carries ids, codes and a pseudonymous key — never name, IIN, e-mail or phone,
 * and no free text (a rejection reason stays in the service).
 */
export class RegistrationChangedV1 {
  @IsUUID() registrationId!: string;
  @IsUUID() eventId!: string;
  @IsInt() @Min(1) version!: number;
  @IsIn(REGISTRATION_STATUSES) status!: (typeof REGISTRATION_STATUSES)[number];
  @IsOptional() @IsIn(REGISTRATION_STATUSES) previousStatus?: (typeof REGISTRATION_STATUSES)[number] | null;
  @IsOptional() @Matches(/^KZ-\d{2}$/) regionCode?: string | null;
  @IsOptional() @IsIn(['male', 'female']) sex?: 'male' | 'female' | null;
  @IsOptional() @IsIn(AGE_BANDS) ageBand?: (typeof AGE_BANDS)[number] | null;
  @IsIn(REGISTRATION_CHANNELS) channel!: (typeof REGISTRATION_CHANNELS)[number];
  @IsOptional()
  @IsString()
  @Matches(/^[0-9a-f]{64}$/)
  @SchemaNote({ description: 'HMAC-SHA256 of the IIN or e-mail with a service secret; null once anonymised' })
  participantKey?: string | null;
  /** Set on `offered`: when the offer lapses and passes to the next in line. */
  @IsOptional() @IsISO8601() @SchemaNote({ nullAsAnyOf: true }) offerExpiresAt?: string | null;
  /** Set on check-in events: the event day (local date in the event's zone). */
  @IsOptional() @IsCalendarDate() @SchemaNote({ nullAsAnyOf: true }) checkInDay?: string | null;
  /** Set on session sign-up and session check-in events. */
  @IsOptional() @IsUUID() @SchemaNote({ nullAsAnyOf: true }) sessionId?: string | null;
  @IsISO8601() occurredAt!: string;
}

export function registrationChangedV1Schema(type: string, description: string) {
  return eventSchemaOf(
    RegistrationChangedV1,
    type,
    `${description} Key: registrationId. No name, IIN, e-mail or phone, ever.`,
  );
}
