export { ConfigError, loadConfig } from './load-config';
export {
  DataServiceEnvironment,
  DatabaseEnvironment,
  DatabaseServiceEnvironment,
  ServiceEnvironment,
} from './service-environment';
export { ConfigModule } from './config.module';
