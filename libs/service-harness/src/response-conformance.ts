import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { OpenAPIObject } from '@nestjs/swagger';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/**
 * How the harness holds responses to the service's OpenAPI document (JIYN_RESPONSE_CONFORMANCE):
 * `strict` — every status must be documented and its body match the documented schema;
 * `documented` — bodies of documented statuses must match; `off`.
 */
export type ConformanceMode = 'strict' | 'documented' | 'off';

export function conformanceMode(): ConformanceMode {
  const mode = process.env['JIYN_RESPONSE_CONFORMANCE'] ?? 'strict';
  if (mode !== 'strict' && mode !== 'documented' && mode !== 'off')
    throw new Error(`JIYN_RESPONSE_CONFORMANCE must be strict, documented or off, not ${mode}`);
  return mode;
}

interface Operation {
  method: string;
  template: string;
  pattern: RegExp;
  literals: number;
  responses: Record<string, unknown>;
}

/**
 * Checks each response the tests receive against what the service's own document promises, so a
 * schema that drifts from what the code answers fails the test that saw it (ajv judges the body).
 */
export class ResponseConformance {
  private readonly operations: Operation[];
  private readonly ajv = new Ajv({ strict: false, allErrors: true, allowUnionTypes: true });
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(
    private readonly document: OpenAPIObject,
    private readonly mode: ConformanceMode = conformanceMode(),
  ) {
    addFormats(this.ajv);
    // The document itself is the root every `#/components/...` reference resolves in.
    this.ajv.addSchema({ components: document.components ?? {} }, 'openapi');
    this.operations = Object.entries(document.paths ?? {})
      .flatMap(([template, item]) =>
        METHODS.flatMap((method) => {
          const operation = (item as Record<string, { responses?: Record<string, unknown> } | undefined>)[
            method
          ];
          if (!operation) return [];
          const segments = template.split('/').filter(Boolean);
          const pattern = new RegExp(
            `^/${segments.map((s) => (/^\{[^}]+\}$/.test(s) ? '[^/]+' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('/')}/?$`,
          );
          const literals = segments.filter((s) => !s.startsWith('{')).length;
          return [
            {
              method: method.toUpperCase(),
              template,
              pattern,
              literals,
              responses: operation.responses ?? {},
            },
          ];
        }),
      )
      .sort((a, b) => b.literals - a.literals);
  }

  /** Throws with what differs; returns quietly for a conforming response or an undocumented path. */
  check(method: string, url: string, status: number, contentType: string | undefined, body: unknown): void {
    if (this.mode === 'off') return;
    const path = url.split('?')[0] ?? url;
    const operation = this.operations.find(
      (op) => op.method === method.toUpperCase() && op.pattern.test(path),
    );
    if (!operation) return; // not an API operation (health, metrics, a wrong method: the router's answer)
    const response = this.resolve(operation.responses[String(status)] ?? operation.responses['default']);
    const where = `${method.toUpperCase()} ${operation.template} → ${status}`;
    if (!response) {
      if (this.mode === 'strict') throw new Error(`response not documented: ${where}`);
      return;
    }
    const content = (response as { content?: Record<string, { schema?: unknown }> }).content;
    if (!content) {
      if (body !== undefined && body !== '' && this.mode === 'strict')
        throw new Error(`${where} documents no body but one came`);
      return;
    }
    const mediaType = (contentType ?? '').split(';')[0]?.trim() ?? '';
    const documented = content[mediaType];
    if (!documented) {
      if (this.mode === 'strict')
        throw new Error(
          `${where}: content type ${mediaType || '(none)'} not among ${Object.keys(content).join(', ')}`,
        );
      return;
    }
    if (!documented.schema || !/json/.test(mediaType)) return;
    const key = `${where} ${mediaType}`;
    let validate = this.validators.get(key);
    if (!validate) {
      validate = this.ajv.compile(rebase(documented.schema));
      this.validators.set(key, validate);
    }
    if (!validate(body)) {
      const problems = (validate.errors ?? [])
        .slice(0, 8)
        .map((error) => `${error.instancePath || '(body)'} ${error.message}`)
        .join('; ');
      throw new Error(
        `response does not match its documented schema: ${where}: ${problems}\n${JSON.stringify(body).slice(0, 600)}`,
      );
    }
  }

  private resolve(response: unknown): unknown {
    const ref = (response as { $ref?: string } | undefined)?.$ref;
    if (!ref) return response;
    const name = ref.replace('#/components/responses/', '');
    return (this.document.components?.responses as Record<string, unknown> | undefined)?.[name];
  }
}

/** Local references of the document point into the schema registered as `openapi`. */
function rebase(schema: unknown): object {
  return JSON.parse(JSON.stringify(schema).replaceAll('"$ref":"#/', '"$ref":"openapi#/'));
}
