// Module boundaries, enforced by eslint-plugin-boundaries. The tags in each project's
// package.json `nx.tags` (test/: project.json) are the source of truth; this file turns
// them into the plugin's elements and policies, so a new project only needs its tags.
//
// A dependency is allowed when BOTH the scope and the type constraints allow it; a
// project may reach another only through its entry point (src/index.ts), never its
// src/ internals; libraries never import frameworks.
import fs from 'node:fs';
import path from 'node:path';

const workspaceRoot = path.resolve(import.meta.dirname, '../..');

/** scope tag → scope tags it may import from. */
export const SCOPE_CONSTRAINTS = {
  'scope:shared': ['scope:shared'],
  'scope:api': ['scope:shared'],
  'scope:web': ['scope:shared'],
  // The system tests drive the API from outside, through its test-support door only.
  'scope:test': ['scope:shared', 'scope:api'],
};

/** type tag → type tags it may import from. Content is data: it may not import the engine. */
export const TYPE_CONSTRAINTS = {
  'type:content': [],
  'type:engine': ['type:content'],
  'type:app': ['type:content', 'type:engine'],
  'type:test': ['type:content', 'type:engine', 'type:app'],
};

/** scope tag → external packages it may never import (frameworks stay out of the libs). */
export const BANNED_PACKAGES = {
  'scope:shared': ['@nestjs/*', 'typeorm', 'socket.io', 'socket.io-client', 'vue', 'pinia', 'vue-router', '@vue/*', 'pg'],
  'scope:web': ['@nestjs/*', 'typeorm', 'pg', 'socket.io'],
  'scope:api': ['vue', 'pinia', 'vue-router'],
  'scope:test': [],
};

/**
 * The one door into an app's src/ from outside it: the API's test support (a test
 * server, socket clients, agenda helpers) for the system tests in test/.
 */
const DOORS = [{ name: 'api-test-support', pattern: 'apps/api/src/test-support', of: 'api' }];

function readTags(dir) {
  for (const file of ['project.json', 'package.json']) {
    const full = path.join(dir, file);
    if (!fs.existsSync(full)) continue;
    const json = JSON.parse(fs.readFileSync(full, 'utf8'));
    const tags = json.tags ?? json.nx?.tags;
    if (tags) return tags;
  }
  return null;
}

export function readProjects(root = workspaceRoot) {
  const projects = [];
  for (const group of ['apps', 'libs']) {
    for (const name of fs.readdirSync(path.join(root, group))) {
      const tags = readTags(path.join(root, group, name));
      if (tags) projects.push({ name, pattern: `${group}/${name}`, tags, lib: group === 'libs' });
    }
  }
  projects.push({ name: 'test', pattern: 'test', tags: readTags(path.join(root, 'test')) ?? [], lib: false });
  for (const project of projects) {
    project.scope = project.tags.find((t) => t.startsWith('scope:'));
    project.type = project.tags.find((t) => t.startsWith('type:'));
    if (!project.scope || !project.type) throw new Error(`${project.pattern} needs a scope: and a type: tag (nx.tags)`);
  }
  return projects;
}

function mayImport(from, to) {
  return (SCOPE_CONSTRAINTS[from.scope] ?? []).includes(to.scope) && (TYPE_CONSTRAINTS[from.type] ?? []).includes(to.type);
}

/** The plugin's settings and rule options for this workspace. */
export function boundariesConfig(root = workspaceRoot) {
  const projects = readProjects(root);
  const byName = new Map(projects.map((p) => [p.name, p]));
  // Doors come first: an element is the first descriptor that matches. Patterns are
  // from the workspace root (partialMatch: false), so apps/web/src/test is not test/.
  const elements = [
    ...DOORS.map((door) => ({ type: door.name, pattern: door.pattern, partialMatch: false })),
    ...projects.map((p) => ({ type: p.name, pattern: p.pattern, partialMatch: false })),
  ];
  const policies = [];
  const allTypes = elements.map((e) => e.type);
  for (const from of projects) {
    const allowed = new Set([from.name]);
    for (const to of projects) if (to !== from && mayImport(from, to)) allowed.add(to.name);
    for (const door of DOORS) {
      const owner = byName.get(door.of);
      // An app's own tests use its door; other projects only if they may import the app.
      if (door.of === from.name || (owner && mayImport(from, owner))) allowed.add(door.name);
    }
    // Apps may be "imported" by the tests only through their doors.
    for (const to of projects) if (to !== from && !to.lib) allowed.delete(to.name);
    const forbidden = allTypes.filter((t) => !allowed.has(t));
    if (forbidden.length > 0) {
      policies.push({
        from: { element: { type: from.name } },
        disallow: { to: { element: { types: forbidden } } },
        message: `${from.pattern} (${from.scope}, ${from.type}) may not import {{to.element.type}}: see tools/eslint/boundaries.mjs`,
      });
    }
    for (const to of projects) {
      if (to === from || !to.lib || !allowed.has(to.name)) continue;
      policies.push({
        from: { element: { type: from.name } },
        disallow: { to: { element: { type: to.name, fileInternalPath: '!src/index.ts' } } },
        message: `${from.pattern} may use ${to.pattern} only through its entry point (@kindred/${to.name}), not its src/ files`,
      });
    }
    const banned = BANNED_PACKAGES[from.scope] ?? [];
    if (banned.length > 0) {
      policies.push({
        from: { element: { type: from.name } },
        disallow: { to: { module: { origin: 'external', source: banned } } },
        message: `${from.pattern} (${from.scope}) may not import "{{to.module.source}}": keep frameworks out of it`,
      });
    }
  }
  for (const door of DOORS) {
    const owner = byName.get(door.of);
    const forbidden = allTypes.filter((t) => t !== door.name && t !== door.of && !projects.some((p) => p.name === t && p.lib && owner && mayImport(owner, p)));
    policies.push({
      from: { element: { type: door.name } },
      disallow: { to: { element: { types: forbidden } } },
      message: `${door.pattern} belongs to ${door.of}: it may not import {{to.element.type}}`,
    });
  }
  return {
    settings: {
      'boundaries/elements': elements,
      'boundaries/include': ['apps/**/*', 'libs/**/*', 'test/**/*'],
      'import/resolver': { typescript: { project: path.join(root, 'tsconfig.base.json'), alwaysTryTypes: true } },
    },
    rules: {
      // checkAllOrigins: also judge external packages (the framework bans), not only our files.
      'boundaries/dependencies': ['error', { default: 'allow', checkAllOrigins: true, policies }],
    },
  };
}
