import { createJiynClient } from '@jiyn/api-client';

/** Talks to the running platform through the gateway only, as an integrator would. */
export interface ApiResponse {
  status: number;
  headers: Headers;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export interface SeededOrganisation {
  slug: string;
  id: string;
  ownerKey: string;
}

/**
 * The running platform: its gateway, the break-glass key, and the organisations `npm test` seeded
 * with it, each with an owner key. Every call's default key is the Ministry's integration key: every
 * scope, personal data included.
 */
export function platform() {
  const baseUrl = process.env['JIYN_E2E_GATEWAY_URL'];
  const breakGlassKey = process.env['JIYN_E2E_ADMIN_KEY'];
  const key = process.env['JIYN_E2E_KEY'];
  const organisations = JSON.parse(process.env['JIYN_E2E_ORGANISATIONS'] ?? '[]') as SeededOrganisation[];
  if (!baseUrl || !breakGlassKey || !key)
    throw new Error('JIYN_E2E_GATEWAY_URL and the e2e keys are not set: run e2e tests with `npm test`');
  return { baseUrl, breakGlassKey, key, organisations };
}

export async function call(
  method: string,
  path: string,
  options: { body?: unknown; key?: string | null; headers?: Record<string, string> } = {},
): Promise<ApiResponse> {
  const { baseUrl, key: integrationKey } = platform();
  const key = options.key === undefined ? integrationKey : options.key;
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      ...(key ? { authorization: `Bearer ${key}` } : {}),
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...options.headers,
    },
    body:
      options.body === undefined
        ? undefined
        : typeof options.body === 'string'
          ? options.body
          : JSON.stringify(options.body),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // keep text
  }
  return { status: response.status, headers: response.headers, body };
}

/**
 * The typed client generated from the committed contract (@jiyn/api-client), with the integration key
 * unless told otherwise: the main flows go through it, so a contract change breaks this build.
 */
export function api(token: string | null = platform().key) {
  return createJiynClient(platform().baseUrl, token ? { token } : {});
}

/** Until an operation documents its answer's body the client types it `never`: read it untyped then. */
type Documented<D> = [D] extends [never] ? any : D; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The status and body of a typed client's answer. */
export function answer<D>(result: { data?: D; error?: unknown; response: Response }): {
  status: number;
  body: Documented<NonNullable<D>>;
} {
  return {
    status: result.response.status,
    body: (result.data ?? result.error) as Documented<NonNullable<D>>,
  };
}
