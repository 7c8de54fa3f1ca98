import { ValidationPipe, type ArgumentMetadata } from '@nestjs/common';
import type { ValidatorOptions } from 'class-validator';
import { SUPPORTED_LANGUAGES, isLang } from '@jiyn/kz';
import { ProblemException, type FieldProblem } from './problem.exception';

/**
 * The class-validator options every API body is checked with; code that validates DTOs itself
 * (e.g. rows of a bulk import) uses the same ones, so a row is valid exactly when the API would accept it.
 */
export const VALIDATOR_OPTIONS: Readonly<ValidatorOptions> = Object.freeze({
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  validationError: { target: false, value: false },
});

/** Where @nestjs/swagger keeps `@ApiProperty()` options (its `DECORATORS.API_MODEL_PROPERTIES`). */
const API_PROPERTY_METADATA = 'swagger/apiModelProperties';

/** Types Nest's pipe does not validate as DTOs: a body declared as one of these is taken as it comes. */
const NOT_DTOS: readonly unknown[] = [String, Boolean, Number, Array, Object, Buffer, Date];

/**
 * The one validation pipe every service uses: unknown fields are refused (not silently dropped),
 * payloads are converted to their DTO classes, and failures become a localised `validation` problem.
 * A `@Query('lang')` parameter must name a served language. Beyond class-validator it holds a body
 * to what the API document says of it:
 * - a route that declares a body DTO needs a body, and a JSON object at that (Nest's own pipe turns a
 *   missing or `null` body into `{}`, and an array into a list of DTOs);
 * - `null` is taken only by fields documented `nullable: true` (`@IsOptional()` lets it through
 *   anywhere). `@NullAsAbsent()` fields have turned null into absent before this check.
 */
export class JiynValidationPipe extends ValidationPipe {
  constructor() {
    super({
      ...VALIDATOR_OPTIONS,
      transform: true,
      exceptionFactory: (errors) => ProblemException.fromValidationErrors(errors),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'query' && metadata.data === 'lang') return languageParameter(value);
    const wholeBodyDto = metadata.type === 'body' && !metadata.data && isDto(metadata.metatype);
    if (wholeBodyDto) refuseNonObjectBody(value);
    const result: unknown = await super.transform(value, metadata);
    if (wholeBodyDto) {
      const errors = undocumentedNulls(result, '');
      if (errors.length) throw new ProblemException('validation', { errors });
    }
    return result;
  }
}

export function createValidationPipe(): ValidationPipe {
  return new JiynValidationPipe();
}

/**
 * `?lang=` names one of the languages served, or is left out (then Accept-Language decides): a
 * value outside them is a mistake the caller should hear of, not a silent fallback to Kazakh.
 */
function languageParameter(value: unknown): unknown {
  if (value === undefined || isLang(value)) return value;
  throw new ProblemException('validation', {
    errors: [{ field: 'lang', code: 'isIn', args: [SUPPORTED_LANGUAGES.join(', ')] }],
  });
}

function isDto(metatype: unknown): boolean {
  return typeof metatype === 'function' && !NOT_DTOS.includes(metatype);
}

function refuseNonObjectBody(value: unknown): void {
  if (value === undefined || value === null)
    throw new ProblemException('validation', { errors: [{ field: 'body', code: 'isDefined' }] });
  if (typeof value !== 'object' || Array.isArray(value) || Buffer.isBuffer(value))
    throw new ProblemException('validation', { errors: [{ field: 'body', code: 'isObject' }] });
}

/**
 * Fields of a validated DTO (and of the DTOs nested in it) that hold `null` without their
 * `@ApiProperty()` saying `nullable: true`.
 */
export function undocumentedNulls(value: unknown, path: string): FieldProblem[] {
  if (Array.isArray(value))
    return value.flatMap((item, index) => undocumentedNulls(item, `${path}[${index}]`));
  if (!value || typeof value !== 'object') return [];
  const prototype = Object.getPrototypeOf(value) as object | null;
  // Only DTO instances are looked into: a free-form object (answers to a form's questions) is data.
  if (!prototype || prototype === Object.prototype) return [];
  return Object.entries(value).flatMap(([key, item]) => {
    const field = path ? `${path}.${key}` : key;
    if (item !== null) return undocumentedNulls(item, field);
    const documented = Reflect.getMetadata(API_PROPERTY_METADATA, prototype, key) as
      { nullable?: boolean; anyOf?: { type?: unknown }[] } | undefined;
    // `nullable: true`, or (around a `$ref`, where nullable cannot admit null) `anyOf: [X, {type: 'null'}]`.
    const admitsNull = documented?.nullable || documented?.anyOf?.some((schema) => schema.type === 'null');
    return admitsNull ? [] : [{ field, code: 'isNotNull' }];
  });
}
