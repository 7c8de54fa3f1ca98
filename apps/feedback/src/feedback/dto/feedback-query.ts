import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { PageQuery } from '@jiyn/persistence';

export class FeedbackQuery extends PageQuery {
  @ApiProperty({ format: 'uuid' }) @IsUUID() eventId!: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() sessionId?: string;
}
