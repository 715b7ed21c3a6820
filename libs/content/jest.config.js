const { preset } = require('../../jest.preset');

module.exports = { ...preset(__dirname), displayName: 'content', testMatch: ['<rootDir>/src/**/*.spec.ts'] };
