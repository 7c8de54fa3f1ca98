import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { InfraError } from './errors';
import { assertPortFree } from './ports';

const PROCESS_SCRIPT = fileURLToPath(new URL('./smtp-server-process.ts', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const READY_TIMEOUT_MS = 30_000;
const STOP_GRACE_MS = 3_000;

export interface SmtpHandle {
  /** e.g. `smtp://127.0.0.1:3009`, what the notifications service's SMTP_URL takes. */
  url: string;
  port: number;
  pid: number;
  /** Each accepted message lands here as `<received at>-<n>.eml`. */
  mailDir: string;
  stop(): Promise<void>;
}

export interface StartSmtpOptions {
  /** 0: any free port (tests that start a server of their own). */
  port: number;
  mailDir: string;
  log?: (line: string) => void;
}

/**
 * Starts the local SMTP server (see smtp-server-process.ts) in a process of its own and waits until it
 * accepts connections. Messages land in `mailDir`, read with a MIME parser by whoever wants them.
 */
export async function startSmtpServer(options: StartSmtpOptions): Promise<SmtpHandle> {
  if (options.port) await assertPortFree(options.port, 'the local SMTP server');
  await mkdir(options.mailDir, { recursive: true });
  const child = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', PROCESS_SCRIPT], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      SMTP_SERVER_PORT: String(options.port),
      SMTP_SERVER_MAIL_DIR: options.mailDir,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new InfraError(`The local SMTP server did not start in ${READY_TIMEOUT_MS / 1000} s:\n${output}`),
      );
    }, READY_TIMEOUT_MS);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening (\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new InfraError(`The local SMTP server stopped while starting (exit ${code}):\n${output}`));
    });
  });
  // If the process that started it dies without stopping it, it must not live on.
  const orphanGuard = () => child.exitCode === null && child.kill('SIGKILL');
  process.once('exit', orphanGuard);
  options.log?.(`SMTP server ready on 127.0.0.1:${port} (pid ${child.pid}), mail in ${options.mailDir}`);
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    pid: child.pid as number,
    mailDir: options.mailDir,
    stop: () =>
      new Promise<void>((resolve) => {
        process.off('exit', orphanGuard);
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        // A paused server (a test's SIGSTOP) must wake up to hear SIGTERM.
        child.kill('SIGCONT');
        child.kill('SIGTERM');
      }),
  };
}
