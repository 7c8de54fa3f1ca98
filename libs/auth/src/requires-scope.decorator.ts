import { SetMetadata, applyDecorators } from '@nestjs/common';
import { ApiExtension, ApiSecurity } from '@nestjs/swagger';
import type { Scope } from './scopes';

export const REQUIRED_SCOPE = 'jiyn:required-scope';
/** The OpenAPI extension the gateway's route catalogue reads the scope from. */
export const SCOPE_EXTENSION = 'x-jiyn-scope';
/** The security schemes a caller may present; each needs the same scope (OpenAPI: any one of them). */
export const SECURITY_SCHEMES = ['bearer', 'apiKey', 'session'] as const;

/**
 * The one scope a route needs, declared beside it. It lands in the service's OpenAPI operation as
 * its security requirement and as `x-jiyn-scope`: the gateway refuses a caller who holds it nowhere,
 * the service refuses the same, then checks it against the organisation or event the request touches.
 */
export const RequiresScope = (scope: Scope) =>
  applyDecorators(
    SetMetadata(REQUIRED_SCOPE, scope),
    ...SECURITY_SCHEMES.map((scheme) => ApiSecurity(scheme, [scope])),
    ApiExtension(SCOPE_EXTENSION, scope),
  );
