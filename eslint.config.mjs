import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

// Module boundaries are errors from the first commit: an app may depend on its own scope and on
// `scope:shared`; libraries are reached only through their package entry (index.ts).
const TYPE_RULES = {
  'type:app': ['type:feature', 'type:data-access', 'type:contracts', 'type:util'],
  'type:e2e': ['type:contracts', 'type:util', 'type:testing'],
  'type:feature': ['type:data-access', 'type:contracts', 'type:util'],
  'type:data-access': ['type:data-access', 'type:contracts', 'type:util'],
  'type:contracts': ['type:util'],
  'type:util': ['type:util'],
  'type:testing': ['type:feature', 'type:data-access', 'type:contracts', 'type:util', 'type:testing'],
};
const SCOPES = ['gateway', 'registrations', 'sessions', 'speakers', 'feedback', 'notifications'];

/** Scopes: an app depends on its own scope and shared. Types: layers; tests may also use the testing lib. */
function boundaries({ tests }) {
  return {
    enforceBuildableLibDependency: false,
    banTransitiveDependencies: false,
    depConstraints: [
      ...SCOPES.map((scope) => ({
        sourceTag: `scope:${scope}`,
        onlyDependOnLibsWithTags: [`scope:${scope}`, 'scope:shared'],
      })),
      { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
      { sourceTag: 'scope:tools', onlyDependOnLibsWithTags: ['scope:shared', 'scope:tools'] },
      { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:shared', 'scope:tools'] },
      ...Object.entries(TYPE_RULES).map(([sourceTag, allowed]) => ({
        sourceTag,
        onlyDependOnLibsWithTags: tests ? [...new Set([...allowed, 'type:testing'])] : allowed,
      })),
    ],
  };
}

// Type information for the type-aware rules. Linting one project (`nx run <project>:lint`), each file
// gets the program of its nearest tsconfig.json: that project and the libraries it imports. Linting the
// whole workspace at once (`npm run lint`, CI), one program of every file (tsconfig.json at the root)
// serves them all: building twenty overlapping programs would cost twice the time.
const TYPE_INFORMATION = process.env.JIYN_LINT_WHOLE_PROGRAM
  ? { project: './tsconfig.json', tsconfigRootDir: import.meta.dirname }
  : { projectService: true, tsconfigRootDir: import.meta.dirname };

// An app's `test/` folder holds what its tests share (builders, checkers): test code too.
const TEST_FILES = [
  '**/*.spec.ts',
  '**/*.integration-spec.ts',
  '**/*.e2e-spec.ts',
  'apps/*/test/**/*.ts',
  // Harnesses that start an app in a test (never imported by the app itself).
  'apps/*/src/**/testing/*.ts',
  'apps/gateway/src/access/sign-in/people-test-gateway.ts',
];

export default [
  { ignores: ['**/node_modules/**', '**/dist/**', '.local/**', '.nx/**', 'coverage/**'] },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: TYPE_INFORMATION },
    rules: {
      // Promises nobody awaits lose their errors (an unhandled rejection ends the process) and their
      // ordering (a transaction closes before the write it meant to hold): these are bugs, not style.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@nx/enforce-module-boundaries': ['error', boundaries({ tests: false })],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      // Class properties keep explicit types: class-transformer reads them from decorator metadata.
      '@typescript-eslint/no-inferrable-types': ['error', { ignoreProperties: true }],
      'no-console': ['error', { allow: ['error'] }],
    },
  },
  {
    files: TEST_FILES,
    rules: { '@nx/enforce-module-boundaries': ['error', boundaries({ tests: true })] },
  },
  {
    // Benchmarks and the bootstrap's tests run a gateway in this process, on its real database,
    // through the gateway's own test harnesses (its only entry points outside the app).
    files: ['tools/bench/*-bench.ts', 'tools/dev/demo/*.integration-spec.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          ...boundaries({ tests: true }),
          allow: [
            '../../apps/gateway/src/database/database',
            '../../apps/gateway/src/access/**',
            '../../../apps/gateway/src/database/database',
            '../../../apps/gateway/src/access/**',
          ],
        },
      ],
    },
  },
  {
    // The contract export describes every app offline (preview mode): it reads their modules and
    // environments, and merges them with the gateway's own merge.
    files: ['tools/contracts/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          ...boundaries({ tests: true }),
          allow: [
            ...SCOPES.map((app) => `../../apps/${app}/src/app.module`),
            ...SCOPES.map((app) => `../../apps/${app}/src/${app}.environment`),
            '../../apps/gateway/src/openapi/**',
          ],
        },
      ],
    },
  },
  {
    // Tests and tooling talk to the terminal on purpose.
    files: ['tools/**/*.ts', ...TEST_FILES],
    rules: { 'no-console': 'off' },
  },
  prettier,
  // Plain JavaScript files (configs, the image's healthcheck) are outside every tsconfig: no type information.
  { ...tseslint.configs.disableTypeChecked, files: ['**/*.{js,mjs,cjs}'] },
];
