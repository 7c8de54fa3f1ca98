import type { ServiceDatabaseOptions } from '@jiyn/persistence';
import { ParkOutboxRows1764201600010 } from './migrations/1764201600010-park-outbox-rows';
import { RegistrationEntity } from '../registrations/registration.entity';
import { CreateMessagingTables1764201600000 } from './migrations/1764201600000-create-messaging-tables';
import { CreateRegistrations1764201600001 } from './migrations/1764201600001-create-registrations';
import { EventStatus1764201600002 } from './migrations/1764201600002-event-status';
import { RegistrationLifecycle1764201600003 } from './migrations/1764201600003-registration-lifecycle';

export const REGISTRATIONS_SCHEMA = 'registrations';

export function registrationsDatabase(url: string, poolSize?: number): ServiceDatabaseOptions {
  return {
    url,
    schema: REGISTRATIONS_SCHEMA,
    applicationName: 'jiyn-registrations',
    poolSize,
    entities: [RegistrationEntity],
    migrations: [
      CreateMessagingTables1764201600000,
      CreateRegistrations1764201600001,
      EventStatus1764201600002,
      RegistrationLifecycle1764201600003,
      ParkOutboxRows1764201600010,
    ],
  };
}
