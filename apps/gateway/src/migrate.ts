import 'reflect-metadata';
import { DatabaseEnvironment, loadConfig } from '@jiyn/config';
import { runMigrationsCommand } from '@jiyn/persistence';
import { gatewayDatabase } from './database/database';

await runMigrationsCommand(gatewayDatabase(loadConfig(DatabaseEnvironment).DATABASE_URL));
