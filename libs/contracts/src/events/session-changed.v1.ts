import { Type } from 'class-transformer';
import {
  IsArray,
  IsDefined,
  IsIn,
  IsInt,
  IsObject,
  IsISO8601,
  IsOptional,
  IsUUID,
  Min,
  ValidateNested,
} from 'class-validator';
import { MultilingualTextV1 } from './speaker-created.v1';

export const SESSION_STATUSES = ['draft', 'confirmed', 'cancelled'] as const;
export const SESSION_KINDS = ['keynote', 'talk', 'panel', 'case-study', 'workshop', 'break'] as const;

/**
 * The state of a programme session after a change; one payload for session.created, .updated,
 * .scheduled (first placed in a room and slot), .moved (room or time changed) and .cancelled.
 * Key: sessionId. Programme content is public, so titles travel; nothing personal does.
 */
export class SessionChangedV1 {
  @IsUUID() sessionId!: string;
  @IsUUID() eventId!: string;
  @IsInt() @Min(1) version!: number;
  @IsDefined() @IsObject() @ValidateNested() @Type(() => MultilingualTextV1) title!: MultilingualTextV1;
  @IsIn(SESSION_KINDS) type!: (typeof SESSION_KINDS)[number];
  @IsIn(['kk', 'ru', 'en']) language!: 'kk' | 'ru' | 'en';
  @IsOptional() @IsUUID() trackId!: string | null;
  @IsOptional() @IsUUID() roomId!: string | null;
  @IsOptional() @IsISO8601() startsAt!: string | null;
  @IsOptional() @IsISO8601() endsAt!: string | null;
  @IsOptional() @IsInt() @Min(0) capacity!: number | null;
  @IsIn(SESSION_STATUSES) status!: (typeof SESSION_STATUSES)[number];
  @IsArray() @IsUUID('all', { each: true }) speakerIds!: string[];
  @IsISO8601() occurredAt!: string;
}

const nullable = (schema: object) => ({ anyOf: [schema, { type: 'null' }] });

export function sessionChangedV1Schema(type: string, description: string) {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://jiyn.kz/schemas/${type}.json`,
    title: type,
    description: `${description} Key: sessionId.`,
    type: 'object',
    additionalProperties: false,
    required: [
      'sessionId',
      'eventId',
      'version',
      'title',
      'type',
      'language',
      'status',
      'speakerIds',
      'occurredAt',
    ],
    properties: {
      sessionId: { type: 'string', format: 'uuid' },
      eventId: { type: 'string', format: 'uuid' },
      version: { type: 'integer', minimum: 1 },
      title: {
        type: 'object',
        additionalProperties: false,
        properties: { kk: { type: 'string' }, ru: { type: 'string' }, en: { type: 'string' } },
      },
      type: { enum: [...SESSION_KINDS] },
      language: { enum: ['kk', 'ru', 'en'] },
      trackId: nullable({ type: 'string', format: 'uuid' }),
      roomId: nullable({ type: 'string', format: 'uuid' }),
      startsAt: nullable({ type: 'string', format: 'date-time' }),
      endsAt: nullable({ type: 'string', format: 'date-time' }),
      capacity: nullable({ type: 'integer', minimum: 0 }),
      status: { enum: [...SESSION_STATUSES] },
      speakerIds: { type: 'array', items: { type: 'string', format: 'uuid' } },
      occurredAt: { type: 'string', format: 'date-time' },
    },
  } as const;
}
