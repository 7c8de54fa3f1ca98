import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';

export class RetentionDto {
  @ApiProperty({ example: 90, minimum: 0, maximum: 36500, description: 'Days after the event ends' })
  @IsInt()
  @Min(0)
  @Max(36500)
  days!: number;
}
