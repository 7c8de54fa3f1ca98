import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertAllowed, missingScope, type Principal, type Scope } from '@jiyn/auth';
import { uuidv7 } from '@jiyn/messaging';
import { queryRows, runInTransaction, type Page } from '@jiyn/persistence';
import { ProblemException, type FieldProblem } from '@jiyn/problems';
import { TargetGuard, TargetRefusedError } from '../delivery/target-guard';
import { SecretCipher } from '../signing/secret-cipher';
import { generateWebhookSecret } from '../signing/standard-webhooks';
import { WEBHOOK_SETTINGS, type WebhookSettings } from '../webhook-settings';
import { WEBHOOKS_SCHEMA } from '../webhooks-schema';
import type {
  CreateWebhookEndpointDto,
  RotateWebhookSecretDto,
  UpdateWebhookEndpointDto,
} from './dto/webhook-endpoint.dto';
import { WebhookEndpointsRepository, type WebhookEndpoint } from './webhook-endpoints.repository';

/** What the API shows of an endpoint: everything but its sealed secrets. */
export type EndpointView = Omit<WebhookEndpoint, 'organisationId' | 'secretSealed' | 'previousSecretSealed'>;

export function viewOf(endpoint: WebhookEndpoint): EndpointView {
  const { organisationId: _o, secretSealed: _s, previousSecretSealed: _p, ...view } = endpoint;
  return view;
}

/**
 * Webhooks belong to the organisation acting (an API key's owner, a person's current
 * organisation), which must hold the scope organisation-wide: an event-limited key manages none.
 * Another organisation's endpoint is simply not found (404).
 */
export function organisationOf(principal: Principal, scope: Scope): string {
  if (!principal.organisationId) throw missingScope(scope);
  assertAllowed(principal, scope, { organisationId: principal.organisationId });
  return principal.organisationId;
}

export function endpointNotFound(id: string): ProblemException {
  return new ProblemException('not-found', {
    detail: {
      en: `No webhook endpoint ${id} in this organisation`,
      ru: `В этой организации нет вебхука ${id}`,
      kk: `Бұл ұйымда ${id} вебхугы жоқ`,
    },
  });
}

/** How long a rotated secret keeps signing when the request does not say. */
const DEFAULT_OVERLAP_SECONDS = 86_400;

@Injectable()
export class WebhookEndpointsService {
  private readonly guard: TargetGuard;
  private readonly cipher: SecretCipher;

  constructor(
    private readonly endpoints: WebhookEndpointsRepository,
    private readonly dataSource: DataSource,
    @Inject(WEBHOOK_SETTINGS) private readonly settings: WebhookSettings,
    @Inject(WEBHOOKS_SCHEMA) private readonly schema: string,
  ) {
    this.guard = new TargetGuard(settings.allowedNetworks);
    this.cipher = new SecretCipher(settings.encryptionKey);
  }

  async create(
    organisationId: string,
    dto: CreateWebhookEndpointDto,
  ): Promise<EndpointView & { secret: string }> {
    await this.checkFields(organisationId, dto);
    const id = uuidv7();
    const secret = generateWebhookSecret();
    const endpoint: WebhookEndpoint = {
      id,
      organisationId,
      url: dto.url,
      description: dto.description ?? null,
      eventTypes: dto.eventTypes,
      eventIds: dto.eventIds ?? null,
      secretSealed: this.cipher.seal(secret, id),
      previousSecretSealed: null,
      previousSecretExpiresAt: null,
      maxConcurrency: dto.maxConcurrency ?? this.settings.endpointConcurrency,
      enabled: true,
      disabledAt: null,
      disabledReason: null,
      failingSince: null,
      version: 1,
      createdAt: new Date(),
      updatedAt: new Date(),
    };
    await this.endpoints.insert(endpoint);
    return { ...viewOf(endpoint), secret };
  }

  async list(organisationId: string, cursor: string | undefined, limit = 50): Promise<Page<EndpointView>> {
    const page = await this.endpoints.page(organisationId, cursor, limit);
    return { items: page.items.map(viewOf), nextCursor: page.nextCursor };
  }

  async get(organisationId: string, id: string): Promise<EndpointView> {
    const endpoint = await this.endpoints.find(organisationId, id);
    if (!endpoint) throw endpointNotFound(id);
    return viewOf(endpoint);
  }

  async update(organisationId: string, id: string, dto: UpdateWebhookEndpointDto): Promise<EndpointView> {
    await this.checkFields(organisationId, dto);
    const updated = await runInTransaction(this.dataSource, async (manager) => {
      const endpoint = await this.endpoints.update(manager, organisationId, id, dto);
      // Paused, its queued deliveries wait; resumed, they go out again.
      return endpoint;
    });
    if (!updated) throw endpointNotFound(id);
    return viewOf(updated);
  }

  async delete(organisationId: string, id: string): Promise<void> {
    if (!(await this.endpoints.delete(organisationId, id))) throw endpointNotFound(id);
  }

  /**
   * A new secret, shown once; the one in force keeps signing beside it for the overlap, so a
   * receiver can switch at its own pace (both signatures are sent, each verifies alone).
   */
  async rotateSecret(
    organisationId: string,
    id: string,
    dto: RotateWebhookSecretDto,
  ): Promise<{ secret: string; previousSecretExpiresAt: Date | null }> {
    const overlapSeconds = dto.overlapSeconds ?? DEFAULT_OVERLAP_SECONDS;
    const secret = generateWebhookSecret();
    const rotated = await runInTransaction(this.dataSource, async (manager) => {
      const endpoint = await this.endpoints.find(organisationId, id, manager);
      if (!endpoint) return undefined;
      const previousExpiresAt = overlapSeconds > 0 ? new Date(Date.now() + overlapSeconds * 1000) : null;
      return this.endpoints.rotateSecret(manager, organisationId, id, {
        current: this.cipher.seal(secret, id),
        previous: previousExpiresAt ? endpoint.secretSealed : null,
        previousExpiresAt,
      });
    });
    if (!rotated) throw endpointNotFound(id);
    return { secret, previousSecretExpiresAt: rotated.previousSecretExpiresAt };
  }

  /** Field problems the DTO cannot see: plain http, an internal target, events not the organisation's. */
  private async checkFields(
    organisationId: string,
    dto: { url?: string; eventIds?: string[] | null },
  ): Promise<void> {
    const errors: FieldProblem[] = [];
    if (dto.url !== undefined) {
      const url = new URL(dto.url);
      if (url.protocol === 'http:' && !this.settings.allowHttp) {
        errors.push({ field: 'url', code: 'httpsUrl' });
      } else {
        try {
          await this.guard.resolve(url.hostname);
        } catch (error) {
          if (!(error instanceof TargetRefusedError)) throw error;
          errors.push(
            error.reason === 'unresolvable'
              ? { field: 'url', code: 'webhookTargetUnresolvable', args: [error.host] }
              : { field: 'url', code: 'webhookTargetRefused', args: [error.address, error.reason] },
          );
        }
      }
    }
    if (dto.eventIds) {
      const owned = await queryRows<{ event_id: string }>(
        this.dataSource.manager,
        `SELECT event_id FROM ${this.schema}.webhook_event_owners
          WHERE event_id = ANY($1::uuid[]) AND organisation_id = $2`,
        [dto.eventIds, organisationId],
      );
      const known = new Set(owned.map((row) => row.event_id));
      dto.eventIds.forEach((eventId, index) => {
        if (!known.has(eventId)) errors.push({ field: `eventIds[${index}]`, code: 'unknownEvent' });
      });
    }
    if (errors.length > 0) throw new ProblemException('validation', { errors });
  }
}
