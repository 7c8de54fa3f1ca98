import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { decodeTimestampCursor, queryRows, toPage, type Page } from '@jiyn/persistence';
import type { CoSpeakerState, Proposal, ProposalSpeaker, ProposalStatus } from './proposal.model';

interface ProposalRow {
  id: string;
  event_id: string;
  title: Proposal['title'];
  abstract: Proposal['abstract'];
  type: Proposal['type'];
  track_id: string | null;
  duration_minutes: number;
  language: Proposal['language'];
  answers: Proposal['answers'];
  status: ProposalStatus;
  submitted_by: Proposal['submittedBy'];
  version: number;
  decided_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

function toProposal(row: ProposalRow): Proposal {
  return {
    id: row.id,
    eventId: row.event_id,
    title: row.title,
    abstract: row.abstract,
    type: row.type,
    trackId: row.track_id,
    durationMinutes: row.duration_minutes,
    language: row.language,
    answers: row.answers,
    status: row.status,
    submittedBy: row.submitted_by,
    version: row.version,
    decidedAt: row.decided_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export interface NewProposalSpeaker {
  speakerId: string;
  role: 'primary' | 'co-speaker';
  state: CoSpeakerState;
}

/** Proposals and who speaks on them. */
@Injectable()
export class ProposalsRepository {
  constructor(private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  async insert(manager: EntityManager, proposal: Proposal, speakers: NewProposalSpeaker[]): Promise<void> {
    await queryRows(
      manager,
      `INSERT INTO speakers.proposals (id, event_id, title, abstract, type, track_id, duration_minutes, language,
         answers, status, submitted_by, version, decided_at, created_at, updated_at)
       VALUES ($1, $2, $3::jsonb, $4::jsonb, $5, $6, $7, $8, $9::jsonb, $10, $11, $12, $13, $14, $15)`,
      [
        proposal.id,
        proposal.eventId,
        JSON.stringify(proposal.title),
        JSON.stringify(proposal.abstract),
        proposal.type,
        proposal.trackId,
        proposal.durationMinutes,
        proposal.language,
        JSON.stringify(proposal.answers),
        proposal.status,
        proposal.submittedBy,
        proposal.version,
        proposal.decidedAt,
        proposal.createdAt,
        proposal.updatedAt,
      ],
    );
    for (const [position, speaker] of speakers.entries()) {
      await queryRows(
        manager,
        `INSERT INTO speakers.proposal_speakers (proposal_id, speaker_id, position, role, state, responded_at)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [
          proposal.id,
          speaker.speakerId,
          position,
          speaker.role,
          speaker.state,
          speaker.state === 'confirmed' ? proposal.createdAt : null,
        ],
      );
    }
  }

  async countInEvent(manager: EntityManager, eventId: string): Promise<number> {
    const rows = await queryRows<{ n: number }>(
      manager,
      `SELECT count(*)::int AS n FROM speakers.proposals WHERE event_id = $1`,
      [eventId],
    );
    return rows[0]?.n ?? 0;
  }

  async find(id: string, manager: EntityManager = this.manager): Promise<Proposal | null> {
    const rows = await queryRows<ProposalRow>(manager, `SELECT * FROM speakers.proposals WHERE id = $1`, [
      id,
    ]);
    return rows[0] ? toProposal(rows[0]) : null;
  }

  async findForUpdate(manager: EntityManager, id: string): Promise<Proposal | null> {
    const rows = await queryRows<ProposalRow>(
      manager,
      `SELECT * FROM speakers.proposals WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0] ? toProposal(rows[0]) : null;
  }

  /** Locks the event's proposals among `ids`, in id order so concurrent batches cannot deadlock. */
  async lockInEvent(manager: EntityManager, eventId: string, ids: string[]): Promise<Proposal[]> {
    const rows = await queryRows<ProposalRow>(
      manager,
      `SELECT * FROM speakers.proposals WHERE event_id = $1 AND id = ANY($2::uuid[]) ORDER BY id FOR UPDATE`,
      [eventId, ids],
    );
    return rows.map(toProposal);
  }

  /** Sets the status (and the decision time for a decision) with the next version. */
  async setStatus(manager: EntityManager, id: string, status: ProposalStatus, at: Date): Promise<Proposal> {
    const decided = status === 'accepted' || status === 'rejected';
    const rows = await queryRows<ProposalRow>(
      manager,
      `UPDATE speakers.proposals
          SET status = $2, version = version + 1, updated_at = $3, decided_at = CASE WHEN $4 THEN $3 ELSE decided_at END
        WHERE id = $1
        RETURNING *`,
      [id, status, at, decided],
    );
    return toProposal(rows[0] as ProposalRow);
  }

  async setSpeakerState(
    manager: EntityManager,
    proposalId: string,
    speakerId: string,
    state: CoSpeakerState,
    at: Date,
  ): Promise<void> {
    await queryRows(
      manager,
      `UPDATE speakers.proposal_speakers SET state = $3, responded_at = $4
        WHERE proposal_id = $1 AND speaker_id = $2 RETURNING proposal_id`,
      [proposalId, speakerId, state, at],
    );
  }

  /** The speakers of the given proposals, in their order, with the profile fields views pick from. */
  async speakersOf(
    proposalIds: string[],
    manager: EntityManager = this.manager,
  ): Promise<Map<string, ProposalSpeaker[]>> {
    const rows = await queryRows<{
      proposal_id: string;
      speaker_id: string;
      position: number;
      role: ProposalSpeaker['role'];
      state: CoSpeakerState;
      responded_at: Date | null;
      full_name: ProposalSpeaker['fullName'];
      organisation: ProposalSpeaker['organisation'];
      job_title: ProposalSpeaker['jobTitle'];
      email: string | null;
    }>(
      manager,
      `SELECT ps.proposal_id, ps.speaker_id, ps.position, ps.role, ps.state, ps.responded_at,
              s.full_name, s.organisation, s.position AS job_title, s.email
         FROM speakers.proposal_speakers ps JOIN speakers.speakers s ON s.id = ps.speaker_id
        WHERE ps.proposal_id = ANY($1::uuid[])
        ORDER BY ps.proposal_id, ps.position`,
      [proposalIds],
    );
    const byProposal = new Map<string, ProposalSpeaker[]>(proposalIds.map((id) => [id, []]));
    for (const row of rows) {
      byProposal.get(row.proposal_id)?.push({
        proposalId: row.proposal_id,
        speakerId: row.speaker_id,
        position: row.position,
        role: row.role,
        state: row.state,
        respondedAt: row.responded_at,
        fullName: row.full_name,
        organisation: row.organisation,
        jobTitle: row.job_title,
        email: row.email,
      });
    }
    return byProposal;
  }

  /** One page of an event's proposals in submission order, optionally of one status (or excluding one). */
  async page(
    eventId: string,
    options: { status?: string; excludeStatus?: string; cursor?: string; limit?: number },
  ): Promise<Page<Proposal>> {
    const limit = options.limit ?? 50;
    const after = decodeTimestampCursor(options.cursor);
    const params: unknown[] = [eventId, limit + 1];
    const where = ['event_id = $1'];
    if (options.status) where.push(`status = $${params.push(options.status)}`);
    if (options.excludeStatus) where.push(`status <> $${params.push(options.excludeStatus)}`);
    if (after)
      where.push(
        `(created_at, id) > ($${params.push(after.key)}::timestamptz, $${params.push(after.id)}::uuid)`,
      );
    const rows = await queryRows<ProposalRow>(
      this.manager,
      `SELECT * FROM speakers.proposals WHERE ${where.join(' AND ')} ORDER BY created_at, id LIMIT $2`,
      params,
    );
    return toPage(rows.map(toProposal), limit, (row) => ({ key: row.createdAt.toISOString(), id: row.id }));
  }

  /** Every proposal of an event that was not withdrawn, in submission order (a ranking needs them all). */
  async undrawn(eventId: string): Promise<Proposal[]> {
    const rows = await queryRows<ProposalRow>(
      this.manager,
      `SELECT * FROM speakers.proposals WHERE event_id = $1 AND status <> 'withdrawn' ORDER BY created_at, id`,
      [eventId],
    );
    return rows.map(toProposal);
  }

  /** A speaker's proposals (as primary or co-speaker), newest first, one page. */
  async pageOfSpeaker(speakerId: string, cursor: string | undefined, limit = 50): Promise<Page<Proposal>> {
    const after = decodeTimestampCursor(cursor);
    const params: unknown[] = [speakerId, limit + 1];
    const where = ['ps.speaker_id = $1'];
    if (after)
      where.push(
        `(p.created_at, p.id) > ($${params.push(after.key)}::timestamptz, $${params.push(after.id)}::uuid)`,
      );
    const rows = await queryRows<ProposalRow>(
      this.manager,
      `SELECT p.* FROM speakers.proposals p JOIN speakers.proposal_speakers ps ON ps.proposal_id = p.id
        WHERE ${where.join(' AND ')} ORDER BY p.created_at, p.id LIMIT $2`,
      params,
    );
    return toPage(rows.map(toProposal), limit, (row) => ({ key: row.createdAt.toISOString(), id: row.id }));
  }
}
