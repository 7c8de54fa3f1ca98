import { describe, expect, it } from '@jest/globals';
import type { RegistrationsEnvironment } from '../registrations.environment';
import { OfferLinkTokens } from './offer-link-tokens';
import { acceptedPage, offerPage, prefersHtml, problemPage } from './offer-page';

const tokensWith = (secret: string) =>
  new OfferLinkTokens({ OFFER_LINK_SECRET: secret } as RegistrationsEnvironment);
const tokens = tokensWith('a-test-secret-of-at-least-thirty-two-characters');
const LINK = {
  registrationId: '0190a1b2-0000-7000-8000-000000000002',
  offerExpiresAt: new Date('2030-02-01T06:30:00.123Z'),
};

describe('offer link tokens', () => {
  it('should name the registration and its offer, and read back what it issued', () => {
    const token = tokens.issue(LINK);
    expect(token).toMatch(/^0190a1b2-0000-7000-8000-000000000002\.1896157800123\.[A-Za-z0-9_-]{43}$/);
    expect(tokens.read(token)).toEqual(LINK);
  });

  it('should refuse a token altered anywhere, made with another secret, or not a string', () => {
    const token = tokens.issue(LINK);
    const [id, expiry, mac] = token.split('.') as [string, string, string];
    const otherRegistration = `0190a1b2-0000-7000-8000-000000000003.${expiry}.${mac}`;
    const laterExpiry = `${id}.${Number(expiry) + 3_600_000}.${mac}`;
    const flipped = `${id}.${expiry}.${mac[0] === 'A' ? 'B' : 'A'}${mac.slice(1)}`;
    for (const altered of [otherRegistration, laterExpiry, flipped, `${token}x`, token.slice(0, -1), ''])
      expect(tokens.read(altered)).toBeUndefined();
    expect(tokensWith('another-secret-of-at-least-thirty-two-chars').read(token)).toBeUndefined();
    expect(tokens.read(undefined)).toBeUndefined();
    expect(tokens.read([token])).toBeUndefined();
  });
});

describe('the offer page', () => {
  it('should be chosen by browsers, not by API clients', () => {
    const firefox = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
    expect(prefersHtml(firefox)).toBe(true);
    expect(prefersHtml('text/html')).toBe(true);
    expect(prefersHtml(undefined)).toBe(false);
    expect(prefersHtml('*/*')).toBe(false);
    expect(prefersHtml('application/json')).toBe(false);
    expect(prefersHtml('application/json, text/html;q=0.5')).toBe(false);
    expect(prefersHtml('text/html;q=0')).toBe(false);
  });

  it('should show the expiry in the event’s time zone, in the reader’s language, with one button', () => {
    const input = {
      eventTitle: 'Креативті индустрияларды дамыту',
      expiresAt: new Date('2030-02-01T06:30:00Z'),
      timeZone: 'Asia/Almaty',
      token: 'the-token',
    };
    const kk = offerPage({ ...input, lang: 'kk' });
    expect(kk).toContain('<html lang="kk">');
    expect(kk).toContain('«Креативті индустрияларды дамыту» іс-шарасында');
    expect(kk).toContain('11:30');
    expect(kk).toContain('<form method="post" action="offer/accept?lang=kk">');
    expect(kk).toContain('<input type="hidden" name="token" value="the-token">');
    expect(kk.match(/<button/g)).toHaveLength(1);
    expect(offerPage({ ...input, lang: 'ru' })).toContain('Принять место');
    expect(offerPage({ ...input, lang: 'en' })).toContain('1 February 2030 at 11:30 GMT+5');
  });

  it('should escape what it shows', () => {
    const page = acceptedPage({ lang: 'en', eventTitle: '<script>alert(1)</script>' });
    expect(page).not.toContain('<script>');
    expect(page).toContain('&lt;script&gt;');
    expect(problemPage({ lang: 'en', title: 'a & b', detail: '"x"' })).toContain('a &amp; b');
  });
});
