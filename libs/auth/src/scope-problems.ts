import { ProblemException } from '@jiyn/problems';
import type { Scope } from './scopes';

/** 403 naming the scope the caller holds nowhere (or not on what the request touches). */
export function missingScope(scope: Scope): ProblemException {
  return new ProblemException('forbidden', {
    detail: {
      en: `This needs the scope "${scope}", which your credentials do not grant here.`,
      ru: `Для этого нужна область доступа «${scope}», которой ваши учётные данные здесь не дают.`,
      kk: `Бұл үшін «${scope}» рұқсат аясы қажет, ал тіркелгі деректеріңіз оны мұнда бермейді.`,
    },
    extensions: { requiredScope: scope },
  });
}

/**
 * 404 for an object of another organisation or event: saying 403 would reveal that it exists.
 */
export function notReachable(): ProblemException {
  return new ProblemException('not-found');
}
