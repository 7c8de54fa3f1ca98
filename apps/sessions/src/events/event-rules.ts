import type { EventPublishedV1 } from '@jiyn/contracts';
import { ProblemException, refuseNulls, type FieldProblem } from '@jiyn/problems';
import type { UpdateEventDto } from './dto/update-event.dto';
import { EventEntity } from './event.entity';

/** What every service relying on the event learns of it (event.published, event.updated). */
export function eventState(event: EventEntity): EventPublishedV1 {
  return {
    eventId: event.id,
    ...(event.organisationId ? { organisationId: event.organisationId } : {}),
    version: event.version,
    slug: event.slug,
    // Only the languages given: the contract has no nulls in a title.
    title: Object.fromEntries(Object.entries(event.title).filter(([, text]) => typeof text === 'string')),
    timeZone: event.timeZone,
    startsAt: event.startsAt.toISOString(),
    endsAt: event.endsAt.toISOString(),
    capacity: event.capacity ?? 0,
    registrationOpensAt: event.registrationOpensAt?.toISOString() ?? null,
    registrationClosesAt: event.registrationClosesAt?.toISOString() ?? null,
    cancellationDeadline: event.cancellationDeadline?.toISOString() ?? null,
    requiresApproval: event.requiresApproval,
    waitlistEnabled: event.waitlistEnabled,
    publishedAt: (event.publishedAt ?? event.updatedAt).toISOString(),
  };
}

/**
 * The longest an event may last. Its public schedule lists every day of it (schedule.json/.xml):
 * an event from 2027 to 9999 would be 2.9 million days, minutes of CPU and hundreds of megabytes
 * per request.
 */
export const MAX_EVENT_DAYS = 366;
const DAY = 86_400_000;

type EventDates = Pick<EventEntity, 'startsAt' | 'endsAt' | 'registrationOpensAt' | 'registrationClosesAt'>;

/**
 * Dates must make sense together: the end after the start and at most MAX_EVENT_DAYS later,
 * registration closing after it opens. The length is checked when the dates are set or changed
 * (`before`: the event as stored), so an older, longer event can still change its other fields.
 */
export function assertCoherentDates(event: EventDates, before?: EventDates): void {
  const problems: FieldProblem[] = [];
  const datesChanged =
    !before ||
    before.startsAt.getTime() !== event.startsAt.getTime() ||
    before.endsAt.getTime() !== event.endsAt.getTime();
  if (event.endsAt < event.startsAt) problems.push({ field: 'endsAt', code: 'endsBeforeStart' });
  else if (datesChanged && event.endsAt.getTime() - event.startsAt.getTime() > MAX_EVENT_DAYS * DAY)
    problems.push({ field: 'endsAt', code: 'eventTooLong', args: [MAX_EVENT_DAYS] });
  if (
    event.registrationOpensAt &&
    event.registrationClosesAt &&
    event.registrationClosesAt < event.registrationOpensAt
  ) {
    problems.push({ field: 'registrationClosesAt', code: 'closesBeforeOpens' });
  }
  if (problems.length) throw new ProblemException('validation', { errors: problems });
}

/** What a published event must have: texts in its required languages and a capacity. */
export function completenessProblems(event: EventEntity): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const missing = event.requiredLanguages.filter((lang) => !event.title[lang]?.trim());
  if (missing.length) problems.push({ field: 'title', code: 'multilingualRequired', args: [missing] });
  if (event.capacity === null) problems.push({ field: 'capacity', code: 'isDefined' });
  return problems;
}

/**
 * The event with the fields the organiser sent replaced; absent fields keep their value. null
 * clears what an event may lack (description, venue, organisers, capacity, the optional dates) and
 * is refused for the rest: an event always has a title, a start and an end, languages and a zone.
 */
export function applyUpdate(event: EventEntity, dto: UpdateEventDto): EventEntity {
  refuseNulls(dto, [
    'title',
    'requiredLanguages',
    'timeZone',
    'startsAt',
    'endsAt',
    'requiresApproval',
    'waitlistEnabled',
  ]);
  const date = (value: string | null | undefined, current: Date | null) =>
    value === undefined ? current : value === null ? null : new Date(value);
  return Object.assign(new EventEntity(), event, {
    title: dto.title ? { ...dto.title } : event.title,
    description: dto.description === undefined ? event.description : { ...(dto.description ?? {}) },
    requiredLanguages: dto.requiredLanguages ?? event.requiredLanguages,
    timeZone: dto.timeZone ?? event.timeZone,
    startsAt: date(dto.startsAt, event.startsAt) as Date,
    endsAt: date(dto.endsAt, event.endsAt) as Date,
    capacity: dto.capacity === undefined ? event.capacity : dto.capacity,
    registrationOpensAt: date(dto.registrationOpensAt, event.registrationOpensAt),
    registrationClosesAt: date(dto.registrationClosesAt, event.registrationClosesAt),
    requiresApproval: dto.requiresApproval ?? event.requiresApproval,
    waitlistEnabled: dto.waitlistEnabled ?? event.waitlistEnabled,
    venue:
      dto.venue === undefined
        ? event.venue
        : dto.venue && { name: { ...dto.venue.name }, address: dto.venue.address },
    organisers:
      dto.organisers === undefined
        ? event.organisers
        : (dto.organisers ?? []).map((o) => ({ name: { ...o.name }, role: o.role })),
    cancellationDeadline: date(dto.cancellationDeadline, event.cancellationDeadline),
  });
}

export function eventNotFound(idOrSlug: string): ProblemException {
  return new ProblemException('not-found', {
    detail: {
      en: `No event ${idOrSlug}`,
      ru: `Мероприятие ${idOrSlug} не найдено`,
      kk: `${idOrSlug} іс-шарасы табылмады`,
    },
  });
}

export function notInStatus(
  event: EventEntity,
  action: { en: string; ru: string; kk: string },
): ProblemException {
  return new ProblemException('conflict', {
    detail: {
      en: `The event is ${event.status}: ${action.en}`,
      ru: `Мероприятие в статусе «${event.status}»: ${action.ru}`,
      kk: `Іс-шара «${event.status}» күйінде: ${action.kk}`,
    },
  });
}
