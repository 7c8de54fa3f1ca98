import { Transform } from 'class-transformer';
import { ProblemException, type FieldProblem } from './problem.exception';

/**
 * `{"ttlHours": null}` says the same as leaving ttlHours out: the default applies. `@IsOptional()`
 * lets null through, and then a default parameter or `=== undefined` in the service does not see
 * it; this turns null into absent before validation. For optional fields of create and replace
 * bodies that have a default; not for fields where null means "clear" (a PATCH's nullable fields).
 */
export function NullAsAbsent(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => (value === null ? undefined : value));
}

/**
 * In a partial update an absent field stays as it is and null clears it; a field that cannot be
 * empty refuses null as missing (`isDefined`), rather than ignoring it or storing it.
 */
export function refuseNulls(dto: object, fields: readonly string[]): void {
  const errors: FieldProblem[] = fields
    .filter((field) => (dto as Record<string, unknown>)[field] === null)
    .map((field) => ({ field, code: 'isDefined' }));
  if (errors.length) throw new ProblemException('validation', { errors });
}
