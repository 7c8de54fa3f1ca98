import { buildAsyncApiDocument } from '@jiyn/contracts';
import { toYaml } from '../../apps/gateway/src/openapi/docs.controller';

/** Where the committed AsyncAPI document of the Kafka stream lives, and how it is written (drift checks compare bytes). */
export const ASYNCAPI_JSON = new URL('../../contracts/asyncapi/jiyn-events.json', import.meta.url);
export const ASYNCAPI_YAML = new URL('../../contracts/asyncapi/jiyn-events.yaml', import.meta.url);

export function asyncApiFiles(): { json: string; yaml: string; document: Record<string, unknown> } {
  const document = buildAsyncApiDocument();
  return {
    document,
    json: `${JSON.stringify(document, null, 2)}\n`,
    yaml: toYaml(document),
  };
}
