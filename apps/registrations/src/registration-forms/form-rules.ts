import type { Lang, Multilingual } from '@jiyn/kz';
import type { FieldProblem } from '@jiyn/problems';
import { isIsoDate } from './answers';
import type { ConsentTerms } from '../registration-core/participant-data';
import { TYPE_PROPERTIES, type ChoiceOption, type Question } from './form-definition';
import type { ConsentTermsDto, FormQuestionDto, RegistrationFormDto } from './dto/registration-form.dto';

/** Kazakh is the state language and Russian is used on par (Constitution Art. 7); English is optional. */
const REQUIRED_LANGUAGES: readonly Lang[] = ['kk', 'ru'];
const CONSTRAINT_PROPERTIES = [
  'maxLength',
  'min',
  'max',
  'integer',
  'options',
  'minSelections',
  'maxSelections',
  'minDate',
  'maxDate',
] as const;

export type FormDefinitionResult =
  { ok: true; questions: Question[]; consent: ConsentTerms } | { ok: false; errors: FieldProblem[] };

/**
 * Checks what class-validator cannot (rules across fields: unique keys, ranges, options per type,
 * texts in the required languages) and returns the form as it is stored, or every field error.
 */
export function toFormDefinition(dto: RegistrationFormDto): FormDefinitionResult {
  const errors: FieldProblem[] = [];
  const questions = dto.questions.map((question, index) =>
    toQuestion(question, `questions[${index}]`, errors),
  );
  const seen = new Set<string>();
  dto.questions.forEach((question, index) => {
    if (seen.has(question.key)) errors.push({ field: `questions[${index}].key`, code: 'duplicateKey' });
    seen.add(question.key);
  });
  const consent = toConsent(dto.consent, errors);
  return errors.length ? { ok: false, errors } : { ok: true, questions, consent };
}

function toQuestion(dto: FormQuestionDto, path: string, errors: FieldProblem[]): Question {
  const allowed = TYPE_PROPERTIES[dto.type];
  for (const property of CONSTRAINT_PROPERTIES) {
    if (dto[property] !== undefined && !allowed.includes(property))
      errors.push({ field: `${path}.${property}`, code: 'notForType', args: [dto.type] });
  }
  const label = requireLanguages(dto.label, `${path}.label`, errors);
  const base = {
    key: dto.key,
    label,
    ...(dto.help ? { help: multilingual(dto.help) } : {}),
    required: dto.required,
  };
  switch (dto.type) {
    case 'text':
      return { ...base, type: 'text', ...defined({ maxLength: dto.maxLength }) };
    case 'number':
      if (dto.min !== undefined && dto.max !== undefined && dto.min > dto.max)
        errors.push({ field: `${path}.max`, code: 'minAboveMax' });
      return { ...base, type: 'number', ...defined({ min: dto.min, max: dto.max, integer: dto.integer }) };
    case 'choice':
      return { ...base, type: 'choice', options: toOptions(dto, path, errors) };
    case 'multi-choice': {
      const options = toOptions(dto, path, errors);
      const { minSelections, maxSelections } = dto;
      if (minSelections !== undefined && maxSelections !== undefined && minSelections > maxSelections)
        errors.push({ field: `${path}.maxSelections`, code: 'minAboveMax' });
      for (const [name, value] of [
        ['minSelections', minSelections],
        ['maxSelections', maxSelections],
      ] as const) {
        if (value !== undefined && options.length > 0 && value > options.length)
          errors.push({ field: `${path}.${name}`, code: 'max', args: [options.length] });
      }
      return { ...base, type: 'multi-choice', options, ...defined({ minSelections, maxSelections }) };
    }
    case 'boolean':
      return { ...base, type: 'boolean' };
    case 'date': {
      for (const name of ['minDate', 'maxDate'] as const) {
        const value = dto[name];
        if (value !== undefined && !isIsoDate(value))
          errors.push({ field: `${path}.${name}`, code: 'isDate' });
      }
      if (dto.minDate && dto.maxDate && dto.minDate > dto.maxDate)
        errors.push({ field: `${path}.maxDate`, code: 'minAboveMax' });
      return { ...base, type: 'date', ...defined({ minDate: dto.minDate, maxDate: dto.maxDate }) };
    }
  }
}

function toOptions(dto: FormQuestionDto, path: string, errors: FieldProblem[]): ChoiceOption[] {
  if (!dto.options) {
    errors.push({ field: `${path}.options`, code: 'isDefined' });
    return [];
  }
  if (dto.options.length === 0) errors.push({ field: `${path}.options`, code: 'arrayMinSize', args: [1] });
  const seen = new Set<string>();
  return dto.options.map((option, index) => {
    if (seen.has(option.value))
      errors.push({ field: `${path}.options[${index}].value`, code: 'duplicateKey' });
    seen.add(option.value);
    return {
      value: option.value,
      label: requireLanguages(option.label, `${path}.options[${index}].label`, errors),
    };
  });
}

function toConsent(dto: ConsentTermsDto, errors: FieldProblem[]): ConsentTerms {
  const text = (name: 'operatorName' | 'purposes' | 'term' | 'text') =>
    requireLanguages(dto[name], `consent.${name}`, errors);
  const consent: ConsentTerms = {
    operatorName: text('operatorName'),
    operatorBin: dto.operatorBin,
    purposes: text('purposes'),
    dataCategories: [...new Set(dto.dataCategories)],
    term: text('term'),
    thirdPartyTransfer: dto.thirdPartyTransfer,
    crossBorderTransfer: dto.crossBorderTransfer,
    publication: dto.publication,
    textVersion: dto.textVersion,
    text: text('text'),
  };
  if (dto.dataCategories.length === 0)
    errors.push({ field: 'consent.dataCategories', code: 'arrayMinSize', args: [1] });
  // Saying that data goes to someone else means saying to whom.
  if (dto.thirdPartyTransfer)
    consent.thirdParties = requireLanguages(dto.thirdParties, 'consent.thirdParties', errors);
  else if (dto.thirdParties)
    errors.push({ field: 'consent.thirdParties', code: 'notForType', args: ['thirdPartyTransfer: false'] });
  if (dto.crossBorderTransfer)
    consent.crossBorderDetails = requireLanguages(
      dto.crossBorderDetails,
      'consent.crossBorderDetails',
      errors,
    );
  else if (dto.crossBorderDetails)
    errors.push({
      field: 'consent.crossBorderDetails',
      code: 'notForType',
      args: ['crossBorderTransfer: false'],
    });
  return consent;
}

function requireLanguages(
  text: Multilingual | undefined,
  field: string,
  errors: FieldProblem[],
): Multilingual {
  const value = multilingual(text ?? {});
  const missing = REQUIRED_LANGUAGES.filter((lang) => !value[lang]);
  if (missing.length) errors.push({ field, code: 'multilingualRequired', args: [missing] });
  return value;
}

/** The non-blank texts, trimmed, in a fixed key order (so stored terms compare by their JSON). */
function multilingual(text: Multilingual): Multilingual {
  const result: Multilingual = {};
  for (const lang of ['kk', 'ru', 'en'] as const) {
    const value = text[lang]?.trim();
    if (value) result[lang] = value;
  }
  return result;
}

function defined<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** Two consent terms say the same thing: compared field by field, whatever the key order. */
export function sameConsentTerms(a: ConsentTerms, b: ConsentTerms): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
