import type { LoggerService } from '@nestjs/common';
import { pino, type Logger, type LoggerOptions } from 'pino';
import { currentCorrelationId } from './correlation';

/** Fields that may carry personal data are removed from every log line, whatever logs them. */
const PERSONAL_FIELDS = ['iin', 'phone', 'email', 'fullName'];

/** Personal fields at the top level and up to two objects deep (pino wildcards match one level each). */
const REDACTED_PATHS = [
  ...PERSONAL_FIELDS.flatMap((field) => [field, `*.${field}`, `*.*.${field}`]),
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'req.headers["x-jiyn-internal-token"]',
  'req.headers["x-jiyn-self-token"]',
];

/**
 * Errors are logged by what identifies them, never by the data they carry: a database error's
 * `parameters`, `query`, `detail` and `where` ("Key (iin)=(900101…) already exists") hold personal
 * data and are dropped; so are the values a data exception quotes in its message.
 */
export function serializeError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const { code, constraint, table, type } = error as Error & Record<string, unknown>;
  const message = safeMessage(error.message, code);
  return {
    type: error.constructor.name,
    message,
    ...(code === undefined ? {} : { code }),
    ...(constraint === undefined ? {} : { constraint }),
    ...(table === undefined ? {} : { table }),
    ...(type === undefined ? {} : { kafkaErrorType: type }),
    stack: message === error.message ? error.stack : error.stack?.split(error.message).join(message),
    ...(error.cause === undefined ? {} : { cause: serializeError(error.cause) }),
  };
}

/** Quoted literals: `"…"` with `""` for a quote inside. */
const QUOTED = /"(?:[^"]|"")*"/g;

/**
 * PostgreSQL's data exceptions (SQLSTATE class 22) quote the value they could not take
 * (`invalid input syntax for type integer: "Сәрсенова Айгерім"`, `value "…" is out of range`):
 * those quotes are emptied. Other messages name only schema objects.
 */
function safeMessage(message: string, code: unknown): string {
  return typeof code === 'string' && code.startsWith('22') ? message.replace(QUOTED, '"…"') : message;
}

export function createLogger(service: string, level = 'info', destination?: NodeJS.WritableStream): Logger {
  const options: LoggerOptions = {
    serializers: { err: serializeError },
    level,
    base: { service },
    messageKey: 'message',
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    mixin: () => {
      const correlationId = currentCorrelationId();
      return correlationId ? { correlationId } : {};
    },
  };
  return pino(options, destination ?? bufferedStdout());
}

/** Lines are written in blocks of about this many bytes… */
const LOG_BLOCK_BYTES = 4096;
/** …or after this long, whichever comes first, so a quiet service's lines are never held back. */
const LOG_FLUSH_INTERVAL_MS = 200;

/**
 * Standard output, written asynchronously and in blocks: a request's log line must not wait for the
 * terminal or the log file, and a write per line (one access-log line per request) was about a fifth
 * of the gateway's busy CPU in a profile under load. Pino flushes what is held when the process exits (also on an uncaught
 * error); a kill -9 can lose the last 200 ms of lines, never more.
 */
function bufferedStdout() {
  const stream = pino.destination({ dest: 1, sync: false, minLength: LOG_BLOCK_BYTES });
  const timer = setInterval(() => {
    try {
      stream.flush();
    } catch {
      clearInterval(timer); // closed at shutdown
    }
  }, LOG_FLUSH_INTERVAL_MS);
  timer.unref();
  return stream;
}

/** Nest's logger interface on top of pino, so framework messages are JSON lines too. */
export class JsonLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string): void {
    this.write('info', message, context);
  }
  error(message: unknown, trace?: string, context?: string): void {
    this.logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string): void {
    this.write('warn', message, context);
  }
  debug(message: unknown, context?: string): void {
    this.write('debug', message, context);
  }
  verbose(message: unknown, context?: string): void {
    this.write('trace', message, context);
  }
  fatal(message: unknown, context?: string): void {
    this.write('fatal', message, context);
  }

  private write(
    level: 'info' | 'warn' | 'debug' | 'trace' | 'fatal',
    message: unknown,
    context?: string,
  ): void {
    if (typeof message === 'object' && message !== null) this.logger[level]({ context, ...message });
    else this.logger[level]({ context }, String(message));
  }
}
