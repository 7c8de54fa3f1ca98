import { isDeepStrictEqual } from 'node:util';
import type { OpenAPIObject } from '@nestjs/swagger';

type Json = Record<string, unknown>;

/** One document to merge: a service's (re-rooted under /api/v1) or the gateway's own. */
export interface DocumentPart {
  /** `registrations`, `gateway`…: the prefix a conflicting name gets. */
  source: string;
  document: OpenAPIObject;
  /** Prepended to each path: `/api/v1` for a service; empty for the gateway, whose routes have it. */
  pathPrefix: string;
}

export interface MergeOptions {
  /**
   * Two different schemas (or responses) of one name, or one operationId twice: `throw` (the export
   * and its tests: a contract with a conflict is never committed) or `rename` with the source's prefix
   * (the running gateway: a service deployed ahead of the others must not take the document down).
   */
  onConflict: 'throw' | 'rename';
  warn?: (message: string) => void;
}

export class OpenApiMergeConflict extends Error {}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'] as const;
const MERGED_COMPONENTS = ['schemas', 'responses'] as const;
/** Service paths that are plumbing, not API. */
const INTERNAL_PATHS = /^\/(health|metrics|openapi\.(json|yaml)|docs)(\/|$)/;

export interface MergedDocument {
  paths: Record<string, Json>;
  components: Record<(typeof MERGED_COMPONENTS)[number], Record<string, unknown>>;
  tags: { name: string; description?: string }[];
}

/**
 * Merges the parts' paths, schemas, responses and tags. Identical same-named components are one;
 * different ones, and repeated operationIds, are a conflict (see `MergeOptions.onConflict`).
 */
export function mergeDocuments(parts: DocumentPart[], options: MergeOptions): MergedDocument {
  const merged: MergedDocument = { paths: {}, components: { schemas: {}, responses: {} }, tags: [] };
  const owners: Record<(typeof MERGED_COMPONENTS)[number], Map<string, string>> = {
    schemas: new Map(),
    responses: new Map(),
  };
  const operationIds = new Map<string, string>();
  const tags = new Map<string, { name: string; description?: string }>();
  for (const part of parts) {
    const document = structuredClone(part.document) as unknown as Json;
    const renames = renameConflicts(document, part.source, merged, owners, options);
    if (renames.size > 0) rewriteRefs(document, renames);
    for (const kind of MERGED_COMPONENTS) {
      for (const [name, value] of Object.entries(componentsOf(document, kind))) {
        merged.components[kind][name] = value;
        owners[kind].set(name, part.source);
      }
    }
    for (const [path, item] of Object.entries((document['paths'] ?? {}) as Record<string, Json>)) {
      if (INTERNAL_PATHS.test(path)) continue;
      const publicPath = `${part.pathPrefix}${path}`;
      if (!publicPath.startsWith('/api/')) continue; // the gateway's own plumbing (health, docs)
      for (const method of METHODS) {
        const operation = item[method] as Json | undefined;
        if (!operation) continue;
        uniqueOperationId(
          operation,
          part.source,
          `${method.toUpperCase()} ${publicPath}`,
          operationIds,
          options,
        );
      }
      if (merged.paths[publicPath]) {
        const message = `${publicPath} is declared by ${part.source} and by an earlier document`;
        if (options.onConflict === 'throw') throw new OpenApiMergeConflict(message);
        options.warn?.(`${message}: the earlier one is kept`);
        continue;
      }
      merged.paths[publicPath] = item;
    }
    for (const tag of (document['tags'] ?? []) as { name: string; description?: string }[])
      tags.set(tag.name, { ...tags.get(tag.name), ...tag });
  }
  merged.tags = [...tags.values()];
  return merged;
}

function componentsOf(document: Json, kind: string): Record<string, unknown> {
  return (((document['components'] ?? {}) as Json)[kind] ?? {}) as Record<string, unknown>;
}

/** This part's components that clash with different ones already merged, and the names they take. */
function renameConflicts(
  document: Json,
  source: string,
  merged: MergedDocument,
  owners: Record<(typeof MERGED_COMPONENTS)[number], Map<string, string>>,
  options: MergeOptions,
): Map<string, string> {
  const renames = new Map<string, string>();
  for (const kind of MERGED_COMPONENTS) {
    const own = componentsOf(document, kind);
    for (const [name, value] of Object.entries(own)) {
      const existing = merged.components[kind][name];
      if (existing === undefined || isDeepStrictEqual(existing, value)) continue;
      const message = `components.${kind}.${name} differs between ${owners[kind].get(name)} and ${source}`;
      if (options.onConflict === 'throw') throw new OpenApiMergeConflict(message);
      let renamed = `${pascal(source)}${name}`;
      for (let n = 2; renamed in own || renamed in merged.components[kind]; n += 1)
        renamed = `${pascal(source)}${name}${n}`;
      options.warn?.(`${message}: ${source}'s is published as ${renamed}`);
      own[renamed] = value;
      delete own[name];
      renames.set(`#/components/${kind}/${name}`, `#/components/${kind}/${renamed}`);
    }
  }
  return renames;
}

function rewriteRefs(node: unknown, renames: Map<string, string>): void {
  if (Array.isArray(node)) node.forEach((child) => rewriteRefs(child, renames));
  else if (typeof node === 'object' && node !== null) {
    const object = node as Json;
    for (const [key, value] of Object.entries(object)) {
      if (key === '$ref' && typeof value === 'string' && renames.has(value)) object[key] = renames.get(value);
      else rewriteRefs(value, renames);
    }
  }
}

function uniqueOperationId(
  operation: Json,
  source: string,
  where: string,
  seen: Map<string, string>,
  options: MergeOptions,
): void {
  const id = operation['operationId'];
  if (typeof id !== 'string') return;
  const first = seen.get(id);
  if (first === undefined) {
    seen.set(id, where);
    return;
  }
  const message = `operationId ${id} of ${where} is also that of ${first}`;
  if (options.onConflict === 'throw') throw new OpenApiMergeConflict(message);
  let renamed = `${source}${pascal(id)}`;
  for (let n = 2; seen.has(renamed); n += 1) renamed = `${source}${pascal(id)}${n}`;
  options.warn?.(`${message}: published as ${renamed}`);
  operation['operationId'] = renamed;
  seen.set(renamed, where);
}

function pascal(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
