import type { Lang } from '@jiyn/kz';

type Template = Record<Lang, string>;

/**
 * Localised messages for field errors, keyed by the validator's constraint name. `{field}` and
 * `{0}`, `{1}` … are replaced with the field name and the constraint's arguments.
 */
const TEMPLATES: Record<string, Template> = {
  isDefined: { en: '{field} is required', ru: 'Поле {field} обязательно', kk: '{field} өрісі міндетті' },
  isNotNull: {
    en: '{field} must not be null: leave it out instead',
    ru: 'Поле {field} не может быть null: просто не передавайте его',
    kk: '{field} өрісі null бола алмайды: оны жібермеңіз',
  },
  isNotEmpty: {
    en: '{field} must not be empty',
    ru: 'Поле {field} не должно быть пустым',
    kk: '{field} өрісі бос болмауы керек',
  },
  whitelistValidation: {
    en: '{field} is not a known field',
    ru: 'Поле {field} не поддерживается',
    kk: '{field} өрісі белгісіз',
  },
  isString: {
    en: '{field} must be text',
    ru: 'Поле {field} должно быть строкой',
    kk: '{field} өрісі мәтін болуы керек',
  },
  isInt: {
    en: '{field} must be a whole number',
    ru: 'Поле {field} должно быть целым числом',
    kk: '{field} өрісі бүтін сан болуы керек',
  },
  isNumber: {
    en: '{field} must be a number',
    ru: 'Поле {field} должно быть числом',
    kk: '{field} өрісі сан болуы керек',
  },
  isBoolean: {
    en: '{field} must be true or false',
    ru: 'Поле {field} должно быть true или false',
    kk: '{field} өрісі true немесе false болуы керек',
  },
  min: {
    en: '{field} must be at least {0}',
    ru: 'Поле {field} должно быть не меньше {0}',
    kk: '{field} өрісі кемінде {0} болуы керек',
  },
  max: {
    en: '{field} must be at most {0}',
    ru: 'Поле {field} должно быть не больше {0}',
    kk: '{field} өрісі {0} мәнінен аспауы керек',
  },
  minLength: {
    en: '{field} must be at least {0} characters',
    ru: 'Поле {field} должно содержать не менее {0} символов',
    kk: '{field} өрісі кемінде {0} таңбадан тұруы керек',
  },
  maxLength: {
    en: '{field} must be at most {0} characters',
    ru: 'Поле {field} должно содержать не более {0} символов',
    kk: '{field} өрісі {0} таңбадан аспауы керек',
  },
  isEmail: {
    en: '{field} must be an e-mail address',
    ru: 'Поле {field} должно быть адресом e-mail',
    kk: '{field} өрісі e-mail мекенжайы болуы керек',
  },
  isUuid: {
    en: '{field} must be a UUID',
    ru: 'Поле {field} должно быть UUID',
    kk: '{field} өрісі UUID болуы керек',
  },
  isIn: {
    en: '{field} must be one of: {0}',
    ru: 'Поле {field} должно быть одним из: {0}',
    kk: '{field} өрісі мыналардың бірі болуы керек: {0}',
  },
  isEnum: {
    en: '{field} has a value that is not allowed',
    ru: 'Недопустимое значение поля {field}',
    kk: '{field} өрісінің мәні рұқсат етілмеген',
  },
  isDateString: {
    en: '{field} must be an ISO 8601 date',
    ru: 'Поле {field} должно быть датой ISO 8601',
    kk: '{field} өрісі ISO 8601 күні болуы керек',
  },
  isISO8601: {
    en: '{field} must be an ISO 8601 date',
    ru: 'Поле {field} должно быть датой ISO 8601',
    kk: '{field} өрісі ISO 8601 күні болуы керек',
  },
  isTimeZone: {
    en: '{field} must be an IANA time zone',
    ru: 'Поле {field} должно быть часовым поясом IANA',
    kk: '{field} өрісі IANA уақыт белдеуі болуы керек',
  },
  isTimeZoneName: {
    en: '{field} must be an IANA time zone',
    ru: 'Поле {field} должно быть часовым поясом IANA',
    kk: '{field} өрісі IANA уақыт белдеуі болуы керек',
  },
  matches: {
    en: '{field} has the wrong format',
    ru: 'Поле {field} имеет неверный формат',
    kk: '{field} өрісінің пішімі қате',
  },
  isObject: {
    en: '{field} must be an object',
    ru: 'Поле {field} должно быть объектом',
    kk: '{field} өрісі нысан болуы керек',
  },
  nestedValidation: {
    en: '{field} must be an object',
    ru: 'Поле {field} должно быть объектом',
    kk: '{field} өрісі нысан болуы керек',
  },
  objectItems: {
    en: 'Every item of {field} must be an object',
    ru: 'Каждый элемент поля {field} должен быть объектом',
    kk: '{field} өрісінің әр элементі нысан болуы керек',
  },
  isArray: {
    en: '{field} must be a list',
    ru: 'Поле {field} должно быть списком',
    kk: '{field} өрісі тізім болуы керек',
  },
  httpsUrl: {
    en: '{field} must be an https:// URL',
    ru: 'Поле {field} должно быть адресом https://',
    kk: '{field} өрісі https:// мекенжайы болуы керек',
  },
  // An organisation's e-mail branding (gateway): its colour, on which e-mail writes white text.
  hexColour: {
    en: '{field} must be a colour written #rrggbb, e.g. #0b5cad',
    ru: 'Поле {field} должно быть цветом в виде #rrggbb, например #0b5cad',
    kk: '{field} өрісі #rrggbb түріндегі түс болуы керек, мысалы #0b5cad',
  },
  lowContrast: {
    en: '{field}: white text on this colour has a contrast of {0}:1, below the {1}:1 WCAG 2.2 level AA asks for text of normal size; e-mail writes the organisation’s name and buttons in white on this colour, so choose a darker one',
    ru: 'Поле {field}: контраст белого текста на этом цвете {0}:1, ниже {1}:1, которых WCAG 2.2 (уровень AA) требует для текста обычного размера; в письмах название организации и кнопки пишутся белым по этому цвету, поэтому выберите цвет темнее',
    kk: '{field}: осы түстегі ақ мәтіннің контрасы {0}:1, бұл WCAG 2.2 (AA деңгейі) қалыпты өлшемді мәтінге талап ететін {1}:1-ден төмен; хаттарда ұйымның атауы мен түймелер осы түстің үстіне ақ түспен жазылады, сондықтан қоюырақ түс таңдаңыз',
  },
  // Webhook subscriptions (notifications): the target URL and what it resolves to, event types.
  webhookUrl: {
    en: '{field} must be an absolute http(s) URL with a host and no user name or password',
    ru: 'Поле {field} должно быть полным адресом http(s) с именем хоста, без имени пользователя и пароля',
    kk: '{field} өрісі хост аты бар, пайдаланушы аты мен құпиясөзсіз толық http(s) мекенжайы болуы керек',
  },
  webhookTargetRefused: {
    en: '{field} leads to {0} ({1}): webhooks are not sent to loopback, private, link-local or other internal addresses',
    ru: 'Поле {field} ведёт на {0} ({1}): вебхуки не отправляются на локальные, частные, link-local и другие внутренние адреса',
    kk: '{field} өрісі {0} ({1}) мекенжайына апарады: вебхуктар жергілікті, жеке, link-local және басқа ішкі мекенжайларға жіберілмейді',
  },
  webhookTargetUnresolvable: {
    en: '{field}: the host {0} does not resolve to any address',
    ru: 'Поле {field}: хост {0} не разрешается ни в один адрес',
    kk: '{field}: {0} хосты ешбір мекенжайға шешілмейді',
  },
  unknownEventType: {
    en: '{field} is not an event type webhooks carry (see GET /api/v1/webhooks/event-types)',
    ru: 'Поле {field} не является типом события, доступным для вебхуков (см. GET /api/v1/webhooks/event-types)',
    kk: '{field} вебхуктар жеткізетін оқиға түрі емес (GET /api/v1/webhooks/event-types қараңыз)',
  },
  replayRange: {
    en: '{field} must come after from, at most {0} days later',
    ru: 'Поле {field} должно быть позже from, но не более чем на {0} дней',
    kk: '{field} өрісі from-нан кейін, бірақ {0} күннен аспай болуы керек',
  },
  arrayMaxSize: {
    en: '{field} may have at most {0} items',
    ru: 'Поле {field} может содержать не более {0} элементов',
    kk: '{field} өрісінде {0} элементтен артық болмауы керек',
  },
  arrayUnique: {
    en: '{field} must not repeat items',
    ru: 'Элементы поля {field} не должны повторяться',
    kk: '{field} өрісінің элементтері қайталанбауы керек',
  },
  isUrl: {
    en: '{field} must be a URL',
    ru: 'Поле {field} должно быть URL',
    kk: '{field} өрісі URL болуы керек',
  },
  isIin: {
    en: '{field} must be a valid 12-digit IIN',
    ru: 'Поле {field} должно содержать действительный 12-значный ИИН',
    kk: '{field} өрісі жарамды 12 таңбалы ЖСН болуы керек',
  },
  implausibleBirthDate: {
    en: '{field} gives the birth date {0}, which cannot be right: it must lie between 1900-01-01 and today ({1}); check the number',
    ru: 'Из ИИН в поле {field} следует дата рождения {0}, а она должна быть не раньше 1900-01-01 и не позже сегодняшнего дня ({1}); проверьте номер',
    kk: '{field} өрісіндегі ЖСН бойынша туған күн {0}, ал ол 1900-01-01 мен бүгінгі күннің ({1}) аралығында болуы керек; нөмірді тексеріңіз',
  },
  isBin: {
    en: '{field} must be a valid 12-digit BIN',
    ru: 'Поле {field} должно содержать действительный 12-значный БИН',
    kk: '{field} өрісі жарамды 12 таңбалы БСН болуы керек',
  },
  isKzRegionCode: {
    en: '{field} must be a region code of Kazakhstan (KZ-10 … KZ-79)',
    ru: 'Поле {field} должно быть кодом региона Казахстана (KZ-10 … KZ-79)',
    kk: '{field} өрісі Қазақстан өңірінің коды болуы керек (KZ-10 … KZ-79)',
  },
  isKzPhone: {
    en: '{field} must be a Kazakhstan phone number (+7 7xx …)',
    ru: 'Поле {field} должно быть казахстанским номером телефона (+7 7xx …)',
    kk: '{field} өрісі Қазақстан телефон нөмірі болуы керек (+7 7xx …)',
  },
  multilingualRequired: {
    en: '{field} needs a text in: {0}',
    ru: 'Для поля {field} нужен текст на языках: {0}',
    kk: '{field} өрісіне мына тілдерде мәтін қажет: {0}',
  },
  endsBeforeStart: {
    en: '{field} must not be before the start',
    ru: 'Поле {field} не может быть раньше начала',
    kk: '{field} басталу уақытынан бұрын болмауы керек',
  },
  closesBeforeOpens: {
    en: '{field} must not be before registration opens',
    ru: 'Поле {field} не может быть раньше открытия регистрации',
    kk: '{field} тіркеу ашылғанға дейін болмауы керек',
  },
  taken: {
    en: '{field} is already taken',
    ru: 'Значение поля {field} уже занято',
    kk: '{field} мәні бос емес',
  },
  invalidCursor: {
    en: '{field} is not a cursor from this list',
    ru: 'Поле {field} не является курсором этого списка',
    kk: '{field} бұл тізімнің курсоры емес',
  },
  outsideEvent: {
    en: '{field} lies outside the event days',
    ru: 'Поле {field} выходит за дни мероприятия',
    kk: '{field} іс-шара күндерінен тыс',
  },
  farFromEvent: {
    en: '{field} must lie within a day of the event: between {0} and {1}',
    ru: 'Поле {field} должно быть не дальше суток от мероприятия: между {0} и {1}',
    kk: '{field} іс-шарадан бір тәуліктен алыс болмауы керек: {0} мен {1} аралығында',
  },
  eventTooLong: {
    en: '{field} must be at most {0} days after the start',
    ru: 'Поле {field} должно быть не позже чем через {0} дней после начала',
    kk: '{field} басталғаннан кейін {0} күннен кешіктірілмеуі керек',
  },
  overlaps: {
    en: '{field} overlaps the previous range',
    ru: 'Поле {field} пересекается с предыдущим интервалом',
    kk: '{field} алдыңғы аралықпен қиылысады',
  },
  unknownEvent: {
    en: '{field} is not a published event',
    ru: 'Поле {field} не является опубликованным мероприятием',
    kk: '{field} жарияланған іс-шара емес',
  },
  nulCharacter: {
    en: '{field} contains a NUL character',
    ru: 'Поле {field} содержит символ NUL',
    kk: '{field} өрісінде NUL таңбасы бар',
  },
  loneSurrogate: {
    en: '{field} contains a broken character (half of a UTF-16 surrogate pair)',
    ru: 'Поле {field} содержит повреждённый символ (половину суррогатной пары UTF-16)',
    kk: '{field} өрісінде бүлінген таңба бар (UTF-16 суррогат жұбының жартысы)',
  },
  nestedTooDeep: {
    en: '{field} is nested more than {0} levels deep',
    ru: 'Поле {field} вложено глубже {0} уровней',
    kk: '{field} өрісі {0} деңгейден тереңірек салынған',
  },
  badUrlEncoding: {
    en: 'The {field} of the address is not valid percent-encoded UTF-8',
    ru: 'Поле {field} адреса содержит некорректное процентное кодирование UTF-8',
    kk: 'Мекенжайдың {field} бөлігінде UTF-8 пайыздық кодтауы қате',
  },
  repeatedParameter: {
    en: 'The query parameter {field} is given more than once',
    ru: 'Параметр запроса {field} указан больше одного раза',
    kk: '{field} сұраныс параметрі бірнеше рет берілген',
  },
  slotIncomplete: {
    en: '{field} is needed to place the session',
    ru: 'Поле {field} нужно, чтобы поставить сессию в расписание',
    kk: 'Сессияны кестеге қою үшін {field} өрісі қажет',
  },
  unknownRoom: {
    en: '{field} is not a room of this event',
    ru: 'Поле {field} не является залом этого мероприятия',
    kk: '{field} бұл іс-шараның залы емес',
  },
  unknownTrack: {
    en: '{field} is not a track of this event',
    ru: 'Поле {field} не является треком этого мероприятия',
    kk: '{field} бұл іс-шараның трегі емес',
  },
  isInstant: {
    en: '{field} must be a date and time with an offset, at the latest 9999-12-31 in UTC, e.g. 2024-02-05T09:00:00+06:00',
    ru: 'Поле {field} должно быть датой и временем со смещением, не позже 9999-12-31 по UTC, например 2024-02-05T09:00:00+06:00',
    kk: '{field} өрісі ығысуы бар күн мен уақыт болуы керек, UTC бойынша 9999-12-31 күнінен кешіктірмей, мысалы 2024-02-05T09:00:00+06:00',
  },
  invalidUnsubscribeToken: {
    en: '{field} is not the token of an unsubscribe link',
    ru: 'Поле {field} не является токеном ссылки для отписки',
    kk: '{field} жазылымнан бас тарту сілтемесінің токені емес',
  },
  invalidEmailTemplate: {
    en: '{field} is not a valid message template: {0}',
    ru: 'Поле {field} не является корректным шаблоном письма: {0}',
    kk: '{field} өрісі хат үлгісі ретінде жарамсыз: {0}',
  },
  unknownPlaceholder: {
    en: '{field} uses {0}, which this message does not have (it has {1})',
    ru: 'Поле {field} использует {0}, которого в этом письме нет (есть {1})',
    kk: '{field} өрісі бұл хатта жоқ {0} мәнін қолданады (бары: {1})',
  },
  invalidCheckInToken: {
    en: '{field} is not a valid check-in token',
    ru: 'Поле {field} не является действительным QR-кодом регистрации',
    kk: '{field} тіркеудің жарамды QR-коды емес',
  },
  invalidConfirmationCode: {
    en: '{field} must be a confirmation code like ABCDE-23456',
    ru: 'Поле {field} должно быть кодом подтверждения вида ABCDE-23456',
    kk: '{field} өрісі ABCDE-23456 түріндегі растау коды болуы керек',
  },
  unknownConfirmationCode: {
    en: '{field} matches no registration',
    ru: 'По полю {field} регистрация не найдена',
    kk: '{field} бойынша тіркеу табылмады',
  },
  otherEvent: {
    en: '{field} belongs to another event',
    ru: 'Поле {field} относится к другому мероприятию',
    kk: '{field} басқа іс-шараға тиесілі',
  },
  unknownSession: {
    en: '{field} is not a session of this event',
    ru: 'Поле {field} не является сессией этого мероприятия',
    kk: '{field} бұл іс-шараның сессиясы емес',
  },
  oneOfRequired: {
    en: 'Exactly one of {field} and {0} is required',
    ru: 'Нужно указать ровно одно из полей {field} и {0}',
    kk: '{field} және {0} өрістерінің дәл біреуі қажет',
  },
  exclusiveWith: {
    en: '{field} cannot be combined with {0}',
    ru: 'Поле {field} нельзя указывать вместе с {0}',
    kk: '{field} өрісін {0} өрісімен бірге көрсетуге болмайды',
  },
  requiredByEvent: {
    en: '{field} is required for this event',
    ru: 'Поле {field} обязательно для этого мероприятия',
    kk: 'Бұл іс-шара үшін {field} өрісі міндетті',
  },
  regionQuotaFull: {
    en: "{field}: all seats of this region's quota are taken",
    ru: '{field}: все места по квоте этого региона заняты',
    kk: '{field}: осы өңір квотасының барлық орны бос емес',
  },
  callClosesBeforeOpens: {
    en: '{field} must be after the call opens',
    ru: 'Поле {field} должно быть позже открытия приёма заявок',
    kk: '{field} өтінім қабылдау ашылғаннан кейін болуы керек',
  },
  durationRange: {
    en: '{field} must not be shorter than minDuration',
    ru: 'Поле {field} не может быть меньше minDuration',
    kk: '{field} minDuration мәнінен кем болмауы керек',
  },
  choiceNeedsOptions: {
    en: '{field}: a choice question needs at least two options',
    ru: '{field}: для вопроса с выбором нужно не менее двух вариантов',
    kk: '{field}: таңдау сұрағына кемінде екі нұсқа қажет',
  },
  optionsOnlyForChoice: {
    en: '{field} is only for choice questions',
    ru: 'Поле {field} допустимо только для вопросов с выбором',
    kk: '{field} тек таңдау сұрақтарына арналған',
  },
  notAcceptedByCall: {
    en: '{field} is not accepted by this call for proposals (accepted: {0})',
    ru: 'Поле {field} не принимается в этом приёме заявок (допустимо: {0})',
    kk: '{field} бұл өтінім қабылдауында қабылданбайды (рұқсат: {0})',
  },
  speakerOrNewSpeaker: {
    en: '{field} needs either speakerId or fullName and email',
    ru: 'Для поля {field} нужен либо speakerId, либо fullName и email',
    kk: '{field} үшін speakerId немесе fullName пен email қажет',
  },
  unknownSpeaker: {
    en: '{field} is not a known speaker',
    ru: 'Поле {field} не является известным спикером',
    kk: '{field} белгілі спикер емес',
  },
  duplicateSpeaker: {
    en: '{field} names a speaker twice',
    ru: 'В поле {field} спикер указан дважды',
    kk: '{field} өрісінде спикер екі рет көрсетілген',
  },
  unknownCriterion: {
    en: '{field} is not a review criterion of this call',
    ru: 'Поле {field} не является критерием оценки этого приёма заявок',
    kk: '{field} бұл өтінім қабылдауының бағалау критерийі емес',
  },
  unknownProposal: {
    en: '{field} is not a proposal of this event',
    ru: 'Поле {field} не является заявкой этого мероприятия',
    kk: '{field} бұл іс-шараның өтінімі емес',
  },
  notDecidable: {
    en: '{field} cannot be decided: it is {0}',
    ru: 'По полю {field} нельзя принять решение: статус {0}',
    kk: '{field} бойынша шешім қабылдау мүмкін емес: күйі {0}',
  },
  inBothLists: {
    en: '{field} is both accepted and rejected',
    ru: 'Поле {field} одновременно принято и отклонено',
    kk: '{field} бір мезгілде қабылданған және қабылданбаған',
  },
  // Registration forms: the event's own questions, the answers to them, and consent.
  // Shared by registration forms and calls for proposals: both ask their own questions.
  unknownQuestion: {
    en: '{field} answers no question asked here',
    ru: 'Поле {field} не отвечает ни на один из заданных вопросов',
    kk: '{field} қойылған сұрақтардың ешқайсысына жауап емес',
  },
  answerRequired: {
    en: '{field} must be answered',
    ru: 'На вопрос {field} нужно ответить',
    kk: '{field} сұрағына жауап беру міндетті',
  },
  isDate: {
    en: '{field} must be a date written YYYY-MM-DD',
    ru: 'Поле {field} должно быть датой в виде ГГГГ-ММ-ДД',
    kk: '{field} өрісі ЖЖЖЖ-АА-КК түріндегі күн болуы керек',
  },
  minDate: {
    en: '{field} must be on or after {0}',
    ru: 'Поле {field} должно быть не раньше {0}',
    kk: '{field} өрісі {0} күнінен ерте болмауы керек',
  },
  maxDate: {
    en: '{field} must be on or before {0}',
    ru: 'Поле {field} должно быть не позже {0}',
    kk: '{field} өрісі {0} күнінен кеш болмауы керек',
  },
  duplicateOption: {
    en: '{field} repeats an option already chosen',
    ru: 'Поле {field} повторяет уже выбранный вариант',
    kk: '{field} таңдалған нұсқаны қайталайды',
  },
  unknownOrganisation: {
    en: '{field} is not a known organisation',
    ru: 'Поле {field} не является известной организацией',
    kk: '{field} белгілі ұйым емес',
  },
  notOwnEvent: {
    en: '{field} is not an event of this organisation',
    ru: 'Поле {field} не является мероприятием этой организации',
    kk: '{field} бұл ұйымның іс-шарасы емес',
  },
  minSelections: {
    en: '{field} needs at least {0} choices',
    ru: 'В поле {field} нужно выбрать не менее {0} вариантов',
    kk: '{field} өрісінде кемінде {0} нұсқа таңдау керек',
  },
  maxSelections: {
    en: '{field} allows at most {0} choices',
    ru: 'В поле {field} можно выбрать не более {0} вариантов',
    kk: '{field} өрісінде {0} нұсқадан артық таңдауға болмайды',
  },
  consentNotAccepted: {
    en: 'Consent to the processing of personal data is required ({field})',
    ru: 'Требуется согласие на обработку персональных данных ({field})',
    kk: 'Дербес деректерді өңдеуге келісім қажет ({field})',
  },
  consentVersionMismatch: {
    en: '{field} is not the current consent text; the current version is {0}',
    ru: 'Поле {field} не соответствует действующему тексту согласия; действующая версия {0}',
    kk: '{field} келісімнің қолданыстағы мәтініне сәйкес емес; қолданыстағы нұсқа {0}',
  },
  consentVersionUnchanged: {
    en: '{field} must change when the consent terms change',
    ru: 'Поле {field} нужно изменить, если меняются условия согласия',
    kk: 'Келісім шарттары өзгерсе, {field} өрісін де өзгерту керек',
  },
  duplicateKey: {
    en: '{field} is used twice',
    ru: 'Значение поля {field} повторяется',
    kk: '{field} мәні қайталанады',
  },
  notForType: {
    en: '{field} does not apply with {0}',
    ru: 'Поле {field} не применяется при {0}',
    kk: '{field} өрісі {0} кезінде қолданылмайды',
  },
  minAboveMax: {
    en: '{field} must not be below the minimum',
    ru: 'Поле {field} не может быть меньше минимума',
    kk: '{field} ең аз мәннен кем болмауы керек',
  },
  // Surveys and knowledge tests (feedback, issue 14)
  surveyClosesBeforeOpens: {
    en: '{field} must be after the opening',
    ru: 'Поле {field} должно быть позже открытия',
    kk: '{field} ашылу уақытынан кейін болуы керек',
  },
  surveyOpensTooEarly: {
    en: '{field} must not be before {0} ({1} days before the event starts)',
    ru: 'Поле {field} не может быть раньше {0} (за {1} дней до начала мероприятия)',
    kk: '{field} {0} уақытынан ерте болмауы керек (іс-шара басталардан {1} күн бұрын)',
  },
  surveyClosesTooLate: {
    en: '{field} must not be after {0} ({1} days after the event ends)',
    ru: 'Поле {field} не может быть позже {0} ({1} дней после окончания мероприятия)',
    kk: '{field} {0} уақытынан кеш болмауы керек (іс-шара аяқталғаннан кейін {1} күн)',
  },
  scoredQuestionRequired: {
    en: '{field}: a knowledge test needs at least one scored question',
    ru: 'Поле {field}: в тесте знаний нужен хотя бы один оцениваемый вопрос',
    kk: '{field}: білім тестінде кемінде бір бағаланатын сұрақ болуы керек',
  },
  oneCorrectOption: {
    en: '{field}: a scored single-choice question needs exactly one correct option',
    ru: 'Поле {field}: у оцениваемого вопроса с одним ответом должен быть ровно один верный вариант',
    kk: '{field}: бір жауапты бағаланатын сұрақта дәл бір дұрыс нұсқа болуы керек',
  },
  correctOptionRequired: {
    en: '{field}: a scored question needs at least one correct option',
    ru: 'Поле {field}: у оцениваемого вопроса должен быть хотя бы один верный вариант',
    kk: '{field}: бағаланатын сұрақта кемінде бір дұрыс нұсқа болуы керек',
  },
  scoredMustBeRequired: {
    en: '{field}: a scored question must be required',
    ru: 'Поле {field}: оцениваемый вопрос должен быть обязательным',
    kk: '{field}: бағаланатын сұрақ міндетті болуы керек',
  },
  preTestFirstDay: {
    en: '{field}: a pre-test is taken on the first day of the event ({0})',
    ru: 'Поле {field}: входной тест проводится в первый день мероприятия ({0})',
    kk: '{field}: кіріс тесті іс-шараның бірінші күні ({0}) өткізіледі',
  },
  speakerNotInSession: {
    en: '{field} is not a speaker of that session',
    ru: 'Поле {field} не является спикером этой сессии',
    kk: '{field} бұл сессияның спикері емес',
  },
  fixedByPreTest: {
    en: '{field}: a post-test repeats its pre-test’s questions and cannot change them',
    ru: 'Поле {field}: выходной тест повторяет вопросы входного и не может их менять',
    kk: '{field}: шығыс тесті кіріс тестінің сұрақтарын қайталайды, оларды өзгертуге болмайды',
  },
  arrayMinSize: {
    en: '{field} must contain at least {0} items',
    ru: 'Поле {field} должно содержать не менее {0} элементов',
    kk: '{field} өрісінде кемінде {0} элемент болуы керек',
  },
  invalidJson: {
    en: 'The body is not valid JSON',
    ru: 'Тело запроса не является корректным JSON',
    kk: 'Сұраныс денесі жарамды JSON емес',
  },
  identifierRequired: {
    en: 'An imported row needs an IIN or an external reference, so re-importing it updates instead of duplicating',
    ru: 'Импортируемой строке нужен ИИН или внешний ID, чтобы повторный импорт обновлял её, а не создавал дубликат',
    kk: 'Импортталатын жолға ЖСН немесе сыртқы ID қажет, сонда қайта импорт телнұсқа жасамай, оны жаңартады',
  },
  duplicateInFile: {
    en: '{field} repeats the value of row {0} of this file',
    ru: 'Поле {field} повторяет значение строки {0} этого файла',
    kk: '{field} өрісі осы файлдың {0}-жолындағы мәнді қайталайды',
  },
  extraCells: {
    en: 'The row has more cells than the header has columns ({0})',
    ru: 'В строке больше ячеек, чем столбцов в заголовке ({0})',
    kk: 'Жолда тақырыптағы бағандардан ({0}) көп ұяшық бар',
  },
  missingColumn: {
    en: 'The file has no column for: {0}',
    ru: 'В файле нет столбца для: {0}',
    kk: 'Файлда мына өріске баған жоқ: {0}',
  },
  duplicateColumn: {
    en: 'Two columns ("{0}" and "{1}") both hold {field}',
    ru: 'Два столбца («{0}» и «{1}») содержат поле {field}',
    kk: 'Екі баған («{0}» және «{1}») {field} өрісін қамтиды',
  },
  unterminatedQuote: {
    en: 'A quote opened on line {0} is never closed',
    ru: 'Кавычка, открытая в строке {0}, не закрыта',
    kk: '{0}-жолда ашылған тырнақша жабылмаған',
  },
  lostCharacters: {
    en: '{field}: characters were lost when the file was saved in Windows-1251 (letters such as ә, ғ, қ, ң, ө, ұ, ү, һ became “?”); save it as “CSV UTF-8” and import it again',
    ru: 'Поле {field}: при сохранении файла в кодировке Windows-1251 пропали символы (буквы ә, ғ, қ, ң, ө, ұ, ү, һ стали «?»); сохраните его как «CSV UTF-8» и импортируйте снова',
    kk: '{field} өрісі: файл Windows-1251 кодтауында сақталғанда таңбалар жоғалды (ә, ғ, қ, ң, ө, ұ, ү, һ әріптері «?» болды); оны «CSV UTF-8» ретінде сақтап, қайта импорттаңыз',
  },
  replacementCharacter: {
    en: '{field} contains “�” where characters were lost in an earlier conversion of the list; correct them in the original and export the list again',
    ru: 'Поле {field} содержит «�» на месте символов, потерянных при прежнем преобразовании списка; исправьте их в исходных данных и выгрузите список заново',
    kk: '{field} өрісінде тізімді бұрын түрлендіргенде жоғалған таңбалардың орнында «�» тұр; оларды бастапқы деректерде түзетіп, тізімді қайта жүктеп алыңыз',
  },
  mixedEncoding: {
    en: '{field} is in UTF-8 while the rest of the file is in Windows-1251, so it would be stored garbled; save the whole file as “CSV UTF-8” and import it again',
    ru: 'Поле {field} записано в UTF-8, а остальной файл — в Windows-1251, поэтому оно сохранилось бы искажённым; сохраните весь файл как «CSV UTF-8» и импортируйте снова',
    kk: '{field} өрісі UTF-8 кодтауында, ал файлдың қалған бөлігі Windows-1251 кодтауында, сондықтан ол бұрмаланып сақталар еді; бүкіл файлды «CSV UTF-8» ретінде сақтап, қайта импорттаңыз',
  },
  damagedHeader: {
    en: 'The column header “{0}” was damaged when the file was saved (letters lost or garbled); save the list as “CSV UTF-8” and import it again',
    ru: 'Заголовок столбца «{0}» повреждён при сохранении файла (буквы пропали или искажены); сохраните список как «CSV UTF-8» и импортируйте снова',
    kk: '«{0}» баған тақырыбы файл сақталғанда бүлінген (әріптер жоғалған немесе бұрмаланған); тізімді «CSV UTF-8» ретінде сақтап, қайта импорттаңыз',
  },
  invalidEncoding: {
    en: 'The file is marked as UTF-8 but is not valid UTF-8',
    ru: 'Файл помечен как UTF-8, но не является корректным UTF-8',
    kk: 'Файл UTF-8 деп белгіленген, бірақ жарамды UTF-8 емес',
  },
  emptyFile: {
    en: 'The file is empty: it needs a header line and rows',
    ru: 'Файл пуст: нужны строка заголовка и строки данных',
    kk: 'Файл бос: тақырып жолы мен деректер жолдары қажет',
  },
  tooManyRows: {
    en: 'At most {0} rows can be imported at once; the file has {1}',
    ru: 'За один раз можно импортировать не более {0} строк; в файле {1}',
    kk: 'Бір рет ең көбі {0} жол импорттауға болады; файлда {1} жол бар',
  },
  passwordIsEmail: {
    en: '{field} must not be the e-mail address',
    ru: 'Поле {field} не должно совпадать с адресом e-mail',
    kk: '{field} өрісі e-mail мекенжайымен сәйкес келмеуі керек',
  },
  ownerOfWholeOrganisation: {
    en: '{field}: an owner holds the whole organisation, not one event',
    ru: 'Поле {field}: владелец отвечает за всю организацию, а не за одно мероприятие',
    kk: '{field} өрісі: иесі бір іс-шараға емес, бүкіл ұйымға жауапты',
  },
  repeatedRole: {
    en: '{field} names the same role twice',
    ru: 'Поле {field} дважды содержит одну и ту же роль',
    kk: '{field} өрісінде бір рөл екі рет көрсетілген',
  },
  totpCodeWrong: {
    en: '{field} is not the current code of the authenticator app',
    ru: 'Поле {field} не совпадает с текущим кодом приложения-аутентификатора',
    kk: '{field} өрісі аутентификатор қолданбасының ағымдағы кодымен сәйкес келмейді',
  },
  insecureIssuer: {
    en: '{field} must be an https address (http only on this machine)',
    ru: 'Поле {field} должно быть адресом https (http только на этом компьютере)',
    kk: '{field} өрісі https мекенжайы болуы керек (http тек осы компьютерде)',
  },
  duplicateAnswer: {
    en: '{field} answers a question already answered in this request',
    ru: 'Поле {field} отвечает на вопрос, на который в запросе уже есть ответ',
    kk: '{field} сұраныста жауабы бар сұраққа қайта жауап береді',
  },
  answerKind: {
    en: '{field} does not fit the question: a {0} question takes {1}',
    ru: 'Ответ {field} не подходит к вопросу: вопрос типа {0} принимает {1}',
    kk: '{field} жауабы сұраққа сәйкес емес: {0} сұрағы {1} қабылдайды',
  },
  ratingOutOfRange: {
    en: '{field} must be between {0} and {1}',
    ru: 'Поле {field} должно быть от {0} до {1}',
    kk: '{field} өрісі {0} мен {1} аралығында болуы керек',
  },
  unknownChoice: {
    en: '{field} is not an option of the question (options: {0})',
    ru: 'Поле {field} не является вариантом ответа (варианты: {0})',
    kk: '{field} сұрақтың нұсқасы емес (нұсқалар: {0})',
  },
  singleChoiceOnly: {
    en: '{field} takes exactly one option',
    ru: 'В поле {field} выбирается ровно один вариант',
    kk: '{field} өрісінде тек бір нұсқа таңдалады',
  },
  textTooLong: {
    en: '{field} is longer than {0} characters',
    ru: 'Поле {field} длиннее {0} символов',
    kk: '{field} өрісі {0} таңбадан ұзын',
  },
};

const FALLBACK: Template = {
  en: '{field} is invalid',
  ru: 'Поле {field} заполнено неверно',
  kk: '{field} өрісі қате толтырылған',
};

export function fieldMessage(code: string, field: string, args: readonly unknown[], lang: Lang): string {
  const template = (TEMPLATES[code] ?? FALLBACK)[lang];
  return template
    .replaceAll('{field}', field)
    .replace(/\{(\d+)\}/g, (_, index: string) => formatArg(args[Number(index)]));
}

function formatArg(value: unknown): string {
  if (Array.isArray(value)) return value.join(', ');
  if (value instanceof RegExp) return value.source;
  return String(value ?? '');
}

export function hasFieldMessage(code: string): boolean {
  return code in TEMPLATES;
}
