import { IsInt, IsISO8601, IsUUID, Min } from 'class-validator';
import { EVENT_TYPES } from '../event-types';
import { eventSchemaOf } from '../schema/json-schema-of';

/** A speaker profile was deleted; projections drop it. Key: speakerId. */
export class SpeakerDeletedV1 {
  @IsUUID() speakerId!: string;
  @IsInt() @Min(1) version!: number;
  @IsISO8601() occurredAt!: string;
}

export const speakerDeletedV1Schema = eventSchemaOf(
  SpeakerDeletedV1,
  EVENT_TYPES.speakerDeleted,
  'A speaker profile was deleted. Key: speakerId.',
);
