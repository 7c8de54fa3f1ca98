import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiSchema, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, RequiresScope } from '@jiyn/auth';
import { RegistrationViews } from '../access/registration-views';
import { RegistrationView } from '../registrations/registration.view';
import { decodeChangeCursor, encodeChangeCursor } from './change-cursor';
import { ListChangesQuery } from './list-changes.query';
import { RegistrationChangesRepository } from './registration-changes.repository';

@ApiSchema({ name: 'RegistrationChangesPage' })
export class ChangesPage {
  @ApiProperty({
    type: RegistrationView,
    isArray: true,
    description: 'The registrations as they are now, each once per change, oldest change first',
  })
  items!: RegistrationView[];

  @ApiProperty({
    description:
      'Always set: store it and send it back as `cursor` on the next call, even when items is empty',
  })
  nextCursor!: string;

  @ApiProperty({ description: 'More changes are ready now; call again at once' })
  hasMore!: boolean;
}

/**
 * The incremental sync feed for integrations: every registration that changed since the cursor,
 * without missing or repeating a change even when transactions commit out of order.
 */
@ApiTags('registrations')
@Controller('registrations')
export class RegistrationChangesHttpController {
  constructor(
    private readonly changes: RegistrationChangesRepository,
    private readonly views: RegistrationViews,
  ) {}

  @Get('changes')
  @RequiresScope('registrations:read')
  @ApiOperation({
    operationId: 'listRegistrationChanges',
    summary: 'Read the registrations changed since a cursor (the incremental sync feed)',
  })
  @ApiOkResponse({ type: ChangesPage })
  async list(
    @Query() query: ListChangesQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ChangesPage> {
    const from = decodeChangeCursor(query.cursor);
    const limit = query.limit ?? 50;
    const rows = await this.changes.after(from, limit + 1, query.eventId, principal);
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items: await this.views.many(
        items.map((row) => row.registration),
        principal,
      ),
      nextCursor: encodeChangeCursor(last ? last.position : from),
      hasMore: rows.length > limit,
    };
  }
}
