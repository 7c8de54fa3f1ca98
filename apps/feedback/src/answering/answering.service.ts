import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EVENT_TYPES, TOPICS } from '@jiyn/contracts';
import { OutboxWriter } from '@jiyn/messaging';
import { runInTransaction } from '@jiyn/persistence';
import { feedbackSubmittedEvent } from '../anonymous-release/feedback-submitted-event';
import { AttendanceRepository } from '../attendance/attendance.repository';
import { checkResponse, type GivenAnswer } from './answer-rules';
import {
  invalidAnswers,
  noResponseYet,
  notAnAttendee,
  surveyNotFound,
  surveyNotOpen,
} from './answering-problems';
import {
  AnsweringRepository,
  type QuestionText,
  type StoredResponse,
  type Survey,
} from './answering.repository';
import { ParticipantTokens, type Participant } from './participant-tokens';
import { pairKey, respondentKey } from './respondent-keys';

export interface SurveyForParticipant {
  survey: Survey;
  questions: QuestionText[];
  answered: boolean;
  open: boolean;
}

function isOpen(survey: Survey, now = new Date()): boolean {
  return survey.status === 'published' && survey.opensAt <= now && now < survey.closesAt;
}

/**
 * Answering surveys, for participants with their self-service token (issue 14): only the surveys of
 * their own event, only while open, only what they attended, once per survey (edited while open).
 *
 * Anonymity: an anonymous survey's response carries no registration id, no time and a random id;
 * its respondent key is a digest of the survey id with the token, which is not kept. Whether the
 * participant has answered (`respondents`) is written in a transaction of its own after the answers
 * committed, and the answering transaction rewrites the survey's responses in random order (see
 * AnsweringRepository.mix), so neither `xmin` nor `ctid` nor row order joins the two.
 */
@Injectable()
export class AnsweringService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly answering: AnsweringRepository,
    private readonly attendance: AttendanceRepository,
    private readonly tokens: ParticipantTokens,
    private readonly outbox: OutboxWriter,
  ) {}

  /** The surveys of the participant's event that are open now and that they may answer. */
  async openSurveys(token: string | undefined): Promise<{ survey: Survey; answered: boolean }[]> {
    const participant = await this.tokens.resolve(token);
    const manager = this.dataSource.manager;
    const surveys = await this.answering.openSurveys(manager, participant.eventId);
    const mine = [];
    for (const survey of surveys) {
      if (!(await this.answering.attended(manager, participant.registrationId, survey))) continue;
      const response = await this.answering.findResponse(
        manager,
        survey.id,
        respondentKey(survey.id, participant.token),
      );
      mine.push({ survey, answered: response !== null });
    }
    return mine;
  }

  /** A published (or closed) survey of the participant's event, with its questions. */
  async survey(token: string | undefined, surveyId: string): Promise<SurveyForParticipant> {
    const participant = await this.tokens.resolve(token);
    const manager = this.dataSource.manager;
    const survey = await this.visibleSurvey(participant, surveyId);
    const response = await this.answering.findResponse(
      manager,
      survey.id,
      respondentKey(survey.id, participant.token),
    );
    return {
      survey,
      questions: await this.answering.questions(manager, survey.id),
      answered: response !== null,
      open: isOpen(survey),
    };
  }

  /** The participant's own response, found again through their respondent key. */
  async ownResponse(token: string | undefined, surveyId: string): Promise<StoredResponse> {
    const participant = await this.tokens.resolve(token);
    const survey = await this.visibleSurvey(participant, surveyId);
    const response = await this.answering.findResponse(
      this.dataSource.manager,
      survey.id,
      respondentKey(survey.id, participant.token),
    );
    if (!response) throw noResponseYet(surveyId);
    // Repairs a "has answered" mark lost between the two transactions of an earlier answer.
    if (
      !(await this.answering.isRespondent(this.dataSource.manager, survey.id, participant.registrationId))
    ) {
      await runInTransaction(this.dataSource, (manager) =>
        survey.anonymous
          ? this.answering.markAnonymousRespondent(manager, survey.id, participant.registrationId)
          : this.answering.markRespondent(manager, survey.id, participant.registrationId),
      );
    }
    return response;
  }

  /**
   * Answers the survey, or replaces the participant's answer while it is open. All checks and the
   * answers, with the feedback.submitted event (outbox; an anonymous survey's waits for its batch),
   * in one transaction: a refusal stores nothing. On an anonymous survey the "has answered" mark follows in its own transaction; should
   * that one fail, the response stands without the mark, and the participant's next call (answering
   * again, or reading their answer back) writes it — never a mark without a response.
   */
  async answer(token: string | undefined, surveyId: string, given: GivenAnswer[]): Promise<StoredResponse> {
    const participant = await this.tokens.resolve(token);
    const key = respondentKey(surveyId, participant.token);
    const { survey, stored } = await runInTransaction(this.dataSource, async (manager) => {
      const survey = await this.answering.survey(manager, surveyId, 'update');
      if (!survey || survey.eventId !== participant.eventId || survey.status === 'draft')
        throw surveyNotFound(surveyId);
      const now = new Date();
      if (!isOpen(survey, now)) throw surveyNotOpen(survey);
      if (!(await this.answering.attended(manager, participant.registrationId, survey)))
        throw notAnAttendee(survey.scope);
      const questions = await this.answering.questions(manager, survey.id);
      const checked = checkResponse(questions, given);
      if (!checked.ok) throw invalidAnswers(checked.errors);
      const attendee = await this.attendance.find(manager, participant.registrationId);
      const existing = await this.answering.findResponse(manager, survey.id, key, true);
      const pairedWith = survey.purpose === 'pre-test' ? survey.id : survey.preTestId;
      const written = await this.answering.writeResponse(
        manager,
        {
          surveyId: survey.id,
          respondentKey: key,
          pairKey: pairedWith ? pairKey(pairedWith, participant.token) : null,
          registrationId: survey.anonymous ? null : participant.registrationId,
          submittedAt: survey.anonymous ? null : now,
          regionCode: attendee?.regionCode ?? null,
          sex: attendee?.sex ?? null,
          ageBand: attendee?.ageBand ?? null,
          score: checked.response.score,
          maxScore: checked.response.maxScore,
          answers: checked.response.answers,
          announced: !survey.anonymous,
        },
        existing,
      );
      if (survey.anonymous) await this.answering.mix(manager, survey.id, written.id);
      else await this.answering.markRespondent(manager, survey.id, participant.registrationId);

      // An anonymous answer waits for its batch (AnonymousRelease): announced now, its time would say whose it is.
      if (!survey.anonymous) {
        const kinds = new Map(questions.map((question) => [question.id, question.kind]));
        await this.outbox.append(manager, {
          topic: TOPICS.feedback,
          type: EVENT_TYPES.feedbackSubmittedV2,
          subject: written.id,
          data: feedbackSubmittedEvent(
            survey,
            { id: written.id, registrationId: participant.registrationId, ...checked.response },
            (questionId) => kinds.get(questionId),
            now,
          ),
        });
      }
      return {
        survey,
        stored: {
          id: written.id,
          version: written.version,
          score: checked.response.score,
          maxScore: checked.response.maxScore,
          answers: checked.response.answers,
        } satisfies StoredResponse,
      };
    });
    if (survey.anonymous) {
      // Its own transaction: no xmin, position or commit shared with the response.
      await runInTransaction(this.dataSource, (manager) =>
        this.answering.markAnonymousRespondent(manager, survey.id, participant.registrationId),
      );
    }
    return stored;
  }

  private async visibleSurvey(participant: Participant, surveyId: string): Promise<Survey> {
    const survey = await this.answering.survey(this.dataSource.manager, surveyId);
    if (!survey || survey.eventId !== participant.eventId || survey.status === 'draft')
      throw surveyNotFound(surveyId);
    return survey;
  }
}
