import { describe, expect, it } from '@jest/globals';
import { windows1251 } from '@jiyn/testing';
import { hasLostLetters, isUtf8ReadAs1251, textDamage } from './damaged-text';

/** What a cell reads as after Excel saved it in Windows-1251 and the import decoded it. */
const through1251 = (text: string) => new TextDecoder('windows-1251').decode(windows1251(text));

describe('hasLostLetters', () => {
  it.each([
    ['Әлия Сәрсенқызы', '?лия С?рсен?ызы'], // word-initial and inside words
    ['Семей қаласының әкімдігі', 'Семей ?аласыны? ?кімдігі'],
    ['Ақтөбе', 'А?т?бе'],
    ['Облыстың бас маманы', 'Облысты? бас маманы'], // word-final, the sentence goes on in lower case
    ['Облыстың, қаланың', 'Облысты?, ?аланы?'],
    ['Ұлытау', '?лытау'],
    ['Үміт', '?міт'],
    ['Өңір', '??ір'], // two lost letters before і, which 1251 keeps
  ])('should find the letters lost from %s (read as %s)', (original, read) => {
    expect(through1251(original)).toBe(read);
    expect(hasLostLetters(read)).toBe(true);
  });

  it('should find a lost letter between Cyrillic and Latin, where no question mark stands', () => {
    expect(hasLostLetters('Н?rlan')).toBe(true);
  });

  it.each([
    ['What?', 'an English question'],
    ['Is it ok? yes', 'English, lower case after the question'],
    ['https://min.kz/p?id=5&q=а', 'a query string'],
    ['Придёте?', 'a question ending the cell'],
    ['Вы придёте? Да.', 'a question before the next sentence'],
    ['«Что? Где? Когда?»', 'questions in quotes'],
    ['Кто?! Никто', 'a question with an exclamation'],
    ['Кто? — спросил он', 'a question before a dash'],
    ['? Сәрсен', 'a run touching no letter'],
    ['???', 'nothing but question marks'],
    ['Иванов Пётр Сергеевич', 'no question mark at all'],
    ['Мемлекетті?', 'a Cyrillic word ending the cell: a question or a lost ң, cannot tell'],
  ])('should accept %p (%s)', (text) => {
    expect(hasLostLetters(text)).toBe(false);
  });

  it('should refuse a question followed by a lower-case sentence, the price of catching word-final losses', () => {
    expect(hasLostLetters('Кто? никто')).toBe(true);
  });
});

describe('isUtf8ReadAs1251', () => {
  it('should find UTF-8 Cyrillic read as Windows-1251', () => {
    const garbled = new TextDecoder('windows-1251').decode(new TextEncoder().encode('Сәрсенова Айгерім'));
    expect(garbled).toMatch(/^РЎУ™/);
    expect(isUtf8ReadAs1251(garbled)).toBe(true);
  });

  it.each([
    'Иванов Пётр Сергеевич',
    'ЁЛКИНА АННА',
    'Главный специалист, отдел № 5 «Культура»',
    'Сі',
    'plain ASCII',
  ])('should leave Windows-1251 text %p alone', (text) => {
    expect(through1251(text)).toBe(text);
    expect(isUtf8ReadAs1251(text)).toBe(false);
  });
});

describe('textDamage', () => {
  it('should name the damage by the way back: re-save, correct at the source, or re-save whole', () => {
    expect(textDamage('?лия С?рсен?ызы', 'windows-1251')).toBe('lostCharacters');
    expect(textDamage('С\uFFFDрсенова', 'utf-8')).toBe('replacementCharacter');
    expect(textDamage('РЎУ™СЂСЃРµРЅ', 'windows-1251')).toBe('mixedEncoding');
  });

  it('should leave question marks in UTF-8 alone: nothing was lost on the way, and re-saving could not help', () => {
    expect(textDamage('?лия С?рсен?ызы', 'utf-8')).toBeUndefined();
    expect(textDamage('Сәрсенова Айгерім', 'utf-8')).toBeUndefined();
    expect(textDamage('Иванов Пётр', 'windows-1251')).toBeUndefined();
  });
});
