import * as resetPassword from './reset-password';

/**
 * The `kindred` commands (the runner, main.ts, looks them up by name). Each module
 * exports `{ name, summary, usage, run(args, ctx) }`; `run` answers the exit code.
 */
export const COMMANDS = [resetPassword];
