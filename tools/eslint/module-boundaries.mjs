// Tag-based module boundaries, in the spirit of @nx/enforce-module-boundaries
// (whose plugin can't be installed beside nx 24 here). Each workspace project
// declares `nx.tags` in its package.json; the constraints below say which tags
// may depend on which, and which framework packages a tag may never import.
import fs from 'node:fs';
import path from 'node:path';

const workspaceRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

/** scope tag → scope tags it may import from. */
export const DEP_CONSTRAINTS = {
  'scope:shared': ['scope:shared'],
  'scope:api': ['scope:shared'],
  'scope:web': ['scope:shared'],
};

/** scope tag → packages it may never import (frameworks stay out of the libs). */
export const BANNED_PACKAGES = {
  'scope:shared': [/^@nestjs\//, /^typeorm$/, /^socket\.io(-client)?$/, /^vue$/, /^pinia$/, /^vue-router$/, /^@vue\//, /^pg$/],
  'scope:web': [/^@nestjs\//, /^typeorm$/, /^pg$/, /^socket\.io$/],
  'scope:api': [/^vue$/, /^pinia$/, /^vue-router$/],
};

function readProjects() {
  const projects = [];
  for (const group of ['apps', 'libs']) {
    const dir = path.join(workspaceRoot, group);
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir)) {
      const pkgPath = path.join(dir, name, 'package.json');
      if (!fs.existsSync(pkgPath)) continue;
      const pkg = JSON.parse(fs.readFileSync(pkgPath, 'utf8'));
      const tags = pkg.nx?.tags ?? [];
      projects.push({ root: path.join(dir, name), packageName: pkg.name, scope: tags.find((t) => t.startsWith('scope:')) });
    }
  }
  return projects;
}

const projects = readProjects();

function projectOfFile(file) {
  return projects.find((p) => file === p.root || file.startsWith(p.root + path.sep));
}

function projectOfImport(source, fromFile) {
  if (source.startsWith('.')) return projectOfFile(path.resolve(path.dirname(fromFile), source));
  return projects.find((p) => source === p.packageName || source.startsWith(p.packageName + '/'));
}

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce project tags: libs never import apps or frameworks; apps never import each other.' },
    messages: {
      crossProject: '{{from}} ({{fromScope}}) may not import {{to}} ({{toScope}}).',
      bannedPackage: '{{from}} ({{fromScope}}) may not import "{{source}}": keep frameworks out of it.',
      untagged: 'Project {{name}} has no scope tag in package.json "nx.tags".',
    },
    schema: [],
  },
  create(context) {
    const file = path.resolve(context.filename);
    const from = projectOfFile(file);
    if (!from) return {};
    const check = (node, source) => {
      if (typeof source !== 'string') return;
      if (!from.scope) {
        context.report({ node, messageId: 'untagged', data: { name: from.packageName } });
        return;
      }
      for (const banned of BANNED_PACKAGES[from.scope] ?? []) {
        if (banned.test(source)) {
          context.report({ node, messageId: 'bannedPackage', data: { from: from.packageName, fromScope: from.scope, source } });
          return;
        }
      }
      const to = projectOfImport(source, file);
      if (!to || to === from) return;
      const allowed = DEP_CONSTRAINTS[from.scope] ?? [];
      if (!to.scope || !allowed.includes(to.scope)) {
        context.report({
          node,
          messageId: 'crossProject',
          data: { from: from.packageName, fromScope: from.scope, to: to.packageName, toScope: to.scope ?? 'untagged' },
        });
      }
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments[0]?.type === 'Literal') {
          check(node, node.arguments[0].value);
        }
      },
    };
  },
};

export default { rules: { 'module-boundaries': rule } };
