// Three tiers, one config: `npm test` (tools/test/run-tests.ts) runs them in order and brings up
// PostgreSQL and Kafka for the last two. Jest runs in native ESM mode (NestJS 12 ships ESM only).
const common = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', {}] },
  testPathIgnorePatterns: ['/node_modules/', '/.local/'],
  // Decorator metadata (Nest, class-transformer) needs the Reflect polyfill before any module loads.
  setupFiles: ['reflect-metadata'],
};

export default {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,tools}/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs,tools}/**/*.integration-spec.ts'],
      slowTestThreshold: 30,
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/{apps/e2e,tools}/**/*.e2e-spec.ts'],
      slowTestThreshold: 60,
    },
  ],
};
