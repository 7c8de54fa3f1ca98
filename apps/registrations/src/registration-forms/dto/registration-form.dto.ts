import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { IsBin } from '@jiyn/kz';
import {
  MultilingualField,
  MultilingualTextDto,
  NestedObject,
  NestedObjects,
  NullAsAbsent,
} from '@jiyn/problems';
import { DATA_CATEGORIES, type DataCategory } from '../../registration-core/participant-data';
import { QUESTION_TYPES, STABLE_KEY, TEXT_MAX_LENGTH_LIMIT, type QuestionType } from '../form-definition';

export class ChoiceOptionDto {
  @ApiProperty({
    example: 'culture',
    description: 'Stable value stored in answers; keep it when relabelling',
  })
  @IsString()
  @Matches(STABLE_KEY)
  value!: string;

  @MultilingualField({ required: true })
  label!: MultilingualTextDto;
}

/**
 * One question; which constraint properties apply depends on `type` (others are refused). A
 * constraint given as null is no constraint, as when it is left out.
 */
export class FormQuestionDto {
  @ApiProperty({ example: 'department', description: 'Stable key of the answer; lower-case, a–z 0–9 _' })
  @IsString()
  @Matches(STABLE_KEY)
  key!: string;

  @ApiProperty({ enum: QUESTION_TYPES })
  @IsIn(QUESTION_TYPES)
  type!: QuestionType;

  @MultilingualField({ required: true })
  label!: MultilingualTextDto;

  @MultilingualField()
  help?: MultilingualTextDto;

  @ApiProperty()
  @IsBoolean()
  required!: boolean;

  @ApiPropertyOptional({ description: 'text: most characters', maximum: TEXT_MAX_LENGTH_LIMIT })
  @NullAsAbsent()
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(TEXT_MAX_LENGTH_LIMIT)
  maxLength?: number;

  @ApiPropertyOptional({ description: 'number: smallest allowed' })
  @NullAsAbsent()
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  min?: number;

  @ApiPropertyOptional({ description: 'number: largest allowed' })
  @NullAsAbsent()
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  max?: number;

  @ApiPropertyOptional({ description: 'number: whole numbers only' })
  @NullAsAbsent()
  @IsOptional()
  @IsBoolean()
  integer?: boolean;

  @ApiPropertyOptional({ type: [ChoiceOptionDto], description: 'choice and multi-choice' })
  @NullAsAbsent()
  @IsOptional()
  @NestedObjects(() => ChoiceOptionDto)
  @ArrayMaxSize(100)
  options?: ChoiceOptionDto[];

  @ApiPropertyOptional({ description: 'multi-choice: fewest selections when answered' })
  @NullAsAbsent()
  @IsOptional()
  @IsInt()
  @Min(1)
  minSelections?: number;

  @ApiPropertyOptional({ description: 'multi-choice: most selections' })
  @NullAsAbsent()
  @IsOptional()
  @IsInt()
  @Min(1)
  maxSelections?: number;

  @ApiPropertyOptional({ example: '1950-01-01', description: 'date: earliest, inclusive' })
  @NullAsAbsent()
  @IsOptional()
  @IsString()
  minDate?: string;

  @ApiPropertyOptional({ example: '2010-12-31', description: 'date: latest, inclusive' })
  @NullAsAbsent()
  @IsOptional()
  @IsString()
  maxDate?: string;
}

/** The consent terms the Law "On Personal Data" (Art. 8) asks a consent to state. */
export class ConsentTermsDto {
  @MultilingualField({ required: true, description: 'Name of the operator (kk and ru required)' })
  operatorName!: MultilingualTextDto;

  @ApiProperty({ example: '100140011059', description: 'BIN of the operator; check digit verified' })
  @IsBin()
  operatorBin!: string;

  @MultilingualField({ required: true, description: 'Purposes of collecting and processing' })
  purposes!: MultilingualTextDto;

  @ApiProperty({ enum: DATA_CATEGORIES, isArray: true, description: 'The personal data collected' })
  @IsArray()
  @ArrayMaxSize(DATA_CATEGORIES.length)
  @IsIn(DATA_CATEGORIES, { each: true })
  dataCategories!: DataCategory[];

  @MultilingualField({ required: true, description: 'Term of processing and retention' })
  term!: MultilingualTextDto;

  @ApiProperty()
  @IsBoolean()
  thirdPartyTransfer!: boolean;

  @MultilingualField({ description: 'Who receives the data; required when thirdPartyTransfer' })
  thirdParties?: MultilingualTextDto;

  @ApiProperty()
  @IsBoolean()
  crossBorderTransfer!: boolean;

  @MultilingualField({ description: 'Where the data goes abroad; required when crossBorderTransfer' })
  crossBorderDetails?: MultilingualTextDto;

  @ApiProperty({ description: 'Whether the data is published (e.g. a public list of participants)' })
  @IsBoolean()
  publication!: boolean;

  @ApiProperty({ example: '2026-03-v1', description: 'Change it whenever the terms change' })
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/)
  textVersion!: string;

  @MultilingualField({ required: true, description: 'The consent text shown to the participant' })
  text!: MultilingualTextDto;
}

export class RegistrationFormDto {
  @ApiProperty({ type: [FormQuestionDto] })
  @NestedObjects(() => FormQuestionDto)
  @ArrayMaxSize(100)
  questions!: FormQuestionDto[];

  @ApiProperty({ type: ConsentTermsDto })
  @IsDefined()
  @NestedObject(() => ConsentTermsDto)
  consent!: ConsentTermsDto;
}
