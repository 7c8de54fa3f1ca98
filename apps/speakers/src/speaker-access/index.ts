export { SpeakerAccessModule } from './speaker-access.module';
export {
  ACCESS_KINDS,
  SpeakerAccessService,
  type AccessKind,
  type InvitationPurpose,
  type IssuedInvitation,
  type MailedInvitation,
  type MintedLink,
  type RedeemedInvitation,
} from './speaker-access.service';
export { OrganiserOnlyGuard } from './organiser-only.guard';
export { SelfServiceAccess, SelfServiceAccessGuard, SelfServiceSubject } from './self-service-access';
