import { GATEWAY_RUNTIME_ROLE } from './migrations/1764201600130-create-audit-log';

export { GATEWAY_RUNTIME_ROLE };

/**
 * The URL the serving gateway connects with: the same login, but every connection takes the
 * runtime role at start-up (`-c role=…`, PostgreSQL's SET ROLE), so a request can never update,
 * delete or truncate the audit log. Migrations use the plain URL.
 */
export function runtimeDatabaseUrl(url: string): string {
  const parsed = new URL(url);
  const options = parsed.searchParams.get('options');
  parsed.searchParams.set('options', `${options ? `${options} ` : ''}-c role=${GATEWAY_RUNTIME_ROLE}`);
  return parsed.toString();
}
