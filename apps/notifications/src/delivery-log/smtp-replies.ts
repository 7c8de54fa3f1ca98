/**
 * Mail servers often quote the recipient in their reply (Postfix: `550 5.1.1 <aigerim@example.kz>:
 * Recipient address rejected`), and nodemailer's errors repeat it. The delivery log keeps no
 * address, so a reply is kept with every address replaced: anything of the form `x@y`.
 */
const ADDRESS = /[^\s<>()[\]{}"',;:@]+@[^\s<>()[\]{}"',;:@]+/g;

export const REDACTED_ADDRESS = '[address]';

/** The reply as the log keeps it: no address, at most 1,000 characters. */
export function loggableReply(reply: string): string {
  return reply.replace(ADDRESS, REDACTED_ADDRESS).slice(0, 1000);
}
