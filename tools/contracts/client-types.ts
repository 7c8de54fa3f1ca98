import openapiTS, { astToString } from 'openapi-typescript';

/** The generated types of the workspace's TypeScript client (@jiyn/api-client). */
export const CLIENT_TYPES = new URL('../../libs/api-client/src/generated/jiyn-v1.ts', import.meta.url);

/** The TypeScript types of a contract, as `npm run contracts:client` writes them. */
export async function clientTypes(document: URL): Promise<string> {
  // A property with a default may be left out of a request: keep it optional (the library's default
  // would make it required, for answers).
  const ast = await openapiTS(document, { alphabetize: true, defaultNonNullable: false });
  return `// Generated from contracts/openapi/jiyn-v1.json by \`npm run contracts:client\`: do not edit.\n${astToString(ast)}`;
}
