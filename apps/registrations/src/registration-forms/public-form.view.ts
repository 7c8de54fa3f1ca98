import { pickLocalized, type Lang, type Multilingual } from '@jiyn/kz';
import type { ConsentTerms } from '../registration-core/participant-data';
import type { Question, RegistrationForm } from './form-definition';

/** The form in one language, as a registration page shows it; stable keys and values stay as they are. */
export function publicFormView(form: RegistrationForm, lang: Lang) {
  return {
    eventId: form.eventId,
    version: form.version,
    language: lang,
    questions: form.questions.map((question) => localisedQuestion(question, lang)),
    consent: localisedConsent(form.consent, lang),
  };
}

function localisedQuestion(question: Question, lang: Lang) {
  const { label, help, ...rest } = question;
  const view: Record<string, unknown> = { ...rest, label: text(label, lang) };
  if (help) view['help'] = text(help, lang);
  if ('options' in question)
    view['options'] = question.options.map((option) => ({
      value: option.value,
      label: text(option.label, lang),
    }));
  return view;
}

function localisedConsent(terms: ConsentTerms, lang: Lang) {
  return {
    operatorName: text(terms.operatorName, lang),
    operatorBin: terms.operatorBin,
    purposes: text(terms.purposes, lang),
    dataCategories: terms.dataCategories,
    term: text(terms.term, lang),
    thirdPartyTransfer: terms.thirdPartyTransfer,
    ...(terms.thirdParties ? { thirdParties: text(terms.thirdParties, lang) } : {}),
    crossBorderTransfer: terms.crossBorderTransfer,
    ...(terms.crossBorderDetails ? { crossBorderDetails: text(terms.crossBorderDetails, lang) } : {}),
    publication: terms.publication,
    textVersion: terms.textVersion,
    text: text(terms.text, lang),
  };
}

function text(value: Multilingual, lang: Lang): string {
  return pickLocalized(value, lang) ?? '';
}
