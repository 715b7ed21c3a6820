import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../support/server-process';

const ROOT = path.resolve(__dirname, '../../..');
export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/** Soft and hard limits on open files, as children of this process inherit them. */
export function fileLimits(): { soft: number; hard: number } {
  const read = (flag: string) => {
    const v = execFileSync('sh', ['-c', `ulimit ${flag}`]).toString().trim();
    return v === 'unlimited' ? Number.MAX_SAFE_INTEGER : Number(v);
  };
  return { soft: read('-Sn'), hard: read('-Hn') };
}

export interface NginxSizing {
  workers: number;
  connections: number;
  rlimit: number;
}

/**
 * What nginx needs for `clients` WebSockets: each holds two connections (the client's
 * and the one to its API process), and one worker may not open more files than the hard
 * limit. The documented example (1 worker × 4096 connections) holds about 2,000 devices.
 */
export function sizeNginx(clients: number, hardLimit: number): NginxSizing {
  const needed = 2 * clients + 200;
  const perWorkerCap = Math.min(hardLimit, 65_536) - 100;
  // Leave a third of each worker's share spare: reuseport spreads by hash, not evenly.
  const workers = Math.max(1, Math.ceil((needed * 1.5) / perWorkerCap));
  const connections = Math.max(4096, Math.min(perWorkerCap, Math.ceil((needed * 1.5) / workers)));
  return { workers, connections, rlimit: Math.min(hardLimit, connections + 100) };
}

/**
 * docs/deploy/nginx.conf (the documented example, filled in the way
 * test/cluster/nginx.cluster-spec.ts does), sized for the run: more workers,
 * connections and open files, and `reuseport` so the kernel spreads connections
 * over the workers. Nothing else changes.
 */
export function renderNginxConfig(prefix: string, listen: number, backends: number[], sizing: NginxSizing): string {
  const template = fs.readFileSync(path.join(ROOT, 'docs/deploy/nginx.conf'), 'utf8');
  const replace = (text: string, from: string, to: string) => {
    if (!text.includes(from)) throw new Error(`docs/deploy/nginx.conf no longer has "${from}": update test/load/lib/nginx.ts`);
    return text.replaceAll(from, to);
  };
  let conf = replace(template, 'worker_processes 1;', `worker_processes ${sizing.workers};\nworker_rlimit_nofile ${sizing.rlimit};`);
  conf = replace(conf, 'worker_connections 4096;', `worker_connections ${sizing.connections};`);
  conf = replace(conf, '${PREFIX}', prefix);
  conf = replace(conf, '${LISTEN}', `127.0.0.1:${listen}${sizing.workers > 1 ? ' reuseport' : ''}`);
  return replace(conf, '${UPSTREAM_SERVERS}', backends.map((port) => `server 127.0.0.1:${port};`).join('\n    '));
}

export interface NginxUnderTest {
  url: string;
  child: ChildProcess;
  /** The worker processes' ids (for CPU figures). */
  workerPids(): number[];
  stop(): Promise<void>;
}

/** Starts nginx in front of `backends` (ports) and waits until it answers /health/ready. */
export async function startNginx(backends: number[], sizing: NginxSizing): Promise<NginxUnderTest> {
  if (!fs.existsSync(NGINX)) throw new Error(`nginx not found at ${NGINX} (apt-get install -y nginx, or NGINX_PATH)`);
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'kindred-bench-nginx-'));
  const listen = await freePort();
  fs.writeFileSync(path.join(prefix, 'nginx.conf'), renderNginxConfig(prefix, listen, backends, sizing));
  const child = spawn(NGINX, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'inherit', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${listen}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/health/ready`)).ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}); see ${prefix}/error.log`);
    if (Date.now() > deadline) throw new Error(`nginx did not start; see ${prefix}/error.log`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    child,
    workerPids: () => {
      try {
        return fs
          .readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8')
          .trim()
          .split(/\s+/)
          .filter(Boolean)
          .map(Number);
      } catch {
        return [];
      }
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      const timeout = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timeout);
      fs.rmSync(prefix, { recursive: true, force: true });
    },
  };
}

/** Established TCP connections on a local port (nginx's connections to one API process). */
export function establishedOn(port: number): number {
  try {
    const out = execFileSync('ss', ['-Htn', 'state', 'established', `( sport = :${port} )`]).toString();
    return out.split('\n').filter((line) => line.trim()).length;
  } catch {
    return NaN;
  }
}

/**
 * The upstream (0-based) nginx's `ip_hash` picks for an IPv4 client among `peers` servers
 * of equal weight, while all are up: ngx_http_upstream_ip_hash_module.c hashes the first
 * three octets (hash = (hash × 113 + octet) mod 6271, from 89), then takes it mod the total weight.
 */
export function ipHashPeer(address: string, peers: number): number {
  let hash = 89;
  for (const octet of address.split('.').slice(0, 3).map(Number)) hash = (hash * 113 + octet) % 6271;
  return hash % peers;
}
