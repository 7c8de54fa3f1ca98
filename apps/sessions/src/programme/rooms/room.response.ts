import { ApiProperty } from '@nestjs/swagger';
import { MultilingualTextDto } from '@jiyn/problems';

/** A room of an event's venue, as organisers see it. */
export class ProgrammeRoomResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  eventId!: string;

  @ApiProperty({ type: MultilingualTextDto })
  name!: MultilingualTextDto;

  @ApiProperty({ type: 'integer', nullable: true, minimum: 0, example: 120 })
  capacity!: number | null;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'Order in schedule grids' })
  position!: number;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt!: Date;
}

export class ProgrammeRoomList {
  @ApiProperty({ type: ProgrammeRoomResponse, isArray: true })
  items!: ProgrammeRoomResponse[];
}
