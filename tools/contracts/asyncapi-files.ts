import { stringify } from 'yaml';
import { buildAsyncApiDocument } from '@jiyn/contracts';

/** Where the committed AsyncAPI document of the Kafka stream lives, and how it is written (drift checks compare bytes). */
export const ASYNCAPI_JSON = new URL('../../contracts/asyncapi/jiyn-events.json', import.meta.url);
export const ASYNCAPI_YAML = new URL('../../contracts/asyncapi/jiyn-events.yaml', import.meta.url);

/** The stream's version moves with the public API's. */
export const STREAM_VERSION = '1.0.0';

export function asyncApiFiles(): { json: string; yaml: string; document: Record<string, unknown> } {
  const document = buildAsyncApiDocument(STREAM_VERSION);
  return {
    document,
    json: `${JSON.stringify(document, null, 2)}\n`,
    yaml: stringify(document, { lineWidth: 0, aliasDuplicateObjects: false }),
  };
}
