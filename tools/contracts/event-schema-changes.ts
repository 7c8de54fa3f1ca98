/**
 * Fails on a breaking change of an event payload schema. `npm run contracts:event-breaking` (CI too).
 * Each schema in libs/contracts/schemas is compared with its previous version (the same base as the
 * OpenAPI check: the work tree against HEAD, else the version before main's last change of the
 * folder). Breaking, for a consumer of the stream: a type removed; a field removed, or made optional
 * where it was required; a field's type, format or pattern changed; an enum value removed; a new
 * required field; a bound tightened. Such a change comes as a new versioned type (`….v2`) instead,
 * and the old one keeps flowing. Adding an optional field is not breaking: consumers ignore fields
 * they do not know.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const SCHEMAS = 'libs/contracts/schemas';

type Schema = {
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
};

const SAME_KEYWORDS = ['type', 'format', 'pattern', 'const'] as const;
/** Bounds a consumer relied on: a smaller maximum or larger minimum is fine for it, the other way is not. */
const LOWER_BOUNDS = ['minimum', 'minLength', 'minItems'] as const;
const UPPER_BOUNDS = ['maximum', 'maxLength', 'maxItems'] as const;

/** What breaks a consumer of `before` when producers send by `after`, each as "path: what". */
export function breakingSchemaChanges(before: Schema, after: Schema, path = '$'): string[] {
  const found: string[] = [];
  for (const keyword of SAME_KEYWORDS)
    if (JSON.stringify(before[keyword]) !== JSON.stringify(after[keyword]))
      found.push(
        `${path}: ${keyword} ${JSON.stringify(before[keyword])} → ${JSON.stringify(after[keyword])}`,
      );
  if (before.enum && after.enum) {
    const added = after.enum.filter(
      (value) => !before.enum?.some((old) => JSON.stringify(old) === JSON.stringify(value)),
    );
    if (added.length)
      found.push(`${path}: new enum values ${JSON.stringify(added)} a consumer does not know`);
  } else if (before.enum && !after.enum) found.push(`${path}: any value where an enum was`);
  for (const bound of LOWER_BOUNDS)
    if (before[bound] !== undefined && (after[bound] === undefined || after[bound] < before[bound]))
      found.push(`${path}: ${bound} ${before[bound]} → ${after[bound]}`);
  for (const bound of UPPER_BOUNDS)
    if (before[bound] !== undefined && (after[bound] === undefined || after[bound] > before[bound]))
      found.push(`${path}: ${bound} ${before[bound]} → ${after[bound]}`);
  const wasRequired = new Set(before.required ?? []);
  const isRequired = new Set(after.required ?? []);
  for (const [name, property] of Object.entries(before.properties ?? {})) {
    const now = after.properties?.[name];
    if (!now) found.push(`${path}.${name}: removed`);
    else found.push(...breakingSchemaChanges(property, now, `${path}.${name}`));
    if (wasRequired.has(name) && now && !isRequired.has(name))
      found.push(`${path}.${name}: no longer always sent`);
  }
  for (const name of isRequired)
    if (!wasRequired.has(name) && !before.properties?.[name])
      found.push(`${path}.${name}: new required field`);
  if (before.items && after.items)
    found.push(...breakingSchemaChanges(before.items, after.items, `${path}[]`));
  if (before.anyOf || after.anyOf) {
    const variants = (schema: Schema) => (schema.anyOf ?? [schema]).map((variant) => JSON.stringify(variant));
    const lost = variants(before).filter((variant) => !variants(after).includes(variant));
    const gained = variants(after).filter((variant) => !variants(before).includes(variant));
    if (lost.length || gained.length)
      found.push(`${path}: anyOf ${variants(before).join(' | ')} → ${variants(after).join(' | ')}`);
  }
  return found;
}

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The ref whose schemas the current ones are compared with (see the OpenAPI check's baseRef). */
function baseRef(explicit?: string): string | undefined {
  if (explicit) return explicit;
  try {
    git('diff', '--quiet', 'HEAD', '--', SCHEMAS);
    git('ls-files', '--error-unmatch', SCHEMAS);
  } catch {
    return 'HEAD';
  }
  if (git('status', '--porcelain', '--', SCHEMAS).trim()) return 'HEAD';
  const last = git('log', '--first-parent', '-n', '1', '--format=%H', '--', SCHEMAS).trim();
  return last ? `${last}^` : undefined;
}

function schemasAt(ref: string): Map<string, Schema> {
  const found = new Map<string, Schema>();
  let names: string[];
  try {
    names = git('ls-tree', '--name-only', `${ref}:${SCHEMAS}`)
      .split('\n')
      .filter((name) => name.endsWith('.json'));
  } catch {
    return found; // no schemas yet at that ref
  }
  for (const name of names) found.set(name, JSON.parse(git('show', `${ref}:${SCHEMAS}/${name}`)) as Schema);
  return found;
}

function currentSchemas(): Map<string, Schema> {
  const folder = join(REPO, SCHEMAS);
  return new Map(
    readdirSync(folder)
      .filter((name) => name.endsWith('.json'))
      .map((name) => [name, JSON.parse(readFileSync(join(folder, name), 'utf8')) as Schema]),
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const explicit = process.argv.indexOf('--base');
  const base = baseRef(explicit > 0 ? process.argv[explicit + 1] : undefined);
  if (!base) {
    console.log('event schemas: no earlier version to compare with');
    process.exit(0);
  }
  const before = schemasAt(base);
  const now = currentSchemas();
  const problems: string[] = [];
  for (const [name, schema] of before) {
    const current = now.get(name);
    if (!current)
      problems.push(`${name}: removed — an event type keeps flowing; retire it in a later release`);
    else problems.push(...breakingSchemaChanges(schema, current).map((change) => `${name} ${change}`));
  }
  const added = [...now.keys()].filter((name) => !before.has(name));
  console.log(
    `event schemas: ${now.size} compared with ${base} (${added.length} new${added.length ? `: ${added.join(', ')}` : ''})`,
  );
  if (problems.length) {
    console.error(
      `breaking changes — publish a new versioned type (….v2) instead:\n  ${problems.join('\n  ')}`,
    );
    process.exit(1);
  }
  console.log('event schemas: no breaking change');
}
