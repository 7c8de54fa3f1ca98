import { ApiHeader } from '@nestjs/swagger';

/**
 * Documents the CSRF proof a write made with the session cookie must carry (an API key needs none):
 * the `csrfToken` answered by sign-in and `GET /api/v1/auth/me`. Without it, or from another
 * origin, the write is a 403.
 */
export const CsrfTokenHeader = ({ sessionOnly = false }: { sessionOnly?: boolean } = {}) =>
  ApiHeader({
    name: 'X-CSRF-Token',
    required: sessionOnly,
    description: sessionOnly
      ? 'The `csrfToken` from sign-in or `GET /api/v1/auth/me` (this route works with the session cookie only).'
      : 'Required when the caller is signed in with the session cookie: the `csrfToken` from sign-in or `GET /api/v1/auth/me`.',
    schema: { type: 'string' },
  });
