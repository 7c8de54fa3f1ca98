import type { FieldProblem } from '@jiyn/problems';
import type { ConsentRecord, ConsentTerms } from '../registration-core/participant-data';

/** What a registration request says about consent. */
export interface ConsentGiven {
  textVersion: string;
  accepted: boolean;
}

/**
 * Field errors for a consent that does not hold: not accepted, or accepted for another text than
 * the one the event shows now (the participant must have seen the terms that are recorded).
 */
export function consentProblems(given: ConsentGiven, terms: ConsentTerms): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (given.accepted !== true) problems.push({ field: 'consent.accepted', code: 'consentNotAccepted' });
  if (given.textVersion !== terms.textVersion) {
    problems.push({
      field: 'consent.textVersion',
      code: 'consentVersionMismatch',
      args: [terms.textVersion],
    });
  }
  return problems;
}

/** The record kept with the registration: the terms as they were, and when and how consent came. */
export function consentRecord(terms: ConsentTerms, givenAt: Date, channel: string): ConsentRecord {
  return {
    accepted: true,
    textVersion: terms.textVersion,
    givenAt: givenAt.toISOString(),
    channel,
    // The form's terms object itself: forms are read-only once loaded, and every registration of
    // a burst shares them (cloning them per registration showed in profiles).
    terms,
  };
}
