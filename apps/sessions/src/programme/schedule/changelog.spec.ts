import { describe, expect, it } from '@jest/globals';
import type { ProgrammeSnapshot } from '../programme-snapshot';
import { diffSchedules, isEmptyChangelog } from './changelog';

function session(
  id: string,
  overrides: Partial<ProgrammeSnapshot['sessions'][number]> = {},
): ProgrammeSnapshot['sessions'][number] {
  return {
    id,
    title: { ru: `Сессия ${id}` },
    abstract: {},
    type: 'talk',
    trackId: null,
    language: 'ru',
    roomId: 'hall',
    startsAt: new Date('2024-02-05T04:00:00Z'),
    endsAt: new Date('2024-02-05T05:00:00Z'),
    speakers: [{ id: 'sp1', name: { en: 'Zhanna Asanova' } }],
    ...overrides,
  };
}

function snapshot(sessions: ProgrammeSnapshot['sessions']): ProgrammeSnapshot {
  return {
    event: {
      id: 'e',
      slug: 'e',
      title: {},
      description: {},
      timeZone: 'Asia/Almaty',
      startsAt: new Date(),
      endsAt: new Date(),
      venue: null,
      url: null,
    },
    version: { name: 'v', number: 1, publishedAt: new Date() },
    rooms: [],
    tracks: [],
    sessions,
  };
}

describe(diffSchedules.name, () => {
  it('should list every session as added in the first version', () => {
    expect(diffSchedules(null, snapshot([session('a'), session('b')]))).toEqual({
      added: ['a', 'b'],
      moved: [],
      changed: [],
      cancelled: [],
    });
  });

  it('should tell added, moved, changed and cancelled sessions apart', () => {
    const previous = snapshot([
      session('kept'),
      session('moved'),
      session('retitled'),
      session('new-speaker'),
      session('dropped'),
    ]);
    const next = snapshot([
      session('kept'),
      session('moved', {
        roomId: 'room-2',
        startsAt: new Date('2024-02-05T06:00:00Z'),
        endsAt: new Date('2024-02-05T07:00:00Z'),
      }),
      session('retitled', { title: { ru: 'Новое название' } }),
      session('new-speaker', { speakers: [{ id: 'sp2', name: {} }] }),
      session('added'),
    ]);
    expect(diffSchedules(previous, next)).toEqual({
      added: ['added'],
      moved: [
        {
          sessionId: 'moved',
          from: { roomId: 'hall', startsAt: '2024-02-05T04:00:00.000Z', endsAt: '2024-02-05T05:00:00.000Z' },
          to: { roomId: 'room-2', startsAt: '2024-02-05T06:00:00.000Z', endsAt: '2024-02-05T07:00:00.000Z' },
        },
      ],
      changed: ['retitled', 'new-speaker'],
      cancelled: ['dropped'],
    });
  });

  it('should see nothing when only a speaker display name changed, and know an empty changelog', () => {
    const previous = snapshot([session('a')]);
    const next = snapshot([session('a', { speakers: [{ id: 'sp1', name: { en: 'Z. Asanova' } }] })]);
    const changes = diffSchedules(previous, next);
    expect(isEmptyChangelog(changes)).toBe(true);
    expect(isEmptyChangelog(diffSchedules(null, next))).toBe(false);
  });
});
