import { ArrayMaxSize, IsArray, IsInt, IsISO8601, IsUUID, Min } from 'class-validator';
import { EVENT_TYPES } from '../event-types';
import { Nested } from '../schema/contract-decorators';
import { eventSchemaOf } from '../schema/json-schema-of';

/** One time range, in UTC, during which a speaker is available; the end is after the start. */
export class AvailabilityRangeV1 {
  @IsISO8601() startsAt!: string;
  @IsISO8601() endsAt!: string;
}

/**
 * A speaker's availability for one event was entered or changed: the complete set of ranges after
 * the change (it replaces the previous one), sorted, non-overlapping, within the event's days.
 * `version` counts the changes for this speaker and event, so projections keep only the newest.
 * An empty list means the availability was cleared: nothing is known about it any more.
 * Key: speakerId. Ids and times only: nothing personal travels.
 */
export class SpeakerAvailabilityChangedV1 {
  @IsUUID() speakerId!: string;
  @IsUUID() eventId!: string;
  @IsInt() @Min(1) version!: number;
  @IsArray()
  @ArrayMaxSize(100)
  @Nested(() => AvailabilityRangeV1, { each: true })
  ranges!: AvailabilityRangeV1[];
  @IsISO8601() occurredAt!: string;
}

export const speakerAvailabilityChangedV1Schema = eventSchemaOf(
  SpeakerAvailabilityChangedV1,
  EVENT_TYPES.speakerAvailabilityChanged,
  "A speaker's availability for one event was entered or changed: all its ranges after the change (UTC, sorted, " +
    'non-overlapping), replacing the previous ones; an empty list clears it. version increases with each change ' +
    'for the speaker and event. Key: speakerId.',
);
