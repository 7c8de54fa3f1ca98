export {
  TEST_ADMIN,
  TEST_ORGANISATION_ID,
  organisationPrincipal,
  startServiceUnderTest,
  type ServiceHarnessOptions,
  type ServiceUnderTest,
} from './service-harness';
export { useServiceTestBed, type ServiceTestBed } from './service-test-bed';
export { sendEventPublished, untilEventProjected } from './event-projection';
export { DatabaseContention } from './database-contention';
export {
  concretePath,
  schemaFingerprint,
  scopedOperations,
  walkAsIntruder,
  type ScopedOperation,
} from './cross-organisation';
export { ResponseConformance, conformanceMode, type ConformanceMode } from './response-conformance';
export { PROBE_PATHS, documentGaps } from './document-completeness';
