import { describe, expect, it } from '@jest/globals';
import { registrationChangedV1Schema, speakerAvailabilityChangedV1Schema } from '@jiyn/contracts';
import { breakingSchemaChanges } from './event-schema-changes';

type Node = Record<string, unknown> & {
  properties: Record<string, Record<string, unknown>>;
  required: string[];
};

function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

const registration = (): Node =>
  copy(registrationChangedV1Schema('kz.jiyn.registration.created.v1', '')) as unknown as Node;

describe('breaking changes of an event schema', () => {
  it('should find none between a schema and itself, or when an optional field is added', () => {
    expect(breakingSchemaChanges(registration(), registration())).toEqual([]);
    const added = registration();
    added.properties['addedLater'] = { type: 'string' };
    expect(breakingSchemaChanges(registration(), added)).toEqual([]);
    const described = registration();
    described['description'] = 'said better';
    expect(breakingSchemaChanges(registration(), described)).toEqual([]);
  });

  it('should find a removed field, a field no longer always sent, and a new required field', () => {
    const removed = registration();
    delete removed.properties['regionCode'];
    removed.required = removed.required.filter((name) => name !== 'regionCode');
    expect(breakingSchemaChanges(registration(), removed)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\$\.regionCode: removed$/)]),
    );
    const optional = registration();
    optional.required = optional.required.filter((name) => name !== 'eventId');
    expect(breakingSchemaChanges(registration(), optional)).toEqual(['$.eventId: no longer always sent']);
    const required = registration();
    required.properties['mustHave'] = { type: 'string' };
    required.required = [...required.required, 'mustHave'];
    expect(breakingSchemaChanges(registration(), required)).toEqual(['$.mustHave: new required field']);
  });

  it('should find a retyped field, a changed format, a new enum value and a loosened bound', () => {
    const retyped = registration();
    retyped.properties['version'] = { ...retyped.properties['version'], type: 'string' };
    expect(breakingSchemaChanges(registration(), retyped)).toEqual([
      expect.stringMatching(/^\$\.version: type "integer" → "string"$/),
    ]);
    const status = registration();
    const before = status.properties['status'] as { enum: string[] };
    status.properties['status'] = { ...before, enum: [...before.enum, 'frozen'] };
    expect(breakingSchemaChanges(registration(), status)).toEqual([
      expect.stringContaining('new enum values ["frozen"]'),
    ]);
    const format = registration();
    format.properties['eventId'] = { ...format.properties['eventId'], format: 'uri' };
    expect(breakingSchemaChanges(registration(), format)).toEqual([
      expect.stringContaining('$.eventId: format'),
    ]);
    const version = registration();
    version.properties['version'] = { ...version.properties['version'], minimum: 0 };
    expect(breakingSchemaChanges(registration(), version)).toEqual(['$.version: minimum 1 → 0']);
  });

  it('should look into nested objects and array items', () => {
    const schema = speakerAvailabilityChangedV1Schema as unknown as Node;
    const changed = copy(schema);
    const ranges = changed.properties['ranges'] as { items: Node };
    delete ranges.items.properties['endsAt'];
    expect(breakingSchemaChanges(copy(schema), changed)).toEqual(
      expect.arrayContaining(['$.ranges[].endsAt: removed']),
    );
  });
});
