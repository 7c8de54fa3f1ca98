import { Inject, Injectable } from '@nestjs/common';
import { allows, assertAllowed, notReachable, type Principal } from '@jiyn/auth';
import { ProblemException } from '@jiyn/problems';
import type {
  BreakdownCellView,
  GainGroupView,
  KnowledgeGainView,
  SubjectResultsView,
  SurveyResultsView,
} from './dto/results.response';
import { ResultsRepository, type Breakdown, type GainRow, type SurveyRow } from './results.repository';
import { cellKey, mergeCells, questionResults } from './question-results';
import { meanWithInterval, round } from './statistics';
import { cellSizeOf, suppress, suppressBreakdown } from './suppression';

/** The k used where no one survey sets it (per session, per speaker): FEEDBACK_MIN_CELL_SIZE. */
export const DEFAULT_MIN_CELL_SIZE = Symbol('DEFAULT_MIN_CELL_SIZE');

/** Results computations kept in memory (least recently used dropped first). */
const RESULTS_KEPT = 200;

const SUPPRESSION_NOTE =
  'Cells with fewer than k respondents are hidden, and so many others that no hidden cell can be ' +
  'worked out from the total and the cells shown; a question answered by fewer than k in a shown ' +
  'cell is left out of that cell the same way.';

/** Results of surveys, computed when asked from the grouped counts PostgreSQL returns. */
@Injectable()
export class ResultsService {
  constructor(
    private readonly repository: ResultsRepository,
    @Inject(DEFAULT_MIN_CELL_SIZE) private readonly defaultMinCellSize: number,
  ) {}

  /** The survey, if the caller may read its results (another organisation's: 404). */
  async readableSurvey(principal: Principal, surveyId: string): Promise<SurveyRow> {
    const survey = await this.repository.survey(surveyId);
    if (!survey) throw notReachable();
    assertAllowed(principal, 'analytics:read', {
      organisationId: survey.organisation_id,
      eventId: survey.event_id,
    });
    return survey;
  }

  /**
   * Free text can hold personal data: shown on non-anonymous surveys to whoever may read the
   * feedback itself, and on anonymous ones to the organisation's owners only. Aggregates only for
   * analysts.
   */
  private textAccess(principal: Principal, survey: SurveyRow): { shown: boolean; note?: string } {
    const target = { organisationId: survey.organisation_id, eventId: survey.event_id };
    const owner = allows(principal, 'members:manage', { organisationId: survey.organisation_id });
    if (owner) return { shown: true };
    if (!survey.anonymous && allows(principal, 'feedback:read', target)) return { shown: true };
    return {
      shown: false,
      note: survey.anonymous
        ? 'Free text of an anonymous survey is shown to the organisation’s owners only.'
        : 'Free text needs the feedback:read scope.',
    };
  }

  /**
   * The last computation per (survey, breakdown, free text shown), valid while the survey's version
   * and its change counter (moved by triggers on every write to its responses and answers) stay as
   * they were when it was read — read before computing, so a newer computation under an older
   * counter is only recomputed once more, never an older one kept.
   */
  private readonly computed = new Map<string, { stamp: string; view: SurveyResultsView }>();

  async results(principal: Principal, surveyId: string, breakdown?: Breakdown): Promise<SurveyResultsView> {
    const survey = await this.readableSurvey(principal, surveyId);
    const key = `${survey.id}|${breakdown ?? ''}|${this.textAccess(principal, survey).shown}`;
    const stamp = `${survey.version}|${survey.changes}`;
    const cached = this.computed.get(key);
    if (cached?.stamp === stamp) {
      // most recently used last: the map's order is the eviction order
      this.computed.delete(key);
      this.computed.set(key, cached);
      return structuredClone(cached.view);
    }
    const view = await this.compute(principal, survey, breakdown);
    this.computed.delete(key);
    this.computed.set(key, { stamp, view: structuredClone(view) });
    if (this.computed.size > RESULTS_KEPT) this.computed.delete(this.computed.keys().next().value as string);
    return view;
  }

  private async compute(
    principal: Principal,
    survey: SurveyRow,
    breakdown?: Breakdown,
  ): Promise<SurveyResultsView> {
    const questions = await this.repository.questions(survey.id);
    const questionIds = questions.map((question) => question.id);
    const textIds = questions.filter((question) => question.kind === 'text').map((question) => question.id);
    const access = this.textAccess(principal, survey);
    // Independent reads, side by side on the pool. With a breakdown, one pass grouped by cell gives
    // the whole survey's counts too (the cells partition the responses).
    const [counted, cells, texts] = await Promise.all([
      this.repository.answerCounts(survey.id, questionIds, breakdown),
      this.repository.cells(survey.id, breakdown),
      access.shown && textIds.length > 0
        ? this.repository.texts(survey.id, textIds, !survey.anonymous)
        : undefined,
    ]);
    const overall = breakdown ? mergeCells(counted) : counted;
    const byCell = breakdown ? counted : undefined;
    const respondents = cells.reduce((sum, cell) => sum + cell.n, 0);
    const view: SurveyResultsView = {
      surveyId: survey.id,
      eventId: survey.event_id,
      purpose: survey.purpose,
      anonymous: survey.anonymous,
      respondents,
      questions: questionResults(questions, overall.values, overall.answered, null).map((result) => {
        if (result.kind !== 'text') return result;
        if (!texts) return { ...result, textNote: access.note };
        return {
          ...result,
          textCount: texts.counts.get(result.questionId) ?? 0,
          texts: texts.rows
            .filter((row) => row.question_id === result.questionId)
            .map((row) =>
              row.registration_id
                ? { text: row.text, registrationId: row.registration_id }
                : { text: row.text },
            ),
        };
      }),
    };
    if (!breakdown || !byCell) return view;
    const k = cellSizeOf(survey.min_cell_size, this.defaultMinCellSize);
    const ordered = [...cells].sort((a, b) => cellKey(a.cell).localeCompare(cellKey(b.cell)));
    const { suppressed } = suppressBreakdown(
      ordered.map((cell) => cell.n),
      k,
    );
    // An optional question may have fewer than k answers in a shown cell: that question is left out
    // of the cell, with its complement, the same way (its answers per cell are a table of their own).
    const hiddenQuestions = new Set<string>();
    for (const question of questions) {
      const answeredIn = ordered.map(
        (cell) =>
          byCell.answered.find((row) => row.question_id === question.id && row.cell === cell.cell)?.n ?? 0,
      );
      const { suppressed: hiddenHere } = suppress(
        { counts: answeredIn, margins: [answeredIn.map((_, index) => index)], lowerBound: 0 },
        k,
        suppressed,
      );
      hiddenHere.forEach((isHidden, index) => {
        if (isHidden && !suppressed[index]) hiddenQuestions.add(`${index}|${question.id}`);
      });
    }
    const breakdownCells: BreakdownCellView[] = ordered.map((cell, index) =>
      suppressed[index]
        ? { key: cellKey(cell.cell), suppressed: true }
        : {
            key: cellKey(cell.cell),
            suppressed: false,
            respondents: cell.n,
            questions: questionResults(questions, byCell.values, byCell.answered, cell.cell)
              .filter((result) => !hiddenQuestions.has(`${index}|${result.questionId}`))
              .map((result) =>
                result.kind === 'text' ? { ...result, textNote: 'Free text is not broken down.' } : result,
              ),
          },
    );
    const anyHidden = suppressed.some(Boolean) || hiddenQuestions.size > 0;
    view.breakdown = {
      by: breakdown,
      minCellSize: k,
      cells: breakdownCells,
      ...(anyHidden ? { note: SUPPRESSION_NOTE } : {}),
    };
    return view;
  }

  async knowledgeGain(principal: Principal, surveyId: string): Promise<KnowledgeGainView> {
    const survey = await this.readableSurvey(principal, surveyId);
    let preTestId: string;
    let postTestId: string | undefined;
    if (survey.purpose === 'post-test') {
      preTestId = survey.pre_test_id as string;
      postTestId = survey.id;
    } else if (survey.purpose === 'pre-test') {
      preTestId = survey.id;
      postTestId = await this.repository.postTestOf(survey.id);
    } else
      throw new ProblemException('bad-request', {
        detail: {
          en: 'Knowledge gain is of a pre-test or a post-test; this survey is an evaluation.',
          ru: 'Прирост знаний считается для входного или итогового теста; этот опрос — оценка.',
          kk: 'Білім өсімі алдын ала немесе қорытынды тест үшін есептеледі; бұл сауалнама — бағалау.',
        },
      });
    const k = cellSizeOf(survey.min_cell_size, this.defaultMinCellSize);
    const rows = postTestId ? await this.repository.gains(preTestId, postTestId) : [];
    const total = rows.reduce(
      (sum, row) => ({
        region: null,
        pre_only: sum.pre_only + row.pre_only,
        post_only: sum.post_only + row.post_only,
        paired: sum.paired + row.paired,
        gain_sum: (sum.gain_sum ?? 0) + (row.gain_sum ?? 0),
        gain_squares: (sum.gain_squares ?? 0) + (row.gain_squares ?? 0),
        pre_sum: (sum.pre_sum ?? 0) + (row.pre_sum ?? 0),
        post_sum: (sum.post_sum ?? 0) + (row.post_sum ?? 0),
        hake_n: sum.hake_n + row.hake_n,
        hake_sum: (sum.hake_sum ?? 0) + (row.hake_sum ?? 0),
        hake_squares: (sum.hake_squares ?? 0) + (row.hake_squares ?? 0),
      }),
      emptyGain(),
    );
    // Regions are cells of the paired participants: only those with pairs are listed.
    const regions = rows
      .filter((row) => row.paired > 0)
      .sort((a, b) => cellKey(a.region).localeCompare(cellKey(b.region)));
    const { suppressed } = suppressBreakdown(
      regions.map((row) => row.paired),
      k,
    );
    return {
      preTestId,
      postTestId: postTestId ?? null,
      preOnly: total.pre_only,
      postOnly: total.post_only,
      overall: gainGroup(total),
      minCellSize: k,
      regions: regions.map((row, index) =>
        suppressed[index]
          ? { region: cellKey(row.region), suppressed: true }
          : { region: cellKey(row.region), suppressed: false, result: gainGroup(row) },
      ),
    };
  }

  /** Rating questions about sessions or speakers across the event's surveys; small groups hidden. */
  async bySubject(
    eventId: string,
    by: 'session' | 'speaker',
    speakerId?: string,
  ): Promise<SubjectResultsView> {
    const rows = await this.repository.bySubject(eventId, by, speakerId);
    const floor = cellSizeOf(this.defaultMinCellSize, this.defaultMinCellSize);
    return {
      eventId,
      by,
      minCellSize: floor,
      subjects: rows.map((row) => {
        const k = Math.max(floor, row.min_cell_size);
        if (row.respondents < k) return { subjectId: row.subject, suppressed: true };
        return {
          subjectId: row.subject,
          suppressed: false,
          respondents: row.respondents,
          surveys: row.surveys,
          rating: meanWithInterval(row.ratings, row.sum, row.squares),
        };
      }),
    };
  }
}

function emptyGain(): GainRow {
  return {
    region: null,
    pre_only: 0,
    post_only: 0,
    paired: 0,
    gain_sum: 0,
    gain_squares: 0,
    pre_sum: 0,
    post_sum: 0,
    hake_n: 0,
    hake_sum: 0,
    hake_squares: 0,
  };
}

function gainGroup(row: GainRow): GainGroupView {
  return {
    paired: row.paired,
    gain: meanWithInterval(row.paired, row.gain_sum ?? 0, row.gain_squares ?? 0),
    preMean: row.paired > 0 ? round((row.pre_sum ?? 0) / row.paired) : null,
    postMean: row.paired > 0 ? round((row.post_sum ?? 0) / row.paired) : null,
    normalisedGain: meanWithInterval(row.hake_n, row.hake_sum ?? 0, row.hake_squares ?? 0),
  };
}
