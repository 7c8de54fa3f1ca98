import { randomBytes, randomInt } from 'node:crypto';

const COUNTER_MAX = 0xfff;
/** A fresh millisecond starts its counter in the lower half, leaving room for a burst of ids. */
const COUNTER_SEED_LIMIT = 0x800;

/**
 * UUID version 7 (RFC 9562): 48-bit Unix milliseconds, a 12-bit counter, 62 random bits. Ids from
 * one generator strictly increase, also within one millisecond and when the clock steps back
 * (RFC 9562 §6.2, method 1): rows written in one go (an import, a batch of events) sort in the order
 * they were made, wherever `ORDER BY created_at, id` breaks a tie.
 */
export class UuidV7Generator {
  private lastMs = -1;
  private counter = 0;

  next(now: number = Date.now()): string {
    if (now > this.lastMs) {
      this.lastMs = now;
      this.counter = randomInt(COUNTER_SEED_LIMIT);
    } else if (this.counter < COUNTER_MAX) {
      this.counter += 1;
    } else {
      // 4,096 ids in one millisecond: borrow the next one rather than repeat or go back.
      this.lastMs += 1;
      this.counter = randomInt(COUNTER_SEED_LIMIT);
    }
    const bytes = randomBytes(16);
    bytes.writeUIntBE(this.lastMs, 0, 6);
    bytes[6] = 0x70 | (this.counter >> 8);
    bytes[7] = this.counter & 0xff;
    bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
    const hex = bytes.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
}

const processWide = new UuidV7Generator();

/** The next id of this process's generator: greater than every id it returned before. */
export function uuidv7(now: number = Date.now()): string {
  return processWide.next(now);
}
