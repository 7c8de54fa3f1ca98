import type { CheckInListRow, CheckInRow } from './check-ins.repository';
import { formatConfirmationCode } from './confirmation-code';

export interface CheckInView {
  id: string;
  registrationId: string;
  eventId: string;
  /** The event day (local date), for a day check-in. */
  day: string | null;
  /** The session, for a session check-in. */
  sessionId: string | null;
  method: 'code' | 'token';
  checkedInAt: string;
  revertedAt: string | null;
}

export interface CheckInListItemView extends CheckInView {
  participant: {
    fullName: string;
    confirmationCode: string;
    status: string;
    regionCode: string | null;
    organisation: string | null;
  };
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
