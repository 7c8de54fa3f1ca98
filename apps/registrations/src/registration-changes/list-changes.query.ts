import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { PageQuery } from '@jiyn/persistence';

/** `cursor` is the previous answer's nextCursor; without one the feed starts at the beginning. */
export class ListChangesQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() eventId?: string;
}
