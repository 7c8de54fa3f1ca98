export type UpstreamName = 'sessions' | 'registrations' | 'speakers' | 'feedback' | 'notifications';

/**
 * Which service answers which resource. The gateway strips `/api/v1` and forwards the rest of
 * the path unchanged, so `/api/v1/events/…` is the sessions service's `/events/…`.
 */
const RESOURCE_OWNERS: Readonly<Record<string, UpstreamName>> = {
  events: 'sessions',
  registrations: 'registrations',
  'check-ins': 'registrations',
  speakers: 'speakers',
  feedback: 'feedback',
  // surveys, knowledge tests and their results
  surveys: 'feedback',
  // e-mail settings and texts per event, the e-mail delivery log
  notifications: 'notifications',
  // organisations' webhook subscriptions and their deliveries
  webhooks: 'notifications',
};

/** Public (no credentials) resources under `/api/v1/public/…`: read-only by construction. */
const PUBLIC_RESOURCE_OWNERS: Readonly<Record<string, UpstreamName>> = {
  events: 'sessions',
  speakers: 'speakers',
  // e.g. the check-in public key and an event's registration form
  registrations: 'registrations',
};

/**
 * Self-service resources under `/api/v1/self/…`, for people without an API key: a participant with
 * the management token from their confirmation, an invited speaker with their profile token. The
 * gateway lets them through; the owning service checks the token (it alone holds its digest).
 */
const SELF_SERVICE_OWNERS: Readonly<Record<string, UpstreamName>> = {
  registrations: 'registrations',
  speakers: 'speakers',
  // a participant's surveys and their own answers, a speaker's own ratings: feedback asks registrations
  // or speakers whose the token is
  feedback: 'feedback',
  // a recipient's own mail preferences, e.g. the one-click unsubscribe link of a reminder
  notifications: 'notifications',
};

/** How a request reached the gateway: with an API key, as a public read, or as self-service. */
export type Access = 'authenticated' | 'public' | 'self';

const OWNERS: Readonly<Record<Access, Readonly<Record<string, UpstreamName>>>> = {
  authenticated: RESOURCE_OWNERS,
  public: PUBLIC_RESOURCE_OWNERS,
  self: SELF_SERVICE_OWNERS,
};

export interface Route {
  upstream: UpstreamName;
  path: string;
}

/** Resolves a path below /api/v1 (e.g. `events/123/publish`) to its service, or undefined. */
export function resolveRoute(path: string, access: Access): Route | undefined {
  const segments = path.split('/').filter(Boolean);
  if (segments.some((segment) => segment === '..' || segment === '.')) return undefined;
  const owners = OWNERS[access];
  const resource = segments[0];
  if (!resource || !Object.hasOwn(owners, resource)) return undefined;
  const upstream = owners[resource] as UpstreamName;
  // Segments arrive decoded; encode them again so `%3F` stays part of the path, not a query.
  const prefix = access === 'authenticated' ? '' : `${access}/`;
  return { upstream, path: `/${prefix}${segments.map(encodeURIComponent).join('/')}` };
}

export const UPSTREAMS: readonly UpstreamName[] = [
  'sessions',
  'registrations',
  'speakers',
  'feedback',
  'notifications',
];

/** How long the gateway waits for a service's answer headers. */
export const UPSTREAM_HEADERS_TIMEOUT_MS = 30_000;
/** Bulk imports (up to 20,000 rows, answered with their report) may take longer on a busy machine. */
export const BULK_HEADERS_TIMEOUT_MS = 180_000;

export function headersTimeoutMs(route: Route, method: string): number {
  return method === 'POST' && /^\/registrations\/events\/[^/]+\/imports$/.test(route.path)
    ? BULK_HEADERS_TIMEOUT_MS
    : UPSTREAM_HEADERS_TIMEOUT_MS;
}
