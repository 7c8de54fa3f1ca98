import { CurrentPrincipal, RequiresScope, type Principal } from '@jiyn/auth';
import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProblemResponses } from '@jiyn/problems';
import type { Page } from '@jiyn/persistence';
import { FeedbackEventOwners } from '../access/feedback-event-owners';
import { FeedbackQuery } from './dto/feedback-query';
import { FeedbackPage, FeedbackResponse, FeedbackSummaryResponse } from './dto/feedback.response';
import { SubmitFeedbackDto } from './dto/submit-feedback.dto';
import type { FeedbackEntity } from './feedback.entity';
import type { FeedbackSummary } from './feedback.repository';
import { FeedbackService } from './feedback.service';

@ApiTags('feedback')
@Controller('feedback')
export class FeedbackHttpController {
  constructor(
    private readonly feedback: FeedbackService,
    private readonly owners: FeedbackEventOwners,
  ) {}

  // Every route names its event in the body or query: each checks it against the event's owner.

  @Post()
  @RequiresScope('feedback:write')
  @ApiOperation({
    operationId: 'submitFeedback',
    summary: 'Rate an event or one of its sessions',
    description:
      'The event must be published (404 otherwise, with `eventId` unknownEvent); a session must be of ' +
      'that event (404, `sessionId` unknownSession) and not cancelled (409).',
  })
  @ApiCreatedResponse({ type: FeedbackResponse })
  @ProblemResponses(404, 409)
  async submit(
    @Body() dto: SubmitFeedbackDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<FeedbackEntity> {
    await this.owners.assertOnEvent(principal, 'feedback:write', dto.eventId);
    return this.feedback.submit(dto);
  }

  @Get()
  @RequiresScope('feedback:read')
  @ApiOperation({ operationId: 'listFeedback', summary: "List an event's feedback, or one session's" })
  @ApiOkResponse({ type: FeedbackPage })
  @ProblemResponses(404)
  async list(
    @Query() query: FeedbackQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Page<FeedbackEntity>> {
    await this.owners.assertOnEvent(principal, 'feedback:read', query.eventId);
    return this.feedback.list(query);
  }

  /** Count, mean and distribution of ratings for an event or one session. */
  @Get('summary')
  @RequiresScope('analytics:read')
  @ApiOperation({
    operationId: 'getFeedbackSummary',
    summary: 'Summarise the ratings of an event or one session',
  })
  @ApiOkResponse({ type: FeedbackSummaryResponse })
  @ProblemResponses(404)
  async summary(
    @Query() query: FeedbackQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<FeedbackSummary> {
    await this.owners.assertOnEvent(principal, 'analytics:read', query.eventId);
    return this.feedback.summary(query);
  }
}
