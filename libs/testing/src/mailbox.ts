import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';

/** One message the local SMTP server received, parsed by a real MIME parser (mailparser). */
export interface ReceivedMail {
  file: string;
  /** The envelope's recipients (RCPT TO), as the server recorded them. */
  envelopeTo: string[];
  mail: ParsedMail;
}

/**
 * Every message in the local SMTP server's mail directory (`JIYN_TEST_MAIL_DIR` under `npm test`),
 * optionally only those to one address. Files are written whole (renamed into place), so each one
 * read is a complete message.
 */
export async function readMailbox(dir: string, to?: string): Promise<ReceivedMail[]> {
  const files = (await readdir(dir).catch(() => [] as string[]))
    .filter((name) => name.endsWith('.eml'))
    .sort();
  const mails: ReceivedMail[] = [];
  for (const file of files) {
    const raw = await readFile(join(dir, file));
    const header = /^X-Smtp-Server-Envelope-To: (.*)\r\n/.exec(raw.subarray(0, 2048).toString('utf8'));
    const envelopeTo = header?.[1]?.split(', ') ?? [];
    if (to && !envelopeTo.includes(to)) continue;
    mails.push({ file, envelopeTo, mail: await simpleParser(raw) });
  }
  return mails;
}

/** The local SMTP server of this test run, as `npm test` started it. */
export function testMailServer(): { url: string; pid?: number; mailDir: string } {
  const url = process.env['JIYN_TEST_SMTP_URL'];
  const mailDir = process.env['JIYN_TEST_MAIL_DIR'];
  if (!url || !mailDir)
    throw new Error('JIYN_TEST_SMTP_URL and JIYN_TEST_MAIL_DIR are not set: run the tests with `npm test`');
  const pid = process.env['JIYN_TEST_SMTP_PID'];
  return { url, mailDir, pid: pid ? Number(pid) : undefined };
}
