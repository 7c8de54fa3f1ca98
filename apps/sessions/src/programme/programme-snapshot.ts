import type { Lang, Multilingual } from '@jiyn/kz';

/** Kinds of session an event's programme knows (issue: keynote, talk, panel, case study, workshop, break). */
export const SESSION_TYPES = ['keynote', 'talk', 'panel', 'case-study', 'workshop', 'break'] as const;
export type SessionType = (typeof SESSION_TYPES)[number];

/**
 * Everything an export needs to render a published programme, as plain data: the frab
 * schedule.xml/json and iCalendar exporters take this and nothing else, so they stay pure.
 * Times are absolute instants (UTC `Date`s); `event.timeZone` says how to show them.
 */
export interface ProgrammeSnapshot {
  event: {
    id: string;
    slug: string;
    title: Multilingual;
    description: Multilingual;
    timeZone: string;
    startsAt: Date;
    endsAt: Date;
    venue: { name: Multilingual; address?: string } | null;
    /** Public URL of the event page, if any. */
    url: string | null;
  };
  version: { name: string; number: number; publishedAt: Date };
  rooms: { id: string; name: Multilingual; capacity: number | null; position: number }[];
  tracks: { id: string; name: Multilingual; colour: string }[];
  /** Only sessions that are confirmed and placed in a room and time slot appear in exports. */
  sessions: {
    id: string;
    title: Multilingual;
    abstract: Multilingual;
    type: SessionType;
    trackId: string | null;
    language: Lang;
    roomId: string;
    startsAt: Date;
    endsAt: Date;
    speakers: { id: string; name: Multilingual }[];
  }[];
}
