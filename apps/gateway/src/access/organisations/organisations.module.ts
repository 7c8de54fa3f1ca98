import { Module, type DynamicModule } from '@nestjs/common';
import { GatewayEnvironment } from '../../gateway.environment';
import type { Upstreams } from '../../proxy/upstreams';
import { LocalCredentialChanges } from '../api-keys/local-credential-changes';
import { EventOwners, SessionsEventOwners } from './event-owners';
import { OrganisationProfileController } from './organisation-profile.controller';
import { OrganisationsController } from './organisations.controller';
import { OrganisationsRepository } from './organisations.repository';
import { PartnerGrants } from './partner-grants';

/** Organisations and partner access; exports what principals of keys and people are built from. */
@Module({})
export class OrganisationsModule {
  static register(upstreams: Upstreams): DynamicModule {
    return {
      module: OrganisationsModule,
      controllers: [OrganisationsController, OrganisationProfileController],
      providers: [
        OrganisationsRepository,
        PartnerGrants,
        LocalCredentialChanges,
        {
          provide: EventOwners,
          inject: [GatewayEnvironment],
          useFactory: (env: GatewayEnvironment) => new SessionsEventOwners(upstreams, env.INTERNAL_TOKEN),
        },
      ],
      exports: [OrganisationsRepository, PartnerGrants, EventOwners, LocalCredentialChanges],
    };
  }
}
