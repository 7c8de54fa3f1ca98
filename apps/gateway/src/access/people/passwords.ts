import { hash, verify } from '@node-rs/argon2';
import type { FieldProblem } from '@jiyn/problems';

/** argon2id at OWASP's minimum: 19 MiB of memory, 2 iterations, 1 lane (≈30 ms on one core). */
const ARGON2ID = {
  algorithm: 2 /* Algorithm.Argon2id, a const enum */,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

export const PASSWORD_MIN_LENGTH = 12;
/** Long enough for any passphrase; bounded so nobody makes the gateway hash megabytes. */
export const PASSWORD_MAX_LENGTH = 256;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

/** A hash of nothing anyone knows: unknown e-mails cost as much time as known ones. */
let decoyHash: Promise<string> | undefined;

export async function passwordMatches(password: string, stored: string | null): Promise<boolean> {
  if (!stored) {
    decoyHash ??= hashPassword(`decoy-${Math.random()}`);
    await verify(await decoyHash, password);
    return false;
  }
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** The password policy: at least 12 characters, at most 256, and not the e-mail address (or its local part). */
export function passwordProblems(password: string, email: string, field = 'password'): FieldProblem[] {
  if (password.length < PASSWORD_MIN_LENGTH)
    return [{ field, code: 'minLength', args: [PASSWORD_MIN_LENGTH] }];
  if (password.length > PASSWORD_MAX_LENGTH)
    return [{ field, code: 'maxLength', args: [PASSWORD_MAX_LENGTH] }];
  const lowered = password.trim().toLowerCase();
  const address = email.toLowerCase();
  if (lowered === address || lowered === address.split('@')[0]) return [{ field, code: 'passwordIsEmail' }];
  return [];
}
