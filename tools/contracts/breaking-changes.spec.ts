import { beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { breakingChanges, drafts, isAcknowledged, type BreakingChange } from './breaking-changes';
import { OPENAPI_JSON } from './openapi-files';

type Contract = {
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, { required?: string[]; properties: Record<string, unknown> }> };
};

/** oasdiff (the CI's install step puts it in .local/bin) on the committed contract and a changed copy. */
describe('the breaking-change check', () => {
  let folder: string;
  let committed: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'jiyn-breaking-'));
    committed = await readFile(OPENAPI_JSON, 'utf8');
  });

  async function changesAfter(change: (contract: Contract) => void): Promise<BreakingChange[]> {
    const contract = JSON.parse(committed) as Contract;
    change(contract);
    const changed = join(folder, `changed-${Math.random()}.json`);
    await writeFile(changed, JSON.stringify(contract));
    return breakingChanges(OPENAPI_JSON.pathname, changed).filter((found) => found.level >= 3);
  }

  it('should find nothing between the contract and itself', async () => {
    expect(await changesAfter(() => undefined)).toEqual([]);
  }, 60_000);

  it('should catch a removed operation', async () => {
    const changes = await changesAfter((contract) => delete contract.paths['/api/v1/events']?.['post']);
    expect(changes).toEqual([
      expect.objectContaining({
        id: 'api-removed-without-deprecation',
        operation: 'POST',
        path: '/api/v1/events',
      }),
    ]);
  }, 60_000);

  it('should catch a new required request field', async () => {
    const changes = await changesAfter((contract) => {
      const schema = contract.components.schemas[
        'CreateEventDto'
      ] as (typeof contract.components.schemas)[string];
      schema.properties['venueCode'] = { type: 'string' };
      schema.required = [...(schema.required ?? []), 'venueCode'];
    });
    expect(changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: 'new-required-request-property',
          operation: 'POST',
          path: '/api/v1/events',
        }),
      ]),
    );
  }, 60_000);

  it('should let through only a change acknowledged with its id, operation, path and a reason', () => {
    const change = {
      id: 'api-removed-without-deprecation',
      text: '',
      level: 3,
      operation: 'POST',
      path: '/api/v1/events',
    };
    expect(isAcknowledged(change, [{ ...change, reason: 'Never released.' }])).toBe(true);
    expect(isAcknowledged(change, [{ ...change, reason: ' ' }])).toBe(false);
    expect(isAcknowledged(change, [{ ...change, path: '/api/v1/speakers', reason: 'Another one.' }])).toBe(
      false,
    );
  });
});

describe('contract drafts', () => {
  it('should list only earlier versions of the contract as drafts, never the current one', async () => {
    const current = execFileSync('git', ['hash-object', OPENAPI_JSON.pathname], { encoding: 'utf8' }).trim();
    const listed = await drafts();
    expect(listed).not.toContain(current);
    for (const blob of listed)
      expect(execFileSync('git', ['cat-file', '-t', blob], { encoding: 'utf8' }).trim()).toBe('blob');
  });
});
