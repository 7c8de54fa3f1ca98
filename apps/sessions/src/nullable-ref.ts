import { getSchemaPath } from '@nestjs/swagger';

/**
 * `X | null` for a nested object (pair with `@ApiExtraModels(X)`): `nullable` beside a `$ref`
 * cannot admit null (the referenced schema still demands an object), `anyOf` with null can.
 */
export function nullableRef(model: () => unknown): { anyOf: object[] } {
  return { anyOf: [{ $ref: getSchemaPath(model() as never) }, { type: 'null' }] };
}
