import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { SUPPORTED_LANGUAGES } from '@jiyn/kz';

/*
 * The frab / c3voc schedule.json (https://c3voc.de/schedule/schema.json) as this service writes it;
 * property names are the format's own.
 */

const HOURS_MINUTES = '^\\d{2,}:\\d{2}$';

export class FrabPersonResponse {
  @ApiProperty({ format: 'uuid' })
  guid!: string;

  @ApiProperty({ type: 'integer', description: 'Deprecated by the format in favour of guid' })
  id!: number;

  @ApiProperty()
  name!: string;
}

export class FrabLinkResponse {
  @ApiProperty({ format: 'uri' })
  url!: string;

  @ApiPropertyOptional()
  title?: string;
}

export class FrabEventResponse {
  @ApiProperty({ format: 'uuid' })
  guid!: string;

  @ApiProperty({ type: 'integer' })
  id!: number;

  @ApiProperty({
    format: 'date-time',
    description: 'Local start with its offset',
    example: '2024-02-05T09:00:00+05:00',
  })
  date!: string;

  @ApiProperty({ pattern: '^\\d{2}:\\d{2}$', description: 'Local wall-clock start, HH:MM', example: '09:00' })
  start!: string;

  @ApiProperty({ description: 'Local end with its offset' })
  end!: string;

  @ApiProperty({ pattern: HOURS_MINUTES, description: 'Elapsed time, HH:MM', example: '01:30' })
  duration!: string;

  @ApiProperty()
  room!: string;

  @ApiProperty()
  slug!: string;

  @ApiProperty({ format: 'uri' })
  url!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  subtitle!: string;

  @ApiProperty({ type: String, nullable: true })
  track!: string | null;

  @ApiProperty({ example: 'talk' })
  type!: string;

  @ApiProperty({ enum: SUPPORTED_LANGUAGES, enumName: 'Language' })
  language!: string;

  @ApiProperty()
  abstract!: string;

  @ApiProperty()
  description!: string;

  @ApiProperty({ type: FrabPersonResponse, isArray: true })
  persons!: FrabPersonResponse[];

  @ApiProperty({ type: FrabLinkResponse, isArray: true })
  links!: FrabLinkResponse[];

  @ApiProperty({ type: FrabLinkResponse, isArray: true })
  attachments!: FrabLinkResponse[];
}

@ApiExtraModels(FrabEventResponse)
export class FrabDayResponse {
  @ApiProperty({ type: 'integer', minimum: 1 })
  index!: number;

  @ApiProperty({ format: 'date' })
  date!: string;

  @ApiProperty({ format: 'date-time' })
  day_start!: string;

  @ApiProperty({ format: 'date-time' })
  day_end!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'array', items: { $ref: getSchemaPath(FrabEventResponse) } },
    description: "Room name → that day's sessions in it, in start order",
  })
  rooms!: Record<string, FrabEventResponse[]>;
}

export class FrabTrackResponse {
  @ApiProperty()
  name!: string;

  @ApiProperty({ example: '#0a7cbf' })
  color!: string;
}

export class FrabRoomResponse {
  @ApiProperty()
  name!: string;

  @ApiProperty({ format: 'uuid' })
  guid!: string;

  @ApiProperty({ type: 'integer', nullable: true })
  capacity!: number | null;
}

export class FrabConferenceResponse {
  @ApiProperty()
  acronym!: string;

  @ApiProperty()
  title!: string;

  @ApiPropertyOptional()
  description?: string;

  @ApiProperty({ format: 'date' })
  start!: string;

  @ApiProperty({ format: 'date' })
  end!: string;

  @ApiProperty({ type: 'integer', minimum: 1 })
  daysCount!: number;

  @ApiProperty({ pattern: HOURS_MINUTES, example: '00:05' })
  timeslot_duration!: string;

  @ApiProperty({ example: 'Asia/Almaty' })
  time_zone_name!: string;

  @ApiProperty({ format: 'uri' })
  url!: string;

  @ApiProperty({ type: FrabTrackResponse, isArray: true })
  tracks!: FrabTrackResponse[];

  @ApiProperty({ type: FrabRoomResponse, isArray: true })
  rooms!: FrabRoomResponse[];

  @ApiProperty({ type: FrabDayResponse, isArray: true })
  days!: FrabDayResponse[];
}

export class FrabScheduleBody {
  @ApiProperty({ description: 'The schedule version name' })
  version!: string;

  @ApiProperty({ format: 'uri' })
  base_url!: string;

  @ApiProperty({ type: FrabConferenceResponse })
  conference!: FrabConferenceResponse;
}

export class FrabGeneratorResponse {
  @ApiProperty({ example: 'Jiyn' })
  name!: string;
}

/** schedule.json in the frab / c3voc format that conference apps and recording pipelines read. */
export class FrabScheduleResponse {
  @ApiProperty({ format: 'uri', example: 'https://c3voc.de/schedule/schema.json' })
  $schema!: string;

  @ApiProperty({ type: FrabGeneratorResponse })
  generator!: FrabGeneratorResponse;

  @ApiProperty({ type: FrabScheduleBody })
  schedule!: FrabScheduleBody;
}
