import { Inject, Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DataSource, type EntityManager } from 'typeorm';
import type { Lang } from '@jiyn/kz';
import { isUniqueViolation, runInTransaction } from '@jiyn/persistence';
import {
  ProblemException,
  VALIDATOR_OPTIONS,
  fieldMessage,
  flattenValidationErrors,
  renderProblem,
  unstorableInputProblems,
  type FieldProblem,
} from '@jiyn/problems';
import { quotaOf, type EventSettings } from '../event-projection/event-settings.repository';
import { EventProjectionRepository } from '../event-projection/event-projection.repository';
import { RegistrationFormsService } from '../registration-forms/registration-forms.service';
import { noSeat } from '../registration-core/registration-problems';
import { assertMeetsSettings, assertRegistrationOpen } from '../registration-core/admission';
import { SeatLedger } from '../registration-core/seat-ledger';
import { CreateRegistrationDto } from '../registrations/dto/create-registration.dto';
import { RegistrationEntity } from '../registration-core/registration.entity';
import type { ImportRow, ParsedImport } from './import-file';
import { PARTICIPANT_WRITER, type ParticipantWriter } from './participant-writer';
import { forecastSeats } from './seat-forecast';

/** Rows per transaction. The batch holds the event's seat counter until it commits, so keep it short. */
export const IMPORT_BATCH_SIZE = 250;

export interface ImportRowProblem {
  /** Data row, 1-based, header excluded. */
  row: number;
  /** Physical line of a CSV file the row starts on. */
  line?: number;
  /** The API field (`iin`, `regionCode` …), `row` for the row as a whole, null for a domain refusal. */
  field: string | null;
  /** The CSV header the field was read from. */
  column?: string;
  code: string;
  message: string;
}

export interface ImportReport {
  dryRun: boolean;
  format: 'csv' | 'json';
  encoding?: string;
  delimiter?: string;
  ignoredColumns: string[];
  counts: {
    total: number;
    valid: number;
    invalid: number;
    /** Dry run: what a real run would do with the valid rows, as the data stands now. */
    wouldCreate?: number;
    wouldUpdate?: number;
    wouldStayUnchanged?: number;
    /** Dry run: what the rows to create would become, taken in file order as the seats stand now. */
    wouldConfirm?: number;
    wouldWaitlist?: number;
    wouldAwaitApproval?: number;
    wouldBeRefused?: number;
    /** Real run. `failed` = invalid rows + rows the domain refused (event full, e-mail taken …). */
    created?: number;
    updated?: number;
    unchanged?: number;
    failed?: number;
  };
  problems: ImportRowProblem[];
}

export interface ImportOptions {
  eventId: string;
  dryRun: boolean;
  format: 'csv' | 'json';
  lang: Lang;
  consentTextVersion?: string;
}

interface CheckedRow {
  source: ImportRow;
  dto?: CreateRegistrationDto;
  problems: FieldProblem[];
}

/**
 * Bulk import of a ministry participant list. Every row is checked with the API's own DTO and
 * options; a dry run stops at the report. A real run applies the valid rows in file order (so the
 * waitlist keeps the file's order) in batches of one transaction each, each row in a savepoint,
 * matching existing participants by external reference or IIN, so importing a file twice changes
 * nothing the second time.
 */
@Injectable()
export class ImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly projections: EventProjectionRepository,
    private readonly ledger: SeatLedger,
    private readonly forms: RegistrationFormsService,
    @Inject(PARTICIPANT_WRITER) private readonly writer: ParticipantWriter,
  ) {}

  async run(parsed: ParsedImport, options: ImportOptions): Promise<ImportReport> {
    await this.projections.require(this.dataSource.manager, options.eventId);
    const checked = await this.check(parsed.rows, options);
    markDuplicatesInFile(checked);
    const valid = checked.filter((row) => row.problems.length === 0);
    const columnOf = columnNames(parsed);
    const problems: ImportRowProblem[] = checked.flatMap((row) =>
      row.problems.map((problem) => ({
        row: row.source.row,
        ...(row.source.line === undefined ? {} : { line: row.source.line }),
        field: problem.field,
        ...(columnOf.has(problem.field) ? { column: columnOf.get(problem.field) } : {}),
        code: problem.code,
        message: fieldMessage(problem.code, problem.field, problem.args ?? [], options.lang),
      })),
    );
    const report: ImportReport = {
      dryRun: options.dryRun,
      format: options.format,
      ...(parsed.encoding ? { encoding: parsed.encoding } : {}),
      ...(parsed.delimiter ? { delimiter: parsed.delimiter } : {}),
      ignoredColumns: parsed.ignoredColumns,
      counts: { total: checked.length, valid: valid.length, invalid: checked.length - valid.length },
      problems,
    };
    if (options.dryRun) {
      const preview = await this.preview(options.eventId, valid, options.lang);
      Object.assign(report.counts, preview.counts);
      report.problems = [...problems, ...preview.refusals].sort((a, b) => a.row - b.row);
      return report;
    }
    const applied = await this.apply(valid, options);
    report.counts.created = applied.created;
    report.counts.updated = applied.updated;
    report.counts.unchanged = applied.unchanged;
    report.counts.failed = report.counts.invalid + applied.refusals.length;
    report.problems = [...problems, ...applied.refusals].sort((a, b) => a.row - b.row);
    return report;
  }

  /** Each row through the API's DTO, with the API's validation options. */
  private async check(rows: ImportRow[], options: ImportOptions): Promise<CheckedRow[]> {
    const checked: CheckedRow[] = [];
    for (const source of rows) {
      const problems: FieldProblem[] = [...source.problems];
      if (problems.some((problem) => problem.field === 'row')) {
        checked.push({ source, problems });
        continue;
      }
      // A JSON row skips the route's input pipe: the same NUL, surrogate and depth checks here.
      const unstorable = unstorableInputProblems(source.values);
      if (unstorable.length) {
        checked.push({ source, problems: [...problems, ...unstorable] });
        continue;
      }
      const plain: Record<string, unknown> = { ...source.values, eventId: options.eventId };
      // The importing organisation attests it collected every participant's consent under this
      // text version (the registration DTO requires the consent record once it carries one).
      if (options.consentTextVersion)
        plain['consent'] = { textVersion: options.consentTextVersion, accepted: true };
      const dto = plainToInstance(CreateRegistrationDto, plain);
      // A cell that could not be read (lost letters, NUL) was left out: "fullName is required"
      // would only repeat its problem.
      const unread = new Set(source.problems.map((problem) => problem.field));
      problems.push(
        ...flattenValidationErrors(await validate(dto, VALIDATOR_OPTIONS)).filter(
          (problem) => !unread.has(problem.field),
        ),
      );
      if (!problems.some((problem) => problem.field === 'iin') && !dto.iin && !dto.externalReference)
        problems.push({ field: 'iin', code: 'identifierRequired' });
      // The event's own questions and consent text, as the registration itself will check them:
      // a dry run must not call a row valid that the real run then refuses.
      if (problems.length === 0) problems.push(...(await this.formProblems(options.eventId, dto)));
      checked.push({ source, dto, problems });
    }
    return checked;
  }

  private async formProblems(eventId: string, dto: CreateRegistrationDto): Promise<FieldProblem[]> {
    try {
      await this.forms.participantData(eventId, dto, 'import', new Date());
      return [];
    } catch (error) {
      if (error instanceof ProblemException && error.problemType === 'validation')
        return error.problem.errors ?? [];
      throw error;
    }
  }

  /**
   * What a real run would do, as the data stands: rows matching an active registration (by
   * external reference, else IIN, as the upsert matches) update it or leave it as it is; the
   * others are played through the seats in file order, and those a real run would refuse (event
   * full, region full, registration closed) are reported per row as it would report them.
   */
  private async preview(
    eventId: string,
    rows: CheckedRow[],
    lang: Lang,
  ): Promise<{ counts: Partial<ImportReport['counts']>; refusals: ImportRowProblem[] }> {
    const manager = this.dataSource.manager;
    const dtos = rows.map((row) => row.dto as CreateRegistrationDto);
    const matchOf = await this.matcher(eventId, dtos);
    const counts = {
      wouldCreate: 0,
      wouldUpdate: 0,
      wouldStayUnchanged: 0,
      wouldConfirm: 0,
      wouldWaitlist: 0,
      wouldAwaitApproval: 0,
      wouldBeRefused: 0,
    };
    const found = await this.projections.findWithSettings(manager, eventId);
    const refusals: ImportRowProblem[] = [];
    const refuse = (row: CheckedRow, problem: ProblemException) => {
      counts.wouldBeRefused += 1;
      refusals.push(refusalOf(problem, row.source, lang) as ImportRowProblem);
    };
    const toCreate: CheckedRow[] = [];
    rows.forEach((row, index) => {
      const dto = dtos[index] as CreateRegistrationDto;
      const match = matchOf(dto);
      if (match && !this.writer.wouldChange(match, dto)) {
        counts.wouldStayUnchanged += 1;
        return;
      }
      // What the event's settings demand (an IIN, a region under quotas), as the real run checks it.
      const unmet = found ? settingsRefusal(dto, found.settings) : undefined;
      if (unmet) refuse(row, unmet);
      else if (match) counts.wouldUpdate += 1;
      else toCreate.push(row);
    });
    counts.wouldCreate = toCreate.length;
    if (!found || toCreate.length === 0) return { counts, refusals };
    try {
      assertRegistrationOpen(found.event, new Date());
    } catch (closed) {
      if (!(closed instanceof ProblemException)) throw closed;
      for (const row of toCreate) refuse(row, closed);
      return { counts, refusals };
    }
    const [freeSeats, taken] = await Promise.all([
      this.ledger.freeSeats(manager, eventId),
      this.ledger.takenPerRegion(manager, eventId),
    ]);
    const forecast = forecastSeats(
      {
        requiresApproval: found.event.requiresApproval,
        waitlistEnabled: found.event.waitlistEnabled,
        freeSeats,
        regionFree: (regionCode) => {
          const quota = quotaOf(found.settings, regionCode);
          return quota === null ? null : quota - (regionCode ? (taken.get(regionCode) ?? 0) : 0);
        },
      },
      toCreate.map((row) => (row.dto as CreateRegistrationDto).regionCode ?? null),
    );
    forecast.forEach((outcome, index) => {
      const row = toCreate[index] as CheckedRow;
      if (outcome === 'confirmed') counts.wouldConfirm += 1;
      else if (outcome === 'waitlisted') counts.wouldWaitlist += 1;
      else if (outcome === 'pending') counts.wouldAwaitApproval += 1;
      else refuse(row, noSeat(found.event, outcome));
    });
    refusals.sort((a, b) => a.row - b.row);
    return { counts, refusals };
  }

  /** The active registration each row would update, as the upsert matches: external reference, else IIN. */
  private async matcher(
    eventId: string,
    dtos: CreateRegistrationDto[],
    manager?: EntityManager,
  ): Promise<(dto: CreateRegistrationDto) => RegistrationEntity | null> {
    const byReference = await this.activeBy(
      eventId,
      'external_reference',
      dtos.map((dto) => dto.externalReference),
      manager,
    );
    const byIin = await this.activeBy(
      eventId,
      'iin',
      dtos.map((dto) => dto.iin),
      manager,
    );
    return (dto) =>
      (dto.externalReference ? byReference.get(dto.externalReference) : undefined) ??
      (dto.iin ? byIin.get(dto.iin) : undefined) ??
      null;
  }

  /** Active registrations of the event by one key column, a few thousand keys per query. */
  private async activeBy(
    eventId: string,
    column: 'iin' | 'external_reference',
    keys: (string | undefined)[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, RegistrationEntity>> {
    const wanted = [...new Set(keys.filter((key): key is string => !!key))];
    const found = new Map<string, RegistrationEntity>();
    for (let start = 0; start < wanted.length; start += 5_000) {
      const registrations = await manager
        .createQueryBuilder(RegistrationEntity, 'r')
        .where('r.event_id = :eventId', { eventId })
        .andWhere(`r.${column} IN (:...keys)`, { keys: wanted.slice(start, start + 5_000) })
        .andWhere(`r.status NOT IN ('cancelled', 'rejected')`)
        .getMany();
      for (const registration of registrations) {
        const key = column === 'iin' ? registration.iin : registration.externalReference;
        if (key) found.set(key, registration);
      }
    }
    return found;
  }

  private async apply(rows: CheckedRow[], options: ImportOptions) {
    const totals = { created: 0, updated: 0, unchanged: 0, refusals: [] as ImportRowProblem[] };
    let careful = false;
    for (let start = 0; start < rows.length; start += IMPORT_BATCH_SIZE) {
      const batch = rows.slice(start, start + IMPORT_BATCH_SIZE);
      let result: BatchResult | undefined = careful
        ? undefined
        : await this.applyBatch(batch, options, false);
      // A row was refused: nothing of the batch was kept; again, each row in a savepoint of its own.
      result ??= await this.applyBatch(batch, options, true);
      // Refusals come in runs (a full event refuses every later row): stay careful while they do.
      careful = result !== undefined && result.refusals.length > 0;
      totals.created += result.created;
      totals.updated += result.updated;
      totals.unchanged += result.unchanged;
      totals.refusals.push(...result.refusals);
    }
    return totals;
  }

  /**
   * One transaction for the batch, rows in file order. Optimistic (no savepoints: two round trips
   * less per row), it answers undefined at the first refusal, having rolled the batch back; careful,
   * each row runs in a savepoint and a refusal costs only its row. Deadlocks and serialization
   * failures run the whole batch again (runInTransaction).
   */
  private async applyBatch(batch: CheckedRow[], options: ImportOptions, careful: true): Promise<BatchResult>;
  private async applyBatch(
    batch: CheckedRow[],
    options: ImportOptions,
    careful: boolean,
  ): Promise<BatchResult | undefined>;
  private async applyBatch(
    batch: CheckedRow[],
    options: ImportOptions,
    careful: boolean,
  ): Promise<BatchResult | undefined> {
    try {
      // A retried batch starts over: its counts too.
      return await runInTransaction(this.dataSource, async (manager) => {
        const result: BatchResult = { created: 0, updated: 0, unchanged: 0, refusals: [] };
        // One query per key for the whole batch instead of a lookup per row; rows that would
        // change nothing cost no statement at all (a re-imported list is mostly such rows).
        const matchOf = await this.matcher(
          options.eventId,
          batch.map((row) => row.dto as CreateRegistrationDto),
          manager,
        );
        const shared = new Map<string, unknown>();
        for (const row of batch) {
          const dto = row.dto as CreateRegistrationDto;
          const match = matchOf(dto);
          if (match && !this.writer.wouldChange(match, dto)) {
            result.unchanged += 1;
            continue;
          }
          const upsert = (inner: EntityManager) =>
            this.writer.upsertParticipant(dto, 'import', {
              matchByIin: true,
              manager: inner,
              // Careful runs follow a refusal, perhaps a concurrent import: each row looks afresh,
              // and reads afresh (a savepoint rolled back may release the event row lock).
              ...(careful ? {} : { match, shared }),
            });
          try {
            const { outcome } = careful ? await manager.transaction(upsert) : await upsert(manager);
            result[outcome] += 1;
          } catch (error) {
            const refusal = refusalOf(error, row.source, options.lang);
            if (!refusal) throw error;
            if (!careful) throw new RowRefused();
            result.refusals.push(refusal);
          }
        }
        return result;
      });
    } catch (error) {
      if (error instanceof RowRefused) return undefined;
      throw error;
    }
  }
}

interface BatchResult {
  created: number;
  updated: number;
  unchanged: number;
  refusals: ImportRowProblem[];
}

/** Ends an optimistic batch: it is rolled back and run again row by row. */
class RowRefused extends Error {}

/** The refusal `assertMeetsSettings` would raise for this row, if any. */
function settingsRefusal(dto: CreateRegistrationDto, settings: EventSettings): ProblemException | undefined {
  try {
    assertMeetsSettings({ iin: dto.iin ?? null, regionCode: dto.regionCode ?? null }, settings);
    return undefined;
  } catch (error) {
    if (error instanceof ProblemException) return error;
    throw error;
  }
}

/** A row the domain refused, in the report's shape; undefined for errors that are not the row's fault. */
function refusalOf(error: unknown, source: ImportRow, lang: Lang): ImportRowProblem | undefined {
  let problem: ProblemException | undefined;
  if (error instanceof ProblemException) problem = error;
  else if (isUniqueViolation(error)) problem = new ProblemException('duplicate-registration');
  if (!problem || problem.getStatus() >= 500) return undefined;
  const rendered = renderProblem(problem.problemType, problem.problem, lang, '');
  const fieldError = rendered.errors?.[0];
  return {
    row: source.row,
    ...(source.line === undefined ? {} : { line: source.line }),
    field: fieldError?.field ?? null,
    code: problem.problemType,
    message: rendered.detail ?? fieldError?.message ?? rendered.title,
  };
}

/** Later rows repeating an IIN, e-mail or external reference of an earlier valid row are refused. */
function markDuplicatesInFile(rows: CheckedRow[]): void {
  const firstRow = {
    iin: new Map<string, number>(),
    email: new Map<string, number>(),
    externalReference: new Map<string, number>(),
  };
  for (const row of rows) {
    if (!row.dto || row.problems.length) continue;
    const keys = {
      iin: row.dto.iin,
      email: row.dto.email.toLowerCase(),
      externalReference: row.dto.externalReference,
    };
    const repeats = (Object.keys(keys) as (keyof typeof keys)[]).filter((field) => {
      const key = keys[field];
      return key !== undefined && firstRow[field].has(key);
    });
    for (const field of repeats)
      row.problems.push({
        field,
        code: 'duplicateInFile',
        args: [firstRow[field].get(keys[field] as string)],
      });
    if (repeats.length) continue;
    for (const field of Object.keys(keys) as (keyof typeof keys)[]) {
      const key = keys[field];
      if (key !== undefined) firstRow[field].set(key, row.source.row);
    }
  }
}

function columnNames(parsed: ParsedImport): Map<string, string> {
  const names = new Map<string, string>();
  parsed.columns?.forEach((field, index) => {
    if (field) names.set(field, parsed.headers?.[index] as string);
  });
  return names;
}
