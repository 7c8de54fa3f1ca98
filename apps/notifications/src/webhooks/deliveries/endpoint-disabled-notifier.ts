import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { SERVICE_LOGGER } from '@jiyn/observability';

/** An endpoint the worker disabled because every attempt failed for `WEBHOOK_DISABLE_AFTER`. */
export interface DisabledEndpoint {
  id: string;
  organisationId: string;
  url: string;
  failingSince: Date;
}

/** Tells an endpoint's owner it was disabled. */
export abstract class EndpointDisabledNotifier {
  abstract endpointDisabled(endpoint: DisabledEndpoint): Promise<void>;
}

/** Until the owner can be reached another way: the endpoint's state says it, and the log. */
@Injectable()
export class LoggedEndpointDisabledNotifier extends EndpointDisabledNotifier {
  constructor(@Inject(SERVICE_LOGGER) private readonly logger: Logger) {
    super();
  }

  async endpointDisabled(endpoint: DisabledEndpoint): Promise<void> {
    this.logger.warn(
      {
        endpointId: endpoint.id,
        organisationId: endpoint.organisationId,
        failingSince: endpoint.failingSince,
      },
      'webhook endpoint disabled after failing for too long',
    );
  }
}
