import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { InfraError } from './errors';

/**
 * Fails with a readable InfraError when `port` cannot be bound on 127.0.0.1, which is where every local
 * server here listens, naming the process that holds it when the system can tell. Checking first beats
 * decoding a JVM or postgres bind failure from a log file.
 *
 * @param what  human name for the message, e.g. "PostgreSQL of npm start (JIYN_PORT_OFFSET=0)"
 * @param hint  how to pick another port, e.g. "give npm start another JIYN_PORT_OFFSET"
 */
export async function assertPortFree(port: number, what: string, hint?: string): Promise<void> {
  const code = await tryListen(port, '127.0.0.1');
  if (code === undefined) return;
  const fix =
    hint ??
    'move every port with JIYN_PORT_OFFSET (npm start) or JIYN_TEST_PORT_OFFSET (npm test), a multiple of 10, ' +
      'or point DATABASE_URL / KAFKA_BROKERS at servers that are already running';
  if (code === 'EADDRINUSE') {
    const holder = await portHolder(port);
    throw new InfraError(
      `Port ${port} (${what}) is already in use${holder ? ` by ${holder}` : ''} — stop that process or ${fix}.`,
    );
  }
  if (code === 'EACCES') {
    throw new InfraError(`Not allowed to listen on port ${port} (${what}) — ${fix}.`);
  }
  throw new InfraError(`Cannot listen on 127.0.0.1:${port} (${what}): ${code}.`);
}

/** "node (pid 1234)" for the process listening on a TCP port, from `ss`; undefined when it cannot tell. */
export async function portHolder(port: number): Promise<string | undefined> {
  const output = await new Promise<string>((resolve) =>
    execFile('ss', ['-Hltnp', `sport = :${port}`], { timeout: 2_000 }, (error, stdout) =>
      resolve(error ? '' : stdout),
    ),
  );
  const match = /users:\(\("([^"]+)",pid=(\d+)/.exec(output);
  return match ? `${match[1]} (pid ${match[2]})` : undefined;
}

/** Resolves with the error code of a failed bind, or undefined when the port could be bound. */
function tryListen(port: number, host: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(undefined)));
  });
}

/**
 * Polls `url` until it answers with a status below 500 (any answer means the server is up; a 5xx usually
 * means it is still starting). Throws an InfraError naming the last failure after `timeoutMs`.
 */
export async function waitForHttp(url: string, timeoutMs: number, intervalMs = 200): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no attempt made';
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(Math.min(2000, timeoutMs)) });
      await res.body?.cancel();
      if (res.status < 500) return;
      last = `HTTP ${res.status}`;
    } catch (err) {
      last = describeFetchError(err);
    }
    await sleep(intervalMs);
  }
  throw new InfraError(
    `${url} did not become ready within ${Math.round(timeoutMs / 1000)} s (last: ${last}).`,
  );
}

function describeFetchError(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  // undici hides the useful part (ECONNREFUSED, ...) in `cause`.
  const cause = err.cause instanceof Error ? `: ${err.cause.message}` : '';
  return `${err.message}${cause}`;
}
