import { Readable } from 'node:stream';

/**
 * Reads a body whole when it is at most `max` bytes; a larger one comes back as a stream of the
 * same bytes (what was read, then the rest), so it can still be passed on without being kept.
 */
export async function collectUpTo(
  source: AsyncIterable<Buffer>,
  max: number,
): Promise<{ body: Buffer; rest?: undefined } | { body: null; rest: Readable }> {
  const chunks: Buffer[] = [];
  let size = 0;
  const iterator = source[Symbol.asyncIterator]();
  for (;;) {
    const next = await iterator.next();
    if (next.done) return { body: Buffer.concat(chunks, size) };
    chunks.push(next.value);
    size += next.value.length;
    if (size > max) {
      const remaining = { [Symbol.asyncIterator]: () => iterator };
      return {
        body: null,
        rest: Readable.from(
          (async function* () {
            yield* chunks;
            yield* remaining;
          })(),
        ),
      };
    }
  }
}
