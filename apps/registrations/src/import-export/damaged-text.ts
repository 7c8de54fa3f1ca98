/**
 * Text that did not survive the way into the file. Excel saving "CSV" on a Russian or Kazakh
 * Windows writes Windows-1251, which has і/І but not ә ғ қ ң ө ұ ү һ (nor their capitals): each
 * becomes `?`, so `Әлия Сәрсенқызы` arrives as `?лия С?рсен?ызы`. Other damage: `�` (U+FFFD) where
 * an earlier conversion lost characters, and UTF-8 text inside a file otherwise in Windows-1251.
 * A row with such a cell is refused rather than stored garbled.
 */

export type TextDamage =
  /** `?` in place of letters Windows-1251 lacks: saving the workbook as CSV UTF-8 keeps them. */
  | 'lostCharacters'
  /** `�` (U+FFFD): the letters are gone from the file itself. */
  | 'replacementCharacter'
  /** UTF-8 bytes in a file read as Windows-1251 (the rest of it is not UTF-8): it would read as `РђР№...`. */
  | 'mixedEncoding';

/** The damage found in a cell decoded from a file in `encoding`, if any. */
export function textDamage(text: string, encoding: 'utf-8' | 'windows-1251'): TextDamage | undefined {
  if (text.includes('\uFFFD')) return 'replacementCharacter';
  if (encoding !== 'windows-1251') return undefined;
  if (hasLostLetters(text)) return 'lostCharacters';
  if (isUtf8ReadAs1251(text)) return 'mixedEncoding';
  return undefined;
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LETTER = /\p{L}/u;
/** What may stand between a question mark ending a sentence and what follows it. */
const SENTENCE_CLOSERS = /[\s!.…"'»”)\]]/u;
/** What cannot follow a question mark ending a sentence: the sentence would go on. */
const SENTENCE_GOES_ON = /[\p{Ll}?,;:]/u;

/**
 * Whether a run of `?` stands for letters Windows-1251 could not hold. A run is a lost letter when
 * - a Cyrillic letter follows it (`?лия`, `С?рсен`): no question mark is followed by a letter;
 * - or a Cyrillic letter precedes it and a letter follows it directly, or the text goes on after it
 *   in lower case, with another `?` or with `,` `;` `:` (`қаласыны? ?кімдігі`, `облысыны? бөлімі`):
 *   a question mark ends its sentence, and the next one starts with a capital.
 * Not lost: a run touching no Cyrillic letter (`What?`, `https://x.kz/?id=5`), a question ending
 * a sentence (`Придёте? Да.`, `«Что? Где? Когда?»`), and a run after a Cyrillic word at the end of
 * the cell, which a question and a lost last letter (`мемлекетті?` for `мемлекеттің`) both look
 * like: accepted, since a row nearly always loses other letters as well. A lower-case sentence
 * after a question (`Кто? никто`) is refused: rare in a participant list, and saving as CSV UTF-8
 * imports it as it is.
 */
export function hasLostLetters(text: string): boolean {
  if (!text.includes('?')) return false; // nearly every cell: a 10,000-row list should not pay more
  const chars = [...text];
  for (let start = chars.indexOf('?'); start !== -1; start = chars.indexOf('?', start + 1)) {
    let end = start;
    while (chars[end] === '?') end += 1;
    const before = chars[start - 1];
    const after = chars[end];
    if (after !== undefined && CYRILLIC.test(after)) return true;
    if (before !== undefined && CYRILLIC.test(before)) {
      if (after !== undefined && LETTER.test(after)) return true;
      let next = end;
      while (next < chars.length && SENTENCE_CLOSERS.test(chars[next] as string)) next += 1;
      const following = chars[next];
      if (following !== undefined && SENTENCE_GOES_ON.test(following)) return true;
    }
    start = end - 1;
  }
  return false;
}

/** Each character the Windows-1251 decoder gives, mapped back to its byte (the decoder maps all 256). */
const WINDOWS_1251_BYTES: ReadonlyMap<string, number> = new Map(
  [...new TextDecoder('windows-1251').decode(Uint8Array.from({ length: 256 }, (_, byte) => byte))].map(
    (char, byte) => [char, byte] as const,
  ),
);

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Whether a cell read as Windows-1251 is really UTF-8: its bytes are valid UTF-8 holding Cyrillic
 * letters. Russian text in 1251 practically never is (a lower-case letter is a UTF-8 lead byte and
 * the next letter no continuation byte), so this is what pasting UTF-8 rows into a 1251 file gives.
 * A scan of lead and continuation bytes stops at the first letter of ordinary 1251 text; only what
 * passes it is decoded.
 */
export function isUtf8ReadAs1251(text: string): boolean {
  const bytes = new Uint8Array(text.length);
  let continuations = 0;
  let cyrillicLeads = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const byte = code < 0x80 ? code : WINDOWS_1251_BYTES.get(text[i] as string);
    if (byte === undefined) return false; // not something a 1251 decoder gives
    bytes[i] = byte;
    if (continuations > 0) {
      if (byte < 0x80 || byte > 0xbf) return false;
      continuations -= 1;
    } else if (byte >= 0x80) {
      if (byte >= 0xc2 && byte <= 0xdf) continuations = 1;
      else if (byte >= 0xe0 && byte <= 0xef) continuations = 2;
      else if (byte >= 0xf0 && byte <= 0xf4) continuations = 3;
      else return false;
      // U+0400–U+04FF, the Cyrillic block, is written with lead bytes D0–D3.
      if (byte >= 0xd0 && byte <= 0xd3) cyrillicLeads += 1;
    }
  }
  if (continuations > 0 || cyrillicLeads < 2) return false;
  try {
    UTF8.decode(bytes); // the scan does not catch overlong forms and surrogates; the decoder does
    return true;
  } catch {
    return false;
  }
}
