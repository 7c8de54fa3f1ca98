import Handlebars from 'handlebars';
import type { Lang } from '@jiyn/kz';

/**
 * The small page the link of a seat offer's e-mail opens, in kk, ru or en: the offer and one button
 * that POSTs the token (a GET never accepts: mail scanners such as Outlook Safe Links follow every
 * link), then what became of it. Handlebars escapes every value; the page loads nothing from
 * elsewhere, so its Content-Security-Policy can forbid everything but its inline style and posting
 * back to its own origin.
 */

interface PageTexts {
  offered: string;
  offeredIntro: string;
  expires: string;
  accept: string;
  acceptNote: string;
  accepted: string;
  acceptedIntro: string;
  acceptedNote: string;
}

const TEXTS: Record<Lang, PageTexts> = {
  kk: {
    offered: 'Сізге орын ұсынылды',
    offeredIntro: '«{{eventTitle}}» іс-шарасында сізге орын босады.',
    expires: 'Ұсыныс {{expiresAt}} дейін жарамды; одан кейін орын кезектегі келесі адамға беріледі.',
    accept: 'Орынды қабылдау',
    acceptNote: 'Түймені бассаңыз, орныңыз расталады.',
    accepted: 'Орныңыз расталды',
    acceptedIntro: 'Сіз «{{eventTitle}}» іс-шарасына тіркелдіңіз.',
    acceptedNote: 'Тіркеу коды мен QR коды бар растау хаты поштаңызға жіберіледі.',
  },
  ru: {
    offered: 'Вам предложено место',
    offeredIntro: 'На мероприятии «{{eventTitle}}» для вас освободилось место.',
    expires: 'Предложение действует до {{expiresAt}}; после этого место перейдёт следующему в очереди.',
    accept: 'Принять место',
    acceptNote: 'Нажмите кнопку, чтобы подтвердить участие.',
    accepted: 'Ваше место подтверждено',
    acceptedIntro: 'Вы зарегистрированы на мероприятие «{{eventTitle}}».',
    acceptedNote: 'Подтверждение с кодом регистрации и QR-кодом придёт на вашу почту.',
  },
  en: {
    offered: 'A seat is offered to you',
    offeredIntro: 'A seat at {{eventTitle}} has become free for you.',
    expires: 'The offer holds until {{expiresAt}}; after that the seat goes to the next person in line.',
    accept: 'Accept the seat',
    acceptNote: 'Press the button to confirm that you will attend.',
    accepted: 'Your seat is confirmed',
    acceptedIntro: 'You are registered for {{eventTitle}}.',
    acceptedNote: 'The confirmation with your check-in code and QR code is on its way to your e-mail.',
  },
};

const DATE_LOCALES: Record<Lang, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

/** No scripts, no frames, nothing from elsewhere; the form may post only back here. */
export const PAGE_SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
} as const;

const PAGE = Handlebars.compile(
  `<!doctype html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>{{heading}}</title>
<style>
body{margin:0;background:#f3f4f6;font:16px/1.5 Helvetica,Arial,sans-serif;color:#1f2933}
main{max-width:32rem;margin:3rem auto;padding:2rem;background:#fff;border-radius:8px}
h1{font-size:1.5rem;line-height:1.25;margin:0 0 1rem}
button{font:inherit;font-weight:bold;color:#fff;background:#0b5cad;border:0;border-radius:4px;padding:.75rem 1.5rem;cursor:pointer}
.note{color:#6b7280;font-size:.875rem}
</style>
</head>
<body>
<main>
<h1>{{heading}}</h1>
{{#each paragraphs}}<p>{{this}}</p>
{{/each}}{{#if form}}<form method="post" action="{{{form.action}}}">
<input type="hidden" name="token" value="{{form.token}}">
<button type="submit">{{form.button}}</button>
</form>
<p class="note">{{form.note}}</p>
{{/if}}</main>
</body>
</html>
`,
  { strict: false },
);

/** Words that are themselves templates over already-formatted facts; escaped once, in PAGE. */
const compiledWords = new Map<string, HandlebarsTemplateDelegate>();
function fill(words: string, values: Record<string, string>): string {
  let compiled = compiledWords.get(words);
  if (!compiled) {
    compiled = Handlebars.compile(words, { noEscape: true });
    compiledWords.set(words, compiled);
  }
  return compiled(values);
}

/** The offer, with the button that accepts it (posting the token to `…/offer/accept`). */
export function offerPage(input: {
  lang: Lang;
  eventTitle: string;
  expiresAt: Date;
  timeZone: string;
  token: string;
}): string {
  const texts = TEXTS[input.lang];
  const values = { eventTitle: input.eventTitle, expiresAt: formatExpiry(input) };
  return PAGE({
    lang: input.lang,
    heading: texts.offered,
    paragraphs: [fill(texts.offeredIntro, values), fill(texts.expires, values)],
    form: {
      // Relative: …/registrations/offer?token=… posts to …/registrations/offer/accept, behind any
      // proxy. Made here of a known language only, so it is written unescaped.
      action: `offer/accept?lang=${input.lang}`,
      token: input.token,
      button: texts.accept,
      note: texts.acceptNote,
    },
  });
}

export function acceptedPage(input: { lang: Lang; eventTitle: string }): string {
  const texts = TEXTS[input.lang];
  return PAGE({
    lang: input.lang,
    heading: texts.accepted,
    paragraphs: [fill(texts.acceptedIntro, { eventTitle: input.eventTitle }), texts.acceptedNote],
  });
}

/** What went wrong, as the problem document says it in the reader's language. */
export function problemPage(input: { lang: Lang; title: string; detail?: string }): string {
  return PAGE({ lang: input.lang, heading: input.title, paragraphs: input.detail ? [input.detail] : [] });
}

/** "5 February 2030, 12:00 GMT+5": the event's zone, named, since the reader may be elsewhere. */
function formatExpiry(input: { lang: Lang; expiresAt: Date; timeZone: string }): string {
  return new Intl.DateTimeFormat(DATE_LOCALES[input.lang], {
    timeZone: input.timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(input.expiresAt);
}

/**
 * Whether the caller wants the page rather than JSON: a browser names text/html (at least as
 * high as JSON); API clients ask for JSON or send `*\/*`, and get JSON and problem documents.
 */
export function prefersHtml(accept: string | undefined): boolean {
  let html = 0;
  let json = 0;
  for (const part of (accept ?? '').split(',')) {
    const [type = '', ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const q = quality(parameters);
    if (type === 'text/html' || type === 'application/xhtml+xml') html = Math.max(html, q);
    if (type === 'application/json' || type === 'application/problem+json') json = Math.max(json, q);
  }
  return html > 0 && html >= json;
}

function quality(parameters: string[]): number {
  const q = parameters.find((parameter) => parameter.startsWith('q='));
  if (!q) return 1;
  const value = Number(q.slice(2));
  return Number.isFinite(value) && value >= 0 && value <= 1 ? value : 0;
}
