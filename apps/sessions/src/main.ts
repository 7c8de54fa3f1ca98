import 'reflect-metadata';
import { startService } from '@jiyn/bootstrap';
import { SessionsAppModule } from './app.module';
import { SessionsEnvironment } from './sessions.environment';

startService({ service: 'sessions', environment: SessionsEnvironment, module: SessionsAppModule.register });
