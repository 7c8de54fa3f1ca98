import { describe, expect, it } from '@jest/globals';
import { transformFile, type Options } from '@swc/core';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The build's SWC settings, as the swc CLI reads them (baseUrl relative to the config file).
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const config = JSON.parse(readFileSync(`${ROOT}tools/build/swcrc.json`, 'utf8')) as Options & {
  jsc: { baseUrl: string };
};
const options: Options = { ...config, swcrc: false, jsc: { ...config.jsc, baseUrl: ROOT } };

async function importsOf(file: string): Promise<string[]> {
  const { code } = await transformFile(`${ROOT}${file}`, options);
  return [...code.matchAll(/\b(?:from|import)\s*"([^"]+)"/g)].map((match) => match[1] as string);
}

describe('the build (tools/build/swcrc.json)', () => {
  it('should point a workspace library at its built index', async () => {
    expect(await importsOf('apps/registrations/src/main.ts')).toContain(
      '../../../libs/bootstrap/src/index.js',
    );
  });

  it('should give relative imports the extension Node requires', async () => {
    const imports = await importsOf('apps/registrations/src/main.ts');
    expect(imports).toContain('./app.module.js');
    expect(imports.filter((specifier) => specifier.startsWith('.')).every((s) => s.endsWith('.js'))).toBe(
      true,
    );
  });

  it('should leave packages alone', async () => {
    expect(await importsOf('apps/registrations/src/main.ts')).toContain('reflect-metadata');
    expect(await importsOf('apps/registrations/src/app.module.ts')).toContain('@nestjs/common');
  });
});
