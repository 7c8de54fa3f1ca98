export {
  DATA_SERVICES,
  DEV_PORTS,
  TEST_PORTS,
  type AppName,
  type DataServiceName,
  type PlatformPorts,
} from './services';
export { startInfrastructure, type Infrastructure, type InfrastructureOptions } from './infrastructure';
export { runMigrations, startApps, type AppSecrets, type RunningApps, type StartAppsOptions } from './apps';
export { generateSecrets, localSecrets } from './secrets';
