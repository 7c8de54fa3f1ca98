import { SetMetadata } from '@nestjs/common';
import type { Scope } from './scopes';

export const REQUIRED_SCOPE = 'jiyn:required-scope';

/**
 * The one scope a route needs, declared beside it. The gateway refuses a caller who holds it nowhere;
 * the service then checks it against the organisation or event the request touches.
 */
export const RequiresScope = (scope: Scope) => SetMetadata(REQUIRED_SCOPE, scope);
