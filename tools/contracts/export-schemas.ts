/**
 * Writes each event type's JSON Schema to libs/contracts/schemas/<type>.json, for analysts and
 * integrators who consume the stream without our code. `npm run contracts:schemas`; a unit test
 * fails when the committed files and the contracts drift apart.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EVENT_CONTRACTS } from '@jiyn/contracts';

const target = fileURLToPath(new URL('../../libs/contracts/schemas/', import.meta.url));
await mkdir(target, { recursive: true });
for (const contract of Object.values(EVENT_CONTRACTS)) {
  await writeFile(join(target, `${contract.type}.json`), `${JSON.stringify(contract.schema, null, 2)}\n`);
  console.log(`wrote ${contract.type}.json`);
}
