/**
 * iCalendar (RFC 5545) building blocks shared by every calendar Jiyn writes (the programme's, a
 * speaker's agenda): a VTIMEZONE from the tz data the runtime carries, UTC and local stamps, TEXT
 * escaping and line folding.
 */
const HOUR = 3_600_000;
/** Offsets are sampled this often; every change found is then bisected to the millisecond. */
const SCAN_STEP = 6 * HOUR;

/**
 * One observance for the offset in force at `from`, then one per offset change up to `to`, as
 * the runtime's tz data has them (never a fixed offset: Asia/Almaty went from UTC+6 to UTC+5 on
 * 1 March 2024). DAYLIGHT marks an offset above the zone's offset on 1 January of that year.
 */
export function vtimezone(
  timeZone: string,
  offsetAt: (at: number) => number,
  from: number,
  to: number,
): string[] {
  const periods = [{ start: from, before: offsetAt(from), after: offsetAt(from) }];
  for (let lo = from; lo < to;) {
    const current = periods[periods.length - 1].after;
    let hi = Math.min(lo + SCAN_STEP, to);
    if (offsetAt(hi) === current) {
      lo = hi;
      continue;
    }
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (offsetAt(mid) === current) lo = mid;
      else hi = mid;
    }
    periods.push({ start: hi, before: current, after: offsetAt(hi) });
    lo = hi;
  }
  const january = (at: number): number => offsetAt(Date.UTC(new Date(at).getUTCFullYear(), 0, 1));
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${timeZone}`,
    ...periods.flatMap(({ start, before, after }) => {
      const kind = after > january(start) ? 'DAYLIGHT' : 'STANDARD';
      return [
        `BEGIN:${kind}`,
        // An observance starts at the local time in force before it (RFC 5545 §3.6.5).
        `DTSTART:${stamp(start + before)}`,
        `TZOFFSETFROM:${utcOffset(before)}`,
        `TZOFFSETTO:${utcOffset(after)}`,
        `END:${kind}`,
      ];
    }),
    'END:VTIMEZONE',
  ];
}

/** The zone's UTC offset in milliseconds at an instant, read from Intl (`GMT+06:00`, `GMT`, `GMT+05:07:48`). */
export function offsetFinder(timeZone: string): (at: number) => number {
  const format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
  return (at) => {
    const name = format.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? '';
    const match = /^GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(name);
    if (!match) throw new Error(`Unexpected offset "${name}" for ${timeZone}`);
    const [, sign, hours = '0', minutes = '0', seconds = '0'] = match;
    return (
      (sign === '-' ? -1 : 1) * (Number(hours) * HOUR + Number(minutes) * 60_000 + Number(seconds) * 1000)
    );
  };
}

/** `YYYYMMDDTHHMMSS` of an instant read as UTC (add an offset first for local time). */
export function stamp(at: number): string {
  return new Date(at).toISOString().replace(/[-:]/g, '').slice(0, 15);
}

/** `+0600`, `-0330`, or `+050748` when seconds are needed. */
export function utcOffset(ms: number): string {
  const total = Math.abs(ms) / 1000;
  const parts = [Math.floor(total / 3600), Math.floor(total / 60) % 60, total % 60];
  const digits = parts.map((n) => String(n).padStart(2, '0'));
  return (ms < 0 ? '-' : '+') + (parts[2] ? digits.join('') : digits.slice(0, 2).join(''));
}

/** TEXT value (RFC 5545 §3.3.11): escapes `\ ; ,` and newlines, drops other control characters. */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\r\n?|[\n\\;,]/g, (found) =>
        found === '\\' || found === ';' || found === ',' ? `\\${found}` : '\\n',
      )
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
  );
}

/** Folds a content line at 75 octets (§3.1), between characters: never inside a UTF-8 sequence. */
export function fold(line: string): string {
  const chunks: string[] = [];
  let chunk = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    // Continuation lines start with a space, which counts towards their 75 octets.
    if (octets + size > (chunks.length ? 74 : 75)) {
      chunks.push(chunk);
      chunk = '';
      octets = 0;
    }
    chunk += char;
    octets += size;
  }
  chunks.push(chunk);
  return chunks.join('\r\n ');
}
