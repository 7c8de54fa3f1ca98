import { CurrentPrincipal, RequiresScope, type Principal } from '@jiyn/auth';
import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Page } from '@jiyn/persistence';
import { FeedbackEventOwners } from '../access/feedback-event-owners';
import { FeedbackQuery } from './dto/feedback-query';
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
  async submit(
    @Body() dto: SubmitFeedbackDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<FeedbackEntity> {
    await this.owners.assertOnEvent(principal, 'feedback:write', dto.eventId);
    return this.feedback.submit(dto);
  }

  @Get()
  @RequiresScope('feedback:read')
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
  async summary(
    @Query() query: FeedbackQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<FeedbackSummary> {
    await this.owners.assertOnEvent(principal, 'analytics:read', query.eventId);
    return this.feedback.summary(query);
  }
}
