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
  // Asynchronous writes: a request's log line must not wait for the terminal or the log file.
  return pino(options, destination ?? pino.destination({ dest: 1, sync: false }));
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
