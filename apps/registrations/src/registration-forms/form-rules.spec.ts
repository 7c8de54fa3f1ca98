import { describe, expect, it } from '@jest/globals';
import { consentRecordJson } from '../registration-core/participant-data';
import { consentProblems, consentRecord } from './consent';
import type { RegistrationFormDto } from './dto/registration-form.dto';
import { defaultConsentTerms } from './form-definition';
import { sameConsentTerms, toFormDefinition } from './form-rules';

const text = { kk: 'Мәтін', ru: 'Текст', en: 'Text' };

function consent(overrides: Record<string, unknown> = {}) {
  return {
    operatorName: { kk: 'ҚР Мәдениет және ақпарат министрлігі', ru: 'Министерство культуры и информации РК' },
    operatorBin: '100140011059',
    purposes: text,
    dataCategories: ['fullName', 'email'],
    term: text,
    thirdPartyTransfer: false,
    crossBorderTransfer: false,
    publication: false,
    textVersion: 'v1',
    text,
    ...overrides,
  };
}

function form(questions: Record<string, unknown>[], consentOverrides: Record<string, unknown> = {}) {
  return { questions, consent: consent(consentOverrides) } as unknown as RegistrationFormDto;
}

const errorsOf = (dto: RegistrationFormDto) => {
  const result = toFormDefinition(dto);
  return result.ok ? [] : result.errors.map((e) => `${e.field}:${e.code}`);
};

describe(toFormDefinition.name, () => {
  it('should store questions with only the properties of their type, and trimmed texts', () => {
    const result = toFormDefinition(
      form([
        {
          key: 'years',
          type: 'number',
          label: { kk: ' Жыл ', ru: 'Лет', en: ' ' },
          required: true,
          min: 0,
          integer: true,
        },
        {
          key: 'topics',
          type: 'multi-choice',
          label: text,
          required: false,
          options: [{ value: 'a', label: text }],
          maxSelections: 1,
        },
      ]),
    );
    expect(result).toEqual({
      ok: true,
      consent: expect.objectContaining({ textVersion: 'v1', operatorBin: '100140011059' }),
      questions: [
        {
          key: 'years',
          type: 'number',
          label: { kk: 'Жыл', ru: 'Лет' },
          required: true,
          min: 0,
          integer: true,
        },
        {
          key: 'topics',
          type: 'multi-choice',
          label: text,
          required: false,
          options: [{ value: 'a', label: text }],
          maxSelections: 1,
        },
      ],
    });
  });

  it('should refuse duplicate keys and option values, missing options and properties of another type', () => {
    expect(
      errorsOf(
        form([
          { key: 'a', type: 'text', label: text, required: true, min: 3, options: [] },
          { key: 'a', type: 'choice', label: text, required: true },
          { key: 'b', type: 'choice', label: text, required: true, options: [] },
          {
            key: 'c',
            type: 'multi-choice',
            label: text,
            required: true,
            options: [
              { value: 'x', label: text },
              { value: 'x', label: text },
            ],
          },
        ]),
      ),
    ).toEqual([
      'questions[0].min:notForType',
      'questions[0].options:notForType',
      'questions[1].options:isDefined',
      'questions[2].options:arrayMinSize',
      'questions[3].options[1].value:duplicateKey',
      'questions[1].key:duplicateKey',
    ]);
  });

  it('should refuse inverted ranges and impossible selection counts', () => {
    const options = [
      { value: 'x', label: text },
      { value: 'y', label: text },
    ];
    expect(
      errorsOf(
        form([
          { key: 'n', type: 'number', label: text, required: true, min: 5, max: 1 },
          {
            key: 'm',
            type: 'multi-choice',
            label: text,
            required: true,
            options,
            minSelections: 2,
            maxSelections: 1,
          },
          { key: 'k', type: 'multi-choice', label: text, required: true, options, maxSelections: 3 },
          {
            key: 'd',
            type: 'date',
            label: text,
            required: true,
            minDate: '2030-02-05',
            maxDate: '2030-02-01',
          },
          { key: 'e', type: 'date', label: text, required: true, minDate: '2030-02-30' },
        ]),
      ),
    ).toEqual([
      'questions[0].max:minAboveMax',
      'questions[1].maxSelections:minAboveMax',
      'questions[2].maxSelections:max',
      'questions[3].maxDate:minAboveMax',
      'questions[4].minDate:isDate',
    ]);
  });

  it('should require Kazakh and Russian texts for labels, options and the consent', () => {
    expect(
      errorsOf(
        form(
          [
            {
              key: 'c',
              type: 'choice',
              label: { en: 'Only English' },
              required: true,
              options: [{ value: 'x', label: { kk: 'Тек қазақша' } }],
            },
          ],
          { text: { ru: 'Только русский', kk: '  ' }, purposes: {} },
        ),
      ),
    ).toEqual([
      'questions[0].label:multilingualRequired',
      'questions[0].options[0].label:multilingualRequired',
      'consent.purposes:multilingualRequired',
      'consent.text:multilingualRequired',
    ]);
  });

  it('should require naming the recipients of a transfer, and refuse them when there is none', () => {
    expect(errorsOf(form([], { thirdPartyTransfer: true, crossBorderTransfer: true }))).toEqual([
      'consent.thirdParties:multilingualRequired',
      'consent.crossBorderDetails:multilingualRequired',
    ]);
    expect(errorsOf(form([], { thirdParties: text, dataCategories: [] }))).toEqual([
      'consent.dataCategories:arrayMinSize',
      'consent.thirdParties:notForType',
    ]);
    expect(errorsOf(form([], { thirdPartyTransfer: true, thirdParties: text }))).toEqual([]);
  });
});

describe(sameConsentTerms.name, () => {
  it('should compare terms by content, whatever the key order', () => {
    const a = defaultConsentTerms({ name: 'Operator' });
    const reordered = Object.fromEntries(Object.entries(a).reverse()) as typeof a;
    expect(sameConsentTerms(a, reordered)).toBe(true);
    expect(sameConsentTerms(a, { ...a, publication: true })).toBe(false);
    expect(sameConsentTerms(a, { ...a, text: { ...a.text, en: 'changed' } })).toBe(false);
  });
});

describe(consentProblems.name, () => {
  const terms = defaultConsentTerms({ name: 'Operator', bin: '100140011059' });

  it('should accept the current version, accepted', () => {
    expect(consentProblems({ textVersion: 'default-1', accepted: true }, terms)).toEqual([]);
  });

  it('should refuse a consent not accepted or for another text version', () => {
    expect(consentProblems({ textVersion: 'v0', accepted: false }, terms)).toEqual([
      { field: 'consent.accepted', code: 'consentNotAccepted' },
      { field: 'consent.textVersion', code: 'consentVersionMismatch', args: ['default-1'] },
    ]);
  });

  it('should record the terms with the time and channel (the row written is the copy)', () => {
    const record = consentRecord(terms, new Date('2030-01-02T03:04:05.000Z'), 'api');
    expect(record).toEqual({
      accepted: true,
      textVersion: 'default-1',
      givenAt: '2030-01-02T03:04:05.000Z',
      channel: 'api',
      terms,
    });
    // Shared with the form in memory (registrations of a burst reuse it), copied into each row.
    expect(JSON.parse(consentRecordJson(record)).terms).toEqual(JSON.parse(JSON.stringify(terms)));
  });
});
