import { describe, expect, it } from '@jest/globals';
import {
  CONFIRMATION_CODE_ALPHABET,
  CONFIRMATION_CODE_LENGTH,
  formatConfirmationCode,
  isStoredConfirmationCode,
  normalizeConfirmationCode,
} from './confirmation-code';

describe('confirmation codes', () => {
  it('should use an alphabet without look-alike characters', () => {
    for (const ambiguous of ['0', 'O', '1', 'I', 'L'])
      expect(CONFIRMATION_CODE_ALPHABET).not.toContain(ambiguous);
    expect(new Set(CONFIRMATION_CODE_ALPHABET).size).toBe(CONFIRMATION_CODE_ALPHABET.length);
    expect(CONFIRMATION_CODE_ALPHABET).toMatch(/^[2-9A-Z]+$/);
    expect(CONFIRMATION_CODE_LENGTH).toBe(10);
  });

  it('should show a code as two groups of five', () => {
    expect(formatConfirmationCode('ABCDE23456')).toBe('ABCDE-23456');
  });

  it('should read what a person typed: lower case, with or without the dash, with spaces', () => {
    for (const typed of ['ABCDE-23456', 'abcde-23456', 'abcde23456', ' AbCdE 23456 ', 'ABCDE - 23456'])
      expect(normalizeConfirmationCode(typed)).toBe('ABCDE23456');
  });

  it('should refuse what cannot be a code', () => {
    for (const typed of [
      '',
      'ABCDE-2345',
      'ABCDE-234567',
      'ABCDE-2345O',
      'ABCDE-23450',
      'ABCDI-23456',
      'ABCDL-23456',
      'ABCD1-23456',
      'ABCDE_23456',
      'АВСDE-23456',
    ])
      expect(normalizeConfirmationCode(typed)).toBeUndefined();
    expect(isStoredConfirmationCode('ABCDE-23456')).toBe(false);
    expect(isStoredConfirmationCode('abcde23456')).toBe(false);
    expect(isStoredConfirmationCode('ABCDE23456')).toBe(true);
  });
});
