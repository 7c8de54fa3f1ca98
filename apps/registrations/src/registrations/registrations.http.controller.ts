import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal } from '@jiyn/auth';
import type { Page } from '@jiyn/persistence';
import { ParseIdPipe } from '@jiyn/problems';
import { CheckInKeys } from '../check-in/check-in-keys';
import { CreateRegistrationDto } from './dto/create-registration.dto';
import { ListRegistrationsQuery } from './dto/list-registrations.query';
import { toRegistrationView, type RegistrationView } from './registration.view';
import { RegistrationsService } from './registrations.service';

@ApiTags('registrations')
@Controller('registrations')
export class RegistrationsHttpController {
  constructor(
    private readonly registrations: RegistrationsService,
    private readonly checkIn: CheckInKeys,
  ) {}

  @Post()
  async register(
    @Body() dto: CreateRegistrationDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<RegistrationView> {
    return toRegistrationView(await this.registrations.register(dto, principal), principal, this.checkIn);
  }

  @Get()
  async list(
    @Query() query: ListRegistrationsQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Page<RegistrationView>> {
    const page = await this.registrations.list(query);
    return {
      items: page.items.map((item) => toRegistrationView(item, principal, this.checkIn)),
      nextCursor: page.nextCursor,
    };
  }

  @Get(':id')
  async get(
    @Param('id', ParseIdPipe) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<RegistrationView> {
    return toRegistrationView(await this.registrations.get(id), principal, this.checkIn);
  }
}
