/**
 * The short code a participant reads out at the door or types into a form: 10 characters from an
 * alphabet without look-alikes (no 0/O, no 1/I/L), shown as `XXXXX-XXXXX`. The database makes it
 * (`registrations.new_confirmation_code()`, the column's default) with the same alphabet; this
 * module only formats and reads codes.
 */
export const CONFIRMATION_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CONFIRMATION_CODE_LENGTH = 10;

const STORED = new RegExp(`^[${CONFIRMATION_CODE_ALPHABET}]{${CONFIRMATION_CODE_LENGTH}}$`);

/** `ABCDE23456` → `ABCDE-23456`, as printed on confirmations and badges. */
export function formatConfirmationCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/**
 * What a person typed (any case, with or without the dash or spaces) as the stored code, or
 * undefined when it cannot be a code at all (wrong length, a character outside the alphabet).
 */
export function normalizeConfirmationCode(input: string): string | undefined {
  const code = input.replace(/[\s-]/g, '').toUpperCase();
  return STORED.test(code) ? code : undefined;
}

export function isStoredConfirmationCode(value: string): boolean {
  return STORED.test(value);
}
