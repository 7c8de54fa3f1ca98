import { describe, expect, it } from '@jest/globals';
import { KnownOwners } from './known-owners';

describe(KnownOwners.name, () => {
  it('should remember an owner once known, never an unknown one', () => {
    const owners = new KnownOwners();
    owners.remember('e1', undefined);
    expect(owners.get('e1')).toBeUndefined();
    owners.remember('e1', 'org-a');
    owners.remember('e1', 'org-b'); // an owner never changes: the first one stays
    expect(owners.get('e1')).toBe('org-a');
  });

  it('should forget the oldest beyond its capacity', () => {
    const owners = new KnownOwners(2);
    owners.remember('e1', 'a');
    owners.remember('e2', 'b');
    owners.remember('e3', 'c');
    expect([owners.get('e1'), owners.get('e2'), owners.get('e3')]).toEqual([undefined, 'b', 'c']);
  });
});
