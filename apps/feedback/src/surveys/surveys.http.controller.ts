import { CurrentPrincipal, RequiresScope, type Principal, type Scope } from '@jiyn/auth';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Page } from '@jiyn/persistence';
import { ParseIdPipe, ProblemResponses } from '@jiyn/problems';
import { FeedbackEventOwners } from '../access/feedback-event-owners';
import {
  CopySurveyDto,
  CreatePostTestDto,
  CreateSurveyDto,
  SurveyFromTemplateDto,
  SurveyQuery,
  UpdateSurveyDto,
} from './dto/survey.dto';
import { SurveyPage, SurveyResponse } from './dto/survey.response';
import type { Survey } from './survey.model';
import { SurveysService, surveyNotFound } from './surveys.service';

const WINDOW_RULES =
  "Opening and closing are the wall clock of the event's time zone (`opensAtLocal`, `closesAtLocal`, " +
  'YYYY-MM-DDTHH:mm); the answer also gives them as instants. The window must open no earlier than ' +
  'SURVEY_OPENS_WITHIN_DAYS_BEFORE_EVENT (90) days before the event and close no later than ' +
  'SURVEY_CLOSES_WITHIN_DAYS_AFTER_EVENT (1095) days after it.';

@ApiTags('surveys')
@Controller('surveys')
export class SurveysHttpController {
  constructor(
    private readonly surveys: SurveysService,
    private readonly owners: FeedbackEventOwners,
  ) {}

  // Routes with a survey id check its event's owner before anything else; the others name the event.

  @Post()
  @RequiresScope('feedback:write')
  @ApiOperation({
    operationId: 'createSurvey',
    summary: 'Write a survey or a pre-test, as a draft',
    description:
      'An evaluation (event, day or session) or a pre-test (a knowledge test, on the first day of the ' +
      'event, with scored choice questions). ' +
      WINDOW_RULES,
  })
  @ApiCreatedResponse({ type: SurveyResponse })
  @ProblemResponses(404)
  async create(
    @Body() dto: CreateSurveyDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SurveyResponse> {
    await this.owners.assertOnEvent(principal, 'feedback:write', dto.eventId);
    return this.surveys.create(dto);
  }

  @Post('from-template')
  @RequiresScope('feedback:write')
  @ApiOperation({
    operationId: 'createSurveyFromTemplate',
    summary: 'Start a draft from a template',
    description:
      '`post-training-evaluation` (event scope: relevance, speakers, organisation, recommendation, ' +
      'what the participant will apply, suggestions) or `session-rating` (session scope: the session, ' +
      'its usefulness, each of its speakers, a comment). Texts in Kazakh, Russian and English. ' +
      WINDOW_RULES,
  })
  @ApiCreatedResponse({ type: SurveyResponse })
  @ProblemResponses(404)
  async fromTemplate(
    @Body() dto: SurveyFromTemplateDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SurveyResponse> {
    await this.owners.assertOnEvent(principal, 'feedback:write', dto.eventId);
    return this.surveys.fromTemplate(dto);
  }

  @Get()
  @RequiresScope('feedback:read')
  @ApiOperation({ operationId: 'listSurveys', summary: "List an event's surveys and knowledge tests" })
  @ApiOkResponse({ type: SurveyPage })
  @ProblemResponses(404)
  async list(
    @Query() query: SurveyQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Page<SurveyResponse>> {
    await this.owners.assertOnEvent(principal, 'feedback:read', query.eventId);
    return this.surveys.list(query);
  }

  @Get(':id')
  @RequiresScope('feedback:read')
  @ApiOperation({ operationId: 'getSurvey', summary: 'Get a survey with its questions' })
  @ApiOkResponse({ type: SurveyResponse })
  @ProblemResponses(404)
  async get(
    @Param('id', ParseIdPipe) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SurveyResponse> {
    await this.reach(principal, 'feedback:read', id);
    return this.surveys.get(id);
  }

  @Patch(':id')
  @RequiresScope('feedback:write')
  @ApiOperation({
    operationId: 'updateSurvey',
    summary: 'Change a draft',
    description:
      'Only while a draft (409 otherwise). `questions` replaces every question at once; a post-test ' +
      "keeps its pre-test's questions. " +
      WINDOW_RULES,
  })
  @ApiOkResponse({ type: SurveyResponse })
  @ProblemResponses(404, 409)
  async update(
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: UpdateSurveyDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SurveyResponse> {
    await this.reach(principal, 'feedback:write', id);
    return this.surveys.update(id, dto);
  }

  @Delete(':id')
  @RequiresScope('feedback:write')
  @HttpCode(204)
  @ApiOperation({ operationId: 'deleteSurvey', summary: 'Delete a draft (409 once published)' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ProblemResponses(404, 409)
  async delete(
    @Param('id', ParseIdPipe) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<void> {
    await this.reach(principal, 'feedback:write', id);
    await this.surveys.delete(id);
  }

  @Post(':id/publish')
  @RequiresScope('feedback:write')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'publishSurvey',
    summary: 'Publish a draft',
    description:
      'It takes answers from its opening to its closing; survey.opened is announced when it opens ' +
      '(at once if the opening has come). 409 when not a draft, without questions, or its closing has passed.',
  })
  @ApiOkResponse({ type: SurveyResponse })
  @ProblemResponses(404, 409)
  async publish(
    @Param('id', ParseIdPipe) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SurveyResponse> {
    await this.reach(principal, 'feedback:write', id);
    return this.surveys.publish(id);
  }

  @Post(':id/close')
  @RequiresScope('feedback:write')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'closeSurvey',
    summary: 'Close a published survey now',
    description: 'Answers are no longer taken; survey.closed is announced. 409 unless published.',
  })
  @ApiOkResponse({ type: SurveyResponse })
  @ProblemResponses(404, 409)
  async close(
    @Param('id', ParseIdPipe) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SurveyResponse> {
    await this.reach(principal, 'feedback:write', id);
    return this.surveys.close(id);
  }

  @Post(':id/copy')
  @RequiresScope('feedback:write')
  @ApiOperation({
    operationId: 'copySurvey',
    summary: 'Copy a survey into a new draft',
    description:
      'Same questions (new ids), of the same event or another of the organisation’s. A post-test is ' +
      'not copied (409): make it from its pre-test.',
  })
  @ApiCreatedResponse({ type: SurveyResponse })
  @ProblemResponses(404, 409)
  async copy(
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: CopySurveyDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SurveyResponse> {
    const original = await this.reach(principal, 'feedback:read', id);
    await this.owners.assertOnEvent(principal, 'feedback:write', original.eventId);
    if (dto.eventId) await this.owners.assertOnEvent(principal, 'feedback:write', dto.eventId);
    return this.surveys.copy(original, dto);
  }

  @Post(':id/post-test')
  @RequiresScope('feedback:write')
  @ApiOperation({
    operationId: 'createPostTest',
    summary: "Make a published pre-test's post-test",
    description:
      "A draft with the pre-test's scored questions (same question ids, so answers pair up), on the " +
      'last day of the event unless told otherwise. 409 for anything but a published pre-test, or ' +
      'when it has its post-test already.',
  })
  @ApiCreatedResponse({ type: SurveyResponse })
  @ProblemResponses(404, 409)
  async postTest(
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: CreatePostTestDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SurveyResponse> {
    const preTest = await this.reach(principal, 'feedback:write', id);
    return this.surveys.createPostTest(preTest, dto);
  }

  /** The survey when the caller may act on its event: another organisation's is a 404, like none. */
  private async reach(principal: Principal, scope: Scope, id: string): Promise<Survey> {
    const survey = await this.surveys.find(id);
    if (!survey) throw surveyNotFound(id);
    await this.owners.assertOnEvent(principal, scope, survey.eventId);
    return survey;
  }
}
