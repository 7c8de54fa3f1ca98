/** Where the committed public contract lives, and how it is written (so drift checks compare bytes). */
export const OPENAPI_JSON = new URL('../../contracts/openapi/jiyn-v1.json', import.meta.url);
export const OPENAPI_YAML = new URL('../../contracts/openapi/jiyn-v1.yaml', import.meta.url);

export function openApiJson(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
