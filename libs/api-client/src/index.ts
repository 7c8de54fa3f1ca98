import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { components, operations, paths } from './generated/jiyn-v1';

export type { components, operations, paths };
export type JiynClient = Client<paths>;
/** A schema of the contract by name: `Schema<'RegistrationView'>`. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

export interface JiynClientOptions extends Omit<ClientOptions, 'baseUrl'> {
  /** An organisation's API key (`jiyn_…`) or a self-service token, sent as a bearer token. */
  token?: string;
  /** `kk`, `ru` or `en`: the language of problems and localised content. */
  language?: 'kk' | 'ru' | 'en';
}

/**
 * A typed client of the Jiyn API (openapi-fetch over the committed contract): paths, parameters,
 * bodies and answers are checked by the compiler, so a contract change breaks the build of its users.
 */
export function createJiynClient(baseUrl: string, options: JiynClientOptions = {}): JiynClient {
  const { token, language, headers, ...rest } = options;
  return createClient<paths>({
    baseUrl,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(language ? { 'accept-language': language } : {}),
      ...(headers as Record<string, string> | undefined),
    },
    ...rest,
  });
}
