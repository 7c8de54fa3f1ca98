import { IsBoolean, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, Min } from 'class-validator';

/** The sessions service published an event (a gathering); others learn its capacity and windows. */
export class EventPublishedV1 {
  @IsUUID() eventId!: string;
  /** Aggregate version: projections ignore anything not newer than what they hold. */
  @IsInt() @Min(1) version!: number;
  @IsString() @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/) slug!: string;
  @IsString() timeZone!: string;
  @IsISO8601() startsAt!: string;
  @IsISO8601() endsAt!: string;
  @IsInt() @Min(0) capacity!: number;
  @IsOptional() @IsISO8601() registrationOpensAt?: string | null;
  @IsOptional() @IsISO8601() registrationClosesAt?: string | null;
  /** Until when participants may cancel their own registration; null or absent: no deadline set. */
  @IsOptional() @IsISO8601() cancellationDeadline?: string | null;
  @IsBoolean() requiresApproval!: boolean;
  @IsBoolean() waitlistEnabled!: boolean;
  @IsISO8601() publishedAt!: string;
}

export const eventPublishedV1Schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://jiyn.kz/schemas/kz.jiyn.event.published.v1.json',
  title: 'kz.jiyn.event.published.v1',
  description: 'An event (gathering) was published by the sessions service. Key: eventId.',
  type: 'object',
  additionalProperties: false,
  required: [
    'eventId',
    'version',
    'slug',
    'timeZone',
    'startsAt',
    'endsAt',
    'capacity',
    'requiresApproval',
    'waitlistEnabled',
    'publishedAt',
  ],
  properties: {
    eventId: { type: 'string', format: 'uuid' },
    version: { type: 'integer', minimum: 1 },
    slug: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
    timeZone: { type: 'string', description: 'IANA time zone, e.g. Asia/Almaty' },
    startsAt: { type: 'string', format: 'date-time' },
    endsAt: { type: 'string', format: 'date-time' },
    capacity: { type: 'integer', minimum: 0 },
    registrationOpensAt: { type: ['string', 'null'], format: 'date-time' },
    registrationClosesAt: { type: ['string', 'null'], format: 'date-time' },
    cancellationDeadline: {
      type: ['string', 'null'],
      format: 'date-time',
      description: 'Until when participants may cancel their own registration; null: no deadline set',
    },
    requiresApproval: { type: 'boolean' },
    waitlistEnabled: { type: 'boolean' },
    publishedAt: { type: 'string', format: 'date-time' },
  },
} as const;
