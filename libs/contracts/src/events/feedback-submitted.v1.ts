import { IsInt, IsISO8601, IsOptional, IsUUID, Max, Min } from 'class-validator';

/** Feedback was submitted. Free-text comments stay in the feedback service. */
export class FeedbackSubmittedV1 {
  @IsUUID() feedbackId!: string;
  @IsUUID() eventId!: string;
  @IsOptional() @IsUUID() sessionId?: string | null;
  @IsInt() @Min(1) version!: number;
  @IsInt() @Min(1) @Max(5) rating!: number;
  @IsISO8601() occurredAt!: string;
}

export const feedbackSubmittedV1Schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://jiyn.kz/schemas/kz.jiyn.feedback.submitted.v1.json',
  title: 'kz.jiyn.feedback.submitted.v1',
  description: 'Feedback was submitted for an event or one of its sessions. Key: feedbackId.',
  type: 'object',
  additionalProperties: false,
  required: ['feedbackId', 'eventId', 'version', 'rating', 'occurredAt'],
  properties: {
    feedbackId: { type: 'string', format: 'uuid' },
    eventId: { type: 'string', format: 'uuid' },
    sessionId: { type: ['string', 'null'], format: 'uuid' },
    version: { type: 'integer', minimum: 1 },
    rating: { type: 'integer', minimum: 1, maximum: 5 },
    occurredAt: { type: 'string', format: 'date-time' },
  },
} as const;
