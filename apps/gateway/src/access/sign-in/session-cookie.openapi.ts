import { ApiSecurity } from '@nestjs/swagger';
import { SESSION_COOKIE } from './session-cookie';

/** The `Set-Cookie` header of an answer that opens the browser's session. */
export const SETS_SESSION_COOKIE = {
  'Set-Cookie': {
    description: `The session cookie \`${SESSION_COOKIE}\` (HttpOnly, Secure, SameSite=Lax, Path=/).`,
    schema: {
      type: 'string',
      example: `${SESSION_COOKIE}=…; Path=/; Secure; HttpOnly; SameSite=Lax; Max-Age=43200`,
    },
  },
};

/** The `Set-Cookie` header of an answer that ends the browser's session. */
export const CLEARS_SESSION_COOKIE = {
  'Set-Cookie': {
    description: `Clears the session cookie \`${SESSION_COOKIE}\` (Max-Age=0).`,
    schema: { type: 'string' },
  },
};

/** Routes that work with the sign-in session cookie only (an API key has no "me"). */
export const SessionCookieOnly = () => ApiSecurity('session');
