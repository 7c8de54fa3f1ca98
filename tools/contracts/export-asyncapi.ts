/**
 * Writes the AsyncAPI 3.0 document of the Kafka stream to contracts/asyncapi/jiyn-events.{json,yaml}.
 * `npm run contracts:asyncapi`; a unit test fails when the committed files and the code drift apart.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { ASYNCAPI_JSON, ASYNCAPI_YAML, asyncApiFiles } from './asyncapi-files';

const { json, yaml, document } = asyncApiFiles();
await mkdir(new URL('.', ASYNCAPI_JSON), { recursive: true });
await writeFile(ASYNCAPI_JSON, json);
await writeFile(ASYNCAPI_YAML, yaml);
const messages = Object.keys((document['components'] as { messages: object }).messages).length;
console.log(`wrote ${ASYNCAPI_JSON.pathname} and ${ASYNCAPI_YAML.pathname}: ${messages} messages`);
