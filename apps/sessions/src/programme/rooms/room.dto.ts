import { ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { ClearableWithNull, MultilingualField, MultilingualTextDto } from '@jiyn/problems';

export class CreateRoomDto {
  @MultilingualField({ required: true })
  name!: MultilingualTextDto;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 100_000, example: 120 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000)
  capacity?: number;
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    maximum: 10_000,
    description: 'Order in schedule grids',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000)
  position?: number;
}

/** null clears the capacity (a room without a fixed number of seats). */
@ClearableWithNull('capacity')
export class UpdateRoomDto extends PartialType(CreateRoomDto) {}
