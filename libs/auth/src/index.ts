export { digestSecret, secretMatches } from './secrets';
export {
  ANONYMOUS,
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
export { REQUIRED_SCOPE, RequiresScope } from './requires-scope.decorator';
export {
  PERSONAL_DATA_HEADER,
  bindDisclosures,
  notePersonalDataDisclosed,
  type PersonalDataKind,
} from './personal-data-disclosure';
