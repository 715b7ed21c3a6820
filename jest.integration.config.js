// Integration tier: *.integration-spec.ts, real PostgreSQL and real socket.io clients.
module.exports = {
  projects: ['<rootDir>/apps/api/jest.integration.config.js'],
  // A global option (ignored inside projects): booting an embedded database takes seconds.
  testTimeout: 60000,
};
