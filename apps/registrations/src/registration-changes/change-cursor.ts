import { InvalidCursorError } from '@jiyn/persistence';

/**
 * Where an incremental sync stands: the (transaction id, sequence number) of the last change
 * handed out. Opaque to clients (base64url); forged or foreign cursors are a 400.
 */
export interface ChangePosition {
  xid: string;
  seq: string;
}

export const START: ChangePosition = { xid: '0', seq: '0' };

const PREFIX = 'c1';
const UNSIGNED = /^(0|[1-9]\d{0,19})$/;
/** Both columns are 64-bit: xid8 is unsigned, the sequence a positive bigint. */
const XID8_MAX = 18446744073709551615n;
const BIGINT_MAX = 9223372036854775807n;

export function encodeChangeCursor(position: ChangePosition): string {
  return Buffer.from(`${PREFIX}:${position.xid}:${position.seq}`, 'utf8').toString('base64url');
}

export function decodeChangeCursor(cursor: string | undefined): ChangePosition {
  if (cursor === undefined || cursor === '') return START;
  const [prefix, xid, seq, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split(':');
  if (
    prefix !== PREFIX ||
    rest.length > 0 ||
    xid === undefined ||
    seq === undefined ||
    !UNSIGNED.test(xid) ||
    !UNSIGNED.test(seq) ||
    BigInt(xid) > XID8_MAX ||
    BigInt(seq) > BIGINT_MAX
  ) {
    throw new InvalidCursorError();
  }
  return { xid, seq };
}
