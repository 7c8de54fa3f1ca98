import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProblemResponses } from '@jiyn/problems';
import { ANONYMOUS, SelfServiceRoute, SelfServiceToken } from '@jiyn/auth';
import { CheckInKeys } from '../check-in/check-in-keys';
import { CreateRegistrationDto } from './dto/create-registration.dto';
import { ManagementTokenAuth, ManagementTokenGuard } from './management-token';
import { RegistrationView, RegistrationWithTokenView, toRegistrationView } from './registration.view';
import { RegistrationLifecycleService } from './registration-lifecycle.service';
import { RegistrationsService } from './registrations.service';

/**
 * Self-service for participants, reached through the gateway's `/api/v1/self/registrations/…`
 * without an API key: registering oneself, and managing the registration with the management
 * token from the confirmation (`Authorization: Bearer …`, passed on as `x-jiyn-self-token`).
 * Answers are masked like any view without the personal-data scope.
 */
@ApiTags('self-service')
@SelfServiceRoute()
@Controller('self/registrations')
export class SelfRegistrationsHttpController {
  constructor(
    private readonly registrations: RegistrationsService,
    private readonly lifecycle: RegistrationLifecycleService,
    private readonly tokens: ManagementTokenAuth,
    private readonly checkIn: CheckInKeys,
  ) {}

  @Post()
  @ApiOperation({
    operationId: 'selfCreateRegistration',
    summary: 'Register oneself for an event',
    description: 'The answer carries the management token, shown this once; personal data in it is masked.',
  })
  @ApiCreatedResponse({ type: RegistrationWithTokenView })
  @ProblemResponses(404, 409)
  async register(
    @Body() dto: CreateRegistrationDto,
  ): Promise<RegistrationView & { managementToken: string }> {
    const { registration, managementToken } = await this.registrations.registerSelf(dto);
    return { ...toRegistrationView(registration, ANONYMOUS, this.checkIn), managementToken };
  }

  @Get('me')
  @UseGuards(ManagementTokenGuard)
  @ApiOperation({ operationId: 'selfGetRegistration', summary: 'Get one’s own registration' })
  @ApiOkResponse({ type: RegistrationView })
  async me(@SelfServiceToken() token: string | undefined): Promise<RegistrationView> {
    // The participant sees the consent terms they accepted in full, and where they stand in line.
    const registration = await this.tokens.registrationFor(token);
    return toRegistrationView(registration, ANONYMOUS, this.checkIn, {
      consentTerms: true,
      waitlistPosition: await this.registrations.waitlistPosition(registration),
    });
  }

  /** Until the event's cancellation deadline (or, without one, its start); afterwards only organisers. */
  @Post('me/cancel')
  @UseGuards(ManagementTokenGuard)
  @HttpCode(200)
  @ApiOperation({ operationId: 'selfCancelRegistration', summary: 'Cancel one’s own registration' })
  @ApiOkResponse({ type: RegistrationView })
  @ProblemResponses(409)
  async cancel(@SelfServiceToken() token: string | undefined): Promise<RegistrationView> {
    return toRegistrationView(await this.lifecycle.selfCancel(token), ANONYMOUS, this.checkIn);
  }

  @Post('me/accept-offer')
  @UseGuards(ManagementTokenGuard)
  @HttpCode(200)
  @ApiOperation({
    operationId: 'selfAcceptRegistrationOffer',
    summary: 'Accept the seat offered from the waitlist',
  })
  @ApiOkResponse({ type: RegistrationView })
  @ProblemResponses(409)
  async acceptOffer(@SelfServiceToken() token: string | undefined): Promise<RegistrationView> {
    return toRegistrationView(await this.lifecycle.acceptOffer(token), ANONYMOUS, this.checkIn);
  }
}
