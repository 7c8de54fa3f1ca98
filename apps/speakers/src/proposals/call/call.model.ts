import type { SESSION_KINDS } from '@jiyn/contracts';
import { pickLocalized, type Lang, type Multilingual } from '@jiyn/kz';
import { ProblemException, type FieldProblem } from '@jiyn/problems';
import type { PutCallDto } from './call.dto';
import type { CallForProposals, PublicCallForProposals } from './call.response';

export type SessionKind = (typeof SESSION_KINDS)[number];
export const QUESTION_TYPES = ['text', 'number', 'choice', 'boolean'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export interface CallQuestion {
  key: string;
  label: Multilingual;
  type: QuestionType;
  required: boolean;
  options: { key: string; label: Multilingual }[];
}

export interface ReviewCriterion {
  key: string;
  label: Multilingual;
  weight: number;
}

/** An event's call for proposals. */
export interface Call {
  eventId: string;
  title: Multilingual;
  description: Multilingual;
  opensAt: Date;
  closesAt: Date;
  sessionTypes: SessionKind[];
  /** Tracks a proposal may choose; empty: proposals have no track. */
  trackIds: string[];
  /** Allowed durations; empty: anything from minDuration to maxDuration. */
  durations: number[];
  minDuration: number;
  maxDuration: number;
  questions: CallQuestion[];
  criteria: ReviewCriterion[];
  maxScore: number;
  anonymousReview: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export type CallContent = Omit<Call, 'eventId' | 'version' | 'createdAt' | 'updatedAt'>;

const DEFAULT_MAX_SCORE = 5;

/** The call a PUT describes, or a validation problem listing every field that is wrong. */
export function callContentOf(dto: PutCallDto): CallContent {
  const problems: FieldProblem[] = [];
  const opensAt = new Date(dto.opensAt);
  const closesAt = new Date(dto.closesAt);
  if (closesAt <= opensAt) problems.push({ field: 'closesAt', code: 'callClosesBeforeOpens' });
  const minDuration = dto.minDuration ?? 5;
  const maxDuration = dto.maxDuration ?? 600;
  if (maxDuration < minDuration) problems.push({ field: 'maxDuration', code: 'durationRange' });
  const questions = (dto.questions ?? []).map((question, index): CallQuestion => {
    const options = question.options ?? [];
    if (question.type === 'choice' && options.length < 2)
      problems.push({ field: `questions[${index}].options`, code: 'choiceNeedsOptions' });
    if (question.type !== 'choice' && question.options !== undefined)
      problems.push({ field: `questions[${index}].options`, code: 'optionsOnlyForChoice' });
    problems.push(...duplicateKeys(options, `questions[${index}].options`));
    problems.push(...labelRequired(question.label, `questions[${index}].label`));
    options.forEach((option, at) =>
      problems.push(...labelRequired(option.label, `questions[${index}].options[${at}].label`)),
    );
    return {
      key: question.key,
      label: { ...question.label },
      type: question.type,
      required: question.required ?? false,
      options: options.map((option) => ({ key: option.key, label: { ...option.label } })),
    };
  });
  problems.push(...duplicateKeys(dto.questions ?? [], 'questions'));
  problems.push(...duplicateKeys(dto.criteria, 'criteria'));
  dto.criteria.forEach((criterion, index) =>
    problems.push(...labelRequired(criterion.label, `criteria[${index}].label`)),
  );
  if (problems.length) throw new ProblemException('validation', { errors: problems });
  return {
    title: { ...(dto.title ?? {}) },
    description: { ...(dto.description ?? {}) },
    opensAt,
    closesAt,
    sessionTypes: [...dto.sessionTypes],
    trackIds: (dto.trackIds ?? []).map((id) => id.toLowerCase()),
    durations: [...(dto.durations ?? [])].sort((a, b) => a - b),
    minDuration,
    maxDuration,
    questions,
    criteria: dto.criteria.map((c) => ({ key: c.key, label: { ...c.label }, weight: c.weight })),
    maxScore: dto.maxScore ?? DEFAULT_MAX_SCORE,
    anonymousReview: dto.anonymousReview ?? false,
  };
}

function duplicateKeys(items: readonly { key: string }[], field: string): FieldProblem[] {
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  items.forEach((item, index) => {
    if (seen.has(item.key)) problems.push({ field: `${field}[${index}].key`, code: 'duplicateKey' });
    seen.add(item.key);
  });
  return problems;
}

function labelRequired(label: Multilingual, field: string): FieldProblem[] {
  return Object.values(label).some((text) => text?.trim())
    ? []
    : [{ field, code: 'multilingualRequired', args: [['kk', 'ru', 'en']] }];
}

/** Whether review scores keep their meaning: the criteria and their scale are unchanged. */
export function sameReviewScale(a: CallContent, b: CallContent): boolean {
  return (
    a.maxScore === b.maxScore &&
    JSON.stringify(a.criteria.map((c) => [c.key, c.weight])) ===
      JSON.stringify(b.criteria.map((c) => [c.key, c.weight]))
  );
}

export type CallPhase = 'upcoming' | 'open' | 'closed';

/** Open from opensAt (inclusive) to closesAt (exclusive). */
export function callPhase(call: Pick<Call, 'opensAt' | 'closesAt'>, now: Date): CallPhase {
  if (now < call.opensAt) return 'upcoming';
  return now < call.closesAt ? 'open' : 'closed';
}

/** Refuses a submission outside the call's window, naming the moment in the event's time zone. */
export function assertCallOpen(call: Call, timeZone: string, now: Date): void {
  const phase = callPhase(call, now);
  if (phase === 'open') return;
  const at = localTime(phase === 'upcoming' ? call.opensAt : call.closesAt, timeZone);
  throw new ProblemException('call-not-open', {
    detail:
      phase === 'upcoming'
        ? {
            en: `The call for proposals opens at ${at}`,
            ru: `Приём заявок откроется ${at}`,
            kk: `Өтінім қабылдау ${at} ашылады`,
          }
        : {
            en: `The call for proposals closed at ${at}`,
            ru: `Приём заявок закрылся ${at}`,
            kk: `Өтінім қабылдау ${at} жабылды`,
          },
    extensions: { phase, opensAt: call.opensAt.toISOString(), closesAt: call.closesAt.toISOString() },
  });
}

/** `2030-01-10 18:00 (Asia/Almaty)`: a wall-clock time people of that zone recognise. */
export function localTime(instant: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return `${parts['year']}-${parts['month']}-${parts['day']} ${parts['hour']}:${parts['minute']} (${timeZone})`;
}

export function organiserCallView(call: Call, now: Date): CallForProposals {
  return {
    eventId: call.eventId,
    title: call.title,
    description: call.description,
    opensAt: call.opensAt.toISOString(),
    closesAt: call.closesAt.toISOString(),
    phase: callPhase(call, now),
    sessionTypes: call.sessionTypes,
    trackIds: call.trackIds,
    durations: call.durations,
    minDuration: call.minDuration,
    maxDuration: call.maxDuration,
    questions: call.questions,
    criteria: call.criteria,
    maxScore: call.maxScore,
    anonymousReview: call.anonymousReview,
    version: call.version,
    createdAt: call.createdAt.toISOString(),
    updatedAt: call.updatedAt.toISOString(),
  };
}

/** What a would-be speaker reads, in one language: no review criteria. */
export function publicCallView(call: Call, lang: Lang, now: Date): PublicCallForProposals {
  const text = (value: Multilingual) => pickLocalized(value, lang) ?? null;
  return {
    lang,
    eventId: call.eventId,
    title: text(call.title),
    description: text(call.description),
    opensAt: call.opensAt.toISOString(),
    closesAt: call.closesAt.toISOString(),
    phase: callPhase(call, now),
    sessionTypes: call.sessionTypes,
    trackIds: call.trackIds,
    durations: call.durations,
    minDuration: call.minDuration,
    maxDuration: call.maxDuration,
    questions: call.questions.map((question) => ({
      key: question.key,
      label: text(question.label),
      type: question.type,
      required: question.required,
      ...(question.type === 'choice'
        ? { options: question.options.map((option) => ({ key: option.key, label: text(option.label) })) }
        : {}),
    })),
    version: call.version,
  };
}
