import { Catch, type RpcExceptionFilter } from '@nestjs/common';
import { throwError, type Observable } from 'rxjs';

/**
 * The second argument of `@EventPattern(type, options)` on a Jiyn event handler.
 *
 * `group` is the Kafka consumer group and the inbox's consumer name (`<service>.<purpose>`): each
 * group keeps its own offsets and its own record of what it applied. Handlers of one group may be
 * spread over several methods, one event type each.
 */
export interface EventHandlerOptions {
  group: string;
  /** Attempts before the record goes to the dead-letter topic (default 5). */
  maxAttempts?: number;
  /** Read another topic than the contract's (tests; a topic being migrated). */
  topic?: string;
  /**
   * Partitions of the group's topics handled at once (default 1: one record at a time). For a
   * group whose handlers are independent per aggregate and must keep up with a busy topic (the
   * webhook intake): order within a partition, hence per aggregate, is kept.
   */
  partitionsConcurrently?: number;
}

export function eventHandlerOptions(pattern: string, extras: Record<string, unknown>): EventHandlerOptions {
  const { group, maxAttempts, topic, partitionsConcurrently } = extras;
  if (typeof group !== 'string' || !/^[A-Za-z0-9_-]+\.[A-Za-z0-9._-]+$/.test(group)) {
    throw new Error(
      `@EventPattern('${pattern}') needs { group: '<service>.<purpose>' } as its options: ` +
        'the consumer group and inbox name of the handler',
    );
  }
  if (maxAttempts !== undefined && !(Number.isInteger(maxAttempts) && (maxAttempts as number) >= 1)) {
    throw new Error(`@EventPattern('${pattern}'): maxAttempts must be a positive integer`);
  }
  if (topic !== undefined && typeof topic !== 'string') {
    throw new Error(`@EventPattern('${pattern}'): topic must be a string`);
  }
  if (
    partitionsConcurrently !== undefined &&
    !(Number.isInteger(partitionsConcurrently) && (partitionsConcurrently as number) >= 1)
  ) {
    throw new Error(`@EventPattern('${pattern}'): partitionsConcurrently must be a positive integer`);
  }
  return {
    group,
    maxAttempts: maxAttempts as number | undefined,
    topic: topic as string | undefined,
    partitionsConcurrently: partitionsConcurrently as number | undefined,
  };
}

/**
 * Nest's RPC exception handling turns any error a handler throws into an anonymous
 * `{ status: 'error' }`. The transport needs the error itself — a PermanentEventError goes to the
 * dead-letter topic at once, a lost database is waited out, anything else is retried — so every
 * error is handed back to it unchanged.
 */
@Catch()
export class ReturnErrorsToTransport implements RpcExceptionFilter<unknown> {
  catch(exception: unknown): Observable<never> {
    return throwError(() => exception);
  }
}
