import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { IMPORT_FIELDS } from './import-file';
import type { ImportReport, ImportRowProblem } from './import.service';

/** One row of a JSON import: the API's field names (or a CSV header alias of them), values as text. */
@ApiSchema({ name: 'RegistrationImportRow' })
export class ImportRowBody {
  @ApiProperty({ example: 'Айгерім Сәрсенова' })
  fullName!: string;

  @ApiProperty({ example: 'aigerim@akimat.kz' })
  email!: string;

  @ApiProperty({ required: false, example: '900101399030', description: '12 digits' })
  iin?: string;

  @ApiProperty({ required: false, example: '+77011234567' })
  phone?: string;

  @ApiProperty({ required: false, example: 'KZ-71', description: 'Region code, or its name in kk/ru/en' })
  regionCode?: string;

  @ApiProperty({ required: false })
  organisation?: string;

  @ApiProperty({ required: false })
  position?: string;

  @ApiProperty({
    required: false,
    example: 'kk',
    description: 'kk, ru or en (names such as «русский» are understood)',
  })
  preferredLanguage?: string;

  @ApiProperty({
    required: false,
    example: 'MCS-2024-000123',
    description: 'Re-sending it updates that registration',
  })
  externalReference?: string;
}

/** The request body of an import, as a schema for `@ApiBody`: CSV text, or a JSON array of rows. */
export const IMPORT_BODY_CONTENT = {
  'text/csv': {
    schema: {
      type: 'string' as const,
      description:
        `A header line, then one participant per line; \`,\` \`;\` or tab separated, UTF-8 (with or without BOM) or Windows-1251. ` +
        `Columns by the API's names (${IMPORT_FIELDS.join(', ')}) or their usual kk/ru/en headers ("ФИО", "ИИН", "Аты-жөні" …); fullName and email are required, other columns are ignored.`,
      example: 'fullName;email;iin;regionCode\nАйгерім Сәрсенова;aigerim@akimat.kz;900101399030;KZ-71\n',
    },
  },
  'application/json': {
    schema: {
      type: 'array' as const,
      items: { $ref: '#/components/schemas/RegistrationImportRow' },
      maxItems: 20_000,
    },
  },
};

@ApiSchema({ name: 'RegistrationImportRowProblem' })
export class ImportRowProblemView implements ImportRowProblem {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'Data row, 1-based, header excluded' })
  row!: number;

  @ApiProperty({
    type: 'integer',
    minimum: 1,
    required: false,
    description: 'Physical line of a CSV file the row starts on',
  })
  line?: number;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'iin',
    description:
      'The API field (`iin`, `regionCode` …), `row` for the row as a whole, null for a domain refusal',
  })
  field!: string | null;

  @ApiProperty({ required: false, example: 'ИИН', description: 'The CSV header the field was read from' })
  column?: string;

  @ApiProperty({ example: 'isIin' })
  code!: string;

  @ApiProperty({ description: 'In the language of the report' })
  message!: string;
}

/** What an import found and (unless a dry run) did; counts present depend on the kind of run. */
@ApiSchema({ name: 'RegistrationImportCounts' })
export class ImportCountsView {
  @ApiProperty({ type: 'integer', minimum: 0 })
  total!: number;

  @ApiProperty({ type: 'integer', minimum: 0 })
  valid!: number;

  @ApiProperty({ type: 'integer', minimum: 0 })
  invalid!: number;

  @ApiProperty({
    type: 'integer',
    minimum: 0,
    required: false,
    description: 'Dry run: registrations a real run would create',
  })
  wouldCreate?: number;

  @ApiProperty({ type: 'integer', minimum: 0, required: false, description: 'Dry run' })
  wouldUpdate?: number;

  @ApiProperty({ type: 'integer', minimum: 0, required: false, description: 'Dry run' })
  wouldStayUnchanged?: number;

  @ApiProperty({
    type: 'integer',
    minimum: 0,
    required: false,
    description: 'Dry run: of those to create, as the seats stand now',
  })
  wouldConfirm?: number;

  @ApiProperty({ type: 'integer', minimum: 0, required: false, description: 'Dry run' })
  wouldWaitlist?: number;

  @ApiProperty({ type: 'integer', minimum: 0, required: false, description: 'Dry run' })
  wouldAwaitApproval?: number;

  @ApiProperty({ type: 'integer', minimum: 0, required: false, description: 'Dry run' })
  wouldBeRefused?: number;

  @ApiProperty({ type: 'integer', minimum: 0, required: false, description: 'Real run' })
  created?: number;

  @ApiProperty({ type: 'integer', minimum: 0, required: false, description: 'Real run' })
  updated?: number;

  @ApiProperty({ type: 'integer', minimum: 0, required: false, description: 'Real run' })
  unchanged?: number;

  @ApiProperty({
    type: 'integer',
    minimum: 0,
    required: false,
    description: 'Real run: invalid rows and rows the domain refused (event full, e-mail taken …)',
  })
  failed?: number;
}

@ApiSchema({ name: 'RegistrationImportReport' })
export class ImportReportView implements ImportReport {
  @ApiProperty()
  dryRun!: boolean;

  @ApiProperty({ enum: ['csv', 'json'], enumName: 'RegistrationImportFormat' })
  format!: 'csv' | 'json';

  @ApiProperty({
    enum: ['utf-8', 'windows-1251'],
    required: false,
    description: 'CSV: the encoding recognised',
  })
  encoding?: string;

  @ApiProperty({ enum: [',', ';', '\t'], required: false, description: 'CSV: the delimiter recognised' })
  delimiter?: string;

  @ApiProperty({
    type: String,
    isArray: true,
    description: 'Header cells that name no field; their cells were ignored',
  })
  ignoredColumns!: string[];

  @ApiProperty({ type: ImportCountsView })
  counts!: ImportCountsView;

  @ApiProperty({ type: ImportRowProblemView, isArray: true })
  problems!: ImportRowProblemView[];
}
