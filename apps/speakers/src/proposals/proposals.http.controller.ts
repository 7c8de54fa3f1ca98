import { RequiresScope } from '@jiyn/auth';
import { Body, Controller, Get, HttpCode, Param, Post, Query, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Page } from '@jiyn/persistence';
import { ParseIdPipe } from '@jiyn/problems';
import { OrganiserOnlyGuard } from '../speaker-access';
import {
  ListProposalsQuery,
  OrganiserSubmitProposalDto,
  ProposalDecisionsDto,
  type ProposalSpeakerDto,
} from './proposal.dto';
import { organiserProposalView } from './proposal.model';
import { ProposalsService, type SubmittedProposal } from './proposals.service';
import { ReviewsService } from './reviews/reviews.service';

type OrganiserProposal = ReturnType<typeof organiserProposalView>;

/** Organisers: proposals of an event, submitted for speakers, ranked and decided. */
@ApiTags('call for proposals')
@Controller('speakers/events/:eventId/proposals')
@UseGuards(OrganiserOnlyGuard)
export class ProposalsHttpController {
  constructor(
    private readonly proposals: ProposalsService,
    private readonly reviews: ReviewsService,
  ) {}

  /** Submits for speakers: the first listed is the primary speaker; new people get invitation links (in this answer only). */
  @Post()
  @RequiresScope('speakers:write')
  async submit(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Body() dto: OrganiserSubmitProposalDto,
  ): Promise<OrganiserProposal & { invitations: SubmittedProposal['invitations'] }> {
    const { speakers: named, ...content } = dto;
    const [primary, ...coSpeakers] = named as [ProposalSpeakerDto, ...ProposalSpeakerDto[]];
    const submitted = await this.proposals.submit(eventId, content, primary, coSpeakers, 'organiser', {
      primary: 'speakers[0]',
      coSpeakers: (index) => `speakers[${index + 1}]`,
    });
    return {
      ...organiserProposalView(submitted.proposal, submitted.speakers),
      invitations: submitted.invitations,
    };
  }

  @Get()
  @RequiresScope('proposals:review')
  async list(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Query() query: ListProposalsQuery,
  ): Promise<Page<OrganiserProposal>> {
    const page = await this.proposals.page(eventId, query);
    return {
      items: page.items.map(({ proposal, speakers }) => organiserProposalView(proposal, speakers)),
      nextCursor: page.nextCursor,
    };
  }

  /** Every proposal that was not withdrawn, best first, with weighted mean, spread and review count. */
  @Get('ranking')
  @RequiresScope('proposals:review')
  ranking(@Param('eventId', ParseIdPipe) eventId: string) {
    return this.reviews.ranking(eventId);
  }

  /** Accepts and rejects several proposals at once, all or nothing. */
  @Post('decisions')
  @RequiresScope('speakers:write')
  @HttpCode(200)
  async decide(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Body() dto: ProposalDecisionsDto,
  ): Promise<{ accepted: string[]; rejected: string[] }> {
    const decided = await this.proposals.decide(eventId, dto);
    return {
      accepted: decided.filter((p) => p.status === 'accepted').map((p) => p.id),
      rejected: decided.filter((p) => p.status === 'rejected').map((p) => p.id),
    };
  }

  /** A proposal with each speaker's state (co-speakers: invited, confirmed, declined) and its reviews. */
  @Get(':id')
  @RequiresScope('proposals:review')
  async get(@Param('eventId', ParseIdPipe) eventId: string, @Param('id', ParseIdPipe) id: string) {
    const { proposal, speakers } = await this.proposals.get(eventId, id);
    return {
      ...organiserProposalView(proposal, speakers),
      reviews: await this.reviews.reviewsOf(proposal.id),
    };
  }

  @Post(':id/accept')
  @RequiresScope('speakers:write')
  @HttpCode(200)
  async accept(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('id', ParseIdPipe) id: string,
  ): Promise<OrganiserProposal> {
    const { proposal, speakers } = await this.proposals.decideOne(eventId, id, 'accepted');
    return organiserProposalView(proposal, speakers);
  }

  @Post(':id/reject')
  @RequiresScope('speakers:write')
  @HttpCode(200)
  async reject(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('id', ParseIdPipe) id: string,
  ): Promise<OrganiserProposal> {
    const { proposal, speakers } = await this.proposals.decideOne(eventId, id, 'rejected');
    return organiserProposalView(proposal, speakers);
  }
}
