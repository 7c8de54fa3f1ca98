import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { Parser, type MessageInterface } from '@asyncapi/parser';
import { ALL_TOPICS, EVENT_CONTRACTS } from '@jiyn/contracts';
import { ASYNCAPI_JSON, ASYNCAPI_YAML, asyncApiFiles } from './asyncapi-files';

/** Spectral's severities, as the parser reports them: 0 error, 1 warning, 2 information, 3 hint. */
const ERROR = 0;
const WARNING = 1;

describe('the AsyncAPI document of the Kafka stream', () => {
  const { document, json, yaml } = asyncApiFiles();

  it('should equal the committed contracts/asyncapi/jiyn-events.json and .yaml (else: npm run contracts:asyncapi)', async () => {
    expect(await readFile(ASYNCAPI_JSON, 'utf8')).toBe(json);
    expect(await readFile(ASYNCAPI_YAML, 'utf8')).toBe(yaml);
  });

  it('should be valid AsyncAPI 3.0 for the official parser, without errors or warnings', async () => {
    const { document: parsed, diagnostics } = await new Parser().parse(yaml);
    const problems = diagnostics
      .filter((diagnostic) => diagnostic.severity === ERROR || diagnostic.severity === WARNING)
      .map((diagnostic) => `${diagnostic.path.join('.')}: ${diagnostic.message}`);
    expect(problems).toEqual([]);
    expect(parsed?.version()).toBe('3.0.0');
  }, 60_000);

  it('should have a channel per topic and a message per event type, with its payload schema and the CloudEvents headers', async () => {
    const { document: parsed } = await new Parser().parse(json);
    if (!parsed) throw new Error('not parsed');
    expect(
      parsed
        .channels()
        .all()
        .map((channel) => channel.address())
        .sort(),
    ).toEqual([...ALL_TOPICS].sort());
    // Each event type is a message of its own topic's channel.
    const byName = new Map<string, { message: MessageInterface; address: string | null | undefined }>();
    for (const channel of parsed.channels().all())
      for (const message of channel.messages().all())
        byName.set(message.name() ?? '', { message, address: channel.address() });
    expect([...byName.keys()].sort()).toEqual(Object.keys(EVENT_CONTRACTS).sort());
    for (const contract of Object.values(EVENT_CONTRACTS)) {
      const found = byName.get(contract.type);
      expect(found?.address).toBe(contract.topic);
      const message = found?.message;
      // The same fields, the same required ones, as the JSON Schema consumers validate against.
      const schema = contract.schema as { properties?: object; required?: string[] };
      expect(Object.keys(message?.payload()?.properties() ?? {}).sort()).toEqual(
        Object.keys(schema.properties ?? {}).sort(),
      );
      expect([...(message?.payload()?.required() ?? [])].sort()).toEqual([...(schema.required ?? [])].sort());
      expect(message?.headers()?.required()).toEqual(
        expect.arrayContaining(['ce_id', 'ce_type', 'ce_source']),
      );
    }
    // Open for consumers: a field added later must not make a valid message invalid.
    expect(JSON.stringify(document['components'])).not.toContain('"additionalProperties":false');
    expect(document['asyncapi']).toBe('3.0.0');
  }, 60_000);
});
