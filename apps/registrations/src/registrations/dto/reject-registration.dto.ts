import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class RejectRegistrationDto {
  @ApiProperty({
    example: 'Not a staff member of a regional akimat',
    description: 'Kept with the registration for organisers; never sent in events',
    minLength: 1,
    maxLength: 1000,
    pattern: '\\S',
  })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason!: string;
}
