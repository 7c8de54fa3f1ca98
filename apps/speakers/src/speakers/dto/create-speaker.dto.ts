import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayUnique, IsArray, IsEmail, IsIn, IsOptional } from 'class-validator';
import { IsKzPhone, MultilingualField, MultilingualTextDto, SUPPORTED_LANGUAGES, type Lang } from '@jiyn/kz';

export class CreateSpeakerDto {
  @MultilingualField({ required: true })
  fullName!: MultilingualTextDto;

  @MultilingualField()
  position?: MultilingualTextDto;

  @MultilingualField()
  organisation?: MultilingualTextDto;

  @MultilingualField({ description: 'Markdown' })
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
