import 'reflect-metadata';
import { DatabaseEnvironment, loadConfig } from '@jiyn/config';
import { runMigrationsCommand } from '@jiyn/persistence';
import { notificationsDatabase } from './database/database';

await runMigrationsCommand(notificationsDatabase(loadConfig(DatabaseEnvironment).DATABASE_URL));
