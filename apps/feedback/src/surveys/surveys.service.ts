import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { EVENT_TYPES, TOPICS, type SurveyWindowV1 } from '@jiyn/contracts';
import type { Multilingual } from '@jiyn/kz';
import { OutboxWriter, uuidv7 } from '@jiyn/messaging';
import { isUniqueViolation, runInTransaction, type Page } from '@jiyn/persistence';
import { ProblemException, type FieldProblem } from '@jiyn/problems';
import { AnonymousRelease } from '../anonymous-release/anonymous-release';
import { SessionProjectionRepository } from '../session-projection/session-projection.repository';
import { FeedbackEnvironment } from '../feedback.environment';
import type {
  CopySurveyDto,
  CreatePostTestDto,
  CreateSurveyDto,
  SurveyFromTemplateDto,
  SurveyQuery,
  UpdateSurveyDto,
} from './dto/survey.dto';
import type { SurveyResponse } from './dto/survey.response';
import {
  multilingual,
  requireLanguages,
  toQuestions,
  type QuestionInput,
  type Survey,
  type SurveyPurpose,
  type SurveyQuestion,
  type SurveyScope,
} from './survey.model';
import { SURVEY_TEMPLATES } from './survey-templates';
import { SurveysRepository, type SurveyEvent } from './surveys.repository';
import { DEFAULT_TIME_ZONE, eventDayRange, instantOfLocalTime, localTimeOf } from './wall-time';

const DAY_MS = 86_400_000;
/** A survey left without a closing time stays open this long after its scope ends. */
const DEFAULT_OPEN_DAYS_AFTER = 14;

interface Shape {
  eventId: string;
  title: Multilingual | undefined;
  purpose: SurveyPurpose;
  preTestId: string | null;
  scope: SurveyScope;
  day?: string | undefined;
  sessionId?: string | undefined;
  anonymous: boolean;
  minCellSize: number;
  template: string | null;
  questions: readonly QuestionInput[];
  opensAtLocal?: string | undefined;
  closesAtLocal?: string | undefined;
  /** When the local times are left out: these instants (a copy keeps its original's window). */
  opensAt?: Date;
  closesAt?: Date;
}

/**
 * What organisers do with surveys and knowledge tests: write drafts, publish, close, copy, start
 * from a template, make a pre-test's post-test. Opening and closing are announced once each
 * (survey.opened, survey.closed) through the outbox, with the change that causes them.
 */
@Injectable()
export class SurveysService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly surveys: SurveysRepository,
    private readonly sessions: SessionProjectionRepository,
    private readonly outbox: OutboxWriter,
    private readonly env: FeedbackEnvironment,
    private readonly anonymousRelease: AnonymousRelease,
  ) {}

  create(dto: CreateSurveyDto): Promise<SurveyResponse> {
    return this.createFrom({
      eventId: dto.eventId,
      title: dto.title,
      purpose: dto.purpose ?? 'evaluation',
      preTestId: null,
      scope: dto.scope,
      day: dto.day,
      sessionId: dto.sessionId,
      anonymous: dto.anonymous ?? true,
      minCellSize: dto.minCellSize ?? 5,
      template: null,
      questions: dto.questions,
      opensAtLocal: dto.opensAtLocal,
      closesAtLocal: dto.closesAtLocal,
    });
  }

  async fromTemplate(dto: SurveyFromTemplateDto): Promise<SurveyResponse> {
    const template = SURVEY_TEMPLATES[dto.template];
    let speakerIds: string[] = [];
    if (template.scope === 'session') {
      if (!dto.sessionId) throw validation([{ field: 'sessionId', code: 'isDefined' }]);
      const session = await this.sessions.find(this.dataSource.manager, dto.sessionId);
      if (session?.eventId === dto.eventId) speakerIds = session.speakerIds;
    } else if (dto.sessionId) {
      throw validation([{ field: 'sessionId', code: 'notForType', args: [dto.template] }]);
    }
    return this.createFrom({
      eventId: dto.eventId,
      title: template.title,
      purpose: 'evaluation',
      preTestId: null,
      scope: template.scope,
      sessionId: dto.sessionId,
      anonymous: dto.anonymous ?? true,
      minCellSize: 5,
      template: dto.template,
      questions: template.questions({ sessionId: dto.sessionId, speakerIds }),
      opensAtLocal: dto.opensAtLocal,
      closesAtLocal: dto.closesAtLocal,
    });
  }

  async copy(original: Survey, dto: CopySurveyDto): Promise<SurveyResponse> {
    if (original.purpose === 'post-test')
      throw conflict(
        {
          en: 'A post-test is made from its pre-test (POST /surveys/{id}/post-test), not copied',
          ru: 'Выходной тест создаётся из входного (POST /surveys/{id}/post-test), а не копируется',
          kk: 'Шығыс тесті кіріс тестінен жасалады (POST /surveys/{id}/post-test), көшірілмейді',
        },
        original,
      );
    const questions =
      (await this.surveys.questions(this.dataSource.manager, [original.id])).get(original.id) ?? [];
    const sameEvent = !dto.eventId || dto.eventId === original.eventId;
    return this.createFrom({
      eventId: dto.eventId ?? original.eventId,
      title: dto.title ?? original.title,
      purpose: original.purpose,
      preTestId: null,
      scope: original.scope,
      day: original.day ?? undefined,
      sessionId: original.sessionId ?? undefined,
      anonymous: original.anonymous,
      minCellSize: original.minCellSize,
      template: original.template,
      // New ids: answers to the copy are not answers to the original.
      questions: questions.map((question) => toInput(question, false)),
      opensAtLocal: dto.opensAtLocal,
      closesAtLocal: dto.closesAtLocal,
      ...(sameEvent ? { opensAt: original.opensAt, closesAt: original.closesAt } : {}),
    });
  }

  /** The post-test of a published pre-test: its scored questions, on the last day of the event. */
  async createPostTest(preTest: Survey, dto: CreatePostTestDto): Promise<SurveyResponse> {
    if (preTest.purpose !== 'pre-test')
      throw conflict(
        {
          en: 'Only a pre-test has a post-test',
          ru: 'Выходной тест бывает только у входного теста',
          kk: 'Шығыс тесті тек кіріс тестінде болады',
        },
        preTest,
      );
    if (preTest.status === 'draft')
      throw conflict(
        {
          en: 'Publish the pre-test first: its questions must not change once the post-test repeats them',
          ru: 'Сначала опубликуйте входной тест: его вопросы не должны меняться после того, как выходной их повторил',
          kk: 'Алдымен кіріс тестін жариялаңыз: шығыс тесті қайталаған соң оның сұрақтары өзгермеуі керек',
        },
        preTest,
      );
    const manager = this.dataSource.manager;
    const existing = (await this.surveys.postTestOf(manager, [preTest.id])).get(preTest.id);
    if (existing) throw postTestExists(preTest, existing);
    const event = await this.requireEvent(manager, preTest.eventId);
    const { last } = eventDayRange(event.startsAt, event.endsAt, zoneOf(event));
    const questions = (await this.surveys.questions(manager, [preTest.id])).get(preTest.id) ?? [];
    try {
      return await this.createFrom({
        eventId: preTest.eventId,
        title: dto.title ?? preTest.title,
        purpose: 'post-test',
        preTestId: preTest.id,
        scope: 'day',
        day: last,
        anonymous: preTest.anonymous,
        minCellSize: preTest.minCellSize,
        template: preTest.template,
        // The same ids: a question's before and after pair up in the results.
        questions: questions.filter((question) => question.scored).map((question) => toInput(question, true)),
        opensAtLocal: dto.opensAtLocal,
        closesAtLocal: dto.closesAtLocal,
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        const winner = (await this.surveys.postTestOf(manager, [preTest.id])).get(preTest.id);
        throw postTestExists(preTest, winner ?? null);
      }
      throw error;
    }
  }

  async update(id: string, dto: UpdateSurveyDto): Promise<SurveyResponse> {
    return runInTransaction(this.dataSource, async (manager) => {
      const survey = await this.requireSurvey(manager, id, true);
      assertDraft(survey);
      const errors: FieldProblem[] = [];
      if (dto.questions && survey.purpose === 'post-test')
        errors.push({ field: 'questions', code: 'fixedByPreTest' });
      const event = await this.requireEvent(manager, survey.eventId);
      const zone = zoneOf(event);
      const title = dto.title ? requireLanguages(dto.title, 'title', errors) : survey.title;
      const questions =
        dto.questions && survey.purpose !== 'post-test'
          ? toQuestions(dto.questions, survey.purpose, () => uuidv7(), errors)
          : undefined;
      if (questions) await this.checkSubjects(manager, survey.eventId, questions, errors);
      const opensAt = dto.opensAtLocal
        ? this.localInstant(dto.opensAtLocal, zone, 'opensAtLocal', errors)
        : survey.opensAt;
      const closesAt = dto.closesAtLocal
        ? this.localInstant(dto.closesAtLocal, zone, 'closesAtLocal', errors)
        : survey.closesAt;
      if (opensAt && closesAt) this.checkWindow(event, opensAt, closesAt, errors);
      if (errors.length) throw validation(errors);
      const updated: Survey = {
        ...survey,
        title,
        anonymous: dto.anonymous ?? survey.anonymous,
        minCellSize: dto.minCellSize ?? survey.minCellSize,
        opensAt: opensAt as Date,
        closesAt: closesAt as Date,
        version: survey.version + 1,
        updatedAt: new Date(),
      };
      await this.surveys.update(manager, updated);
      if (questions) await this.surveys.replaceQuestions(manager, survey.id, questions);
      return this.view(manager, updated, event);
    });
  }

  /**
   * Draft → published. Announced as opened at once when its opening has come, else by the sweeper
   * when it comes. A window already over cannot be published.
   */
  async publish(id: string): Promise<SurveyResponse> {
    return runInTransaction(this.dataSource, async (manager) => {
      const survey = await this.requireSurvey(manager, id, true);
      assertDraft(survey);
      const event = await this.requireEvent(manager, survey.eventId);
      const questions = (await this.surveys.questions(manager, [survey.id])).get(survey.id) ?? [];
      if (questions.length === 0)
        throw conflict(
          {
            en: 'A survey without questions cannot be published',
            ru: 'Опрос без вопросов нельзя опубликовать',
            kk: 'Сұрақтары жоқ сауалнаманы жариялауға болмайды',
          },
          survey,
        );
      const now = new Date();
      if (survey.closesAt <= now)
        throw conflict(
          {
            en: 'The survey’s closing time has passed: change it before publishing',
            ru: 'Время закрытия опроса уже прошло: измените его перед публикацией',
            kk: 'Сауалнаманың жабылу уақыты өтіп кетті: жарияламас бұрын оны өзгертіңіз',
          },
          survey,
        );
      const published: Survey = {
        ...survey,
        status: 'published',
        version: survey.version + 1,
        updatedAt: now,
        openedAnnouncedAt: survey.opensAt <= now ? now : null,
      };
      await this.surveys.update(manager, published);
      if (published.openedAnnouncedAt)
        await this.announce(manager, published, 'opened', questions.length, now);
      return this.view(manager, published, event, questions);
    });
  }

  /** Published → closed, now; announced as closed (a survey never opened is announced closed only). */
  async close(id: string): Promise<SurveyResponse> {
    return runInTransaction(this.dataSource, async (manager) => {
      const survey = await this.requireSurvey(manager, id, true);
      if (survey.status !== 'published')
        throw conflict(
          {
            en: `Only a published survey can be closed; this one is ${survey.status}`,
            ru: `Закрыть можно только опубликованный опрос; этот — ${survey.status}`,
            kk: `Тек жарияланған сауалнаманы жабуға болады; бұл — ${survey.status}`,
          },
          survey,
        );
      const event = await this.requireEvent(manager, survey.eventId);
      const now = new Date();
      const closed: Survey = {
        ...survey,
        status: 'closed',
        // Closing early ends the window now; a window not yet begun keeps its times.
        closesAt: survey.closesAt > now && survey.opensAt < now ? now : survey.closesAt,
        version: survey.version + 1,
        updatedAt: now,
        closedAnnouncedAt: now,
      };
      await this.surveys.update(manager, closed);
      const questions = (await this.surveys.questions(manager, [survey.id])).get(survey.id) ?? [];
      // An anonymous survey's last answers go out before its closing.
      await this.anonymousRelease.releaseAll(manager, survey.id, now);
      await this.announce(manager, closed, 'closed', questions.length, now);
      return this.view(manager, closed, event, questions);
    });
  }

  async delete(id: string): Promise<void> {
    await runInTransaction(this.dataSource, async (manager) => {
      const survey = await this.requireSurvey(manager, id, true);
      assertDraft(survey);
      await this.surveys.delete(manager, id);
    });
  }

  async get(id: string): Promise<SurveyResponse> {
    const manager = this.dataSource.manager;
    const survey = await this.requireSurvey(manager, id);
    return this.view(manager, survey, await this.requireEvent(manager, survey.eventId));
  }

  async list(query: SurveyQuery): Promise<Page<SurveyResponse>> {
    const manager = this.dataSource.manager;
    const event = await this.surveys.event(manager, query.eventId);
    if (!event) throw unknownEvent(query.eventId);
    const page = await this.surveys.list(manager, query.eventId, query);
    const ids = page.items.map((survey) => survey.id);
    const [questions, postTests] = await Promise.all([
      this.surveys.questions(manager, ids),
      this.surveys.postTestOf(manager, ids),
    ]);
    return {
      items: page.items.map((survey) =>
        toView(survey, event, questions.get(survey.id) ?? [], postTests.get(survey.id) ?? null),
      ),
      nextCursor: page.nextCursor,
    };
  }

  /** The survey, or 404: the controller checks its event's owner before anything else is done. */
  async find(id: string): Promise<Survey | null> {
    return this.surveys.find(this.dataSource.manager, id);
  }

  /**
   * Announces what is due at `now`: each published survey's opening once, and its closing once
   * (closing it). Returns how many announcements were written.
   */
  async announceDue(now = new Date(), batch = 100): Promise<number> {
    return runInTransaction(this.dataSource, async (manager) => {
      const due = await this.surveys.dueForAnnouncement(manager, now, batch);
      if (due.length === 0) return 0;
      const counts = await this.surveys.questions(
        manager,
        due.map((survey) => survey.id),
      );
      let written = 0;
      for (const survey of due) {
        const questionCount = counts.get(survey.id)?.length ?? 0;
        const next: Survey = { ...survey };
        if (!survey.openedAnnouncedAt && survey.opensAt <= now) {
          next.openedAnnouncedAt = now;
          await this.announce(manager, next, 'opened', questionCount, now);
          written += 1;
        }
        if (survey.closesAt <= now) {
          next.status = 'closed';
          next.closedAnnouncedAt = now;
          next.version = survey.version + 1;
          next.updatedAt = now;
          await this.anonymousRelease.releaseAll(manager, survey.id, now);
          await this.announce(manager, next, 'closed', questionCount, now);
          written += 1;
        }
        await this.surveys.update(manager, next);
      }
      return written;
    });
  }

  private async announce(
    manager: EntityManager,
    survey: Survey,
    what: 'opened' | 'closed',
    questionCount: number,
    now: Date,
  ): Promise<void> {
    const data: SurveyWindowV1 = {
      surveyId: survey.id,
      eventId: survey.eventId,
      purpose: survey.purpose,
      preTestId: survey.preTestId,
      scope: survey.scope,
      day: survey.day,
      sessionId: survey.sessionId,
      anonymous: survey.anonymous,
      opensAt: survey.opensAt.toISOString(),
      closesAt: survey.closesAt.toISOString(),
      questionCount,
      responseCount: await this.surveys.responseCount(manager, survey.id),
      occurredAt: now.toISOString(),
    };
    await this.outbox.append(manager, {
      topic: TOPICS.feedback,
      type: what === 'opened' ? EVENT_TYPES.surveyOpened : EVENT_TYPES.surveyClosed,
      subject: survey.id,
      data,
    });
  }

  private async createFrom(shape: Shape): Promise<SurveyResponse> {
    return runInTransaction(this.dataSource, async (manager) => {
      const event = await this.requireEvent(manager, shape.eventId);
      const zone = zoneOf(event);
      const errors: FieldProblem[] = [];
      const title = requireLanguages(shape.title, 'title', errors);
      const { first, last } = eventDayRange(event.startsAt, event.endsAt, zone);
      let scopeStart = event.startsAt;
      let scopeEnd = event.endsAt;
      if (shape.scope === 'day') {
        if (!shape.day) errors.push({ field: 'day', code: 'isDefined' });
        else if (!instantOfLocalTime(`${shape.day}T00:00`, zone))
          errors.push({ field: 'day', code: 'isDate' });
        else if (shape.day < first || shape.day > last) errors.push({ field: 'day', code: 'outsideEvent' });
        else {
          scopeStart = instantOfLocalTime(`${shape.day}T00:00`, zone) ?? scopeStart;
          scopeEnd = new Date(
            (instantOfLocalTime(`${shape.day}T00:00`, zone) ?? scopeStart).getTime() + DAY_MS,
          );
        }
      } else if (shape.day)
        errors.push({ field: 'day', code: 'notForType', args: [`scope: ${shape.scope}`] });
      if (shape.scope === 'session') {
        if (!shape.sessionId) errors.push({ field: 'sessionId', code: 'isDefined' });
        else {
          const session = await this.sessions.find(manager, shape.sessionId);
          if (!session || session.eventId !== shape.eventId)
            errors.push({ field: 'sessionId', code: 'unknownSession' });
          else {
            scopeStart = session.startsAt ?? scopeStart;
            scopeEnd = session.endsAt ?? scopeEnd;
          }
        }
      } else if (shape.sessionId)
        errors.push({ field: 'sessionId', code: 'notForType', args: [`scope: ${shape.scope}`] });
      // A knowledge test is taken on a day: the pre-test on the first, its post-test on the last.
      if (shape.purpose !== 'evaluation') {
        if (shape.scope !== 'day') errors.push({ field: 'scope', code: 'isIn', args: [['day']] });
        else if (shape.purpose === 'pre-test' && shape.day && shape.day !== first)
          errors.push({ field: 'day', code: 'preTestFirstDay', args: [first] });
      }
      const questions = toQuestions(shape.questions, shape.purpose, () => uuidv7(), errors);
      await this.checkSubjects(manager, shape.eventId, questions, errors);
      const dayLong = shape.scope === 'day';
      const opensAt = shape.opensAtLocal
        ? this.localInstant(shape.opensAtLocal, zone, 'opensAtLocal', errors)
        : (shape.opensAt ?? scopeStart);
      const closesAt = shape.closesAtLocal
        ? this.localInstant(shape.closesAtLocal, zone, 'closesAtLocal', errors)
        : (shape.closesAt ?? new Date(scopeEnd.getTime() + (dayLong ? 0 : DEFAULT_OPEN_DAYS_AFTER * DAY_MS)));
      if (opensAt && closesAt) this.checkWindow(event, opensAt, closesAt, errors);
      if (errors.length) throw validation(errors);
      const now = new Date();
      const survey: Survey = {
        id: uuidv7(),
        eventId: shape.eventId,
        organisationId: event.organisationId as string,
        title,
        purpose: shape.purpose,
        preTestId: shape.preTestId,
        scope: shape.scope,
        day: shape.scope === 'day' ? (shape.day as string) : null,
        sessionId: shape.scope === 'session' ? (shape.sessionId?.toLowerCase() as string) : null,
        anonymous: shape.anonymous,
        status: 'draft',
        opensAt: opensAt as Date,
        closesAt: closesAt as Date,
        minCellSize: shape.minCellSize,
        template: shape.template,
        version: 1,
        createdAt: now,
        updatedAt: now,
        openedAnnouncedAt: null,
        closedAnnouncedAt: null,
      };
      await this.surveys.insert(manager, survey);
      await this.surveys.replaceQuestions(manager, survey.id, questions);
      return toView(survey, event, questions, null);
    });
  }

  /** What a rating is about must be of this event: a session of it, a speaker of that session. */
  private async checkSubjects(
    manager: EntityManager,
    eventId: string,
    questions: readonly SurveyQuestion[],
    errors: FieldProblem[],
  ): Promise<void> {
    for (const [index, question] of questions.entries()) {
      const at = `questions[${index}]`;
      if (question.subjectSpeakerId && !question.subjectSessionId) {
        errors.push({ field: `${at}.subjectSessionId`, code: 'isDefined' });
        continue;
      }
      if (!question.subjectSessionId) continue;
      const session = await this.sessions.find(manager, question.subjectSessionId);
      if (!session || session.eventId !== eventId)
        errors.push({ field: `${at}.subjectSessionId`, code: 'unknownSession' });
      else if (question.subjectSpeakerId && !session.speakerIds.includes(question.subjectSpeakerId))
        errors.push({ field: `${at}.subjectSpeakerId`, code: 'speakerNotInSession' });
    }
  }

  private localInstant(local: string, zone: string, field: string, errors: FieldProblem[]): Date | null {
    const instant = instantOfLocalTime(local, zone);
    if (!instant) errors.push({ field, code: 'isDate' });
    return instant;
  }

  /** Opening before closing, and both within reach of the event (configurable, see the environment). */
  private checkWindow(event: SurveyEvent, opensAt: Date, closesAt: Date, errors: FieldProblem[]): void {
    const zone = zoneOf(event);
    const before = this.env.SURVEY_OPENS_WITHIN_DAYS_BEFORE_EVENT;
    const after = this.env.SURVEY_CLOSES_WITHIN_DAYS_AFTER_EVENT;
    const earliest = new Date(event.startsAt.getTime() - before * DAY_MS);
    const latest = new Date(event.endsAt.getTime() + after * DAY_MS);
    if (closesAt <= opensAt) errors.push({ field: 'closesAtLocal', code: 'surveyClosesBeforeOpens' });
    if (opensAt < earliest)
      errors.push({
        field: 'opensAtLocal',
        code: 'surveyOpensTooEarly',
        args: [localTimeOf(earliest, zone), before],
      });
    if (closesAt > latest)
      errors.push({
        field: 'closesAtLocal',
        code: 'surveyClosesTooLate',
        args: [localTimeOf(latest, zone), after],
      });
  }

  private async requireEvent(manager: EntityManager, eventId: string): Promise<SurveyEvent> {
    const event = await this.surveys.event(manager, eventId);
    if (!event) throw unknownEvent(eventId);
    return event;
  }

  private async requireSurvey(manager: EntityManager, id: string, lock = false): Promise<Survey> {
    const survey = await this.surveys.find(manager, id, { lock });
    if (!survey) throw surveyNotFound(id);
    return survey;
  }

  private async view(
    manager: EntityManager,
    survey: Survey,
    event: SurveyEvent,
    questions?: SurveyQuestion[],
  ): Promise<SurveyResponse> {
    const [held, postTests] = await Promise.all([
      questions ? Promise.resolve(undefined) : this.surveys.questions(manager, [survey.id]),
      this.surveys.postTestOf(manager, [survey.id]),
    ]);
    return toView(survey, event, questions ?? held?.get(survey.id) ?? [], postTests.get(survey.id) ?? null);
  }
}

function zoneOf(event: SurveyEvent): string {
  return event.timeZone ?? DEFAULT_TIME_ZONE;
}

function toInput(question: SurveyQuestion, keepId: boolean): QuestionInput {
  return {
    ...(keepId ? { id: question.id } : {}),
    kind: question.kind,
    required: question.required,
    prompt: question.prompt,
    ...(question.kind === 'rating'
      ? {
          scaleMin: question.scaleMin ?? undefined,
          scaleMax: question.scaleMax ?? undefined,
          minLabel: question.minLabel ?? undefined,
          maxLabel: question.maxLabel ?? undefined,
        }
      : {}),
    ...(question.options
      ? {
          options: question.options.map((option) => ({
            id: option.id,
            label: option.label,
            ...(question.scored ? { correct: option.correct === true } : {}),
          })),
        }
      : {}),
    ...(question.kind === 'text' ? { maxLength: question.maxLength ?? undefined } : {}),
    ...(question.subjectSessionId ? { subjectSessionId: question.subjectSessionId } : {}),
    ...(question.subjectSpeakerId ? { subjectSpeakerId: question.subjectSpeakerId } : {}),
    ...(question.options ? { scored: question.scored } : {}),
  };
}

export function toView(
  survey: Survey,
  event: SurveyEvent,
  questions: readonly SurveyQuestion[],
  postTestId: string | null,
): SurveyResponse {
  const zone = zoneOf(event);
  return {
    id: survey.id,
    eventId: survey.eventId,
    title: multilingual(survey.title),
    purpose: survey.purpose,
    preTestId: survey.preTestId,
    postTestId,
    scope: survey.scope,
    day: survey.day,
    sessionId: survey.sessionId,
    anonymous: survey.anonymous,
    status: survey.status,
    timeZone: zone,
    opensAt: survey.opensAt,
    opensAtLocal: localTimeOf(survey.opensAt, zone),
    closesAt: survey.closesAt,
    closesAtLocal: localTimeOf(survey.closesAt, zone),
    minCellSize: survey.minCellSize,
    template: survey.template,
    questions: questions.map((question, index) => ({ ...question, position: index + 1 })),
    version: survey.version,
    createdAt: survey.createdAt,
    updatedAt: survey.updatedAt,
  };
}

function validation(errors: FieldProblem[]): ProblemException {
  return new ProblemException('validation', { errors });
}

function assertDraft(survey: Survey): void {
  if (survey.status !== 'draft')
    throw conflict(
      {
        en: `The survey is ${survey.status}: only a draft can be changed or deleted (copy it to start a new one)`,
        ru: `Опрос в статусе ${survey.status}: изменить или удалить можно только черновик (скопируйте его, чтобы начать новый)`,
        kk: `Сауалнама ${survey.status} күйінде: тек жобаны өзгертуге не жоюға болады (жаңасын бастау үшін оны көшіріңіз)`,
      },
      survey,
    );
}

function conflict(detail: Record<'en' | 'ru' | 'kk', string>, survey: Survey): ProblemException {
  return new ProblemException('conflict', {
    detail,
    extensions: { surveyId: survey.id, status: survey.status },
  });
}

function postTestExists(preTest: Survey, postTestId: string | null): ProblemException {
  return new ProblemException('conflict', {
    detail: {
      en: 'This pre-test already has its post-test',
      ru: 'У этого входного теста уже есть выходной',
      kk: 'Бұл кіріс тестінің шығыс тесті бар',
    },
    extensions: { surveyId: preTest.id, postTestId },
  });
}

export function surveyNotFound(id: string): ProblemException {
  return new ProblemException('not-found', {
    detail: {
      en: `No survey ${id}`,
      ru: `Опрос ${id} не найден`,
      kk: `${id} сауалнамасы табылмады`,
    },
  });
}

function unknownEvent(eventId: string): ProblemException {
  return new ProblemException('not-found', {
    detail: {
      en: `No published event ${eventId}`,
      ru: `Опубликованное мероприятие ${eventId} не найдено`,
      kk: `${eventId} жарияланған іс-шарасы табылмады`,
    },
    errors: [{ field: 'eventId', code: 'unknownEvent' }],
  });
}
