import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';
import type { Multilingual } from '@jiyn/kz';

/** Raw HTML in the source is shown as text (html: false); bare URLs become links. */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

/**
 * What a biography may contain once rendered: text formatting, lists, quotes, code and links to
 * http(s) or mailto only. No images (tracking pixels, data: URLs), no attributes beyond a link's
 * href and title, no styles or event handlers. Applied after markdown-it as a second wall.
 */
const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'hr',
    'strong',
    'em',
    'del',
    's',
    'code',
    'pre',
    'blockquote',
    'ul',
    'ol',
    'li',
    'h3',
    'h4',
    'h5',
    'h6',
    'a',
  ],
  // rel and target are set below on every link, whatever the source said.
  allowedAttributes: { a: ['href', 'title', 'rel', 'target'], ol: ['start'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    // Headings in a biography sit below the page's own: h1/h2 become h3.
    h1: 'h3',
    h2: 'h3',
    a: (tagName, attribs) => ({
      tagName,
      attribs: { ...attribs, rel: 'nofollow noopener noreferrer ugc', target: '_blank' },
    }),
  },
};

/** One biography in Markdown as safe HTML. */
export function renderBiography(source: string): string {
  return sanitizeHtml(markdown.render(source), SANITIZE).trim();
}

/** Each language's biography rendered; languages without text are left out. */
export function renderBiographies(biography: Multilingual): Multilingual {
  const html: Multilingual = {};
  for (const [lang, source] of Object.entries(biography) as [keyof Multilingual, string | undefined][]) {
    if (source?.trim()) html[lang] = renderBiography(source);
  }
  return html;
}
