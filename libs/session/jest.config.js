const { preset } = require('../../jest.preset');

module.exports = { ...preset(__dirname), displayName: 'session', testMatch: ['<rootDir>/src/**/*.spec.ts'] };
