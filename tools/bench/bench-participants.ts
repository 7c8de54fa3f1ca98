import { REGION_CODES, generateIin } from '@jiyn/kz';

/** The consent every registration must carry (the platform's built-in consent text). */
const CONSENT = { textVersion: 'default-1', accepted: true };
const FIRST_NAMES = ['Айгерим', 'Ержан', 'Данияр', 'Асель', 'Нурлан', 'Гульнара', 'Бауыржан', 'Жанар'];
const LAST_NAMES = ['Сәрсенова', 'Омаров', 'Жумабаев', 'Касымова', 'Абенов', 'Ахметова', 'Серіков'];

/** A realistic participant, unique per (index, run): valid IIN, Cyrillic name, its own e-mail. */
export function benchParticipant(eventId: string, n: number, runId: string): Record<string, unknown> {
  const serial = n + 1; // -1 (the probe) → 0
  // 15,120 distinct birth dates, then the next IIN serial block (strides of 10 leave room for the
  // serials generateIin skips when a check digit cannot be formed).
  const date = serial % 15_120;
  const day = 1 + (date % 28);
  const month = 1 + (Math.floor(date / 28) % 12);
  const year = 1960 + Math.floor(date / 336);
  return {
    eventId,
    fullName: `${FIRST_NAMES[serial % FIRST_NAMES.length]} ${LAST_NAMES[serial % LAST_NAMES.length]}`,
    email: `p${serial}-${runId}@akimat.example.kz`,
    iin: generateIin({
      birthDate: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      sex: serial % 2 ? 'female' : 'male',
      serial: (Math.floor(serial / 15_120) * 10) % 10_000,
    }),
    phone: `+7701${String(1_000_000 + (serial % 9_000_000)).padStart(7, '0')}`,
    regionCode: REGION_CODES[serial % REGION_CODES.length],
    organisation: 'Akimat',
    position: 'Specialist',
    preferredLanguage: (['kk', 'ru', 'en'] as const)[serial % 3],
    consent: CONSENT,
  };
}
