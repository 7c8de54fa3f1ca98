import { Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryModule, DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { REQUIRED_SCOPE } from './requires-scope.decorator';
import { SCOPE_EXEMPT } from './scope-exempt.decorator';
import { IS_UNGUARDED } from './unguarded.decorator';

/** Every route of the application that declares neither a scope nor an exemption, as `Class.method`. */
export function undeclaredRoutes(
  discovery: DiscoveryService,
  scanner: MetadataScanner,
  reflector: Reflector,
): string[] {
  const missing: string[] = [];
  for (const wrapper of discovery.getControllers()) {
    const { instance, metatype } = wrapper;
    if (!instance || !metatype) continue;
    const prototype = Object.getPrototypeOf(instance) as object;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = (prototype as Record<string, unknown>)[name] as (...args: unknown[]) => unknown;
      if (Reflect.getMetadata(METHOD_METADATA, handler) === undefined) continue;
      if (Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
      const targets = [handler, metatype as object];
      const declared =
        reflector.getAllAndOverride(REQUIRED_SCOPE, targets as never) ??
        reflector.getAllAndOverride(SCOPE_EXEMPT, targets as never) ??
        reflector.getAllAndOverride(IS_UNGUARDED, targets as never);
      if (!declared) missing.push(`${metatype.name}.${name}`);
    }
  }
  return missing;
}

@Injectable()
class ScopeDeclarationCheck implements OnModuleInit {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    const missing = undeclaredRoutes(this.discovery, this.scanner, this.reflector);
    if (missing.length > 0) {
      throw new Error(
        `routes without @RequiresScope or an explicit exemption (@PublicRoute, @SelfServiceRoute, ` +
          `@ProbeRoute, @Unguarded): ${missing.join(', ')}`,
      );
    }
  }
}

/** A service refuses to boot while any of its routes lacks a declared scope or exemption. */
@Module({ imports: [DiscoveryModule], providers: [ScopeDeclarationCheck] })
export class ScopeDeclarationsModule {}
