import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ProblemException } from '@jiyn/problems';
import {
  EventProjectionRepository,
  type KnownEvent,
} from '../../event-projection/event-projection.repository';
import type { PutCallDto } from './call.dto';
import { callContentOf, sameReviewScale, type Call, type CallContent } from './call.model';
import { CallsRepository } from './calls.repository';
import { runInTransaction } from '@jiyn/persistence';

@Injectable()
export class CallsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly calls: CallsRepository,
    private readonly events: EventProjectionRepository,
  ) {}

  /**
   * Sets an event's call. Its review criteria and scale are fixed once a proposal has been reviewed:
   * changing them would change what existing scores mean. A PUT that changes nothing keeps the version.
   */
  put(eventId: string, dto: PutCallDto): Promise<{ call: Call; created: boolean }> {
    const content = callContentOf(dto);
    return runInTransaction(this.dataSource, async (manager) => {
      if (!(await this.events.find(manager, eventId))) throw unknownEvent(eventId);
      const current = await this.calls.findForUpdate(manager, eventId);
      if (current && sameContent(current, content)) return { call: current, created: false };
      if (current && !sameReviewScale(current, content) && (await this.calls.hasReviews(manager, eventId))) {
        throw new ProblemException('conflict', {
          detail: {
            en: 'Proposals have been reviewed: the review criteria, their weights and the score scale can no longer change',
            ru: 'Заявки уже оценивались: критерии, их веса и шкалу оценок менять нельзя',
            kk: 'Өтінімдер бағаланып қойған: критерийлерді, салмақтарын және баға шкаласын өзгертуге болмайды',
          },
        });
      }
      return { call: await this.calls.upsert(manager, eventId, content, new Date()), created: !current };
    });
  }

  async get(eventId: string): Promise<Call> {
    const call = await this.calls.find(eventId);
    if (!call) throw callNotFound(eventId);
    return call;
  }

  /** The call with the event it belongs to (its time zone names deadlines). */
  async withEvent(eventId: string): Promise<{ call: Call; event: KnownEvent }> {
    const call = await this.get(eventId);
    const event = await this.events.find(this.dataSource.manager, eventId);
    if (!event) throw unknownEvent(eventId);
    return { call, event };
  }
}

function sameContent(call: Call, content: CallContent): boolean {
  const { eventId: _e, version: _v, createdAt: _c, updatedAt: _u, ...stored } = call;
  return canonical(normalise(stored)) === canonical(normalise(content));
}

function normalise(content: CallContent) {
  return { ...content, opensAt: content.opensAt.getTime(), closesAt: content.closesAt.getTime() };
}

/** JSON with object keys sorted: PostgreSQL's jsonb does not keep the order keys were written in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

export function callNotFound(eventId: string): ProblemException {
  return new ProblemException('not-found', {
    detail: {
      en: `Event ${eventId} has no call for proposals`,
      ru: `У мероприятия ${eventId} нет приёма заявок`,
      kk: `${eventId} іс-шарасында өтінім қабылдау жоқ`,
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
  });
}
