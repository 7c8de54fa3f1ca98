import { SetMetadata } from '@nestjs/common';

export const IS_UNGUARDED = 'jiyn:unguarded';

/** Opts a route out of authentication. Only for probes and truly public reads; reviewers grep for it. */
export const Unguarded = () => SetMetadata(IS_UNGUARDED, true);
