import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { RequiresScope, SelfServiceRoute } from '@jiyn/auth';
import { PageQuery } from '@jiyn/persistence';
import { ParseIdPipe } from '@jiyn/problems';
import { OrganiserOnlyGuard, SelfServiceAccess, SelfServiceSubject } from '../../speaker-access';
import { AddReviewerDto, InviteReviewerDto, PutReviewDto } from './review.dto';
import { ReviewsService, reviewerView } from './reviews.service';

/** Organisers: who reviews an event's proposals. */
@ApiTags('call for proposals')
@Controller('speakers/events/:eventId/reviewers')
@UseGuards(OrganiserOnlyGuard)
export class ReviewersHttpController {
  constructor(private readonly reviews: ReviewsService) {}

  /** Adds a reviewer; the invitation link is in this answer only: send it to them. */
  @Post()
  @RequiresScope('speakers:write')
  async add(@Param('eventId', ParseIdPipe) eventId: string, @Body() dto: AddReviewerDto) {
    const { reviewer, invitation } = await this.reviews.addReviewer(eventId, dto);
    return { ...reviewerView(reviewer), invitation };
  }

  @Get()
  @RequiresScope('speakers:read')
  list(@Param('eventId', ParseIdPipe) eventId: string) {
    return this.reviews.listReviewers(eventId);
  }

  /** A new link for a reviewer who lost theirs; their older unused link stops working. */
  @Post(':id/invitations')
  @RequiresScope('speakers:write')
  invite(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: InviteReviewerDto,
  ) {
    return this.reviews.reinvite(eventId, id, dto.ttlHours);
  }

  /** Every link and token of the reviewer stops working; their reviews stay. */
  @Delete(':id/access')
  @RequiresScope('speakers:write')
  revokeAccess(@Param('eventId', ParseIdPipe) eventId: string, @Param('id', ParseIdPipe) id: string) {
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
  async queue(@SelfServiceSubject() reviewerId: string, @Query() query: PageQuery) {
    return this.reviews.queue(reviewerId, query.cursor, query.limit);
  }

  @Get(':id')
  async get(@SelfServiceSubject() reviewerId: string, @Param('id', ParseIdPipe) id: string) {
    return this.reviews.reviewerProposal(reviewerId, id);
  }

  /** Creates (201) or replaces (200) the caller's review of the proposal. */
  @Put(':id')
  async put(
    @SelfServiceSubject() reviewerId: string,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: PutReviewDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { review, created, status } = await this.reviews.putReview(reviewerId, id, dto);
    reply.status(created ? 201 : 200);
    return { proposalId: id, proposalStatus: status, ...review };
  }
}
