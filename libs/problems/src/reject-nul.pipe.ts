import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { ProblemException, type FieldProblem } from './problem.exception';

/**
 * PostgreSQL text cannot hold U+0000; left alone, a NUL in a path, query or body becomes a 500 at
 * the database. Refused here as a field error instead, before any validation or storage.
 */
@Injectable()
export class RejectNulCharactersPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    const problems: FieldProblem[] = [];
    collect(value, metadata.type === 'body' ? '' : (metadata.data ?? ''), problems);
    if (problems.length) throw new ProblemException('validation', { errors: problems });
    return value;
  }
}

function collect(value: unknown, path: string, problems: FieldProblem[], depth = 0): void {
  if (depth > 32) return;
  if (typeof value === 'string') {
    if (value.includes('\u0000')) problems.push({ field: path || 'body', code: 'nulCharacter' });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => collect(item, `${path}[${index}]`, problems, depth + 1));
    return;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes('\u0000')) problems.push({ field: path || 'body', code: 'nulCharacter' });
      collect(item, path ? `${path}.${key}` : key, problems, depth + 1);
    }
  }
}
