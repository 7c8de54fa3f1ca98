import type { EntityManager } from 'typeorm';
import { upsertIfNewer } from './versioned-upsert';

/**
 * A service's local copy of another service's entity, kept from that service's events (an event's
 * dates and capacity, a session's time and status). Each payload carries the entity's version: a
 * newer one replaces the row, an older or replayed one changes nothing, so deliveries in any order
 * and any number of times leave the same table. Subclasses name the table and say which row a
 * payload becomes; an `@EventPattern` handler calls `apply` in its inbox transaction.
 */
export abstract class VersionedProjection<P extends { version: number }> {
  protected abstract readonly table: string;
  /** The entity's id column (or the columns of a composite key). */
  protected abstract readonly key: string | readonly string[];
  protected abstract toRow(payload: P): Record<string, unknown> & { version: number };

  /** Returns whether the payload was newer than what was held (and so was written). */
  apply(manager: EntityManager, payload: P): Promise<boolean> {
    return upsertIfNewer(manager, this.table, this.key, this.toRow(payload));
  }
}
