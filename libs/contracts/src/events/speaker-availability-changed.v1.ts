import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDefined,
  IsInt,
  IsObject,
  IsISO8601,
  IsUUID,
  Min,
  ValidateNested,
} from 'class-validator';

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
  @IsDefined()
  @IsArray()
  @ArrayMaxSize(100)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => AvailabilityRangeV1)
  ranges!: AvailabilityRangeV1[];
  @IsISO8601() occurredAt!: string;
}

export const speakerAvailabilityChangedV1Schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://jiyn.kz/schemas/kz.jiyn.speaker.availability.changed.v1.json',
  title: 'kz.jiyn.speaker.availability.changed.v1',
  description:
    "A speaker's availability for one event was entered or changed: all its ranges after the change (UTC, sorted, " +
    'non-overlapping), replacing the previous ones; an empty list clears it. version increases with each change ' +
    'for the speaker and event. Key: speakerId.',
  type: 'object',
  additionalProperties: false,
  required: ['speakerId', 'eventId', 'version', 'ranges', 'occurredAt'],
  properties: {
    speakerId: { type: 'string', format: 'uuid' },
    eventId: { type: 'string', format: 'uuid' },
    version: { type: 'integer', minimum: 1 },
    ranges: {
      type: 'array',
      maxItems: 100,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['startsAt', 'endsAt'],
        properties: {
          startsAt: { type: 'string', format: 'date-time' },
          endsAt: { type: 'string', format: 'date-time' },
        },
      },
    },
    occurredAt: { type: 'string', format: 'date-time' },
  },
} as const;
