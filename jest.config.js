// Unit tier: *.spec.ts, fast, no I/O.
module.exports = {
  projects: ['<rootDir>/libs/content/jest.config.js', '<rootDir>/libs/session/jest.config.js', '<rootDir>/apps/api/jest.config.js'],
};
