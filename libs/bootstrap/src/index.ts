export { PROBLEM_RESPONSES, buildOpenApiDocument, completeOperations } from './openapi-document';
export {
  createServiceApp,
  createServiceRuntime,
  exposeOpenApiDocument,
  runService,
  startService,
  type ServiceApp,
  type ServiceAppOptions,
  type ServiceRuntime,
  type StartServiceOptions,
} from './service-app';
export { dataServiceModules, internalAuthGuard, type DataServiceModuleOptions } from './data-service.module';
export { internalTokenAccess } from './internal-token-access';
export {
  DeferredBodyProblemInterceptor,
  deferBodyProblem,
  deferBodyProblems,
} from './deferred-body-problems';
