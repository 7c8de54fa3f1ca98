export type UpstreamName = 'sessions' | 'registrations' | 'speakers' | 'feedback';

/**
 * Which service answers which resource. The gateway strips `/api/v1` and forwards the rest of
 * the path unchanged, so `/api/v1/events/…` is the sessions service's `/events/…`.
 */
const RESOURCE_OWNERS: Readonly<Record<string, UpstreamName>> = {
  events: 'sessions',
  registrations: 'registrations',
  speakers: 'speakers',
  feedback: 'feedback',
};

/** Public (no credentials) resources under `/api/v1/public/…`: read-only by construction. */
const PUBLIC_RESOURCE_OWNERS: Readonly<Record<string, UpstreamName>> = {
  events: 'sessions',
  speakers: 'speakers',
};

export interface Route {
  upstream: UpstreamName;
  path: string;
}

/** Resolves a path below /api/v1 (e.g. `events/123/publish`) to its service, or undefined. */
export function resolveRoute(path: string, isPublic: boolean): Route | undefined {
  const segments = path.split('/').filter(Boolean);
  if (segments.some((segment) => segment === '..' || segment === '.')) return undefined;
  const owners = isPublic ? PUBLIC_RESOURCE_OWNERS : RESOURCE_OWNERS;
  const resource = segments[0];
  if (!resource || !Object.hasOwn(owners, resource)) return undefined;
  const upstream = owners[resource] as UpstreamName;
  // Segments arrive decoded; encode them again so `%3F` stays part of the path, not a query.
  return { upstream, path: `/${isPublic ? 'public/' : ''}${segments.map(encodeURIComponent).join('/')}` };
}

export const UPSTREAMS: readonly UpstreamName[] = ['sessions', 'registrations', 'speakers', 'feedback'];
