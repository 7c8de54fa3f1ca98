import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ProblemException } from '@jiyn/problems';
import { passwordMatches } from '../people/passwords';
import { tokenHash } from '../people/one-time-tokens';
import { SecretBox } from '../people/secret-box';
import { Clock } from './clock';
import { matchingStep } from './totp';

/** From the fifth wrong attempt in a row the account waits 1, 2, 4 … up to 60 minutes before the next one. */
export const FREE_ATTEMPTS = 4;
const MAX_LOCK_MINUTES = 60;

export interface SignInAttempt {
  email: string;
  password: string;
  totpCode?: string;
  recoveryCode?: string;
}

const WRONG = {
  en: 'The e-mail or password is wrong',
  ru: 'Неверный e-mail или пароль',
  kk: 'E-mail немесе құпиясөз қате',
};

@Injectable()
export class PasswordSignIn {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly secrets: SecretBox,
  ) {}

  /** The person's id when the password (and second factor, if enrolled) is right; a problem otherwise. */
  async verify(attempt: SignInAttempt): Promise<string> {
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT id, password_hash, locked_until, totp_enabled, totp_secret, totp_last_step
         FROM access.people WHERE email = $1`,
      [attempt.email.trim().toLowerCase()],
    );
    const person = rows[0];
    const now = this.clock.now();
    const lockedUntil = person?.['locked_until'] as Date | null | undefined;
    // While locked, the password is not even looked at: guessing gains nothing.
    if (lockedUntil && lockedUntil > now) throw this.locked(lockedUntil, now);
    const matches = await passwordMatches(
      attempt.password,
      (person?.['password_hash'] as string | null) ?? null,
    );
    if (!person) throw new ProblemException('unauthorized', { detail: WRONG });
    const personId = person['id'] as string;
    if (!matches) throw await this.failed(personId, WRONG);
    if (person['totp_enabled']) await this.secondFactor(personId, person, attempt, now);
    await this.db.query('UPDATE access.people SET failed_sign_ins = 0, locked_until = NULL WHERE id = $1', [
      personId,
    ]);
    return personId;
  }

  private async secondFactor(
    personId: string,
    person: Record<string, unknown>,
    attempt: SignInAttempt,
    now: Date,
  ): Promise<void> {
    if (attempt.totpCode) {
      const secret = this.secrets.open(person['totp_secret'] as string);
      const lastStep = person['totp_last_step'] === null ? null : Number(person['totp_last_step']);
      const step = matchingStep(secret, attempt.totpCode, now, lastStep);
      if (step !== undefined) {
        // Only one sign-in per step: a concurrent replay of the same code loses this race.
        const [, updated] = (await this.db.query(
          `UPDATE access.people SET totp_last_step = $2
            WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2)`,
          [personId, step],
        )) as [unknown, number];
        if (updated === 1) return;
      }
    } else if (attempt.recoveryCode) {
      const [, used] = (await this.db.query(
        `UPDATE access.recovery_codes SET used_at = $3
          WHERE person_id = $1 AND code_hash = $2 AND used_at IS NULL`,
        [personId, tokenHash(normaliseRecoveryCode(attempt.recoveryCode)), now],
      )) as [unknown, number];
      if (used === 1) return;
    } else {
      throw new ProblemException('unauthorized', {
        detail: {
          en: 'Enter the code from your authenticator app (totpCode) or a recovery code (recoveryCode)',
          ru: 'Введите код из приложения-аутентификатора (totpCode) или код восстановления (recoveryCode)',
          kk: 'Аутентификатор қолданбасындағы кодты (totpCode) немесе қалпына келтіру кодын (recoveryCode) енгізіңіз',
        },
        extensions: { totpRequired: true },
      });
    }
    throw await this.failed(personId, {
      en: 'The one-time code is wrong or already used',
      ru: 'Одноразовый код неверен или уже использован',
      kk: 'Бір реттік код қате немесе бұрын қолданылған',
    });
  }

  private async failed(
    personId: string,
    detail: Record<'en' | 'ru' | 'kk', string>,
  ): Promise<ProblemException> {
    await this.db.query(
      `UPDATE access.people
          SET failed_sign_ins = failed_sign_ins + 1,
              locked_until = CASE WHEN failed_sign_ins + 1 > $3
                THEN $2::timestamptz + least(power(2, failed_sign_ins - $3), $4) * interval '1 minute'
                ELSE locked_until END
        WHERE id = $1`,
      [personId, this.clock.now(), FREE_ATTEMPTS, MAX_LOCK_MINUTES],
    );
    return new ProblemException('unauthorized', { detail });
  }

  private locked(until: Date, now: Date): ProblemException {
    const seconds = Math.ceil((until.getTime() - now.getTime()) / 1000);
    return new ProblemException('rate-limited', {
      detail: {
        en: `Too many wrong attempts: this account can try again in ${seconds} s`,
        ru: `Слишком много неверных попыток: повторить вход можно через ${seconds} с`,
        kk: `Қате әрекеттер тым көп: бұл тіркелгі ${seconds} с кейін қайта көре алады`,
      },
      retryAfterSeconds: seconds,
    });
  }
}

/** Recovery codes are shown grouped (abcd-efgh-…); any case and dashes are accepted. */
export function normaliseRecoveryCode(code: string): string {
  return code.replace(/[\s-]/g, '').toLowerCase();
}
