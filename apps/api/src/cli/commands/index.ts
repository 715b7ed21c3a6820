import type { CliCommand } from '../context';
import { backup } from './backup';
import { migrate } from './migrate';
import { purge } from './purge';
import { resetPassword } from './reset-password';
import { restore } from './restore';
import { sessions } from './sessions';

/** Every `kindred` command, in the order `kindred help` lists them. One line each. */
export const COMMANDS: readonly CliCommand[] = [
  backup,
  restore,
  migrate,
  purge,
  sessions,
  resetPassword,
];
