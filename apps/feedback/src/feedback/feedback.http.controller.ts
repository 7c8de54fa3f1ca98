import { RequiresScope } from '@jiyn/auth';
import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Page } from '@jiyn/persistence';
import { FeedbackQuery } from './dto/feedback-query';
import { SubmitFeedbackDto } from './dto/submit-feedback.dto';
import type { FeedbackEntity } from './feedback.entity';
import type { FeedbackSummary } from './feedback.repository';
import { FeedbackService } from './feedback.service';

@ApiTags('feedback')
@Controller('feedback')
export class FeedbackHttpController {
  constructor(private readonly feedback: FeedbackService) {}

  @Post()
  @RequiresScope('feedback:write')
  submit(@Body() dto: SubmitFeedbackDto): Promise<FeedbackEntity> {
    return this.feedback.submit(dto);
  }

  @Get()
  @RequiresScope('feedback:read')
  list(@Query() query: FeedbackQuery): Promise<Page<FeedbackEntity>> {
    return this.feedback.list(query);
  }

  /** Count, mean and distribution of ratings for an event or one session. */
  @Get('summary')
  @RequiresScope('analytics:read')
  summary(@Query() query: FeedbackQuery): Promise<FeedbackSummary> {
    return this.feedback.summary(query);
  }
}
