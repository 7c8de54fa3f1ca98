export { digestSecret, secretMatches } from './secrets';
export {
  ANONYMOUS,
  BREAK_GLASS_SCOPES,
  INTERNAL_TOKEN_HEADER,
  PRINCIPAL_HEADER,
  SCOPES,
  SELF_SERVICE_TOKEN_HEADER,
  allows,
  decodePrincipal,
  encodePrincipal,
  hasScope,
  holds,
  reach,
  type Grant,
  type Principal,
  type PrincipalKind,
  type Scope,
  type Target,
} from './principal';
export { isScope } from './scopes';
export { ROLES, ROLE_SCOPES, isRole, scopesOfRole, type Role } from './roles';
export { InternalAuthGuard } from './internal-auth.guard';
export { IS_UNGUARDED, Unguarded } from './unguarded.decorator';
export { CurrentPrincipal } from './current-principal.decorator';
export { SelfServiceToken } from './self-service-token.decorator';
export { REQUIRED_SCOPE, RequiresScope, SCOPE_EXTENSION, SECURITY_SCHEMES } from './requires-scope.decorator';
export {
  EXEMPT_EXTENSION,
  ProbeRoute,
  AnyCredentialRoute,
  PublicRoute,
  InternalRoute,
  SCOPE_EXEMPT,
  SelfServiceRoute,
  type ScopeExemption,
} from './scope-exempt.decorator';
export { missingScope, notReachable } from './scope-problems';
export { assertAllowed, reachCondition, seesPersonalData, type ReachCondition } from './enforcement';
export { ScopeDeclarationsModule, undeclaredRoutes } from './scope-declarations';
export { EVENT_OWNERS, EventAccessInterceptor, type EventOwners } from './event-access.interceptor';
export {
  PERSONAL_DATA_HEADER,
  bindDisclosures,
  notePersonalDataDisclosed,
  type PersonalDataKind,
} from './personal-data-disclosure';
export { KnownOwners } from './known-owners';
