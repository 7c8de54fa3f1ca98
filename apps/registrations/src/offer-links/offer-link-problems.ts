import { ProblemException } from '@jiyn/problems';
import type { RegistrationStatus } from '../registration-core/registration.entity';

/** What the link of a seat offer's e-mail answers when it cannot take the seat, in kk/ru/en. */

/** Malformed, forged, or naming a registration that is not there: one answer, so probing learns nothing. */
export function unknownOfferLink(): ProblemException {
  return new ProblemException('not-found', {
    detail: {
      en: 'This link is not known. Check that it was copied whole from the e-mail.',
      ru: 'Эта ссылка неизвестна. Проверьте, что она скопирована из письма целиком.',
      kk: 'Бұл сілтеме белгісіз. Хаттан толық көшірілгенін тексеріңіз.',
    },
  });
}

export function offerAlreadyAccepted(): ProblemException {
  return new ProblemException('offer-already-accepted', {
    detail: {
      en: 'Your seat is already confirmed; the confirmation with your check-in code was sent by e-mail.',
      ru: 'Ваше место уже подтверждено; подтверждение с кодом регистрации отправлено по почте.',
      kk: 'Орныңыз бұрын расталған; тіркеу коды бар растау хаты поштаға жіберілді.',
    },
    extensions: { registrationStatus: 'confirmed' },
  });
}

/** Lapsed, or the registration moved on (cancelled, rejected, a newer offer) since the e-mail. */
export function offerNoLongerStands(status: RegistrationStatus, expiresAt: Date): ProblemException {
  const lapsed = expiresAt.getTime() <= Date.now();
  return new ProblemException('offer-expired', {
    detail: lapsed
      ? {
          en: 'The offer has expired and the seat has passed to the next person in line.',
          ru: 'Срок предложения истёк, и место передано следующему в очереди.',
          kk: 'Ұсыныс мерзімі өтті, орын кезектегі келесі адамға берілді.',
        }
      : {
          en: 'This offer no longer stands: the registration has changed since the e-mail was sent.',
          ru: 'Это предложение больше не действует: регистрация изменилась после отправки письма.',
          kk: 'Бұл ұсыныс енді жарамсыз: хат жіберілгеннен кейін тіркеу өзгерді.',
        },
    extensions: { registrationStatus: status, offerExpiresAt: expiresAt.toISOString() },
  });
}
