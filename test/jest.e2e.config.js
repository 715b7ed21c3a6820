const path = require('node:path');
const { preset } = require('../jest.preset');

// Browser end-to-end tier: the production build in a child process, Chromium via playwright-core.
module.exports = {
  ...preset(path.join(__dirname, '..')),
  displayName: 'e2e',
  testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
  testTimeout: 120000,
};
