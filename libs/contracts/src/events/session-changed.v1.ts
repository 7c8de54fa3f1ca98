import { IsArray, IsIn, IsInt, IsISO8601, IsOptional, IsUUID, Min } from 'class-validator';
import { Nested, SchemaNote } from '../schema/contract-decorators';
import { eventSchemaOf } from '../schema/json-schema-of';
import { MultilingualTextV1 } from './speaker-created.v1';

export const SESSION_STATUSES = ['draft', 'confirmed', 'cancelled'] as const;
export const SESSION_KINDS = ['keynote', 'talk', 'panel', 'case-study', 'workshop', 'break'] as const;

const nullAsAnyOf = () => SchemaNote({ nullAsAnyOf: true });

/**
 * The state of a programme session after a change; one payload for session.created, .updated,
 * .scheduled (first placed in a room and slot), .moved (room or time changed) and .cancelled.
 * Key: sessionId. Programme content is public, so titles travel; nothing personal does.
 */
export class SessionChangedV1 {
  @IsUUID() sessionId!: string;
  @IsUUID() eventId!: string;
  @IsInt() @Min(1) version!: number;
  @Nested(() => MultilingualTextV1) title!: MultilingualTextV1;
  @IsIn(SESSION_KINDS) type!: (typeof SESSION_KINDS)[number];
  @IsIn(['kk', 'ru', 'en']) language!: 'kk' | 'ru' | 'en';
  @IsOptional() @IsUUID() @nullAsAnyOf() trackId!: string | null;
  @IsOptional() @IsUUID() @nullAsAnyOf() roomId!: string | null;
  @IsOptional() @IsISO8601() @nullAsAnyOf() startsAt!: string | null;
  @IsOptional() @IsISO8601() @nullAsAnyOf() endsAt!: string | null;
  @IsOptional() @IsInt() @Min(0) @nullAsAnyOf() capacity!: number | null;
  @IsIn(SESSION_STATUSES) status!: (typeof SESSION_STATUSES)[number];
  @IsArray() @IsUUID('all', { each: true }) speakerIds!: string[];
  @IsISO8601() occurredAt!: string;
}

export function sessionChangedV1Schema(type: string, description: string) {
  return eventSchemaOf(SessionChangedV1, type, `${description} Key: sessionId.`);
}
