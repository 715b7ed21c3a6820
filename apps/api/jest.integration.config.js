const { preset } = require('../../jest.preset');

// Each integration test file boots the Nest app on its own fresh database.
module.exports = {
  ...preset(__dirname),
  displayName: 'api:integration',
  testMatch: ['<rootDir>/src/**/*.integration-spec.ts'],
  globalSetup: '<rootDir>/src/test-support/global-setup.ts',
  globalTeardown: '<rootDir>/src/test-support/global-teardown.ts',
};
