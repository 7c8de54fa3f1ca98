import { Injectable } from '@nestjs/common';
import { request } from 'undici';
import { ANONYMOUS, INTERNAL_TOKEN_HEADER, PRINCIPAL_HEADER, encodePrincipal } from '@jiyn/auth';
import { ProblemException } from '@jiyn/problems';
import { FeedbackEnvironment } from '../feedback.environment';

/** Whose a self-service token is: the registration it manages and that registration's event. */
export interface Participant {
  registrationId: string;
  eventId: string;
  /** The token itself, checked: the participant's keys are derived from it (and it is never stored). */
  token: string;
}

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{20,200}$/;
const TIMEOUT_MS = 5_000;

export function invalidParticipantToken(): ProblemException {
  return new ProblemException('unauthorized', {
    detail: {
      en: 'The management token is missing, unknown or no longer valid',
      ru: 'Токен управления регистрацией отсутствует, неизвестен или больше не действует',
      kk: 'Тіркеуді басқару токені жоқ, белгісіз немесе жарамсыз',
    },
  });
}

/**
 * Participants answer with the self-service (management) token of their registration. Only the
 * registrations service can tell whose it is (it keeps the token's digest): it is asked on its
 * internal route, with the internal token, the token in the body. Feedback keeps no token and no
 * digest of one; it uses the token only to derive the participant's own keys (respondent and pair
 * keys), which only the token's holder can compute again.
 */
@Injectable()
export class ParticipantTokens {
  constructor(private readonly env: FeedbackEnvironment) {}

  async resolve(token: string | undefined): Promise<Participant> {
    if (!token || !TOKEN_PATTERN.test(token)) throw invalidParticipantToken();
    let response;
    try {
      response = await request(new URL('/internal/registrations/self-token', this.env.REGISTRATIONS_URL), {
        method: 'POST',
        headers: {
          [INTERNAL_TOKEN_HEADER]: this.env.INTERNAL_TOKEN,
          [PRINCIPAL_HEADER]: encodePrincipal(ANONYMOUS),
          accept: 'application/json',
          'content-type': 'application/json',
        },
        body: JSON.stringify({ token }),
        headersTimeout: TIMEOUT_MS,
        bodyTimeout: TIMEOUT_MS,
      });
    } catch {
      throw registrationsUnavailable();
    }
    if (response.statusCode === 200) {
      const owner = (await response.body.json()) as Omit<Participant, 'token'>;
      return { registrationId: owner.registrationId, eventId: owner.eventId, token };
    }
    await response.body.dump();
    if ([400, 401, 404].includes(response.statusCode)) throw invalidParticipantToken();
    throw registrationsUnavailable();
  }
}

function registrationsUnavailable(): ProblemException {
  return new ProblemException('service-unavailable', {
    detail: {
      en: 'Your registration cannot be checked right now: try again in a moment',
      ru: 'Сейчас не удаётся проверить вашу регистрацию: повторите чуть позже',
      kk: 'Қазір тіркеуіңізді тексеру мүмкін емес: сәлден соң қайталаңыз',
    },
    retryAfterSeconds: 5,
  });
}
