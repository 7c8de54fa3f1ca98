import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsDefined,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { NestedObjects } from '@jiyn/problems';

/** One answer: a rating (rating and recommendation questions), chosen options, or text. */
export class AnswerDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  questionId!: string;

  @ApiPropertyOptional({
    type: 'integer',
    nullable: true,
    description: 'Within the question’s scale (0–10 for a recommendation)',
  })
  @IsOptional()
  @IsInt()
  rating?: number | null;

  @ApiPropertyOptional({
    type: [String],
    nullable: true,
    maxItems: 50,
    description: 'Ids of the chosen options',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  choiceIds?: string[] | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 10000,
    description: 'Up to the question’s limit',
  })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  text?: string | null;
}

/** The whole response: it replaces the previous one while the survey is open. */
export class AnswerSurveyDto {
  @ApiProperty({ type: [AnswerDto], maxItems: 200 })
  @IsDefined()
  @ArrayMaxSize(200)
  @NestedObjects(() => AnswerDto)
  answers!: AnswerDto[];
}
