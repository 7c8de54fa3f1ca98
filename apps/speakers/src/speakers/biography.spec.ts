import { describe, expect, it } from '@jest/globals';
import { renderBiographies, renderBiography } from './biography';

describe('renderBiography', () => {
  it('should render Markdown formatting, lists and safe links', () => {
    const html = renderBiography(
      '# Жанна Асанова\n\n**Директор** _департамента_.\n\n- кино\n- музыка\n\n[Сайт](https://culture.gov.kz "Министрлік")',
    );
    expect(html).toContain('<h3>Жанна Асанова</h3>');
    expect(html).toContain('<strong>Директор</strong> <em>департамента</em>');
    expect(html).toContain('<ul>\n<li>кино</li>\n<li>музыка</li>\n</ul>');
    expect(html).toContain(
      '<a href="https://culture.gov.kz" title="Министрлік" rel="nofollow noopener noreferrer ugc" target="_blank">Сайт</a>',
    );
  });

  it('should turn bare URLs into links', () => {
    expect(renderBiography('See https://undp.kz for more')).toContain('<a href="https://undp.kz"');
  });

  it.each([
    ['a script tag', '<script>alert(1)</script>'],
    ['an image with onerror', '<img src=x onerror=alert(1)>'],
    ['an inline handler', '<p onclick="alert(1)">hi</p>'],
    ['an iframe', '<iframe src="https://evil.example"></iframe>'],
    ['a style tag', '<style>body{display:none}</style>'],
    ['an svg with onload', '<svg onload=alert(1)></svg>'],
  ])('should show raw HTML (%s) as text, never as markup', (_, source) => {
    const html = renderBiography(source);
    expect(html).not.toMatch(/<(script|img|iframe|style|svg)\b/i);
    expect(html).not.toMatch(/<[^>]+\son\w+=/i);
    expect(html).toContain('&lt;');
  });

  it.each([
    ['javascript:', '[click](javascript:alert(1))'],
    ['JavaScript: with case and entities', '[click](JaVaScRiPt&#58;alert(1))'],
    ['javascript: with whitespace', '[click]( javascript:alert(1))'],
    ['vbscript:', '[click](vbscript:msgbox(1))'],
    ['data: text/html', '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
    ['an autolink', '<javascript:alert(1)>'],
    ['a reference link', '[click][x]\n\n[x]: javascript:alert(1)'],
    ['protocol-relative', '[click](//evil.example/x)'],
  ])('should never produce a dangerous link (%s)', (_, source) => {
    const html = renderBiography(source);
    expect(html).not.toMatch(/href="\s*(javascript|vbscript|data):/i);
    expect(html).not.toMatch(/href="\/\//);
    expect(html.toLowerCase()).not.toContain('<a href="javascript');
  });

  it('should drop images, including data: URLs and tracking pixels', () => {
    const html = renderBiography(
      '![pixel](https://track.example/p.gif) ![x](data:image/png;base64,iVBORw0KGgo=)',
    );
    expect(html).not.toContain('<img');
    expect(html).not.toContain('data:');
  });

  it('should render each language and leave out empty ones', () => {
    expect(renderBiographies({ kk: '**Сәлем**', ru: '  ', en: 'Hello' })).toEqual({
      kk: '<p><strong>Сәлем</strong></p>',
      en: '<p>Hello</p>',
    });
  });
});
