import { Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Unguarded } from '@jiyn/auth';
import { ProblemException, ProblemResponses } from '@jiyn/problems';
import { CsrfTokenHeader } from './csrf-token-header';
import { SessionCookieOnly } from './session-cookie.openapi';
import { TotpEnrolmentResponse, TotpRecoveryCodesResponse } from './sign-in.responses';
import { tokenHash } from '../people/one-time-tokens';
import { SecretBox } from '../people/secret-box';
import { Clock } from './clock';
import { invalid, parseJsonBody } from './json-body';
import { normaliseRecoveryCode } from './password-sign-in';
import { SessionCookieResolver } from './session-cookie.resolver';
import { TotpCodeDto } from './sign-in.dto';
import { matchingStep, newTotpSecret, otpauthUri } from './totp';

const RECOVERY_CODES = 10;

/**
 * A second factor for the signed-in person: enrol (a new secret, kept encrypted) → confirm with a code
 * from the app (then it is required at every sign-in) and receive recovery codes, shown once, stored hashed.
 * Session routes (see SignInController): they check the cookie session and its CSRF token themselves.
 */
@ApiTags('sign-in')
@Controller('api/v1/auth/totp')
export class TotpController {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly secrets: SecretBox,
    private readonly cookies: SessionCookieResolver,
  ) {}

  @ApiOperation({
    operationId: 'enrolTotp',
    summary: 'Start enrolling an authenticator app: a new secret to scan',
    description: 'Enrolment is complete once confirmed with a code from the app (`confirmTotp`).',
  })
  @ApiOkResponse({ type: TotpEnrolmentResponse })
  @ProblemResponses(401, 403, 409)
  @SessionCookieOnly()
  @CsrfTokenHeader({ sessionOnly: true })
  @Unguarded()
  @Post('enrol')
  @HttpCode(200)
  async enrol(@Req() request: FastifyRequest): Promise<{ secret: string; otpauthUri: string }> {
    const { session } = await this.cookies.requireSession(request);
    const secret = newTotpSecret();
    // TypeORM answers an UPDATE … RETURNING with [rows, affected].
    const [rows] = (await this.db.query(
      `UPDATE access.people SET totp_secret = $2, totp_last_step = NULL
        WHERE id = $1 AND NOT totp_enabled RETURNING email`,
      [session.personId, this.secrets.seal(secret)],
    )) as [Record<string, unknown>[], number];
    if (!rows[0]?.['email']) throw alreadyEnrolled();
    return { secret, otpauthUri: otpauthUri(secret, rows[0]['email'] as string) };
  }

  @ApiOperation({
    operationId: 'confirmTotp',
    summary: 'Confirm the authenticator app with a code; answers the recovery codes, once',
    description: 'From then on every sign-in needs a code from the app or a recovery code.',
  })
  @ApiBody({ type: TotpCodeDto })
  @ApiOkResponse({ type: TotpRecoveryCodesResponse })
  @ProblemResponses(401, 403, 409)
  @SessionCookieOnly()
  @CsrfTokenHeader({ sessionOnly: true })
  @Unguarded()
  @Post('confirm')
  @HttpCode(200)
  async confirm(@Req() request: FastifyRequest): Promise<{ recoveryCodes: string[] }> {
    const { session } = await this.cookies.requireSession(request);
    const { code } = parseJsonBody(TotpCodeDto, request);
    const [person] = (await this.db.query(
      'SELECT totp_secret, totp_enabled FROM access.people WHERE id = $1',
      [session.personId],
    )) as Record<string, unknown>[];
    if (person?.['totp_enabled']) throw alreadyEnrolled();
    if (!person?.['totp_secret'])
      throw new ProblemException('conflict', {
        detail: {
          en: 'Start with POST /api/v1/auth/totp/enrol',
          ru: 'Начните с POST /api/v1/auth/totp/enrol',
          kk: 'POST /api/v1/auth/totp/enrol сұранысынан бастаңыз',
        },
      });
    const step = matchingStep(
      this.secrets.open(person['totp_secret'] as string),
      code,
      this.clock.now(),
      null,
    );
    if (step === undefined) throw invalid([{ field: 'code', code: 'totpCodeWrong' }]);
    const recoveryCodes = Array.from({ length: RECOVERY_CODES }, () =>
      (randomBytes(10).toString('hex').match(/.{4}/g) ?? []).join('-'),
    );
    await this.db.transaction(async (manager) => {
      await manager.query('UPDATE access.people SET totp_enabled = true, totp_last_step = $2 WHERE id = $1', [
        session.personId,
        step,
      ]);
      await manager.query('DELETE FROM access.recovery_codes WHERE person_id = $1', [session.personId]);
      for (const recovery of recoveryCodes)
        await manager.query('INSERT INTO access.recovery_codes (person_id, code_hash) VALUES ($1, $2)', [
          session.personId,
          tokenHash(normaliseRecoveryCode(recovery)),
        ]);
    });
    return { recoveryCodes };
  }
}

function alreadyEnrolled(): ProblemException {
  return new ProblemException('conflict', {
    detail: {
      en: 'A second factor is already enrolled for this account',
      ru: 'Для этой учётной записи второй фактор уже подключён',
      kk: 'Бұл тіркелгіде екінші фактор бұрын қосылған',
    },
  });
}
