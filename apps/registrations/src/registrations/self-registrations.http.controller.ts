import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ANONYMOUS, SelfServiceToken } from '@jiyn/auth';
import { CreateRegistrationDto } from './dto/create-registration.dto';
import { ManagementTokenAuth } from './management-token';
import { toRegistrationView, type RegistrationView } from './registration.view';
import { RegistrationsService } from './registrations.service';

/**
 * Self-service for participants, reached through the gateway's `/api/v1/self/registrations/…`
 * without an API key: registering oneself, and managing the registration with the management
 * token from the confirmation (`Authorization: Bearer …`, passed on as `x-jiyn-self-token`).
 */
@ApiTags('self-service')
@Controller('self/registrations')
export class SelfRegistrationsHttpController {
  constructor(
    private readonly registrations: RegistrationsService,
    private readonly tokens: ManagementTokenAuth,
  ) {}

  @Post()
  async register(
    @Body() dto: CreateRegistrationDto,
  ): Promise<RegistrationView & { managementToken: string }> {
    const { registration, managementToken } = await this.registrations.register(dto, 'self');
    return { ...toRegistrationView(registration, ANONYMOUS), managementToken };
  }

  @Get('me')
  async me(@SelfServiceToken() token: string | undefined): Promise<RegistrationView> {
    return toRegistrationView(await this.tokens.registrationFor(token), ANONYMOUS);
  }
}
