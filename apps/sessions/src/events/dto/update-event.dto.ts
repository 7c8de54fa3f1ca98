import { ApiExtraModels, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { MultilingualTextDto, NestedObject } from '@jiyn/problems';
import { nullableRef } from '../../nullable-ref';
import { CreateEventDto, OrganiserDto, VenueDto } from './create-event.dto';

const CLEARS = 'null clears it';

/**
 * Every field but the slug (it is in published links) may change; absent fields stay as they are.
 * null clears what an event may lack (documented here; the validators come from CreateEventDto).
 */
@ApiExtraModels(MultilingualTextDto, VenueDto)
export class UpdateEventDto extends PartialType(
  // description and venue are declared anew: a nullable object cannot inherit its `$ref` schema.
  OmitType(CreateEventDto, ['slug', 'organisationId', 'description', 'venue'] as const),
) {
  @ApiPropertyOptional({ ...nullableRef(() => MultilingualTextDto), description: CLEARS })
  @IsOptional()
  @NestedObject(() => MultilingualTextDto)
  description?: MultilingualTextDto | null;

  @ApiPropertyOptional({
    type: 'integer',
    nullable: true,
    minimum: 0,
    maximum: 1_000_000,
    description: CLEARS,
  })
  declare capacity?: number;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true, description: CLEARS })
  declare registrationOpensAt?: string;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true, description: CLEARS })
  declare registrationClosesAt?: string;

  @ApiPropertyOptional({ ...nullableRef(() => VenueDto), description: CLEARS })
  @IsOptional()
  @NestedObject(() => VenueDto)
  venue?: VenueDto | null;

  @ApiPropertyOptional({ type: [OrganiserDto], nullable: true, maxItems: 20, description: CLEARS })
  declare organisers?: OrganiserDto[];

  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    nullable: true,
    description: `Participants may cancel until then; ${CLEARS}`,
  })
  declare cancellationDeadline?: string;
}
