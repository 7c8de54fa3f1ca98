import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SelfServiceRoute } from '@jiyn/auth';
import { PageOf, PageQuery, type Page } from '@jiyn/persistence';
import { ParseIdPipe, ProblemResponses } from '@jiyn/problems';
import { UuidParam } from '../openapi-parameters';
import { SelfServiceAccess, SelfServiceSubject } from '../speaker-access';
import { SubmitProposalDto } from './proposal.dto';
import { speakerProposalView } from './proposal.model';
import { SpeakerProposal, SubmittedSpeakerProposal } from './proposal.response';
import { ProposalsService } from './proposals.service';

const SpeakerProposalPage = PageOf(SpeakerProposal, 'SpeakerProposalPage');

/**
 * Speakers with their access token (`/api/v1/self/speakers/…`): submit proposals as the primary
 * speaker, withdraw them, and confirm or decline where they are named as a co-speaker.
 */
@ApiTags('self-service')
@SelfServiceRoute()
@Controller('self/speakers/me/proposals')
@SelfServiceAccess('speaker')
export class SelfProposalsHttpController {
  constructor(private readonly proposals: ProposalsService) {}

  @Post()
  @ApiOperation({
    operationId: 'selfSubmitProposal',
    summary: "Submit a proposal to an event's call as its primary speaker",
    description:
      'Co-speakers named without a speakerId get a profile and an invitation link, in this answer only. ' +
      '404 when the event has no call; 409 when the call is not open or the event is full.',
  })
  @ApiCreatedResponse({ type: SubmittedSpeakerProposal })
  @ProblemResponses(404, 409)
  async submit(
    @SelfServiceSubject() me: string,
    @Body() dto: SubmitProposalDto,
  ): Promise<SubmittedSpeakerProposal> {
    const { eventId, coSpeakers, ...content } = dto;
    const submitted = await this.proposals.submit(
      eventId.toLowerCase(),
      content,
      { speakerId: me },
      coSpeakers ?? [],
      'speaker',
      { primary: 'token', coSpeakers: (index) => `coSpeakers[${index}]` },
    );
    return {
      ...speakerProposalView(submitted.proposal, submitted.speakers, me),
      invitations: submitted.invitations,
    };
  }

  @Get()
  @ApiOperation({ operationId: 'selfListProposals', summary: 'List the proposals I am named on' })
  @ApiOkResponse({ type: SpeakerProposalPage })
  async list(@SelfServiceSubject() me: string, @Query() query: PageQuery): Promise<Page<SpeakerProposal>> {
    const page = await this.proposals.pageForSpeaker(me, query.cursor, query.limit);
    return {
      items: page.items.map(({ proposal, speakers }) => speakerProposalView(proposal, speakers, me)),
      nextCursor: page.nextCursor,
    };
  }

  @Get(':id')
  @ApiOperation({ operationId: 'selfGetProposal', summary: 'Read a proposal I am named on' })
  @UuidParam('id', 'The proposal')
  @ApiOkResponse({ type: SpeakerProposal })
  async get(
    @SelfServiceSubject() me: string,
    @Param('id', ParseIdPipe) id: string,
  ): Promise<SpeakerProposal> {
    const { proposal, speakers } = await this.proposals.getForSpeaker(me, id);
    return speakerProposalView(proposal, speakers, me);
  }

  @Post(':id/withdraw')
  @ApiOperation({
    operationId: 'selfWithdrawProposal',
    summary: 'Withdraw my proposal',
    description: 'Only the primary speaker may (403 for a co-speaker); 409 once it is decided.',
  })
  @UuidParam('id', 'The proposal')
  @ApiOkResponse({ type: SpeakerProposal })
  @ProblemResponses(403, 409)
  @HttpCode(200)
  async withdraw(
    @SelfServiceSubject() me: string,
    @Param('id', ParseIdPipe) id: string,
  ): Promise<SpeakerProposal> {
    const { proposal, speakers } = await this.proposals.withdraw(me, id);
    return speakerProposalView(proposal, speakers, me);
  }

  @Post(':id/confirm')
  @ApiOperation({
    operationId: 'selfConfirmProposal',
    summary: 'Confirm that I speak on a proposal as a co-speaker',
    description: '409 for the primary speaker, or once the proposal is decided or withdrawn.',
  })
  @UuidParam('id', 'The proposal')
  @ApiOkResponse({ type: SpeakerProposal })
  @ProblemResponses(409)
  @HttpCode(200)
  async confirm(
    @SelfServiceSubject() me: string,
    @Param('id', ParseIdPipe) id: string,
  ): Promise<SpeakerProposal> {
    const { proposal, speakers } = await this.proposals.respond(me, id, 'confirmed');
    return speakerProposalView(proposal, speakers, me);
  }

  @Post(':id/decline')
  @ApiOperation({
    operationId: 'selfDeclineProposal',
    summary: 'Decline to speak on a proposal as a co-speaker',
    description: '409 for the primary speaker, or once the proposal is decided or withdrawn.',
  })
  @UuidParam('id', 'The proposal')
  @ApiOkResponse({ type: SpeakerProposal })
  @ProblemResponses(409)
  @HttpCode(200)
  async decline(
    @SelfServiceSubject() me: string,
    @Param('id', ParseIdPipe) id: string,
  ): Promise<SpeakerProposal> {
    const { proposal, speakers } = await this.proposals.respond(me, id, 'declined');
    return speakerProposalView(proposal, speakers, me);
  }
}
