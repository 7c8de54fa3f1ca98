import 'reflect-metadata';
import { DatabaseEnvironment, loadConfig } from '@jiyn/config';
import { runMigrationsCommand } from '@jiyn/persistence';
import { registrationsDatabase } from './database/database';

await runMigrationsCommand(registrationsDatabase(loadConfig(DatabaseEnvironment).DATABASE_URL));
