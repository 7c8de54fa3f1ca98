import { ProblemException } from '@jiyn/problems';

/** Problems of anonymising an event's registrations, in kk/ru/en. */

export function noRetentionPeriod(): ProblemException {
  return new ProblemException('conflict', {
    detail: {
      en: 'The event has no retention period; set one with PUT …/retention first',
      ru: 'Для мероприятия не задан срок хранения; сначала задайте его (PUT …/retention)',
      kk: 'Іс-шараның сақтау мерзімі белгіленбеген; алдымен оны белгілеңіз (PUT …/retention)',
    },
    extensions: { anonymiseAfter: null },
  });
}

export function retentionRunning(anonymiseAfter: Date): ProblemException {
  const when = anonymiseAfter.toISOString();
  return new ProblemException('conflict', {
    detail: {
      en: `The retention period of the event runs until ${when}`,
      ru: `Срок хранения данных мероприятия истекает ${when}`,
      kk: `Іс-шара деректерінің сақтау мерзімі ${when} дейін`,
    },
    extensions: { anonymiseAfter: when },
  });
}
