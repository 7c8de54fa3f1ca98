import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What an organisation's e-mail looks like: its colour (the header band and buttons, white text on
 * it), its logo (an https:// address the reader's mail client loads) and a short signature per
 * language under every message. All optional: without them the platform's colour and no logo.
 */
export class OrganisationBranding1764201600150 implements MigrationInterface {
  name = 'OrganisationBranding1764201600150';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE access.organisations
        ADD COLUMN brand_colour text CHECK (brand_colour ~ '^#[0-9a-f]{6}$'),
        ADD COLUMN logo_url text CHECK (logo_url LIKE 'https://%' AND length(logo_url) <= 2000),
        ADD COLUMN email_footer jsonb CHECK (jsonb_typeof(email_footer) = 'object')`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE access.organisations
        DROP COLUMN email_footer, DROP COLUMN logo_url, DROP COLUMN brand_colour`);
  }
}
