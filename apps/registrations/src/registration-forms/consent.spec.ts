import { describe, expect, it } from '@jest/globals';
import { consentRecordJson } from '../registration-core/participant-data';
import { consentRecord } from './consent';
import { defaultConsentTerms } from './form-definition';

describe(consentRecordJson.name, () => {
  it('should write exactly the JSON of the record, with terms serialised once and shared', () => {
    const terms = defaultConsentTerms({ name: 'Жиын ЖШС', bin: '100140011059' });
    const first = consentRecord(terms, new Date('2024-02-01T05:00:00Z'), 'self');
    const second = consentRecord(terms, new Date('2024-02-01T05:00:01Z'), 'import');
    expect(JSON.parse(consentRecordJson(first))).toEqual(JSON.parse(JSON.stringify(first)));
    expect(JSON.parse(consentRecordJson(second))).toEqual({
      accepted: true,
      textVersion: terms.textVersion,
      givenAt: '2024-02-01T05:00:01.000Z',
      channel: 'import',
      terms: JSON.parse(JSON.stringify(terms)),
    });
  });
});
