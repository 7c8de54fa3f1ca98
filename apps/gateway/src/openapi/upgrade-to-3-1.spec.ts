import { describe, expect, it } from '@jest/globals';
import { upgradeDocument, upgradeSchema } from './upgrade-to-3-1';

describe('OpenAPI 3.0 → 3.1 schemas', () => {
  it('should write nullable as a type list, or as anyOf around a reference', () => {
    expect(upgradeSchema({ type: 'string', nullable: true, format: 'date-time' })).toEqual({
      type: ['string', 'null'],
      format: 'date-time',
    });
    expect(upgradeSchema({ type: 'string', enum: ['a', 'b'], nullable: true })).toEqual({
      type: ['string', 'null'],
      enum: ['a', 'b', null],
    });
    expect(
      upgradeSchema({ $ref: '#/components/schemas/Room', nullable: true, description: 'Where' }),
    ).toEqual({
      anyOf: [{ $ref: '#/components/schemas/Room' }, { type: 'null' }],
      description: 'Where',
    });
    expect(upgradeSchema({ allOf: [{ $ref: '#/components/schemas/Room' }], nullable: true })).toEqual({
      anyOf: [{ $ref: '#/components/schemas/Room' }, { type: 'null' }],
    });
    expect(upgradeSchema({ type: 'integer', nullable: false })).toEqual({ type: 'integer' });
  });

  it('should turn example into examples, binary into a media type, boolean exclusive bounds into numbers', () => {
    expect(upgradeSchema({ type: 'string', example: 'KZ-10' })).toEqual({
      type: 'string',
      examples: ['KZ-10'],
    });
    expect(upgradeSchema({ type: 'string', format: 'binary' }, 'application/pdf')).toEqual({
      type: 'string',
      contentMediaType: 'application/pdf',
    });
    expect(
      upgradeSchema({
        type: 'number',
        minimum: 0,
        exclusiveMinimum: true,
        maximum: 5,
        exclusiveMaximum: false,
      }),
    ).toEqual({
      type: 'number',
      exclusiveMinimum: 0,
      maximum: 5,
    });
  });

  it('should reach nested properties, items and compositions', () => {
    expect(
      upgradeSchema({
        type: 'object',
        properties: { tags: { type: 'array', items: { type: 'string', nullable: true, example: 'x' } } },
        additionalProperties: { oneOf: [{ type: 'integer', nullable: true }] },
      }),
    ).toEqual({
      type: 'object',
      properties: { tags: { type: 'array', items: { type: ['string', 'null'], examples: ['x'] } } },
      additionalProperties: { oneOf: [{ type: ['integer', 'null'] }] },
    });
  });

  it('should upgrade every schema of a document and mark it 3.1', () => {
    const document = upgradeDocument({
      openapi: '3.0.0',
      paths: {
        '/files/{id}': {
          get: {
            parameters: [{ name: 'id', in: 'path', schema: { type: 'string', example: 'a' }, example: 'a' }],
            responses: {
              '200': {
                description: 'The file',
                headers: { ETag: { schema: { type: 'string', nullable: true } } },
                content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
              },
            },
          },
        },
      },
      components: {
        schemas: { A: { type: 'object', properties: { b: { type: 'string', nullable: true } } } },
      },
    });
    expect(document).toEqual({
      openapi: '3.1.0',
      paths: {
        '/files/{id}': {
          get: {
            parameters: [
              { name: 'id', in: 'path', schema: { type: 'string', examples: ['a'] }, example: 'a' },
            ],
            responses: {
              '200': {
                description: 'The file',
                headers: { ETag: { schema: { type: ['string', 'null'] } } },
                content: {
                  'application/pdf': { schema: { type: 'string', contentMediaType: 'application/pdf' } },
                },
              },
            },
          },
        },
      },
      components: { schemas: { A: { type: 'object', properties: { b: { type: ['string', 'null'] } } } } },
    });
  });
});
