import { readFileSync } from 'node:fs';

/** Small helpers the starters share for pid files and logs of the processes they run. */

export function readFileIfExists(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** True if a process with this pid exists (EPERM: it exists but belongs to another user). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The last `count` lines of a text, without the ANSI colour codes tools like Maven print. */
export function lastLines(text: string, count: number): string {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/\u001b\[[0-9;]*m/g, '');
  return clean.trimEnd().split('\n').slice(-count).join('\n');
}
