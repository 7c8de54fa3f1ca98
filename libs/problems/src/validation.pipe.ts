import { ValidationPipe } from '@nestjs/common';
import { ProblemException } from './problem.exception';

/**
 * The one validation pipe every service uses: unknown fields are refused (not silently dropped),
 * payloads are converted to their DTO classes, and failures become a localised `validation` problem.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => ProblemException.fromValidationErrors(errors),
  });
}
