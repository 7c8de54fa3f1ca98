export {
  CORRELATION_HEADER,
  currentCorrelationId,
  runWithCorrelation,
  sanitizeCorrelationId,
} from './correlation';
export { JsonLogger, createLogger, serializeError } from './logger';
export { ServiceMetrics } from './metrics';
export {
  ReadinessRegistry,
  readinessStatus,
  type CheckResult,
  type DependencyState,
  type ReadinessCheck,
  type ReadinessReport,
} from './health';
export { installHttpObservability } from './http-observability';
export {
  ObservabilityModule,
  SERVICE_LOGGER,
  type MetricsAccess,
  type ObservabilityOptions,
} from './observability.module';
