import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { EVENT_TYPES, TOPICS, type FeedbackSubmittedV1 } from '@jiyn/contracts';
import { OutboxWriter, uuidv7 } from '@jiyn/messaging';
import type { Page } from '@jiyn/persistence';
import { ProblemException } from '@jiyn/problems';
import { EventProjectionRepository } from '../event-projection/event-projection.repository';
import { SessionProjectionRepository } from '../session-projection/session-projection.repository';
import type { FeedbackQuery } from './dto/feedback-query';
import type { SubmitFeedbackDto } from './dto/submit-feedback.dto';
import { FeedbackEntity } from './feedback.entity';
import { FeedbackRepository, type FeedbackSummary } from './feedback.repository';
import { runInTransaction } from '@jiyn/persistence';

@Injectable()
export class FeedbackService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly feedback: FeedbackRepository,
    private readonly events: EventProjectionRepository,
    private readonly sessions: SessionProjectionRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  /** A session of this very event that takes place: feedback on anything else would skew its ratings. */
  private async assertSessionOfEvent(manager: EntityManager, sessionId: string, eventId: string) {
    const session = await this.sessions.find(manager, sessionId);
    if (!session || session.eventId !== eventId) {
      throw new ProblemException('not-found', {
        detail: {
          en: `No session ${sessionId} in event ${eventId}`,
          ru: `Сессия ${sessionId} не найдена в мероприятии ${eventId}`,
          kk: `${eventId} іс-шарасында ${sessionId} сессиясы табылмады`,
        },
        errors: [{ field: 'sessionId', code: 'unknownSession' }],
      });
    }
    if (session.status === 'cancelled') {
      throw new ProblemException('conflict', {
        detail: {
          en: 'The session was cancelled: it takes no feedback',
          ru: 'Сессия отменена: отзывы о ней не принимаются',
          kk: 'Сессия болдырылмады: ол туралы пікір қабылданбайды',
        },
        extensions: { sessionId },
      });
    }
  }

  async submit(dto: SubmitFeedbackDto): Promise<FeedbackEntity> {
    const feedback = Object.assign(new FeedbackEntity(), {
      id: uuidv7(),
      eventId: dto.eventId,
      sessionId: dto.sessionId ?? null,
      rating: dto.rating,
      comment: dto.comment?.trim() || null,
      language: dto.language ?? null,
      version: 1,
      createdAt: new Date(),
    });
    await runInTransaction(this.dataSource, async (manager) => {
      if (!(await this.events.exists(manager, dto.eventId))) {
        throw new ProblemException('not-found', {
          detail: {
            en: `No published event ${dto.eventId}`,
            ru: `Опубликованное мероприятие ${dto.eventId} не найдено`,
            kk: `${dto.eventId} жарияланған іс-шарасы табылмады`,
          },
          errors: [{ field: 'eventId', code: 'unknownEvent' }],
        });
      }
      if (dto.sessionId) await this.assertSessionOfEvent(manager, dto.sessionId, dto.eventId);
      await this.feedback.insert(manager, feedback);
      // The comment stays here: free text may name people.
      const data: FeedbackSubmittedV1 = {
        feedbackId: feedback.id,
        eventId: feedback.eventId,
        sessionId: feedback.sessionId,
        version: feedback.version,
        rating: feedback.rating,
        occurredAt: feedback.createdAt.toISOString(),
      };
      await this.outbox.append(manager, {
        topic: TOPICS.feedback,
        type: EVENT_TYPES.feedbackSubmitted,
        subject: feedback.id,
        data,
      });
    });
    return feedback;
  }

  list(query: FeedbackQuery): Promise<Page<FeedbackEntity>> {
    return this.feedback.list(query);
  }

  summary(query: FeedbackQuery): Promise<FeedbackSummary> {
    return this.feedback.summary(query.eventId, query.sessionId);
  }
}
