import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ProblemException } from '@jiyn/problems';
import { policyFor, type RateLimitDefaults } from './rate-limit-policy';
import type { SharedRateLimiter, Verdict } from './shared-rate-limiter';

/**
 * Runs after authentication (it needs the principal): spends one request of the caller's budget and
 * answers the IETF RateLimit fields, or a 429 with Retry-After.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly limiter: SharedRateLimiter,
    private readonly defaults: RateLimitDefaults,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const policy = policyFor(request, this.defaults);
    if (!policy) return true;
    const verdict = await this.limiter.take(policy);
    const reply = http.getResponse<FastifyReply>();
    void reply.header(
      'ratelimit-policy',
      `"${policy.name}";q=${verdict.quota};w=${this.limiter.windowSeconds}`,
    );
    void reply.header('ratelimit', `"${policy.name}";r=${verdict.remaining};t=${verdict.resetSeconds}`);
    if (!verdict.allowed) throw rateLimited(policy.name, verdict);
    return true;
  }
}

function rateLimited(policy: string, verdict: Extract<Verdict, { allowed: false }>): ProblemException {
  const s = verdict.retryAfterSeconds;
  const who = {
    'api-key': { en: 'this API key', ru: 'этого API-ключа', kk: 'осы API кілтінен' },
    person: { en: 'you', ru: 'вас', kk: 'сізден' },
    'self-service': { en: 'this address', ru: 'этого адреса', kk: 'бұл мекенжайдан' },
    public: { en: 'this address', ru: 'этого адреса', kk: 'бұл мекенжайдан' },
  }[policy] ?? { en: 'you', ru: 'вас', kk: 'сізден' };
  return new ProblemException('rate-limited', {
    retryAfterSeconds: s,
    extensions: { limit: verdict.quota },
    detail: {
      en: `Too many requests from ${who.en} (${verdict.quota} per minute); try again in ${s} s`,
      ru: `Слишком много запросов от ${who.ru} (${verdict.quota} в минуту); повторите через ${s} с`,
      kk: `${who.kk} сұраныс тым көп (минутына ${verdict.quota}); ${s} с кейін қайталаңыз`,
    },
  });
}
