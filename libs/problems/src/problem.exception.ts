import { HttpException } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import { IMPLAUSIBLE_BIRTH_DATE } from '@jiyn/kz';
import { PROBLEM_TYPES, type ProblemType } from './catalog';

/** A field that failed validation; the message is rendered later, in the caller's language. */
export interface FieldProblem {
  field: string;
  code: string;
  args?: unknown[];
}

export interface ProblemOptions {
  /** Human explanation of this occurrence, per language; English is used where one is missing. */
  detail?: Partial<Record<'kk' | 'ru' | 'en', string>> | string;
  errors?: FieldProblem[];
  /** Extension members (RFC 9457 §3.2), e.g. the id of the existing registration on a duplicate. */
  extensions?: Record<string, unknown>;
  /** Sent as the `Retry-After` header (429, 503): when trying again makes sense. */
  retryAfterSeconds?: number;
  /** Further response headers the problem implies, e.g. `Allow` on a 405. */
  headers?: Readonly<Record<string, string>>;
}

/** Throw from any layer to answer with an RFC 9457 problem; the filter renders and localises it. */
export class ProblemException extends HttpException {
  constructor(
    readonly problemType: ProblemType,
    readonly problem: ProblemOptions = {},
  ) {
    super(problemType, PROBLEM_TYPES[problemType].status);
  }

  static fromValidationErrors(errors: ValidationError[]): ProblemException {
    return new ProblemException('validation', { errors: flattenValidationErrors(errors) });
  }
}

export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent
      ? /^\d+$/.test(error.property)
        ? `${parent}[${error.property}]`
        : `${parent}.${error.property}`
      : error.property;
    const own = ownCodes(error).map((code) => ({
      field,
      code,
      args: constraintArgs(error, code),
    }));
    // A value that is not an object has no fields: what class-validator found inside it (the items
    // of an array given for an object) would only repeat the one problem.
    const inside = own.some((problem) => problem.code === 'isObject') ? [] : (error.children ?? []);
    return [...own, ...flattenValidationErrors(inside, field)];
  });
}

/**
 * class-validator adds `nestedValidation` to a nested field that is not an object; next to a more
 * telling code (`isDefined`, `isObject`) it only says the same again.
 */
function ownCodes(error: ValidationError): string[] {
  const codes = Object.keys(error.constraints ?? {});
  return codes.length > 1 ? codes.filter((code) => code !== 'nestedValidation') : codes;
}

/** class-validator keeps constraint arguments in its metadata; the contexts carry what we need to render. */
function constraintArgs(error: ValidationError, code: string): unknown[] {
  const context = error.contexts?.[code] as { args?: unknown[] } | undefined;
  if (context?.args) return context.args;
  const message = error.constraints?.[code] ?? '';
  // Numbers in the default English message are the arguments for min/max/length constraints.
  const numbers = message.match(/-?\d+(\.\d+)?/g);
  if (['min', 'max', 'minLength', 'maxLength', 'arrayMaxSize'].includes(code) && numbers)
    return [numbers[numbers.length - 1]];
  // The IIN's derived birth date and today's date, as the message names them.
  if (code === IMPLAUSIBLE_BIRTH_DATE) return message.match(/\d{4}-\d{2}-\d{2}/g) ?? [];
  if (code === 'isIn') {
    const listed = message.split(':')[1];
    return listed ? [listed.trim()] : [];
  }
  return [];
}
