import type { PrincipalKind } from '@jiyn/auth';

/** A state change (any unsafe method), a read that disclosed personal data, or a refused request. */
export type AuditKind = 'state-change' | 'personal-data-read' | 'refused';

/** One line of the audit log: ids only, never personal data. */
export interface AuditEntry {
  kind: AuditKind;
  principalId: string;
  principalKind: PrincipalKind;
  organisationId: string | null;
  method: string;
  route: string;
  targetIds: string[];
  status: number;
  personalData: string[];
  correlationId: string | null;
  clientAddress: string | null;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Which kind of entry a finished request makes, if any. */
export function auditKindOf(
  method: string,
  status: number,
  personalData: readonly string[],
): AuditKind | undefined {
  // Floods are counted by the rate limiter, not written one by one: a 429 must stay cheap.
  if (status === 429) return undefined;
  const safe = SAFE_METHODS.has(method);
  // A known caller turned away is worth a line; an unknown one reading is only noise.
  if (status === 403 || (status === 401 && !safe)) return 'refused';
  if (!safe) return 'state-change';
  if (personalData.length > 0 && status < 400) return 'personal-data-read';
  return undefined;
}
