import { gzipSync } from 'node:zlib';

export interface Rendered {
  contentType: string;
  body: Buffer;
  /** The same body, gzip-compressed once, for clients that accept it. */
  gzipped: Buffer;
}

/**
 * Rendered public schedules, by (event, version, language, format). Published versions never
 * change, so an entry never goes stale; the cache is only bounded in bytes, least recently used out.
 */
export class RenderedCache {
  private readonly entries = new Map<string, Rendered>();
  private bytes = 0;

  constructor(private readonly maxBytes = 64 * 1024 * 1024) {}

  async getOrRender(
    key: string,
    render: () => Promise<{ contentType: string; body: string }>,
  ): Promise<Rendered> {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit); // most recently used goes last
      return hit;
    }
    const { contentType, body } = await render();
    const buffer = Buffer.from(body, 'utf8');
    const entry = { contentType, body: buffer, gzipped: gzipSync(buffer) };
    this.store(key, entry);
    return entry;
  }

  private store(key: string, entry: Rendered): void {
    const size = entry.body.length + entry.gzipped.length;
    if (size > this.maxBytes) return;
    this.entries.set(key, entry);
    this.bytes += size;
    for (const [oldest, old] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= old.body.length + old.gzipped.length;
    }
  }
}
