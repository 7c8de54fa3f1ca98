import Ajv2020, { type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/**
 * Compiles a JSON Schema (draft 2020-12, with formats) once; the returned function gives the errors
 * of a value, or null when the value is valid, so `expect(validate(value)).toBeNull()` shows them on failure.
 */
export function schemaValidator(schema: object): (value: unknown) => ErrorObject[] | null {
  const validate = addFormats(new Ajv2020({ allErrors: true, allowUnionTypes: true })).compile(schema);
  return (value) => (validate(value) ? null : (validate.errors ?? []));
}
