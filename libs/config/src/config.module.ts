import { Module, type DynamicModule } from '@nestjs/common';

/**
 * Makes an already validated config object injectable by its class, so services ask for
 * `constructor(private readonly env: RegistrationsEnvironment)` and get typed values.
 */
@Module({})
export class ConfigModule {
  static forRoot<T extends object>(config: T): DynamicModule {
    const token = config.constructor;
    return {
      module: ConfigModule,
      global: true,
      providers: [{ provide: token, useValue: config }],
      exports: [token],
    };
  }
}
