import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { MultilingualTextDto } from '@jiyn/kz';

export class CreateRoomDto {
  @ApiProperty({ type: MultilingualTextDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => MultilingualTextDto)
  name!: MultilingualTextDto;

  @ApiPropertyOptional({ example: 120 }) @IsOptional() @IsInt() @Min(0) @Max(100_000) capacity?: number;
  @ApiPropertyOptional({ description: 'Order in schedule grids' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000)
  position?: number;
}

export class UpdateRoomDto extends PartialType(CreateRoomDto) {}
