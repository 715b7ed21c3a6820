/**
 * Where a server's CPU time went, from a `--cpu-prof` profile (docs/benchmarks.md):
 *
 *   BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=test-output/prof" npm run bench:fanout -- --n 1000
 *   npx tsx test/load/profile-summary.ts [--last 14] test-output/prof/*.cpuprofile
 *
 * `--last S` keeps only the profile's last S seconds: the measured changes, not the
 * joins before them (a fan-out run ends ~2 s after its last change).
 * Self time per sample, grouped by what the code is (socket.io and its transport, our
 * views, serialization, the database driver, ...), then the ten busiest functions.
 */
import fs from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
  endTime: number;
}

const GROUPS: [string, (url: string, fn: string) => boolean][] = [
  ['idle', (_u, f) => f === '(idle)'],
  ['garbage collection', (_u, f) => f === '(garbage collector)'],
  ['socket.io / engine.io / ws', (u) => /node_modules\/(socket\.io|engine\.io|ws|socket\.io-adapter|socket\.io-parser|@socket\.io)\//.test(u)],
  ['views (libs/session engine)', (u) => /libs\/session\//.test(u)],
  ['database driver (pg, typeorm)', (u) => /node_modules\/(pg|pg-protocol|typeorm)\//.test(u)],
  ['api (apps/api)', (u) => /apps\/api\//.test(u)],
  ['node internals (net, streams, crypto)', (u) => u.startsWith('node:') || u === ''],
  ['other libraries', () => true],
];

function summarize(file: string, lastSeconds: number | null): void {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  // Sample times from the end backwards: timeDeltas[i] is the gap before sample i.
  const from = lastSeconds === null ? -Infinity : profile.endTime - lastSeconds * 1e6;
  let at = profile.endTime;
  for (let i = profile.samples.length - 1; i >= 0; i--) {
    const delta = profile.timeDeltas[i] ?? 0;
    if (at >= from) self.set(profile.samples[i]!, (self.get(profile.samples[i]!) ?? 0) + delta);
    at -= delta;
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const groups = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const [id, us] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const fn = functionName || '(anonymous)';
    const group = GROUPS.find(([, test]) => test(url, fn))![0];
    groups.set(group, (groups.get(group) ?? 0) + us);
    const key = `${fn} ${url.replace(/^.*node_modules\//, '').replace(/^.*\/(apps|libs)\//, '$1/')}:${lineNumber + 1}`;
    functions.set(key, (functions.get(key) ?? 0) + us);
  }
  const busy = total - (groups.get('idle') ?? 0);
  // The fan-out: everything under the broadcaster's frames (counted once at the outermost one).
  const children = new Map(profile.nodes.map((n) => [n.id, n.children ?? []]));
  const inclusive = (id: number): number => (self.get(id) ?? 0) + children.get(id)!.reduce((sum, c) => sum + inclusive(c), 0);
  const underBroadcaster = (id: number): number =>
    /realtime\/session-broadcaster/.test(byId.get(id)!.callFrame.url) ? inclusive(id) : children.get(id)!.reduce((sum, c) => sum + underBroadcaster(c), 0);
  const fanOut = underBroadcaster(profile.nodes[0]!.id);
  const pct = (us: number, of: number) => `${((us / of) * 100).toFixed(1)}%`.padStart(6);
  console.log(`${file}: ${(total / 1e6).toFixed(1)} s profiled, ${(busy / 1e6).toFixed(1)} s busy, of which ${(fanOut / 1e6).toFixed(2)} s in the broadcaster (views rendered, serialized and written)`);
  for (const [name, us] of [...groups.entries()].sort((a, b) => b[1] - a[1])) {
    if (name !== 'idle') console.log(`  ${pct(us, busy)} of busy  ${name}`);
  }
  console.log('  busiest functions (self time, share of busy):');
  for (const [name, us] of [...functions.entries()].filter(([k]) => !k.startsWith('(idle)')).sort((a, b) => b[1] - a[1]).slice(0, 10)) {
    console.log(`    ${pct(us, busy)}  ${name}`);
  }
}

const args = process.argv.slice(2);
const last = args.indexOf('--last');
const lastSeconds = last >= 0 ? Number(args.splice(last, 2)[1]) : null;
for (const file of args) summarize(file, lastSeconds);
