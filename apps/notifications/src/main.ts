import 'reflect-metadata';
import { startService } from '@jiyn/bootstrap';
import { NotificationsAppModule } from './app.module';
import { NotificationsEnvironment } from './notifications.environment';

startService({
  service: 'notifications',
  environment: NotificationsEnvironment,
  module: NotificationsAppModule.register,
});
