import { applyDecorators } from '@nestjs/common';
import { ApiHeader, ApiParam, ApiQuery } from '@nestjs/swagger';

/** A path id as ParseIdPipe accepts it: any UUID (answered lower-case). */
export const UuidParam = (name: string, description?: string): MethodDecorator & ClassDecorator =>
  ApiParam({ name, format: 'uuid', ...(description ? { description } : {}) });

/**
 * `?lang=` and Accept-Language as negotiateLanguage reads them: `lang` wins when it names kk, ru or
 * en (a tag such as `ru-KZ` names ru); otherwise the header decides, and kk when nothing does.
 */
export const LangQuery = (): MethodDecorator =>
  applyDecorators(
    ApiQuery({
      name: 'lang',
      required: false,
      type: String,
      maxLength: 35,
      description: 'kk, ru or en; wins over Accept-Language',
      example: 'ru',
    }),
    ApiHeader({ name: 'Accept-Language', required: false, example: 'kk, ru;q=0.8' }),
  );
