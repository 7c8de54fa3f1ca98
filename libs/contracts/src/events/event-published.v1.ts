import {
  IsBoolean,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';
import { EVENT_TYPES } from '../event-types';
import { MayBeAbsent, Nested, SchemaNote } from '../schema/contract-decorators';
import { eventSchemaOf } from '../schema/json-schema-of';

/** An event's title per language, as long as the sessions service lets it be (2,000 characters). */
export class EventTitleV1 {
  @MayBeAbsent() @IsString() @MaxLength(2000) kk?: string;
  @MayBeAbsent() @IsString() @MaxLength(2000) ru?: string;
  @MayBeAbsent() @IsString() @MaxLength(2000) en?: string;
}

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
  /**
   * Public programme content, for what others show of the event (a seat offer's page, e-mail).
   * Absent in messages sent before events carried it.
   */
  @MayBeAbsent()
  @Nested(() => EventTitleV1)
  @SchemaNote({ description: 'The event’s title per language; absent in older messages' })
  title?: EventTitleV1;
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
