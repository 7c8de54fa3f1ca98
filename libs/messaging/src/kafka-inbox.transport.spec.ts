import { describe, expect, it } from '@jest/globals';
import { Controller, Module, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Ctx, EventPattern, MessagePattern, Payload } from '@nestjs/microservices';
import type { Kafka } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { EVENT_TYPES, TOPICS } from '@jiyn/contracts';
import { ServiceMetrics, createLogger } from '@jiyn/observability';
import { InboxContext } from './inbox-context';
import { KafkaInboxTransport } from './kafka-inbox.transport';

// Discovery and its refusals happen when Nest registers the handlers, before anything connects:
// no broker or database is needed to see which groups a service would run.
function transport(): KafkaInboxTransport {
  return new KafkaInboxTransport({
    kafka: {} as Kafka,
    dataSource: {} as DataSource,
    schema: 'unit',
    logger: createLogger('transport-spec', 'silent'),
    metrics: new ServiceMetrics('transport-spec'),
  });
}

async function discover(...controllers: Type[]): Promise<KafkaInboxTransport> {
  const strategy = transport();
  @Module({ controllers })
  class HandlersModule {}
  const microservice = await NestFactory.createMicroservice(HandlersModule, { strategy, logger: false });
  await microservice.init();
  return strategy;
}

describe('KafkaInboxTransport discovery', () => {
  it('should group @EventPattern handlers by their group, with the topics of their contracts', async () => {
    @Controller()
    class EventHandlers {
      @EventPattern([EVENT_TYPES.eventPublished, EVENT_TYPES.eventUpdated], {
        group: 'unit.event-projection',
      })
      applyEvent(@Payload() _event: unknown, @Ctx() _context: InboxContext): void {
        // discovery only: never called
      }

      @EventPattern([EVENT_TYPES.sessionCreated], { group: 'unit.event-projection' })
      applySession(): void {
        // discovery only: never called
      }
    }
    @Controller()
    class ProposalHandler {
      @EventPattern([EVENT_TYPES.proposalAccepted], { group: 'unit.accepted-proposals', maxAttempts: 2 })
      apply(): void {
        // discovery only: never called
      }
    }
    const strategy = await discover(EventHandlers, ProposalHandler);
    expect(strategy.subscriptions()).toEqual([
      {
        groupId: 'unit.event-projection',
        topics: [TOPICS.events, TOPICS.programmeSessions],
        types: [EVENT_TYPES.eventPublished, EVENT_TYPES.eventUpdated, EVENT_TYPES.sessionCreated],
      },
      {
        groupId: 'unit.accepted-proposals',
        topics: [TOPICS.proposals],
        types: [EVENT_TYPES.proposalAccepted],
      },
    ]);
  });

  it('should refuse a handler without a group', async () => {
    @Controller()
    class NoGroup {
      @EventPattern([EVENT_TYPES.eventPublished])
      apply(): void {
        // discovery only: never called
      }
    }
    await expect(discover(NoGroup)).rejects.toThrow(/needs \{ group: '<service>\.<purpose>' \}/);
  });

  it('should refuse an event type no contract defines', async () => {
    @Controller()
    class UnknownType {
      @EventPattern(['kz.jiyn.nothing.v1'], { group: 'unit.nothing' })
      apply(): void {
        // discovery only: never called
      }
    }
    await expect(discover(UnknownType)).rejects.toThrow(/not an event type of @jiyn\/contracts/);
  });

  it('should refuse two handlers of one type in one group (they would share one inbox row)', async () => {
    @Controller()
    class Twice {
      @EventPattern([EVENT_TYPES.eventPublished], { group: 'unit.twice' })
      first(): void {
        // discovery only: never called
      }

      @EventPattern([EVENT_TYPES.eventPublished], { group: 'unit.twice' })
      second(): void {
        // discovery only: never called
      }
    }
    await expect(discover(Twice)).rejects.toThrow(/two @EventPattern\('kz\.jiyn\.event\.published\.v1'\)/);
  });

  it('should take partitionsConcurrently as a positive integer, one value per group', async () => {
    @Controller()
    class Fractional {
      @EventPattern([EVENT_TYPES.eventPublished], { group: 'unit.fractional', partitionsConcurrently: 1.5 })
      apply(): void {
        // discovery only: never called
      }
    }
    await expect(discover(Fractional)).rejects.toThrow(/partitionsConcurrently must be a positive integer/);
    @Controller()
    class Disagreeing {
      @EventPattern([EVENT_TYPES.eventPublished], { group: 'unit.disagreeing', partitionsConcurrently: 3 })
      first(): void {
        // discovery only: never called
      }

      @EventPattern([EVENT_TYPES.eventUpdated], { group: 'unit.disagreeing', partitionsConcurrently: 2 })
      second(): void {
        // discovery only: never called
      }
    }
    await expect(discover(Disagreeing)).rejects.toThrow(/two different partitionsConcurrently/);
  });

  it('should refuse request-reply handlers: Kafka events get no reply', async () => {
    @Controller()
    class Reply {
      @MessagePattern(EVENT_TYPES.eventPublished)
      answer(): string {
        return 'no';
      }
    }
    await expect(discover(Reply)).rejects.toThrow(/use @EventPattern/);
  });
});
