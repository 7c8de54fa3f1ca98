import { Type } from 'class-transformer';
import {
  IsArray,
  IsDefined,
  IsIn,
  IsInt,
  IsObject,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

export class MultilingualTextV1 {
  @IsOptional() @IsString() @MaxLength(500) kk?: string;
  @IsOptional() @IsString() @MaxLength(500) ru?: string;
  @IsOptional() @IsString() @MaxLength(500) en?: string;
}

/** A speaker profile was created. Public fields only: contact details never leave the speakers service. */
export class SpeakerCreatedV1 {
  @IsUUID() speakerId!: string;
  @IsInt() @Min(1) version!: number;
  // Required, as in the schema: ValidateNested alone lets a missing value (and an array) through.
  @IsDefined() @IsObject() @ValidateNested() @Type(() => MultilingualTextV1) fullName!: MultilingualTextV1;
  @IsOptional() @IsObject() @ValidateNested() @Type(() => MultilingualTextV1) position?: MultilingualTextV1;
  @IsArray() @IsIn(['kk', 'ru', 'en'], { each: true }) languages!: ('kk' | 'ru' | 'en')[];
  @IsISO8601() occurredAt!: string;
}

const multilingual = {
  type: 'object',
  additionalProperties: false,
  properties: {
    kk: { type: 'string', maxLength: 500 },
    ru: { type: 'string', maxLength: 500 },
    en: { type: 'string', maxLength: 500 },
  },
} as const;

export const speakerCreatedV1Schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://jiyn.kz/schemas/kz.jiyn.speaker.created.v1.json',
  title: 'kz.jiyn.speaker.created.v1',
  description: 'A speaker profile was created. Key: speakerId. Public fields only.',
  type: 'object',
  additionalProperties: false,
  required: ['speakerId', 'version', 'fullName', 'languages', 'occurredAt'],
  properties: {
    speakerId: { type: 'string', format: 'uuid' },
    version: { type: 'integer', minimum: 1 },
    fullName: multilingual,
    position: multilingual,
    languages: { type: 'array', items: { enum: ['kk', 'ru', 'en'] } },
    occurredAt: { type: 'string', format: 'date-time' },
  },
} as const;

/** A speaker's public profile changed: the same public fields as `created`, after the change. */
export class SpeakerUpdatedV1 extends SpeakerCreatedV1 {}

export const speakerUpdatedV1Schema = {
  ...speakerCreatedV1Schema,
  $id: 'https://jiyn.kz/schemas/kz.jiyn.speaker.updated.v1.json',
  title: 'kz.jiyn.speaker.updated.v1',
  description: "A speaker's public profile changed. Key: speakerId. Public fields only.",
} as const;
