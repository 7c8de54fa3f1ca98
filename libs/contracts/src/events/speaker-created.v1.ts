import { IsArray, IsIn, IsInt, IsISO8601, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { EVENT_TYPES } from '../event-types';
import { MayBeAbsent, Nested } from '../schema/contract-decorators';
import { eventSchemaOf } from '../schema/json-schema-of';

export class MultilingualTextV1 {
  @MayBeAbsent() @IsString() @MaxLength(500) kk?: string;
  @MayBeAbsent() @IsString() @MaxLength(500) ru?: string;
  @MayBeAbsent() @IsString() @MaxLength(500) en?: string;
}

/** A speaker profile was created. Public fields only: contact details never leave the speakers service. */
export class SpeakerCreatedV1 {
  @IsUUID() speakerId!: string;
  @IsInt() @Min(1) version!: number;
  @Nested(() => MultilingualTextV1) fullName!: MultilingualTextV1;
  @MayBeAbsent() @Nested(() => MultilingualTextV1) position?: MultilingualTextV1;
  @IsArray() @IsIn(['kk', 'ru', 'en'], { each: true }) languages!: ('kk' | 'ru' | 'en')[];
  @IsISO8601() occurredAt!: string;
}

export const speakerCreatedV1Schema = eventSchemaOf(
  SpeakerCreatedV1,
  EVENT_TYPES.speakerCreated,
  'A speaker profile was created. Key: speakerId. Public fields only.',
);

/** A speaker's public profile changed: the same public fields as `created`, after the change. */
export class SpeakerUpdatedV1 extends SpeakerCreatedV1 {}

export const speakerUpdatedV1Schema = eventSchemaOf(
  SpeakerUpdatedV1,
  EVENT_TYPES.speakerUpdated,
  "A speaker's public profile changed. Key: speakerId. Public fields only.",
);
