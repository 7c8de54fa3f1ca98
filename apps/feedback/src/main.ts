import 'reflect-metadata';
import { startService } from '@jiyn/bootstrap';
import { FeedbackAppModule } from './app.module';
import { FeedbackEnvironment } from './feedback.environment';

startService({ service: 'feedback', environment: FeedbackEnvironment, module: FeedbackAppModule.register });
