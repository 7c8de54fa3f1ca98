import { describe, expect, it } from '@jest/globals';
import { Writable } from 'node:stream';
import { runWithCorrelation } from './correlation';
import { createLogger, serializeError } from './logger';

describe(serializeError.name, () => {
  it('should keep what identifies a database error and drop the values it carries', () => {
    const error = Object.assign(new Error('duplicate key value violates unique constraint'), {
      code: '23505',
      constraint: 'registrations_event_iin_active_key',
      detail: 'Key (event_id, iin)=(x, 900101399030) already exists.',
      parameters: ['Сәрсенова Айгерім', 'aigerim@akimat.kz', '900101399030'],
      query: 'INSERT INTO registrations …',
    });
    const serialized = JSON.stringify(serializeError(error));
    expect(serialized).toContain('23505');
    expect(serialized).toContain('registrations_event_iin_active_key');
    expect(serialized).not.toContain('900101399030');
    expect(serialized).not.toContain('aigerim@akimat.kz');
  });
});

describe('serializeError of a data exception', () => {
  it('should empty the value PostgreSQL quotes in its message, in the message and the stack', () => {
    const error = Object.assign(new Error('invalid input syntax for type integer: "Сәрсенова ""Айгерім"""'), {
      code: '22P02',
    });
    const serialized = serializeError(error) as { message: string; stack: string };
    expect(serialized.message).toBe('invalid input syntax for type integer: "…"');
    expect(serialized.stack).toContain('invalid input syntax for type integer: "…"');
    expect(JSON.stringify(serialized)).not.toContain('Айгерім');
  });

  it('should keep the identifiers other messages quote', () => {
    const error = Object.assign(new Error('column "iin" of relation "registrations" does not exist'), {
      code: '42703',
    });
    expect((serializeError(error) as { message: string }).message).toBe(error.message);
  });
});

describe(createLogger.name, () => {
  function capture() {
    const lines: string[] = [];
    const logger = createLogger(
      'test',
      'info',
      new Writable({ write: (chunk, _enc, done) => void (lines.push(String(chunk)), done()) }),
    );
    return { logger, output: () => lines.join('') };
  }

  it('should write JSON lines with the service and the current correlation id', () => {
    const { logger, output } = capture();
    runWithCorrelation('corr-42', () => logger.info({ route: '/x' }, 'request completed'));
    expect(JSON.parse(output())).toMatchObject({
      level: 'info',
      service: 'test',
      correlationId: 'corr-42',
      route: '/x',
      message: 'request completed',
    });
  });

  it('should redact personal fields and error payloads wherever they are logged', () => {
    const { logger, output } = capture();
    logger.info(
      { iin: '900101399030', registration: { email: 'a@b.kz', phone: '+77011234567', fullName: 'Айгерім' } },
      'hello',
    );
    logger.info({ import: { row: { iin: '900101399031', email: 'deep@b.kz' } } }, 'nested');
    logger.error({ err: Object.assign(new Error('boom'), { parameters: ['900101399030'] }) }, 'failed');
    for (const secret of ['900101399030', 'a@b.kz', '+77011234567', 'Айгерім', '900101399031', 'deep@b.kz'])
      expect(output()).not.toContain(secret);
    expect(output()).toContain('[redacted]');
  });
});
