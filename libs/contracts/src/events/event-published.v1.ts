import { IsBoolean, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, Min } from 'class-validator';
import { EVENT_TYPES } from '../event-types';
import { SchemaNote } from '../schema/contract-decorators';
import { eventSchemaOf } from '../schema/json-schema-of';

/** The sessions service published an event (a gathering); others learn its capacity and windows. */
export class EventPublishedV1 {
  @IsUUID() eventId!: string;
  /**
   * The organisation that owns the event: projections keep it so every service can check access.
   * Absent only in messages sent before organisations owned events.
   */
  @IsOptional()
  @IsUUID()
  @SchemaNote({ description: 'Owning organisation (an id, not personal data); absent in older messages' })
  organisationId?: string;
  /** Aggregate version: projections ignore anything not newer than what they hold. */
  @IsInt() @Min(1) version!: number;
  @IsString() @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/) slug!: string;
  @IsString() @SchemaNote({ description: 'IANA time zone, e.g. Asia/Almaty' }) timeZone!: string;
  @IsISO8601() startsAt!: string;
  @IsISO8601() endsAt!: string;
  @IsInt() @Min(0) capacity!: number;
  @IsOptional() @IsISO8601() registrationOpensAt?: string | null;
  @IsOptional() @IsISO8601() registrationClosesAt?: string | null;
  @IsOptional()
  @IsISO8601()
  @SchemaNote({
    description: 'Until when participants may cancel their own registration; null: no deadline set',
  })
  cancellationDeadline?: string | null;
  @IsBoolean() requiresApproval!: boolean;
  @IsBoolean() waitlistEnabled!: boolean;
  @IsISO8601() publishedAt!: string;
}

export const eventPublishedV1Schema = eventSchemaOf(
  EventPublishedV1,
  EVENT_TYPES.eventPublished,
  'An event (gathering) was published by the sessions service. Key: eventId.',
);
