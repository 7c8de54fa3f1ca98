import { Inject, Injectable, Logger } from '@nestjs/common';
import { request } from 'undici';
import { ANONYMOUS, INTERNAL_TOKEN_HEADER, PRINCIPAL_HEADER, encodePrincipal } from '@jiyn/auth';
import { ProblemException } from '@jiyn/problems';

export const SPEAKER_TOKEN_SETTINGS = Symbol('SPEAKER_TOKEN_SETTINGS');

export interface SpeakerTokenSettings {
  speakersUrl: string;
  internalToken: string;
}

const TIMEOUT_MS = 5_000;

export function selfServiceTokenRequired(): ProblemException {
  return new ProblemException('unauthorized', {
    detail: {
      en: 'A valid speaker self-service token is required',
      ru: 'Требуется действительный токен самообслуживания спикера',
      kk: 'Спикердің жарамды өзіне-өзі қызмет көрсету токені қажет',
    },
  });
}

/**
 * Whose a speaker's self-service token is: only the speakers service holds the tokens' digests, so
 * this service asks it (`POST /internal/speakers/self-token`, internal token) on every request.
 */
@Injectable()
export class SpeakerTokens {
  private readonly logger = new Logger(SpeakerTokens.name);

  constructor(@Inject(SPEAKER_TOKEN_SETTINGS) private readonly settings: SpeakerTokenSettings) {}

  async speakerOf(token: string | undefined): Promise<string> {
    if (!token) throw selfServiceTokenRequired();
    let response;
    try {
      response = await request(new URL('/internal/speakers/self-token', this.settings.speakersUrl), {
        method: 'POST',
        headers: {
          [INTERNAL_TOKEN_HEADER]: this.settings.internalToken,
          [PRINCIPAL_HEADER]: encodePrincipal(ANONYMOUS),
          'content-type': 'application/json',
          accept: 'application/json',
        },
        body: JSON.stringify({ token }),
        headersTimeout: TIMEOUT_MS,
        bodyTimeout: TIMEOUT_MS,
      });
    } catch (error) {
      this.logger.warn(`the speakers service did not answer: ${(error as Error).message}`);
      throw new ProblemException('service-unavailable', { retryAfterSeconds: 5 });
    }
    if (response.statusCode === 401 || response.statusCode === 400) {
      await response.body.dump();
      throw selfServiceTokenRequired();
    }
    if (response.statusCode !== 200) {
      await response.body.dump();
      this.logger.warn(`POST /internal/speakers/self-token answered ${response.statusCode}`);
      throw new ProblemException('service-unavailable', { retryAfterSeconds: 5 });
    }
    const body = (await response.body.json()) as { speakerId?: unknown };
    if (typeof body.speakerId !== 'string') throw new ProblemException('service-unavailable');
    return body.speakerId;
  }
}
