import { Injectable } from '@nestjs/common';
import type { Lang } from '@jiyn/kz';
import type { EmailDelivery } from '../../delivery-log/email-deliveries.repository';
import type { KnownEvent } from '../../event-projection/event-projection.repository';
import {
  OwnerDirectory,
  OwnerUnavailableError,
  type PublishedSchedule,
} from '../../recipients/owner-directory';
import type { EmailTemplateName } from '../templates/catalogue';
import { DATE_LOCALES } from '../templates/texts';

/** What a session message adds to the composer's: its placeholders and its lines of facts. */
export type SessionMessageFacts =
  | { kind: 'facts'; values: Record<string, string>; facts: { label: string; value: string }[] }
  | { kind: 'skip'; reason: string };

const LABELS: Record<Lang, { session: string; was: string; now: string; when: string }> = {
  kk: { session: 'Сессия', was: 'Бұрын', now: 'Енді', when: 'Уақыты мен орны' },
  ru: { session: 'Сессия', was: 'Было', now: 'Стало', when: 'Время и место' },
  en: { session: 'Session', was: 'Was', now: 'Now', when: 'When and where' },
};

const NONE = '—';

/** The messages about a session a participant signed up for. */
export function isAboutSession(template: EmailTemplateName): boolean {
  return template === 'session-changed' || template === 'session-cancelled';
}

/**
 * The session half of `session-changed` and `session-cancelled`, at send time: the title and room
 * names as the published schedule versions said them (the new version for a moved session, the one
 * before for both the old room and a session taken off), read from the sessions service's public
 * API in the reader's language; times from the changelog, in the event's time zone. A session whose
 * slot is over by now is not worth a message (a late or replayed fan-out).
 */
@Injectable()
export class SessionChangeFacts {
  constructor(private readonly owners: OwnerDirectory) {}

  async of(
    delivery: EmailDelivery,
    event: KnownEvent,
    lang: Lang,
    now = new Date(),
  ): Promise<SessionMessageFacts | undefined> {
    if (!isAboutSession(delivery.template)) return undefined;
    const sessionId = String(delivery.params['sessionId']);
    const number = Number(delivery.params['scheduleVersion']);
    if (number < 2) return { kind: 'skip', reason: 'a first schedule version changes nobody’s session' };
    const schedule = (n: number) => this.owners.scheduleVersion(event.slug, n, lang).then(ofEvent(event));
    const [previous, current] = await Promise.all([schedule(number - 1), schedule(number)]);
    const labels = LABELS[lang];
    const when = (startsAt: unknown, endsAt: unknown) =>
      formatSlot(new Date(String(startsAt)), new Date(String(endsAt)), lang, event.timeZone);
    // A room is named as its version says; one gone by the other version is still named by this one.
    const roomIn = (first: PublishedSchedule, second: PublishedSchedule, id: unknown) =>
      first.rooms.get(String(id)) ?? second.rooms.get(String(id)) ?? NONE;

    if (delivery.template === 'session-changed') {
      const { previousRoomId, previousStartsAt, previousEndsAt, newRoomId, newStartsAt, newEndsAt } =
        delivery.params;
      if (new Date(String(newEndsAt)) <= now) return { kind: 'skip', reason: 'the session is over' };
      const values = {
        sessionTitle:
          current.sessions.get(sessionId)?.title ?? previous.sessions.get(sessionId)?.title ?? NONE,
        previousTime: when(previousStartsAt, previousEndsAt),
        previousRoom: roomIn(previous, current, previousRoomId),
        newTime: when(newStartsAt, newEndsAt),
        newRoom: roomIn(current, previous, newRoomId),
      };
      return {
        kind: 'facts',
        values,
        facts: [
          { label: labels.session, value: values.sessionTitle },
          { label: labels.was, value: `${values.previousTime}, ${values.previousRoom}` },
          { label: labels.now, value: `${values.newTime}, ${values.newRoom}` },
        ],
      };
    }

    const session = previous.sessions.get(sessionId);
    if (!session) return { kind: 'skip', reason: 'the session was not in the version before' };
    if (new Date(session.endsAt) <= now) return { kind: 'skip', reason: 'the session is over' };
    const values = {
      sessionTitle: session.title ?? NONE,
      sessionTime: when(session.startsAt, session.endsAt),
      sessionRoom: roomIn(previous, current, session.roomId),
    };
    return {
      kind: 'facts',
      values,
      facts: [
        { label: labels.session, value: values.sessionTitle },
        { label: labels.when, value: `${values.sessionTime}, ${values.sessionRoom}` },
      ],
    };
  }
}

/** A schedule read by slug must be this event's (a slug handed on to another event is not). */
function ofEvent(event: KnownEvent) {
  return (schedule: PublishedSchedule): PublishedSchedule => {
    if (schedule.eventId !== event.eventId)
      throw new OwnerUnavailableError('the schedule read by slug belongs to another event');
    return schedule;
  };
}

/**
 * A session's slot as its readers say it, in the event's time zone: "5 February 2030, 10:00–11:30"
 * (both dates when it runs past midnight).
 */
export function formatSlot(startsAt: Date, endsAt: Date, lang: Lang, timeZone: string): string {
  return new Intl.DateTimeFormat(DATE_LOCALES[lang], {
    timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).formatRange(startsAt, endsAt);
}
