import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { isUniqueViolation, runInTransaction } from '@jiyn/persistence';
import { ProblemException, type FieldProblem } from '@jiyn/problems';
import { BriefCache } from '../brief-cache';
import { EventProjectionRepository } from '../event-projection/event-projection.repository';
import { RegistrationsEnvironment } from '../registrations.environment';
import type { Answers, ConsentRecord, ConsentTerms } from '../registration-core/participant-data';
import { validateAnswers } from './answers';
import { consentProblems, consentRecord, type ConsentGiven } from './consent';
import type { RegistrationFormDto } from './dto/registration-form.dto';
import { defaultConsentTerms, type RegistrationForm } from './form-definition';
import { sameConsentTerms, toFormDefinition } from './form-rules';
import { RegistrationFormsRepository, type StoredForm } from './registration-forms.repository';

/** What a registration request brings beyond the participant's identity. */
export interface ParticipantInput {
  answers?: unknown;
  consent: ConsentGiven;
}

/** Checked answers and the consent record to store with a registration. */
export interface ParticipantData {
  answers: Answers;
  consent: ConsentRecord;
}

@Injectable()
export class RegistrationFormsService {
  private readonly defaultConsent: ConsentTerms;
  /**
   * The form registrations are checked against, remembered for a second: registrations come in
   * bursts. A form changed in another replica applies within that second; consent records copy
   * the terms of the version the participant accepted, so they stay true either way.
   */
  private readonly recentForms = new BriefCache<RegistrationForm>(1_000);

  constructor(
    private readonly dataSource: DataSource,
    private readonly forms: RegistrationFormsRepository,
    private readonly projections: EventProjectionRepository,
    env: RegistrationsEnvironment,
  ) {
    this.defaultConsent = defaultConsentTerms({
      name: env.DEFAULT_CONSENT_OPERATOR_NAME,
      bin: env.DEFAULT_CONSENT_OPERATOR_BIN,
    });
  }

  /** The event's form, or the built-in default (no questions, the platform's consent) while it has none. */
  async get(eventId: string): Promise<RegistrationForm> {
    await this.projections.require(this.dataSource.manager, eventId);
    return this.effective(this.dataSource.manager, eventId);
  }

  /**
   * Replaces the event's form. Stored answers stay as they were given; the new questions apply to
   * registrations from now on. Consent terms that change must come with a new text version, so a
   * version always names one wording.
   */
  async put(eventId: string, dto: RegistrationFormDto): Promise<RegistrationForm> {
    const definition = toFormDefinition(dto);
    if (!definition.ok) throw new ProblemException('validation', { errors: definition.errors });
    const save = () =>
      runInTransaction(this.dataSource, async (manager) => {
        await this.projections.require(manager, eventId);
        const current = await this.forms.find(manager, eventId, true);
        const currentConsent = current?.consent ?? this.defaultConsent;
        if (
          currentConsent.textVersion === definition.consent.textVersion &&
          !sameConsentTerms(currentConsent, definition.consent)
        ) {
          throw new ProblemException('validation', {
            errors: [{ field: 'consent.textVersion', code: 'consentVersionUnchanged' }],
          });
        }
        return this.forms.save(manager, eventId, definition.questions, definition.consent, new Date());
      });
    try {
      return toRegistrationForm(await save());
    } catch (error) {
      // Two first saves at once: the loser finds the winner's row on its second try.
      if (isUniqueViolation(error)) return toRegistrationForm(await save());
      throw error;
    } finally {
      this.recentForms.forget(eventId);
    }
  }

  /**
   * Validates a registration's answers and consent against the event's current form and returns
   * what to store, or throws one 400 listing every field error. Unknown events get the default form
   * here; whether the event exists is the registration's own check.
   */
  async participantData(
    eventId: string,
    input: ParticipantInput,
    channel: string,
    now: Date,
  ): Promise<ParticipantData> {
    const form = (await this.recentForms.get(eventId, () =>
      this.effective(this.dataSource.manager, eventId),
    )) as RegistrationForm;
    const answers = validateAnswers(form.questions, input.answers);
    const errors: FieldProblem[] = [
      ...(answers.ok ? [] : answers.errors),
      ...consentProblems(input.consent, form.consent),
    ];
    if (!answers.ok || errors.length) throw new ProblemException('validation', { errors });
    return { answers: answers.answers, consent: consentRecord(form.consent, now, channel) };
  }

  private async effective(manager: EntityManager, eventId: string): Promise<RegistrationForm> {
    const stored = await this.forms.find(manager, eventId);
    if (stored) return toRegistrationForm(stored);
    return {
      eventId,
      version: 0,
      isDefault: true,
      questions: [],
      consent: this.defaultConsent,
      updatedAt: null,
    };
  }
}

function toRegistrationForm(stored: StoredForm): RegistrationForm {
  return {
    eventId: stored.eventId,
    version: stored.version,
    isDefault: false,
    questions: stored.questions,
    consent: stored.consent,
    updatedAt: stored.updatedAt.toISOString(),
  };
}
