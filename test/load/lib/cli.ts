/** `--name value`, `--name=value` and bare `--flag`; each option may also come from an env variable. */
export function parseArgs(argv: readonly string[] = process.argv.slice(2)): Map<string, string> {
  const args = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) continue;
    const eq = arg.indexOf('=');
    if (eq > 0) args.set(arg.slice(2, eq), arg.slice(eq + 1));
    else if (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--')) args.set(arg.slice(2), argv[++i]!);
    else args.set(arg.slice(2), 'true');
  }
  return args;
}

export class Options {
  constructor(
    private readonly args: Map<string, string>,
    private readonly envPrefix: string,
  ) {}

  private raw(name: string): string | undefined {
    return this.args.get(name) ?? process.env[`${this.envPrefix}_${name.toUpperCase().replace(/-/g, '_')}`];
  }

  flag(name: string): boolean {
    const v = this.raw(name);
    return v !== undefined && v !== '0' && v !== 'false';
  }

  int(name: string, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER): number {
    const v = this.raw(name);
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max) throw new Error(`--${name} must be an integer in ${min}..${max} (got ${v})`);
    return n;
  }

  string(name: string): string | undefined {
    return this.raw(name);
  }
}
