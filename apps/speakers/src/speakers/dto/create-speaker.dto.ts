import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayUnique, IsArray, IsDefined, IsEmail, IsIn, IsOptional, ValidateNested } from 'class-validator';
import { IsKzPhone, MultilingualTextDto, SUPPORTED_LANGUAGES, type Lang } from '@jiyn/kz';

export class CreateSpeakerDto {
  @ApiProperty({ type: MultilingualTextDto })
  // ValidateNested passes a missing value: without this a body with no fullName reached the service and failed with 500.
  @IsDefined()
  @ValidateNested()
  @Type(() => MultilingualTextDto)
  fullName!: MultilingualTextDto;

  @ApiPropertyOptional({ type: MultilingualTextDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => MultilingualTextDto)
  position?: MultilingualTextDto;

  @ApiPropertyOptional({ type: MultilingualTextDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => MultilingualTextDto)
  organisation?: MultilingualTextDto;

  @ApiPropertyOptional({ type: MultilingualTextDto, description: 'Markdown' })
  @IsOptional()
  @ValidateNested()
  @Type(() => MultilingualTextDto)
  biography?: MultilingualTextDto;

  @ApiPropertyOptional({ example: ['kk', 'ru'] })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(SUPPORTED_LANGUAGES, { each: true })
  languages?: Lang[];

  @ApiPropertyOptional({ description: 'Private: organisers only' })
  @IsOptional()
  @IsEmail()
  email?: string;

  @ApiPropertyOptional({ description: 'Private: organisers only' })
  @IsOptional()
  @IsKzPhone()
  phone?: string;
}
