import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SelfServiceRoute, SelfServiceToken, notReachable } from '@jiyn/auth';
import { ProblemResponses } from '@jiyn/problems';
import { FeedbackEventOwners } from '../access/feedback-event-owners';
import { SubjectResultsView } from './dto/results.response';
import { SubjectResultsQuery } from './dto/results.query';
import { ResultsService } from './results.service';
import { SpeakerTokens } from './speaker-tokens';

/**
 * A speaker's own ratings at an event, through `/api/v1/self/feedback/…` with the speaker's
 * self-service token (from their invitation): the token alone says which speaker.
 */
@ApiTags('self-service')
@SelfServiceRoute()
@Controller('self/feedback')
export class SelfSpeakerResultsHttpController {
  constructor(
    private readonly results: ResultsService,
    private readonly tokens: SpeakerTokens,
    private readonly owners: FeedbackEventOwners,
  ) {}

  @Get('speaker-results')
  @ApiOperation({
    operationId: 'selfGetSpeakerResults',
    summary: 'Read how participants rated me at an event',
    description:
      'Rating questions about the speaker across the event’s surveys, as % of their scale; hidden ' +
      'under k respondents like everyone’s. Needs the speaker’s self-service token.',
  })
  @ApiOkResponse({ type: SubjectResultsView })
  @ProblemResponses(401, 404)
  async get(
    @Query() query: SubjectResultsQuery,
    @SelfServiceToken() token: string | undefined,
  ): Promise<SubjectResultsView> {
    const speakerId = await this.tokens.speakerOf(token);
    if (!(await this.owners.organisationOf(query.eventId))) throw notReachable();
    return this.results.bySubject(query.eventId, 'speaker', speakerId);
  }
}
