import type { Lang } from '@jiyn/kz';
import type { EmailTemplateName } from './catalogue';

/**
 * The words of each message, per language, as Handlebars templates over the message's facts
 * (`{{eventTitle}}`, `{{organisationName}}`, `{{name}}`, `{{code}}`, `{{position}}`,
 * `{{offerExpiresAt}}`, `{{startsAt}}`, `{{proposalTitle}}`, a co-speaker's `{{primarySpeakerName}}`
 * and `{{expiresAt}}`, and a session's `{{sessionTitle}}`, `{{previousTime}}`, `{{previousRoom}}`,
 * `{{newTime}}`, `{{newRoom}}`, `{{sessionTime}}`, `{{sessionRoom}}`). Organisers may replace `subject` and
 * `intro` per event (the text-override routes); the rest is the platform's.
 */
export interface MessageTexts {
  subject: string;
  heading: string;
  intro: string;
  /** The line under the message, when not the common one about an event (a message to owners). */
  footer?: string;
}

export const MESSAGE_TEXTS: Record<EmailTemplateName, Record<Lang, MessageTexts>> = {
  'registration-received': {
    kk: {
      subject: '{{eventTitle}}: өтінішіңіз қабылданды',
      heading: 'Өтінішіңіз қабылданды',
      intro:
        '«{{eventTitle}}» іс-шарасына тіркелу өтінішіңіз алынды. Ұйымдастырушылар оны қарап, шешімін хабарлайды.',
    },
    ru: {
      subject: '{{eventTitle}}: заявка получена',
      heading: 'Заявка получена',
      intro:
        'Ваша заявка на участие в мероприятии «{{eventTitle}}» получена. Организаторы рассмотрят её и сообщат о решении.',
    },
    en: {
      subject: '{{eventTitle}}: registration received',
      heading: 'Registration received',
      intro:
        'We have received your registration for {{eventTitle}}. The organisers will review it and let you know.',
    },
  },
  'registration-confirmed': {
    kk: {
      subject: '{{eventTitle}}: тіркелуіңіз расталды',
      heading: 'Тіркелуіңіз расталды',
      intro:
        'Сіз «{{eventTitle}}» іс-шарасына тіркелдіңіз. Кіру кезінде осы QR кодты немесе тіркеу кодын көрсетіңіз.',
    },
    ru: {
      subject: '{{eventTitle}}: регистрация подтверждена',
      heading: 'Регистрация подтверждена',
      intro:
        'Вы зарегистрированы на мероприятие «{{eventTitle}}». На входе покажите этот QR-код или код регистрации.',
    },
    en: {
      subject: '{{eventTitle}}: your registration is confirmed',
      heading: 'Your registration is confirmed',
      intro:
        'You are registered for {{eventTitle}}. Show this QR code or your check-in code at the entrance.',
    },
  },
  'registration-waitlisted': {
    kk: {
      subject: '{{eventTitle}}: сіз күту тізіміндесіз',
      heading: 'Сіз күту тізіміндесіз',
      intro:
        '«{{eventTitle}}» іс-шарасында қазір бос орын жоқ. Сіз күту тізімінде {{position}}-орындасыз; орын босаса, хабарлаймыз.',
    },
    ru: {
      subject: '{{eventTitle}}: вы в листе ожидания',
      heading: 'Вы в листе ожидания',
      intro:
        'Свободных мест на мероприятии «{{eventTitle}}» сейчас нет. Ваше место в листе ожидания: {{position}}. Мы напишем, когда место освободится.',
    },
    en: {
      subject: '{{eventTitle}}: you are on the waiting list',
      heading: 'You are on the waiting list',
      intro:
        '{{eventTitle}} is full for now. You are number {{position}} on the waiting list; we will write as soon as a seat is free.',
    },
  },
  'seat-offered': {
    kk: {
      subject: '{{eventTitle}}: сізге орын ұсынылды',
      heading: 'Сізге орын ұсынылды',
      intro:
        '«{{eventTitle}}» іс-шарасында орын босады. Ұсыныс {{offerExpiresAt}} дейін жарамды; одан кейін орын келесі адамға беріледі.',
    },
    ru: {
      subject: '{{eventTitle}}: вам предложено место',
      heading: 'Вам предложено место',
      intro:
        'На мероприятии «{{eventTitle}}» освободилось место. Предложение действует до {{offerExpiresAt}}; после этого место перейдёт следующему в очереди.',
    },
    en: {
      subject: '{{eventTitle}}: a seat is offered to you',
      heading: 'A seat is offered to you',
      intro:
        'A seat at {{eventTitle}} has become free. The offer holds until {{offerExpiresAt}}; after that the seat goes to the next person in line.',
    },
  },
  'registration-approved': {
    kk: {
      subject: '{{eventTitle}}: өтінішіңіз мақұлданды',
      heading: 'Өтінішіңіз мақұлданды',
      intro:
        'Ұйымдастырушылар «{{eventTitle}}» іс-шарасына өтінішіңізді мақұлдады. Кіру кезінде осы QR кодты немесе тіркеу кодын көрсетіңіз.',
    },
    ru: {
      subject: '{{eventTitle}}: заявка одобрена',
      heading: 'Заявка одобрена',
      intro:
        'Организаторы одобрили вашу заявку на мероприятие «{{eventTitle}}». На входе покажите этот QR-код или код регистрации.',
    },
    en: {
      subject: '{{eventTitle}}: your registration is approved',
      heading: 'Your registration is approved',
      intro:
        'The organisers approved your registration for {{eventTitle}}. Show this QR code or your check-in code at the entrance.',
    },
  },
  'registration-rejected': {
    kk: {
      subject: '{{eventTitle}}: өтінішіңіз қабылданбады',
      heading: 'Өтінішіңіз қабылданбады',
      intro: 'Өкінішке орай, ұйымдастырушылар «{{eventTitle}}» іс-шарасына өтінішіңізді қабылдай алмады.',
    },
    ru: {
      subject: '{{eventTitle}}: заявка отклонена',
      heading: 'Заявка отклонена',
      intro: 'К сожалению, организаторы не смогли принять вашу заявку на мероприятие «{{eventTitle}}».',
    },
    en: {
      subject: '{{eventTitle}}: your registration was declined',
      heading: 'Your registration was declined',
      intro: 'We are sorry: the organisers could not accept your registration for {{eventTitle}}.',
    },
  },
  'registration-cancelled': {
    kk: {
      subject: '{{eventTitle}}: тіркелу тоқтатылды',
      heading: 'Тіркелу тоқтатылды',
      intro:
        '«{{eventTitle}}» іс-шарасына тіркелуіңіз тоқтатылды. Бұл қате болса, ұйымдастырушыларға жазыңыз.',
    },
    ru: {
      subject: '{{eventTitle}}: регистрация отменена',
      heading: 'Регистрация отменена',
      intro:
        'Ваша регистрация на мероприятие «{{eventTitle}}» отменена. Если это ошибка, напишите организаторам.',
    },
    en: {
      subject: '{{eventTitle}}: your registration is cancelled',
      heading: 'Your registration is cancelled',
      intro:
        'Your registration for {{eventTitle}} has been cancelled. If this is a mistake, please write to the organisers.',
    },
  },
  'event-reminder': {
    kk: {
      subject: 'Еске салу: {{eventTitle}} {{startsAt}} басталады',
      heading: 'Жақында кездесеміз',
      intro: '«{{eventTitle}}» іс-шарасы {{startsAt}} басталады. Кіру кезінде осы QR кодты көрсетіңіз.',
    },
    ru: {
      subject: 'Напоминание: {{eventTitle}} начинается {{startsAt}}',
      heading: 'До встречи',
      intro: 'Мероприятие «{{eventTitle}}» начинается {{startsAt}}. На входе покажите этот QR-код.',
    },
    en: {
      subject: 'Reminder: {{eventTitle}} starts {{startsAt}}',
      heading: 'See you soon',
      intro: '{{eventTitle}} starts {{startsAt}}. Show this QR code at the entrance.',
    },
  },
  'feedback-invitation': {
    kk: {
      subject: '{{eventTitle}}: пікіріңізді білдіріңіз',
      heading: 'Қатысқаныңызға рахмет',
      intro: '«{{eventTitle}}» іс-шарасы туралы пікіріңіз келесі іс-шараларды жақсартуға көмектеседі.',
    },
    ru: {
      subject: '{{eventTitle}}: поделитесь мнением',
      heading: 'Спасибо за участие',
      intro: 'Ваш отзыв о мероприятии «{{eventTitle}}» поможет сделать следующие мероприятия лучше.',
    },
    en: {
      subject: '{{eventTitle}}: tell us what you thought',
      heading: 'Thank you for coming',
      intro: 'Your feedback on {{eventTitle}} helps make the next events better.',
    },
  },
  'proposal-received': {
    kk: {
      subject: '{{eventTitle}}: «{{proposalTitle}}» ұсынысы қабылданды',
      heading: 'Ұсынысыңыз қабылданды',
      intro:
        '«{{eventTitle}}» іс-шарасына «{{proposalTitle}}» баяндама ұсынысыңыз алынды. Шешімді хабарлаймыз.',
    },
    ru: {
      subject: '{{eventTitle}}: заявка «{{proposalTitle}}» получена',
      heading: 'Заявка получена',
      intro:
        'Ваша заявка на выступление «{{proposalTitle}}» на мероприятии «{{eventTitle}}» получена. Мы сообщим о решении.',
    },
    en: {
      subject: '{{eventTitle}}: proposal “{{proposalTitle}}” received',
      heading: 'Proposal received',
      intro:
        'Your proposal “{{proposalTitle}}” for {{eventTitle}} has been received. We will let you know the decision.',
    },
  },
  'proposal-accepted': {
    kk: {
      subject: '{{eventTitle}}: «{{proposalTitle}}» ұсынысы қабылданды',
      heading: 'Ұсынысыңыз бағдарламаға енді',
      intro:
        'Құттықтаймыз! «{{proposalTitle}}» ұсынысыңыз «{{eventTitle}}» бағдарламасына қабылданды. Уақыты мен залы жақында белгіленеді.',
    },
    ru: {
      subject: '{{eventTitle}}: заявка «{{proposalTitle}}» принята',
      heading: 'Заявка принята в программу',
      intro:
        'Поздравляем! Ваша заявка «{{proposalTitle}}» принята в программу мероприятия «{{eventTitle}}». Время и зал будут назначены в ближайшее время.',
    },
    en: {
      subject: '{{eventTitle}}: “{{proposalTitle}}” is accepted',
      heading: 'Your proposal is accepted',
      intro:
        'Congratulations! “{{proposalTitle}}” is accepted into the programme of {{eventTitle}}. Its time and room will follow.',
    },
  },
  'proposal-rejected': {
    kk: {
      subject: '{{eventTitle}}: «{{proposalTitle}}» ұсынысы бойынша шешім',
      heading: 'Ұсыныс бойынша шешім',
      intro:
        'Ұсынысыңызға рахмет. Өкінішке орай, «{{proposalTitle}}» ұсынысы «{{eventTitle}}» бағдарламасына енбеді.',
    },
    ru: {
      subject: '{{eventTitle}}: решение по заявке «{{proposalTitle}}»',
      heading: 'Решение по заявке',
      intro:
        'Спасибо за заявку. К сожалению, «{{proposalTitle}}» не вошла в программу мероприятия «{{eventTitle}}».',
    },
    en: {
      subject: '{{eventTitle}}: decision on “{{proposalTitle}}”',
      heading: 'A decision on your proposal',
      intro:
        'Thank you for your proposal. We are sorry: “{{proposalTitle}}” was not selected for the programme of {{eventTitle}}.',
    },
  },
  'session-changed': {
    kk: {
      subject: '{{eventTitle}}: «{{sessionTitle}}» сессиясы ауыстырылды',
      heading: 'Сіз жазылған сессия ауыстырылды',
      intro:
        '«{{sessionTitle}}» сессиясы енді {{newTime}} өтеді, орны: {{newRoom}} (бұрын: {{previousTime}}, {{previousRoom}}). Жазылуыңыз сақталады.',
    },
    ru: {
      subject: '{{eventTitle}}: сессия «{{sessionTitle}}» перенесена',
      heading: 'Сессия, на которую вы записаны, перенесена',
      intro:
        'Сессия «{{sessionTitle}}» теперь пройдёт {{newTime}}, место: {{newRoom}} (было: {{previousTime}}, {{previousRoom}}). Ваша запись сохраняется.',
    },
    en: {
      subject: '{{eventTitle}}: “{{sessionTitle}}” has moved',
      heading: 'A session you signed up for has moved',
      intro:
        '“{{sessionTitle}}” now takes place on {{newTime}} in {{newRoom}} (previously {{previousTime}}, {{previousRoom}}). Your place is kept.',
    },
  },
  'session-cancelled': {
    kk: {
      subject: '{{eventTitle}}: «{{sessionTitle}}» сессиясы бағдарламадан алынды',
      heading: 'Сіз жазылған сессия бағдарламадан алынды',
      intro:
        '«{{sessionTitle}}» сессиясы ({{sessionTime}}, {{sessionRoom}}) «{{eventTitle}}» бағдарламасынан алынды. Іс-шараның өзіне тіркелуіңіз күшінде қалады.',
    },
    ru: {
      subject: '{{eventTitle}}: сессия «{{sessionTitle}}» исключена из программы',
      heading: 'Сессия, на которую вы записаны, исключена из программы',
      intro:
        'Сессия «{{sessionTitle}}» ({{sessionTime}}, {{sessionRoom}}) исключена из программы мероприятия «{{eventTitle}}». Ваша регистрация на само мероприятие остаётся в силе.',
    },
    en: {
      subject: '{{eventTitle}}: “{{sessionTitle}}” is off the programme',
      heading: 'A session you signed up for is off the programme',
      intro:
        '“{{sessionTitle}}” ({{sessionTime}}, {{sessionRoom}}) has been taken off the programme of {{eventTitle}}. Your registration for the event itself still stands.',
    },
  },
  'speaker-invitation': {
    kk: {
      subject: '{{organisationName}} сізді спикер ретінде шақырады',
      heading: 'Спикерге шақыру',
      intro:
        '{{organisationName}} сізді Jiyn платформасына спикер ретінде шақырады. Төмендегі сілтеме спикер бетіңізге кіргізеді: онда профиліңізді толтырып, қай уақытта бос екеніңізді белгілеп, баяндамаға өтінім бере аласыз. Сілтеме бір рет қолданылады.',
    },
    ru: {
      subject: '{{organisationName}}: приглашение для спикера',
      heading: 'Приглашение для спикера',
      intro:
        'Организация «{{organisationName}}» приглашает вас как спикера на платформу Jiyn. Ссылка ниже откроет ваш кабинет спикера: там можно заполнить профиль, указать, когда вы свободны, и подать заявку на выступление. Ссылка одноразовая.',
    },
    en: {
      subject: '{{organisationName}} invites you as a speaker',
      heading: 'Your speaker invitation',
      intro:
        '{{organisationName}} invites you as a speaker on Jiyn. The link below signs you in to your speaker page, where you can complete your profile, say when you are available and submit proposals. The link can be used once.',
    },
  },
  'co-speaker-invitation': {
    kk: {
      subject: '{{eventTitle}}: «{{proposalTitle}}» баяндамасына қосымша спикер ретінде шақыру',
      heading: 'Сізді қосымша спикер ретінде шақырады',
      intro:
        '{{primarySpeakerName}} «{{eventTitle}}» іс-шарасына «{{proposalTitle}}» баяндама ұсынысын жіберіп, сізді қосымша спикер ретінде көрсетті. Төмендегі сілтеме арқылы кіріп, қатысуыңызды растаңыз немесе бас тартыңыз.',
    },
    ru: {
      subject: '{{eventTitle}}: приглашение стать соспикером доклада «{{proposalTitle}}»',
      heading: 'Вас приглашают соспикером',
      intro:
        '{{primarySpeakerName}} подаёт заявку на выступление «{{proposalTitle}}» на мероприятии «{{eventTitle}}» и указывает вас соспикером. Войдите по ссылке ниже, чтобы подтвердить участие или отказаться.',
    },
    en: {
      subject: '{{eventTitle}}: you are invited to co-present “{{proposalTitle}}”',
      heading: 'You are invited as a co-speaker',
      intro:
        '{{primarySpeakerName}} has proposed “{{proposalTitle}}” for {{eventTitle}} and named you as a co-speaker. Sign in with the link below to confirm or decline.',
    },
  },
  'webhook-endpoint-disabled': {
    kk: {
      subject: '{{organisationName}}: {{endpointHost}} вебхук нүктесі өшірілді',
      heading: 'Вебхук нүктесі өшірілді',
      intro:
        '{{endpointHost}} мекенжайына жеткізу тым ұзақ сәтсіз болды (алғашқы қате: {{failingSince}}), сондықтан нүкте өшірілді: оған енді ештеңе жіберілмейді. Қабылдаушы жүйені түзетіп, нүктені қайта қосыңыз: PATCH /api/v1/webhooks/{{endpointId}} сұранысын {"enabled": true} денесімен жіберіңіз. Өткізіп алған оқиғаларды POST /api/v1/webhooks/{{endpointId}}/replay арқылы қайта жіберуге болады.',
      footer: 'Бұл хатты Jiyn «{{organisationName}}» ұйымының иелеріне жіберді.',
    },
    ru: {
      subject: '{{organisationName}}: вебхук-точка {{endpointHost}} отключена',
      heading: 'Вебхук-точка отключена',
      intro:
        'Доставки на {{endpointHost}} не проходят с {{failingSince}}, поэтому точка отключена {{disabledAt}}: ей больше ничего не отправляется. Исправьте принимающую систему и включите точку снова: запрос PATCH /api/v1/webhooks/{{endpointId}} с телом {"enabled": true}. Пропущенные события можно отправить повторно через POST /api/v1/webhooks/{{endpointId}}/replay.',
      footer: 'Jiyn отправил это письмо владельцам организации «{{organisationName}}».',
    },
    en: {
      subject: '{{organisationName}}: webhook endpoint {{endpointHost}} disabled',
      heading: 'A webhook endpoint was disabled',
      intro:
        'Deliveries to {{endpointHost}} have failed since {{failingSince}}, so the endpoint was disabled on {{disabledAt}}: nothing is sent to it any more. Fix the receiving system, then switch the endpoint back on with PATCH /api/v1/webhooks/{{endpointId}} and the body {"enabled": true}. Events it missed can be sent again with POST /api/v1/webhooks/{{endpointId}}/replay.',
      footer: 'Jiyn sent this e-mail to the owners of {{organisationName}}.',
    },
  },
};

/** The words around an invitation's link, per language. */
export interface InvitationTexts {
  /** The button of a speaker's invitation to sign in. */
  signIn: string;
  /** The button of a co-speaker's invitation. */
  answer: string;
  linkExpires: string;
}

export const INVITATION_TEXTS: Record<Lang, InvitationTexts> = {
  kk: {
    signIn: 'Спикер бетіне кіру',
    answer: 'Растау немесе бас тарту',
    linkExpires: 'Сілтеменің жарамдылық мерзімі',
  },
  ru: {
    signIn: 'Войти в кабинет спикера',
    answer: 'Подтвердить или отказаться',
    linkExpires: 'Ссылка действует до',
  },
  en: {
    signIn: 'Sign in to your speaker page',
    answer: 'Confirm or decline',
    linkExpires: 'The link works until',
  },
};

/** The words around every message, per language. */
export interface CommonTexts {
  greeting: string;
  greetingWithoutName: string;
  code: string;
  starts: string;
  venue: string;
  offerExpires: string;
  acceptOffer: string;
  giveFeedback: string;
  qrAlt: string;
  footer: string;
  unsubscribe: string;
  /** The footer of a message about no event (an invitation to sign in). */
  footerWithoutEvent: string;
}

export const COMMON_TEXTS: Record<Lang, CommonTexts> = {
  kk: {
    greeting: 'Сәлеметсіз бе, {{name}}!',
    greetingWithoutName: 'Сәлеметсіз бе!',
    code: 'Тіркеу коды',
    starts: 'Басталуы',
    venue: 'Өтетін орны',
    offerExpires: 'Ұсыныс мерзімі',
    acceptOffer: 'Орынды қабылдау',
    giveFeedback: 'Пікір қалдыру',
    qrAlt: 'Кіруге арналған QR код',
    footer: 'Бұл хатты {{organisationName}} «{{eventTitle}}» іс-шарасы бойынша Jiyn арқылы жіберді.',
    unsubscribe: 'Еске салулардан бас тарту',
    footerWithoutEvent: 'Бұл хатты {{organisationName}} Jiyn арқылы жіберді.',
  },
  ru: {
    greeting: 'Здравствуйте, {{name}}!',
    greetingWithoutName: 'Здравствуйте!',
    code: 'Код регистрации',
    starts: 'Начало',
    venue: 'Место',
    offerExpires: 'Предложение действует до',
    acceptOffer: 'Принять место',
    giveFeedback: 'Оставить отзыв',
    qrAlt: 'QR-код для входа',
    footer:
      'Это письмо отправлено организацией «{{organisationName}}» через Jiyn по мероприятию «{{eventTitle}}».',
    unsubscribe: 'Отписаться от напоминаний',
    footerWithoutEvent: 'Это письмо отправлено организацией «{{organisationName}}» через Jiyn.',
  },
  en: {
    greeting: 'Hello {{name}},',
    greetingWithoutName: 'Hello,',
    code: 'Check-in code',
    starts: 'Starts',
    venue: 'Venue',
    offerExpires: 'Offer holds until',
    acceptOffer: 'Accept the seat',
    giveFeedback: 'Give feedback',
    qrAlt: 'QR code for the entrance',
    footer: '{{organisationName}} sent this e-mail through Jiyn about {{eventTitle}}.',
    unsubscribe: 'Unsubscribe from reminders',
    footerWithoutEvent: '{{organisationName}} sent this e-mail through Jiyn.',
  },
};

/** Date and time as people in each language read them. */
export const DATE_LOCALES: Record<Lang, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };
