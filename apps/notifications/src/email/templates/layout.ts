/**
 * The one layout every message shares, in MJML (responsive e-mail markup that compiles to the
 * table-based HTML mail clients render, Outlook included), with Handlebars expressions for what
 * changes per message. MJML is compiled once, at the first message; Handlebars then fills the
 * compiled HTML per message (escaping every value), so a message costs a template fill, not an
 * MJML compile. Blocks that come and go (`{{#if}}`) sit in `mj-raw`, which MJML passes through
 * (inside `mj-text`, whose content is HTML already, they stand as they are: an `mj-raw` there
 * would reach the reader as an unknown tag).
 *
 * The organisation's branding: its logo on a white band above everything (logos are drawn for a
 * white page; on the brand colour a dark one would vanish), its name in white on its colour (which
 * the gateway only takes when white text on it reaches 4.5:1), and its signature above the
 * platform's footer, one line per line.
 */
export const LAYOUT_MJML = `<mjml lang="{{lang}}">
  <mj-head>
    <mj-title>{{subject}}</mj-title>
    <mj-preview>{{intro}}</mj-preview>
    <mj-attributes>
      <mj-all font-family="Helvetica, Arial, sans-serif" />
      <mj-text font-size="15px" line-height="22px" color="#1f2933" />
    </mj-attributes>
  </mj-head>
  <mj-body background-color="#f3f4f6">
    <mj-raw>{{#if logoUrl}}</mj-raw>
    <mj-section background-color="#ffffff" padding="16px 24px 12px 24px">
      <mj-column>
        <mj-image src="{{logoUrl}}" alt="{{organisationName}}" width="160px" align="left" padding="0" />
      </mj-column>
    </mj-section>
    <mj-raw>{{/if}}</mj-raw>
    <mj-section background-color="{{brandColour}}" padding="16px 24px">
      <mj-column>
        <mj-text color="#ffffff" font-size="18px" font-weight="bold">{{organisationName}}</mj-text>
      </mj-column>
    </mj-section>
    <mj-section background-color="#ffffff" padding="24px">
      <mj-column>
        <mj-text font-size="22px" line-height="28px" font-weight="bold">{{heading}}</mj-text>
        <mj-text>{{greeting}}</mj-text>
        <mj-text>{{intro}}</mj-text>
        <mj-text>{{#each facts}}<strong>{{label}}:</strong> {{value}}<br />{{/each}}</mj-text>
        <mj-raw>{{#if qrCid}}</mj-raw>
        <mj-image src="cid:{{qrCid}}" alt="{{qrAlt}}" width="220px" />
        <mj-raw>{{/if}}</mj-raw>
        <mj-raw>{{#if action}}</mj-raw>
        <mj-button href="{{action.url}}" background-color="{{brandColour}}">{{action.label}}</mj-button>
        <mj-raw>{{/if}}</mj-raw>
      </mj-column>
    </mj-section>
    <mj-section padding="12px 24px">
      <mj-column>
        <mj-raw>{{#if organisationFooter}}</mj-raw>
        <mj-text font-size="13px" line-height="19px" color="#374151">{{#each organisationFooter}}{{#unless @first}}<br />{{/unless}}{{this}}{{/each}}</mj-text>
        <mj-raw>{{/if}}</mj-raw>
        <mj-text font-size="12px" line-height="18px" color="#6b7280">{{footer}}{{#if unsubscribeUrl}}<br /><a href="{{unsubscribeUrl}}" style="color:#6b7280">{{unsubscribeLabel}}</a>{{/if}}</mj-text>
      </mj-column>
    </mj-section>
  </mj-body>
</mjml>`;

/** The plain-text part: the same content, for clients and people that read text. */
export const LAYOUT_TEXT = `{{organisationName}}

{{heading}}

{{greeting}}

{{intro}}
{{#each facts}}
{{label}}: {{value}}{{/each}}
{{#if action}}

{{action.label}}: {{action.url}}{{/if}}

--
{{#each organisationFooter}}{{this}}
{{/each}}{{footer}}{{#if unsubscribeUrl}}
{{unsubscribeLabel}}: {{unsubscribeUrl}}{{/if}}
`;
