import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Invitations sent by e-mail. An organiser may ask for the link to be mailed rather than shown, and
 * a co-speaker named on a proposal is mailed one to confirm or decline it. Such an invitation is
 * recorded without a token: the notifications service asks for a link when it writes the mail, and
 * each link minted is kept as its digest in `invitation_links`. Any of them redeems the invitation,
 * once: a mail sent twice (a retry after the SMTP server had taken the first) carries a link that
 * works whichever copy the speaker opens.
 *
 * `purpose` keeps the two apart: a new `access` invitation replaces the holder's open `access`
 * ones (only the newest link an organiser issued works), while a co-speaker invitation belongs to
 * its proposal and replaces nothing.
 */
export class InvitationsByEmail1764201600130 implements MigrationInterface {
  name = 'InvitationsByEmail1764201600130';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE speakers.invitations
        ALTER COLUMN token_digest DROP NOT NULL,
        ADD COLUMN delivery text NOT NULL DEFAULT 'link' CHECK (delivery IN ('link', 'email')),
        ADD COLUMN purpose text NOT NULL DEFAULT 'access' CHECK (purpose IN ('access', 'co-speaker')),
        ADD COLUMN proposal_id uuid REFERENCES speakers.proposals (id) ON DELETE CASCADE,
        ADD CONSTRAINT invitations_token_check CHECK (delivery = 'email' OR token_digest IS NOT NULL),
        ADD CONSTRAINT invitations_co_speaker_check
          CHECK ((purpose = 'co-speaker') = (proposal_id IS NOT NULL)
             AND (purpose = 'access' OR (kind = 'speaker' AND delivery = 'email')))`);
    await runner.query(`
      CREATE TABLE speakers.invitation_links (
        token_digest bytea PRIMARY KEY,
        invitation_id uuid NOT NULL REFERENCES speakers.invitations (id) ON DELETE CASCADE,
        minted_at timestamptz NOT NULL
      )`);
    await runner.query(
      `CREATE INDEX invitation_links_invitation_idx ON speakers.invitation_links (invitation_id)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE speakers.invitation_links`);
    await runner.query(`DELETE FROM speakers.access_tokens t USING speakers.invitations i
                          WHERE t.invitation_id = i.id AND i.token_digest IS NULL`);
    await runner.query(`DELETE FROM speakers.invitations WHERE token_digest IS NULL`);
    await runner.query(`
      ALTER TABLE speakers.invitations
        DROP CONSTRAINT invitations_co_speaker_check,
        DROP CONSTRAINT invitations_token_check,
        DROP COLUMN proposal_id,
        DROP COLUMN purpose,
        DROP COLUMN delivery,
        ALTER COLUMN token_digest SET NOT NULL`);
  }
}
