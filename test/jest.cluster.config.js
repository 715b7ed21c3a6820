const path = require('node:path');
const { preset } = require('../jest.preset');

// Several API processes (the production build) sharing PostgreSQL and Redis.
module.exports = {
  ...preset(path.join(__dirname, '..')),
  displayName: 'cluster',
  testMatch: ['<rootDir>/test/cluster/**/*.cluster-spec.ts'],
  testTimeout: 120000,
};
