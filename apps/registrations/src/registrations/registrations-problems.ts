import { ProblemException } from '@jiyn/problems';
import type { RegistrationStatus } from '../registration-core/registration.entity';

/** Problems of registering and of the lifecycle moves, in kk/ru/en. */

type Localized = { en: string; ru: string; kk: string };

const ACTIONS = {
  approve: { en: 'approved', ru: 'одобрить', kk: 'мақұлдау' },
  reject: { en: 'rejected', ru: 'отклонить', kk: 'қабылдамау' },
  cancel: { en: 'cancelled', ru: 'отменить', kk: 'болдырмау' },
  confirmOffer: {
    en: 'confirmed from an offer',
    ru: 'подтвердить по предложению',
    kk: 'ұсыныс бойынша растау',
  },
} satisfies Record<string, Localized>;

export type LifecycleAction = keyof typeof ACTIONS;

/** The 409 of an illegal move, naming the current status. */
export function statusForbids(status: RegistrationStatus, action: LifecycleAction): ProblemException {
  const verb = ACTIONS[action];
  return new ProblemException('conflict', {
    detail: {
      en: `The registration is ${status}, so it cannot be ${verb.en}`,
      ru: `Регистрация в статусе «${status}», её нельзя ${verb.ru}`,
      kk: `Тіркеу «${status}» күйінде, оны ${verb.kk} мүмкін емес`,
    },
    extensions: { registrationStatus: status },
  });
}

export function selfCancellationClosed(deadline: Date): ProblemException {
  return new ProblemException('conflict', {
    detail: {
      en: `Self-service cancellation closed at ${deadline.toISOString()}; please contact the organiser`,
      ru: `Самостоятельная отмена была возможна до ${deadline.toISOString()}; обратитесь к организатору`,
      kk: `Өз бетімен болдырмау ${deadline.toISOString()} дейін мүмкін еді; ұйымдастырушыға хабарласыңыз`,
    },
    extensions: { cancellationDeadline: deadline.toISOString() },
  });
}

export function offerExpired(status: RegistrationStatus): ProblemException {
  return new ProblemException('offer-expired', {
    detail: {
      en: 'The offer has expired and the seat has passed on',
      ru: 'Срок предложения истёк, место передано следующему',
      kk: 'Ұсыныс мерзімі өтті, орын келесіге берілді',
    },
    extensions: { registrationStatus: status },
  });
}

export function invalidManagementToken(): ProblemException {
  return new ProblemException('unauthorized', {
    detail: {
      en: 'The management token is missing, unknown or no longer valid',
      ru: 'Токен управления регистрацией отсутствует, неизвестен или больше не действует',
      kk: 'Тіркеуді басқару токені жоқ, белгісіз немесе жарамсыз',
    },
  });
}

export function externalReferenceTaken(): ProblemException {
  return new ProblemException('conflict', {
    detail: {
      en: 'Another active registration of this event carries this external reference',
      ru: 'Другая активная регистрация этого мероприятия уже имеет этот внешний идентификатор',
      kk: 'Осы іс-шараның басқа белсенді тіркеуінде бұл сыртқы идентификатор бар',
    },
    errors: [{ field: 'externalReference', code: 'taken' }],
    extensions: { conflictOn: 'externalReference' },
  });
}

/** `existingRegistrationId` only for callers who may learn which registration it is (not self-service). */
export function duplicateRegistration(existingRegistrationId?: string | null): ProblemException {
  return new ProblemException('duplicate-registration', {
    detail: {
      en: 'A participant with this IIN or e-mail already has an active registration for this event',
      ru: 'У участника с этим ИИН или e-mail уже есть активная регистрация на это мероприятие',
      kk: 'Осы ЖСН немесе e-mail бар қатысушының бұл іс-шараға белсенді тіркеуі бар',
    },
    extensions: existingRegistrationId !== undefined ? { existingRegistrationId } : {},
  });
}
