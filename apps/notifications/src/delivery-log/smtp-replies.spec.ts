import { describe, expect, it } from '@jest/globals';
import { loggableReply } from './smtp-replies';

describe('SMTP replies in the delivery log', () => {
  it('should keep the reply but no address in it, however the server quotes it', () => {
    expect(
      loggableReply(
        '550 5.1.1 <aigerim.sarsenova@akimat.astana.kz>: Recipient address rejected: User unknown',
      ),
    ).toBe('550 5.1.1 <[address]>: Recipient address rejected: User unknown');
    expect(
      loggableReply(
        "Can't send mail - all recipients were rejected: 550 5.7.1 ирина.петрова@почта.қаз... Relaying denied",
      ),
    ).toBe("Can't send mail - all recipients were rejected: 550 5.7.1 [address] Relaying denied");
    expect(loggableReply('452 4.2.2 "a.b+defer2@mail.kz" over quota, try later')).toBe(
      '452 4.2.2 "[address]" over quota, try later',
    );
    expect(loggableReply('250 2.0.0 Ok: queued as 4XyZ1')).toBe('250 2.0.0 Ok: queued as 4XyZ1');
    expect(loggableReply('x'.repeat(1_500))).toHaveLength(1_000);
  });
});
