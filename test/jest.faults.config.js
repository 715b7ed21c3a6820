const path = require('node:path');
const { preset } = require('../jest.preset');

// Fault tier: the production build in a child process, killed and fuzzed. Scale with
// FAULT_DEVICES (restart test) and FUZZ_RUNS (protocol fuzzer); CI runs them small.
module.exports = {
  ...preset(path.join(__dirname, '..')),
  displayName: 'faults',
  testMatch: ['<rootDir>/test/faults/**/*.fault-spec.ts'],
  testTimeout: 300000,
};
