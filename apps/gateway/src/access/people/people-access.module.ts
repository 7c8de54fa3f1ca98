import { Module, type DynamicModule } from '@nestjs/common';
import type { GatewayEnvironment } from '../../gateway.environment';
import { MembersController } from '../members/members.controller';
import { MembersService } from '../members/members.service';
import { OidcController } from '../oidc/oidc.controller';
import { OidcProviders } from '../oidc/oidc-providers';
import { PartnerGrants } from '../organisations/partner-grants';
import { OidcSignIn } from '../oidc/oidc-sign-in';
import { Clock } from '../sign-in/clock';
import { PasswordSignIn } from '../sign-in/password-sign-in';
import { SessionCookieResolver } from '../sign-in/session-cookie.resolver';
import { SessionIssuer } from '../sign-in/session-issuer';
import { SessionSettings } from '../sign-in/session-settings';
import { SignInController } from '../sign-in/sign-in.controller';
import { SignInSessions } from '../sign-in/sign-in-sessions';
import { TotpController } from '../sign-in/totp.controller';
import { PersonPrincipals } from './person-principals';
import { SecretBox } from './secret-box';

/** People, their memberships and roles, and how they sign in (password + TOTP, OIDC) into cookie sessions. */
@Module({})
export class PeopleAccessModule {
  static register(env: GatewayEnvironment): DynamicModule {
    const settings = new SessionSettings(
      env.SESSION_IDLE_TIMEOUT_MINUTES * 60_000,
      env.SESSION_ABSOLUTE_TIMEOUT_HOURS * 3_600_000,
      env.CONSOLE_ORIGINS.split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    );
    return {
      module: PeopleAccessModule,
      controllers: [SignInController, TotpController, MembersController, OidcController],
      providers: [
        Clock,
        { provide: SessionSettings, useValue: settings },
        { provide: SecretBox, useValue: new SecretBox(env.ACCESS_ENCRYPTION_KEY) },
        PersonPrincipals,
        PartnerGrants,
        SignInSessions,
        SessionCookieResolver,
        PasswordSignIn,
        MembersService,
        OidcProviders,
        OidcSignIn,
        SessionIssuer,
      ],
      exports: [SessionCookieResolver],
    };
  }
}
