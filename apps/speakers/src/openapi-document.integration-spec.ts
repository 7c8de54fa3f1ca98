import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { OpenAPIObject } from '@nestjs/swagger';
import { buildOpenApiDocument } from '@jiyn/bootstrap';
import { startServiceUnderTest, type ServiceUnderTest } from '@jiyn/service-harness';
import { SpeakersAppModule } from './app.module';
import { speakersDatabase } from './database/database';
import { SpeakersEnvironment } from './speakers.environment';

const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;
/** Probes and metrics: for the platform's operators, never in the public document (the gateway drops them). */
const INTERNAL_PATHS = /^\/(health|metrics|openapi\.json)/;

interface Operation {
  name: string;
  operationId?: string;
  summary?: string;
  parameters?: { in: string; name: string; schema?: Record<string, unknown> }[];
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

type Schema = Record<string, unknown>;

/**
 * Every `type: object` schema in `schema` (and under it) that says nothing about its members (a
 * client generated from it gets an untyped bag), and every `nullable` without a type. Named by where
 * they sit.
 */
function bareObjects(schema: unknown, where: string): string[] {
  if (typeof schema !== 'object' || schema === null) return [];
  const node = schema as Schema;
  const found: string[] = [];
  const describesMembers = ['properties', 'additionalProperties', 'allOf', 'anyOf', 'oneOf', '$ref'].some(
    (key) => key in node,
  );
  if (node['type'] === 'object' && !describesMembers) found.push(where);
  // A 3.0 `nullable` means nothing without a `type` (validators refuse it, the 3.1 upgrade drops it).
  if (node['nullable'] === true && node['type'] === undefined) found.push(`${where} (nullable without type)`);
  for (const [name, property] of Object.entries((node['properties'] ?? {}) as Record<string, unknown>))
    found.push(...bareObjects(property, `${where}.${name}`));
  if (typeof node['additionalProperties'] === 'object')
    found.push(...bareObjects(node['additionalProperties'], `${where}[*]`));
  if (node['items']) found.push(...bareObjects(node['items'], `${where}[]`));
  for (const key of ['allOf', 'anyOf', 'oneOf'] as const)
    ((node[key] ?? []) as unknown[]).forEach((sub, index) =>
      found.push(...bareObjects(sub, `${where}.${key}[${index}]`)),
    );
  return found;
}

/** The speakers service's own document is complete enough to generate a typed client from. */
describe('the speakers OpenAPI document', () => {
  let service: ServiceUnderTest;
  let document: OpenAPIObject;
  let operations: Operation[];

  beforeAll(async () => {
    service = await startServiceUnderTest({
      service: 'speakers',
      environment: SpeakersEnvironment,
      module: SpeakersAppModule.register,
      database: (url) => speakersDatabase(url),
    });
    document = buildOpenApiDocument(service.app, 'speakers');
    operations = Object.entries(document.paths)
      .filter(([template]) => !INTERNAL_PATHS.test(template))
      .flatMap(([template, item]) =>
        METHODS.flatMap((method) => {
          const operation = (item as Record<string, Omit<Operation, 'name'> | undefined>)[method];
          return operation ? [{ ...operation, name: `${method.toUpperCase()} ${template}` }] : [];
        }),
      );
  }, 90_000);

  afterAll(async () => {
    await service?.stop();
  });

  it('should name every operation with a unique lowerCamelCase operationId and summarise it', () => {
    expect(operations.length).toBeGreaterThan(40);
    const unnamed = operations
      .filter((op) => !/^[a-z][A-Za-z]+$/.test(op.operationId ?? ''))
      .map((op) => `${op.name}: ${op.operationId}`);
    expect(unnamed).toEqual([]);
    const ids = operations.map((op) => op.operationId);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    expect(operations.filter((op) => !op.summary?.trim()).map((op) => op.name)).toEqual([]);
  });

  it('should document a success answer with its content (or a 204) on every operation', () => {
    const silent = operations
      .filter(
        (op) =>
          !Object.entries(op.responses).some(
            ([status, response]) =>
              status === '204' ||
              (/^2\d\d$/.test(status) &&
                Object.values(response.content ?? {}).some((media) => media.schema !== undefined)),
          ),
      )
      .map((op) => op.name);
    expect(silent).toEqual([]);
  });

  it('should type every object it describes, in schemas and in operations alike', () => {
    const schemas = Object.entries(document.components?.schemas ?? {}).flatMap(([name, schema]) =>
      bareObjects(schema, name),
    );
    const inline = operations.flatMap((op) =>
      Object.entries(op.responses).flatMap(([status, response]) =>
        Object.entries(response.content ?? {}).flatMap(([type, media]) =>
          bareObjects(media.schema, `${op.name} → ${status} ${type}`),
        ),
      ),
    );
    expect([...schemas, ...inline]).toEqual([]);
  });

  it('should say that every path id is a UUID', () => {
    const untyped = operations.flatMap((op) =>
      (op.parameters ?? [])
        .filter((parameter) => parameter.in === 'path' && parameter.schema?.['format'] !== 'uuid')
        .map((parameter) => `${op.name} {${parameter.name}}`),
    );
    expect(untyped).toEqual([]);
  });
});
