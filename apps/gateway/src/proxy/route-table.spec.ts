import { describe, expect, it } from '@jest/globals';
import {
  BULK_HEADERS_TIMEOUT_MS,
  UPSTREAM_HEADERS_TIMEOUT_MS,
  headersTimeoutMs,
  resolveRoute,
} from './route-table';

describe(resolveRoute.name, () => {
  it('should send each resource to the service that owns it', () => {
    expect(resolveRoute('events/abc/publish', 'authenticated')).toEqual({
      upstream: 'sessions',
      path: '/events/abc/publish',
    });
    expect(resolveRoute('registrations', 'authenticated')).toEqual({
      upstream: 'registrations',
      path: '/registrations',
    });
    expect(resolveRoute('speakers/1/availability/2', 'authenticated')).toEqual({
      upstream: 'speakers',
      path: '/speakers/1/availability/2',
    });
    expect(resolveRoute('check-ins/abc', 'authenticated')).toEqual({
      upstream: 'registrations',
      path: '/check-ins/abc',
    });
    expect(resolveRoute('feedback/summary', 'authenticated')).toEqual({
      upstream: 'feedback',
      path: '/feedback/summary',
    });
    expect(resolveRoute('surveys/abc/post-test', 'authenticated')).toEqual({
      upstream: 'feedback',
      path: '/surveys/abc/post-test',
    });
    expect(resolveRoute('surveys/abc/results', 'authenticated')).toEqual({
      upstream: 'feedback',
      path: '/surveys/abc/results',
    });
    expect(resolveRoute('notifications/email/deliveries', 'authenticated')).toEqual({
      upstream: 'notifications',
      path: '/notifications/email/deliveries',
    });
    expect(resolveRoute('webhooks/abc', 'authenticated')).toEqual({
      upstream: 'notifications',
      path: '/webhooks/abc',
    });
  });

  it('should expose only public resources under the public prefix', () => {
    expect(resolveRoute('events/demo', 'public')).toEqual({
      upstream: 'sessions',
      path: '/public/events/demo',
    });
    expect(resolveRoute('registrations/check-in-key', 'public')).toEqual({
      upstream: 'registrations',
      path: '/public/registrations/check-in-key',
    });
    expect(resolveRoute('feedback', 'public')).toBeUndefined();
  });

  it('should let only participants and speakers through under the self-service prefix', () => {
    expect(resolveRoute('registrations/me', 'self')).toEqual({
      upstream: 'registrations',
      path: '/self/registrations/me',
    });
    expect(resolveRoute('speakers/me/availability', 'self')).toEqual({
      upstream: 'speakers',
      path: '/self/speakers/me/availability',
    });
    expect(resolveRoute('notifications/email/unsubscribe', 'self')).toEqual({
      upstream: 'notifications',
      path: '/self/notifications/email/unsubscribe',
    });
    expect(resolveRoute('feedback/surveys/abc/response', 'self')).toEqual({
      upstream: 'feedback',
      path: '/self/feedback/surveys/abc/response',
    });
    expect(resolveRoute('webhooks', 'self')).toBeUndefined();
    expect(resolveRoute('events/demo', 'self')).toBeUndefined();
    expect(resolveRoute('check-ins', 'self')).toBeUndefined();
    expect(resolveRoute('feedback/speaker-results', 'self')).toEqual({
      upstream: 'feedback',
      path: '/self/feedback/speaker-results',
    });
  });

  it('should refuse unknown resources and path tricks', () => {
    expect(resolveRoute('metrics', 'authenticated')).toBeUndefined();
    expect(resolveRoute('health/ready', 'authenticated')).toBeUndefined();
    expect(resolveRoute('events/../metrics', 'authenticated')).toBeUndefined();
    expect(resolveRoute('constructor', 'authenticated')).toBeUndefined();
    expect(resolveRoute('', 'authenticated')).toBeUndefined();
    expect(resolveRoute('events/x?admin=1', 'authenticated')?.path).toBe('/events/x%3Fadmin%3D1');
  });
});

describe(headersTimeoutMs.name, () => {
  it('should wait longer only for a bulk import', () => {
    const imports = resolveRoute('registrations/events/e1/imports', 'authenticated');
    const list = resolveRoute('registrations', 'authenticated');
    expect(imports && headersTimeoutMs(imports, 'POST')).toBe(BULK_HEADERS_TIMEOUT_MS);
    expect(imports && headersTimeoutMs(imports, 'GET')).toBe(UPSTREAM_HEADERS_TIMEOUT_MS);
    expect(list && headersTimeoutMs(list, 'POST')).toBe(UPSTREAM_HEADERS_TIMEOUT_MS);
    const other = resolveRoute('events/e1/imports', 'authenticated');
    expect(other && headersTimeoutMs(other, 'POST')).toBe(UPSTREAM_HEADERS_TIMEOUT_MS);
  });
});
