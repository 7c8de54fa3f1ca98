import type { ServiceDatabaseOptions } from '@jiyn/persistence';
import { ParkOutboxRows1764201600010 } from './migrations/1764201600010-park-outbox-rows';
import { IndexInboxByAge1764201600030 } from './migrations/1764201600030-index-inbox-by-age';
import { EventsBelongToOrganisations1764201600110 } from './migrations/1764201600110-events-belong-to-organisations';
import { EventEntity } from '../events/event.entity';
import { CreateMessagingTables1764201600000 } from './migrations/1764201600000-create-messaging-tables';
import { CreateEvents1764201600001 } from './migrations/1764201600001-create-events';
import { CreateProgramme1764201600002 } from './migrations/1764201600002-create-programme';
import { CreateSpeakerAvailability1764201600003 } from './migrations/1764201600003-create-speaker-availability';
import { SessionsFromProposals1764201600020 } from './migrations/1764201600020-sessions-from-proposals';
import { RoomEntity } from '../programme/rooms/room.entity';
import { TrackEntity } from '../programme/tracks/track.entity';
import { ProgrammeSessionEntity } from '../programme/sessions/programme-session.entity';
import { ScheduleVersionEntity } from '../programme/schedule/schedule-version.entity';

export const SESSIONS_SCHEMA = 'sessions';

/** Everything TypeORM needs for this service's own schema; migrations are listed in order. */
export function sessionsDatabase(url: string, poolSize?: number): ServiceDatabaseOptions {
  return {
    url,
    schema: SESSIONS_SCHEMA,
    applicationName: 'jiyn-sessions',
    poolSize,
    entities: [EventEntity, RoomEntity, TrackEntity, ProgrammeSessionEntity, ScheduleVersionEntity],
    migrations: [
      CreateMessagingTables1764201600000,
      CreateEvents1764201600001,
      CreateProgramme1764201600002,
      CreateSpeakerAvailability1764201600003,
      ParkOutboxRows1764201600010,
      SessionsFromProposals1764201600020,
      IndexInboxByAge1764201600030,
      EventsBelongToOrganisations1764201600110,
    ],
  };
}
