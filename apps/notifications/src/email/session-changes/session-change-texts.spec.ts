import { describe, expect, it } from '@jest/globals';
import { EmailRenderer } from '../templates/email-renderer';

/** The values the composer gives each session message (SessionChangeFacts), as a reader would see them. */
const VALUES = {
  'session-changed': {
    sessionTitle: 'Felt making',
    previousTime: '6 February 2030, 10:00–11:30',
    previousRoom: 'Studio',
    newTime: '6 February 2030, 14:00–15:30',
    newRoom: 'Loft',
  },
  'session-cancelled': {
    sessionTitle: 'Felt making',
    sessionTime: '6 February 2030, 10:00–11:30',
    sessionRoom: 'Studio',
  },
} as const;

describe('the words of session messages', () => {
  const renderer = new EmailRenderer();

  it.each(
    (['session-changed', 'session-cancelled'] as const).flatMap((template) =>
      (['kk', 'ru', 'en'] as const).map((lang) => [template, lang] as const),
    ),
  )('should fill every placeholder of %s in %s', async (template, lang) => {
    const rendered = await renderer.render(template, {
      lang,
      organisationName: 'Ministry',
      eventTitle: 'Crafts day',
      name: 'Aigerim',
      values: VALUES[template],
      facts: [],
    });
    for (const part of [rendered.subject, rendered.text]) {
      expect(part).not.toMatch(/\{\{|\}\}/);
      // An empty value would leave empty quotes or a dangling comma behind.
      expect(part).not.toMatch(/«»|“”|\(,|, \)/);
    }
    expect(rendered.subject).toContain('Felt making');
    for (const value of Object.values(VALUES[template])) expect(rendered.text).toContain(value);
  });
});
