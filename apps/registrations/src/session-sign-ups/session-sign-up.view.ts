import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { SESSION_STATUSES } from '@jiyn/contracts';
import { MultilingualTextDto } from '@jiyn/problems';

type SessionStatus = (typeof SESSION_STATUSES)[number];

/** A participant's sign-up for one session (kept, with `cancelledAt`, once cancelled). */
@ApiSchema({ name: 'SessionSignUp' })
export class SignUpView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  registrationId!: string;

  @ApiProperty({ format: 'uuid' })
  sessionId!: string;

  @ApiProperty({ type: MultilingualTextDto, description: 'The session’s title' })
  title!: MultilingualTextDto;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  startsAt!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  endsAt!: string | null;

  @ApiProperty({
    enum: SESSION_STATUSES,
    enumName: 'SignUpSessionStatus',
    description: 'The session’s status',
  })
  sessionStatus!: SessionStatus | string;

  @ApiProperty({ format: 'date-time' })
  signedUpAt!: string;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Set once the sign-up was cancelled',
  })
  cancelledAt!: string | null;
}

/** A session that takes sign-ups, with its seats. */
@ApiSchema({ name: 'SignUpSessionSeats' })
export class SessionSeatsView {
  @ApiProperty({ format: 'uuid' })
  sessionId!: string;

  @ApiProperty({ type: MultilingualTextDto })
  title!: MultilingualTextDto;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  startsAt!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  endsAt!: string | null;

  @ApiProperty({ enum: SESSION_STATUSES, enumName: 'SignUpSessionStatus' })
  status!: SessionStatus | string;

  @ApiProperty({
    type: 'integer',
    nullable: true,
    minimum: 0,
    description: 'Seats of the session; null: it takes no sign-ups',
  })
  capacity!: number | null;

  @ApiProperty({ type: 'integer', minimum: 0 })
  signedUp!: number;

  @ApiProperty({ type: 'integer', minimum: 0, description: '0 once cancelled' })
  seatsLeft!: number;
}

@ApiSchema({ name: 'SignUpSessionSeatsList' })
export class SessionSeatsListView {
  @ApiProperty({ type: SessionSeatsView, isArray: true })
  items!: SessionSeatsView[];
}

@ApiSchema({ name: 'SessionSignUpList' })
export class SignUpListView {
  @ApiProperty({ type: SignUpView, isArray: true })
  items!: SignUpView[];
}

/** The participant's own sign-ups, and the event's sessions that still take them. */
@ApiSchema({ name: 'SelfSessionSignUps' })
export class SelfSignUpsView {
  @ApiProperty({ format: 'uuid' })
  registrationId!: string;

  @ApiProperty({ type: SignUpView, isArray: true })
  signUps!: SignUpView[];

  @ApiProperty({
    type: SessionSeatsView,
    isArray: true,
    description: 'The event’s sessions, cancelled ones left out',
  })
  sessions!: SessionSeatsView[];
}
