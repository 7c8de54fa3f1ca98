import 'reflect-metadata';
import { DatabaseEnvironment, loadConfig } from '@jiyn/config';
import { runMigrationsCommand } from '@jiyn/persistence';
import { sessionsDatabase } from './database/database';

await runMigrationsCommand(sessionsDatabase(loadConfig(DatabaseEnvironment).DATABASE_URL));
