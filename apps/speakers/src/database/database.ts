import type { ServiceDatabaseOptions } from '@jiyn/persistence';
import { ParkOutboxRows1764201600010 } from './migrations/1764201600010-park-outbox-rows';
import { IndexInboxByAge1764201600030 } from './migrations/1764201600030-index-inbox-by-age';
import { SpeakerEntity } from '../speakers/speaker.entity';
import { CreateMessagingTables1764201600000 } from './migrations/1764201600000-create-messaging-tables';
import { CreateSpeakers1764201600001 } from './migrations/1764201600001-create-speakers';
import { VersionAvailability1764201600002 } from './migrations/1764201600002-version-availability';
import { ProfilesAccessAgendas1764201600003 } from './migrations/1764201600003-profiles-access-agendas';
import { CreateProposals1764201600004 } from './migrations/1764201600004-create-proposals';
import { ExpireAccessTokens1764201600011 } from './migrations/1764201600011-expire-access-tokens';
import { EventProjectionsKnowTheirOrganisation1764201600113 } from './migrations/1764201600113-event-projections-know-their-organisation';
import { SpeakersBelongToAnOrganisation1764201600114 } from './migrations/1764201600114-speakers-belong-to-an-organisation';
import { InvitationsByEmail1764201600130 } from './migrations/1764201600130-invitations-by-email';

export const SPEAKERS_SCHEMA = 'speakers';

export function speakersDatabase(url: string, poolSize?: number): ServiceDatabaseOptions {
  return {
    url,
    schema: SPEAKERS_SCHEMA,
    applicationName: 'jiyn-speakers',
    poolSize,
    entities: [SpeakerEntity],
    migrations: [
      CreateMessagingTables1764201600000,
      CreateSpeakers1764201600001,
      VersionAvailability1764201600002,
      ProfilesAccessAgendas1764201600003,
      CreateProposals1764201600004,
      ParkOutboxRows1764201600010,
      ExpireAccessTokens1764201600011,
      EventProjectionsKnowTheirOrganisation1764201600113,
      SpeakersBelongToAnOrganisation1764201600114,
      InvitationsByEmail1764201600130,
      IndexInboxByAge1764201600030,
    ],
  };
}
