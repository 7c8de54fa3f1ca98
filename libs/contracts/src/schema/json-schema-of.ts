import { ValidationTypes, getMetadataStorage } from 'class-validator';
import { IS_CALENDAR_DATE, nestedClassOf, presenceOf, schemaNotesOf } from './contract-decorators';

/**
 * Derives a payload class's JSON Schema from the class-validator decorators that validate it, so
 * the published schema and the runtime check cannot say different things. Every decorator maps to
 * one keyword; one without a mapping is an error here, never silently left out of the schema.
 * Keywords come out in a fixed order, so the published files are stable byte for byte.
 */

type Class = new () => object;
type Schema = Record<string, unknown>;
type Metadata = ReturnType<ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas']>[number];

const KEYWORD_ORDER = [
  'type',
  'format',
  'pattern',
  'minimum',
  'maximum',
  'maxLength',
  'minItems',
  'maxItems',
  'items',
  'additionalProperties',
  'required',
  'properties',
  'enum',
] as const;

export interface EventSchema {
  readonly $id: string;
  readonly [keyword: string]: unknown;
}

/** The published schema of one event type whose `data` is an instance of `payload`. */
export function eventSchemaOf(payload: Class, type: string, description: string): EventSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://jiyn.kz/schemas/${type}.json`,
    title: type,
    description,
    ...objectSchemaOf(payload),
  };
}

/** A closed object (extra properties refused, as `forbidNonWhitelisted` does) with its properties. */
export function objectSchemaOf(payload: Class): Schema {
  const required: string[] = [];
  const properties: Record<string, Schema> = {};
  for (const [owner, property, metadatas] of propertiesOf(payload)) {
    const { schema, optional } = propertySchema(owner, property, metadatas);
    if (!optional) required.push(property);
    properties[property] = schema;
  }
  return {
    type: 'object',
    additionalProperties: false,
    ...(required.length > 0 ? { required } : {}),
    properties,
  };
}

/** Properties in declaration order, a base class's before its subclass's. */
function propertiesOf(payload: Class): [owner: object, property: string, metadatas: Metadata[]][] {
  const chain: object[] = [];
  for (let klass: object | null = payload; klass && klass !== Function.prototype;) {
    chain.unshift(klass);
    klass = Object.getPrototypeOf(klass) as object | null;
  }
  const all = getMetadataStorage().getTargetValidationMetadatas(payload, '', true, false);
  const result: [object, string, Metadata[]][] = [];
  for (const owner of chain) {
    const byProperty = new Map<string, Metadata[]>();
    for (const metadata of all.filter((candidate) => candidate.target === owner)) {
      byProperty.set(metadata.propertyName, [...(byProperty.get(metadata.propertyName) ?? []), metadata]);
    }
    for (const [property, metadatas] of byProperty) result.push([owner, property, metadatas]);
  }
  return result;
}

function propertySchema(owner: object, property: string, metadatas: Metadata[]) {
  const where = `${(owner as { name: string }).name}.${property}`;
  const value: Schema = {};
  const items: Schema = {};
  let mayBeAbsent = false;
  let mayBeNull = false;
  for (const metadata of metadatas) {
    if (metadata.type === ValidationTypes.CONDITIONAL_VALIDATION) {
      const kind = metadata.name === 'isOptional' ? 'isOptional' : presenceOf(metadata.constraints[0]);
      if (!kind) throw new Error(`${where}: @ValidateIf has no JSON Schema counterpart`);
      mayBeAbsent ||= kind !== 'mayBeNull';
      mayBeNull ||= kind !== 'mayBeAbsent';
    } else if (metadata.type === ValidationTypes.IS_DEFINED) {
      // Required unless marked otherwise, which every type keyword below enforces as well.
    } else if (metadata.type === ValidationTypes.NESTED_VALIDATION) {
      const nested = nestedClassOf(owner, property);
      if (!nested || nested.each !== Boolean(metadata.each))
        throw new Error(`${where}: use @Nested(() => Class) so the schema knows the nested class`);
      merge(nested.each ? items : value, objectSchemaOf(nested.type()), where);
    } else if (metadata.type === ValidationTypes.CUSTOM_VALIDATION && metadata.name) {
      merge(metadata.each ? items : value, keywordsOf(metadata, where), where);
    } else {
      throw new Error(`${where}: ${metadata.type} ${metadata.name ?? ''} has no JSON Schema counterpart`);
    }
  }
  if (Object.keys(items).length > 0) {
    if (value['type'] !== 'array') throw new Error(`${where}: { each: true } needs @IsArray()`);
    value['items'] = ordered(items);
  }
  if (value['type'] === undefined && value['enum'] === undefined)
    throw new Error(`${where}: no decorator fixes its type, so absence would pass unnoticed`);
  return {
    schema: presented(ordered(value), mayBeNull, schemaNotesOf(owner, property)),
    optional: mayBeAbsent,
  };
}

function keywordsOf(metadata: Metadata, where: string): Schema {
  const [first, second] = (metadata.constraints ?? []) as unknown[];
  switch (metadata.name) {
    case 'isUuid':
      if (first !== null && first !== undefined && first !== 'all')
        throw new Error(`${where}: only @IsUUID() of any version maps to format "uuid"`);
      return { type: 'string', format: 'uuid' };
    case 'isIso8601':
      if (first) throw new Error(`${where}: @IsISO8601() options have no JSON Schema counterpart`);
      return { type: 'string', format: 'date-time' };
    case IS_CALENDAR_DATE:
      return { type: 'string', format: 'date' };
    case 'isString':
      return { type: 'string' };
    case 'matches': {
      if (!(first instanceof RegExp) || first.flags !== '' || second !== undefined)
        throw new Error(`${where}: @Matches() needs a RegExp without flags`);
      return { type: 'string', pattern: first.source };
    }
    case 'maxLength':
      return { type: 'string', maxLength: first };
    case 'isInt':
      return { type: 'integer' };
    case 'min':
      return { minimum: first };
    case 'max':
      return { maximum: first };
    case 'isBoolean':
      return { type: 'boolean' };
    case 'isIn':
      return { enum: [...(first as unknown[])] };
    case 'isArray':
      return { type: 'array' };
    case 'arrayMinSize':
      return { minItems: first };
    case 'arrayMaxSize':
      return { maxItems: first };
    case 'isObject':
      return { type: 'object' };
    default:
      throw new Error(`${where}: @${metadata.name} has no JSON Schema counterpart yet`);
  }
}

function merge(into: Schema, keywords: Schema, where: string): void {
  for (const [keyword, value] of Object.entries(keywords)) {
    if (into[keyword] !== undefined && JSON.stringify(into[keyword]) !== JSON.stringify(value))
      throw new Error(
        `${where}: ${keyword} is both ${JSON.stringify(into[keyword])} and ${JSON.stringify(value)}`,
      );
    into[keyword] = value;
  }
}

function ordered(schema: Schema): Schema {
  const unknown = Object.keys(schema).filter(
    (keyword) => !(KEYWORD_ORDER as readonly string[]).includes(keyword),
  );
  if (unknown.length > 0) throw new Error(`no place for ${unknown.join(', ')} in KEYWORD_ORDER`);
  return Object.fromEntries(
    KEYWORD_ORDER.filter((keyword) => schema[keyword] !== undefined).map((keyword) => [
      keyword,
      schema[keyword],
    ]),
  );
}

/** Adds null where the property allows it, and the notes for readers. */
function presented(schema: Schema, mayBeNull: boolean, notes: ReturnType<typeof schemaNotesOf>): Schema {
  let result = schema;
  if (mayBeNull) {
    if (schema['enum']) result = { ...schema, enum: [...(schema['enum'] as unknown[]), null] };
    else if (notes.nullAsAnyOf) result = { anyOf: [schema, { type: 'null' }] };
    else result = { ...schema, type: [schema['type'], 'null'] };
  } else if (notes.nullAsAnyOf) {
    throw new Error('nullAsAnyOf on a property that may not be null');
  }
  return notes.description === undefined ? result : { ...result, description: notes.description };
}
