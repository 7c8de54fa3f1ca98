import 'reflect-metadata';
import { startService } from '@jiyn/bootstrap';
import { RegistrationsAppModule } from './app.module';
import { RegistrationsEnvironment } from './registrations.environment';

startService({
  service: 'registrations',
  environment: RegistrationsEnvironment,
  module: RegistrationsAppModule.register,
});
