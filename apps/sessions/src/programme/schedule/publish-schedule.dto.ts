import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

export class PublishScheduleDto {
  @ApiPropertyOptional({
    minLength: 1,
    maxLength: 100,
    example: 'v2 — day 2 rooms swapped',
    description: 'Defaults to v<number>',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name?: string;

  @ApiPropertyOptional({ maxLength: 2000, description: 'Public changelog comment' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;

  @ApiPropertyOptional({ default: false, description: 'Publish despite room or speaker clashes' })
  @IsOptional()
  @IsBoolean()
  force?: boolean;
}
