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
