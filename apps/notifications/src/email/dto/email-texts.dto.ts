import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { NestedObject } from '@jiyn/problems';
import { EMAIL_TEMPLATE_NAMES } from '../templates/catalogue';

const PLACEHOLDERS =
  'Handlebars placeholders: {{eventTitle}}, {{organisationName}}, {{name}}, {{startsAt}}, and per ' +
  'message {{code}}, {{position}}, {{offerExpiresAt}}, {{proposalTitle}}, for a co-speaker ' +
  '{{primarySpeakerName}}, {{expiresAt}}, and for a session ' +
  '{{sessionTitle}}, {{previousTime}}, {{previousRoom}}, {{newTime}}, {{newRoom}} (moved) or ' +
  '{{sessionTime}}, {{sessionRoom}} (off the programme).';

@ApiSchema({ name: 'EmailTextOverride', description: 'An organiser’s words for one language.' })
export class EmailTextDto {
  @ApiPropertyOptional({
    maxLength: 200,
    example: '{{eventTitle}}: добро пожаловать!',
    description: PLACEHOLDERS,
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  subject?: string;

  @ApiPropertyOptional({ maxLength: 2000, description: `The paragraph under the greeting. ${PLACEHOLDERS}` })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  intro?: string;
}

@ApiSchema({
  name: 'EmailTexts',
  description: 'An event’s words for one message, per language; a language left out uses the platform’s.',
})
export class EmailTextsDto {
  @ApiPropertyOptional({ type: EmailTextDto })
  @IsOptional()
  @NestedObject(() => EmailTextDto)
  kk?: EmailTextDto;

  @ApiPropertyOptional({ type: EmailTextDto })
  @IsOptional()
  @NestedObject(() => EmailTextDto)
  ru?: EmailTextDto;

  @ApiPropertyOptional({ type: EmailTextDto })
  @IsOptional()
  @NestedObject(() => EmailTextDto)
  en?: EmailTextDto;
}

@ApiSchema({ name: 'EmailTemplateTexts' })
export class EmailTemplateTextsResponse {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ enum: EMAIL_TEMPLATE_NAMES, enumName: 'EmailTemplateName' }) template!: string;
  @ApiProperty({ description: 'Not transactional: carries List-Unsubscribe, and recipients may stop it' })
  unsubscribable!: boolean;
  @ApiProperty({ type: EmailTextsDto, description: 'The event’s own words (empty: the platform’s)' })
  overrides!: EmailTextsDto;
  @ApiProperty({ type: EmailTextsDto, description: 'The platform’s words, for reference' })
  defaults!: EmailTextsDto;
}

@ApiSchema({ name: 'EmailUnsubscribed' })
export class UnsubscribedResponse {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ example: true }) unsubscribed!: boolean;
}
