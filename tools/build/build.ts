/**
 * The apps run built: each app and library compiles to plain ESM JavaScript under `dist/<project root>`
 * (Nx's `build` target, see nx.json), so the services run on bare Node. Running through
 * @swc-node/register would keep the SWC compiler (a native module with its own heap) in every process:
 * about 200 MB of resident memory per service, more than the service itself. Tests keep compiling on
 * the fly (@swc/jest); only processes are built.
 *
 * SWC itself gives Node's ESM loader what it needs (tools/build/swcrc.json): `resolveFully` adds `.js`
 * (or `/index.js`) to relative imports and `paths` points `@jiyn/<lib>` at the built library, whose
 * workspace package exports TypeScript sources that bare Node cannot load.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NX = join(ROOT, 'node_modules/nx/dist/bin/nx.js');

export interface BuildResult {
  seconds: number;
  /** Nx's closing summary (tasks run, cache hits), or its whole output when the build failed. */
  output: string;
}

/** Builds the five apps and the libraries they import (unchanged projects come from Nx's cache). */
export async function buildApps(): Promise<BuildResult> {
  const began = Date.now();
  const args = [NX, 'run-many', '--target=build', '--projects=tag:type:app', '--outputStyle=static'];
  const { code, output } = await new Promise<{ code: number; output: string }>((resolve) => {
    // No daemon: a build started by `npm start` or `npm test` must not leave a process behind.
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.on('exit', (exitCode) => resolve({ code: exitCode ?? 1, output: text }));
  });
  const seconds = (Date.now() - began) / 1000;
  if (code !== 0) throw new Error(`the build failed (nx run-many -t build):\n${output}`);
  const summary = /Successfully ran target build[\s\S]*/.exec(output)?.[0] ?? output;
  return { seconds, output: summary.trim() };
}
