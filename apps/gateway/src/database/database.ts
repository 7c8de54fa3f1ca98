import type { ServiceDatabaseOptions } from '@jiyn/persistence';
import { CreateOrganisations1764201600100 } from './migrations/1764201600100-create-organisations';
import { CreateApiKeysAndEventGrants1764201600110 } from './migrations/1764201600110-create-api-keys-and-event-grants';
import { CreateAuditLog1764201600130 } from './migrations/1764201600130-create-audit-log';
import { CreateRateLimits1764201600131 } from './migrations/1764201600131-create-rate-limits';
import { CreatePeople1764201600120 } from './migrations/1764201600120-create-people';
import { CreateIdempotencyKeys1764201600140 } from './migrations/1764201600140-create-idempotency-keys';
import { OrganisationBranding1764201600150 } from './migrations/1764201600150-organisation-branding';

/**
 * The gateway's own schema: who may do what. Organisations, people and their roles, API keys,
 * sign-in sessions, the audit log, the shared rate-limit budgets and idempotency keys live here, and nowhere else.
 */
export const ACCESS_SCHEMA = 'access';

export function gatewayDatabase(url: string, poolSize?: number): ServiceDatabaseOptions {
  return {
    url,
    schema: ACCESS_SCHEMA,
    applicationName: 'jiyn-gateway',
    poolSize,
    entities: [],
    migrations: [
      CreateOrganisations1764201600100,
      CreateApiKeysAndEventGrants1764201600110,
      CreatePeople1764201600120,
      CreateAuditLog1764201600130,
      CreateRateLimits1764201600131,
      CreateIdempotencyKeys1764201600140,
      OrganisationBranding1764201600150,
    ],
  };
}
