import type { ServiceDatabaseOptions } from '@jiyn/persistence';
import { CreateOrganisations1764201600100 } from './migrations/1764201600100-create-organisations';
import { CreatePeople1764201600120 } from './migrations/1764201600120-create-people';

/**
 * The gateway's own schema: who may do what. Organisations, people and their roles, API keys,
 * sign-in sessions, the audit log and the shared rate-limit budgets live here, and nowhere else.
 */
export const ACCESS_SCHEMA = 'access';

export function gatewayDatabase(url: string, poolSize?: number): ServiceDatabaseOptions {
  return {
    url,
    schema: ACCESS_SCHEMA,
    applicationName: 'jiyn-gateway',
    poolSize,
    entities: [],
    migrations: [CreateOrganisations1764201600100, CreatePeople1764201600120],
  };
}
