import { Injectable } from '@nestjs/common';
import * as client from 'openid-client';
import { DataSource } from 'typeorm';
import { ProblemException } from '@jiyn/problems';
import { tokenHash } from '../people/one-time-tokens';
import { Clock } from '../sign-in/clock';
import { OidcProviders, notConfigured } from './oidc-providers';

export const OIDC_COOKIE = '__Host-jiyn_oidc';

const REFUSED = {
  en: 'No member of this organisation matches this sign-in: an owner must add you (by this e-mail) first',
  ru: 'Этот вход не соответствует ни одному участнику организации: сначала владелец должен добавить вас (по этому e-mail)',
  kk: 'Бұл кіру ұйымның ешбір мүшесіне сәйкес келмейді: алдымен иесі сізді (осы e-mail бойынша) қосуы керек',
};

/**
 * Sign-in through an organisation's OIDC provider. A person is found by the provider's subject, or
 * once by the verified e-mail of an existing member (then the subject is remembered); nobody is
 * created here, least of all an owner.
 */
@Injectable()
export class OidcSignIn {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly providers: OidcProviders,
  ) {}

  async begin(
    slug: string,
    returnTo: string,
    redirectUri: string,
    lifetimeSeconds: number,
  ): Promise<{ config: client.Configuration; state: { value: string; parameters: Record<string, string> } }> {
    const [organisation] = (await this.db.query('SELECT id FROM access.organisations WHERE slug = $1', [
      slug,
    ])) as {
      id: string;
    }[];
    if (!organisation) throw notConfigured();
    const { config } = await this.providers.configuration(organisation.id);
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    await this.db.query(
      `INSERT INTO access.oidc_sign_in_attempts (state_hash, organisation_id, code_verifier, nonce, return_to, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        tokenHash(state),
        organisation.id,
        codeVerifier,
        nonce,
        returnTo,
        new Date(this.clock.now().getTime() + lifetimeSeconds * 1000),
      ],
    );
    return {
      config,
      state: {
        value: state,
        parameters: {
          redirect_uri: redirectUri,
          scope: 'openid email',
          response_type: 'code',
          code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
          code_challenge_method: 'S256',
          state,
          nonce,
        },
      },
    };
  }

  async finish(state: string, currentUrl: URL): Promise<{ personId: string; returnTo: string }> {
    // Used once: the attempt is deleted whatever happens next.
    const [rows] = (await this.db.query(
      `DELETE FROM access.oidc_sign_in_attempts WHERE state_hash = $1 AND expires_at > $2
       RETURNING organisation_id, code_verifier, nonce, return_to`,
      [tokenHash(state), this.clock.now()],
    )) as [{ organisation_id: string; code_verifier: string; nonce: string; return_to: string }[], number];
    const attempt = rows[0];
    if (!attempt) throw new ProblemException('unauthorized', { detail: REFUSED_STATE });
    const organisationId = attempt.organisation_id;
    const { settings, config } = await this.providers.configuration(organisationId);
    let claims: client.IDToken | undefined;
    try {
      const tokens = await client.authorizationCodeGrant(config, currentUrl, {
        pkceCodeVerifier: attempt.code_verifier,
        expectedState: state,
        expectedNonce: attempt.nonce,
        idTokenExpected: true,
      });
      claims = tokens.claims();
      // Many providers put e-mail in the ID token; others (oidc-provider by default) only at userinfo.
      if (claims && claims['email'] === undefined && tokens.access_token) {
        const userInfo = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
        claims = { ...claims, email: userInfo.email, email_verified: userInfo.email_verified };
      }
    } catch {
      throw new ProblemException('unauthorized', {
        detail: {
          en: 'The sign-in provider’s answer did not check out (code, state, nonce or signature)',
          ru: 'Ответ провайдера входа не прошёл проверку (код, state, nonce или подпись)',
          kk: 'Кіру провайдерінің жауабы тексеруден өтпеді (код, state, nonce немесе қолтаңба)',
        },
      });
    }
    if (!claims) throw new ProblemException('unauthorized', { detail: REFUSED });
    const personId = await this.member(organisationId, settings.issuer, settings.allowedEmailDomains, claims);
    return { personId, returnTo: attempt.return_to };
  }

  private async member(
    organisationId: string,
    issuer: string,
    allowedDomains: string[],
    claims: client.IDToken,
  ): Promise<string> {
    const known: { person_id: string }[] = await this.db.query(
      `SELECT i.person_id FROM access.oidc_identities i
        WHERE i.organisation_id = $1 AND i.issuer = $2 AND i.subject = $3
          AND EXISTS (SELECT 1 FROM access.memberships m WHERE m.person_id = i.person_id AND m.organisation_id = $1)`,
      [organisationId, issuer, claims.sub],
    );
    if (known[0]) return known[0].person_id;
    const email = typeof claims['email'] === 'string' ? claims['email'].toLowerCase() : undefined;
    const domain = email?.split('@')[1];
    const domainAllowed =
      allowedDomains.length === 0 || (domain !== undefined && allowedDomains.includes(domain));
    if (!email || claims['email_verified'] !== true || !domainAllowed)
      throw new ProblemException('forbidden', { detail: REFUSED });
    const [member] = (await this.db.query(
      `SELECT p.id FROM access.people p
        WHERE p.email = $2 AND EXISTS (SELECT 1 FROM access.memberships m WHERE m.person_id = p.id AND m.organisation_id = $1)`,
      [organisationId, email],
    )) as { id: string }[];
    if (!member) throw new ProblemException('forbidden', { detail: REFUSED });
    await this.db.query(
      `INSERT INTO access.oidc_identities (organisation_id, issuer, subject, person_id) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING`,
      [organisationId, issuer, claims.sub, member.id],
    );
    return member.id;
  }
}

const REFUSED_STATE = {
  en: 'This sign-in was not started here, has expired or was already used; start again',
  ru: 'Этот вход начат не здесь, истёк или уже использован; начните заново',
  kk: 'Бұл кіру мұнда басталмаған, мерзімі өткен немесе бұрын қолданылған; қайта бастаңыз',
};
