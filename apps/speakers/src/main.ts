import 'reflect-metadata';
import { startService } from '@jiyn/bootstrap';
import { SpeakersAppModule } from './app.module';
import { SpeakersEnvironment } from './speakers.environment';

startService({ service: 'speakers', environment: SpeakersEnvironment, module: SpeakersAppModule.register });
