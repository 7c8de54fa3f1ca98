import { IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, Min } from 'class-validator';
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
  /** Null once the registration is anonymised. */
  @IsOptional() @IsString() @Matches(/^[0-9a-f]{64}$/) participantKey?: string | null;
  /** Set on `offered`: when the offer lapses and passes to the next in line. */
  @IsOptional() @IsISO8601() offerExpiresAt?: string | null;
  /** Set on check-in events: the event day (local date in the event's zone). */
  @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/) checkInDay?: string | null;
  /** Set on session sign-up and session check-in events. */
  @IsOptional() @IsUUID() sessionId?: string | null;
  @IsISO8601() occurredAt!: string;
}

const nullable = (schema: object) => ({ anyOf: [schema, { type: 'null' }] });

export function registrationChangedV1Schema(type: string, description: string) {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://jiyn.kz/schemas/${type}.json`,
    title: type,
    description: `${description} Key: registrationId. No name, IIN, e-mail or phone, ever.`,
    type: 'object',
    additionalProperties: false,
    required: ['registrationId', 'eventId', 'version', 'status', 'channel', 'occurredAt'],
    properties: {
      registrationId: { type: 'string', format: 'uuid' },
      eventId: { type: 'string', format: 'uuid' },
      version: { type: 'integer', minimum: 1 },
      status: { enum: [...REGISTRATION_STATUSES] },
      previousStatus: { enum: [...REGISTRATION_STATUSES, null] },
      regionCode: { type: ['string', 'null'], pattern: '^KZ-\\d{2}$' },
      sex: { enum: ['male', 'female', null] },
      ageBand: { enum: [...AGE_BANDS, null] },
      channel: { enum: [...REGISTRATION_CHANNELS] },
      participantKey: {
        type: ['string', 'null'],
        pattern: '^[0-9a-f]{64}$',
        description: 'HMAC-SHA256 of the IIN or e-mail with a service secret; null once anonymised',
      },
      offerExpiresAt: nullable({ type: 'string', format: 'date-time' }),
      checkInDay: nullable({ type: 'string', format: 'date' }),
      sessionId: nullable({ type: 'string', format: 'uuid' }),
      occurredAt: { type: 'string', format: 'date-time' },
    },
  } as const;
}
