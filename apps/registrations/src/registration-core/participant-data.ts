import type { Multilingual } from '@jiyn/kz';

/*
 * What a registration stores of the event's form: the answers as checked, and the consent record.
 * The form feature checks them; the core only keeps and writes them.
 */

/** A stored answer: text, number, option value, option values, boolean or `YYYY-MM-DD`. */
export type AnswerValue = string | number | boolean | string[];
/** Answers keyed by question key. */
export type Answers = Record<string, AnswerValue>;

/** The personal data a registration collects, named in the consent (the law asks for the list). */
export const DATA_CATEGORIES = [
  'fullName',
  'email',
  'phone',
  'iin',
  'birthDate',
  'sex',
  'region',
  'organisation',
  'position',
  'answers',
] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];

/** What the participant consents to: operator, purposes, term, transfers, the text and its version. */
export interface ConsentTerms {
  operatorName: Multilingual;
  /** BIN of the operator; null only in the built-in default when the deployment did not set one. */
  operatorBin: string | null;
  purposes: Multilingual;
  dataCategories: DataCategory[];
  /** How long the data is processed and kept. */
  term: Multilingual;
  thirdPartyTransfer: boolean;
  thirdParties?: Multilingual;
  crossBorderTransfer: boolean;
  crossBorderDetails?: Multilingual;
  publication: boolean;
  /** Changes whenever the terms change; a registration must name the version it accepted. */
  textVersion: string;
  text: Multilingual;
}

/** What a registration keeps of its consent: the terms as accepted, when, and through which channel. */
export interface ConsentRecord {
  accepted: true;
  textVersion: string;
  givenAt: string;
  channel: string;
  terms: ConsentTerms;
}

const termsJson = new WeakMap<ConsentTerms, string>();

/** JSON of a consent record, serialising each (shared) terms object once. */
export function consentRecordJson(record: ConsentRecord): string {
  let terms = termsJson.get(record.terms);
  if (terms === undefined) {
    terms = JSON.stringify(record.terms);
    termsJson.set(record.terms, terms);
  }
  const { terms: _, ...rest } = record;
  return `${JSON.stringify(rest).slice(0, -1)},"terms":${terms}}`;
}
