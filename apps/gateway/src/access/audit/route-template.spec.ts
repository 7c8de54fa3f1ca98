import { describe, expect, it } from '@jest/globals';
import { targetIdsOf, templateOfPath } from './route-template';

const ID = '0190a1b2-0000-7000-8000-000000000001';

describe('route template', () => {
  it('should replace ids, slugs and tokens, keep words and drop the query', () => {
    expect(templateOfPath(`/api/v1/events/${ID}/check-in`)).toBe('/api/v1/events/{id}/check-in');
    expect(templateOfPath('/api/v1/public/events/creative-industries-astana-2024')).toBe(
      '/api/v1/public/events/{id}',
    );
    expect(templateOfPath('/api/v1/self/registrations/aB3_xYz9')).toBe('/api/v1/self/registrations/{id}');
    expect(templateOfPath('/api/v1/people/someone@example.kz')).toBe('/api/v1/people/{id}');
  });

  it('should take target ids from the path and the Location of a creation, never the query', () => {
    expect(
      targetIdsOf(`/api/v1/events/${ID}?iin=900101300123`, `/api/v1/registrations/${ID.replace('1', '2')}`),
    ).toEqual([ID, ID.replace('1', '2')]);
    expect(targetIdsOf(`/api/v1/registrations?search=${ID}`)).toEqual([]);
  });
});
