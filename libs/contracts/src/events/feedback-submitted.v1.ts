import { IsInt, IsISO8601, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { EVENT_TYPES } from '../event-types';
import { eventSchemaOf } from '../schema/json-schema-of';

/** Feedback was submitted. Free-text comments stay in the feedback service. */
export class FeedbackSubmittedV1 {
  @IsUUID() feedbackId!: string;
  @IsUUID() eventId!: string;
  @IsOptional() @IsUUID() sessionId?: string | null;
  @IsInt() @Min(1) version!: number;
  @IsInt() @Min(1) @Max(5) rating!: number;
  @IsISO8601() occurredAt!: string;
}

export const feedbackSubmittedV1Schema = eventSchemaOf(
  FeedbackSubmittedV1,
  EVENT_TYPES.feedbackSubmitted,
  'Feedback was submitted for an event or one of its sessions. Key: feedbackId.',
);
