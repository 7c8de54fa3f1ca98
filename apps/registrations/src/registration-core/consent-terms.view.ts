import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { MultilingualTextDto } from '@jiyn/problems';
import { DATA_CATEGORIES, type DataCategory } from './participant-data';

/** The documented shape of `ConsentTerms`, in every language, as a form holds them and a registration keeps them. */
@ApiSchema({ name: 'RegistrationConsentTerms' })
export class ConsentTermsView {
  @ApiProperty({ type: MultilingualTextDto, description: 'The personal-data operator' })
  operatorName!: MultilingualTextDto;

  @ApiProperty({
    type: String,
    nullable: true,
    pattern: '^\\d{12}$',
    example: '123456789012',
    description: 'BIN of the operator; null only in the built-in default when the deployment set none',
  })
  operatorBin!: string | null;

  @ApiProperty({ type: MultilingualTextDto })
  purposes!: MultilingualTextDto;

  @ApiProperty({ enum: DATA_CATEGORIES, enumName: 'RegistrationDataCategory', isArray: true })
  dataCategories!: DataCategory[];

  @ApiProperty({ type: MultilingualTextDto, description: 'How long the data is processed and kept' })
  term!: MultilingualTextDto;

  @ApiProperty()
  thirdPartyTransfer!: boolean;

  @ApiProperty({ type: MultilingualTextDto, required: false })
  thirdParties?: MultilingualTextDto;

  @ApiProperty()
  crossBorderTransfer!: boolean;

  @ApiProperty({ type: MultilingualTextDto, required: false })
  crossBorderDetails?: MultilingualTextDto;

  @ApiProperty()
  publication!: boolean;

  @ApiProperty({
    example: 'default-1',
    description: 'Changes whenever the terms change; a registration names the version it accepted',
  })
  textVersion!: string;

  @ApiProperty({ type: MultilingualTextDto, description: 'The consent text itself' })
  text!: MultilingualTextDto;
}
