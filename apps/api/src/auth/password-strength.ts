import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

// The common-password list, common names and keyboard patterns (language-neutral).
const zxcvbn = new ZxcvbnFactory({ dictionary: { ...dictionary }, graphs: adjacencyGraphs });

export const MIN_PASSWORD_LENGTH = 10;

/**
 * Why a password is refused, or null when it is good enough: at least 10 characters
 * and zxcvbn's score 3 ("safely unguessable": about 10^8 guesses), which refuses the
 * common passwords, keyboard runs, repeats and the account's own email and name.
 */
export function passwordProblem(password: string, userInputs: readonly string[] = []): string | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters for your password.`;
  const inputs = userInputs.flatMap((input) => [input, ...input.split(/[@.\s]+/)]).filter((word) => word.length >= 3);
  const result = zxcvbn.check(password.slice(0, 100), inputs);
  if (result.score >= 3) return null;
  const why =
    result.feedback.warning === 'userInputs'
      ? 'it contains your name or email'
      : result.feedback.warning === 'simpleRepeat' || result.feedback.warning === 'extendedRepeat'
        ? 'it repeats the same characters'
        : result.feedback.warning === 'straightRow' || result.feedback.warning === 'keyPattern' || result.feedback.warning === 'sequences'
          ? 'it follows a keyboard or number pattern'
          : 'it is a common password or close to one';
  return `This password is too easy to guess: ${why}. Try three or four unrelated words.`;
}
