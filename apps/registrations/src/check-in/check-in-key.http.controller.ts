import { PublicRoute } from '@jiyn/auth';
import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiSchema, ApiTags } from '@nestjs/swagger';
import { CheckInKeys } from './check-in-keys';
import type { CheckInPublicJwk } from './check-in-token';

/** An Ed25519 public key as a JWK (RFC 8037); `kid` is its RFC 7638 thumbprint. */
@ApiSchema({ name: 'CheckInPublicJwk' })
export class CheckInPublicJwkView implements CheckInPublicJwk {
  @ApiProperty({ enum: ['OKP'] })
  kty!: 'OKP';

  @ApiProperty({ enum: ['Ed25519'] })
  crv!: 'Ed25519';

  @ApiProperty({ pattern: '^[A-Za-z0-9_-]+$', description: 'The public key, base64url' })
  x!: string;

  @ApiProperty({ pattern: '^[A-Za-z0-9_-]+$', description: 'SHA-256 thumbprint of the key, base64url' })
  kid!: string;

  @ApiProperty({ enum: ['EdDSA'] })
  alg!: 'EdDSA';

  @ApiProperty({ enum: ['sig'] })
  use!: 'sig';
}

/** The current check-in key several ways (JWK, JWKS `keys`, PEM), and how tokens are built. */
@ApiSchema({ name: 'CheckInKey' })
export class CheckInKeyView {
  @ApiProperty({ description: 'The id of the current key' })
  kid!: string;

  @ApiProperty({ enum: ['EdDSA'] })
  alg!: 'EdDSA';

  @ApiProperty({ type: CheckInPublicJwkView, description: 'The current key' })
  jwk!: CheckInPublicJwkView;

  @ApiProperty({
    type: CheckInPublicJwkView,
    isArray: true,
    description: 'JWKS: the current key, then retired ones whose tokens are still honoured',
  })
  keys!: CheckInPublicJwkView[];

  @ApiProperty({ example: '-----BEGIN PUBLIC KEY-----\n…\n-----END PUBLIC KEY-----\n' })
  publicKeyPem!: string;

  @ApiProperty({ description: 'How a QR token is built and signed' })
  tokenFormat!: string;
}

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
  @ApiOperation({
    operationId: 'publicGetCheckInKey',
    summary: 'Get the public key that verifies check-in QR tokens offline',
  })
  @ApiOkResponse({
    type: CheckInKeyView,
    headers: { 'Cache-Control': { schema: { type: 'string', example: 'public, max-age=3600' } } },
  })
  key(): CheckInKeyView {
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
