import { DataServiceEnvironment } from '@jiyn/config';

/** The sessions service needs nothing beyond what every data service needs (yet). */
export class SessionsEnvironment extends DataServiceEnvironment {}
