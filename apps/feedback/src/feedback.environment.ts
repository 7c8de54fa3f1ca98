import { DataServiceEnvironment } from '@jiyn/config';

export class FeedbackEnvironment extends DataServiceEnvironment {}
