import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ANONYMOUS, PERSONAL_DATA_HEADER } from '@jiyn/auth';
import { CORRELATION_HEADER } from '@jiyn/observability';
import { AccessTiming } from '../access-timing';
import { auditKindOf, type AuditEntry } from './audit-entry';
import { AuditWriter } from './audit-writer';
import { routeTemplateOf, targetIdsOf } from './route-template';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Watches every answer under /api/v1 as it is about to leave (`onSend`: the status is final, the
 * principal known, the caller still waiting) and writes the audit entry it calls for.
 */
@Injectable()
export class AuditRecorder implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly writer: AuditWriter,
    private readonly timing: AccessTiming,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    fastify.addHook('onSend', async (request, reply, payload) => {
      // Never let a service's marker through, whatever path it took.
      reply.removeHeader(PERSONAL_DATA_HEADER);
      const entry = entryOf(request, reply);
      if (entry) await this.timing.time(request, 'audit', () => this.writer.record(entry));
      return payload;
    });
  }
}

export function entryOf(request: FastifyRequest, reply: FastifyReply): AuditEntry | undefined {
  if (!request.url.startsWith('/api/v1/')) return undefined;
  const personalData = request.personalDataRead ?? [];
  const kind = auditKindOf(request.method, reply.statusCode, personalData);
  if (!kind) return undefined;
  const principal = request.principal ?? ANONYMOUS;
  const correlationId = reply.getHeader(CORRELATION_HEADER);
  return {
    kind,
    principalId: principal.id,
    principalKind: principal.kind,
    organisationId:
      principal.organisationId && UUID.test(principal.organisationId) ? principal.organisationId : null,
    method: request.method,
    route: routeTemplateOf(request).slice(0, 500),
    targetIds: targetIdsOf(request.url, reply.getHeader('location')),
    status: reply.statusCode,
    personalData,
    correlationId: typeof correlationId === 'string' ? correlationId : null,
    clientAddress: request.ip || null,
  };
}
