import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { IsObjectWhenPresent } from './nested';
import { NullAsAbsent } from './nulls';

/**
 * Human-readable text a government event publishes, in Kazakh, Russian and English. Which
 * languages are required is decided per event when it is published, not here.
 */
export class MultilingualTextDto {
  // `{"kk": null}` says the same as leaving kk out; it is stored that way, never as a null text.
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
