import { IsIn } from 'class-validator';
import { EVENT_TYPES } from '../event-types';
import { eventSchemaOf } from '../schema/json-schema-of';
import { EventPublishedV1 } from './event-published.v1';

export const EVENT_LIFECYCLE = ['published', 'cancelled', 'archived'] as const;

/** A published event changed (capacity, dates, windows…) or was cancelled or archived. Key: eventId. */
export class EventUpdatedV1 extends EventPublishedV1 {
  @IsIn(EVENT_LIFECYCLE) status!: (typeof EVENT_LIFECYCLE)[number];
}

export const eventUpdatedV1Schema = eventSchemaOf(
  EventUpdatedV1,
  EVENT_TYPES.eventUpdated,
  'A published event changed, or was cancelled or archived. Key: eventId. Carries the whole new state and its version.',
);
