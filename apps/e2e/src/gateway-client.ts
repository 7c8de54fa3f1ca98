/** Talks to the running platform through the gateway only, as an integrator would. */
export interface ApiResponse {
  status: number;
  headers: Headers;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export function platform() {
  const baseUrl = process.env['JIYN_E2E_GATEWAY_URL'];
  const adminKey = process.env['JIYN_E2E_ADMIN_KEY'];
  if (!baseUrl || !adminKey)
    throw new Error('JIYN_E2E_GATEWAY_URL and JIYN_E2E_ADMIN_KEY are not set: run e2e tests with `npm test`');
  return { baseUrl, adminKey };
}

export async function call(
  method: string,
  path: string,
  options: { body?: unknown; key?: string | null; headers?: Record<string, string> } = {},
): Promise<ApiResponse> {
  const { baseUrl, adminKey } = platform();
  const key = options.key === undefined ? adminKey : options.key;
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
