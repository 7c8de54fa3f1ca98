import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { FastifyRequest } from 'fastify';
import {
  ProblemException,
  VALIDATOR_OPTIONS,
  undocumentedNulls,
  unstorableInputProblems,
} from '@jiyn/problems';

/**
 * The gateway keeps request bodies as raw bytes (it forwards most of them untouched), so its own
 * routes parse and validate their JSON here, with the same options and problems as every service.
 */
export const JsonBody = createParamDecorator((dto: new () => object, context: ExecutionContext): object => {
  const request = context.switchToHttp().getRequest<FastifyRequest>();
  const raw = request.body;
  // No body at all: every field takes its default (e.g. a rotation with the default overlap).
  const empty = raw === undefined || raw === null || (Buffer.isBuffer(raw) && raw.length === 0);
  if (empty) return validated(dto, {});
  const contentType = request.headers['content-type'] ?? '';
  if (!/^application\/(.+\+)?json\b/i.test(contentType))
    throw new ProblemException('unsupported-media-type', { detail: 'Send the body as application/json' });
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.isBuffer(raw) ? raw.toString('utf8') : String(raw ?? ''));
  } catch {
    throw new ProblemException('bad-request', {
      detail: {
        en: 'The body is not valid JSON',
        ru: 'Тело запроса не является корректным JSON',
        kk: 'Сұраныс денесі дұрыс JSON емес',
      },
    });
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new ProblemException('validation', { errors: [{ field: 'body', code: 'isObject' }] });
  const unstorable = unstorableInputProblems(parsed);
  if (unstorable.length) throw new ProblemException('validation', { errors: unstorable });
  return validated(dto, parsed);
});

function validated(dto: new () => object, plain: object): object {
  const instance = plainToInstance(dto, plain);
  const errors = validateSync(instance, VALIDATOR_OPTIONS);
  if (errors.length) throw ProblemException.fromValidationErrors(errors);
  // `@IsOptional()` lets null through; null is accepted only where the document says so.
  const nulls = undocumentedNulls(instance, '');
  if (nulls.length) throw new ProblemException('validation', { errors: nulls });
  return instance;
}
