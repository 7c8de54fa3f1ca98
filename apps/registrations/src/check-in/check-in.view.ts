import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { REGISTRATION_STATUSES } from '@jiyn/contracts';
import type { CheckInListRow, CheckInRow } from './check-ins.repository';
import { formatConfirmationCode } from './confirmation-code';

@ApiSchema({ name: 'CheckIn' })
export class CheckInView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  registrationId!: string;

  @ApiProperty({ format: 'uuid' })
  eventId!: string;

  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    example: '2024-02-05',
    description: 'The event day (local date), for a day check-in',
  })
  day!: string | null;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The session, for a session check-in',
  })
  sessionId!: string | null;

  @ApiProperty({
    enum: ['code', 'token'],
    enumName: 'CheckInMethod',
    description: 'Confirmation code or QR token',
  })
  method!: 'code' | 'token';

  @ApiProperty({ format: 'date-time' })
  checkedInAt!: string;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Set once the check-in was reverted',
  })
  revertedAt!: string | null;
}

/** Who checked in, as the door list shows them. */
@ApiSchema({ name: 'CheckInParticipant' })
export class CheckInParticipantView {
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Айгерім Сәрсенова',
    description: 'null once anonymised',
  })
  fullName!: string | null;

  @ApiProperty({ pattern: '^[0-9A-Z]{5}-[0-9A-Z]{5}$', example: 'ABCDE-23456' })
  confirmationCode!: string;

  @ApiProperty({ enum: REGISTRATION_STATUSES, enumName: 'RegistrationStatus' })
  status!: string;

  @ApiProperty({ type: String, nullable: true, pattern: '^KZ-\\d{2}$', example: 'KZ-71' })
  regionCode!: string | null;

  @ApiProperty({ type: String, nullable: true })
  organisation!: string | null;
}

@ApiSchema({ name: 'CheckInListItem' })
export class CheckInListItemView extends CheckInView {
  @ApiProperty({ type: CheckInParticipantView })
  participant!: CheckInParticipantView;
}

@ApiSchema({ name: 'CheckInCounts' })
export class CheckInCountsView {
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description: 'Participants expected (confirmed, or signed up for the session)',
  })
  expected!: number;

  @ApiProperty({ type: 'integer', minimum: 0 })
  checkedIn!: number;
}

/** One day's or one session's check-ins, a page at a time, with the counts. */
@ApiSchema({ name: 'CheckInList' })
export class CheckInListView {
  @ApiProperty({ format: 'uuid' })
  eventId!: string;

  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description: 'The day listed; null for a session',
  })
  day!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The session listed, if one' })
  sessionId!: string | null;

  @ApiProperty({ type: CheckInCountsView })
  counts!: CheckInCountsView;

  @ApiProperty({ type: CheckInListItemView, isArray: true })
  items!: CheckInListItemView[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as `cursor` to read the next page; null on the last page',
  })
  nextCursor!: string | null;
}

@ApiSchema({ name: 'CheckInDayCount' })
export class CheckInDayCountView {
  @ApiProperty({ format: 'date', example: '2024-02-05' })
  day!: string;

  @ApiProperty({ type: 'integer', minimum: 0 })
  expected!: number;

  @ApiProperty({ type: 'integer', minimum: 0 })
  checkedIn!: number;
}

@ApiSchema({ name: 'CheckInSessionCount' })
export class CheckInSessionCountView {
  @ApiProperty({ format: 'uuid' })
  sessionId!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  startsAt!: string | null;

  @ApiProperty({ type: 'integer', minimum: 0 })
  expected!: number;

  @ApiProperty({ type: 'integer', minimum: 0 })
  checkedIn!: number;
}

/** Attendance of an event per day and per session. */
@ApiSchema({ name: 'CheckInSummary' })
export class CheckInSummaryView {
  @ApiProperty({ format: 'uuid' })
  eventId!: string;

  @ApiProperty({ example: 'Asia/Almaty', description: 'The event’s time zone, which its days are in' })
  timeZone!: string;

  @ApiProperty({ format: 'date', description: 'Today in the event’s zone' })
  today!: string;

  @ApiProperty({ type: CheckInDayCountView, isArray: true })
  days!: CheckInDayCountView[];

  @ApiProperty({ type: CheckInSessionCountView, isArray: true })
  sessions!: CheckInSessionCountView[];
}

export function toCheckInView(checkIn: CheckInRow): CheckInView {
  return {
    id: checkIn.id,
    registrationId: checkIn.registrationId,
    eventId: checkIn.eventId,
    day: checkIn.day,
    sessionId: checkIn.sessionId,
    method: checkIn.method,
    checkedInAt: checkIn.checkedInAt.toISOString(),
    revertedAt: checkIn.revertedAt?.toISOString() ?? null,
  };
}

export function toCheckInListItemView(row: CheckInListRow): CheckInListItemView {
  return {
    ...toCheckInView(row),
    participant: {
      fullName: row.fullName,
      confirmationCode: formatConfirmationCode(row.confirmationCode),
      status: row.status,
      regionCode: row.regionCode,
      organisation: row.organisation,
    },
  };
}
