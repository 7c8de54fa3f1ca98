import { Type } from 'class-transformer';
import {
  IsArray,
  IsDefined,
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

export class SlotV1 {
  @IsOptional() @IsUUID() roomId!: string | null;
  @IsOptional() @IsISO8601() startsAt!: string | null;
  @IsOptional() @IsISO8601() endsAt!: string | null;
}

export class SessionMoveV1 {
  @IsUUID() sessionId!: string;
  @IsDefined() @IsObject() @ValidateNested() @Type(() => SlotV1) from!: SlotV1;
  @IsDefined() @IsObject() @ValidateNested() @Type(() => SlotV1) to!: SlotV1;
}

export class ScheduleChangesV1 {
  @IsArray() @IsUUID('all', { each: true }) added!: string[];
  @IsArray()
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => SessionMoveV1)
  moved!: SessionMoveV1[];
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
  @IsDefined() @IsObject() @ValidateNested() @Type(() => ScheduleChangesV1) changes!: ScheduleChangesV1;
  @IsISO8601() publishedAt!: string;
}

const uuidList = { type: 'array', items: { type: 'string', format: 'uuid' } } as const;
const slot = {
  type: 'object',
  additionalProperties: false,
  required: ['roomId', 'startsAt', 'endsAt'],
  properties: {
    roomId: { anyOf: [{ type: 'string', format: 'uuid' }, { type: 'null' }] },
    startsAt: { anyOf: [{ type: 'string', format: 'date-time' }, { type: 'null' }] },
    endsAt: { anyOf: [{ type: 'string', format: 'date-time' }, { type: 'null' }] },
  },
} as const;

export const schedulePublishedV1Schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://jiyn.kz/schemas/kz.jiyn.schedule.published.v1.json',
  title: 'kz.jiyn.schedule.published.v1',
  description: 'A schedule version was published with its changelog against the previous one. Key: eventId.',
  type: 'object',
  additionalProperties: false,
  required: ['eventId', 'version', 'name', 'changes', 'publishedAt'],
  properties: {
    eventId: { type: 'string', format: 'uuid' },
    version: { type: 'integer', minimum: 1 },
    name: { type: 'string', maxLength: 100 },
    changes: {
      type: 'object',
      additionalProperties: false,
      required: ['added', 'moved', 'changed', 'cancelled'],
      properties: {
        added: uuidList,
        moved: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['sessionId', 'from', 'to'],
            properties: { sessionId: { type: 'string', format: 'uuid' }, from: slot, to: slot },
          },
        },
        changed: uuidList,
        cancelled: uuidList,
      },
    },
    publishedAt: { type: 'string', format: 'date-time' },
  },
} as const;
