import type { Lang } from '@jiyn/kz';

type Localized = Record<Lang, string>;

/**
 * Every kind of problem the API answers with. The slug becomes the RFC 9457 `type` URI; titles are
 * fixed per type (as the RFC asks) and localised. Details may add specifics.
 */
export const PROBLEM_TYPES = {
  'bad-request': { status: 400, title: { en: 'Bad request', ru: 'Некорректный запрос', kk: 'Қате сұраныс' } },
  validation: {
    status: 400,
    title: {
      en: 'The request has invalid fields',
      ru: 'Запрос содержит неверные поля',
      kk: 'Сұраныста қате өрістер бар',
    },
  },
  unauthorized: {
    status: 401,
    title: {
      en: 'Credentials are missing or wrong',
      ru: 'Учётные данные отсутствуют или неверны',
      kk: 'Тіркелгі деректері жоқ немесе қате',
    },
  },
  forbidden: { status: 403, title: { en: 'Not allowed', ru: 'Доступ запрещён', kk: 'Рұқсат етілмеген' } },
  'not-found': { status: 404, title: { en: 'Not found', ru: 'Не найдено', kk: 'Табылмады' } },
  'method-not-allowed': {
    status: 405,
    title: { en: 'Method not allowed', ru: 'Метод не поддерживается', kk: 'Әдіс қолдау көрсетілмейді' },
  },
  conflict: {
    status: 409,
    title: {
      en: 'Conflict with the current state',
      ru: 'Конфликт с текущим состоянием',
      kk: 'Ағымдағы күймен қайшылық',
    },
  },
  'event-not-open': {
    status: 409,
    title: {
      en: 'The event is not open for registration',
      ru: 'Регистрация на мероприятие закрыта',
      kk: 'Іс-шараға тіркелу жабық',
    },
  },
  'survey-not-open': {
    status: 409,
    title: {
      en: 'The survey is not open for answers',
      ru: 'Опрос сейчас не принимает ответы',
      kk: 'Сауалнама қазір жауап қабылдамайды',
    },
  },
  'not-an-attendee': {
    status: 403,
    title: {
      en: 'Only those who attended may answer this survey',
      ru: 'Отвечать на этот опрос могут только присутствовавшие',
      kk: 'Бұл сауалнамаға тек қатысқандар жауап бере алады',
    },
  },
  'event-full': {
    status: 409,
    title: { en: 'The event is full', ru: 'Мест на мероприятии нет', kk: 'Іс-шарада орын жоқ' },
  },
  'duplicate-registration': {
    status: 409,
    title: {
      en: 'This participant is already registered',
      ru: 'Участник уже зарегистрирован',
      kk: 'Қатысушы бұрын тіркелген',
    },
  },
  'registration-not-confirmed': {
    status: 409,
    title: {
      en: 'The registration is not confirmed',
      ru: 'Регистрация не подтверждена',
      kk: 'Тіркеу расталмаған',
    },
  },
  // A seat offered from the waitlist (self-service and the link in the offer's e-mail).
  'offer-expired': {
    status: 409,
    title: {
      en: 'The seat offer no longer stands',
      ru: 'Предложение места больше не действует',
      kk: 'Орын ұсынысы енді жарамсыз',
    },
  },
  'offer-already-accepted': {
    status: 409,
    title: {
      en: 'The seat offer has already been accepted',
      ru: 'Предложение места уже принято',
      kk: 'Орын ұсынысы бұрын қабылданған',
    },
  },
  'already-checked-in': {
    status: 409,
    title: { en: 'Already checked in', ru: 'Уже отмечен', kk: 'Бұрын белгіленген' },
  },
  'session-full': {
    status: 409,
    title: { en: 'The session is full', ru: 'Мест на сессии нет', kk: 'Сессияда орын жоқ' },
  },
  'schedule-clash': {
    status: 409,
    title: {
      en: 'The session overlaps another one the participant signed up for',
      ru: 'Сессия пересекается с другой, на которую записан участник',
      kk: 'Сессия қатысушы жазылған басқа сессиямен қиылысады',
    },
  },
  'call-not-open': {
    status: 409,
    title: {
      en: 'The call for proposals is not open',
      ru: 'Приём заявок закрыт',
      kk: 'Өтінім қабылдау жабық',
    },
  },
  'payload-too-large': {
    status: 413,
    title: { en: 'The request is too large', ru: 'Запрос слишком большой', kk: 'Сұраныс тым үлкен' },
  },
  'request-timeout': {
    status: 408,
    title: {
      en: 'The request took too long to arrive',
      ru: 'Запрос поступал слишком долго',
      kk: 'Сұраныс тым ұзақ келді',
    },
  },
  'headers-too-large': {
    status: 431,
    title: {
      en: 'The request headers are too large',
      ru: 'Заголовки запроса слишком велики',
      kk: 'Сұраныс тақырыптары тым үлкен',
    },
  },
  'uri-too-long': {
    status: 414,
    title: { en: 'The address is too long', ru: 'Слишком длинный адрес', kk: 'Мекенжай тым ұзын' },
  },
  'unsupported-media-type': {
    status: 415,
    title: {
      en: 'Unsupported content type',
      ru: 'Неподдерживаемый тип содержимого',
      kk: 'Қолдау көрсетілмейтін мазмұн түрі',
    },
  },
  'rate-limited': {
    status: 429,
    title: { en: 'Too many requests', ru: 'Слишком много запросов', kk: 'Сұраныстар тым көп' },
  },
  // The Idempotency-Key header (IETF httpapi draft): a key the gateway cannot use, a key still at
  // work on an earlier request, a key already spent on a different request.
  'idempotency-key-invalid': {
    status: 400,
    title: {
      en: 'The Idempotency-Key header is not valid',
      ru: 'Заголовок Idempotency-Key указан неверно',
      kk: 'Idempotency-Key тақырыбы қате көрсетілген',
    },
  },
  'idempotency-key-in-flight': {
    status: 409,
    title: {
      en: 'A request with this Idempotency-Key is still being processed',
      ru: 'Запрос с этим Idempotency-Key ещё обрабатывается',
      kk: 'Осы Idempotency-Key бар сұраныс әлі өңделуде',
    },
  },
  'idempotency-key-reused': {
    status: 422,
    title: {
      en: 'This Idempotency-Key was already used for a different request',
      ru: 'Этот Idempotency-Key уже использован для другого запроса',
      kk: 'Бұл Idempotency-Key басқа сұраныс үшін қолданылған',
    },
  },
  'idempotency-response-not-kept': {
    status: 409,
    title: {
      en: 'The request with this Idempotency-Key was completed, but its answer was too large to keep',
      ru: 'Запрос с этим Idempotency-Key выполнен, но его ответ слишком велик для хранения',
      kk: 'Осы Idempotency-Key бар сұраныс орындалды, бірақ жауабы сақтау үшін тым үлкен',
    },
  },
  internal: { status: 500, title: { en: 'Internal error', ru: 'Внутренняя ошибка', kk: 'Ішкі қате' } },
  'bad-gateway': {
    status: 502,
    title: { en: 'A backing service failed', ru: 'Ошибка внутреннего сервиса', kk: 'Ішкі қызмет қатесі' },
  },
  'service-unavailable': {
    status: 503,
    title: {
      en: 'Service temporarily unavailable',
      ru: 'Сервис временно недоступен',
      kk: 'Қызмет уақытша қолжетімсіз',
    },
  },
} as const satisfies Record<string, { status: number; title: Localized }>;

export type ProblemType = keyof typeof PROBLEM_TYPES;

export const PROBLEM_TYPE_BASE = 'https://jiyn.kz/problems/';

export function problemTypeForStatus(status: number): ProblemType {
  const match = (Object.keys(PROBLEM_TYPES) as ProblemType[]).find(
    // Only the generic type of a status, never one that names a specific cause.
    (type) =>
      PROBLEM_TYPES[type].status === status && type !== 'validation' && !type.startsWith('idempotency-'),
  );
  if (match) return match;
  return status >= 500 ? 'internal' : 'bad-request';
}
