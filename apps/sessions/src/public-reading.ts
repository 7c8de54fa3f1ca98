import { applyDecorators } from '@nestjs/common';
import {
  ApiHeader,
  ApiNotModifiedResponse,
  ApiOkResponse,
  ApiQuery,
  type ApiResponseOptions,
} from '@nestjs/swagger';
import { SUPPORTED_LANGUAGES } from '@jiyn/kz';
import { ProblemResponses } from '@jiyn/problems';

/** The caching headers `answerNotModified` sets on every public read, 200 and 304 alike. */
const CACHING_HEADERS = {
  ETag: {
    description: 'Exact tag of this representation (version, language, format); send it as If-None-Match',
    schema: { type: 'string' },
  },
  'Cache-Control': { schema: { type: 'string', example: 'public, max-age=60, must-revalidate' } },
  'Content-Language': { schema: { type: 'string', enum: [...SUPPORTED_LANGUAGES] } },
  Vary: { schema: { type: 'string', example: 'Accept-Language, Accept-Encoding' } },
};

/**
 * A public, language-dependent read with ETag revalidation: `?lang` or Accept-Language choose the
 * language, If-None-Match with the current tag answers 304 without a body. Public through the
 * gateway, yet the service itself answers only the gateway: called around it, even these say 401.
 */
export function PublicCachedRead(ok: ApiResponseOptions): MethodDecorator {
  return applyDecorators(
    ApiQuery({
      name: 'lang',
      required: false,
      enum: SUPPORTED_LANGUAGES,
      enumName: 'Language',
      description: 'The language of the texts; wins over Accept-Language',
    }),
    ApiHeader({ name: 'Accept-Language', required: false, description: 'e.g. `kk, ru;q=0.8`' }),
    ApiHeader({ name: 'If-None-Match', required: false, description: 'An ETag received before' }),
    ApiOkResponse({ ...ok, headers: CACHING_HEADERS } as ApiResponseOptions),
    ProblemResponses(401),
    ApiNotModifiedResponse({
      description: 'The tag still matches: reuse what you hold',
      headers: CACHING_HEADERS,
    }),
  );
}
