/**
 * The local SMTP server (`smtp-server`, the Nodemailer project's) that receives the platform's e-mail
 * under `npm start`, the tests and the benchmarks. It runs in a process of its own, started by
 * `startSmtpServer` (smtp.ts), so a test can pause (SIGSTOP) or kill it like a real mail server.
 *
 * Every message accepted is first written to `<mail dir>/<received at>-<n>.eml` (the raw MIME text,
 * written then renamed, so a reader never sees half a message), then answered `250`.
 *
 * Faults on demand, chosen by the recipient's address, so a test asks for them with the address it
 * registers a participant with:
 *   `…+defer<N>@…`  answers `451 4.3.0` to the first N deliveries to that address, then accepts;
 *   `…+reject@…`    answers `550 5.1.1` (no such mailbox), always.
 * Both quote the address, as Postfix does (`550 5.1.1 <a@b>: Recipient address rejected: …`), so the
 * tests see that the delivery log keeps the reply without it.
 *
 * Settings come from the environment: SMTP_SERVER_PORT (0: any free port), SMTP_SERVER_MAIL_DIR.
 * It prints `listening <port>` once it accepts connections.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SMTPServer, type SMTPServerDataStream } from 'smtp-server';

const port = Number(process.env['SMTP_SERVER_PORT'] ?? '0');
const mailDir = process.env['SMTP_SERVER_MAIL_DIR'] ?? '';
if (!mailDir) throw new Error('SMTP_SERVER_MAIL_DIR is not set');
mkdirSync(mailDir, { recursive: true });

const deferredSoFar = new Map<string, number>();
let received = 0;

class SmtpReply extends Error {
  constructor(
    readonly responseCode: number,
    message: string,
  ) {
    super(message);
  }
}

function refusal(address: string): SmtpReply | undefined {
  const local = address.split('@')[0]?.toLowerCase() ?? '';
  if (/\+reject$/.test(local))
    return new SmtpReply(550, `5.1.1 <${address}>: Recipient address rejected: no such mailbox here`);
  const defer = /\+defer(\d+)$/.exec(local);
  if (defer) {
    const times = deferredSoFar.get(address) ?? 0;
    if (times < Number(defer[1])) {
      deferredSoFar.set(address, times + 1);
      return new SmtpReply(
        451,
        `4.3.0 <${address}>: Mailbox busy, try again later (${times + 1} of ${defer[1]})`,
      );
    }
  }
  return undefined;
}

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  size: 25 * 1024 * 1024,
  logger: false,
  // Mail clients pool connections: a busy benchmark opens several.
  maxClients: 200,
  onRcptTo(address, _session, callback) {
    callback(refusal(address.address) ?? null);
  },
  onData(stream: SMTPServerDataStream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      if (stream.sizeExceeded) return callback(new SmtpReply(552, '5.3.4 Message too big'));
      received += 1;
      const name = `${Date.now()}-${process.pid}-${String(received).padStart(7, '0')}`;
      const envelope = `X-Smtp-Server-Envelope-To: ${session.envelope.rcptTo.map((to) => to.address).join(', ')}\r\n`;
      const file = join(mailDir, `${name}.eml`);
      writeFileSync(`${file}.part`, Buffer.concat([Buffer.from(envelope), ...chunks]));
      renameSync(`${file}.part`, file);
      callback(null, `2.0.0 Stored as ${name}`);
    });
  },
});

server.on('error', (error) => console.error(`smtp server: ${error.message}`));
server.listen(port, '127.0.0.1', () => {
  const address = server.server.address();
  process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : port}\n`);
});

for (const signal of ['SIGTERM', 'SIGINT'] as const)
  process.on(signal, () => server.close(() => process.exit(0)));
