import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

/**
 * Human-readable text a government event publishes, in Kazakh, Russian and English. Which
 * languages are required is decided per event when it is published, not here.
 */
export class MultilingualTextDto {
  @ApiPropertyOptional({ example: 'Шығармашылық индустриялар бойынша оқыту' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  kk?: string;

  @ApiPropertyOptional({ example: 'Обучение по креативным индустриям' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  ru?: string;

  @ApiPropertyOptional({ example: 'Training on creative industries' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  en?: string;
}
