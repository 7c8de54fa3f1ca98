import { ProblemException } from '@jiyn/problems';

/** A room, track or session that is not part of this event. */
export function notFound(what: 'room' | 'track' | 'session', id: string): ProblemException {
  const ru = { room: 'Зал', track: 'Трек', session: 'Сессия' }[what];
  const kk = { room: 'зал', track: 'трек', session: 'сессия' }[what];
  return new ProblemException('not-found', {
    detail: {
      en: `No ${what} ${id} in this event`,
      ru: `${ru} ${id} не найден(а) в этом мероприятии`,
      kk: `Бұл іс-шарада ${id} ${kk} табылмады`,
    },
  });
}
