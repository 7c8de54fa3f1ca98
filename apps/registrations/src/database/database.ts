import type { ServiceDatabaseOptions } from '@jiyn/persistence';
import { SeatBuckets1764201600007 } from './migrations/1764201600007-seat-buckets';
import { CarefulPathSignal1764201600009 } from './migrations/1764201600009-careful-path-signal';
import { AnonymiseLifecycleFields1764201600008 } from './migrations/1764201600008-anonymise-lifecycle-fields';
import { ParkOutboxRows1764201600010 } from './migrations/1764201600010-park-outbox-rows';
import { IndexInboxByAge1764201600030 } from './migrations/1764201600030-index-inbox-by-age';
import { ReconcileSeatCounters1764201600011 } from './migrations/1764201600011-reconcile-seat-counters';
import { RegionSeatQuotas1764201600012 } from './migrations/1764201600012-region-seat-quotas';
import { EventProjectionsKnowTheirOrganisation1764201600111 } from './migrations/1764201600111-event-projections-know-their-organisation';
import { EventProjectionsKnowTheirTitle1764201600112 } from './migrations/1764201600112-event-projections-know-their-title';
import { RegistrationEntity } from '../registration-core/registration.entity';
import { CreateMessagingTables1764201600000 } from './migrations/1764201600000-create-messaging-tables';
import { CreateRegistrations1764201600001 } from './migrations/1764201600001-create-registrations';
import { EventStatus1764201600002 } from './migrations/1764201600002-event-status';
import { RegistrationLifecycle1764201600003 } from './migrations/1764201600003-registration-lifecycle';
import { CheckInAndSessionSignUps1764201600005 } from './migrations/1764201600005-check-in-and-session-sign-ups';
import { ParticipantData1764201600004 } from './migrations/1764201600004-participant-data';

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
      ParticipantData1764201600004,
      CheckInAndSessionSignUps1764201600005,
      SeatBuckets1764201600007,
      AnonymiseLifecycleFields1764201600008,
      CarefulPathSignal1764201600009,
      ParkOutboxRows1764201600010,
      ReconcileSeatCounters1764201600011,
      RegionSeatQuotas1764201600012,
      EventProjectionsKnowTheirOrganisation1764201600111,
      EventProjectionsKnowTheirTitle1764201600112,
      IndexInboxByAge1764201600030,
    ],
  };
}
