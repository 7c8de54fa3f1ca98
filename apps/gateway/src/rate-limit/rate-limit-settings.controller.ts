import { Controller, Get, Inject, Put, Query, Req } from '@nestjs/common';
import {
  ApiBody,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiSchema,
  ApiTags,
} from '@nestjs/swagger';
import { plainToInstance } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Max, Min, ValidateIf, validateSync } from 'class-validator';
import type { FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { ANONYMOUS, RequiresScope, holds } from '@jiyn/auth';
import { ProblemException, ProblemResponses } from '@jiyn/problems';
import { CsrfTokenHeader } from '../access/sign-in/csrf-token-header';
import type { RateLimitDefaults } from './rate-limit-policy';

export const RATE_LIMIT_DEFAULTS = Symbol('RATE_LIMIT_DEFAULTS');

/** An organisation's own limits; null (or absent) returns to the default. */
export class RateLimitSettingsDto {
  @ApiPropertyOptional({ type: 'integer', nullable: true, minimum: 1, maximum: 1_000_000 })
  @ValidateIf((_, value) => value !== null)
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  apiKeyPerMinute?: number | null;

  @ApiPropertyOptional({ type: 'integer', nullable: true, minimum: 1, maximum: 1_000_000 })
  @ValidateIf((_, value) => value !== null)
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  personPerMinute?: number | null;
}

@ApiSchema({ name: 'RateLimitDefaults' })
export class RateLimitDefaultsResponse {
  @ApiProperty({ type: 'integer', minimum: 1 })
  apiKeyPerMinute!: number;

  @ApiProperty({ type: 'integer', minimum: 1 })
  personPerMinute!: number;
}

/** An organisation's limits as answered: its own (null: the default applies) and the defaults. */
@ApiSchema({ name: 'RateLimitSettings' })
export class RateLimitSettingsResponse {
  @ApiProperty({ format: 'uuid' })
  organisationId!: string;

  @ApiProperty({ type: 'integer', example: 60, description: 'The window the limits count in' })
  windowSeconds!: number;

  @ApiProperty({
    type: 'integer',
    nullable: true,
    minimum: 1,
    description: "Requests per window for each of the organisation's API keys; null: the default",
  })
  apiKeyPerMinute!: number | null;

  @ApiProperty({
    type: 'integer',
    nullable: true,
    minimum: 1,
    description: 'Requests per window for each signed-in person; null: the default',
  })
  personPerMinute!: number | null;

  @ApiProperty({ type: RateLimitDefaultsResponse })
  defaults!: RateLimitDefaultsResponse;
}

export class RateLimitTargetQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only for the break-glass key: which organisation' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}

/** Requests per minute for the organisation's API keys and people; owners may change them. */
@ApiTags('rate-limits')
@Controller('api/v1/rate-limits')
export class RateLimitSettingsController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(RATE_LIMIT_DEFAULTS) private readonly defaults: RateLimitDefaults,
  ) {}

  @Get()
  @RequiresScope('api-keys:manage')
  @ApiOperation({
    operationId: 'getRateLimitSettings',
    summary: "Get the organisation's rate limits and the defaults",
  })
  @ApiOkResponse({ type: RateLimitSettingsResponse })
  async get(
    @Req() request: FastifyRequest,
    @Query() query: RateLimitTargetQuery,
  ): Promise<RateLimitSettingsResponse> {
    return this.read(organisationOf(request, query));
  }

  @Put()
  @RequiresScope('api-keys:manage')
  @ApiOperation({ operationId: 'putRateLimitSettings', summary: "Set the organisation's rate limits" })
  @ApiBody({ type: RateLimitSettingsDto })
  @ApiOkResponse({ type: RateLimitSettingsResponse })
  @ProblemResponses(404)
  @CsrfTokenHeader()
  async put(
    @Req() request: FastifyRequest,
    @Query() query: RateLimitTargetQuery,
  ): Promise<RateLimitSettingsResponse> {
    const organisationId = organisationOf(request, query);
    const dto = parseBody(request.body);
    const rows = (await this.dataSource.query(
      `INSERT INTO access.rate_limit_settings (organisation_id, api_key_per_minute, person_per_minute)
       SELECT id, $2, $3 FROM access.organisations WHERE id = $1
       ON CONFLICT (organisation_id) DO UPDATE
         SET api_key_per_minute = $2, person_per_minute = $3, updated_at = now()
       RETURNING organisation_id`,
      [organisationId, dto.apiKeyPerMinute ?? null, dto.personPerMinute ?? null],
    )) as unknown[];
    if (rows.length === 0) throw new ProblemException('not-found');
    return this.read(organisationId);
  }

  private async read(organisationId: string): Promise<RateLimitSettingsResponse> {
    const [row] = (await this.dataSource.query(
      'SELECT api_key_per_minute, person_per_minute FROM access.rate_limit_settings WHERE organisation_id = $1',
      [organisationId],
    )) as { api_key_per_minute: number | null; person_per_minute: number | null }[];
    return {
      organisationId,
      windowSeconds: 60,
      apiKeyPerMinute: row?.api_key_per_minute ?? null,
      personPerMinute: row?.person_per_minute ?? null,
      defaults: {
        apiKeyPerMinute: this.defaults.apiKeyPerMinute,
        personPerMinute: this.defaults.personPerMinute,
      },
    };
  }
}

function organisationOf(request: FastifyRequest, query: RateLimitTargetQuery): string {
  const principal = request.principal ?? ANONYMOUS;
  if (holds(principal, 'api-keys:manage')) {
    if (principal.kind === 'break-glass' && query.organisationId) return query.organisationId;
    if (
      principal.organisationId &&
      (!query.organisationId || query.organisationId === principal.organisationId)
    )
      return principal.organisationId;
  }
  throw new ProblemException('forbidden', {
    detail: {
      en: "Rate limits are set by the organisation's owners (api-keys:manage)",
      ru: 'Ограничения частоты задают владельцы организации (api-keys:manage)',
      kk: 'Сұраныс жиілігінің шектеулерін ұйым иелері белгілейді (api-keys:manage)',
    },
  });
}

/** The gateway keeps bodies as bytes (it forwards them untouched): this one is parsed here. */
function parseBody(body: unknown): RateLimitSettingsDto {
  let plain: unknown;
  try {
    plain = JSON.parse(Buffer.isBuffer(body) ? body.toString('utf8') : String(body ?? ''));
  } catch {
    throw new ProblemException('bad-request', {
      detail: {
        en: 'The body must be JSON',
        ru: 'Тело запроса должно быть JSON',
        kk: 'Сұраныс денесі JSON болуы керек',
      },
    });
  }
  if (!plain || typeof plain !== 'object' || Array.isArray(plain))
    throw new ProblemException('validation', { errors: [{ field: 'body', code: 'isObject' }] });
  const dto = plainToInstance(RateLimitSettingsDto, plain);
  const errors = validateSync(dto, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) throw ProblemException.fromValidationErrors(errors);
  return dto;
}
