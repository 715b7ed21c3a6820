/**
 * What grew between two heap snapshots (docs/benchmarks.md, "Memory per connected device"):
 *
 *   npm run bench:memory -- --part devices --devices 2000 --snapshots
 *   npx tsx test/load/heap-diff.ts test-output/memory/before-2000.heapsnapshot test-output/memory/after-2000.heapsnapshot [--per 2000] [--top 40]
 *
 * Self size and count per kind of object (the constructor's name for objects and
 * closures' function names, the node type otherwise), the second snapshot's minus the
 * first's, largest first; `--per N` divides by N (the devices connected in between).
 */
import fs from 'node:fs';

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

type Totals = Map<string, { size: number; count: number }>;

function totals(file: string): Totals {
  const snap = JSON.parse(fs.readFileSync(file, 'utf8')) as Snapshot;
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const width = fields.length;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  const out: Totals = new Map();
  for (let i = 0; i < snap.nodes.length; i += width) {
    const type = types[snap.nodes[i + typeAt]!]!;
    const name = snap.strings[snap.nodes[i + nameAt]!]!;
    // Strings, numbers and arrays by type (their "names" are their contents); objects and closures by name.
    const key = type === 'object' || type === 'closure' || type === 'native' ? `${type} ${name.slice(0, 80)}` : `(${type})`;
    const entry = out.get(key) ?? { size: 0, count: 0 };
    entry.size += snap.nodes[i + sizeAt]!;
    entry.count++;
    out.set(key, entry);
  }
  return out;
}

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const files = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'));
if (files.length !== 2) throw new Error('usage: heap-diff.ts <before.heapsnapshot> <after.heapsnapshot> [--per N] [--top 40]');
const per = arg('per', 1);
const top = arg('top', 40);
const before = totals(files[0]!);
const after = totals(files[1]!);
const rows = [...after.entries()]
  .map(([key, a]) => {
    const b = before.get(key) ?? { size: 0, count: 0 };
    return { key, size: a.size - b.size, count: a.count - b.count };
  })
  .sort((x, y) => y.size - x.size);
const total = rows.reduce((n, r) => n + r.size, 0);
console.log(`self size grew by ${total} B${per > 1 ? ` (${(total / per).toFixed(0)} B per device)` : ''}`);
console.log(`${'bytes'.padStart(12)} ${'count'.padStart(9)}  what`);
for (const r of rows.slice(0, top)) {
  console.log(`${(r.size / per).toFixed(per > 1 ? 1 : 0).padStart(12)} ${(r.count / per).toFixed(per > 1 ? 2 : 0).padStart(9)}  ${r.key}`);
}
