import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CONFLICT_KINDS } from './detect-conflicts';

/** One clash or warning in a programme; room and speaker clashes block publishing unless forced. */
export class ProgrammeConflictResponse {
  @ApiProperty({ enum: CONFLICT_KINDS, enumName: 'ProgrammeConflictKind' })
  kind!: string;

  @ApiProperty({ enum: ['blocking', 'warning'], enumName: 'ProgrammeConflictSeverity' })
  severity!: string;

  @ApiProperty({
    type: String,
    format: 'uuid',
    isArray: true,
    description: 'The sessions involved, sorted',
  })
  sessionIds!: string[];

  @ApiPropertyOptional({ format: 'uuid', description: 'The room, for room and capacity conflicts' })
  roomId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The speaker, for speaker conflicts' })
  speakerId?: string;
}

export class ProgrammeConflictReport {
  @ApiProperty({ type: ProgrammeConflictResponse, isArray: true, description: 'Blocking ones first' })
  items!: ProgrammeConflictResponse[];

  @ApiProperty({ type: 'integer', minimum: 0 })
  blocking!: number;

  @ApiProperty({ type: 'integer', minimum: 0 })
  warnings!: number;
}
