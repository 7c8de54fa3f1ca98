import { OmitType, PartialType } from '@nestjs/swagger';
import { CreateEventDto } from './create-event.dto';

/** Every field but the slug (it is in published links) may change; absent fields stay as they are. */
export class UpdateEventDto extends PartialType(
  OmitType(CreateEventDto, ['slug', 'organisationId'] as const),
) {}
