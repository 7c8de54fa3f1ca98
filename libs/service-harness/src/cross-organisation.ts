import { SCOPE_EXTENSION, type Principal } from '@jiyn/auth';
import { buildOpenApiDocument } from '@jiyn/bootstrap';
import type { ServiceUnderTest } from './service-harness';

const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;

/** One operation of the service's OpenAPI document that declares a scope. */
export interface ScopedOperation {
  method: string;
  template: string;
  scope: string;
}

/** Every operation of the service's own OpenAPI document that needs a scope (all but public/self/probes). */
export function scopedOperations(service: ServiceUnderTest): ScopedOperation[] {
  const document = buildOpenApiDocument(service.app, 'under test');
  return Object.entries(document.paths).flatMap(([template, item]) =>
    METHODS.flatMap((method) => {
      const operation = (item as Record<string, Record<string, unknown> | undefined>)[method];
      const scope = operation?.[SCOPE_EXTENSION];
      return typeof scope === 'string' ? [{ method: method.toUpperCase(), template, scope }] : [];
    }),
  );
}

/** The template with its `{param}`s replaced; a parameter the map lacks fails the test loudly. */
export function concretePath(template: string, ids: Record<string, string>): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const id = ids[name];
    if (!id) throw new Error(`no id for {${name}} in ${template}`);
    return id;
  });
}

/**
 * A fingerprint of every row of the service's own tables, to prove nothing changed. The outbox and
 * inbox are left out (the relay marks and purges their rows on its own schedule), and so are the
 * projections: only Kafka consumers write them, never a request, and other test files' events reach
 * them whenever they arrive. Projections not named `*_projections` (e.g. feedback's attendees) are
 * named in `projections`.
 */
export async function schemaFingerprint(
  service: ServiceUnderTest,
  schema: string,
  projections: readonly string[] = [],
): Promise<string> {
  const tables = await service.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE'
        AND table_name NOT LIKE '%outbox%' AND table_name NOT LIKE '%inbox%'
        AND right(table_name, 12) <> '_projections' AND NOT (table_name = ANY($2::text[]))
      ORDER BY table_name`,
    [schema, [...projections]],
  );
  const parts: string[] = [];
  for (const { table_name } of tables) {
    const [row] = await service.query<{ digest: string | null }>(
      `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest
         FROM "${schema}"."${table_name}" t`,
    );
    parts.push(`${table_name}:${row?.digest ?? ''}`);
  }
  return parts.join('\n');
}

/**
 * Walks every scoped operation with `intruder` (a principal of another organisation holding every
 * scope there) against the victim's real ids: each must answer 403 or 404 and change nothing.
 * Returns the answers, for the test to assert on.
 */
export async function walkAsIntruder(
  service: ServiceUnderTest,
  options: {
    schema: string;
    intruder: Principal;
    ids: Record<string, string>;
    /** Bodies per `METHOD template` that would be valid, so refusal is about access, not input. */
    bodies?: Record<string, unknown>;
    /** Tables only Kafka consumers write, beyond those named `*_projections`. */
    projections?: readonly string[];
  },
): Promise<{ operation: string; status: number; body: unknown }[]> {
  const before = await schemaFingerprint(service, options.schema, options.projections);
  const answers: { operation: string; status: number; body: unknown }[] = [];
  for (const operation of scopedOperations(service)) {
    const key = `${operation.method} ${operation.template}`;
    const body =
      operation.method === 'GET' || operation.method === 'DELETE' ? undefined : (options.bodies?.[key] ?? {});
    const response = await service.request(operation.method, concretePath(operation.template, options.ids), {
      principal: options.intruder,
      body,
    });
    answers.push({ operation: key, status: response.status, body: response.body });
  }
  const after = await schemaFingerprint(service, options.schema, options.projections);
  if (after !== before)
    throw new Error(`the intruder changed the ${options.schema} schema:\n${before}\n---\n${after}`);
  return answers;
}
