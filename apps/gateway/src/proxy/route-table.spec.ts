import { describe, expect, it } from '@jest/globals';
import { resolveRoute } from './route-table';

describe(resolveRoute.name, () => {
  it('should send each resource to the service that owns it', () => {
    expect(resolveRoute('events/abc/publish', false)).toEqual({
      upstream: 'sessions',
      path: '/events/abc/publish',
    });
    expect(resolveRoute('registrations', false)).toEqual({
      upstream: 'registrations',
      path: '/registrations',
    });
    expect(resolveRoute('speakers/1/availability/2', false)).toEqual({
      upstream: 'speakers',
      path: '/speakers/1/availability/2',
    });
    expect(resolveRoute('feedback/summary', false)).toEqual({
      upstream: 'feedback',
      path: '/feedback/summary',
    });
  });

  it('should expose only public resources under the public prefix', () => {
    expect(resolveRoute('events/demo', true)).toEqual({ upstream: 'sessions', path: '/public/events/demo' });
    expect(resolveRoute('registrations', true)).toBeUndefined();
    expect(resolveRoute('feedback', true)).toBeUndefined();
  });

  it('should refuse unknown resources and path tricks', () => {
    expect(resolveRoute('metrics', false)).toBeUndefined();
    expect(resolveRoute('health/ready', false)).toBeUndefined();
    expect(resolveRoute('events/../metrics', false)).toBeUndefined();
    expect(resolveRoute('constructor', false)).toBeUndefined();
    expect(resolveRoute('', false)).toBeUndefined();
    expect(resolveRoute('events/x?admin=1', false)?.path).toBe('/events/x%3Fadmin%3D1');
  });
});
