import { IsIn, IsISO8601, IsUUID } from 'class-validator';
import { EVENT_TYPES } from '../event-types';
import { SchemaNote } from '../schema/contract-decorators';
import { eventSchemaOf } from '../schema/json-schema-of';

/**
 * The notifications service disabled an organisation's webhook endpoint: every attempt to it failed
 * for longer than the service allows (5 days by default). For telling the organisation's owners
 * (e-mail) and for their dashboards; the endpoint's URL stays in the service (it may carry a token).
 */
export class WebhookEndpointDisabledV1 {
  @IsUUID() endpointId!: string;
  @IsUUID() organisationId!: string;
  @IsIn(['failing'])
  @SchemaNote({ description: 'failing: every attempt failed since failingSince' })
  reason!: 'failing';
  @IsISO8601() failingSince!: string;
  @IsISO8601() occurredAt!: string;
}

export const webhookEndpointDisabledV1Schema = eventSchemaOf(
  WebhookEndpointDisabledV1,
  EVENT_TYPES.webhookEndpointDisabled,
  'A webhook endpoint was disabled after failing for too long; its owner is to be told. Key: endpointId.',
);
