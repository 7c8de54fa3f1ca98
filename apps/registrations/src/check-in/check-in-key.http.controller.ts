import { PublicRoute } from '@jiyn/auth';
import { Controller, Get, Header } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CheckInKeys } from './check-in-keys';
import type { CheckInPublicJwk } from './check-in-token';

/**
 * The public half of the check-in signing key, for scanners that verify QR tokens offline. Reached
 * without credentials through the gateway: GET /api/v1/public/registrations/check-in-key.
 */
@ApiTags('public')
@PublicRoute()
@Controller('public/registrations')
export class CheckInKeyHttpController {
  constructor(private readonly keys: CheckInKeys) {}

  @Get('check-in-key')
  @Header('cache-control', 'public, max-age=3600')
  key(): {
    kid: string;
    alg: 'EdDSA';
    jwk: CheckInPublicJwk;
    keys: CheckInPublicJwk[];
    publicKeyPem: string;
    tokenFormat: string;
  } {
    return {
      kid: this.keys.jwk.kid,
      alg: 'EdDSA',
      jwk: this.keys.jwk,
      // JWKS shape too, so standard libraries can take the document as it is; retired keys follow
      // the current one while their tokens are still honoured.
      keys: this.keys.publishedKeys,
      publicKeyPem: this.keys.pem,
      tokenFormat:
        'c1.<payload>.<signature>, base64url without padding. payload (46 bytes): registration id (16-byte UUID), ' +
        'event id (16-byte UUID), confirmation code (10 ASCII), issued-at (uint32 big-endian Unix seconds). ' +
        'signature: Ed25519 over the ASCII bytes of "c1.<payload>".',
    };
  }
}
