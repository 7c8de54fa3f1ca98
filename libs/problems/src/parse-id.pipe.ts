import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { ProblemException } from './problem.exception';

/** Path ids are UUIDs; anything else is a field error on that parameter, not a database error. */
@Injectable()
export class ParseIdPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (isUUID(value)) return value.toLowerCase();
    throw new ProblemException('validation', { errors: [{ field: metadata.data ?? 'id', code: 'isUuid' }] });
  }
}
