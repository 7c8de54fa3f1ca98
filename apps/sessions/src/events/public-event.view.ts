import { pickLocalized, type Lang } from '@jiyn/kz';
import type { EventEntity } from './event.entity';

/** What anyone may read of a published event, in one language (with fallback). */
export function publicEventView(event: EventEntity, lang: Lang) {
  const text = (value: Record<string, string | undefined>) => pickLocalized(value, lang) ?? null;
  return {
    lang,
    id: event.id,
    slug: event.slug,
    title: text(event.title),
    description: text(event.description),
    timeZone: event.timeZone,
    startsAt: event.startsAt.toISOString(),
    endsAt: event.endsAt.toISOString(),
    venue: event.venue ? { name: text(event.venue.name), address: event.venue.address ?? null } : null,
    organisers: event.organisers.map((organiser) => ({ name: text(organiser.name), role: organiser.role })),
    capacity: event.capacity,
    registrationOpensAt: event.registrationOpensAt?.toISOString() ?? null,
    registrationClosesAt: event.registrationClosesAt?.toISOString() ?? null,
    cancellationDeadline: event.cancellationDeadline?.toISOString() ?? null,
    requiresApproval: event.requiresApproval,
    status: event.status,
    version: event.version,
  };
}
