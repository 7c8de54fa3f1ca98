/**
 * `npm run build`: compiles the apps and libraries to plain ESM JavaScript under `dist/`, so the
 * services run on bare Node. Running through @swc-node/register keeps the SWC compiler (a native
 * module with its own heap) in every process: about 200 MB of resident memory per service, more
 * than the service itself. Tests keep compiling on the fly (@swc/jest); only processes are built.
 *
 * Each `.ts` file becomes `dist/<same path>.js`; import specifiers are rewritten to what Node's ESM
 * loader needs: relative ones get their `.js` (or `/index.js`), and `@jiyn/<lib>` points at the
 * built library (workspace packages export TypeScript sources, which bare Node cannot load).
 */
import { transform, type Options } from '@swc/core';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUT = join(ROOT, 'dist');
const SOURCE_ROOTS = ['apps', 'libs'];
const SKIPPED = /\.(spec|integration-spec|e2e-spec)\.ts$|\.d\.ts$/;
const SPECIFIER = /(\bfrom\s*|\bimport\s*\(?\s*)(['"])([^'"]+)\2/g;

const swcOptions: Options = {
  ...(JSON.parse(readFileSync(join(ROOT, '.swcrc'), 'utf8')) as Options),
  swcrc: false,
  sourceMaps: 'inline',
};

/** Source files of every app and library (tests and the e2e project excluded). */
async function sources(): Promise<string[]> {
  const found: string[] = [];
  for (const root of SOURCE_ROOTS) {
    for (const project of await readdir(join(ROOT, root))) {
      const src = join(ROOT, root, project, 'src');
      if (project === 'e2e' || !existsSync(src)) continue;
      for (const entry of await readdir(src, { recursive: true, withFileTypes: true })) {
        const file = join(entry.parentPath, entry.name);
        if (entry.isFile() && file.endsWith('.ts') && !SKIPPED.test(file)) found.push(file);
      }
    }
  }
  return found;
}

/** The specifier Node needs for `specifier` written in `file` (a source path). */
export function rewriteSpecifier(specifier: string, file: string): string {
  const library = /^@jiyn\/([a-z0-9-]+)$/.exec(specifier);
  if (library) {
    const target = join(OUT, 'libs', library[1] as string, 'src', 'index.js');
    const from = dirname(join(OUT, relative(ROOT, file)));
    const path = relative(from, target);
    return path.startsWith('.') ? path : `./${path}`;
  }
  if (!specifier.startsWith('.') || /\.(m?js|json)$/.test(specifier)) return specifier;
  const base = resolve(dirname(file), specifier);
  if (existsSync(`${base}.ts`)) return `${specifier}.js`;
  if (existsSync(base) && statSync(base).isDirectory() && existsSync(join(base, 'index.ts')))
    return `${specifier}/index.js`;
  throw new Error(`${relative(ROOT, file)}: cannot resolve import "${specifier}"`);
}

async function compile(file: string): Promise<void> {
  const { code } = await transform(await readFile(file, 'utf8'), { ...swcOptions, filename: file });
  const rewritten = code.replace(
    SPECIFIER,
    (_, keyword: string, quote: string, specifier: string) =>
      `${keyword}${quote}${rewriteSpecifier(specifier, file)}${quote}`,
  );
  const target = join(OUT, relative(ROOT, file)).replace(/\.ts$/, '.js');
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, rewritten);
}

/** Compiles everything into dist/; returns how many files and how long it took. */
export async function build(): Promise<{ files: number; seconds: number }> {
  const began = Date.now();
  await rm(OUT, { recursive: true, force: true });
  const files = await sources();
  // Packages resolved from dist/ (pg, @nestjs/*…) are found through the root node_modules.
  await mkdir(OUT, { recursive: true });
  await writeFile(join(OUT, 'package.json'), JSON.stringify({ type: 'module', private: true }, null, 2));
  for (let index = 0; index < files.length; index += 32)
    await Promise.all(files.slice(index, index + 32).map(compile));
  return { files: files.length, seconds: (Date.now() - began) / 1000 };
}

async function main(): Promise<void> {
  const { files, seconds } = await build();
  console.log(`built ${files} files into dist/ in ${seconds.toFixed(1)} s`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
