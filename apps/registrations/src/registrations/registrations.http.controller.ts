import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal } from '@jiyn/auth';
import type { Page } from '@jiyn/persistence';
import { ParseIdPipe } from '@jiyn/problems';
import { CreateRegistrationDto } from './dto/create-registration.dto';
import { ListRegistrationsQuery } from './dto/list-registrations.query';
import { toRegistrationView, type RegistrationView } from './registration.view';
import { RegistrationsService, channelOf } from './registrations.service';

@ApiTags('registrations')
@Controller('registrations')
export class RegistrationsHttpController {
  constructor(private readonly registrations: RegistrationsService) {}

  @Post()
  async register(
    @Body() dto: CreateRegistrationDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<RegistrationView & { managementToken: string }> {
    const { registration, managementToken } = await this.registrations.register(dto, channelOf(principal));
    // The participant's management token is shown this once; only its digest is stored.
    return { ...toRegistrationView(registration, principal), managementToken };
  }

  @Get()
  async list(
    @Query() query: ListRegistrationsQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Page<RegistrationView>> {
    const page = await this.registrations.list(query);
    return {
      items: page.items.map((item) => toRegistrationView(item, principal)),
      nextCursor: page.nextCursor,
    };
  }

  @Get(':id')
  async get(
    @Param('id', ParseIdPipe) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<RegistrationView> {
    return toRegistrationView(await this.registrations.get(id), principal);
  }
}
