import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';

let clockTicks: number | null = null;
function ticksPerSecond(): number {
  if (clockTicks === null) {
    try {
      clockTicks = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
    } catch {
      clockTicks = 100;
    }
  }
  return clockTicks;
}

/** CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat. */
export function cpuSeconds(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may contain spaces; fields after its closing parenthesis are fixed.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return (utime + stime) / ticksPerSecond();
}

/** Resident and peak resident memory in bytes, from /proc/<pid>/status. */
export function memory(pid: number): { rss: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

/** Samples a process's CPU and memory between `start()` and `stop()`. */
export class ProcessMonitor {
  private timer: NodeJS.Timeout | null = null;
  private startCpu = 0;
  private startWall = 0;
  private lastCpu = 0;
  private lastWall = 0;
  maxRss = 0;
  /** Highest CPU share (1.0 = one core) over any sampling interval. */
  maxCpu = 0;

  constructor(
    readonly pid: number,
    private readonly intervalMs = 250,
  ) {}

  start(): void {
    this.startCpu = this.lastCpu = cpuSeconds(this.pid);
    this.startWall = this.lastWall = performance.now();
    this.maxRss = memory(this.pid).rss;
    this.timer = setInterval(() => this.sample(), this.intervalMs);
    this.timer.unref();
  }

  private sample(): void {
    try {
      const cpu = cpuSeconds(this.pid);
      const wall = performance.now();
      if (wall > this.lastWall) this.maxCpu = Math.max(this.maxCpu, (cpu - this.lastCpu) / ((wall - this.lastWall) / 1000));
      this.lastCpu = cpu;
      this.lastWall = wall;
      this.maxRss = Math.max(this.maxRss, memory(this.pid).rss);
    } catch {
      // The process is gone; keep what we have.
    }
  }

  /** Average CPU share over the window, peak RSS seen, and the kernel's high-water mark. */
  stop(): { cpuAvg: number; cpuMax: number; cpuSeconds: number; rss: number; rssMax: number; rssPeak: number } {
    if (this.timer) clearInterval(this.timer);
    this.sample();
    const used = this.lastCpu - this.startCpu;
    const wall = (this.lastWall - this.startWall) / 1000;
    const mem = memory(this.pid);
    return { cpuAvg: wall > 0 ? used / wall : 0, cpuMax: this.maxCpu, cpuSeconds: used, rss: mem.rss, rssMax: Math.max(this.maxRss, mem.rss), rssPeak: mem.peak };
  }
}

/** One line describing the machine, for the benchmark record. */
export function machineDescription(): string {
  const cpuinfo = fs.readFileSync('/proc/cpuinfo', 'utf8');
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown CPU';
  const gib = (os.totalmem() / 1024 ** 3).toFixed(1);
  return `${os.availableParallelism()} cores (nproc), ${model}, ${gib} GiB RAM, Node ${process.version}, ${os.type()} ${os.release()}`;
}

/** The 1-minute load average, with a warning when other work competes for the cores. */
export function loadNote(): string {
  const [one] = os.loadavg();
  const busy = one! > os.availableParallelism() * 0.75;
  return `load average ${one!.toFixed(2)}${busy ? ' (WARNING: the machine is busy with other work; figures will be pessimistic)' : ''}`;
}
