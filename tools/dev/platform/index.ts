export {
  BLOCK_SIZE,
  DATA_SERVICES,
  PORT_BANDS,
  assertPortsFree,
  maxOffset,
  platformPorts,
  type AppName,
  type DataServiceName,
  type PlatformPorts,
  type PlatformRun,
} from './services';
export { startInfrastructure, type Infrastructure, type InfrastructureOptions } from './infrastructure';
export { runMigrations, startApps, type AppSecrets, type RunningApps, type StartAppsOptions } from './apps';
export { generateSecrets, localSecrets } from './secrets';
