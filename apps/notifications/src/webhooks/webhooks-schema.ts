/** The PostgreSQL schema the webhook tables live in (the notifications service's). */
export const WEBHOOKS_SCHEMA = Symbol('WEBHOOKS_SCHEMA');
