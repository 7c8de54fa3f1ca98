import { describe, expect, it } from '@jest/globals';
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { EVENT_CONTRACTS } from './registry';

const schemasDir = fileURLToPath(new URL('../schemas/', import.meta.url));

describe('published JSON Schema files', () => {
  it('should match the contracts exactly (run `npm run contracts:schemas` after changing one)', async () => {
    const files = (await readdir(schemasDir)).filter((file) => file.endsWith('.json')).sort();
    expect(files).toEqual(
      Object.keys(EVENT_CONTRACTS)
        .map((type) => `${type}.json`)
        .sort(),
    );
    for (const contract of Object.values(EVENT_CONTRACTS)) {
      const onDisk = JSON.parse(await readFile(`${schemasDir}${contract.type}.json`, 'utf8'));
      expect(onDisk).toEqual(JSON.parse(JSON.stringify(contract.schema)));
    }
  });
});
