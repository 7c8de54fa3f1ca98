import { SetMetadata, applyDecorators } from '@nestjs/common';
import { ApiExcludeEndpoint, ApiExtension } from '@nestjs/swagger';

export const SCOPE_EXEMPT = 'jiyn:scope-exempt';
/** The OpenAPI extension naming why an operation needs no scope; the gateway reads it too. */
export const EXEMPT_EXTENSION = 'x-jiyn-exempt';

/**
 * Why a route needs no scope: `public` reads anyone may make (`/public/…`), `self-service` routes
 * the service checks a participant's or speaker's own token on (`/self/…`), `probe` health checks,
 * `any-credential` routes every authenticated caller may call because they answer only about the
 * caller itself (its own organisations, who am I), `internal` routes only another service calls
 * (with the internal token, never through the gateway: they are left out of the OpenAPI document, so
 * the gateway, which forwards only documented operations, answers 404 for them).
 * Said explicitly so that a route without any declaration stops the service from booting.
 */
export type ScopeExemption = 'public' | 'self-service' | 'probe' | 'any-credential' | 'internal';

const exempt = (reason: ScopeExemption) =>
  applyDecorators(SetMetadata(SCOPE_EXEMPT, reason), ApiExtension(EXEMPT_EXTENSION, reason));

/** Anyone may call it (published events, schedules, forms, calls for proposals). */
export const PublicRoute = () => exempt('public');
/** The caller proves who they are with a self-service token the service itself checks. */
export const SelfServiceRoute = () => exempt('self-service');
/** A health probe. `@Unguarded()` routes count as probes too. */
export const ProbeRoute = () => exempt('probe');
/** Any authenticated caller: the route answers only about the caller itself. */
export const AnyCredentialRoute = () => exempt('any-credential');
/**
 * Service to service only: e.g. the notifications service asking the registrations service for a
 * recipient's address at send time. The internal token is checked as on every route; the route is
 * not documented, so the gateway never forwards it.
 */
export const InternalRoute = () =>
  applyDecorators(SetMetadata(SCOPE_EXEMPT, 'internal'), ApiExcludeEndpoint());
