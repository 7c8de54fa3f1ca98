export { digestSecret, secretMatches } from './secrets';
export {
  ANONYMOUS,
  INTERNAL_TOKEN_HEADER,
  PRINCIPAL_HEADER,
  SCOPES,
  SELF_SERVICE_TOKEN_HEADER,
  decodePrincipal,
  encodePrincipal,
  hasScope,
  type Principal,
  type Scope,
} from './principal';
export { InternalAuthGuard } from './internal-auth.guard';
export { IS_UNGUARDED, Unguarded } from './unguarded.decorator';
export { CurrentPrincipal } from './current-principal.decorator';
export { SelfServiceToken } from './self-service-token.decorator';
