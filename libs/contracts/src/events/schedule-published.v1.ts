import { IsArray, IsInt, IsISO8601, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { EVENT_TYPES } from '../event-types';
import { MayBeNull, Nested, SchemaNote } from '../schema/contract-decorators';
import { eventSchemaOf } from '../schema/json-schema-of';

const nullAsAnyOf = () => SchemaNote({ nullAsAnyOf: true });

/** Where a session was; all three null while it is unscheduled. */
export class SlotV1 {
  @MayBeNull() @IsUUID() @nullAsAnyOf() roomId!: string | null;
  @MayBeNull() @IsISO8601() @nullAsAnyOf() startsAt!: string | null;
  @MayBeNull() @IsISO8601() @nullAsAnyOf() endsAt!: string | null;
}

export class SessionMoveV1 {
  @IsUUID() sessionId!: string;
  @Nested(() => SlotV1) from!: SlotV1;
  @Nested(() => SlotV1) to!: SlotV1;
}

export class ScheduleChangesV1 {
  @IsArray() @IsUUID('all', { each: true }) added!: string[];
  @IsArray() @Nested(() => SessionMoveV1, { each: true }) moved!: SessionMoveV1[];
  @IsArray() @IsUUID('all', { each: true }) changed!: string[];
  @IsArray() @IsUUID('all', { each: true }) cancelled!: string[];
}

/**
 * A schedule version was published: an immutable, named snapshot with what changed since the
 * previous one, so registrations can tell signed-up participants and speakers update agendas. Key: eventId.
 */
export class SchedulePublishedV1 {
  @IsUUID() eventId!: string;
  /** The schedule version number (1, 2, …); also the ordering version of this stream. */
  @IsInt() @Min(1) version!: number;
  @IsString() @MaxLength(100) name!: string;
  @Nested(() => ScheduleChangesV1) changes!: ScheduleChangesV1;
  @IsISO8601() publishedAt!: string;
}

export const schedulePublishedV1Schema = eventSchemaOf(
  SchedulePublishedV1,
  EVENT_TYPES.schedulePublished,
  'A schedule version was published with its changelog against the previous one. Key: eventId.',
);
