import { randomUUID } from 'node:crypto';
import type { EventPublishedV1 } from '@jiyn/contracts';

/**
 * An `event.published` payload as the sessions service would announce it: a fresh id and slug, version 2,
 * three days in 2030 in Asia/Almaty, 10 seats, a waitlist, no approval and no registration window.
 */
export function anEventPublished(overrides: Partial<EventPublishedV1> = {}): EventPublishedV1 {
  return {
    eventId: randomUUID(),
    version: 2,
    slug: `event-${randomUUID().slice(0, 8)}`,
    timeZone: 'Asia/Almaty',
    startsAt: '2030-02-05T04:00:00.000Z', // 09:00 in Astana
    endsAt: '2030-02-07T13:00:00.000Z', // 18:00 on the third day
    capacity: 10,
    registrationOpensAt: null,
    registrationClosesAt: null,
    requiresApproval: false,
    waitlistEnabled: true,
    publishedAt: new Date().toISOString(),
    ...overrides,
  };
}
