// Shared Jest settings. NestJS 12 ships ESM only, so @swc/jest transforms both our
// TypeScript and those ESM packages to CommonJS (see docs/development.md).
const path = require('node:path');

const esmPackages = ['@nestjs', 'file-type', 'load-esm', 'uid', 'iterare', 'strtok3', 'token-types', '@tokenizer'];

/** @param {string} projectDir */
function preset(projectDir) {
  return {
    rootDir: projectDir,
    testEnvironment: 'node',
    transform: {
      '^.+\\.(t|j|mj)s$': [
        '@swc/jest',
        {
          jsc: {
            target: 'es2022',
            parser: { syntax: 'typescript', decorators: true },
            transform: { legacyDecorator: true, decoratorMetadata: true },
          },
          module: { type: 'commonjs' },
        },
      ],
    },
    transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
    moduleNameMapper: {
      '^@kindred/content$': path.join(__dirname, 'libs/content/src/index.ts'),
      '^@kindred/session$': path.join(__dirname, 'libs/session/src/index.ts'),
    },
    moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  };
}

module.exports = { preset };
