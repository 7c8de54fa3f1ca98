import 'reflect-metadata';
import { DatabaseEnvironment, loadConfig } from '@jiyn/config';
import { runMigrationsCommand } from '@jiyn/persistence';
import { speakersDatabase } from './database/database';

await runMigrationsCommand(speakersDatabase(loadConfig(DatabaseEnvironment).DATABASE_URL));
