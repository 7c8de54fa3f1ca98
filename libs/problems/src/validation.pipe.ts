import { ValidationPipe } from '@nestjs/common';
import type { ValidatorOptions } from 'class-validator';
import { ProblemException } from './problem.exception';

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

/**
 * The one validation pipe every service uses: unknown fields are refused (not silently dropped),
 * payloads are converted to their DTO classes, and failures become a localised `validation` problem.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    ...VALIDATOR_OPTIONS,
    transform: true,
    exceptionFactory: (errors) => ProblemException.fromValidationErrors(errors),
  });
}
