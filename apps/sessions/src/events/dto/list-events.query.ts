import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { PageQuery } from '@jiyn/persistence';
import { EVENT_STATUSES, type EventStatus } from '../event.entity';

export class ListEventsQuery extends PageQuery {
  @ApiPropertyOptional({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' })
  @IsOptional()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  slug?: string;
  @ApiPropertyOptional({ enum: EVENT_STATUSES, enumName: 'EventStatus' })
  @IsOptional()
  @IsIn(EVENT_STATUSES)
  status?: EventStatus;
}
