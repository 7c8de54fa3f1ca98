import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  type ValidationOptions,
} from 'class-validator';
import { WEBHOOK_EVENT_TYPES, isWebhookEventType } from '../../subscribable-event-types';

export const MAX_URL_LENGTH = 2_000;
export const MAX_EVENT_IDS = 100;

/**
 * An absolute http(s) URL with a host and no credentials (field code `webhookUrl`). Whether plain
 * http:// is allowed, and where the host resolves to, the service checks after validation.
 */
export function IsWebhookUrl(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'webhookUrl',
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'string' || value.length > MAX_URL_LENGTH || !URL.canParse(value))
            return false;
          const url = new URL(value);
          return (
            (url.protocol === 'https:' || url.protocol === 'http:') &&
            url.hostname !== '' &&
            url.username === '' &&
            url.password === ''
          );
        },
      },
    },
    options,
  );
}

/** An event type webhooks carry (field code `unknownEventType`). */
function IsWebhookEventType(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'unknownEventType',
      validator: { validate: (value: unknown) => typeof value === 'string' && isWebhookEventType(value) },
    },
    options,
  );
}

const urlProperty: ApiPropertyOptions = {
  format: 'uri',
  maxLength: MAX_URL_LENGTH,
  example: 'https://integration.mci.gov.kz/jiyn/webhooks',
  description:
    'Where deliveries are POSTed. https:// (http:// only where the operator allows it); no credentials ' +
    'in the URL. Its host must resolve to public addresses only: loopback, private, link-local and ' +
    'other internal ranges are refused (`webhookTargetRefused`) unless the operator allow-lists them.',
};
const eventTypesProperty: ApiPropertyOptions = {
  type: [String],
  enum: [...WEBHOOK_EVENT_TYPES],
  enumName: 'WebhookEventType',
  minItems: 1,
  uniqueItems: true,
  example: ['kz.jiyn.registration.created.v1', 'kz.jiyn.registration.cancelled.v1'],
  description: 'The CloudEvents types delivered (see `GET /webhooks/event-types`).',
};
const eventIdsProperty: ApiPropertyOptions = {
  type: [String],
  format: 'uuid',
  nullable: true,
  maxItems: MAX_EVENT_IDS,
  description:
    "Only these events (gatherings) of the organisation; null or absent: all of the organisation's events.",
};
const maxConcurrencyProperty: ApiPropertyOptions = {
  type: 'integer' as const,
  minimum: 1,
  maximum: 100,
  description: 'Deliveries in flight to this endpoint at once (default: the operator’s, 10).',
};

export class CreateWebhookEndpointDto {
  @ApiProperty(urlProperty)
  @IsWebhookUrl()
  url!: string;

  @ApiProperty(eventTypesProperty)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(WEBHOOK_EVENT_TYPES.length)
  @ArrayUnique()
  @IsWebhookEventType({ each: true })
  eventTypes!: string[];

  @ApiPropertyOptional(eventIdsProperty)
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_EVENT_IDS)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  eventIds?: string[] | null;

  @ApiPropertyOptional({ maxLength: 500, example: 'MCI registrations sync' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string;

  @ApiPropertyOptional(maxConcurrencyProperty)
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  maxConcurrency?: number;
}

/** Fields left out stay as they are; `eventIds: null` widens the subscription to every event again. */
export class UpdateWebhookEndpointDto {
  @ApiPropertyOptional(urlProperty)
  @IsOptional()
  @IsWebhookUrl()
  url?: string;

  @ApiPropertyOptional(eventTypesProperty)
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(WEBHOOK_EVENT_TYPES.length)
  @ArrayUnique()
  @IsWebhookEventType({ each: true })
  eventTypes?: string[];

  @ApiPropertyOptional(eventIdsProperty)
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_EVENT_IDS)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  eventIds?: string[] | null;

  @ApiPropertyOptional({ type: String, maxLength: 500, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string | null;

  @ApiPropertyOptional(maxConcurrencyProperty)
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  maxConcurrency?: number;

  @ApiPropertyOptional({
    description:
      'false pauses deliveries (new events are not queued); true resumes an endpoint paused or ' +
      'disabled for failing, and clears its failure record. Missed events can be replayed.',
  })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}

export class RotateWebhookSecretDto {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    maximum: 604_800,
    default: 86_400,
    description: 'How long the previous secret keeps signing beside the new one (seconds; 0: not at all).',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(604_800)
  overlapSeconds?: number;
}
