import { Injectable } from '@nestjs/common';
import Handlebars from 'handlebars';
import mjml2html from 'mjml';
import type { Lang } from '@jiyn/kz';
import type { EmailTemplateName } from './catalogue';
import { LAYOUT_MJML, LAYOUT_TEXT } from './layout';
import { COMMON_TEXTS, MESSAGE_TEXTS, type MessageTexts } from './texts';

/** What one message says, beyond its template's words: facts only, already in the reader's language. */
export interface MessageFacts {
  lang: Lang;
  organisationName: string;
  /** Empty for a message about no event. */
  eventTitle: string;
  /** The recipient's name, when the owner has one. */
  name?: string | null;
  /** Placeholders the template's words use ({{code}}, {{position}}, {{offerExpiresAt}}, …). */
  values: Record<string, string | number | null | undefined>;
  /** Lines shown under the introduction, label and value. */
  facts: { label: string; value: string }[];
  /** The Content-ID of an inline QR image, when the message carries one. */
  qrCid?: string;
  action?: { label: string; url: string };
  unsubscribeUrl?: string;
  /** The organisation's colour, `#rrggbb`; the platform's when absent or not a colour. */
  brandColour?: string;
  /** The organisation's logo, an https:// address; none when absent or anything else. */
  logoUrl?: string;
  /** The organisation's signature in the reader's language, plain text; line breaks kept. */
  organisationFooter?: string;
}

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

/** The platform's colour, until organisations set their own. */
export const DEFAULT_BRAND_COLOUR = '#0b5cad';
/** MJML checks colours: it compiles with this one, replaced by the Handlebars expression afterwards. */
const COLOUR_SENTINEL = '#010203';
/** The logo's address while MJML compiles; its <img> then gets the expression and the style below. */
const LOGO_SENTINEL = 'https://logo.invalid/organisation-logo.png';
/**
 * At most 160 × 64 px, in proportion, never enlarged: MJML's `width:100%` would stretch a small logo
 * to 160 px and cannot bound the height. Outlook for Windows ignores max-* and keeps to the
 * `width="160"` attribute MJML writes (its height then follows the picture's proportions).
 */
const LOGO_STYLE =
  'border:0;display:block;outline:none;text-decoration:none;width:auto;height:auto;max-width:160px;max-height:64px;font-size:13px;';
const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;

/**
 * Renders a message from its template's words (or an organiser's override of subject and intro)
 * and the shared layout: HTML (MJML, compiled once) and plain text, both filled by Handlebars, which
 * HTML-escapes every value in the HTML part. Words are themselves Handlebars templates over the
 * message's values, compiled once each (overrides too, cached by their text).
 */
@Injectable()
export class EmailRenderer {
  private html?: Promise<HandlebarsTemplateDelegate>;
  private readonly text = Handlebars.compile(LAYOUT_TEXT, { noEscape: true, strict: false });
  private readonly words = new Map<string, HandlebarsTemplateDelegate>();

  async render(
    template: EmailTemplateName,
    facts: MessageFacts,
    override?: Partial<MessageTexts>,
  ): Promise<RenderedEmail> {
    const texts = { ...MESSAGE_TEXTS[template][facts.lang], ...withoutEmpty(override) };
    const common = COMMON_TEXTS[facts.lang];
    const values = {
      ...facts.values,
      eventTitle: facts.eventTitle,
      organisationName: facts.organisationName,
      name: facts.name ?? '',
    };
    const fill = (source: string) => this.wordsOf(source)(values);
    const subject = fill(texts.subject).replace(/\s+/g, ' ').trim();
    const context = {
      lang: facts.lang,
      subject,
      heading: fill(texts.heading),
      intro: fill(texts.intro),
      greeting: facts.name ? fill(common.greeting) : common.greetingWithoutName,
      organisationName: facts.organisationName,
      facts: facts.facts,
      qrCid: facts.qrCid,
      qrAlt: common.qrAlt,
      action: facts.action,
      // A message about no event (an invitation to sign in) says so in its footer; one to an
      // organisation's owners says why they receive it.
      footer: fill(texts.footer ?? (facts.eventTitle ? common.footer : common.footerWithoutEvent)),
      unsubscribeUrl: facts.unsubscribeUrl,
      unsubscribeLabel: common.unsubscribe,
      // Checked again here: the colour lands in a style attribute, where HTML escaping is no guard.
      brandColour:
        facts.brandColour && HEX_COLOUR.test(facts.brandColour) ? facts.brandColour : DEFAULT_BRAND_COLOUR,
      logoUrl: isHttps(facts.logoUrl) ? facts.logoUrl : undefined,
      organisationFooter: facts.organisationFooter?.trim()
        ? facts.organisationFooter.trim().split(/\r?\n/)
        : undefined,
    };
    return { subject, html: (await this.layout())(context), text: this.text(context) };
  }

  private wordsOf(source: string): HandlebarsTemplateDelegate {
    let compiled = this.words.get(source);
    if (!compiled) {
      // Words are plain text: the layout escapes them once, where they land in HTML.
      compiled = Handlebars.compile(source, { noEscape: true });
      if (this.words.size > 5_000) this.words.clear();
      this.words.set(source, compiled);
    }
    return compiled;
  }

  private layout(): Promise<HandlebarsTemplateDelegate> {
    this.html ??= (async () => {
      const mjml = LAYOUT_MJML.replaceAll('{{brandColour}}', COLOUR_SENTINEL).replace(
        '{{logoUrl}}"',
        `${LOGO_SENTINEL}"`,
      );
      const compiled = await mjml2html(mjml, { validationLevel: 'strict' });
      return Handlebars.compile(
        withLogoExpression(compiled.html).replaceAll(COLOUR_SENTINEL, '{{brandColour}}'),
        {
          strict: false,
        },
      );
    })();
    return this.html;
  }
}

function withoutEmpty(override?: Partial<MessageTexts>): Partial<MessageTexts> {
  return Object.fromEntries(
    Object.entries(override ?? {}).filter(([, value]) => typeof value === 'string' && value.trim() !== ''),
  );
}

/** The logo's <img> as MJML wrote it, with the address's expression and a style bounding its size. */
function withLogoExpression(html: string): string {
  const tags = html.match(/<img\b[^>]*>/g)?.filter((tag) => tag.includes(LOGO_SENTINEL)) ?? [];
  const [tag] = tags;
  if (tags.length !== 1 || !tag || !/\sstyle="[^"]*"/.test(tag))
    throw new Error('the e-mail layout has no single styled logo <img>: has MJML changed its output?');
  const bounded = tag
    .replace(/\sstyle="[^"]*"/, ` style="${LOGO_STYLE}"`)
    .replace(LOGO_SENTINEL, '{{logoUrl}}');
  return html.replace(tag, bounded);
}

function isHttps(url: string | undefined): url is string {
  if (!url) return false;
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}
