import { Controller, Get, Headers, Param } from '@nestjs/common';
import { INTERNAL_TOKEN_HEADER, InternalRoute, Unguarded, digestSecret, secretMatches } from '@jiyn/auth';
import type { Multilingual } from '@jiyn/kz';
import { ParseIdPipe, ProblemException } from '@jiyn/problems';
import { GatewayEnvironment } from '../../gateway.environment';
import { OrganisationsRepository, type OwnerContact } from './organisations.repository';

/** What a service may show of an organisation in its own messages (e-mail): public facts only. */
export interface OrganisationProfile {
  id: string;
  slug: string;
  name: Multilingual;
  bin: string | null;
  /** `#rrggbb`, white text readable on it (4.5:1); null: the platform's colour. */
  brandColour: string | null;
  /** An https:// image; null: none. */
  logoUrl: string | null;
  /** A signature under every message, per language; null: none. */
  emailFooter: Multilingual | null;
}

/**
 * Organisations live in the gateway's access schema; the notifications service names and brands its
 * e-mail with them, writes to their owners, and asks here, with the internal token (the gateway's own guard checks API keys,
 * so this route checks the token itself). Not in the OpenAPI document; a caller outside reaches the
 * path but is refused without the token (internal-routes.e2e-spec).
 */
@Controller('internal/organisations')
export class OrganisationProfileController {
  private readonly tokenDigest: Buffer;

  constructor(
    private readonly organisations: OrganisationsRepository,
    env: GatewayEnvironment,
  ) {
    this.tokenDigest = digestSecret(env.INTERNAL_TOKEN);
  }

  @Unguarded()
  @InternalRoute()
  @Get(':id')
  async profile(
    @Headers(INTERNAL_TOKEN_HEADER) token: string | undefined,
    @Param('id', ParseIdPipe) id: string,
  ): Promise<OrganisationProfile> {
    if (!secretMatches(token, this.tokenDigest)) throw new ProblemException('unauthorized');
    const organisation = await this.organisations.find(id);
    if (!organisation) throw new ProblemException('not-found');
    return {
      id: organisation.id,
      slug: organisation.slug,
      name: organisation.name,
      bin: organisation.bin,
      brandColour: organisation.brandColour,
      logoUrl: organisation.logoUrl,
      emailFooter: organisation.emailFooter,
    };
  }

  /**
   * Whom to tell about the organisation's own affairs (a webhook endpoint disabled for failing):
   * its owners' addresses and languages, read when the message is written and kept nowhere else.
   * An organisation without owners answers an empty list; an unknown one 404.
   */
  @Unguarded()
  @InternalRoute()
  @Get(':id/owners')
  async owners(
    @Headers(INTERNAL_TOKEN_HEADER) token: string | undefined,
    @Param('id', ParseIdPipe) id: string,
  ): Promise<OrganisationOwners> {
    if (!secretMatches(token, this.tokenDigest)) throw new ProblemException('unauthorized');
    if (!(await this.organisations.find(id))) throw new ProblemException('not-found');
    return { organisationId: id, owners: await this.organisations.owners(id) };
  }
}

export interface OrganisationOwners {
  organisationId: string;
  owners: OwnerContact[];
}
