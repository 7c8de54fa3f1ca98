import { createHash } from 'node:crypto';

/**
 * The participant's own keys, computed from the self-service token they present and never stored
 * with it: only the token's holder can compute them again. Each has its own label, so the key of a
 * response to a pre-test and the key pairing it with the post-test differ.
 */
export function respondentKey(surveyId: string, token: string): Buffer {
  return digest('jiyn-feedback-respondent', surveyId, token);
}

/** Pairs a pre-test's response with its post-test's: both carry the digest of the pre-test's id. */
export function pairKey(preTestId: string, token: string): Buffer {
  return digest('jiyn-feedback-pair', preTestId, token);
}

function digest(label: string, id: string, token: string): Buffer {
  return createHash('sha256').update(`${label}\u0000${id}\u0000${token}`, 'utf8').digest();
}
