import { describe, expect, it } from '@jest/globals';
import { DEFAULT_BRAND_COLOUR, EmailRenderer, type MessageFacts } from './email-renderer';

const renderer = new EmailRenderer();

const facts = (more: Partial<MessageFacts> = {}): MessageFacts => ({
  lang: 'ru',
  organisationName: 'Министерство культуры и информации',
  eventTitle: 'Развитие креативных индустрий',
  name: 'Петрова Ирина',
  values: {},
  facts: [{ label: 'Начало', value: '5 февраля 2030 г., 09:00' }],
  ...more,
});

/** The <img> tags of a rendered message. */
const images = (html: string) => html.match(/<img\b[^>]*>/g) ?? [];

describe('the e-mail layout with an organisation’s branding', () => {
  it('should show the logo, named by the organisation, bounded to 160 × 64 px, over the colour', async () => {
    const { html } = await renderer.render(
      'registration-received',
      facts({
        brandColour: '#14532d',
        logoUrl: 'https://www.gov.kz/uploads/mci/logo-320x96.png',
        organisationFooter: 'Министерство культуры и информации РК\nАстана, Мәңгілік Ел 8',
      }),
    );
    const [logo, ...others] = images(html);
    expect(others).toEqual([]);
    expect(logo).toContain('src="https://www.gov.kz/uploads/mci/logo-320x96.png"');
    expect(logo).toContain('alt="Министерство культуры и информации"');
    expect(logo).toContain('width="160"');
    expect(logo).toMatch(/style="[^"]*max-width:160px;max-height:64px;/);
    expect(logo).toMatch(/style="[^"]*width:auto;/);
    expect(html).toContain('background-color:#14532d');
    expect(html).not.toContain(DEFAULT_BRAND_COLOUR);
    expect(html).toContain('Министерство культуры и информации РК<br />Астана, Мәңгілік Ел 8');
  });

  it('should leave the logo band and signature out when the organisation has none', async () => {
    const { html, text } = await renderer.render('registration-received', facts());
    expect(images(html)).toEqual([]);
    expect(html).not.toContain('mj-raw');
    expect(html).toContain(`background-color:${DEFAULT_BRAND_COLOUR}`);
    expect(text).toMatch(/\n--\nЭто письмо отправлено организацией/);
  });

  it('should escape every branding value where it lands in HTML, and take no colour or address it cannot trust', async () => {
    const { html, text } = await renderer.render(
      'registration-received',
      facts({
        organisationName: 'Akimat <b>"Astana"</b>',
        brandColour: 'red;background-image:url(https://tracker.example/x)',
        logoUrl: 'https://cdn.example.kz/logo.png?a="><script>alert(1)</script>',
        organisationFooter: '<script>alert("footer")</script> & Co\n<a href="https://evil.example">click</a>',
      }),
    );
    expect(html).not.toMatch(/<script|<b>|<a href="https:\/\/evil/);
    expect(html).toContain(
      '&lt;script&gt;alert(&quot;footer&quot;)&lt;/script&gt; &amp; Co<br />&lt;a href&#x3D;&quot;https://evil.example&quot;&gt;',
    );
    expect(html).toContain('alt="Akimat &lt;b&gt;&quot;Astana&quot;&lt;/b&gt;"');
    expect(images(html)[0]).toContain('src="https://cdn.example.kz/logo.png?a&#x3D;&quot;&gt;&lt;script&gt;');
    expect(html).not.toContain('tracker.example');
    expect(html).toContain(`background-color:${DEFAULT_BRAND_COLOUR}`);
    // The plain-text part is text: the organisation's words as written, nothing of the layout's markup.
    expect(text).toContain(
      '<script>alert("footer")</script> & Co\n<a href="https://evil.example">click</a>\n',
    );
    expect(text).not.toMatch(/<br|<img|<table|&lt;|&amp;/);

    for (const logoUrl of ['javascript:alert(1)', 'http://cdn.example.kz/logo.png', 'not a url']) {
      const rendered = await renderer.render('registration-received', facts({ logoUrl }));
      expect(images(rendered.html)).toEqual([]);
    }
  });

  it('should end the plain-text part with the signature, line by line, above the platform’s footer', async () => {
    const { text } = await renderer.render(
      'registration-received',
      facts({ lang: 'en', organisationFooter: '  Ministry of Culture and Information\r\nAstana  ' }),
    );
    expect(text).toMatch(
      /\n--\nMinistry of Culture and Information\nAstana\nМинистерство культуры и информации sent this e-mail/,
    );
  });
});
