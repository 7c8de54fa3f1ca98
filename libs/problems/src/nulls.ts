import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ProblemException, type FieldProblem } from './problem.exception';

/**
 * `{"ttlHours": null}` says the same as leaving ttlHours out: the default applies. `@IsOptional()`
 * lets null through, and then a default parameter or `=== undefined` in the service does not see
 * it; this turns null into absent before validation. For optional fields of create and replace
 * bodies that have a default; not for fields where null means "clear" (a PATCH's nullable fields).
 */
export function NullAsAbsent(): PropertyDecorator {
  return applyDecorators(
    // Documented as nullable, so clients may send what the API takes. Put beneath the field's own
    // `@ApiProperty()`: @nestjs/swagger merges that one's options over these.
    ApiProperty({ required: false, nullable: true }),
    Transform(({ value }: { value: unknown }) => (value === null ? undefined : value)),
  );
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

/** Where @nestjs/swagger keeps `@ApiProperty()` options (its `DECORATORS.API_MODEL_PROPERTIES`). */
const API_PROPERTY_METADATA = 'swagger/apiModelProperties';

/**
 * Documents `fields` of a (partial update) DTO as `nullable: true`, keeping the rest of what their
 * `@ApiProperty()` says: null clears them. The validation pipe refuses null in every other field, so
 * the document and the behaviour agree. For DTOs built with `PartialType`, whose fields come from
 * the create DTO, where null means nothing.
 */
export function ClearableWithNull(...fields: string[]): ClassDecorator {
  return (target) => {
    for (const field of fields) {
      const documented = (Reflect.getMetadata(API_PROPERTY_METADATA, target.prototype, field) ??
        {}) as object;
      ApiProperty({ ...documented, required: false, nullable: true })(target.prototype as object, field);
    }
  };
}
