import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { SUPPORTED_LANGUAGES } from '@jiyn/kz';
import { PageOf } from '@jiyn/persistence';

/** One participant's rating of an event or one of its sessions. */
@ApiSchema({ name: 'Feedback' })
export class FeedbackResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  eventId!: string;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The session rated; null when the rating is of the whole event',
  })
  sessionId!: string | null;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 5, example: 5 })
  rating!: number;

  @ApiProperty({ type: String, nullable: true, maxLength: 4000, example: 'Керемет!' })
  comment!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    enum: [...SUPPORTED_LANGUAGES, null],
    description: 'The language the comment is in, if given',
  })
  language!: string | null;

  @ApiProperty({ type: 'integer', minimum: 1 })
  version!: number;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: Date;
}

export const FeedbackPage = PageOf(FeedbackResponse, 'FeedbackPage');

/** How many gave each rating, 1 to 5. */
export class FeedbackRatingDistribution {
  @ApiProperty({ name: '1', type: 'integer', minimum: 0 }) '1'!: number;
  @ApiProperty({ name: '2', type: 'integer', minimum: 0 }) '2'!: number;
  @ApiProperty({ name: '3', type: 'integer', minimum: 0 }) '3'!: number;
  @ApiProperty({ name: '4', type: 'integer', minimum: 0 }) '4'!: number;
  @ApiProperty({ name: '5', type: 'integer', minimum: 0 }) '5'!: number;
}

/** Count, mean and distribution of the ratings of an event or one session. */
export class FeedbackSummaryResponse {
  @ApiProperty({ type: 'integer', minimum: 0, example: 42 })
  responses!: number;

  @ApiProperty({
    type: 'number',
    nullable: true,
    minimum: 1,
    maximum: 5,
    example: 4.5,
    description: 'null while there are no responses',
  })
  averageRating!: number | null;

  @ApiProperty({ type: FeedbackRatingDistribution })
  distribution!: FeedbackRatingDistribution;
}
