import { OmitType, PartialType } from '@nestjs/swagger';
import { ClearableWithNull } from '@jiyn/problems';
import { CreateEventDto } from './create-event.dto';

/**
 * Every field but the slug (it is in published links) may change; absent fields stay as they are,
 * null clears what an event may lack.
 */
@ClearableWithNull(
  'description',
  'capacity',
  'registrationOpensAt',
  'registrationClosesAt',
  'venue',
  'organisers',
  'cancellationDeadline',
)
export class UpdateEventDto extends PartialType(
  OmitType(CreateEventDto, ['slug', 'organisationId'] as const),
) {}
