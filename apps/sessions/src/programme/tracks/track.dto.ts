import { ApiProperty, PartialType } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { MultilingualField, MultilingualTextDto } from '@jiyn/problems';

export class CreateTrackDto {
  @MultilingualField({ required: true })
  name!: MultilingualTextDto;

  @ApiProperty({ pattern: '^#[0-9a-fA-F]{6}$', example: '#0a7cbf' })
  @Matches(/^#[0-9a-fA-F]{6}$/)
  colour!: string;
}

export class UpdateTrackDto extends PartialType(CreateTrackDto) {}
