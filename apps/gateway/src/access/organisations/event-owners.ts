import { INTERNAL_TOKEN_HEADER, PRINCIPAL_HEADER, encodePrincipal, type Principal } from '@jiyn/auth';
import { ProblemException } from '@jiyn/problems';
import type { UpstreamName } from '../../proxy/route-table';
import type { Upstreams } from '../../proxy/upstreams';

/** Which organisation an event belongs to: unknown event, an owner, or an event older than ownership. */
export type EventOwnership = { found: false } | { found: true; organisationId: string | undefined };

/**
 * Asks who owns an event before an organisation grants access to it or limits a key to it: an
 * organisation may only hand out access to its own events.
 */
export abstract class EventOwners {
  abstract ownerOf(eventId: string): Promise<EventOwnership>;
}

/** The gateway asking the sessions service (events live there) with its internal token. */
/**
 * The gateway asking about one event: it may read that event and nothing else (the break-glass kind
 * reaches no event by itself; a grant on the one event lets sessions answer with its owner).
 */
function askingAbout(eventId: string): Principal {
  return {
    id: 'gateway:event-owners',
    kind: 'break-glass',
    grants: [{ eventId, scopes: ['events:read'] }],
  };
}

export class SessionsEventOwners extends EventOwners {
  constructor(
    private readonly upstreams: Pick<Upstreams, 'request'>,
    private readonly internalToken: string,
    private readonly upstream: UpstreamName = 'sessions',
  ) {
    super();
  }

  async ownerOf(eventId: string): Promise<EventOwnership> {
    const response = await this.upstreams.request(this.upstream, {
      method: 'GET',
      path: `/events/${encodeURIComponent(eventId)}`,
      headers: {
        [INTERNAL_TOKEN_HEADER]: this.internalToken,
        [PRINCIPAL_HEADER]: encodePrincipal(askingAbout(eventId)),
        accept: 'application/json',
      },
      headersTimeout: 5_000,
    });
    // 400: an id sessions does not take as an event id (any UUID version passes the API's check):
    // no event of anyone's, as a 404 says.
    if (response.statusCode === 404 || response.statusCode === 400) {
      await response.body.dump();
      return { found: false };
    }
    if (response.statusCode !== 200) {
      await response.body.dump();
      throw new ProblemException('service-unavailable', {
        retryAfterSeconds: 1,
        detail: {
          en: `The ${this.upstream} service could not say who owns event ${eventId}`,
          ru: `Сервис ${this.upstream} не смог ответить, кому принадлежит мероприятие ${eventId}`,
          kk: `${this.upstream} қызметі ${eventId} іс-шарасының иесін айта алмады`,
        },
      });
    }
    const event = (await response.body.json()) as { organisationId?: unknown };
    return {
      found: true,
      organisationId: typeof event.organisationId === 'string' ? event.organisationId : undefined,
    };
  }
}
