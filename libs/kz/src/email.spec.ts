import { describe, expect, it } from '@jest/globals';
import { maskEmail } from './email';

describe(maskEmail.name, () => {
  it('should keep the first character of the mailbox and the domain only', () => {
    expect(maskEmail('aigerim.s@akimat.kz')).toBe('a********@akimat.kz');
    expect(maskEmail('participant01@akimat.example.kz')).toBe('p************@akimat.example.kz');
  });

  it('should not reveal the length of a short mailbox, nor anything of a malformed address', () => {
    expect(maskEmail('ab@x.kz')).toBe('a***@x.kz');
    expect(maskEmail('not-an-address')).toBe('**************');
    expect(maskEmail('@x.kz')).toBe('*****');
  });
});
