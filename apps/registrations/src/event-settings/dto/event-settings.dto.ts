import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsObject, IsOptional, Max, Min, ValidateIf } from 'class-validator';
import { isRegionCode } from '@jiyn/kz';
import type { FieldProblem } from '@jiyn/problems';
import {
  DEFAULT_OFFER_HOURS,
  PROMOTION_MODES,
  type PromotionMode,
} from '../../event-projection/event-settings.repository';

/** The whole registration settings of an event (PUT semantics: what is left out returns to its default). */
export class EventSettingsDto {
  @ApiPropertyOptional({
    type: 'integer',
    nullable: true,
    example: 3,
    description: 'Seats per region for every region; null: no quota',
  })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsInt()
  @Min(0)
  @Max(100_000)
  regionQuota?: number | null;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'integer', minimum: 0 },
    nullable: true,
    example: { 'KZ-71': 10, 'KZ-75': 10 },
    description: 'Per-region overrides of regionQuota, by region code',
  })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsObject()
  regionQuotas?: Record<string, number> | null;

  @ApiPropertyOptional({ enum: PROMOTION_MODES, default: 'auto' })
  @IsOptional()
  @IsIn(PROMOTION_MODES)
  promotion?: PromotionMode;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 720, default: DEFAULT_OFFER_HOURS })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(720)
  offerHours?: number;

  @ApiPropertyOptional({ default: false, description: 'Registrations must carry an IIN' })
  @IsOptional()
  @IsBoolean()
  requireIin?: boolean;
}

/** The entries of `regionQuotas`, which class-validator cannot check key by key. */
export function regionQuotaProblems(quotas: Record<string, unknown> | null | undefined): FieldProblem[] {
  if (!quotas) return [];
  const problems: FieldProblem[] = [];
  for (const [code, value] of Object.entries(quotas)) {
    const field = `regionQuotas.${code}`;
    if (!isRegionCode(code)) problems.push({ field, code: 'isKzRegionCode' });
    if (typeof value !== 'number' || !Number.isInteger(value)) problems.push({ field, code: 'isInt' });
    else if (value < 0) problems.push({ field, code: 'min', args: [0] });
    else if (value > 100_000) problems.push({ field, code: 'max', args: [100_000] });
  }
  return problems;
}
