import { Module, type DynamicModule } from '@nestjs/common';
import { dataServiceModules, type ServiceRuntime } from '@jiyn/bootstrap';
import { feedbackDatabase } from './database/database';
import { EventPublishedConsumer } from './event-projection/event-published.consumer';
import { FeedbackModule } from './feedback/feedback.module';
import { SessionChangedConsumer } from './session-projection/session-changed.consumer';
import type { FeedbackEnvironment } from './feedback.environment';

@Module({})
export class FeedbackAppModule {
  static register(env: FeedbackEnvironment, runtime: ServiceRuntime): DynamicModule {
    const shared = dataServiceModules({
      service: 'feedback',
      env,
      runtime,
      database: feedbackDatabase(env.DATABASE_URL, env.DATABASE_POOL_SIZE),
      consumers: [EventPublishedConsumer, SessionChangedConsumer],
    });
    return {
      module: FeedbackAppModule,
      imports: [...shared.imports, FeedbackModule],
      providers: shared.providers,
    };
  }
}
