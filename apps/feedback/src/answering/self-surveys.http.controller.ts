import { Body, Controller, Get, Headers, Param, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { SelfServiceRoute, SelfServiceToken } from '@jiyn/auth';
import {
  SUPPORTED_LANGUAGES,
  negotiateLanguage,
  pickLocalized,
  type Lang,
  type Multilingual,
} from '@jiyn/kz';
import { ParseIdPipe, ProblemResponses } from '@jiyn/problems';
import type { Survey } from './answering.repository';
import type { StoredResponse } from './answering.repository';
import { AnsweringService } from './answering.service';
import { AnswerSurveyDto } from './dto/answer-survey.dto';
import {
  SelfSurveyListView,
  SelfSurveyResponseView,
  SelfSurveySummaryView,
  SelfSurveyView,
} from './dto/answering.views';

/** The language of titles and questions, over `Accept-Language`. */
const LANG_QUERY = {
  name: 'lang',
  required: false,
  enum: SUPPORTED_LANGUAGES,
  description: 'The language of titles and questions, over Accept-Language',
} as const;

function text(value: Multilingual | null, lang: Lang): string | null {
  return value ? (pickLocalized(value, lang) ?? null) : null;
}

function summary(survey: Survey, answered: boolean, lang: Lang): SelfSurveySummaryView {
  return {
    id: survey.id,
    eventId: survey.eventId,
    title: text(survey.title, lang) ?? '',
    purpose: survey.purpose,
    scope: survey.scope,
    day: survey.day,
    sessionId: survey.sessionId,
    anonymous: survey.anonymous,
    status: survey.status,
    opensAt: survey.opensAt.toISOString(),
    closesAt: survey.closesAt.toISOString(),
    answered,
  };
}

function responseView(surveyId: string, response: StoredResponse): SelfSurveyResponseView {
  return {
    surveyId,
    version: response.version,
    score: response.score,
    maxScore: response.maxScore,
    answers: response.answers,
  };
}

/**
 * Participants' surveys, reached through the gateway's `/api/v1/self/feedback/…` with the
 * management token of their registration (`Authorization: Bearer …`, passed on as
 * `x-jiyn-self-token`): the surveys open to them, each with its questions in their language
 * (`Accept-Language` or `?lang=`), their answer and its edits until the survey closes.
 */
@ApiTags('self-service')
@SelfServiceRoute()
@Controller('self/feedback/surveys')
export class SelfSurveysHttpController {
  constructor(private readonly answering: AnsweringService) {}

  @Get()
  @ApiOperation({
    operationId: 'selfListSurveys',
    summary: 'List the surveys open to me',
    description:
      'Published surveys of my event that are open now and that I may answer: an event survey once checked in ' +
      'at the event, a day survey once checked in that day, a session survey once checked in that day or to the session.',
  })
  @ApiQuery(LANG_QUERY)
  @ApiOkResponse({ type: SelfSurveyListView })
  @ProblemResponses(401)
  async list(
    @SelfServiceToken() token: string | undefined,
    @Headers('accept-language') acceptLanguage?: string,
    @Query('lang') queryLang?: string,
  ): Promise<SelfSurveyListView> {
    const lang = negotiateLanguage(acceptLanguage, queryLang);
    const surveys = await this.answering.openSurveys(token);
    return { items: surveys.map(({ survey, answered }) => summary(survey, answered, lang)) };
  }

  @Get(':surveyId')
  @ApiOperation({ operationId: 'selfGetSurvey', summary: 'Get a survey of my event with its questions' })
  @ApiQuery(LANG_QUERY)
  @ApiOkResponse({ type: SelfSurveyView })
  @ProblemResponses(401, 404)
  async get(
    @SelfServiceToken() token: string | undefined,
    @Param('surveyId', ParseIdPipe) surveyId: string,
    @Headers('accept-language') acceptLanguage?: string,
    @Query('lang') queryLang?: string,
  ): Promise<SelfSurveyView> {
    const lang = negotiateLanguage(acceptLanguage, queryLang);
    const { survey, questions, answered, open } = await this.answering.survey(token, surveyId);
    return {
      ...summary(survey, answered, lang),
      open,
      questions: questions.map((question) => ({
        id: question.id,
        position: question.position,
        kind: question.kind,
        required: question.required,
        prompt: text(question.prompt, lang) ?? '',
        scaleMin: question.kind === 'nps' ? 0 : question.kind === 'rating' ? (question.scaleMin ?? 1) : null,
        scaleMax: question.kind === 'nps' ? 10 : question.kind === 'rating' ? (question.scaleMax ?? 5) : null,
        minLabel: text(question.minLabel, lang),
        maxLabel: text(question.maxLabel, lang),
        // Which option is correct stays here.
        options:
          question.optionLabels?.map((option) => ({
            id: option.id,
            label: text(option.label, lang) ?? '',
          })) ?? null,
        maxLength: question.kind === 'text' ? (question.maxLength ?? 2000) : null,
      })),
    };
  }

  @Put(':surveyId/response')
  @ApiOperation({
    operationId: 'selfAnswerSurvey',
    summary: 'Answer a survey, or change my answer while it is open',
    description:
      'Once per survey: answering again replaces the answer. 409 `survey-not-open` outside [opensAt, closesAt) or ' +
      'when not published; 403 `not-an-attendee` without the check-in the survey needs; 400 with field errors ' +
      '(unknownQuestion, duplicateAnswer, answerRequired, answerKind, ratingOutOfRange, unknownChoice, ' +
      'singleChoiceOnly, textTooLong). Nothing is stored on any refusal. On an anonymous survey the stored ' +
      'answer carries nothing that names me.',
  })
  @ApiOkResponse({ type: SelfSurveyResponseView })
  @ProblemResponses(401, 403, 404, 409)
  async answer(
    @SelfServiceToken() token: string | undefined,
    @Param('surveyId', ParseIdPipe) surveyId: string,
    @Body() dto: AnswerSurveyDto,
  ): Promise<SelfSurveyResponseView> {
    return responseView(surveyId, await this.answering.answer(token, surveyId, dto.answers));
  }

  @Get(':surveyId/response')
  @ApiOperation({
    operationId: 'selfGetSurveyResponse',
    summary: 'Get my answer to a survey',
    description: 'Found again through a key only my token computes: nobody else can read it as mine.',
  })
  @ApiOkResponse({ type: SelfSurveyResponseView })
  @ProblemResponses(401, 404)
  async own(
    @SelfServiceToken() token: string | undefined,
    @Param('surveyId', ParseIdPipe) surveyId: string,
  ): Promise<SelfSurveyResponseView> {
    return responseView(surveyId, await this.answering.ownResponse(token, surveyId));
  }
}
