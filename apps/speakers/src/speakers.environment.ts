import { DataServiceEnvironment } from '@jiyn/config';

export class SpeakersEnvironment extends DataServiceEnvironment {}
