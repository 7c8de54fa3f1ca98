import { describe, expect, it } from '@jest/globals';
import type { OpenAPIObject } from '@nestjs/swagger';
import { OpenApiMergeConflict, mergeDocuments, type DocumentPart } from './merge-documents';

function part(
  source: string,
  paths: Record<string, unknown>,
  schemas: Record<string, unknown>,
): DocumentPart {
  return {
    source,
    pathPrefix: source === 'gateway' ? '' : '/api/v1',
    document: {
      openapi: '3.0.0',
      info: { title: source, version: '1' },
      paths,
      components: { schemas },
    } as OpenAPIObject,
  };
}

const option = { type: 'object', properties: { value: { type: 'string' } } };
const otherOption = { type: 'object', properties: { id: { type: 'integer' } } };
const reading = (operationId: string, schema: string) => ({
  get: {
    operationId,
    responses: {
      '200': {
        description: 'ok',
        content: { 'application/json': { schema: { $ref: `#/components/schemas/${schema}` } } },
      },
    },
  },
});

describe('merging the documents of the services and the gateway', () => {
  it('should re-root service paths, keep the gateway’s own, and leave plumbing out', () => {
    const merged = mergeDocuments(
      [
        part(
          'registrations',
          { '/registrations': reading('listRegistrations', 'Option'), '/health/ready': {} },
          { Option: option },
        ),
        part(
          'gateway',
          { '/api/v1/api-keys': reading('listApiKeys', 'Option'), '/openapi.json': {}, '/health/live': {} },
          {
            Option: option,
          },
        ),
      ],
      { onConflict: 'throw' },
    );
    expect(Object.keys(merged.paths)).toEqual(['/api/v1/registrations', '/api/v1/api-keys']);
    expect(merged.components.schemas).toEqual({ Option: option }); // identical: one schema
  });

  it('should refuse two different schemas of one name when asked to throw', () => {
    expect(() =>
      mergeDocuments(
        [
          part('registrations', { '/a': reading('a', 'Option') }, { Option: option }),
          part('speakers', { '/b': reading('b', 'Option') }, { Option: otherOption }),
        ],
        { onConflict: 'throw' },
      ),
    ).toThrow(
      new OpenApiMergeConflict('components.schemas.Option differs between registrations and speakers'),
    );
  });

  it('should rename the later schema with its source’s prefix, rewrite its references and say so', () => {
    const warnings: string[] = [];
    const merged = mergeDocuments(
      [
        part('registrations', { '/a': reading('a', 'Option') }, { Option: option }),
        part(
          'speakers',
          { '/b': reading('b', 'Option') },
          { Option: otherOption, Holder: { $ref: '#/components/schemas/Option' } },
        ),
      ],
      { onConflict: 'rename', warn: (message) => warnings.push(message) },
    );
    expect(merged.components.schemas).toEqual({
      Option: option,
      SpeakersOption: otherOption,
      Holder: { $ref: '#/components/schemas/SpeakersOption' },
    });
    expect(JSON.stringify(merged.paths['/api/v1/a'])).toContain('#/components/schemas/Option"');
    expect(JSON.stringify(merged.paths['/api/v1/b'])).toContain('#/components/schemas/SpeakersOption"');
    expect(warnings).toEqual([
      "components.schemas.Option differs between registrations and speakers: speakers's is published as SpeakersOption",
    ]);
  });

  it('should keep operationIds unique: refused, or prefixed with the source', () => {
    const parts = [
      part('registrations', { '/a': reading('listItems', 'Option') }, { Option: option }),
      part('feedback', { '/b': reading('listItems', 'Option') }, { Option: option }),
    ];
    expect(() => mergeDocuments(parts, { onConflict: 'throw' })).toThrow(
      /operationId listItems of GET \/api\/v1\/b/,
    );
    const merged = mergeDocuments(parts, { onConflict: 'rename' });
    expect((merged.paths['/api/v1/b']?.['get'] as { operationId: string }).operationId).toBe(
      'feedbackListItems',
    );
  });
});
