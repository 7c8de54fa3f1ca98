/**
 * Masks an e-mail address for screens without the personal-data grant: the first character of the
 * mailbox and the domain stay (an organiser still sees which organisation's mail it is), the rest of
 * the mailbox does not: `aigerim.s@akimat.kz` → `a********@akimat.kz`.
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '*'.repeat(Math.max(email.length, 3));
  const mailbox = email.slice(0, at);
  return `${mailbox[0]}${'*'.repeat(Math.max(mailbox.length - 1, 3))}${email.slice(at)}`;
}
