import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { EVENT_TYPES, TOPICS, type EventType } from '@jiyn/contracts';
import type { Multilingual } from '@jiyn/kz';
import { OutboxWriter, uuidv7 } from '@jiyn/messaging';
import { type Page, queryRows, runInTransaction } from '@jiyn/persistence';
import { ProblemException, type FieldProblem } from '@jiyn/problems';
import { EventProjectionRepository } from '../event-projection/event-projection.repository';
import { SpeakerAccessService } from '../speaker-access';
import { SpeakersService } from '../speakers/speakers.service';
import { checkAnswers, normaliseAnswers } from './answers';
import { assertCallOpen, type Call } from './call/call.model';
import { CallsRepository } from './call/calls.repository';
import { callNotFound } from './call/calls.service';
import { proposalNotFound, proposalNotOpen } from './proposal-problems';
import type { ProposalDecisionsDto, ProposalSpeakerDto, SubmitProposalDto } from './proposal.dto';
import {
  UNDECIDED,
  proposalChanged,
  type CoSpeakerState,
  type Proposal,
  type ProposalSpeaker,
} from './proposal.model';
import { ProposalsRepository, type NewProposalSpeaker } from './proposals.repository';

export const MAX_PROPOSALS_PER_EVENT = 2_000;
const MAX_TITLE_LENGTH = 500;

/** What a submission carries apart from its speakers. */
export type ProposalContent = Omit<SubmitProposalDto, 'coSpeakers' | 'eventId'>;

export interface SubmittedProposal {
  proposal: Proposal;
  speakers: ProposalSpeaker[];
  /** Links for the new speakers the proposal named: shown once, to be passed on to them. */
  invitations: { speakerId: string; url: string; expiresAt: string }[];
}

export type Decision = 'accepted' | 'rejected';

@Injectable()
export class ProposalsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly proposals: ProposalsRepository,
    private readonly calls: CallsRepository,
    private readonly events: EventProjectionRepository,
    private readonly speakers: SpeakersService,
    private readonly access: SpeakerAccessService,
    private readonly outbox: OutboxWriter,
  ) {}

  /**
   * Submits a proposal to an event's call, while the call is open. The first speaker is the primary
   * one (confirmed); the others are invited co-speakers, each sent an invitation by e-mail
   * (speaker.invitation.issued) to confirm or decline. A person named by name and e-mail gets a
   * speaker profile and an invitation link. Everything happens in one transaction, with
   * proposal.submitted in the outbox: a refused submission leaves nothing behind.
   */
  submit(
    eventId: string,
    content: ProposalContent,
    primary: ProposalSpeakerDto,
    coSpeakers: ProposalSpeakerDto[],
    submittedBy: Proposal['submittedBy'],
    speakersField: { primary: string; coSpeakers: (index: number) => string },
  ): Promise<SubmittedProposal> {
    return runInTransaction(this.dataSource, async (manager) => {
      // The call's row lock orders submissions of one event (the per-event limit holds) and keeps
      // the rules from changing under a submission.
      const call = await this.calls.findForUpdate(manager, eventId);
      if (!call) throw callNotFound(eventId);
      const event = await this.events.find(manager, eventId);
      assertCallOpen(call, event?.timeZone ?? 'UTC', new Date());

      // Speakers belong to the event's organisation: new ones join it, and an organiser may name
      // only its own (another organisation's id is as unknown as a made-up one). A speaker
      // submitting with their token may answer any open call.
      const organisationId = event?.organisationId ?? null;
      const named = [
        { dto: primary, field: speakersField.primary, anyOrganisation: submittedBy === 'speaker' },
        ...coSpeakers.map((dto, index) => ({
          dto,
          field: speakersField.coSpeakers(index),
          anyOrganisation: false,
        })),
      ];
      const problems = [
        ...contentProblems(call, content),
        ...(await this.speakerProblems(manager, named, organisationId)),
      ];
      if (problems.length) throw new ProblemException('validation', { errors: problems });
      if ((await this.proposals.countInEvent(manager, eventId)) >= MAX_PROPOSALS_PER_EVENT) {
        throw new ProblemException('conflict', {
          detail: `An event takes at most ${MAX_PROPOSALS_PER_EVENT} proposals`,
        });
      }

      const invitations: SubmittedProposal['invitations'] = [];
      const onProposal: NewProposalSpeaker[] = [];
      for (const [index, { dto }] of named.entries()) {
        let speakerId = dto.speakerId?.toLowerCase();
        if (!speakerId) {
          const created = await this.speakers.createWithin(
            manager,
            { fullName: dto.fullName as Multilingual, email: dto.email },
            organisationId,
          );
          speakerId = created.id;
          const invitation = await this.access.issueInvitation(manager, 'speaker', speakerId);
          invitations.push({ speakerId, url: invitation.url, expiresAt: invitation.expiresAt.toISOString() });
        }
        onProposal.push(
          index === 0
            ? { speakerId, role: 'primary', state: 'confirmed' }
            : { speakerId, role: 'co-speaker', state: 'invited' },
        );
      }

      const now = new Date();
      const proposal: Proposal = {
        id: uuidv7(),
        eventId,
        title: trimmed(content.title),
        abstract: trimmed(content.abstract),
        type: content.type,
        trackId: content.trackId?.toLowerCase() ?? null,
        durationMinutes: content.durationMinutes,
        language: content.language,
        answers: normaliseAnswers(call.questions, content.answers ?? {}),
        status: 'submitted',
        submittedBy,
        version: 1,
        decidedAt: null,
        createdAt: now,
        updatedAt: now,
      };
      await this.proposals.insert(manager, proposal, onProposal);
      // Each co-speaker is asked by e-mail to confirm or decline, with a link that signs them in.
      for (const { speakerId } of onProposal.filter((speaker) => speaker.role === 'co-speaker')) {
        await this.access.issueMailedInvitation(manager, {
          speakerId,
          organisationId,
          coSpeakerOf: { proposalId: proposal.id, eventId },
        });
      }
      const speakers = (await this.proposals.speakersOf([proposal.id], manager)).get(proposal.id) ?? [];
      await this.announce(manager, EVENT_TYPES.proposalSubmitted, proposal, speakers);
      return { proposal, speakers, invitations };
    });
  }

  /**
   * Existing speakers must exist (and not be deleted), belong to the event's organisation (unless
   * `anyOrganisation`) and appear once; new ones need a name and an e-mail.
   */
  private async speakerProblems(
    manager: EntityManager,
    named: { dto: ProposalSpeakerDto; field: string; anyOrganisation: boolean }[],
    organisationId: string | null,
  ): Promise<FieldProblem[]> {
    const problems: FieldProblem[] = [];
    const ids = named.map(({ dto }) => dto.speakerId?.toLowerCase()).filter((id): id is string => !!id);
    const owners = new Map(
      (
        await queryRows<{ id: string; organisation_id: string | null }>(
          manager,
          `SELECT id, organisation_id FROM speakers.speakers WHERE id = ANY($1::uuid[]) AND deleted_at IS NULL`,
          [ids],
        )
      ).map((row) => [row.id, row.organisation_id]),
    );
    const seen = new Set<string>();
    for (const { dto, field, anyOrganisation } of named) {
      const known = {
        has: (id: string) =>
          owners.has(id) &&
          (anyOrganisation || (organisationId !== null && owners.get(id) === organisationId)),
      };
      const isNew = dto.fullName !== undefined || dto.email !== undefined;
      if (dto.speakerId ? isNew : !(dto.fullName && dto.email)) {
        problems.push({ field, code: 'speakerOrNewSpeaker' });
        continue;
      }
      if (dto.speakerId) {
        const id = dto.speakerId.toLowerCase();
        if (!known.has(id)) problems.push({ field: `${field}.speakerId`, code: 'unknownSpeaker' });
        else if (seen.has(id)) problems.push({ field: `${field}.speakerId`, code: 'duplicateSpeaker' });
        seen.add(id);
      } else if (!Object.values(dto.fullName ?? {}).some((name) => name?.trim())) {
        problems.push({
          field: `${field}.fullName`,
          code: 'multilingualRequired',
          args: [['kk', 'ru', 'en']],
        });
      }
    }
    return problems;
  }

  /** The primary speaker withdraws their proposal; once decided it can no longer be withdrawn. */
  withdraw(
    speakerId: string,
    proposalId: string,
  ): Promise<{ proposal: Proposal; speakers: ProposalSpeaker[] }> {
    return runInTransaction(this.dataSource, async (manager) => {
      const { proposal, speakers, me } = await this.lockAsSpeaker(manager, speakerId, proposalId);
      if (me.role !== 'primary') {
        throw new ProblemException('forbidden', {
          detail: {
            en: 'Only the primary speaker can withdraw a proposal; a co-speaker can decline',
            ru: 'Отозвать заявку может только основной спикер; соспикер может отказаться',
            kk: 'Өтінімді тек негізгі спикер кері қайтара алады; қосымша спикер бас тарта алады',
          },
        });
      }
      if (!UNDECIDED.includes(proposal.status))
        throw proposalNotOpen(proposal.status, {
          en: 'it can no longer be withdrawn',
          ru: 'её больше нельзя отозвать',
          kk: 'оны енді кері қайтаруға болмайды',
        });
      const withdrawn = await this.proposals.setStatus(manager, proposal.id, 'withdrawn', new Date());
      await this.announce(manager, EVENT_TYPES.proposalWithdrawn, withdrawn, speakers);
      return { proposal: withdrawn, speakers };
    });
  }

  /** A co-speaker confirms or declines, while the proposal is undecided. */
  respond(
    speakerId: string,
    proposalId: string,
    state: Exclude<CoSpeakerState, 'invited'>,
  ): Promise<{ proposal: Proposal; speakers: ProposalSpeaker[] }> {
    return runInTransaction(this.dataSource, async (manager) => {
      const { proposal, me } = await this.lockAsSpeaker(manager, speakerId, proposalId);
      if (me.role === 'primary') {
        throw new ProblemException('conflict', {
          detail: {
            en: 'The primary speaker does not confirm or decline: they can withdraw the proposal',
            ru: 'Основной спикер не подтверждает и не отклоняет участие: он может отозвать заявку',
            kk: 'Негізгі спикер растамайды да, бас тартпайды да: ол өтінімді кері қайтара алады',
          },
        });
      }
      if (!UNDECIDED.includes(proposal.status))
        throw proposalNotOpen(proposal.status, {
          en: 'co-speakers can no longer answer',
          ru: 'соспикеры больше не могут ответить',
          kk: 'қосымша спикерлер енді жауап бере алмайды',
        });
      if (me.state !== state)
        await this.proposals.setSpeakerState(manager, proposal.id, speakerId, state, new Date());
      const speakers = (await this.proposals.speakersOf([proposal.id], manager)).get(proposal.id) ?? [];
      return { proposal, speakers };
    });
  }

  /**
   * What a co-speaker's invitation mail says about its proposal: title, event and the primary
   * speaker's public name. 409 (with `reason`) when there is nothing left to answer: the proposal
   * was decided or withdrawn (`proposal-closed`), or the co-speaker has answered (`answered`).
   */
  async coSpeakerInvitation(
    proposalId: string,
    speakerId: string,
  ): Promise<{ proposalId: string; eventId: string; title: Multilingual; primarySpeakerName: Multilingual }> {
    const { proposal, speakers } = await this.getForSpeaker(speakerId, proposalId);
    const me = speakers.find((speaker) => speaker.speakerId === speakerId);
    if (!UNDECIDED.includes(proposal.status)) {
      throw new ProblemException('conflict', {
        detail: {
          en: `The proposal is ${proposal.status}: there is nothing to confirm or decline`,
          ru: `Заявка в статусе ${proposal.status}: подтверждать или отклонять нечего`,
          kk: `Өтінім ${proposal.status} күйінде: растайтын немесе бас тартатын ештеңе жоқ`,
        },
        extensions: { reason: 'proposal-closed' },
      });
    }
    if (me?.state !== 'invited') {
      throw new ProblemException('conflict', {
        detail: {
          en: 'The co-speaker has already answered',
          ru: 'Соспикер уже ответил',
          kk: 'Қосымша спикер жауап беріп қойған',
        },
        extensions: { reason: 'answered' },
      });
    }
    const primary = speakers.find((speaker) => speaker.role === 'primary');
    return {
      proposalId: proposal.id,
      eventId: proposal.eventId,
      title: proposal.title,
      primarySpeakerName: primary?.fullName ?? {},
    };
  }

  /** Locks a proposal the speaker is on; one they are not on does not exist for them (404). */
  private async lockAsSpeaker(manager: EntityManager, speakerId: string, proposalId: string) {
    const proposal = await this.proposals.findForUpdate(manager, proposalId);
    const speakers = proposal
      ? ((await this.proposals.speakersOf([proposal.id], manager)).get(proposal.id) ?? [])
      : [];
    const me = speakers.find((speaker) => speaker.speakerId === speakerId);
    if (!proposal || !me) throw proposalNotFound(proposalId);
    return { proposal, speakers, me };
  }

  async getForSpeaker(
    speakerId: string,
    proposalId: string,
  ): Promise<{ proposal: Proposal; speakers: ProposalSpeaker[] }> {
    const proposal = await this.proposals.find(proposalId);
    const speakers = proposal
      ? ((await this.proposals.speakersOf([proposal.id])).get(proposal.id) ?? [])
      : [];
    if (!proposal || !speakers.some((speaker) => speaker.speakerId === speakerId))
      throw proposalNotFound(proposalId);
    return { proposal, speakers };
  }

  async pageForSpeaker(
    speakerId: string,
    cursor: string | undefined,
    limit: number | undefined,
  ): Promise<Page<{ proposal: Proposal; speakers: ProposalSpeaker[] }>> {
    return this.withSpeakers(await this.proposals.pageOfSpeaker(speakerId, cursor, limit));
  }

  async get(
    eventId: string,
    proposalId: string,
  ): Promise<{ proposal: Proposal; speakers: ProposalSpeaker[] }> {
    const proposal = await this.proposals.find(proposalId);
    if (!proposal || proposal.eventId !== eventId) throw proposalNotFound(proposalId);
    return { proposal, speakers: (await this.proposals.speakersOf([proposal.id])).get(proposal.id) ?? [] };
  }

  async page(
    eventId: string,
    query: { status?: string; cursor?: string; limit?: number },
  ): Promise<Page<{ proposal: Proposal; speakers: ProposalSpeaker[] }>> {
    if (!(await this.calls.find(eventId))) throw callNotFound(eventId);
    return this.withSpeakers(await this.proposals.page(eventId, query));
  }

  private async withSpeakers(
    page: Page<Proposal>,
  ): Promise<Page<{ proposal: Proposal; speakers: ProposalSpeaker[] }>> {
    const speakers = await this.proposals.speakersOf(page.items.map((p) => p.id));
    return {
      items: page.items.map((proposal) => ({ proposal, speakers: speakers.get(proposal.id) ?? [] })),
      nextCursor: page.nextCursor,
    };
  }

  /**
   * Accepts and rejects proposals at once, all or nothing: when any id is unknown, in both lists or
   * no longer undecided, nothing changes and the answer lists every bad id. Each decision is one
   * proposal.accepted / proposal.rejected event.
   */
  decide(eventId: string, dto: ProposalDecisionsDto): Promise<Proposal[]> {
    const accept = (dto.accept ?? []).map((id) => id.toLowerCase());
    const reject = (dto.reject ?? []).map((id) => id.toLowerCase());
    return runInTransaction(this.dataSource, async (manager) => {
      if (!(await this.calls.find(eventId, manager))) throw callNotFound(eventId);
      const locked = new Map(
        (await this.proposals.lockInEvent(manager, eventId, [...accept, ...reject])).map((p) => [p.id, p]),
      );
      const problems: FieldProblem[] = [];
      const failed: { id: string; reason: string }[] = [];
      const check = (ids: string[], list: 'accept' | 'reject') =>
        ids.forEach((id, index) => {
          const field = `${list}[${index}]`;
          const proposal = locked.get(id);
          if (list === 'reject' && accept.includes(id)) {
            problems.push({ field, code: 'inBothLists' });
            failed.push({ id, reason: 'in-both-lists' });
          } else if (!proposal) {
            problems.push({ field, code: 'unknownProposal' });
            failed.push({ id, reason: 'not-found' });
          } else if (!UNDECIDED.includes(proposal.status)) {
            problems.push({ field, code: 'notDecidable', args: [proposal.status] });
            failed.push({ id, reason: proposal.status });
          }
        });
      check(accept, 'accept');
      check(reject, 'reject');
      if (problems.length)
        throw new ProblemException('validation', { errors: problems, extensions: { failed } });
      const decided: Proposal[] = [];
      const speakers = await this.proposals.speakersOf([...accept, ...reject], manager);
      const now = new Date();
      for (const [ids, status] of [
        [accept, 'accepted'],
        [reject, 'rejected'],
      ] as const) {
        for (const id of ids)
          decided.push(await this.applyDecision(manager, id, status, speakers.get(id) ?? [], now));
      }
      return decided;
    });
  }

  /** One decision: 404 for a proposal not in this event, 409 when it is no longer undecided. */
  decideOne(
    eventId: string,
    proposalId: string,
    status: Decision,
  ): Promise<{ proposal: Proposal; speakers: ProposalSpeaker[] }> {
    return runInTransaction(this.dataSource, async (manager) => {
      const [proposal] = await this.proposals.lockInEvent(manager, eventId, [proposalId]);
      if (!proposal) throw proposalNotFound(proposalId);
      if (!UNDECIDED.includes(proposal.status))
        throw proposalNotOpen(proposal.status, {
          en: 'it cannot be decided again',
          ru: 'решение по ней уже не принять',
          kk: 'ол бойынша қайта шешім қабылдауға болмайды',
        });
      const speakers = (await this.proposals.speakersOf([proposal.id], manager)).get(proposal.id) ?? [];
      return {
        proposal: await this.applyDecision(manager, proposal.id, status, speakers, new Date()),
        speakers,
      };
    });
  }

  private async applyDecision(
    manager: EntityManager,
    id: string,
    status: Decision,
    speakers: ProposalSpeaker[],
    at: Date,
  ): Promise<Proposal> {
    const proposal = await this.proposals.setStatus(manager, id, status, at);
    const type = status === 'accepted' ? EVENT_TYPES.proposalAccepted : EVENT_TYPES.proposalRejected;
    await this.announce(manager, type, proposal, speakers);
    return proposal;
  }

  private async announce(
    manager: EntityManager,
    type: EventType,
    proposal: Proposal,
    speakers: ProposalSpeaker[],
  ): Promise<void> {
    await this.outbox.append(manager, {
      topic: TOPICS.proposals,
      type,
      subject: proposal.id,
      data: proposalChanged(proposal, speakers, proposal.updatedAt),
    });
  }
}

/** What the call accepts: type, track, duration, answers; and a title that fits an event. */
function contentProblems(call: Call, content: ProposalContent): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const field of ['title', 'abstract'] as const) {
    if (!Object.values(content[field]).some((text) => text?.trim()))
      problems.push({ field, code: 'multilingualRequired', args: [['kk', 'ru', 'en']] });
  }
  for (const [lang, text] of Object.entries(content.title)) {
    if (typeof text === 'string' && text.trim().length > MAX_TITLE_LENGTH)
      problems.push({ field: `title.${lang}`, code: 'maxLength', args: [MAX_TITLE_LENGTH] });
  }
  if (!call.sessionTypes.includes(content.type))
    problems.push({ field: 'type', code: 'notAcceptedByCall', args: [call.sessionTypes] });
  const trackId = content.trackId?.toLowerCase();
  if (trackId && !call.trackIds.includes(trackId))
    problems.push({
      field: 'trackId',
      code: 'notAcceptedByCall',
      args: [call.trackIds.length ? call.trackIds : ['—']],
    });
  if (!trackId && call.trackIds.length) problems.push({ field: 'trackId', code: 'isDefined' });
  const duration = content.durationMinutes;
  if (
    call.durations.length
      ? !call.durations.includes(duration)
      : duration < call.minDuration || duration > call.maxDuration
  )
    problems.push({
      field: 'durationMinutes',
      code: 'notAcceptedByCall',
      args: [call.durations.length ? call.durations : [`${call.minDuration}–${call.maxDuration}`]],
    });
  problems.push(...checkAnswers(call.questions, content.answers ?? {}));
  return problems;
}

function trimmed(text: Multilingual): Multilingual {
  return Object.fromEntries(
    Object.entries(text)
      .filter(([, value]) => typeof value === 'string' && value.trim())
      .map(([lang, value]) => [lang, (value as string).trim()]),
  );
}
