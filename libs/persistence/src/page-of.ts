import type { Type } from '@nestjs/common';
import { ApiProperty, ApiSchema } from '@nestjs/swagger';

/**
 * The documented shape of a `Page<T>` answer: `PageOf(RegistrationView, 'RegistrationPage')` is a
 * schema with the items and the cursor of the next page (null on the last).
 */
export function PageOf<T>(item: Type<T>, name: string): Type<{ items: T[]; nextCursor: string | null }> {
  @ApiSchema({ name })
  class PageOfItems {
    @ApiProperty({ type: item, isArray: true })
    items!: T[];

    @ApiProperty({
      type: String,
      nullable: true,
      description: 'Pass as `cursor` to read the next page; null on the last page.',
    })
    nextCursor!: string | null;
  }
  return PageOfItems;
}
