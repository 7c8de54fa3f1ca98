/**
 * Writes the TypeScript client's types (libs/api-client/src/generated/jiyn-v1.ts) from the committed
 * contract. `npm run contracts:client` after `npm run contracts:openapi`; a unit test fails on drift.
 */
import { writeFile } from 'node:fs/promises';
import { OPENAPI_JSON } from './openapi-files';
import { CLIENT_TYPES, clientTypes } from './client-types';

await writeFile(CLIENT_TYPES, await clientTypes(OPENAPI_JSON));
console.log(`wrote ${CLIENT_TYPES.pathname}`);
