import { describe, expect, it } from '@jest/globals';
import { fileURLToPath } from 'node:url';
import { rewriteSpecifier } from './build';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const mainFile = `${ROOT}apps/registrations/src/main.ts`;

describe(rewriteSpecifier.name, () => {
  it('should point a workspace library at its built index', () => {
    expect(rewriteSpecifier('@jiyn/persistence', mainFile)).toBe('../../../libs/persistence/src/index.js');
    expect(rewriteSpecifier('@jiyn/contracts', `${ROOT}libs/messaging/src/outbox-relay.ts`)).toBe(
      '../../contracts/src/index.js',
    );
  });

  it('should give relative imports the extension Node requires', () => {
    expect(rewriteSpecifier('./app.module', mainFile)).toBe('./app.module.js');
    expect(rewriteSpecifier('./src', `${ROOT}libs/kz/index-probe.ts`)).toBe('./src/index.js');
  });

  it('should leave packages alone and refuse what does not exist', () => {
    expect(rewriteSpecifier('@nestjs/common', mainFile)).toBe('@nestjs/common');
    expect(rewriteSpecifier('node:path', mainFile)).toBe('node:path');
    expect(() => rewriteSpecifier('./no-such-module', mainFile)).toThrow(/cannot resolve import/);
  });
});
