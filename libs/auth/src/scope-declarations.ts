import { Inject, Injectable, Module, type DynamicModule, type OnModuleInit } from '@nestjs/common';
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
  otherDeclarations: readonly string[] = [],
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
      const declared = [REQUIRED_SCOPE, SCOPE_EXEMPT, IS_UNGUARDED, ...otherDeclarations].some(
        (key) => reflector.getAllAndOverride(key, targets as never) !== undefined,
      );
      if (!declared) missing.push(`${metatype.name}.${name}`);
    }
  }
  return missing;
}

const OTHER_DECLARATIONS = Symbol('OTHER_SCOPE_DECLARATIONS');

@Injectable()
class ScopeDeclarationCheck implements OnModuleInit {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    @Inject(OTHER_DECLARATIONS) private readonly others: readonly string[],
  ) {}

  onModuleInit(): void {
    const missing = undeclaredRoutes(this.discovery, this.scanner, this.reflector, this.others);
    if (missing.length > 0) {
      throw new Error(
        `routes without @RequiresScope or an explicit exemption (@PublicRoute, @SelfServiceRoute, ` +
          `@ProbeRoute, @Unguarded): ${missing.join(', ')}`,
      );
    }
  }
}

/** A service refuses to boot while any of its routes lacks a declared scope or exemption. */
@Module({
  imports: [DiscoveryModule],
  providers: [ScopeDeclarationCheck, { provide: OTHER_DECLARATIONS, useValue: [] }],
})
export class ScopeDeclarationsModule {
  /** With metadata keys that also declare a route's scope (the gateway's proxy takes it from its catalogue). */
  static alsoAccepting(keys: readonly string[]): DynamicModule {
    return {
      module: ScopeDeclarationsModule,
      imports: [DiscoveryModule],
      providers: [ScopeDeclarationCheck, { provide: OTHER_DECLARATIONS, useValue: keys }],
    };
  }
}
