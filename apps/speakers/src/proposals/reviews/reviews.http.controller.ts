import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { RequiresScope, SelfServiceRoute } from '@jiyn/auth';
import { PageQuery } from '@jiyn/persistence';
import { ParseIdPipe, ProblemResponses } from '@jiyn/problems';
import { UuidParam } from '../../openapi-parameters';
import { OrganiserOnlyGuard, SelfServiceAccess, SelfServiceSubject } from '../../speaker-access';
import { AccessRevocationResponse, InvitationLinkResponse } from '../../speaker-access/invitation.response';
import { AddReviewerDto, InviteReviewerDto, PutReviewDto } from './review.dto';
import {
  AddedReviewerResponse,
  PutReviewResponse,
  ReviewerList,
  ReviewerProposal,
  ReviewQueue,
} from './review.response';
import { ReviewsService, reviewerView } from './reviews.service';

/** Organisers: who reviews an event's proposals. */
@ApiTags('call for proposals')
@UuidParam('eventId', 'The event')
@Controller('speakers/events/:eventId/reviewers')
@UseGuards(OrganiserOnlyGuard)
export class ReviewersHttpController {
  constructor(private readonly reviews: ReviewsService) {}

  /** Adds a reviewer; the invitation link is in this answer only: send it to them. */
  @Post()
  @ApiOperation({
    operationId: 'addProposalReviewer',
    summary: "Add a reviewer of an event's proposals",
    description:
      'The invitation link is in this answer only: send it to them. 409 when the e-mail already ' +
      'belongs to a reviewer of the event, or the event has its maximum of reviewers.',
  })
  @ApiCreatedResponse({ type: AddedReviewerResponse })
  @ProblemResponses(409)
  @RequiresScope('speakers:write')
  async add(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Body() dto: AddReviewerDto,
  ): Promise<AddedReviewerResponse> {
    const { reviewer, invitation } = await this.reviews.addReviewer(eventId, dto);
    return { ...reviewerView(reviewer), invitation };
  }

  @Get()
  @ApiOperation({ operationId: 'listProposalReviewers', summary: "List an event's reviewers" })
  @ApiOkResponse({ type: ReviewerList })
  @RequiresScope('speakers:read')
  list(@Param('eventId', ParseIdPipe) eventId: string): Promise<ReviewerList> {
    return this.reviews.listReviewers(eventId);
  }

  /** A new link for a reviewer who lost theirs; their older unused link stops working. */
  @Post(':id/invitations')
  @ApiOperation({
    operationId: 'inviteProposalReviewer',
    summary: 'Issue a reviewer a new invitation link',
    description: 'For a reviewer who lost theirs; their older unused link stops working.',
  })
  @UuidParam('id', 'The reviewer')
  @ApiCreatedResponse({ type: InvitationLinkResponse })
  @RequiresScope('speakers:write')
  invite(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: InviteReviewerDto,
  ): Promise<InvitationLinkResponse> {
    return this.reviews.reinvite(eventId, id, dto.ttlHours);
  }

  /** Every link and token of the reviewer stops working; their reviews stay. */
  @Delete(':id/access')
  @ApiOperation({
    operationId: 'revokeProposalReviewerAccess',
    summary: 'Revoke every link and token of a reviewer',
    description: 'Their reviews stay.',
  })
  @UuidParam('id', 'The reviewer')
  @ApiOkResponse({ type: AccessRevocationResponse })
  @RequiresScope('speakers:write')
  revokeAccess(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('id', ParseIdPipe) id: string,
  ): Promise<AccessRevocationResponse> {
    return this.reviews.revokeAccess(eventId, id);
  }
}

/** Reviewers with their access token (`/api/v1/self/speakers/reviews/…`). */
@ApiTags('self-service')
@SelfServiceRoute()
@Controller('self/speakers/reviews/proposals')
@SelfServiceAccess('reviewer')
export class SelfReviewsHttpController {
  constructor(private readonly reviews: ReviewsService) {}

  @Get()
  @ApiOperation({
    operationId: 'selfListReviewProposals',
    summary: 'List the proposals I review, with my review of each',
    description: 'The proposals of the reviewer’s event that were not withdrawn, with the call’s criteria.',
  })
  @ApiOkResponse({ type: ReviewQueue })
  @ProblemResponses(404)
  async queue(@SelfServiceSubject() reviewerId: string, @Query() query: PageQuery): Promise<ReviewQueue> {
    return this.reviews.queue(reviewerId, query.cursor, query.limit);
  }

  @Get(':id')
  @ApiOperation({ operationId: 'selfGetReviewProposal', summary: 'Read a proposal I review' })
  @UuidParam('id', 'The proposal')
  @ApiOkResponse({ type: ReviewerProposal })
  async get(
    @SelfServiceSubject() reviewerId: string,
    @Param('id', ParseIdPipe) id: string,
  ): Promise<ReviewerProposal> {
    return this.reviews.reviewerProposal(reviewerId, id);
  }

  /** Creates (201) or replaces (200) the caller's review of the proposal. */
  @Put(':id')
  @ApiOperation({
    operationId: 'selfPutReview',
    summary: 'Write or replace my review of a proposal',
    description:
      'A score for every criterion of the call, 0 to maxScore. 201 when created, 200 when replaced; ' +
      '409 once the proposal is decided.',
  })
  @UuidParam('id', 'The proposal')
  @ApiCreatedResponse({ type: PutReviewResponse, description: 'Created' })
  @ApiOkResponse({ type: PutReviewResponse, description: 'Replaced' })
  @ProblemResponses(409)
  async put(
    @SelfServiceSubject() reviewerId: string,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: PutReviewDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PutReviewResponse> {
    const { review, created, status } = await this.reviews.putReview(reviewerId, id, dto);
    reply.status(created ? 201 : 200);
    return { proposalId: id, proposalStatus: status, ...review };
  }
}
