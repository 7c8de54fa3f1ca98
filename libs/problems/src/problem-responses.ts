import { ApiExtension } from '@nestjs/swagger';

/** Problem statuses an operation may answer with (RFC 9457 documents in the Problem schema). */
export type ProblemStatus =
  400 | 401 | 403 | 404 | 405 | 409 | 410 | 412 | 413 | 414 | 415 | 422 | 428 | 429 | 503;

/** The OpenAPI extension listing the problems an operation declares beside the standard ones. */
export const PROBLEMS_EXTENSION = 'x-jiyn-problems';

/**
 * The problems an operation answers with beyond those its shape implies (a body may be invalid, a
 * path id unknown, a caller unauthenticated…): 409 for a conflict with the state, 422 for a request
 * understood but refused, 412 for a stale If-Match. The document lists them under the operation.
 */
export const ProblemResponses = (...statuses: ProblemStatus[]) => ApiExtension(PROBLEMS_EXTENSION, statuses);

/** The JSON Schema of every problem document the API answers with (RFC 9457 plus Jiyn's members). */
export const PROBLEM_SCHEMA = {
  type: 'object',
  description:
    'An RFC 9457 problem document, localised by Accept-Language (kk, ru, en). Some problems carry ' +
    'extension members (e.g. `registrationId` on a duplicate registration, `limit` on a 429).',
  required: ['type', 'title', 'status', 'instance'],
  properties: {
    type: {
      type: 'string',
      format: 'uri',
      description: 'Identifies the kind of problem; stable across languages.',
      example: 'https://jiyn.kz/problems/validation',
    },
    title: { type: 'string', description: 'Short summary of the kind of problem, in the caller’s language.' },
    status: { type: 'integer', minimum: 400, maximum: 599 },
    detail: { type: 'string', description: 'What went wrong in this occurrence, in the caller’s language.' },
    instance: {
      type: 'string',
      description: 'The path the client called.',
      example: '/api/v1/registrations',
    },
    correlationId: { type: 'string', description: 'Quote it when asking for help: it finds the logs.' },
    errors: {
      type: 'array',
      description: 'Field-level problems of a request that failed validation.',
      items: {
        type: 'object',
        required: ['field', 'code', 'message'],
        properties: {
          field: {
            type: 'string',
            description: 'Dotted path of the field, `body` or `query` for the whole.',
            example: 'participant.iin',
          },
          code: {
            type: 'string',
            description: 'Machine-readable reason, e.g. `isIin`, `isNotEmpty`.',
            example: 'isIin',
          },
          message: { type: 'string', description: 'The reason in the caller’s language.' },
        },
      },
    },
  },
  additionalProperties: true,
} as const;
