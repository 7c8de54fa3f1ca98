import { ValidateBy, isURL, type ValidationOptions } from 'class-validator';

/** The field code (and validator name) of an address that must be https://. */
export const HTTPS_URL = 'httpsUrl';

/** The longest https:// address taken (a speaker's photo, an organisation's logo). */
export const MAX_HTTPS_URL_LENGTH = 2000;

/** Whether the value is an absolute https:// URL with a host name, at most 2,000 characters. */
export function isHttpsUrl(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length <= MAX_HTTPS_URL_LENGTH &&
    isURL(value, { protocols: ['https'], require_protocol: true, require_tld: true })
  );
}

/** An absolute https:// URL with a host name (field code `httpsUrl`). */
export function IsHttpsUrl(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: HTTPS_URL, validator: { validate: isHttpsUrl } }, options);
}
