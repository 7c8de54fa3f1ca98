import { ApiProperty, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, Matches, ValidateNested } from 'class-validator';
import { MultilingualTextDto } from '@jiyn/kz';

export class CreateTrackDto {
  @ApiProperty({ type: MultilingualTextDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => MultilingualTextDto)
  name!: MultilingualTextDto;

  @ApiProperty({ example: '#0a7cbf' }) @Matches(/^#[0-9a-fA-F]{6}$/) colour!: string;
}

export class UpdateTrackDto extends PartialType(CreateTrackDto) {}
