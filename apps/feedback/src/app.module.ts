import { Module, type DynamicModule } from '@nestjs/common';
import { dataServiceModules, type ServiceRuntime } from '@jiyn/bootstrap';
import { AccessModule } from './access/access.module';
import { AnonymousReleaseModule } from './anonymous-release/anonymous-release.module';
import { AnsweringModule } from './answering/answering.module';
import { AttendanceModule } from './attendance/attendance.module';
import { feedbackDatabase } from './database/database';
import { FeedbackModule } from './feedback/feedback.module';
import { SurveysModule } from './surveys/surveys.module';
import { ResultsModule } from './results/results.module';
import type { FeedbackEnvironment } from './feedback.environment';

@Module({})
export class FeedbackAppModule {
  static register(env: FeedbackEnvironment, runtime: ServiceRuntime): DynamicModule {
    const shared = dataServiceModules({
      service: 'feedback',
      env,
      runtime,
      database: feedbackDatabase(env.DATABASE_URL, env.DATABASE_POOL_SIZE),
    });
    return {
      module: FeedbackAppModule,
      imports: [
        ...shared.imports,
        AccessModule,
        FeedbackModule,
        SurveysModule,
        AttendanceModule,
        AnsweringModule,
        AnonymousReleaseModule,
        ResultsModule.register(env.FEEDBACK_MIN_CELL_SIZE, {
          speakersUrl: env.SPEAKERS_URL,
          internalToken: env.INTERNAL_TOKEN,
        }),
      ],
      providers: shared.providers,
    };
  }
}
