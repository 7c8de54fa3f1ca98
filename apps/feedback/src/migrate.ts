import 'reflect-metadata';
import { DatabaseEnvironment, loadConfig } from '@jiyn/config';
import { runMigrationsCommand } from '@jiyn/persistence';
import { feedbackDatabase } from './database/database';

await runMigrationsCommand(feedbackDatabase(loadConfig(DatabaseEnvironment).DATABASE_URL));
