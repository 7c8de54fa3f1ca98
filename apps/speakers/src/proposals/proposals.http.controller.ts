import {
  CurrentPrincipal,
  RequiresScope,
  notePersonalDataDisclosed,
  seesPersonalData,
  type Principal,
} from '@jiyn/auth';
import { DataSource } from 'typeorm';
import { EventProjectionRepository } from '../event-projection/event-projection.repository';
import { Body, Controller, Get, HttpCode, Param, Post, Query, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PageOf, type Page } from '@jiyn/persistence';
import { ParseIdPipe, ProblemResponses } from '@jiyn/problems';
import { UuidParam } from '../openapi-parameters';
import { OrganiserOnlyGuard } from '../speaker-access';
import {
  ListProposalsQuery,
  OrganiserSubmitProposalDto,
  ProposalDecisionsDto,
  type ProposalSpeakerDto,
} from './proposal.dto';
import { organiserProposalView, type Proposal, type ProposalSpeaker } from './proposal.model';
import {
  OrganiserProposal,
  OrganiserProposalWithReviews,
  ProposalDecisionsResponse,
  SubmittedOrganiserProposal,
} from './proposal.response';
import { ProposalsService } from './proposals.service';
import { ProposalRanking } from './reviews/review.response';
import { ReviewsService } from './reviews/reviews.service';

const ProposalPage = PageOf(OrganiserProposal, 'ProposalPage');

/** Organisers: proposals of an event, submitted for speakers, ranked and decided. */
@ApiTags('call for proposals')
@UuidParam('eventId', 'The event')
@Controller('speakers/events/:eventId/proposals')
@UseGuards(OrganiserOnlyGuard)
export class ProposalsHttpController {
  constructor(
    private readonly proposals: ProposalsService,
    private readonly reviews: ReviewsService,
    private readonly events: EventProjectionRepository,
    private readonly dataSource: DataSource,
  ) {}

  /** Speakers' e-mails show unmasked (and the answer says so) only with personal data on the event. */
  private async viewsFor(principal: Principal, eventId: string) {
    const organisationId = (await this.events.find(this.dataSource.manager, eventId))?.organisationId;
    const unmasked = !!organisationId && seesPersonalData(principal, { organisationId, eventId });
    return (proposal: Proposal, speakers: readonly ProposalSpeaker[]) => {
      if (unmasked && speakers.some((speaker) => speaker.email))
        notePersonalDataDisclosed(principal, 'email');
      return organiserProposalView(proposal, speakers, unmasked ? 'unmasked' : 'masked');
    };
  }

  /** Submits for speakers: the first listed is the primary speaker; new people get invitation links (in this answer only). */
  @Post()
  @ApiOperation({
    operationId: 'submitProposal',
    summary: 'Submit a proposal for speakers',
    description:
      'The first speaker listed is the primary speaker. People named without a speakerId get a profile ' +
      'and an invitation link, in this answer only. 409 when the call is not open or the event is full.',
  })
  @ApiCreatedResponse({ type: SubmittedOrganiserProposal })
  @ProblemResponses(409)
  @RequiresScope('speakers:write')
  async submit(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Body() dto: OrganiserSubmitProposalDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SubmittedOrganiserProposal> {
    const { speakers: named, ...content } = dto;
    const [primary, ...coSpeakers] = named as [ProposalSpeakerDto, ...ProposalSpeakerDto[]];
    const submitted = await this.proposals.submit(eventId, content, primary, coSpeakers, 'organiser', {
      primary: 'speakers[0]',
      coSpeakers: (index) => `speakers[${index + 1}]`,
    });
    const view = await this.viewsFor(principal, eventId);
    return {
      ...view(submitted.proposal, submitted.speakers),
      invitations: submitted.invitations,
    };
  }

  @Get()
  @ApiOperation({ operationId: 'listProposals', summary: "List an event's proposals" })
  @ApiOkResponse({ type: ProposalPage })
  @RequiresScope('proposals:review')
  async list(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Query() query: ListProposalsQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Page<OrganiserProposal>> {
    const page = await this.proposals.page(eventId, query);
    const view = await this.viewsFor(principal, eventId);
    return {
      items: page.items.map(({ proposal, speakers }) => view(proposal, speakers)),
      nextCursor: page.nextCursor,
    };
  }

  /** Every proposal that was not withdrawn, best first, with weighted mean, spread and review count. */
  @Get('ranking')
  @ApiOperation({
    operationId: 'rankProposals',
    summary: "Rank an event's proposals by their reviews",
    description: 'Every proposal not withdrawn, best first, with weighted mean, spread and review count.',
  })
  @ApiOkResponse({ type: ProposalRanking })
  @RequiresScope('proposals:review')
  ranking(@Param('eventId', ParseIdPipe) eventId: string): Promise<ProposalRanking> {
    return this.reviews.ranking(eventId);
  }

  /** Accepts and rejects several proposals at once, all or nothing. */
  @Post('decisions')
  @ApiOperation({
    operationId: 'decideProposals',
    summary: 'Accept and reject several proposals at once, all or nothing',
    description:
      'When any id is unknown, in both lists or already decided, nothing changes: 400 lists them all.',
  })
  @ApiOkResponse({ type: ProposalDecisionsResponse })
  @RequiresScope('speakers:write')
  @HttpCode(200)
  async decide(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Body() dto: ProposalDecisionsDto,
  ): Promise<ProposalDecisionsResponse> {
    const decided = await this.proposals.decide(eventId, dto);
    return {
      accepted: decided.filter((p) => p.status === 'accepted').map((p) => p.id),
      rejected: decided.filter((p) => p.status === 'rejected').map((p) => p.id),
    };
  }

  /** A proposal with each speaker's state (co-speakers: invited, confirmed, declined) and its reviews. */
  @Get(':id')
  @ApiOperation({
    operationId: 'getProposal',
    summary: 'Read a proposal with its speakers and reviews',
    description: "Each speaker's state (co-speakers: invited, confirmed, declined) and every review.",
  })
  @UuidParam('id', 'The proposal')
  @ApiOkResponse({ type: OrganiserProposalWithReviews })
  @RequiresScope('proposals:review')
  async get(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('id', ParseIdPipe) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OrganiserProposalWithReviews> {
    const { proposal, speakers } = await this.proposals.get(eventId, id);
    const view = await this.viewsFor(principal, eventId);
    return {
      ...view(proposal, speakers),
      reviews: await this.reviews.reviewsOf(proposal.id),
    };
  }

  @Post(':id/accept')
  @ApiOperation({ operationId: 'acceptProposal', summary: 'Accept a proposal' })
  @UuidParam('id', 'The proposal')
  @ApiOkResponse({ type: OrganiserProposal })
  @ProblemResponses(409)
  @RequiresScope('speakers:write')
  @HttpCode(200)
  async accept(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('id', ParseIdPipe) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OrganiserProposal> {
    const { proposal, speakers } = await this.proposals.decideOne(eventId, id, 'accepted');
    return (await this.viewsFor(principal, eventId))(proposal, speakers);
  }

  @Post(':id/reject')
  @ApiOperation({ operationId: 'rejectProposal', summary: 'Reject a proposal' })
  @UuidParam('id', 'The proposal')
  @ApiOkResponse({ type: OrganiserProposal })
  @ProblemResponses(409)
  @RequiresScope('speakers:write')
  @HttpCode(200)
  async reject(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('id', ParseIdPipe) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OrganiserProposal> {
    const { proposal, speakers } = await this.proposals.decideOne(eventId, id, 'rejected');
    return (await this.viewsFor(principal, eventId))(proposal, speakers);
  }
}
