import { describe, expect, it } from '@jest/globals';
import { Webhook, WebhookVerificationError } from 'standardwebhooks';
import { generateWebhookSecret, keyOf, signDelivery } from './standard-webhooks';

// Every check is made by the official `standardwebhooks` package, never by the code under test.
const body = JSON.stringify({
  specversion: '1.0',
  id: '0190f000-0000-7000-8000-000000000001',
  data: { a: 'ә' },
});

describe('Standard Webhooks signing', () => {
  it('should produce headers the official library verifies, body included byte for byte', () => {
    const secret = generateWebhookSecret();
    const headers = signDelivery([keyOf(secret)], 'msg_1', body);
    expect(new Webhook(secret).verify(body, { ...headers })).toEqual(JSON.parse(body));
    expect(headers['webhook-id']).toBe('msg_1');
    expect(headers['webhook-timestamp']).toMatch(/^\d{10}$/);
  });

  it('should make secrets whsec_ + base64 of 32 random bytes, each different', () => {
    const [a, b] = [generateWebhookSecret(), generateWebhookSecret()];
    expect(a).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(keyOf(a)).toHaveLength(32);
    expect(a).not.toBe(b);
  });

  it('should sign with both secrets during a rotation, each verifying alone', () => {
    const [previous, next] = [generateWebhookSecret(), generateWebhookSecret()];
    const headers = signDelivery([keyOf(next), keyOf(previous)], 'msg_2', body);
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(() => new Webhook(previous).verify(body, { ...headers })).not.toThrow();
    expect(() => new Webhook(next).verify(body, { ...headers })).not.toThrow();
    expect(() => new Webhook(generateWebhookSecret()).verify(body, { ...headers })).toThrow(
      WebhookVerificationError,
    );
  });

  it('should be refused when the body, the id or the timestamp is changed', () => {
    const secret = generateWebhookSecret();
    const headers = signDelivery([keyOf(secret)], 'msg_3', body);
    const verify = (payload: string, changed: Record<string, string>) =>
      new Webhook(secret).verify(payload, { ...headers, ...changed });
    expect(() => verify(body.replace('ә', 'a'), {})).toThrow(WebhookVerificationError);
    expect(() => verify(body, { 'webhook-id': 'msg_4' })).toThrow(WebhookVerificationError);
    const timestamp = String(Number(headers['webhook-timestamp']) - 1);
    expect(() => verify(body, { 'webhook-timestamp': timestamp })).toThrow(WebhookVerificationError);
  });

  it('should sign an attempt with its own time, which receivers refuse after five minutes', () => {
    const secret = generateWebhookSecret();
    const stale = signDelivery([keyOf(secret)], 'msg_5', body, new Date(Date.now() - 6 * 60_000));
    expect(() => new Webhook(secret).verify(body, { ...stale })).toThrow('Message timestamp too old');
  });

  it('should refuse secrets that are not whsec_ with a 24–64 byte key', () => {
    expect(() => keyOf('secret')).toThrow('whsec_');
    expect(() => keyOf('whsec_' + Buffer.alloc(16).toString('base64'))).toThrow('24–64 bytes');
    expect(() => keyOf('whsec_' + Buffer.alloc(65).toString('base64'))).toThrow('24–64 bytes');
    expect(() => keyOf('whsec_not base64!')).toThrow('base64');
    expect(() => signDelivery([], 'msg_6', body)).toThrow('at least one');
  });
});
