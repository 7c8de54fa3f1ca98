import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { pageInCreationOrder, queryRows, type Page } from '@jiyn/persistence';
import type { FeedbackQuery } from './dto/feedback-query';
import { FeedbackEntity } from './feedback.entity';

export interface FeedbackSummary {
  responses: number;
  averageRating: number | null;
  distribution: Record<'1' | '2' | '3' | '4' | '5', number>;
}

@Injectable()
export class FeedbackRepository {
  constructor(private readonly dataSource: DataSource) {}

  insert(manager: EntityManager, feedback: FeedbackEntity): Promise<unknown> {
    return manager.insert(FeedbackEntity, feedback);
  }

  list(query: FeedbackQuery): Promise<Page<FeedbackEntity>> {
    const builder = this.dataSource.manager
      .createQueryBuilder(FeedbackEntity, 'f')
      .where('f.event_id = :eventId', { eventId: query.eventId });
    if (query.sessionId) builder.andWhere('f.session_id = :sessionId', { sessionId: query.sessionId });
    return pageInCreationOrder(builder, 'f', query);
  }

  async summary(eventId: string, sessionId?: string): Promise<FeedbackSummary> {
    const rows = await queryRows<{ rating: number; n: number }>(
      this.dataSource.manager,
      `SELECT rating, count(*)::int AS n FROM feedback.feedback
        WHERE event_id = $1 AND ($2::uuid IS NULL OR session_id = $2::uuid) GROUP BY rating`,
      [eventId, sessionId ?? null],
    );
    const distribution = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };
    let responses = 0;
    let total = 0;
    for (const { rating, n } of rows) {
      distribution[String(rating) as keyof typeof distribution] = n;
      responses += n;
      total += rating * n;
    }
    return {
      responses,
      averageRating: responses ? Math.round((total / responses) * 100) / 100 : null,
      distribution,
    };
  }
}
