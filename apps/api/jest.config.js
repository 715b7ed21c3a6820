const { preset } = require('../../jest.preset');

module.exports = { ...preset(__dirname), displayName: 'api', testMatch: ['<rootDir>/src/**/*.spec.ts'] };
