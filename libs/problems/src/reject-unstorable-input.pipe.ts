import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { ProblemException, type FieldProblem } from './problem.exception';

/** Deeper than any request the API takes; deeper still would overflow the stack while validating. */
export const MAX_INPUT_DEPTH = 32;

/** A UTF-16 surrogate without its partner: no character at all, and PostgreSQL's jsonb refuses it. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Refuses, as field errors before any validation or storage, input that would otherwise end as a
 * 500 deep inside: a NUL (PostgreSQL text cannot hold U+0000), a lone surrogate (jsonb refuses it),
 * nesting deeper than {@link MAX_INPUT_DEPTH} (the validator would overflow the stack) and a query
 * parameter given more than once (every parameter of the API takes one value).
 */
@Injectable()
export class RejectUnstorableInputPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    const problems: FieldProblem[] = [];
    const path = metadata.type === 'body' ? '' : (metadata.data ?? '');
    if (metadata.type === 'query') collectRepeated(value, path, problems);
    collect(value, path, problems);
    if (problems.length) throw new ProblemException('validation', { errors: problems });
    return value;
  }
}

/** The same checks for input that does not come through a route parameter (e.g. an import file's rows). */
export function unstorableInputProblems(value: unknown): FieldProblem[] {
  const problems: FieldProblem[] = [];
  collect(value, '', problems);
  return problems;
}

function collectRepeated(value: unknown, name: string, problems: FieldProblem[]): void {
  if (name) {
    if (Array.isArray(value)) problems.push({ field: name, code: 'repeatedParameter' });
    return;
  }
  if (!value || typeof value !== 'object') return;
  for (const [key, item] of Object.entries(value))
    if (Array.isArray(item)) problems.push({ field: key, code: 'repeatedParameter' });
}

function collect(value: unknown, path: string, problems: FieldProblem[], depth = 0): void {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) problems.push({ field: path || 'body', code: 'nulCharacter' });
    else if (LONE_SURROGATE.test(value)) problems.push({ field: path || 'body', code: 'loneSurrogate' });
    return;
  }
  if (!value || typeof value !== 'object') return;
  if (depth >= MAX_INPUT_DEPTH) {
    problems.push({ field: path || 'body', code: 'nestedTooDeep', args: [MAX_INPUT_DEPTH] });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => collect(item, `${path}[${index}]`, problems, depth + 1));
    return;
  }
  for (const [key, item] of Object.entries(value)) {
    if (key.includes('\u0000')) problems.push({ field: path || 'body', code: 'nulCharacter' });
    else if (LONE_SURROGATE.test(key)) problems.push({ field: path || 'body', code: 'loneSurrogate' });
    collect(item, path ? `${path}.${key}` : key, problems, depth + 1);
  }
}
