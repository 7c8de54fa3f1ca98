import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { FastifyRequest } from 'fastify';
import {
  ProblemException,
  VALIDATOR_OPTIONS,
  undocumentedNulls,
  unstorableInputProblems,
  type FieldProblem,
} from '@jiyn/problems';

/**
 * The gateway passes bodies through to the services unparsed (a Buffer); its own access routes read
 * theirs here, with the same rules the services' validation pipe applies.
 */
export function parseJsonBody<T extends object>(type: new () => T, request: FastifyRequest): T {
  const contentType = String(request.headers['content-type'] ?? '');
  if (!/^application\/([a-z.+-]*\+)?json\b/i.test(contentType))
    throw new ProblemException('unsupported-media-type');
  let value: unknown;
  try {
    const raw = request.body;
    value = JSON.parse(Buffer.isBuffer(raw) ? raw.toString('utf8') : String(raw ?? ''));
  } catch {
    throw new ProblemException('bad-request', { errors: [{ field: 'body', code: 'invalidJson' }] });
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new ProblemException('validation', { errors: [{ field: 'body', code: 'isObject' }] });
  const unstorable = unstorableInputProblems(value);
  if (unstorable.length) throw new ProblemException('validation', { errors: unstorable });
  const instance = plainToInstance(type, value);
  const errors = validateSync(instance, VALIDATOR_OPTIONS);
  if (errors.length) throw ProblemException.fromValidationErrors(errors);
  // `@IsOptional()` lets null through; null is accepted only where the document says so.
  const nulls = undocumentedNulls(instance, '');
  if (nulls.length) throw new ProblemException('validation', { errors: nulls });
  return instance;
}

export function invalid(errors: FieldProblem[]): ProblemException {
  return new ProblemException('validation', { errors });
}
