import { describe, expect, it } from '@jest/globals';
import { currentCorrelationId, runWithCorrelation, sanitizeCorrelationId } from './correlation';

describe('correlation', () => {
  it('should keep the caller id through async work', async () => {
    const seen = await runWithCorrelation('abc-123', async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      return currentCorrelationId();
    });
    expect(seen).toBe('abc-123');
    expect(currentCorrelationId()).toBeUndefined();
  });

  it('should replace an id that could inject into logs or headers', () => {
    expect(sanitizeCorrelationId('ok\nINJECTED')).toBeUndefined();
    expect(sanitizeCorrelationId('x'.repeat(129))).toBeUndefined();
    const generated = runWithCorrelation('bad id with spaces', () => currentCorrelationId());
    expect(generated).toMatch(/^[0-9a-f-]{36}$/);
  });
});
