import { ApiProperty, ApiSchema } from '@nestjs/swagger';

@ApiSchema({
  name: 'SeatOffer',
  description: 'A seat offered from the waitlist, as its e-mail link shows it',
})
export class SeatOfferView {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ description: 'In the negotiated language (another when missing), else the event’s slug' })
  eventTitle!: string;
  @ApiProperty({ format: 'date-time', description: 'Until when the seat is held' })
  offerExpiresAt!: string;
}

@ApiSchema({ name: 'SeatOfferAccepted' })
export class SeatOfferAcceptedView {
  @ApiProperty({ format: 'uuid' }) registrationId!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ enum: ['confirmed'] }) status!: 'confirmed';
}

/** The body of the accept request: the token of the e-mail's link (an HTML form posts it as a field). */
@ApiSchema({ name: 'SeatOfferAcceptance' })
export class SeatOfferAcceptanceBody {
  @ApiProperty({ description: 'The `token` of the offer e-mail’s link', maxLength: 200 })
  token!: string;
}
