import type { ServiceDatabaseOptions } from '@jiyn/persistence';
import { ParkOutboxRows1764201600010 } from './migrations/1764201600010-park-outbox-rows';
import { IndexInboxByAge1764201600030 } from './migrations/1764201600030-index-inbox-by-age';
import { FeedbackEntity } from '../feedback/feedback.entity';
import { CreateMessagingTables1764201600000 } from './migrations/1764201600000-create-messaging-tables';
import { CreateFeedback1764201600001 } from './migrations/1764201600001-create-feedback';
import { SessionProjections1764201600011 } from './migrations/1764201600011-session-projections';
import { EventProjectionsKnowTheirOrganisation1764201600112 } from './migrations/1764201600112-event-projections-know-their-organisation';
import { CreateSurveys1765100000000 } from './migrations/1765100000000-create-surveys';
import { SurveyAnnouncements1765100000100 } from './migrations/1765100000100-survey-announcements';
import { SurveyChanges1765100000300 } from './migrations/1765100000300-survey-changes';
import { AnonymousRelease1765100000400 } from './migrations/1765100000400-anonymous-release';

export const FEEDBACK_SCHEMA = 'feedback';

export function feedbackDatabase(url: string, poolSize?: number): ServiceDatabaseOptions {
  return {
    url,
    schema: FEEDBACK_SCHEMA,
    applicationName: 'jiyn-feedback',
    poolSize,
    entities: [FeedbackEntity],
    migrations: [
      CreateMessagingTables1764201600000,
      CreateFeedback1764201600001,
      ParkOutboxRows1764201600010,
      SessionProjections1764201600011,
      EventProjectionsKnowTheirOrganisation1764201600112,
      IndexInboxByAge1764201600030,
      CreateSurveys1765100000000,
      SurveyAnnouncements1765100000100,
      SurveyChanges1765100000300,
      AnonymousRelease1765100000400,
    ],
  };
}
