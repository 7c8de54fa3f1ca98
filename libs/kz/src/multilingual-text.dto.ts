import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsDefined,
  isObject,
  IsOptional,
  IsString,
  MaxLength,
  ValidateBy,
  ValidateNested,
} from 'class-validator';

/** `{"kk": null}` says the same as leaving kk out; it is stored that way, never as a null text. */
const NullAsAbsent = () => Transform(({ value }: { value: unknown }) => (value === null ? undefined : value));

/**
 * Human-readable text a government event publishes, in Kazakh, Russian and English. Which
 * languages are required is decided per event when it is published, not here.
 */
export class MultilingualTextDto {
  @ApiPropertyOptional({ example: 'Шығармашылық индустриялар бойынша оқыту' })
  @NullAsAbsent()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  kk?: string;

  @ApiPropertyOptional({ example: 'Обучение по креативным индустриям' })
  @NullAsAbsent()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  ru?: string;

  @ApiPropertyOptional({ example: 'Training on creative industries' })
  @NullAsAbsent()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  en?: string;
}

/**
 * A present value is an object (`isObject`): `@ValidateNested()` alone lets an array through and
 * `{"title": []}` would be stored. Missing and null are IsDefined's and IsOptional's to judge. (The
 * same check as NestedObject in @jiyn/problems, which depends on this library and so cannot be used here.)
 */
const IsObjectWhenPresent = () =>
  ValidateBy({
    name: 'isObject',
    validator: { validate: (value: unknown) => value === undefined || value === null || isObject(value) },
  });

/**
 * A multilingual text property of a request body: documented, validated as {kk, ru, en} and
 * converted to MultilingualTextDto. `required` also refuses a missing value, which
 * `@ValidateNested()` alone lets through; anything but an object (an array, a string) is refused.
 */
export function MultilingualField(
  options: { required?: boolean; description?: string } = {},
): PropertyDecorator {
  const documented = {
    type: MultilingualTextDto,
    ...(options.description ? { description: options.description } : {}),
  };
  return applyDecorators(
    options.required ? ApiProperty(documented) : ApiPropertyOptional(documented),
    options.required ? IsDefined() : IsOptional(),
    IsObjectWhenPresent(),
    ValidateNested(),
    Type(() => MultilingualTextDto),
  );
}
