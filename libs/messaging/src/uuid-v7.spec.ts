import { describe, expect, it } from '@jest/globals';
import { UuidV7Generator, uuidv7 } from './uuid-v7';

const timestampOf = (id: string) => parseInt(id.replace(/-/g, '').slice(0, 12), 16);

describe(uuidv7.name, () => {
  it('should produce RFC 9562 version 7 ids', () => {
    expect(uuidv7()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('should carry the creation time and sort by it', () => {
    const generator = new UuidV7Generator();
    const earlier = generator.next(1_700_000_000_000);
    const later = generator.next(1_700_000_000_001);
    expect(earlier < later).toBe(true);
    expect(timestampOf(earlier)).toBe(1_700_000_000_000);
    expect(timestampOf(later)).toBe(1_700_000_000_001);
  });

  it('should keep increasing within one millisecond, in the order the ids were made', () => {
    const generator = new UuidV7Generator();
    const ids = Array.from({ length: 2_000 }, () => generator.next(1_700_000_000_000));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    expect(ids.every((id) => timestampOf(id) === 1_700_000_000_000)).toBe(true);
  });

  it('should borrow the next millisecond rather than repeat when one millisecond runs out', () => {
    const generator = new UuidV7Generator();
    const ids = Array.from({ length: 10_000 }, () => generator.next(1_700_000_000_000));
    expect([...ids].sort()).toEqual(ids);
    const last = timestampOf(ids[ids.length - 1] ?? '');
    expect(last).toBeGreaterThan(1_700_000_000_000);
    expect(last).toBeLessThanOrEqual(1_700_000_000_000 + 10_000 / 2_048);
    // Time catching up goes on from there, never back.
    expect(generator.next(1_700_000_000_001) > (ids[ids.length - 1] ?? '')).toBe(true);
  });

  it('should not go back when the clock does', () => {
    const generator = new UuidV7Generator();
    const before = generator.next(1_700_000_005_000);
    const after = generator.next(1_700_000_000_000);
    expect(after > before).toBe(true);
    expect(timestampOf(after)).toBe(1_700_000_005_000);
  });
});
