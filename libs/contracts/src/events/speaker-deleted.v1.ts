import { IsInt, IsISO8601, IsUUID, Min } from 'class-validator';

/** A speaker profile was deleted; projections drop it. Key: speakerId. */
export class SpeakerDeletedV1 {
  @IsUUID() speakerId!: string;
  @IsInt() @Min(1) version!: number;
  @IsISO8601() occurredAt!: string;
}

export const speakerDeletedV1Schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://jiyn.kz/schemas/kz.jiyn.speaker.deleted.v1.json',
  title: 'kz.jiyn.speaker.deleted.v1',
  description: 'A speaker profile was deleted. Key: speakerId.',
  type: 'object',
  additionalProperties: false,
  required: ['speakerId', 'version', 'occurredAt'],
  properties: {
    speakerId: { type: 'string', format: 'uuid' },
    version: { type: 'integer', minimum: 1 },
    occurredAt: { type: 'string', format: 'date-time' },
  },
} as const;
