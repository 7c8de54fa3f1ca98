import { Injectable } from '@nestjs/common';
import { pickLocalized, type Lang } from '@jiyn/kz';
import { ProblemException } from '@jiyn/problems';
import { SpeakersRepository } from '../speakers/speakers.repository';
import type { SpeakerEntity } from '../speakers/speaker.entity';
import { AgendaProjectionRepository, type AgendaSession } from './agenda-projection.repository';
import { agendaCalendar, type CalendarEntry } from './icalendar';

export type AgendaScope = 'current' | 'published';

export interface Agenda {
  speaker: SpeakerEntity;
  scope: AgendaScope;
  sessions: AgendaSession[];
}

const STATUS = { confirmed: 'CONFIRMED', draft: 'TENTATIVE', cancelled: 'CANCELLED' } as const;
const CALENDAR_LABEL: Record<Lang, string> = { kk: 'кестесі', ru: 'расписание', en: 'agenda' };

@Injectable()
export class AgendasService {
  constructor(
    private readonly speakers: SpeakersRepository,
    private readonly projection: AgendaProjectionRepository,
  ) {}

  /**
   * A speaker's sessions: `current` is the programme as it stands (organisers and the speaker:
   * drafts, unscheduled and cancelled sessions included), `published` only what the latest
   * published schedule of each event shows (anyone).
   */
  async agenda(speakerId: string, scope: AgendaScope): Promise<Agenda> {
    const speaker = await this.speakers.findById(speakerId);
    if (!speaker) {
      throw new ProblemException('not-found', {
        detail: {
          en: `No speaker ${speakerId}`,
          ru: `Спикер ${speakerId} не найден`,
          kk: `${speakerId} спикері табылмады`,
        },
      });
    }
    const sessions =
      scope === 'current'
        ? await this.projection.current(speakerId)
        : await this.projection.published(speakerId);
    return { speaker, scope, sessions };
  }

  /** The agenda as iCalendar: sessions with a time slot, in their event's time zone (UTC if unknown). */
  calendar(agenda: Agenda, lang: Lang): string {
    const entries: CalendarEntry[] = agenda.sessions
      .filter(
        (s): s is AgendaSession & { startsAt: Date; endsAt: Date } =>
          s.startsAt !== null && s.endsAt !== null,
      )
      .map((session) => ({
        uid: `${session.sessionId}@jiyn.kz`,
        start: session.startsAt,
        end: session.endsAt,
        timeZone: session.timeZone,
        summary: pickLocalized(session.title, lang) ?? '',
        categories: [session.type],
        status: STATUS[session.status],
        sequence: session.version,
        stamp:
          agenda.scope === 'published'
            ? (session.schedulePublishedAt ?? session.occurredAt)
            : session.occurredAt,
      }));
    const zones = [...new Set(entries.map((entry) => entry.timeZone))];
    const name = pickLocalized(agenda.speaker.fullName, lang) ?? '';
    return agendaCalendar(entries, {
      name: `${name} — ${CALENDAR_LABEL[lang]}`,
      timeZone: zones.length === 1 ? zones[0] : null,
    });
  }
}

/** An agenda as JSON; public agendas leave out the workflow state (always confirmed there). */
export function agendaView(agenda: Agenda) {
  return {
    speakerId: agenda.speaker.id,
    items: agenda.sessions.map((session) => ({
      sessionId: session.sessionId,
      eventId: session.eventId,
      title: session.title,
      type: session.type,
      language: session.language,
      trackId: session.trackId,
      roomId: session.roomId,
      startsAt: session.startsAt?.toISOString() ?? null,
      endsAt: session.endsAt?.toISOString() ?? null,
      timeZone: session.timeZone,
      ...(agenda.scope === 'current'
        ? { status: session.status, version: session.version }
        : { scheduleVersion: session.scheduleVersion }),
    })),
  };
}
