import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { ProblemException } from './problem.exception';

/** A positive 32-bit integer path parameter (version numbers…); anything else is a field error, not a 500. */
@Injectable()
export class ParsePositiveIntPipe implements PipeTransform<string, number> {
  transform(value: string, metadata: ArgumentMetadata): number {
    const number = /^\d{1,10}$/.test(value) ? Number(value) : Number.NaN;
    if (Number.isInteger(number) && number >= 1 && number <= 2_147_483_647) return number;
    throw new ProblemException('validation', {
      errors: [{ field: metadata.data ?? 'value', code: 'isInt' }],
    });
  }
}
