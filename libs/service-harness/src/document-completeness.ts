import type { OpenAPIObject } from '@nestjs/swagger';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
const OPERATION_ID = /^[a-z][A-Za-z]+$/;

/** The platform's probes, mounted in every service by the shared observability module: not its API. */
export const PROBE_PATHS: ReadonlySet<string> = new Set(['/health/live', '/health/ready', '/metrics']);

interface Operation {
  operationId?: string;
  summary?: string;
  responses?: Record<string, { content?: Record<string, unknown>; $ref?: string }>;
}

/**
 * What keeps a generated client from being typed, one line per gap: an operation without a
 * lowerCamelCase operationId or a summary, without a 2xx answer that has a body (or a 204), and
 * any schema typed `object` that says nothing of its members. Empty when the document is complete.
 */
export function documentGaps(
  document: OpenAPIObject,
  options: { skipPaths?: ReadonlySet<string> } = {},
): string[] {
  const skip = options.skipPaths ?? PROBE_PATHS;
  const gaps: string[] = [];
  const ids = new Map<string, string>();
  for (const [template, item] of Object.entries(document.paths ?? {})) {
    if (skip.has(template)) continue;
    for (const method of METHODS) {
      const operation = (item as Record<string, Operation | undefined>)[method];
      if (!operation) continue;
      const where = `${method.toUpperCase()} ${template}`;
      const id = operation.operationId ?? '';
      if (!OPERATION_ID.test(id)) gaps.push(`${where}: operationId "${id}" is not lowerCamelCase`);
      const twin = ids.get(id);
      if (twin) gaps.push(`${where}: operationId ${id} is also ${twin}'s`);
      ids.set(id, where);
      if (!operation.summary?.trim()) gaps.push(`${where}: no summary`);
      const successes = Object.entries(operation.responses ?? {}).filter(([status]) =>
        /^2\d\d$/.test(status),
      );
      const answers = successes.some(
        ([status, response]) => status === '204' || Object.keys(response.content ?? {}).length > 0,
      );
      if (!answers) gaps.push(`${where}: no 2xx response with content (or 204)`);
    }
  }
  gaps.push(...shapelessObjects(document.paths, '#/paths'));
  gaps.push(...shapelessObjects(document.components?.schemas, '#/components/schemas'));
  return gaps;
}

/** Schemas typed `object` with neither properties nor additionalProperties nor a composition. */
function shapelessObjects(node: unknown, path: string): string[] {
  if (Array.isArray(node)) return node.flatMap((child, i) => shapelessObjects(child, `${path}/${i}`));
  if (typeof node !== 'object' || node === null) return [];
  const schema = node as Record<string, unknown>;
  const shapeless =
    schema['type'] === 'object' &&
    schema['properties'] === undefined &&
    (schema['additionalProperties'] === undefined || schema['additionalProperties'] === true) &&
    !['allOf', 'anyOf', 'oneOf', '$ref'].some((key) => schema[key] !== undefined);
  return [
    ...(shapeless ? [`${path}: typed object without properties`] : []),
    ...Object.entries(schema).flatMap(([key, child]) => shapelessObjects(child, `${path}/${key}`)),
  ];
}
