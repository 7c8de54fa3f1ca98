/**
 * @nestjs/swagger writes OpenAPI 3.0 schemas; the public document is OpenAPI 3.1, whose schemas are
 * JSON Schema 2020-12. This rewrites the 3.0-only shapes in place of a copy:
 * - `nullable: true` → `type: [T, 'null']`, or `anyOf: [<schema>, {type: 'null'}]` around a `$ref`/composition;
 * - `example` → `examples: [example]`;
 * - `format: binary` → `contentMediaType` (the body's media type), `format: byte` → `contentEncoding: base64`;
 * - boolean `exclusiveMinimum`/`exclusiveMaximum` → the numeric bound.
 */
type Json = Record<string, unknown>;

const SCHEMA_MAPS = ['properties', 'patternProperties', '$defs'] as const;
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'] as const;
const SCHEMA_VALUES = ['items', 'additionalProperties', 'not', 'contains'] as const;
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'] as const;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A 3.0 schema as 3.1 writes it (a new object; the input is not changed). */
export function upgradeSchema(input: unknown, mediaType?: string): unknown {
  if (!isObject(input)) return input;
  const schema: Json = { ...input };
  for (const key of SCHEMA_MAPS) {
    const map = schema[key];
    if (isObject(map))
      schema[key] = Object.fromEntries(Object.entries(map).map(([name, sub]) => [name, upgradeSchema(sub)]));
  }
  for (const key of SCHEMA_LISTS) {
    const list = schema[key];
    if (Array.isArray(list)) schema[key] = list.map((sub) => upgradeSchema(sub));
  }
  for (const key of SCHEMA_VALUES) if (isObject(schema[key])) schema[key] = upgradeSchema(schema[key]);

  if ('example' in schema) {
    if (!Array.isArray(schema['examples'])) schema['examples'] = [schema['example']];
    delete schema['example'];
  }
  if (schema['format'] === 'binary') {
    delete schema['format'];
    schema['contentMediaType'] =
      mediaType && !mediaType.includes('json') ? mediaType : 'application/octet-stream';
  } else if (schema['format'] === 'byte') {
    delete schema['format'];
    schema['contentEncoding'] = 'base64';
  }
  for (const [exclusive, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    if (typeof schema[exclusive] !== 'boolean') continue;
    if (schema[exclusive] && typeof schema[bound] === 'number') {
      schema[exclusive] = schema[bound];
      delete schema[bound];
    } else delete schema[exclusive];
  }
  if ('nullable' in schema) return withNull(schema);
  return withoutSingleAllOf(schema);
}

/**
 * 3.0 could not put a description beside a `$ref`, so @nestjs/swagger wraps it in a one-item `allOf`;
 * 3.1 takes the siblings directly (and the linters call the wrapper illogical).
 */
function withoutSingleAllOf(schema: Json): Json {
  const allOf = schema['allOf'];
  if (!Array.isArray(allOf) || allOf.length !== 1 || !isObject(allOf[0]) || !('$ref' in allOf[0]))
    return schema;
  if ('$ref' in schema || 'type' in schema) return schema;
  const { allOf: _wrapper, ...siblings } = schema;
  return { $ref: allOf[0]['$ref'], ...siblings };
}

function withNull(schema: Json): Json {
  const nullable = schema['nullable'] === true;
  delete schema['nullable'];
  if (!nullable) return schema;
  const type = schema['type'];
  if (typeof type === 'string') {
    schema['type'] = [type, 'null'];
    if (Array.isArray(schema['enum']) && !schema['enum'].includes(null))
      schema['enum'] = [...schema['enum'], null];
    return schema;
  }
  if (Array.isArray(type)) {
    if (!type.includes('null')) schema['type'] = [...type, 'null'];
    return schema;
  }
  // A reference or a composition: the annotations stay outside, the value may be it or null.
  const inner: Json = {};
  for (const key of ['$ref', 'allOf', 'anyOf', 'oneOf'] as const) {
    if (key in schema) {
      inner[key] = schema[key];
      delete schema[key];
    }
  }
  if (Object.keys(inner).length === 0) return schema; // no type at all: null is already allowed
  const single =
    inner['allOf'] && Object.keys(inner).length === 1 && (inner['allOf'] as unknown[]).length === 1;
  return { anyOf: [single ? (inner['allOf'] as unknown[])[0] : inner, { type: 'null' }], ...schema };
}

function upgradeContent(content: unknown): void {
  if (!isObject(content)) return;
  for (const [mediaType, media] of Object.entries(content)) {
    if (isObject(media) && 'schema' in media) media['schema'] = upgradeSchema(media['schema'], mediaType);
  }
}

function upgradeParameterLike(item: unknown): void {
  if (!isObject(item)) return;
  if ('schema' in item) item['schema'] = upgradeSchema(item['schema']);
  upgradeContent(item['content']);
}

function upgradeResponse(response: unknown): void {
  if (!isObject(response)) return;
  upgradeContent(response['content']);
  if (isObject(response['headers'])) Object.values(response['headers']).forEach(upgradeParameterLike);
}

/** Upgrades the whole document in place and returns it, marked 3.1. */
export function upgradeDocument<T extends Json>(document: T): T {
  const doc = document as Json;
  doc['openapi'] = '3.1.0';
  for (const item of Object.values((doc['paths'] ?? {}) as Json)) {
    if (!isObject(item)) continue;
    ((item['parameters'] ?? []) as unknown[]).forEach(upgradeParameterLike);
    for (const method of METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      ((operation['parameters'] ?? []) as unknown[]).forEach(upgradeParameterLike);
      if (isObject(operation['requestBody'])) upgradeContent(operation['requestBody']['content']);
      if (isObject(operation['responses'])) Object.values(operation['responses']).forEach(upgradeResponse);
    }
  }
  const components = doc['components'];
  if (isObject(components)) {
    if (isObject(components['schemas']))
      components['schemas'] = Object.fromEntries(
        Object.entries(components['schemas']).map(([name, schema]) => [name, upgradeSchema(schema)]),
      );
    for (const key of ['parameters', 'headers'] as const)
      if (isObject(components[key])) Object.values(components[key]).forEach(upgradeParameterLike);
    if (isObject(components['responses'])) Object.values(components['responses']).forEach(upgradeResponse);
    if (isObject(components['requestBodies']))
      Object.values(components['requestBodies']).forEach(
        (body) => isObject(body) && upgradeContent(body['content']),
      );
  }
  return document;
}
