import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsDefined, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';

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
 * A multilingual text property of a request body: documented, validated as {kk, ru, en} and
 * converted to MultilingualTextDto. `required` also refuses a missing value, which
 * `@ValidateNested()` alone lets through.
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
    ValidateNested(),
    Type(() => MultilingualTextDto),
  );
}
