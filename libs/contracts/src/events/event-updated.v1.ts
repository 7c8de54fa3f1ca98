import { IsIn } from 'class-validator';
import { EventPublishedV1, eventPublishedV1Schema } from './event-published.v1';

export const EVENT_LIFECYCLE = ['published', 'cancelled', 'archived'] as const;

/** A published event changed (capacity, dates, windows…) or was cancelled or archived. Key: eventId. */
export class EventUpdatedV1 extends EventPublishedV1 {
  @IsIn(EVENT_LIFECYCLE) status!: (typeof EVENT_LIFECYCLE)[number];
}

export const eventUpdatedV1Schema = {
  ...eventPublishedV1Schema,
  $id: 'https://jiyn.kz/schemas/kz.jiyn.event.updated.v1.json',
  title: 'kz.jiyn.event.updated.v1',
  description:
    'A published event changed, or was cancelled or archived. Key: eventId. Carries the whole new state and its version.',
  required: [...eventPublishedV1Schema.required, 'status'],
  properties: { ...eventPublishedV1Schema.properties, status: { enum: [...EVENT_LIFECYCLE] } },
} as const;
