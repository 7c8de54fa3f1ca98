import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { SelfServiceRoute } from '@jiyn/auth';
import { PageQuery, type Page } from '@jiyn/persistence';
import { ParseIdPipe } from '@jiyn/problems';
import { SelfServiceAccess, SelfServiceSubject } from '../speaker-access';
import { SubmitProposalDto } from './proposal.dto';
import { speakerProposalView } from './proposal.model';
import { ProposalsService, type SubmittedProposal } from './proposals.service';

type SpeakerProposal = ReturnType<typeof speakerProposalView>;

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
  async submit(
    @SelfServiceSubject() me: string,
    @Body() dto: SubmitProposalDto,
  ): Promise<SpeakerProposal & { invitations: SubmittedProposal['invitations'] }> {
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
  async list(@SelfServiceSubject() me: string, @Query() query: PageQuery): Promise<Page<SpeakerProposal>> {
    const page = await this.proposals.pageForSpeaker(me, query.cursor, query.limit);
    return {
      items: page.items.map(({ proposal, speakers }) => speakerProposalView(proposal, speakers, me)),
      nextCursor: page.nextCursor,
    };
  }

  @Get(':id')
  async get(
    @SelfServiceSubject() me: string,
    @Param('id', ParseIdPipe) id: string,
  ): Promise<SpeakerProposal> {
    const { proposal, speakers } = await this.proposals.getForSpeaker(me, id);
    return speakerProposalView(proposal, speakers, me);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  async withdraw(
    @SelfServiceSubject() me: string,
    @Param('id', ParseIdPipe) id: string,
  ): Promise<SpeakerProposal> {
    const { proposal, speakers } = await this.proposals.withdraw(me, id);
    return speakerProposalView(proposal, speakers, me);
  }

  @Post(':id/confirm')
  @HttpCode(200)
  async confirm(
    @SelfServiceSubject() me: string,
    @Param('id', ParseIdPipe) id: string,
  ): Promise<SpeakerProposal> {
    const { proposal, speakers } = await this.proposals.respond(me, id, 'confirmed');
    return speakerProposalView(proposal, speakers, me);
  }

  @Post(':id/decline')
  @HttpCode(200)
  async decline(
    @SelfServiceSubject() me: string,
    @Param('id', ParseIdPipe) id: string,
  ): Promise<SpeakerProposal> {
    const { proposal, speakers } = await this.proposals.respond(me, id, 'declined');
    return speakerProposalView(proposal, speakers, me);
  }
}
