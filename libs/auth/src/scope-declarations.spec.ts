import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import { Controller, Get, Module, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { RequiresScope } from './requires-scope.decorator';
import { PublicRoute, SelfServiceRoute } from './scope-exempt.decorator';
import { ScopeDeclarationsModule } from './scope-declarations';
import { Unguarded } from './unguarded.decorator';

@Controller('events')
class DeclaredController {
  @Get()
  @RequiresScope('events:read')
  list(): string[] {
    return [];
  }

  @Get('health')
  @Unguarded()
  health(): string {
    return 'ok';
  }
}

@PublicRoute()
@Controller('public/events')
class PublicController {
  @Get()
  list(): string[] {
    return [];
  }
}

@SelfServiceRoute()
@Controller('self/me')
class SelfController {
  @Get()
  me(): string {
    return 'me';
  }
}

@Controller('speakers')
class ForgetfulController {
  @Post()
  @RequiresScope('speakers:write')
  create(): string {
    return 'created';
  }

  @Get()
  list(): string[] {
    return [];
  }
}

async function boot(controllers: (new () => object)[]): Promise<void> {
  @Module({ imports: [ScopeDeclarationsModule], controllers })
  class AppModule {}
  const app = await NestFactory.createApplicationContext(AppModule, { logger: false, abortOnError: false });
  await app.close();
}

describe('scope declarations', () => {
  it('should boot when every route declares a scope or why it needs none', async () => {
    await expect(boot([DeclaredController, PublicController, SelfController])).resolves.toBeUndefined();
  });

  it('should refuse to boot naming the route that declares nothing', async () => {
    await expect(boot([DeclaredController, ForgetfulController])).rejects.toThrow(
      /routes without @RequiresScope.*ForgetfulController\.list$/,
    );
  });
});
