import type { FastifyReply } from 'fastify';

/** RFC 9110 §13.1.2 If-None-Match: a list of entity tags, or `*`; compared weakly. */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const bare = etag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === bare);
}

/**
 * Sets the caching headers of a public, language-dependent resource and answers 304 when the
 * caller already holds it. Returns true when the 304 was sent and nothing else should be.
 */
export async function answerNotModified(
  reply: FastifyReply,
  headers: Record<string, string | undefined>,
  etag: string,
  lang: string,
): Promise<boolean> {
  void reply
    .header('etag', etag)
    .header('cache-control', 'public, max-age=60, must-revalidate')
    .header('vary', 'Accept-Language, Accept-Encoding')
    .header('content-language', lang);
  if (!etagMatches(headers['if-none-match'], etag)) return false;
  await reply.status(304).send();
  return true;
}
