import { holdResponsesToOwnDocument } from '../../testing/own-document-conformance';
import { startGatewayWithTestPrincipals, type TestGateway } from './standalone-gateway';

export {
  apiKey,
  awayFromMinuteEdge,
  credentialOf,
  person,
  startStandIn,
  type StandIn,
  type TestGateway,
} from './standalone-gateway';

/** The gateway of standalone-gateway.ts, its answers held to its own OpenAPI document in every test. */
export function startTestGateway(
  databaseUrl: string,
  upstreamUrl: string,
  settings: Record<string, string> = {},
): Promise<TestGateway> {
  return startGatewayWithTestPrincipals(databaseUrl, upstreamUrl, settings, holdResponsesToOwnDocument);
}
