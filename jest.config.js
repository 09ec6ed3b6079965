// Timeouts are a safety net for a loaded 2-core machine, never a speed check (that is `npm run bench`).
// Nest 12 is ESM-only, so every project runs as native ESM (node --experimental-vm-modules).
const transform = {
  '^.+\\.tsx?$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.json', diagnostics: false }],
};
const common = {
  rootDir: '.',
  extensionsToTreatAsEsm: ['.ts'],
  transform,
  moduleNameMapper: {
    '^@ruamsang/(shared|domain)$': '<rootDir>/libs/$1/src/index.ts',
    // the phone rules carry libphonenumber's metadata: a subpath of their own, so the web loads them only where used
    '^@ruamsang/shared/phone$': '<rootDir>/libs/shared/src/phone.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
    // its ESM build imports JSON without an import attribute, which jest warns about on every file
    '^libphonenumber-js/mobile$': '<rootDir>/node_modules/libphonenumber-js/mobile/index.cjs',
  },
  testEnvironment: 'node',
};

/** @type {import('jest').Config} */
export default {
  testTimeout: 60_000,
  projects: [
    { ...common, displayName: 'domain', testMatch: ['<rootDir>/libs/domain/src/**/*.spec.ts'] },
    { ...common, displayName: 'shared', testMatch: ['<rootDir>/libs/shared/src/**/*.spec.ts'] },
    { ...common, displayName: 'api-unit', testMatch: ['<rootDir>/apps/api/src/**/*.spec.ts'] },
    { ...common, displayName: 'web-unit', testMatch: ['<rootDir>/apps/web/src/**/*.spec.ts'] },
    { ...common, displayName: 'api', testMatch: ['<rootDir>/tests/api/**/*.spec.ts'], slowTestThreshold: 30, testTimeout: 60_000 },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/tests/e2e/**/*.spec.ts'], slowTestThreshold: 60, testTimeout: 120_000 },
  ],
};
