import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { CLIENT_TYPES, clientTypes } from './client-types';
import { OPENAPI_JSON } from './openapi-files';

describe('the TypeScript client', () => {
  it('should be generated from the committed contract (else: npm run contracts:client)', async () => {
    expect(await readFile(CLIENT_TYPES, 'utf8')).toBe(await clientTypes(OPENAPI_JSON));
  }, 60_000);
});
