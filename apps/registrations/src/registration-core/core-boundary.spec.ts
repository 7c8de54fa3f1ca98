import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CORE = fileURLToPath(new URL('.', import.meta.url));

/**
 * What the core may import besides packages and itself: what registrations knows of each event
 * (the projection, its settings, their problems) — never a feature.
 */
const ALLOWED = [
  /^\.\/[^/]+$/,
  /^\.\.\/event-projection\/(event-projection\.repository|event-projection\.module|event-settings\.repository|event-problems)$/,
];

function relativeImports(source: string): string[] {
  return [...source.matchAll(/^\s*(?:import|export)\b[^'";]*?from\s+'([^']+)'/gm)]
    .map((match) => match[1] as string)
    .filter((path) => path.startsWith('.'));
}

describe('the registrations core', () => {
  it('should import no feature: features depend on the core, never the reverse', () => {
    const files = readdirSync(CORE).filter(
      (name) => name.endsWith('.ts') && !/\.(integration-)?spec\.ts$/.test(name),
    );
    expect(files.length).toBeGreaterThan(5);
    const strays = files.flatMap((file) =>
      relativeImports(readFileSync(join(CORE, file), 'utf8'))
        .filter((path) => !ALLOWED.some((allowed) => allowed.test(path)))
        .map((path) => `${file} → ${path}`),
    );
    expect(strays).toEqual([]);
  });

  it('should see a feature import when there is one', () => {
    const source = `import { SessionSignUpsService } from '../session-sign-ups/session-sign-ups.service';\n`;
    expect(relativeImports(source).filter((path) => !ALLOWED.some((allowed) => allowed.test(path)))).toEqual([
      '../session-sign-ups/session-sign-ups.service',
    ]);
  });
});
