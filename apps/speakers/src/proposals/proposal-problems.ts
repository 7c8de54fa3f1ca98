import { ProblemException } from '@jiyn/problems';
import type { ProposalStatus } from './proposal.model';

export function proposalNotFound(id: string): ProblemException {
  return new ProblemException('not-found', {
    detail: { en: `No proposal ${id}`, ru: `Заявка ${id} не найдена`, kk: `${id} өтінімі табылмады` },
  });
}

const STATUS_NAMES: Record<ProposalStatus, { en: string; ru: string; kk: string }> = {
  submitted: { en: 'submitted', ru: 'подана', kk: 'жіберілген' },
  'in-review': { en: 'in review', ru: 'на рассмотрении', kk: 'қаралуда' },
  accepted: { en: 'accepted', ru: 'принята', kk: 'қабылданған' },
  rejected: { en: 'rejected', ru: 'отклонена', kk: 'қабылданбаған' },
  withdrawn: { en: 'withdrawn', ru: 'отозвана', kk: 'кері қайтарылған' },
};

/** The proposal's state forbids the action: it has been decided or withdrawn. */
export function proposalNotOpen(
  status: ProposalStatus,
  action: { en: string; ru: string; kk: string },
): ProblemException {
  const name = STATUS_NAMES[status];
  return new ProblemException('conflict', {
    detail: {
      en: `The proposal is ${name.en}: ${action.en}`,
      ru: `Заявка ${name.ru}: ${action.ru}`,
      kk: `Өтінім ${name.kk}: ${action.kk}`,
    },
    extensions: { proposalStatus: status },
  });
}
