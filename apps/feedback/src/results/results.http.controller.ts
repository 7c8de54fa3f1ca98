import { Controller, Get, Headers, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequiresScope, type Principal } from '@jiyn/auth';
import { negotiateLanguage } from '@jiyn/kz';
import { ParseIdPipe, ProblemResponses } from '@jiyn/problems';
import { FeedbackEventOwners } from '../access/feedback-event-owners';
import { KnowledgeGainView, SubjectResultsView, SurveyResultsView } from './dto/results.response';
import { ResultsExportQuery, ResultsQuery, SubjectResultsQuery } from './dto/results.query';
import { resultsFile } from './results-export';
import { ResultsRepository } from './results.repository';
import { ResultsService } from './results.service';

/**
 * Survey results: aggregates (scope analytics:read, which analysts hold), free text only where the
 * caller may read it. Each route checks the survey's (or event's) organisation itself.
 */
@ApiTags('survey results')
@Controller('surveys')
export class ResultsHttpController {
  constructor(
    private readonly results: ResultsService,
    private readonly repository: ResultsRepository,
    private readonly owners: FeedbackEventOwners,
  ) {}

  @Get('results/by-session')
  @RequiresScope('analytics:read')
  @ApiOperation({
    operationId: 'getSurveyResultsBySession',
    summary: 'Ratings per session across an event’s surveys',
    description:
      'Rating questions about a session, as % of their scale; sessions under k respondents are hidden.',
  })
  @ApiOkResponse({ type: SubjectResultsView })
  @ProblemResponses(404)
  async bySession(
    @Query() query: SubjectResultsQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SubjectResultsView> {
    await this.owners.assertKnownEvent(principal, 'analytics:read', query.eventId);
    return this.results.bySubject(query.eventId, 'session');
  }

  @Get('results/by-speaker')
  @RequiresScope('analytics:read')
  @ApiOperation({
    operationId: 'getSurveyResultsBySpeaker',
    summary: 'Ratings per speaker across an event’s surveys',
    description:
      'Rating questions about a speaker, as % of their scale; speakers under k respondents are hidden.',
  })
  @ApiOkResponse({ type: SubjectResultsView })
  @ProblemResponses(404)
  async bySpeaker(
    @Query() query: SubjectResultsQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SubjectResultsView> {
    await this.owners.assertKnownEvent(principal, 'analytics:read', query.eventId);
    return this.results.bySubject(query.eventId, 'speaker');
  }

  @Get(':surveyId/results')
  @RequiresScope('analytics:read')
  @ApiOperation({
    operationId: 'getSurveyResults',
    summary: 'A survey’s results, optionally broken down by region, sex or age band',
    description:
      'Respondents; per question the distribution, the mean with its 95 % interval and, for 0–10 ' +
      'questions, the NPS. Free text only on non-anonymous surveys (feedback:read) or to owners. A ' +
      'breakdown shows a cell only with at least k respondents (the survey’s minCellSize) and hides ' +
      'others too where a hidden cell could be worked out from the total.',
  })
  @ApiOkResponse({ type: SurveyResultsView })
  @ProblemResponses(404)
  async get(
    @Param('surveyId', ParseIdPipe) surveyId: string,
    @Query() query: ResultsQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SurveyResultsView> {
    return this.results.results(principal, surveyId, query.breakdown);
  }

  @Get(':surveyId/results/export')
  @RequiresScope('analytics:read')
  @ApiOperation({
    operationId: 'exportSurveyResults',
    summary: 'Download a survey’s results as CSV or XLSX',
    description:
      'One row per question and scale point or option, and one with the mean; suppressed cells as in the results.',
  })
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({
    description: 'The file, as an attachment (`Content-Disposition`)',
    content: {
      'text/csv': { schema: { type: 'string', description: 'UTF-8 with BOM, `;` separated' } },
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
        schema: { type: 'string', format: 'binary' },
      },
    },
    headers: {
      'Content-Disposition': {
        schema: { type: 'string', example: 'attachment; filename="survey-results.csv"' },
      },
    },
  })
  @ProblemResponses(404)
  async export(
    @Param('surveyId', ParseIdPipe) surveyId: string,
    @Query() query: ResultsExportQuery,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @CurrentPrincipal() principal: Principal,
  ): Promise<StreamableFile> {
    const results = await this.results.results(principal, surveyId, query.breakdown);
    const questions = await this.repository.questions(surveyId);
    const file = await resultsFile(
      results,
      questions,
      query.format ?? 'csv',
      negotiateLanguage(acceptLanguage, query.lang),
    );
    return new StreamableFile(file.stream, {
      type: file.contentType,
      disposition: `attachment; filename="${file.fileName}"`,
    });
  }

  @Get(':surveyId/knowledge-gain')
  @RequiresScope('analytics:read')
  @ApiOperation({
    operationId: 'getKnowledgeGain',
    summary: 'Knowledge gain between a pre-test and its post-test',
    description:
      'Pairs each participant’s pre and post responses (by a key only they can recompute); the score ' +
      'change in percentage points of the maximum, mean and 95 % interval overall and per region ' +
      '(regions under k pairs hidden, with complementary suppression), Hake’s normalised gain, and ' +
      'how many took only one test. A survey that is neither is a 400.',
  })
  @ApiOkResponse({ type: KnowledgeGainView })
  @ProblemResponses(400, 404)
  async knowledgeGain(
    @Param('surveyId', ParseIdPipe) surveyId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<KnowledgeGainView> {
    return this.results.knowledgeGain(principal, surveyId);
  }
}
