import { Controller, Logger } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { EVENT_TYPES, type ProposalChangedV1 } from '@jiyn/contracts';
import type { Multilingual } from '@jiyn/kz';
import { InboxContext, PermanentEventError } from '@jiyn/messaging';
import { queryRows } from '@jiyn/persistence';
import { ProblemException } from '@jiyn/problems';
import { EventsRepository } from '../../events/events.repository';
import { ProgrammeRepository } from '../programme.repository';
import { ProgrammeSessionsService } from '../sessions/programme-sessions.service';

/**
 * An accepted proposal (proposal.accepted from the speakers service) becomes an unscheduled draft
 * session of its event: its title, abstract, type, language, duration and speakers, and its track
 * when that track is one of the event's. One session per proposal, however often the event
 * arrives (a unique proposal_id backs the check). The session is created the way organisers create
 * sessions, so session.created follows.
 */
@Controller()
export class ProposalAcceptedHandler {
  private readonly logger = new Logger(ProposalAcceptedHandler.name);

  constructor(
    private readonly sessions: ProgrammeSessionsService,
    private readonly programme: ProgrammeRepository,
    private readonly events: EventsRepository,
  ) {}

  @EventPattern([EVENT_TYPES.proposalAccepted], { group: 'sessions.accepted-proposals' })
  async apply(@Payload() proposal: ProposalChangedV1, @Ctx() context: InboxContext): Promise<void> {
    const { manager } = context;
    const owner = await this.events.findByIdForUpdate(manager, proposal.eventId);
    if (!owner)
      throw new PermanentEventError(
        `proposal ${proposal.proposalId} names unknown event ${proposal.eventId}`,
      );
    if (owner.status === 'cancelled' || owner.status === 'archived') {
      this.logger.warn(
        `proposal ${proposal.proposalId} accepted for ${owner.status} event ${owner.id}: no session`,
      );
      return;
    }
    // The event row is locked above, so a second delivery waits here and then finds the session.
    const existing = await queryRows(
      manager,
      `SELECT id FROM sessions.programme_sessions WHERE proposal_id = $1`,
      [proposal.proposalId],
    );
    if (existing.length) return;
    const trackId =
      proposal.trackId && (await this.programme.track(proposal.eventId, proposal.trackId, manager))
        ? proposal.trackId
        : null;
    try {
      await this.sessions.createWithin(
        manager,
        proposal.eventId,
        {
          title: { ...proposal.title } as Multilingual,
          abstract: { ...(proposal.abstract ?? {}) } as Multilingual,
          type: proposal.type,
          language: proposal.language,
          trackId,
          speakerIds: [...new Set(proposal.speakerIds)],
          status: 'draft',
        },
        { proposalId: proposal.proposalId, durationMinutes: proposal.durationMinutes },
      );
    } catch (error) {
      // A refusal (a blank title, a full programme) will not change on retry.
      if (error instanceof ProblemException)
        throw new PermanentEventError(
          `proposal ${proposal.proposalId} cannot become a session: ${error.problemType}`,
        );
      throw error;
    }
  }
}
