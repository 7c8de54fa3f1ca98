/**
 * Writes the public OpenAPI document to contracts/openapi/jiyn-v1.{json,yaml}, the committed contract
 * that review, the linter, the breaking-change check and the clients read. `npm run contracts:openapi`;
 * a unit test fails when the committed files and the code drift apart. Needs no database or Kafka.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { toYaml } from '../../apps/gateway/src/openapi/docs.controller';
import { OPENAPI_JSON, OPENAPI_YAML, openApiJson } from './openapi-files';
import { buildPublicDocument } from './public-openapi';

// Conflicts are written renamed (as the running gateway would serve them) and reported; the contract
// test (tools/contracts/openapi-contract.spec.ts) fails until they are resolved in the apps.
let conflicts = 0;
const document = await buildPublicDocument({
  renameConflicts: true,
  warn: (message) => {
    conflicts += 1;
    console.error(`conflict: ${message}`);
  },
});
await mkdir(new URL('.', OPENAPI_JSON), { recursive: true });
await writeFile(OPENAPI_JSON, openApiJson(document));
await writeFile(OPENAPI_YAML, toYaml(document));
console.log(
  `wrote ${OPENAPI_JSON.pathname} and ${OPENAPI_YAML.pathname}: ${Object.keys(document.paths).length} paths`,
);
if (conflicts > 0)
  console.error(`${conflicts} conflicts renamed: the drift test fails until they are resolved`);
process.exit(0); // the apps' modules leave timers behind (preview mode starts none, but imports may)
