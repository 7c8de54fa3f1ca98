import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { queryRows } from '@jiyn/persistence';

export const PROMOTION_MODES = ['auto', 'offer'] as const;
export type PromotionMode = (typeof PROMOTION_MODES)[number];

/** How registrations of one event are run, owned by this service (the sessions service knows nothing of it). */
export interface EventSettings {
  eventId: string;
  /** Seats per region for every region; null: no quota. */
  regionQuota: number | null;
  /** Per-region overrides of `regionQuota`, by region code. */
  regionQuotas: Record<string, number> | null;
  /** `auto`: the next in line is confirmed at once; `offer`: the seat is held for them until the offer lapses. */
  promotion: PromotionMode;
  offerHours: number;
  requireIin: boolean;
  /** 0 while the event still runs on the defaults. */
  version: number;
  updatedAt: Date | null;
}

export const DEFAULT_OFFER_HOURS = 48;

export function defaultSettings(eventId: string): EventSettings {
  return {
    eventId,
    regionQuota: null,
    regionQuotas: null,
    promotion: 'auto',
    offerHours: DEFAULT_OFFER_HOURS,
    requireIin: false,
    version: 0,
    updatedAt: null,
  };
}

/** The quota that applies to a region, or null when the region is unlimited (within the capacity). */
export function quotaOf(settings: EventSettings, regionCode: string | null): number | null {
  if (!regionCode) return null;
  return settings.regionQuotas?.[regionCode] ?? settings.regionQuota;
}

export function hasRegionQuotas(settings: EventSettings): boolean {
  return settings.regionQuota !== null || Object.keys(settings.regionQuotas ?? {}).length > 0;
}

const TABLE = 'registrations.event_settings';

@Injectable()
export class EventSettingsRepository {
  async get(manager: EntityManager, eventId: string): Promise<EventSettings> {
    const rows = await queryRows(
      manager,
      `SELECT event_id, region_quota, region_quotas, promotion, offer_hours, require_iin, version, updated_at
         FROM ${TABLE} WHERE event_id = $1`,
      [eventId],
    );
    const row = rows[0];
    return row ? settingsFromRow(row) : defaultSettings(eventId);
  }

  /** Replaces the settings, bumping the version; the caller holds the event's lock. */
  async save(
    manager: EntityManager,
    settings: Omit<EventSettings, 'version' | 'updatedAt'>,
  ): Promise<EventSettings> {
    const rows = await queryRows(
      manager,
      `INSERT INTO ${TABLE} AS s (event_id, region_quota, region_quotas, promotion, offer_hours, require_iin, version, updated_at)
       VALUES ($1, $2, $3::jsonb, $4, $5, $6, 1, now())
       ON CONFLICT (event_id) DO UPDATE SET region_quota = EXCLUDED.region_quota,
         region_quotas = EXCLUDED.region_quotas, promotion = EXCLUDED.promotion,
         offer_hours = EXCLUDED.offer_hours, require_iin = EXCLUDED.require_iin,
         version = s.version + 1, updated_at = now()
       RETURNING event_id, region_quota, region_quotas, promotion, offer_hours, require_iin, version, updated_at`,
      [
        settings.eventId,
        settings.regionQuota,
        settings.regionQuotas === null ? null : JSON.stringify(settings.regionQuotas),
        settings.promotion,
        settings.offerHours,
        settings.requireIin,
      ],
    );
    const [row] = rows;
    if (!row) throw new Error(`event settings of ${settings.eventId} were not written`);
    return settingsFromRow(row);
  }
}

/** Settings from a row of event_settings columns. */
export function settingsFromRow(row: Record<string, unknown>): EventSettings {
  return {
    eventId: row['event_id'] as string,
    regionQuota: row['region_quota'] as number | null,
    regionQuotas: row['region_quotas'] as Record<string, number> | null,
    promotion: row['promotion'] as PromotionMode,
    offerHours: row['offer_hours'] as number,
    requireIin: row['require_iin'] as boolean,
    version: row['version'] as number,
    updatedAt: row['updated_at'] as Date,
  };
}
