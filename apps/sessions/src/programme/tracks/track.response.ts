import { ApiProperty } from '@nestjs/swagger';
import { MultilingualTextDto } from '@jiyn/problems';

export const COLOUR_PATTERN = '^#[0-9a-fA-F]{6}$';

/** A thematic track of a programme, with the colour schedule grids use for it. */
export class ProgrammeTrackResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  eventId!: string;

  @ApiProperty({ type: MultilingualTextDto })
  name!: MultilingualTextDto;

  @ApiProperty({ pattern: COLOUR_PATTERN, example: '#0a7cbf' })
  colour!: string;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt!: Date;
}

export class ProgrammeTrackList {
  @ApiProperty({ type: ProgrammeTrackResponse, isArray: true })
  items!: ProgrammeTrackResponse[];
}
