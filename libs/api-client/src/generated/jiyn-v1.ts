// Generated from contracts/openapi/jiyn-v1.json by `npm run contracts:client`: do not edit.
export interface paths {
    "/api/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the keys of the caller's organisation (any organisation's for break-glass) */
        get: operations["listApiKeys"];
        put?: never;
        /** Create a key; its secret is in this answer and never shown again */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one key: scopes, events, expiry, last use, secret hints (never the secret) */
        get: operations["getApiKey"];
        put?: never;
        post?: never;
        /** Revoke a key (the same as POST …/revoke) */
        delete: operations["deleteApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a key (effective on every gateway within a second) */
        post: operations["revokeApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys/{id}/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue a new secret; the old one stays valid for the overlap (default one hour) */
        post: operations["rotateApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the caller's organisation's audit entries, newest first */
        get: operations["listAuditEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the same entries as NDJSON or CSV, streamed
         * @description NDJSON: one AuditLogEntry per line. CSV: one row per entry, ids and kinds space-separated.
         */
        get: operations["exportAuditEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the signed-in person, their organisations, scopes and CSRF token */
        get: operations["getSignedInPerson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/{organisationSlug}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Start signing in at the organisation's OpenID Connect provider (a browser navigation) */
        get: operations["startOidcSignIn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the provider returns the browser: opens the session and returns to the console */
        get: operations["finishOidcSignIn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/set-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new member’s password with their one-time token
         * @description Ends every session the person had. The token works once.
         */
        post: operations["setPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with e-mail and password (and a TOTP or recovery code once enrolled)
         * @description Opens a browser session: the cookie is set, and the answer carries the CSRF token every write made with it must send.
         */
        post: operations["signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End this browser session */
        post: operations["signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-out-everywhere": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End every session of the signed-in person */
        post: operations["signOutEverywhere"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/totp/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm the authenticator app with a code; answers the recovery codes, once
         * @description From then on every sign-in needs a code from the app or a recovery code.
         */
        post: operations["confirmTotp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/totp/enrol": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start enrolling an authenticator app: a new secret to scan
         * @description Enrolment is complete once confirmed with a code from the app (`confirmTotp`).
         */
        post: operations["enrolTotp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/check-ins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check a participant in by confirmation code or QR token
         * @description For an event day (default today in the event’s zone) or one session the participant signed up for.
         */
        post: operations["checkInParticipant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/check-ins/{checkInId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revert a mistaken check-in */
        delete: operations["revertCheckIn"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the events the caller may read, newest first */
        get: operations["listEvents"];
        put?: never;
        /**
         * Create a draft event
         * @description In the caller’s organisation, or the one named, where the caller needs events:write.
         */
        post: operations["createEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{eventId}/conflicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List every conflict in an event's programme */
        get: operations["listProgrammeConflicts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{eventId}/rooms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List an event's rooms in grid order */
        get: operations["listRooms"];
        put?: never;
        /** Add a room to an event */
        post: operations["createRoom"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{eventId}/rooms/{roomId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a room */
        patch: operations["updateRoom"];
        trace?: never;
    };
    "/api/v1/events/{eventId}/schedule/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List an event's published schedule versions */
        get: operations["listScheduleVersions"];
        put?: never;
        /**
         * Publish the programme as the next schedule version
         * @description Room and speaker clashes refuse it (409) unless forced; so does a name already used.
         */
        post: operations["publishSchedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{eventId}/schedule/versions/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a published schedule version with its full snapshot */
        get: operations["getScheduleVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{eventId}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List an event's sessions, scheduled or not */
        get: operations["listProgrammeSessions"];
        put?: never;
        /**
         * Add a session to the programme
         * @description Answered with the conflicts the session is now part of.
         */
        post: operations["createProgrammeSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{eventId}/sessions/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a session with its conflicts and speakers */
        get: operations["getProgrammeSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change, move, unschedule or cancel a session
         * @description Answered with the conflicts the session is now part of.
         */
        patch: operations["updateProgrammeSession"];
        trace?: never;
    };
    "/api/v1/events/{eventId}/tracks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List an event's tracks */
        get: operations["listTracks"];
        put?: never;
        /** Add a track to an event */
        post: operations["createTrack"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{eventId}/tracks/{trackId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a track */
        patch: operations["updateTrack"];
        trace?: never;
    };
    "/api/v1/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an event */
        get: operations["getEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change an event
         * @description Absent fields stay as they are; null clears what an event may lack.
         */
        patch: operations["updateEvent"];
        trace?: never;
    };
    "/api/v1/events/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive an event that is over or cancelled */
        post: operations["archiveEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an event */
        post: operations["cancelEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a draft event
         * @description It needs its texts in the required languages and a capacity; announced as event.published.
         */
        post: operations["publishEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List an event's feedback, or one session's */
        get: operations["listFeedback"];
        put?: never;
        /**
         * Rate an event or one of its sessions
         * @description The event must be published (404 otherwise, with `eventId` unknownEvent); a session must be of that event (404, `sessionId` unknownSession) and not cancelled (409).
         */
        post: operations["submitFeedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Summarise the ratings of an event or one session */
        get: operations["getFeedbackSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/email/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an event's e-mail messages, newest first
         * @description Each message to a participant or speaker of the event, with its status and last reply. Filter by recipient (`recipientRef`: a registration or speaker id), template and status.
         */
        get: operations["listEmailDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/email/deliveries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one e-mail message with its attempts */
        get: operations["getEmailDelivery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/email/deliveries/{id}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a failed or skipped message again
         * @description Queues a new delivery of the same message (same cause, template and recipient, a new Message-ID), written afresh when it is sent: in the recipient’s language of then, to their address of then. 409 while a delivery of the message is queued or being sent, and once one was sent. A skipped message is skipped again while its reason holds (no address, unsubscribed).
         */
        post: operations["resendEmailDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/email/events/{eventId}/templates/{template}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the words of one message of an event’s e-mail */
        get: operations["getEmailTexts"];
        /**
         * Set the words of one message of an event’s e-mail
         * @description Replaces the event’s subject and introduction for the languages given; a language left out uses the platform’s words again. Texts are Handlebars templates over the message’s placeholders; an unknown placeholder or a broken template is a 400 naming the field. A message about no event (`speaker-invitation`, `webhook-endpoint-disabled`) has no per-event words: 404.
         */
        put: operations["replaceEmailTexts"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the caller's organisations (all of them for the break-glass key) */
        get: operations["listOrganisations"];
        put?: never;
        /** Create an organisation (the environment break-glass key only) */
        post: operations["createOrganisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one organisation the caller belongs to */
        get: operations["getOrganisation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change the organisation's e-mail branding: colour, logo and signature (its owner)
         * @description Every e-mail about the organisation’s events shows its logo and name on its colour and ends with its signature in the reader’s language. A field left out stays as it is; null clears it. Messages written from then on use it (within five minutes: the e-mail service keeps what it read that long). Name, slug and BIN stay as the platform operator set them.
         */
        patch: operations["updateOrganisation"];
        trace?: never;
    };
    "/api/v1/organisations/{id}/event-grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the partner access this organisation gave on its events */
        get: operations["listOrganisationEventGrants"];
        put?: never;
        /** Give a partner organisation a role on one of this organisation’s events */
        post: operations["createOrganisationEventGrant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}/event-grants/{grantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Withdraw a partner’s access (effective on every gateway within a second) */
        delete: operations["deleteOrganisationEventGrant"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{organisationId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the organisation's members */
        get: operations["listOrganisationMembers"];
        put?: never;
        /** Add a person by e-mail with roles (creating their account if new) */
        post: operations["addOrganisationMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{organisationId}/members/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one member and their roles */
        get: operations["getOrganisationMember"];
        put?: never;
        post?: never;
        /** Remove a person from the organisation (never its last owner) */
        delete: operations["removeOrganisationMember"];
        options?: never;
        head?: never;
        /** Replace a member's roles in this organisation */
        patch: operations["updateOrganisationMember"];
        trace?: never;
    };
    "/api/v1/organisations/{organisationId}/oidc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the organisation's OpenID Connect sign-in settings (never the client secret) */
        get: operations["getOrganisationOidcSettings"];
        /** Set the organisation's OpenID Connect provider for its members' sign-in */
        put: operations["putOrganisationOidcSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/events/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a published event by its slug, in one language */
        get: operations["publicGetEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/events/{slug}/agenda": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the agenda of a published event: its schedule with the speakers’ public profiles */
        get: operations["publicGetAgenda"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/events/{slug}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the latest published schedule of an event, localised */
        get: operations["publicGetSchedule"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/events/{slug}/schedule.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the latest schedule as an iCalendar file */
        get: operations["publicExportScheduleCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/events/{slug}/schedule.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the latest schedule as frab schedule.json */
        get: operations["publicExportScheduleFrabJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/events/{slug}/schedule.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the latest schedule as frab schedule.xml */
        get: operations["publicExportScheduleFrabXml"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/events/{slug}/schedule/versions/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one published schedule version of an event, localised */
        get: operations["publicGetScheduleVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/events/{slug}/sessions/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one session of the latest published schedule, localised */
        get: operations["publicGetScheduleSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/events/{slug}/sessions/{sessionId}/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export one session of the latest schedule as an iCalendar file */
        get: operations["publicExportSessionCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/events/{slug}/speakers/{speakerId}/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export a speaker's sessions of the latest schedule as an iCalendar file */
        get: operations["publicExportSpeakerCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/registrations/check-in-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the public key that verifies check-in QR tokens offline */
        get: operations["publicGetCheckInKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/registrations/events/{eventId}/form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an event’s registration form in one language, as a registration page shows it */
        get: operations["publicGetRegistrationForm"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/speakers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a speaker's public profile */
        get: operations["publicGetSpeaker"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/speakers/{id}/agenda": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a speaker's published sessions
         * @description JSON by default; iCalendar with `format=ics`.
         */
        get: operations["publicGetSpeakerAgenda"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/speakers/{id}/agenda.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a speaker's published sessions as iCalendar
         * @description Sessions with a time slot, in their event’s time zone; texts in the negotiated language.
         */
        get: operations["publicGetSpeakerAgendaCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/speakers/events/{eventId}/call": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an event's call for proposals in one language
         * @description The language is `lang` if given, else negotiated from Accept-Language.
         */
        get: operations["publicGetProposalCall"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rate-limits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the organisation's rate limits and the defaults */
        get: operations["getRateLimitSettings"];
        /** Set the organisation's rate limits */
        put: operations["putRateLimitSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List registrations, newest first, a page at a time */
        get: operations["listRegistrations"];
        put?: never;
        /** Register a participant for an event (or update the one with the same externalReference) */
        post: operations["createRegistration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a registration with its consent terms and place in line */
        get: operations["getRegistration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations/{id}/anonymise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Erase one participant’s personal data now */
        post: operations["anonymiseRegistration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a pending registration */
        post: operations["approveRegistration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a registration */
        post: operations["cancelRegistration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations/{id}/confirm-offer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm the seat offered to a waitlisted registration */
        post: operations["confirmRegistrationOffer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a registration */
        post: operations["rejectRegistration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations/{id}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a registration’s session sign-ups */
        get: operations["listSessionSignUps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations/{id}/sessions/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign a confirmed participant up for a session */
        post: operations["createSessionSignUp"];
        /** Cancel a participant’s session sign-up */
        delete: operations["cancelSessionSignUp"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the registrations changed since a cursor (the incremental sync feed) */
        get: operations["listRegistrationChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations/events/{eventId}/anonymise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Anonymise every registration of an ended event whose retention has passed */
        post: operations["anonymiseEventRegistrations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations/events/{eventId}/check-ins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the check-ins of an event day or session, with the counts */
        get: operations["listCheckIns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations/events/{eventId}/check-ins/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an event’s attendance per day and per session */
        get: operations["getCheckInSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations/events/{eventId}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an event’s registrations as CSV or XLSX */
        get: operations["exportRegistrations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations/events/{eventId}/form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an event’s registration form: its questions and consent terms in every language */
        get: operations["getRegistrationForm"];
        /**
         * Replace an event’s registration form
         * @description Each change makes a new version; change consent.textVersion whenever the terms change.
         */
        put: operations["replaceRegistrationForm"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations/events/{eventId}/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a participant list (CSV or JSON); a dry run unless dryRun=false
         * @description At most 20000 rows; each row is checked as POST /registrations checks one.
         */
        post: operations["importRegistrations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations/events/{eventId}/retention": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get how long an event’s registrations are kept */
        get: operations["getEventRetention"];
        /** Set how many days after the event’s end its registrations are anonymised */
        put: operations["setEventRetention"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations/events/{eventId}/seats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an event’s seats: capacity, taken, free, per region */
        get: operations["getEventSeats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations/events/{eventId}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List an event’s sessions that take sign-ups, with their seats */
        get: operations["listSignUpSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/registrations/events/{eventId}/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an event’s registration settings */
        get: operations["getEventRegistrationSettings"];
        /** Replace an event’s registration settings (what is left out returns to its default) */
        put: operations["replaceEventRegistrationSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/self/feedback/speaker-results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read how participants rated me at an event
         * @description Rating questions about the speaker across the event’s surveys, as % of their scale; hidden under k respondents like everyone’s. Needs the speaker’s self-service token.
         */
        get: operations["selfGetSpeakerResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/self/feedback/surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the surveys open to me
         * @description Published surveys of my event that are open now and that I may answer: an event survey once checked in at the event, a day survey once checked in that day, a session survey once checked in that day or to the session.
         */
        get: operations["selfListSurveys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/self/feedback/surveys/{surveyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a survey of my event with its questions */
        get: operations["selfGetSurvey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/self/feedback/surveys/{surveyId}/response": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get my answer to a survey
         * @description Found again through a key only my token computes: nobody else can read it as mine.
         */
        get: operations["selfGetSurveyResponse"];
        /**
         * Answer a survey, or change my answer while it is open
         * @description Once per survey: answering again replaces the answer. 409 `survey-not-open` outside [opensAt, closesAt) or when not published; 403 `not-an-attendee` without the check-in the survey needs; 400 with field errors (unknownQuestion, duplicateAnswer, answerRequired, answerKind, ratingOutOfRange, unknownChoice, singleChoiceOnly, textTooLong). Nothing is stored on any refusal. On an anonymous survey the stored answer carries nothing that names me.
         */
        put: operations["selfAnswerSurvey"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/self/notifications/email/unsubscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stop an event’s reminders and invitations (the link followed in a browser) */
        get: operations["unsubscribeFromEmailByLink"];
        put?: never;
        /** Stop an event’s reminders and invitations (one-click, RFC 8058) */
        post: operations["unsubscribeFromEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/self/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register oneself for an event
         * @description The answer carries the management token, shown this once; personal data in it is masked.
         */
        post: operations["selfCreateRegistration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/self/registrations/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one’s own registration */
        get: operations["selfGetRegistration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/self/registrations/me/accept-offer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept the seat offered from the waitlist */
        post: operations["selfAcceptRegistrationOffer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/self/registrations/me/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel one’s own registration */
        post: operations["selfCancelRegistration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/self/registrations/me/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List one’s own session sign-ups and the sessions that take them */
        get: operations["selfListSessionSignUps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/self/registrations/me/sessions/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign oneself up for a session */
        post: operations["selfCreateSessionSignUp"];
        /** Cancel one’s own session sign-up */
        delete: operations["selfCancelSessionSignUp"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/self/registrations/offer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show a seat offer from its e-mail link
         * @description Changes nothing. A browser gets the page with the accept button; others get JSON. The credential is the link’s `token`, not a bearer token.
         */
        get: operations["selfGetSeatOffer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/self/registrations/offer/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a seat offer with the token of its e-mail link
         * @description The same move as `selfAcceptRegistrationOffer`: the held seat becomes the participant’s and `registration.confirmed` is announced. Once only; the link is useless afterwards. The credential is the `token` in the body (a form field for a browser), not a bearer token.
         */
        post: operations["selfAcceptSeatOffer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/self/speakers/invitations/redeem": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange an invitation link’s token for an access token
         * @description Once per link, before it expires: 409 (with `reason`) for a link already used, replaced or expired; 401 for a token that was never issued.
         */
        post: operations["selfRedeemSpeakersInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/self/speakers/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read my speaker profile, contacts included */
        get: operations["selfGetSpeaker"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change some fields of my speaker profile
         * @description Fields left out stay as they are; `null` clears photoUrl, email and phone.
         */
        patch: operations["selfUpdateSpeaker"];
        trace?: never;
    };
    "/api/v1/self/speakers/me/agenda": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read my sessions as the programme stands
         * @description JSON by default; iCalendar with `format=ics`.
         */
        get: operations["selfGetSpeakerAgenda"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/self/speakers/me/agenda.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read my sessions as iCalendar
         * @description Sessions with a time slot, in their event’s time zone; texts in the negotiated language.
         */
        get: operations["selfGetSpeakerAgendaCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/self/speakers/me/availability/{eventId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read when I can speak at an event */
        get: operations["selfGetSpeakerAvailability"];
        /** Replace when I can speak at an event */
        put: operations["selfSetSpeakerAvailability"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/self/speakers/me/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the proposals I am named on */
        get: operations["selfListProposals"];
        put?: never;
        /**
         * Submit a proposal to an event's call as its primary speaker
         * @description Co-speakers named without a speakerId get a profile and an invitation link, in this answer only. 404 when the event has no call; 409 when the call is not open or the event is full.
         */
        post: operations["selfSubmitProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/self/speakers/me/proposals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a proposal I am named on */
        get: operations["selfGetProposal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/self/speakers/me/proposals/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm that I speak on a proposal as a co-speaker
         * @description 409 for the primary speaker, or once the proposal is decided or withdrawn.
         */
        post: operations["selfConfirmProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/self/speakers/me/proposals/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline to speak on a proposal as a co-speaker
         * @description 409 for the primary speaker, or once the proposal is decided or withdrawn.
         */
        post: operations["selfDeclineProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/self/speakers/me/proposals/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw my proposal
         * @description Only the primary speaker may (403 for a co-speaker); 409 once it is decided.
         */
        post: operations["selfWithdrawProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/self/speakers/reviews/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the proposals I review, with my review of each
         * @description The proposals of the reviewer’s event that were not withdrawn, with the call’s criteria.
         */
        get: operations["selfListReviewProposals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/self/speakers/reviews/proposals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a proposal I review */
        get: operations["selfGetReviewProposal"];
        /**
         * Write or replace my review of a proposal
         * @description A score for every criterion of the call, 0 to maxScore. 201 when created, 200 when replaced; 409 once the proposal is decided.
         */
        put: operations["selfPutReview"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/speakers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the speakers of the caller's organisations */
        get: operations["listSpeakers"];
        put?: never;
        /** Create a speaker profile */
        post: operations["createSpeaker"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/speakers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a speaker profile */
        get: operations["getSpeaker"];
        put?: never;
        post?: never;
        /**
         * Delete a speaker profile
         * @description The profile stays as a tombstone without contact details, since proposals may refer to it.
         */
        delete: operations["deleteSpeaker"];
        options?: never;
        head?: never;
        /**
         * Change some fields of a speaker profile
         * @description Fields left out stay as they are; `null` clears photoUrl, email and phone.
         */
        patch: operations["updateSpeaker"];
        trace?: never;
    };
    "/api/v1/speakers/{id}/access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke every link and token of a speaker
         * @description For a lost or shared link; invite the speaker again to restore access.
         */
        delete: operations["revokeSpeakerAccess"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/speakers/{id}/agenda": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a speaker's sessions as the programme stands
         * @description JSON by default; iCalendar with `format=ics`.
         */
        get: operations["getSpeakerAgenda"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/speakers/{id}/agenda.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a speaker's sessions as iCalendar
         * @description Sessions with a time slot, in their event’s time zone; texts in the negotiated language.
         */
        get: operations["getSpeakerAgendaCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/speakers/{id}/availability/{eventId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read when a speaker can speak at an event */
        get: operations["getSpeakerAvailability"];
        /** Replace when a speaker can speak at an event */
        put: operations["setSpeakerAvailability"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/speakers/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue an invitation link to a speaker
         * @description The link is in this answer only (201), or, with `delivery: email`, e-mailed to the speaker in their language and shown to nobody (202; 409 when the profile has no e-mail address). Issuing again invalidates unused older links.
         */
        post: operations["inviteSpeaker"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/speakers/events/{eventId}/call": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an event's call for proposals */
        get: operations["getProposalCall"];
        /**
         * Create or replace an event's call for proposals
         * @description 201 when created, 200 when replaced. 409 when proposals were reviewed and the criteria, their weights or the score scale would change.
         */
        put: operations["putProposalCall"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/speakers/events/{eventId}/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List an event's proposals */
        get: operations["listProposals"];
        put?: never;
        /**
         * Submit a proposal for speakers
         * @description The first speaker listed is the primary speaker. People named without a speakerId get a profile and an invitation link, in this answer only. 409 when the call is not open or the event is full.
         */
        post: operations["submitProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/speakers/events/{eventId}/proposals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a proposal with its speakers and reviews
         * @description Each speaker's state (co-speakers: invited, confirmed, declined) and every review.
         */
        get: operations["getProposal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/speakers/events/{eventId}/proposals/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept a proposal */
        post: operations["acceptProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/speakers/events/{eventId}/proposals/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a proposal */
        post: operations["rejectProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/speakers/events/{eventId}/proposals/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept and reject several proposals at once, all or nothing
         * @description When any id is unknown, in both lists or already decided, nothing changes: 400 lists them all.
         */
        post: operations["decideProposals"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/speakers/events/{eventId}/proposals/ranking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Rank an event's proposals by their reviews
         * @description Every proposal not withdrawn, best first, with weighted mean, spread and review count.
         */
        get: operations["rankProposals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/speakers/events/{eventId}/reviewers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List an event's reviewers */
        get: operations["listProposalReviewers"];
        put?: never;
        /**
         * Add a reviewer of an event's proposals
         * @description The invitation link is in this answer only: send it to them. 409 when the e-mail already belongs to a reviewer of the event, or the event has its maximum of reviewers.
         */
        post: operations["addProposalReviewer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/speakers/events/{eventId}/reviewers/{id}/access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke every link and token of a reviewer
         * @description Their reviews stay.
         */
        delete: operations["revokeProposalReviewerAccess"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/speakers/events/{eventId}/reviewers/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue a reviewer a new invitation link
         * @description For a reviewer who lost theirs; their older unused link stops working.
         */
        post: operations["inviteProposalReviewer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List an event's surveys and knowledge tests */
        get: operations["listSurveys"];
        put?: never;
        /**
         * Write a survey or a pre-test, as a draft
         * @description An evaluation (event, day or session) or a pre-test (a knowledge test, on the first day of the event, with scored choice questions). Opening and closing are the wall clock of the event's time zone (`opensAtLocal`, `closesAtLocal`, YYYY-MM-DDTHH:mm); the answer also gives them as instants. The window must open no earlier than SURVEY_OPENS_WITHIN_DAYS_BEFORE_EVENT (90) days before the event and close no later than SURVEY_CLOSES_WITHIN_DAYS_AFTER_EVENT (1095) days after it.
         */
        post: operations["createSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a survey with its questions */
        get: operations["getSurvey"];
        put?: never;
        post?: never;
        /** Delete a draft (409 once published) */
        delete: operations["deleteSurvey"];
        options?: never;
        head?: never;
        /**
         * Change a draft
         * @description Only while a draft (409 otherwise). `questions` replaces every question at once; a post-test keeps its pre-test's questions. Opening and closing are the wall clock of the event's time zone (`opensAtLocal`, `closesAtLocal`, YYYY-MM-DDTHH:mm); the answer also gives them as instants. The window must open no earlier than SURVEY_OPENS_WITHIN_DAYS_BEFORE_EVENT (90) days before the event and close no later than SURVEY_CLOSES_WITHIN_DAYS_AFTER_EVENT (1095) days after it.
         */
        patch: operations["updateSurvey"];
        trace?: never;
    };
    "/api/v1/surveys/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a published survey now
         * @description Answers are no longer taken; survey.closed is announced. 409 unless published.
         */
        post: operations["closeSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}/copy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Copy a survey into a new draft
         * @description Same questions (new ids), of the same event or another of the organisation’s. A post-test is not copied (409): make it from its pre-test.
         */
        post: operations["copySurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}/post-test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make a published pre-test's post-test
         * @description A draft with the pre-test's scored questions (same question ids, so answers pair up), on the last day of the event unless told otherwise. 409 for anything but a published pre-test, or when it has its post-test already.
         */
        post: operations["createPostTest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a draft
         * @description It takes answers from its opening to its closing; survey.opened is announced when it opens (at once if the opening has come). 409 when not a draft, without questions, or its closing has passed.
         */
        post: operations["publishSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{surveyId}/knowledge-gain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Knowledge gain between a pre-test and its post-test
         * @description Pairs each participant’s pre and post responses (by a key only they can recompute); the score change in percentage points of the maximum, mean and 95 % interval overall and per region (regions under k pairs hidden, with complementary suppression), Hake’s normalised gain, and how many took only one test. A survey that is neither is a 400.
         */
        get: operations["getKnowledgeGain"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{surveyId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A survey’s results, optionally broken down by region, sex or age band
         * @description Respondents; per question the distribution, the mean with its 95 % interval and, for 0–10 questions, the NPS. Free text only on non-anonymous surveys (feedback:read) or to owners. A breakdown shows a cell only with at least k respondents (the survey’s minCellSize) and hides others too where a hidden cell could be worked out from the total.
         */
        get: operations["getSurveyResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{surveyId}/results/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a survey’s results as CSV or XLSX
         * @description One row per question and scale point or option, and one with the mean; suppressed cells as in the results.
         */
        get: operations["exportSurveyResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/from-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a draft from a template
         * @description `post-training-evaluation` (event scope: relevance, speakers, organisation, recommendation, what the participant will apply, suggestions) or `session-rating` (session scope: the session, its usefulness, each of its speakers, a comment). Texts in Kazakh, Russian and English. Opening and closing are the wall clock of the event's time zone (`opensAtLocal`, `closesAtLocal`, YYYY-MM-DDTHH:mm); the answer also gives them as instants. The window must open no earlier than SURVEY_OPENS_WITHIN_DAYS_BEFORE_EVENT (90) days before the event and close no later than SURVEY_CLOSES_WITHIN_DAYS_AFTER_EVENT (1095) days after it.
         */
        post: operations["createSurveyFromTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/results/by-session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ratings per session across an event’s surveys
         * @description Rating questions about a session, as % of their scale; sessions under k respondents are hidden.
         */
        get: operations["getSurveyResultsBySession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/results/by-speaker": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ratings per speaker across an event’s surveys
         * @description Rating questions about a speaker, as % of their scale; speakers under k respondents are hidden.
         */
        get: operations["getSurveyResultsBySpeaker"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the organisation's webhook endpoints */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /**
         * Subscribe an endpoint to event types
         * @description Each matching event is POSTed as a CloudEvent (structured JSON, `application/cloudevents+json`) with the Standard Webhooks headers `webhook-id`, `webhook-timestamp` and `webhook-signature`. The answer holds the signing secret, shown this once. The URL is refused when its host resolves to a loopback, private, link-local or otherwise internal address (`webhookTargetRefused`).
         */
        post: operations["createWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a webhook endpoint */
        get: operations["getWebhookEndpoint"];
        put?: never;
        post?: never;
        /** Delete a webhook endpoint and its delivery log */
        delete: operations["deleteWebhookEndpoint"];
        options?: never;
        head?: never;
        /**
         * Change, pause or resume a webhook endpoint
         * @description `enabled: false` pauses it (nothing new is queued for it); `enabled: true` resumes it, also after it was disabled for failing. Events missed meanwhile can be replayed.
         */
        patch: operations["updateWebhookEndpoint"];
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List an endpoint's deliveries, newest first */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries/{deliveryId}/attempts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a delivery's attempts log */
        get: operations["listWebhookAttempts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries/{deliveryId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deliver a succeeded or failed delivery again
         * @description Starts its retry schedule again, at once, with the same `webhook-id`.
         */
        post: operations["retryWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deliver again the events of a time range
         * @description Queues every kept event of [from, to) (by its CloudEvent time) that the subscription matches now: ones delivered before go again, ones never delivered go for the first time; queued ones are left as they are. Each keeps its `webhook-id` (the CloudEvent id), so receivers can tell repeats. Events are kept 30 days by default.
         */
        post: operations["replayWebhookEvents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace an endpoint's signing secret
         * @description The new secret is shown this once. The previous one keeps signing beside it for `overlapSeconds` (a day by default): deliveries then carry two signatures in `webhook-signature`, one per secret.
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a signed test ping now
         * @description Posts a CloudEvent of type `kz.jiyn.webhook.ping.v1`, signed like any delivery, and answers with what came of it (status, time taken, the start of the answer or the error). Not retried.
         */
        post: operations["testWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/event-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the event types an endpoint may subscribe to
         * @description Their payloads are described by the JSON Schemas of the event contracts (the AsyncAPI document).
         */
        get: operations["listWebhookEventTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AccessGrant: {
            /**
             * Format: uuid
             * @description Present for a grant on one event
             */
            eventId?: string;
            /**
             * Format: uuid
             * @description Present for a grant on a whole organisation
             */
            organisationId?: string;
            scopes: components["schemas"]["AccessScope"][];
        };
        /** @enum {string} */
        AccessLanguage: "kk" | "ru" | "en";
        /** @enum {string} */
        AccessRole: "owner" | "organiser" | "registrar" | "reviewer" | "viewer" | "analyst";
        /**
         * @description Never more than the creator holds
         * @enum {string}
         */
        AccessScope: "events:read" | "events:write" | "registrations:read" | "registrations:write" | "check-in" | "speakers:read" | "speakers:write" | "proposals:review" | "feedback:read" | "feedback:write" | "analytics:read" | "webhooks:read" | "webhooks:write" | "personal-data" | "members:manage" | "api-keys:manage" | "audit:read";
        AddedOrganisationMember: {
            member: components["schemas"]["OrganisationMember"];
            /** @description Present when the person has no password yet: hand it to them (no e-mail is sent yet); null otherwise */
            setPassword?: {
                /** Format: date-time */
                expiresAt: string;
                /** @description Redeem with POST /api/v1/auth/set-password; shown in this answer only */
                token: string;
            } | null;
        };
        AddedProposalReviewer: {
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: email
             * @example reviewer@culture.example.kz
             */
            email: string;
            /** Format: uuid */
            eventId: string;
            /** Format: uuid */
            id: string;
            /** @description The link to send them; in this answer only */
            invitation: components["schemas"]["SpeakersInvitationLink"];
            /** @example Айгерим Садыкова */
            name: string;
        };
        AddMemberDto: {
            /** @example Айгерім Серікқызы */
            displayName: string;
            /**
             * Format: email
             * @example aigerim@mci.gov.kz
             */
            email: string;
            preferredLanguage: components["schemas"]["AccessLanguage"];
            /** @description Replaces the member’s roles in this organisation */
            roles: components["schemas"]["RoleAssignmentDto"][];
        };
        Agenda: {
            event: components["schemas"]["AgendaEvent"];
            /** @description The language answered */
            lang: components["schemas"]["AgendaLanguage"];
            sessions: components["schemas"]["AgendaSession"][];
            version: components["schemas"]["AgendaVersion"];
        };
        AgendaEvent: {
            /** Format: uuid */
            id: string;
            /** @example astana-creative-week-2026 */
            slug: string;
            title: string | null;
        };
        /** @enum {string} */
        AgendaLanguage: "kk" | "ru" | "en";
        AgendaSession: {
            /** Format: date-time */
            endsAt: string;
            /** Format: uuid */
            id: string;
            speakers: components["schemas"]["AgendaSpeaker"][];
            /** Format: date-time */
            startsAt: string;
            title: string | null;
        };
        AgendaSpeaker: {
            /** @description Markdown source */
            biography?: string | null;
            /** @description Rendered and sanitised: safe to insert into a page */
            biographyHtml?: string | null;
            /** Format: uuid */
            id: string;
            /**
             * @example [
             *       "kk",
             *       "ru"
             *     ]
             */
            languages?: string[];
            links?: components["schemas"]["AgendaSpeakerLink"][];
            /** @description Full name in the agenda’s language */
            name: string | null;
            organisation?: string | null;
            /** Format: uri */
            photoUrl?: string | null;
            position?: string | null;
        };
        AgendaSpeakerLink: {
            /** @example LinkedIn */
            label: string;
            /**
             * Format: uri
             * @example https://www.linkedin.com/in/example
             */
            url: string;
        };
        AgendaVersion: {
            /** @description The published schedule version */
            number: number;
            /** Format: date-time */
            publishedAt: string;
        };
        AnswerDto: {
            /** @description Ids of the chosen options */
            choiceIds?: string[] | null;
            /** Format: uuid */
            questionId: string;
            /** @description Within the question’s scale (0–10 for a recommendation) */
            rating?: number | null;
            /** @description Up to the question’s limit */
            text?: string | null;
        };
        AnswerSurveyDto: {
            answers: components["schemas"]["AnswerDto"][];
        };
        ApiKey: {
            /** Format: date-time */
            createdAt: string;
            /** @description Principal id of the creator */
            createdBy: string;
            /** @description The events the key is limited to; null: every event of the organisation */
            eventIds: string[] | null;
            /** Format: date-time */
            expiresAt: string | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastUsedAt: string | null;
            /** @example Ministry registrations sync */
            name: string;
            /** Format: uuid */
            organisationId: string;
            /** Format: date-time */
            revokedAt: string | null;
            scopes: components["schemas"]["AccessScope"][];
            /** @description Valid secrets, newest first; an older one is valid until the end of its rotation's overlap */
            secrets: components["schemas"]["ApiKeySecretHint"][];
            status: components["schemas"]["ApiKeyStatus"];
        };
        ApiKeyPage: {
            items: components["schemas"]["ApiKey"][];
            /** @description Pass as `cursor` to read the next page; null on the last page. */
            nextCursor: string | null;
        };
        ApiKeySecretHint: {
            /** Format: date-time */
            createdAt: string;
            /**
             * @description The prefix and the last four characters
             * @example jiyn_…x7Qa
             */
            hint: string;
            /**
             * Format: date-time
             * @description When a rotated-out secret stops working; null for the current one
             */
            validUntil: string | null;
        };
        /** @enum {string} */
        ApiKeyStatus: "active" | "expired" | "revoked";
        AuditLogEntry: {
            /**
             * @description The client’s IP address
             * @example 10.0.4.17
             */
            clientAddress: string | null;
            correlationId: string | null;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["AuditLogKind"];
            /** @example PATCH */
            method: string;
            /** Format: date-time */
            occurredAt: string;
            /** Format: uuid */
            organisationId: string | null;
            /** @description Kinds of personal data disclosed, e.g. iin */
            personalData: string[];
            /** @description Who made the request */
            principal: components["schemas"]["AuditLogPrincipal"];
            /**
             * @description The route template
             * @example /api/v1/events/{id}
             */
            route: string;
            /** @description The status answered */
            status: number;
            /** @description Ids the request touched */
            targetIds: string[];
        };
        /** @enum {string} */
        AuditLogKind: "state-change" | "personal-data-read" | "refused";
        AuditLogPage: {
            items: components["schemas"]["AuditLogEntry"][];
            /** @description Pass as `cursor` to read the next page; null on the last page. */
            nextCursor: string | null;
        };
        AuditLogPrincipal: {
            /** @example api-key:3f0c2d3e-8f5b-4a57-9d6e-2b1c0a9e7f41 */
            id: string;
            kind: components["schemas"]["AuditLogPrincipalKind"];
        };
        /** @enum {string} */
        AuditLogPrincipalKind: "person" | "api-key" | "break-glass" | "anonymous";
        BreakdownCell: {
            /**
             * @description The region code, sex or age band; `unknown` where responses do not say
             * @example KZ-ABA
             */
            key: string;
            /** @description Shown cells only */
            questions?: components["schemas"]["QuestionResult"][];
            /** @description Shown cells only */
            respondents?: number;
            /** @description Hidden: under k respondents, or hidden so no hidden cell can be derived */
            suppressed: boolean;
        };
        CallChoiceOption: {
            /** @example beginner */
            key: string;
            label: components["schemas"]["MultilingualTextDto"];
        };
        CallChoiceOptionInput: {
            /** @example beginner */
            key: string;
            label: components["schemas"]["MultilingualTextDto"];
        };
        CallForProposals: {
            /** @description Reviewers see no speaker at all */
            anonymousReview: boolean;
            /** Format: date-time */
            closesAt: string;
            /** Format: date-time */
            createdAt: string;
            criteria: components["schemas"]["CallReviewCriterion"][];
            /** @description Markdown */
            description: components["schemas"]["MultilingualTextDto"];
            /**
             * @description Allowed durations in minutes, ascending; empty: anything from minDuration to maxDuration
             * @example [
             *       20,
             *       40
             *     ]
             */
            durations: number[];
            /** Format: uuid */
            eventId: string;
            maxDuration: number;
            /** @description Scores run from 0 to this */
            maxScore: number;
            minDuration: number;
            /** Format: date-time */
            opensAt: string;
            /** @description Open from opensAt (inclusive) to closesAt (exclusive), at the moment of the answer */
            phase: components["schemas"]["CallPhase"];
            questions: components["schemas"]["CallQuestion"][];
            /**
             * @example [
             *       "talk"
             *     ]
             */
            sessionTypes: components["schemas"]["ProposalSessionKind"][];
            title: components["schemas"]["MultilingualTextDto"];
            /** @description Tracks a proposal may choose; empty: proposals have no track */
            trackIds: string[];
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        /**
         * @description Open from opensAt (inclusive) to closesAt (exclusive), at the moment of the answer
         * @enum {string}
         */
        CallPhase: "upcoming" | "open" | "closed";
        CallQuestion: {
            /** @example audience */
            key: string;
            label: components["schemas"]["MultilingualTextDto"];
            /** @description Empty unless a choice question */
            options: components["schemas"]["CallChoiceOption"][];
            required: boolean;
            type: components["schemas"]["CallQuestionType"];
        };
        CallQuestionInput: {
            /** @example audience */
            key: string;
            label: components["schemas"]["MultilingualTextDto"];
            /** @description choice questions only (2–20) */
            options?: components["schemas"]["CallChoiceOptionInput"][] | null;
            /** @default false */
            required?: boolean;
            /** @enum {string} */
            type: "text" | "number" | "choice" | "boolean";
        };
        /** @enum {string} */
        CallQuestionType: "text" | "number" | "choice" | "boolean";
        CallReviewCriterion: {
            /** @example relevance */
            key: string;
            label: components["schemas"]["MultilingualTextDto"];
            /** @example 2 */
            weight: number;
        };
        CallReviewCriterionInput: {
            /** @example relevance */
            key: string;
            label: components["schemas"]["MultilingualTextDto"];
            /** @example 2 */
            weight: number;
        };
        CheckIn: {
            /** Format: date-time */
            checkedInAt: string;
            /**
             * Format: date
             * @description The event day (local date), for a day check-in
             * @example 2024-02-05
             */
            day: string | null;
            /** Format: uuid */
            eventId: string;
            /** Format: uuid */
            id: string;
            /** @description Confirmation code or QR token */
            method: components["schemas"]["CheckInMethod"];
            /** Format: uuid */
            registrationId: string;
            /**
             * Format: date-time
             * @description Set once the check-in was reverted
             */
            revertedAt: string | null;
            /**
             * Format: uuid
             * @description The session, for a session check-in
             */
            sessionId: string | null;
        };
        CheckInCounts: {
            checkedIn: number;
            /** @description Participants expected (confirmed, or signed up for the session) */
            expected: number;
        };
        CheckInDayCount: {
            checkedIn: number;
            /**
             * Format: date
             * @example 2024-02-05
             */
            day: string;
            expected: number;
        };
        CheckInDto: {
            /**
             * @description Confirmation code; any case, dash optional
             * @example ABCDE-23456
             */
            code?: string | null;
            /**
             * @description Event day (local date in the event’s zone); default today there
             * @example 2024-02-05
             */
            day?: string | null;
            /**
             * Format: uuid
             * @description The event being checked into (the door’s event)
             */
            eventId: string;
            /**
             * Format: uuid
             * @description Check into this session (one the participant signed up for)
             */
            sessionId?: string | null;
            /** @description The QR payload (c1.…) */
            token?: string | null;
        };
        CheckInKey: {
            /** @enum {string} */
            alg: "EdDSA";
            /** @description The current key */
            jwk: components["schemas"]["CheckInPublicJwk"];
            /** @description JWKS: the current key, then retired ones whose tokens are still honoured */
            keys: components["schemas"]["CheckInPublicJwk"][];
            /** @description The id of the current key */
            kid: string;
            /**
             * @example -----BEGIN PUBLIC KEY-----
             *     …
             *     -----END PUBLIC KEY-----
             */
            publicKeyPem: string;
            /** @description How a QR token is built and signed */
            tokenFormat: string;
        };
        CheckInList: {
            counts: components["schemas"]["CheckInCounts"];
            /**
             * Format: date
             * @description The day listed; null for a session
             */
            day: string | null;
            /** Format: uuid */
            eventId: string;
            items: components["schemas"]["CheckInListItem"][];
            /** @description Pass as `cursor` to read the next page; null on the last page */
            nextCursor: string | null;
            /**
             * Format: uuid
             * @description The session listed, if one
             */
            sessionId: string | null;
        };
        CheckInListItem: {
            /** Format: date-time */
            checkedInAt: string;
            /**
             * Format: date
             * @description The event day (local date), for a day check-in
             * @example 2024-02-05
             */
            day: string | null;
            /** Format: uuid */
            eventId: string;
            /** Format: uuid */
            id: string;
            /** @description Confirmation code or QR token */
            method: components["schemas"]["CheckInMethod"];
            participant: components["schemas"]["CheckInParticipant"];
            /** Format: uuid */
            registrationId: string;
            /**
             * Format: date-time
             * @description Set once the check-in was reverted
             */
            revertedAt: string | null;
            /**
             * Format: uuid
             * @description The session, for a session check-in
             */
            sessionId: string | null;
        };
        /**
         * @description Confirmation code or QR token
         * @enum {string}
         */
        CheckInMethod: "code" | "token";
        CheckInParticipant: {
            /** @example ABCDE-23456 */
            confirmationCode: string;
            /**
             * @description null once anonymised
             * @example Айгерім Сәрсенова
             */
            fullName: string | null;
            organisation: string | null;
            /** @example KZ-71 */
            regionCode: string | null;
            status: components["schemas"]["RegistrationStatus"];
        };
        CheckInPublicJwk: {
            /** @enum {string} */
            alg: "EdDSA";
            /** @enum {string} */
            crv: "Ed25519";
            /** @description SHA-256 thumbprint of the key, base64url */
            kid: string;
            /** @enum {string} */
            kty: "OKP";
            /** @enum {string} */
            use: "sig";
            /** @description The public key, base64url */
            x: string;
        };
        CheckInSessionCount: {
            checkedIn: number;
            expected: number;
            /** Format: uuid */
            sessionId: string;
            /** Format: date-time */
            startsAt: string | null;
        };
        CheckInSummary: {
            days: components["schemas"]["CheckInDayCount"][];
            /** Format: uuid */
            eventId: string;
            sessions: components["schemas"]["CheckInSessionCount"][];
            /**
             * @description The event’s time zone, which its days are in
             * @example Asia/Almaty
             */
            timeZone: string;
            /**
             * Format: date
             * @description Today in the event’s zone
             */
            today: string;
        };
        ChoiceOptionDto: {
            label: components["schemas"]["MultilingualTextDto"];
            /**
             * @description Stable value stored in answers; keep it when relabelling
             * @example culture
             */
            value: string;
        };
        ConfidenceInterval: {
            /** @example 4.41 */
            high: number;
            /** @example 3.82 */
            low: number;
        };
        ConsentTermsDto: {
            /** @description Where the data goes abroad; required when crossBorderTransfer */
            crossBorderDetails?: components["schemas"]["MultilingualTextDto"];
            crossBorderTransfer: boolean;
            /** @description The personal data collected */
            dataCategories: ("fullName" | "email" | "phone" | "iin" | "birthDate" | "sex" | "region" | "organisation" | "position" | "answers")[];
            /**
             * @description BIN of the operator; check digit verified
             * @example 100140011059
             */
            operatorBin: string;
            /** @description Name of the operator (kk and ru required) */
            operatorName: components["schemas"]["MultilingualTextDto"];
            /** @description Whether the data is published (e.g. a public list of participants) */
            publication: boolean;
            /** @description Purposes of collecting and processing */
            purposes: components["schemas"]["MultilingualTextDto"];
            /** @description Term of processing and retention */
            term: components["schemas"]["MultilingualTextDto"];
            /** @description The consent text shown to the participant */
            text: components["schemas"]["MultilingualTextDto"];
            /**
             * @description Change it whenever the terms change
             * @example 2026-03-v1
             */
            textVersion: string;
            /** @description Who receives the data; required when thirdPartyTransfer */
            thirdParties?: components["schemas"]["MultilingualTextDto"];
            thirdPartyTransfer: boolean;
        };
        CopySurveyDto: {
            /**
             * @description Closing, in the event's time zone (YYYY-MM-DDTHH:mm); after the opening. Default: 14 days after the end of the scope
             * @example 2024-02-09T18:00
             */
            closesAtLocal?: string | null;
            /**
             * Format: uuid
             * @description Another event of the same organisation; its day or session must fit that event
             */
            eventId?: string | null;
            /**
             * @description Opening, as the wall clock of the event's time zone shows it (YYYY-MM-DDTHH:mm). Default: the start of the scope (the event's start, the day's 00:00, the session's start)
             * @example 2024-02-07T16:00
             */
            opensAtLocal?: string | null;
            /** @description Default: the original’s */
            title?: components["schemas"]["MultilingualTextDto"];
        };
        CreateApiKeyDto: {
            /** @description Limit the key to these events of the organisation */
            eventIds?: string[];
            /**
             * Format: date-time
             * @description When the key stops working
             * @example 2026-12-31T23:59:59+05:00
             */
            expiresAt?: string;
            /** @example Ministry registrations sync */
            name: string;
            /**
             * Format: uuid
             * @description The owning organisation; defaults to the caller's. The break-glass key must name it (bootstrap).
             */
            organisationId?: string;
            /** @description Never more than the creator holds */
            scopes: components["schemas"]["AccessScope"][];
        };
        CreatedWebhookEndpoint: {
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            /** Format: date-time */
            disabledAt: string | null;
            /**
             * @description owner: paused through the API; failing: every attempt failed for too long (5 days by default)
             * @enum {string|null}
             */
            disabledReason: "owner" | "failing" | null;
            /** @description false: nothing is queued or delivered (see disabledReason) */
            enabled: boolean;
            /** @description The events (gatherings) delivered; null: all of the organisation's */
            eventIds: string[] | null;
            eventTypes: components["schemas"]["WebhookEventType"][];
            /**
             * Format: date-time
             * @description The first failed attempt since the last successful one; null while healthy
             */
            failingSince: string | null;
            /** Format: uuid */
            id: string;
            maxConcurrency: number;
            /**
             * Format: date-time
             * @description Until when the previous secret still signs beside the current one (after a rotation)
             */
            previousSecretExpiresAt: string | null;
            /**
             * @description The signing secret (Standard Webhooks, `whsec_` + base64). Shown once: store it now.
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret: string;
            /** Format: date-time */
            updatedAt: string;
            /**
             * Format: uri
             * @example https://integration.mci.gov.kz/jiyn/webhooks
             */
            url: string;
            version: number;
        };
        CreateEventDto: {
            /**
             * Format: date-time
             * @description Participants may cancel until then
             */
            cancellationDeadline?: string;
            /** @example 60 */
            capacity?: number;
            description?: components["schemas"]["MultilingualTextDto"];
            /**
             * Format: date-time
             * @example 2024-02-07T18:00:00+06:00
             */
            endsAt: string;
            /**
             * Format: uuid
             * @description The owning organisation; default: the caller's own. Needs events:write there.
             */
            organisationId?: string;
            organisers?: components["schemas"]["OrganiserDto"][];
            /** Format: date-time */
            registrationClosesAt?: string;
            /** Format: date-time */
            registrationOpensAt?: string;
            /**
             * @description Languages every published text must have; default kk and ru
             * @example [
             *       "kk",
             *       "ru"
             *     ]
             */
            requiredLanguages?: components["schemas"]["Language"][];
            /** @default false */
            requiresApproval?: boolean;
            /** @example media-literacy-training-2030 */
            slug: string;
            /**
             * Format: date-time
             * @example 2024-02-05T09:00:00+06:00
             */
            startsAt: string;
            /**
             * @description IANA time zone; default Asia/Almaty
             * @example Asia/Almaty
             */
            timeZone?: string;
            title: components["schemas"]["MultilingualTextDto"];
            venue?: components["schemas"]["VenueDto"];
            /** @default true */
            waitlistEnabled?: boolean;
        };
        CreateEventGrantDto: {
            /**
             * Format: uuid
             * @description An event of the granting organisation
             */
            eventId: string;
            /**
             * Format: uuid
             * @description The partner organisation given access
             */
            partnerOrganisationId: string;
            /**
             * @description Unmasked IIN, phone, e-mail and birth date
             * @default false
             */
            personalData?: boolean;
            role: components["schemas"]["AccessRole"];
        };
        CreateOrganisationDto: {
            /**
             * @description Business identification number (БИН)
             * @example 990340005977
             */
            bin?: string;
            /** @description The name in Kazakh, Russian and English */
            name: components["schemas"]["MultilingualTextDto"];
            /**
             * @description Lower-case letters, digits and hyphens, 2–63 characters
             * @example mci
             */
            slug: string;
        };
        CreatePostTestDto: {
            /**
             * @description Closing, in the event's time zone (YYYY-MM-DDTHH:mm); after the opening. Default: 14 days after the end of the scope
             * @example 2024-02-09T18:00
             */
            closesAtLocal?: string | null;
            /**
             * @description Opening, as the wall clock of the event's time zone shows it (YYYY-MM-DDTHH:mm). Default: the start of the scope (the event's start, the day's 00:00, the session's start)
             * @example 2024-02-07T16:00
             */
            opensAtLocal?: string | null;
            /** @description Default: the pre-test’s title */
            title?: components["schemas"]["MultilingualTextDto"];
        };
        CreateProgrammeSessionDto: {
            abstract?: components["schemas"]["MultilingualTextDto"];
            /** @description Defaults to the room's capacity */
            capacity?: number | null;
            /**
             * Format: date-time
             * @example 2024-02-05T11:00:00+06:00
             */
            endsAt?: string | null;
            language: components["schemas"]["Language"];
            /**
             * Format: uuid
             * @description null to unschedule
             */
            roomId?: string | null;
            /** @description Speaker ids from the speakers service */
            speakerIds?: string[];
            /**
             * Format: date-time
             * @example 2024-02-05T10:00:00+06:00
             */
            startsAt?: string | null;
            /** @enum {string} */
            status?: "draft" | "confirmed";
            title: components["schemas"]["MultilingualTextDto"];
            /** Format: uuid */
            trackId?: string | null;
            type: components["schemas"]["ProgrammeSessionType"];
        };
        CreateRegistrationDto: {
            /**
             * @description Answers to the event's own questions, keyed by question key; checked against its form
             * @example {
             *       "department": "culture",
             *       "years_in_service": 4
             *     }
             */
            answers?: {
                [key: string]: string | number | boolean | string[];
            };
            consent: components["schemas"]["RegistrationConsentDto"];
            /** @example aigerim@akimat.kz */
            email: string;
            /** Format: uuid */
            eventId: string;
            /**
             * @description The sending system's own id for this participant (e.g. the ministry's). Unique per event among active registrations: re-sending it updates that registration instead of creating another.
             * @example MCS-2024-000123
             */
            externalReference?: string | null;
            /** @example Айгерім Сәрсенова */
            fullName: string;
            /**
             * @description 12-digit IIN; sex and birth date are derived from it. A birth date before 1900 or after today (in Kazakhstan) is refused as implausibleBirthDate
             * @example 900101399030
             */
            iin?: string;
            /** @example Akimat of Astana */
            organisation?: string;
            /**
             * @description Kazakhstan number; 8 7xx… and +7 7xx… are accepted
             * @example +77011234567
             */
            phone?: string;
            /** @example Chief specialist, culture department */
            position?: string;
            /**
             * @default kk
             * @enum {string}
             */
            preferredLanguage?: "kk" | "ru" | "en";
            /** @example KZ-71 */
            regionCode?: string;
        };
        CreateRoomDto: {
            /** @example 120 */
            capacity?: number;
            name: components["schemas"]["MultilingualTextDto"];
            /** @description Order in schedule grids */
            position?: number;
        };
        CreateSpeakerDto: {
            /** @description Markdown; raw HTML is shown as text */
            biography?: components["schemas"]["MultilingualTextDto"];
            /**
             * Format: email
             * @description Private: organisers and the speaker only; null clears it
             * @example a.asanova@example.kz
             */
            email?: string | null;
            fullName: components["schemas"]["MultilingualTextDto"];
            /**
             * @description Languages the speaker speaks in
             * @example [
             *       "kk",
             *       "ru"
             *     ]
             */
            languages?: components["schemas"]["SpeakerLanguage"][];
            links?: components["schemas"]["SpeakerLinkDto"][];
            organisation?: components["schemas"]["MultilingualTextDto"];
            /**
             * Format: uuid
             * @description The owning organisation; by default the caller's own
             */
            organisationId?: string;
            /**
             * @description Private: organisers and the speaker only. A Kazakhstan number; null clears it
             * @example +77011234567
             */
            phone?: string | null;
            /**
             * Format: uri
             * @description An https:// URL; null clears it
             * @example https://cdn.example.kz/speakers/asanova.jpg
             */
            photoUrl?: string | null;
            position?: components["schemas"]["MultilingualTextDto"];
        };
        CreateSurveyDto: {
            /**
             * @description Answers kept apart from who gave them
             * @default true
             */
            anonymous?: boolean | null;
            /**
             * @description Closing, in the event's time zone (YYYY-MM-DDTHH:mm); after the opening. Default: 14 days after the end of the scope
             * @example 2024-02-09T18:00
             */
            closesAtLocal?: string | null;
            /**
             * @description scope day: a local day of the event (a pre-test: the first day)
             * @example 2024-02-07
             */
            day?: string | null;
            /** Format: uuid */
            eventId: string;
            /**
             * @description Smallest group a breakdown of the results shows
             * @default 5
             */
            minCellSize?: number | null;
            /**
             * @description Opening, as the wall clock of the event's time zone shows it (YYYY-MM-DDTHH:mm). Default: the start of the scope (the event's start, the day's 00:00, the session's start)
             * @example 2024-02-07T16:00
             */
            opensAtLocal?: string | null;
            /**
             * @description A post-test is made from its pre-test (POST /surveys/{id}/post-test)
             * @default evaluation
             * @enum {string|null}
             */
            purpose?: "evaluation" | "pre-test" | null;
            questions: components["schemas"]["SurveyQuestionDto"][];
            scope: components["schemas"]["SurveyScope"];
            /**
             * Format: uuid
             * @description scope session: a session of the event
             */
            sessionId?: string | null;
            /** @description kk and ru required */
            title: components["schemas"]["MultilingualTextDto"];
        };
        CreateTrackDto: {
            /** @example #0a7cbf */
            colour: string;
            name: components["schemas"]["MultilingualTextDto"];
        };
        CreateWebhookEndpointDto: {
            /** @example MCI registrations sync */
            description?: string;
            /** @description Only these events (gatherings) of the organisation; null or absent: all of the organisation's events. */
            eventIds?: string[] | null;
            /**
             * @description The CloudEvents types delivered (see `GET /webhooks/event-types`).
             * @example [
             *       "kz.jiyn.registration.created.v1",
             *       "kz.jiyn.registration.cancelled.v1"
             *     ]
             */
            eventTypes: components["schemas"]["WebhookEventType"][];
            /** @description Deliveries in flight to this endpoint at once (default: the operator’s, 10). */
            maxConcurrency?: number;
            /**
             * Format: uri
             * @description Where deliveries are POSTed. https:// (http:// only where the operator allows it); no credentials in the URL. Its host must resolve to public addresses only: loopback, private, link-local and other internal ranges are refused (`webhookTargetRefused`) unless the operator allow-lists them.
             * @example https://integration.mci.gov.kz/jiyn/webhooks
             */
            url: string;
        };
        /** @enum {string} */
        EmailAttemptOutcome: "sent" | "temporary-failure" | "permanent-failure" | "skipped";
        EmailDelivery: {
            attempts: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            eventId: string;
            /** Format: uuid */
            id: string;
            /**
             * @description The language it was written in (kk, ru, en); null until it was
             * @example kk
             */
            language: string | null;
            /** @description The mail server's last reply or why it was skipped; addresses in it are replaced by [address] */
            lastReply: string | null;
            /**
             * @description The Message-ID the e-mail carries (the same on every attempt of this delivery)
             * @example <01964c2e-7d3a-7b1e-9f40-3c2a1b0d9e8f@notifications.jiyn>
             */
            messageId: string;
            /**
             * Format: date-time
             * @description When a queued message is tried next; null once it is done
             */
            nextAttemptAt: string | null;
            recipientKind: components["schemas"]["EmailRecipientKind"];
            /**
             * Format: uuid
             * @description The registration's or speaker's id
             */
            recipientRef: string;
            /**
             * Format: uuid
             * @description Sent again by an organiser: the message's first delivery; null for that one
             */
            resendOf: string | null;
            /** Format: date-time */
            sentAt: string | null;
            /** @description `queued` (waiting, maybe to be retried), `sending` (an attempt is under way), `sent` (the mail server took it), `failed` (refused for good, or given up after the last retry), `skipped` (nothing to send: no address, unsubscribed, …; `lastReply` says why) */
            status: components["schemas"]["EmailDeliveryStatus"];
            template: components["schemas"]["EmailTemplateName"];
            /** @description Transactional messages are sent whatever the recipient unsubscribed from */
            transactional: boolean;
        };
        EmailDeliveryAttempt: {
            /** Format: date-time */
            at: string;
            attempt: number;
            outcome: components["schemas"]["EmailAttemptOutcome"];
            /** @description The mail server's reply, or what went wrong; addresses in it are replaced by [address] */
            smtpReply: string | null;
        };
        EmailDeliveryPage: {
            items: components["schemas"]["EmailDelivery"][];
            /** @description Pass as `cursor` to read the next page; null on the last page. */
            nextCursor: string | null;
        };
        /** @enum {string} */
        EmailDeliveryStatus: "queued" | "sending" | "sent" | "failed" | "skipped";
        EmailDeliveryWithAttempts: {
            /** @description Oldest first; at most the latest 100 */
            attemptLog: components["schemas"]["EmailDeliveryAttempt"][];
            attempts: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            eventId: string;
            /** Format: uuid */
            id: string;
            /**
             * @description The language it was written in (kk, ru, en); null until it was
             * @example kk
             */
            language: string | null;
            /** @description The mail server's last reply or why it was skipped; addresses in it are replaced by [address] */
            lastReply: string | null;
            /**
             * @description The Message-ID the e-mail carries (the same on every attempt of this delivery)
             * @example <01964c2e-7d3a-7b1e-9f40-3c2a1b0d9e8f@notifications.jiyn>
             */
            messageId: string;
            /**
             * Format: date-time
             * @description When a queued message is tried next; null once it is done
             */
            nextAttemptAt: string | null;
            recipientKind: components["schemas"]["EmailRecipientKind"];
            /**
             * Format: uuid
             * @description The registration's or speaker's id
             */
            recipientRef: string;
            /**
             * Format: uuid
             * @description Sent again by an organiser: the message's first delivery; null for that one
             */
            resendOf: string | null;
            /** Format: date-time */
            sentAt: string | null;
            /** @description `queued` (waiting, maybe to be retried), `sending` (an attempt is under way), `sent` (the mail server took it), `failed` (refused for good, or given up after the last retry), `skipped` (nothing to send: no address, unsubscribed, …; `lastReply` says why) */
            status: components["schemas"]["EmailDeliveryStatus"];
            template: components["schemas"]["EmailTemplateName"];
            /** @description Transactional messages are sent whatever the recipient unsubscribed from */
            transactional: boolean;
        };
        /** @enum {string} */
        EmailRecipientKind: "participant" | "speaker";
        /** @enum {string} */
        EmailTemplateName: "registration-received" | "registration-confirmed" | "registration-waitlisted" | "seat-offered" | "registration-approved" | "registration-rejected" | "registration-cancelled" | "event-reminder" | "feedback-invitation" | "proposal-received" | "proposal-accepted" | "proposal-rejected" | "session-changed" | "session-cancelled" | "speaker-invitation" | "co-speaker-invitation" | "webhook-endpoint-disabled";
        EmailTemplateTexts: {
            /** @description The platform’s words, for reference */
            defaults: components["schemas"]["EmailTexts"];
            /** Format: uuid */
            eventId: string;
            /** @description The event’s own words (empty: the platform’s) */
            overrides: components["schemas"]["EmailTexts"];
            template: components["schemas"]["EmailTemplateName"];
            /** @description Not transactional: carries List-Unsubscribe, and recipients may stop it */
            unsubscribable: boolean;
        };
        /** @description An organiser’s words for one language. */
        EmailTextOverride: {
            /** @description The paragraph under the greeting. Handlebars placeholders: {{eventTitle}}, {{organisationName}}, {{name}}, {{startsAt}}, and per message {{code}}, {{position}}, {{offerExpiresAt}}, {{proposalTitle}}, for a co-speaker {{primarySpeakerName}}, {{expiresAt}}, and for a session {{sessionTitle}}, {{previousTime}}, {{previousRoom}}, {{newTime}}, {{newRoom}} (moved) or {{sessionTime}}, {{sessionRoom}} (off the programme). */
            intro?: string;
            /**
             * @description Handlebars placeholders: {{eventTitle}}, {{organisationName}}, {{name}}, {{startsAt}}, and per message {{code}}, {{position}}, {{offerExpiresAt}}, {{proposalTitle}}, for a co-speaker {{primarySpeakerName}}, {{expiresAt}}, and for a session {{sessionTitle}}, {{previousTime}}, {{previousRoom}}, {{newTime}}, {{newRoom}} (moved) or {{sessionTime}}, {{sessionRoom}} (off the programme).
             * @example {{eventTitle}}: добро пожаловать!
             */
            subject?: string;
        };
        /** @description An event’s words for one message, per language; a language left out uses the platform’s. */
        EmailTexts: {
            en?: components["schemas"]["EmailTextOverride"];
            kk?: components["schemas"]["EmailTextOverride"];
            ru?: components["schemas"]["EmailTextOverride"];
        };
        EmailUnsubscribed: {
            /** Format: uuid */
            eventId: string;
            /** @example true */
            unsubscribed: boolean;
        };
        EventAnonymisation: {
            /** @description Registrations anonymised by this run */
            anonymised: number;
            /** Format: uuid */
            eventId: string;
            /** @description Registrations another transaction held just then; the next run (or the sweeper) takes them */
            remaining: number;
        };
        EventOrganiserResponse: {
            name: components["schemas"]["MultilingualTextDto"];
            /**
             * @description organiser, partner, host, sponsor…
             * @example organiser
             */
            role: string;
        };
        EventPage: {
            items: components["schemas"]["EventResponse"][];
            /** @description Pass as `cursor` to read the next page; null on the last page. */
            nextCursor: string | null;
        };
        EventRegistrationSettings: {
            /** Format: uuid */
            eventId: string;
            /** @description How long an offer holds the seat */
            offerHours: number;
            /** @description `auto`: the next in line is confirmed at once; `offer`: the seat is held for them until the offer lapses */
            promotion: components["schemas"]["RegistrationPromotionMode"];
            /**
             * @description Seats per region for every region; null: no quota
             * @example 3
             */
            regionQuota: number | null;
            /**
             * @description Per-region overrides of regionQuota, by region code
             * @example {
             *       "KZ-71": 10,
             *       "KZ-75": 10
             *     }
             */
            regionQuotas: {
                [key: string]: number;
            } | null;
            /** @description Registrations must carry an IIN */
            requireIin: boolean;
            /**
             * Format: date-time
             * @description null while on the defaults
             */
            updatedAt: string | null;
            /** @description 0 while the event still runs on the defaults */
            version: number;
        };
        EventResponse: {
            /**
             * Format: date-time
             * @description Participants may cancel until then
             */
            cancellationDeadline: string | null;
            /** @example 60 */
            capacity: number | null;
            /** Format: date-time */
            createdAt: string;
            description: components["schemas"]["MultilingualTextDto"];
            /** Format: date-time */
            endsAt: string;
            /**
             * Format: uuid
             * @example 01935c1e-7a43-7cc1-9b8e-3c1f4f1b2a10
             */
            id: string;
            /**
             * Format: uuid
             * @description The owning organisation; null only for events made before organisations owned them
             */
            organisationId: string | null;
            organisers: components["schemas"]["EventOrganiserResponse"][];
            /** Format: date-time */
            publishedAt: string | null;
            /** Format: date-time */
            registrationClosesAt: string | null;
            /** Format: date-time */
            registrationOpensAt: string | null;
            /**
             * @description Languages every published text must have
             * @example [
             *       "kk",
             *       "ru"
             *     ]
             */
            requiredLanguages: components["schemas"]["Language"][];
            requiresApproval: boolean;
            /** @example creative-industries-astana-2024 */
            slug: string;
            /** Format: date-time */
            startsAt: string;
            /** @example draft */
            status: components["schemas"]["EventStatus"];
            /**
             * @description IANA time zone the event is held in
             * @example Asia/Almaty
             */
            timeZone: string;
            title: components["schemas"]["MultilingualTextDto"];
            /** Format: date-time */
            updatedAt: string;
            venue: components["schemas"]["EventVenueResponse"] | null;
            /** @description Grows by one with every change */
            version: number;
            waitlistEnabled: boolean;
        };
        EventRetention: {
            /**
             * Format: date-time
             * @description When the event’s registrations become due for anonymisation; null without a period
             */
            anonymiseAfter: string | null;
            /**
             * @description Days after the event’s end; null while the organiser has set none (nothing is anonymised then)
             * @example 90
             */
            days: number | null;
            /** Format: uuid */
            eventId: string;
        };
        EventSeats: {
            capacity: number;
            /** @description Every counter equals the registrations it counts */
            consistent: boolean;
            /** @description Seats nobody holds: capacity less the seats taken (0 when capacity came down below them) */
            free: number;
            /** @description Registrations holding a seat (confirmed or offered) */
            holders: number;
            regions: components["schemas"]["RegionSeats"][];
            /** @description Seats taken as the counters count them */
            taken: number;
        };
        EventSettingsDto: {
            /** @default 48 */
            offerHours?: number;
            /**
             * @default auto
             * @enum {string}
             */
            promotion?: "auto" | "offer";
            /**
             * @description Seats per region for every region; null: no quota
             * @example 3
             */
            regionQuota?: number | null;
            /**
             * @description Per-region overrides of regionQuota, by region code
             * @example {
             *       "KZ-71": 10,
             *       "KZ-75": 10
             *     }
             */
            regionQuotas?: {
                [key: string]: number;
            } | null;
            /**
             * @description Registrations must carry an IIN
             * @default false
             */
            requireIin?: boolean;
        };
        /** @enum {string} */
        EventStatus: "draft" | "published" | "cancelled" | "archived";
        EventVenueResponse: {
            /**
             * @description Absent when none was given
             * @example Abay Ave 33a, Astana
             */
            address?: string;
            name: components["schemas"]["MultilingualTextDto"];
        };
        Feedback: {
            /** @example Керемет! */
            comment: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            eventId: string;
            /** Format: uuid */
            id: string;
            /**
             * @description The language the comment is in, if given
             * @enum {string|null}
             */
            language: "kk" | "ru" | "en" | null;
            /** @example 5 */
            rating: number;
            /**
             * Format: uuid
             * @description The session rated; null when the rating is of the whole event
             */
            sessionId: string | null;
            version: number;
        };
        /** @enum {string} */
        FeedbackLanguage: "kk" | "ru" | "en";
        FeedbackPage: {
            items: components["schemas"]["Feedback"][];
            /** @description Pass as `cursor` to read the next page; null on the last page. */
            nextCursor: string | null;
        };
        FeedbackRatingDistribution: {
            1: number;
            2: number;
            3: number;
            4: number;
            5: number;
        };
        FeedbackSummaryResponse: {
            /**
             * @description null while there are no responses
             * @example 4.5
             */
            averageRating: number | null;
            distribution: components["schemas"]["FeedbackRatingDistribution"];
            /** @example 42 */
            responses: number;
        };
        FormQuestionDto: {
            help?: components["schemas"]["MultilingualTextDto"];
            /** @description number: whole numbers only */
            integer?: boolean | null;
            /**
             * @description Stable key of the answer; lower-case, a–z 0–9 _
             * @example department
             */
            key: string;
            label: components["schemas"]["MultilingualTextDto"];
            /** @description number: largest allowed */
            max?: number | null;
            /**
             * @description date: latest, inclusive
             * @example 2010-12-31
             */
            maxDate?: string | null;
            /** @description text: most characters */
            maxLength?: number | null;
            /** @description multi-choice: most selections */
            maxSelections?: number | null;
            /** @description number: smallest allowed */
            min?: number | null;
            /**
             * @description date: earliest, inclusive
             * @example 1950-01-01
             */
            minDate?: string | null;
            /** @description multi-choice: fewest selections when answered */
            minSelections?: number | null;
            /** @description choice and multi-choice */
            options?: components["schemas"]["ChoiceOptionDto"][] | null;
            required: boolean;
            /** @enum {string} */
            type: "text" | "number" | "choice" | "multi-choice" | "boolean" | "date";
        };
        FrabConferenceResponse: {
            acronym: string;
            days: components["schemas"]["FrabDayResponse"][];
            daysCount: number;
            description?: string;
            /** Format: date */
            end: string;
            rooms: components["schemas"]["FrabRoomResponse"][];
            /** Format: date */
            start: string;
            /** @example Asia/Almaty */
            time_zone_name: string;
            /** @example 00:05 */
            timeslot_duration: string;
            title: string;
            tracks: components["schemas"]["FrabTrackResponse"][];
            /** Format: uri */
            url: string;
        };
        FrabDayResponse: {
            /** Format: date */
            date: string;
            /** Format: date-time */
            day_end: string;
            /** Format: date-time */
            day_start: string;
            index: number;
            /** @description Room name → that day's sessions in it, in start order */
            rooms: {
                [key: string]: components["schemas"]["FrabEventResponse"][];
            };
        };
        FrabEventResponse: {
            abstract: string;
            attachments: components["schemas"]["FrabLinkResponse"][];
            /**
             * Format: date-time
             * @description Local start with its offset
             * @example 2024-02-05T09:00:00+05:00
             */
            date: string;
            description: string;
            /**
             * @description Elapsed time, HH:MM
             * @example 01:30
             */
            duration: string;
            /** @description Local end with its offset */
            end: string;
            /** Format: uuid */
            guid: string;
            id: number;
            language: components["schemas"]["Language"];
            links: components["schemas"]["FrabLinkResponse"][];
            persons: components["schemas"]["FrabPersonResponse"][];
            room: string;
            slug: string;
            /**
             * @description Local wall-clock start, HH:MM
             * @example 09:00
             */
            start: string;
            subtitle: string;
            title: string;
            track: string | null;
            /** @example talk */
            type: string;
            /** Format: uri */
            url: string;
        };
        FrabGeneratorResponse: {
            /** @example Jiyn */
            name: string;
        };
        FrabLinkResponse: {
            title?: string;
            /** Format: uri */
            url: string;
        };
        FrabPersonResponse: {
            /** Format: uuid */
            guid: string;
            /** @description Deprecated by the format in favour of guid */
            id: number;
            name: string;
        };
        FrabRoomResponse: {
            capacity: number | null;
            /** Format: uuid */
            guid: string;
            name: string;
        };
        FrabScheduleBody: {
            /** Format: uri */
            base_url: string;
            conference: components["schemas"]["FrabConferenceResponse"];
            /** @description The schedule version name */
            version: string;
        };
        FrabScheduleResponse: {
            /**
             * Format: uri
             * @example https://c3voc.de/schedule/schema.json
             */
            $schema: string;
            generator: components["schemas"]["FrabGeneratorResponse"];
            schedule: components["schemas"]["FrabScheduleBody"];
        };
        FrabTrackResponse: {
            /** @example #0a7cbf */
            color: string;
            name: string;
        };
        IssuedApiKey: {
            apiKey: components["schemas"]["ApiKey"];
            /**
             * @description The key to send (`Authorization: Bearer …` or `X-Api-Key`); shown in this answer only
             * @example jiyn_4Fq9ZbT0kLmN2pQrS7uVwXyZ1a3B5c7D9eGh2K
             */
            secret: string;
        };
        KnowledgeGain: {
            minCellSize: number;
            overall: components["schemas"]["KnowledgeGainGroup"];
            postOnly: number;
            /** Format: uuid */
            postTestId: string | null;
            preOnly: number;
            /** Format: uuid */
            preTestId: string;
            regions: components["schemas"]["KnowledgeGainRegion"][];
        };
        KnowledgeGainGroup: {
            /** @description Score change in percentage points of the maximum */
            gain: components["schemas"]["MeanWithInterval"];
            /** @description Hake's normalised gain (post − pre) / (100 − pre), pairs that started below 100 % */
            normalisedGain: components["schemas"]["MeanWithInterval"];
            /** @description Participants with both tests */
            paired: number;
            /** @description Mean post-test score, % of the maximum */
            postMean: number | null;
            /** @description Mean pre-test score, % of the maximum */
            preMean: number | null;
        };
        KnowledgeGainRegion: {
            /**
             * @description Region code; `unknown` where not known
             * @example KZ-ABA
             */
            region: string;
            /** @description Shown regions only */
            result?: components["schemas"]["KnowledgeGainGroup"];
            suppressed: boolean;
        };
        /**
         * @description Languages every published text must have; default kk and ru
         * @enum {string}
         */
        Language: "kk" | "ru" | "en";
        MeanWithInterval: {
            /** @description Null under two values */
            ci95: components["schemas"]["ConfidenceInterval"] | null;
            /** @example 4.12 */
            mean: number | null;
            /** @description How many values */
            n: number;
            /** @description Null under two values */
            standardDeviation: number | null;
        };
        MultilingualTextDto: {
            /** @example Training on creative industries */
            en?: string | null;
            /** @example Шығармашылық индустриялар бойынша оқыту */
            kk?: string | null;
            /** @example Обучение по креативным индустриям */
            ru?: string | null;
        };
        NetPromoterScore: {
            /** @description Answers 0 to 6 */
            detractors: number;
            /** @description Answers 7 or 8 */
            passives: number;
            /** @description Answers 9 or 10 */
            promoters: number;
            /** @example 42.5 */
            score: number | null;
        };
        OidcSettingsDto: {
            /**
             * @description Only e-mails of these domains link to existing members; empty: any
             * @example [
             *       "undp.org"
             *     ]
             */
            allowedEmailDomains: string[];
            clientId: string;
            /** @description Kept encrypted; never answered. Leave out to keep the current one. */
            clientSecret?: string;
            /**
             * Format: uri
             * @description The provider’s issuer (its discovery document lives below it)
             * @example https://login.undp.org
             */
            issuer: string;
        };
        Organisation: {
            /**
             * @description Business identification number (БИН)
             * @example 990340005977
             */
            bin: string | null;
            /**
             * @description The e-mail header band's and buttons' colour; null: the platform's
             * @example #0b5cad
             */
            brandColour: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description The signature under every e-mail, per language; null: none */
            emailFooter: components["schemas"]["OrganisationEmailFooter"] | null;
            /** Format: uuid */
            id: string;
            /**
             * Format: uri
             * @description The logo above every e-mail; null: none
             * @example https://www.gov.kz/uploads/mci/logo-320x96.png
             */
            logoUrl: string | null;
            /** @description The name in Kazakh, Russian and English */
            name: components["schemas"]["MultilingualTextDto"];
            /** @example mci */
            slug: string;
        };
        OrganisationEmailFooter: {
            /**
             * @example Ministry of Culture and Information of the Republic of Kazakhstan
             *     Astana, Mangilik El 8
             */
            en?: string | null;
            /**
             * @example Қазақстан Республикасы Мәдениет және ақпарат министрлігі
             *     Астана, Мәңгілік Ел 8
             */
            kk?: string | null;
            /**
             * @example Министерство культуры и информации Республики Казахстан
             *     Астана, Мәңгілік Ел 8
             */
            ru?: string | null;
        };
        OrganisationEventGrant: {
            /** Format: date-time */
            createdAt: string;
            /**
             * @description Principal id
             * @example api-key:3f0c2d3e-8f5b-4a57-9d6e-2b1c0a9e7f41
             */
            createdBy: string;
            /** Format: uuid */
            eventId: string;
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The granting organisation (owner of the event)
             */
            organisationId: string;
            /**
             * Format: uuid
             * @description The partner organisation given access
             */
            partnerOrganisationId: string;
            /** @description Unmasked IIN, phone, e-mail and birth date */
            personalData: boolean;
            role: components["schemas"]["AccessRole"];
        };
        OrganisationEventGrantPage: {
            items: components["schemas"]["OrganisationEventGrant"][];
            /** @description Pass as `cursor` to read the next page; null on the last page. */
            nextCursor: string | null;
        };
        OrganisationMember: {
            /** @example Айгерім Серікқызы */
            displayName: string;
            /**
             * Format: email
             * @example aigerim@mci.gov.kz
             */
            email: string;
            /** @description False until the person redeems their set-password token */
            passwordSet: boolean;
            /** Format: uuid */
            personId: string;
            preferredLanguage: components["schemas"]["AccessLanguage"];
            roles: components["schemas"]["OrganisationMemberRole"][];
            /** @description Whether sign-in asks for an authenticator code */
            totpEnabled: boolean;
        };
        OrganisationMemberPage: {
            items: components["schemas"]["OrganisationMember"][];
            /** @description Pass as `cursor` to read the next page; null on the last page. */
            nextCursor: string | null;
        };
        OrganisationMemberRole: {
            /**
             * Format: uuid
             * @description The event the role is limited to; null: the whole organisation
             */
            eventId: string | null;
            /** @description Unmasked IIN, phone, e-mail and birth date on top of the role */
            personalData: boolean;
            role: components["schemas"]["AccessRole"];
        };
        OrganisationOidcSettings: {
            /**
             * @example [
             *       "undp.org"
             *     ]
             */
            allowedEmailDomains: string[];
            clientId: string;
            /**
             * @description The client secret is kept, encrypted; it is never answered
             * @enum {boolean}
             */
            clientSecretSet: true;
            /**
             * Format: uri
             * @example https://login.undp.org
             */
            issuer: string;
            /** Format: date-time */
            updatedAt: string;
        };
        OrganisationPage: {
            items: components["schemas"]["Organisation"][];
            /** @description Pass as `cursor` to read the next page; null on the last page. */
            nextCursor: string | null;
        };
        OrganiserDto: {
            name: components["schemas"]["MultilingualTextDto"];
            /**
             * @description organiser, partner, host, sponsor…
             * @example organiser
             */
            role: string;
        };
        OrganiserSubmitProposalDto: {
            abstract: components["schemas"]["MultilingualTextDto"];
            /**
             * @description Answers to the call's questions, by question key; each of the question's type
             * @example {
             *       "level": "beginner"
             *     }
             */
            answers?: {
                [key: string]: string | number | boolean;
            };
            durationMinutes: number;
            /** @enum {string} */
            language: "kk" | "ru" | "en";
            /** @description The primary speaker first, then co-speakers */
            speakers: components["schemas"]["ProposalSpeakerDto"][];
            /** @description At most 500 characters per language */
            title: components["schemas"]["MultilingualTextDto"];
            /** Format: uuid */
            trackId?: string;
            /** @enum {string} */
            type: "keynote" | "talk" | "panel" | "case-study" | "workshop" | "break";
        };
        /** @description An RFC 9457 problem document, localised by Accept-Language (kk, ru, en). Some problems carry extension members (e.g. `registrationId` on a duplicate registration, `limit` on a 429). */
        Problem: {
            /** @description Quote it when asking for help: it finds the logs. */
            correlationId?: string;
            /** @description What went wrong in this occurrence, in the caller’s language. */
            detail?: string;
            /** @description Field-level problems of a request that failed validation. */
            errors?: {
                /**
                 * @description Machine-readable reason, e.g. `isIin`, `isNotEmpty`.
                 * @example isIin
                 */
                code: string;
                /**
                 * @description Dotted path of the field, `body` or `query` for the whole.
                 * @example participant.iin
                 */
                field: string;
                /** @description The reason in the caller’s language. */
                message: string;
            }[];
            /**
             * @description The path the client called.
             * @example /api/v1/registrations
             */
            instance: string;
            status: number;
            /** @description Short summary of the kind of problem, in the caller’s language. */
            title: string;
            /**
             * Format: uri
             * @description Identifies the kind of problem; stable across languages.
             * @example https://jiyn.kz/problems/validation
             */
            type: string;
        } & {
            [key: string]: unknown;
        };
        /** @enum {string} */
        ProgrammeConflictKind: "room-overlap" | "speaker-double-booked" | "outside-event" | "capacity-above-room" | "speaker-unavailable";
        ProgrammeConflictReport: {
            blocking: number;
            /** @description Blocking ones first */
            items: components["schemas"]["ProgrammeConflictResponse"][];
            warnings: number;
        };
        ProgrammeConflictResponse: {
            kind: components["schemas"]["ProgrammeConflictKind"];
            /**
             * Format: uuid
             * @description The room, for room and capacity conflicts
             */
            roomId?: string;
            /** @description The sessions involved, sorted */
            sessionIds: string[];
            severity: components["schemas"]["ProgrammeConflictSeverity"];
            /**
             * Format: uuid
             * @description The speaker, for speaker conflicts
             */
            speakerId?: string;
        };
        /** @enum {string} */
        ProgrammeConflictSeverity: "blocking" | "warning";
        ProgrammeRoomList: {
            items: components["schemas"]["ProgrammeRoomResponse"][];
        };
        ProgrammeRoomResponse: {
            /** @example 120 */
            capacity: number | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            eventId: string;
            /** Format: uuid */
            id: string;
            name: components["schemas"]["MultilingualTextDto"];
            /** @description Order in schedule grids */
            position: number;
            /** Format: date-time */
            updatedAt: string;
        };
        ProgrammeSessionDetail: {
            conflicts: components["schemas"]["ProgrammeConflictResponse"][];
            session: components["schemas"]["ProgrammeSessionResponse"];
            speakers: components["schemas"]["ProgrammeSessionSpeaker"][];
        };
        ProgrammeSessionPage: {
            items: components["schemas"]["ProgrammeSessionResponse"][];
            /** @description Pass as `cursor` to read the next page; null on the last page. */
            nextCursor: string | null;
        };
        ProgrammeSessionResponse: {
            abstract: components["schemas"]["MultilingualTextDto"];
            /** @description Its own capacity; null: the room's */
            capacity: number | null;
            /** Format: date-time */
            createdAt: string;
            /** @description The length its proposal asked for: a hint for placing it */
            durationMinutes: number | null;
            /**
             * Format: date-time
             * @description null while unscheduled
             */
            endsAt: string | null;
            /** Format: uuid */
            eventId: string;
            /** Format: uuid */
            id: string;
            language: components["schemas"]["Language"];
            /**
             * Format: uuid
             * @description The accepted proposal this session came from, if any
             */
            proposalId: string | null;
            /**
             * Format: uuid
             * @description null while unscheduled
             */
            roomId: string | null;
            /** @description Speaker ids of the speakers service */
            speakerIds: string[];
            /**
             * Format: date-time
             * @description null while unscheduled
             */
            startsAt: string | null;
            status: components["schemas"]["ProgrammeSessionStatus"];
            title: components["schemas"]["MultilingualTextDto"];
            /** Format: uuid */
            trackId: string | null;
            type: components["schemas"]["ProgrammeSessionType"];
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        ProgrammeSessionSpeaker: {
            /** Format: uuid */
            id: string;
            /** @description The public name as the speakers service last announced it; null if not yet known */
            name: components["schemas"]["MultilingualTextDto"] | null;
        };
        /** @enum {string} */
        ProgrammeSessionStatus: "draft" | "confirmed" | "cancelled";
        /** @enum {string} */
        ProgrammeSessionType: "keynote" | "talk" | "panel" | "case-study" | "workshop" | "break";
        ProgrammeSessionWithConflicts: {
            conflicts: components["schemas"]["ProgrammeConflictResponse"][];
            session: components["schemas"]["ProgrammeSessionResponse"];
        };
        ProgrammeTrackList: {
            items: components["schemas"]["ProgrammeTrackResponse"][];
        };
        ProgrammeTrackResponse: {
            /** @example #0a7cbf */
            colour: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            eventId: string;
            /** Format: uuid */
            id: string;
            name: components["schemas"]["MultilingualTextDto"];
            /** Format: date-time */
            updatedAt: string;
        };
        Proposal: {
            abstract: components["schemas"]["MultilingualTextDto"];
            /**
             * @description Answers to the call's questions, by question key
             * @example {
             *       "level": "beginner"
             *     }
             */
            answers: {
                [key: string]: string | number | boolean;
            };
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description When accepted or rejected
             */
            decidedAt: string | null;
            /** @example 30 */
            durationMinutes: number;
            /** Format: uuid */
            eventId: string;
            /** Format: uuid */
            id: string;
            /** @example kk */
            language: components["schemas"]["SpeakerLanguage"];
            /** @description The primary speaker first */
            speakers: components["schemas"]["ProposalSpeaker"][];
            /** @example submitted */
            status: components["schemas"]["ProposalStatus"];
            submittedBy: components["schemas"]["ProposalSubmitter"];
            title: components["schemas"]["MultilingualTextDto"];
            /** Format: uuid */
            trackId: string | null;
            /** @example talk */
            type: components["schemas"]["ProposalSessionKind"];
            /** Format: date-time */
            updatedAt: string;
            /**
             * @description Grows with every change
             * @example 1
             */
            version: number;
        };
        ProposalCallInput: {
            /**
             * @description Reviewers see no speaker at all
             * @default false
             */
            anonymousReview?: boolean;
            /** @example 2029-12-15T18:00:00+05:00 */
            closesAt: string;
            criteria: components["schemas"]["CallReviewCriterionInput"][];
            /** @description Markdown */
            description?: components["schemas"]["MultilingualTextDto"];
            /** @description Allowed durations in minutes; when empty, min/max apply */
            durations?: number[];
            /** @default 600 */
            maxDuration?: number;
            /**
             * @description Scores run from 0 to this
             * @default 5
             */
            maxScore?: number;
            /** @default 5 */
            minDuration?: number;
            /** @example 2029-11-01T09:00:00+05:00 */
            opensAt: string;
            questions?: components["schemas"]["CallQuestionInput"][];
            sessionTypes: ("keynote" | "talk" | "panel" | "case-study" | "workshop" | "break")[];
            title?: components["schemas"]["MultilingualTextDto"];
            /** @description Tracks of the event a proposal may choose; none: no track */
            trackIds?: string[];
        };
        ProposalDecisionsDto: {
            accept?: string[];
            reject?: string[];
        };
        ProposalDecisionsResult: {
            /** @description Proposals now accepted */
            accepted: string[];
            /** @description Proposals now rejected */
            rejected: string[];
        };
        ProposalPage: {
            items: components["schemas"]["Proposal"][];
            /** @description Pass as `cursor` to read the next page; null on the last page. */
            nextCursor: string | null;
        };
        ProposalRanking: {
            criteria: components["schemas"]["ProposalRankingCriterion"][];
            /** Format: uuid */
            eventId: string;
            /** @description Best first */
            items: components["schemas"]["RankedProposal"][];
            maxScore: number;
        };
        ProposalRankingCriterion: {
            /** @example relevance */
            key: string;
            weight: number;
        };
        ProposalReview: {
            comment: string | null;
            /** Format: uuid */
            reviewerId: string;
            reviewerName: string;
            /**
             * @description A score per criterion key
             * @example {
             *       "relevance": 4
             *     }
             */
            scores: {
                [key: string]: number;
            };
            /** Format: date-time */
            updatedAt: string;
        };
        ProposalReviewerInput: {
            /** @example reviewer@culture.example.kz */
            email: string;
            /** @example Айгерим Садыкова */
            name: string;
            /** @description How long the link works (default 72 h) */
            ttlHours?: number | null;
        };
        ProposalReviewerInvitationInput: {
            ttlHours?: number | null;
        };
        ProposalReviewerList: {
            items: components["schemas"]["ProposalReviewerWithCount"][];
        };
        ProposalReviewerWithCount: {
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: email
             * @example reviewer@culture.example.kz
             */
            email: string;
            /** Format: uuid */
            eventId: string;
            /** Format: uuid */
            id: string;
            /** @example Айгерим Садыкова */
            name: string;
            /** @description Reviews they have written */
            reviewCount: number;
        };
        ProposalReviewInput: {
            comment?: string;
            /**
             * @description A whole score from 0 to the call's maxScore for every criterion, by criterion key
             * @example {
             *       "relevance": 4
             *     }
             */
            scores: {
                [key: string]: number;
            };
        };
        /** @enum {string} */
        ProposalSessionKind: "keynote" | "talk" | "panel" | "case-study" | "workshop" | "break";
        ProposalSpeaker: {
            /** @description Private. Masked (`a***@example.kz`) unless the caller may see personal data of the event */
            email: string | null;
            fullName: components["schemas"]["MultilingualTextDto"];
            /**
             * Format: date-time
             * @description When they confirmed or declined
             */
            respondedAt: string | null;
            role: components["schemas"]["ProposalSpeakerRole"];
            /** Format: uuid */
            speakerId: string;
            /** @description The primary speaker is always confirmed; co-speakers confirm or decline */
            state: components["schemas"]["ProposalSpeakerState"];
        };
        ProposalSpeakerDto: {
            /** @description A new speaker: their e-mail (private) */
            email?: string | null;
            /** @description A new speaker: their name */
            fullName?: (components["schemas"]["MultilingualTextDto"] | null) & components["schemas"]["MultilingualTextDto"];
            /** Format: uuid */
            speakerId?: string | null;
        };
        ProposalSpeakerInvitation: {
            /** Format: date-time */
            expiresAt: string;
            /**
             * Format: uuid
             * @description The speaker profile created for them
             */
            speakerId: string;
            /** Format: uri */
            url: string;
        };
        /** @enum {string} */
        ProposalSpeakerRole: "primary" | "co-speaker";
        /**
         * @description The primary speaker is always confirmed; co-speakers confirm or decline
         * @enum {string}
         */
        ProposalSpeakerState: "invited" | "confirmed" | "declined";
        /** @enum {string} */
        ProposalStatus: "submitted" | "in-review" | "accepted" | "rejected" | "withdrawn";
        /** @enum {string} */
        ProposalSubmitter: "speaker" | "organiser";
        ProposalWithReviews: {
            abstract: components["schemas"]["MultilingualTextDto"];
            /**
             * @description Answers to the call's questions, by question key
             * @example {
             *       "level": "beginner"
             *     }
             */
            answers: {
                [key: string]: string | number | boolean;
            };
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description When accepted or rejected
             */
            decidedAt: string | null;
            /** @example 30 */
            durationMinutes: number;
            /** Format: uuid */
            eventId: string;
            /** Format: uuid */
            id: string;
            /** @example kk */
            language: components["schemas"]["SpeakerLanguage"];
            reviews: components["schemas"]["ProposalReview"][];
            /** @description The primary speaker first */
            speakers: components["schemas"]["ProposalSpeaker"][];
            /** @example submitted */
            status: components["schemas"]["ProposalStatus"];
            submittedBy: components["schemas"]["ProposalSubmitter"];
            title: components["schemas"]["MultilingualTextDto"];
            /** Format: uuid */
            trackId: string | null;
            /** @example talk */
            type: components["schemas"]["ProposalSessionKind"];
            /** Format: date-time */
            updatedAt: string;
            /**
             * @description Grows with every change
             * @example 1
             */
            version: number;
        };
        PublicCallChoiceOption: {
            /** @example beginner */
            key: string;
            /** @description In the answer’s language; null without text */
            label: string | null;
        };
        PublicCallForProposals: {
            /** Format: date-time */
            closesAt: string;
            /** @description Markdown */
            description: string | null;
            /**
             * @description Allowed durations in minutes, ascending; empty: anything from minDuration to maxDuration
             * @example [
             *       20,
             *       40
             *     ]
             */
            durations: number[];
            /** Format: uuid */
            eventId: string;
            /** @description The language of the texts */
            lang: components["schemas"]["SpeakerLanguage"];
            maxDuration: number;
            minDuration: number;
            /** Format: date-time */
            opensAt: string;
            /** @description Open from opensAt (inclusive) to closesAt (exclusive), at the moment of the answer */
            phase: components["schemas"]["CallPhase"];
            questions: components["schemas"]["PublicCallQuestion"][];
            /**
             * @example [
             *       "talk"
             *     ]
             */
            sessionTypes: components["schemas"]["ProposalSessionKind"][];
            title: string | null;
            /** @description Tracks a proposal may choose; empty: proposals have no track */
            trackIds: string[];
            version: number;
        };
        PublicCallQuestion: {
            /** @example audience */
            key: string;
            /** @description In the answer’s language; null without text */
            label: string | null;
            /** @description Choice questions only */
            options?: components["schemas"]["PublicCallChoiceOption"][];
            required: boolean;
            type: components["schemas"]["CallQuestionType"];
        };
        PublicEventOrganiser: {
            /** @description In the reader's language, with fallback */
            name: string | null;
            /**
             * @description organiser, partner, host, sponsor…
             * @example organiser
             */
            role: string;
        };
        PublicEventVenue: {
            /** @example Abay Ave 33a, Astana */
            address: string | null;
            /** @description In the reader's language, with fallback */
            name: string | null;
        };
        PublicEventView: {
            /** Format: date-time */
            cancellationDeadline: string | null;
            capacity: number | null;
            /** @description In the reader's language, with fallback */
            description: string | null;
            /** Format: date-time */
            endsAt: string;
            /** Format: uuid */
            id: string;
            /** @description The language of the texts */
            lang: components["schemas"]["Language"];
            organisers: components["schemas"]["PublicEventOrganiser"][];
            /** Format: date-time */
            registrationClosesAt: string | null;
            /** Format: date-time */
            registrationOpensAt: string | null;
            requiresApproval: boolean;
            /** @example creative-industries-astana-2024 */
            slug: string;
            /** Format: date-time */
            startsAt: string;
            status: components["schemas"]["EventStatus"];
            /** @example Asia/Almaty */
            timeZone: string;
            /** @description In the reader's language, with fallback */
            title: string | null;
            venue: components["schemas"]["PublicEventVenue"] | null;
            version: number;
        };
        PublicRegistrationConsentTerms: {
            crossBorderDetails?: string;
            crossBorderTransfer: boolean;
            dataCategories: components["schemas"]["RegistrationDataCategory"][];
            operatorBin: string | null;
            operatorName: string;
            publication: boolean;
            purposes: string;
            term: string;
            text: string;
            /**
             * @description Send it back as consent.textVersion when registering
             * @example default-1
             */
            textVersion: string;
            thirdParties?: string;
            thirdPartyTransfer: boolean;
        };
        PublicRegistrationForm: {
            consent: components["schemas"]["PublicRegistrationConsentTerms"];
            /** Format: uuid */
            eventId: string;
            /** @description The language chosen */
            language: components["schemas"]["RegistrationLanguage"];
            questions: components["schemas"]["PublicRegistrationFormQuestion"][];
            version: number;
        };
        PublicRegistrationFormChoiceOption: {
            label: string;
            /** @example culture */
            value: string;
        };
        PublicRegistrationFormQuestion: {
            help?: string;
            /** @description number: whole numbers only */
            integer?: boolean;
            /**
             * @description Key of the answer
             * @example department
             */
            key: string;
            label: string;
            /** @description number: largest allowed */
            max?: number;
            /**
             * Format: date
             * @description date: latest, inclusive
             */
            maxDate?: string;
            /** @description text: most characters */
            maxLength?: number;
            /** @description multi-choice: most selections */
            maxSelections?: number;
            /** @description number: smallest allowed */
            min?: number;
            /**
             * Format: date
             * @description date: earliest, inclusive
             */
            minDate?: string;
            /** @description multi-choice: fewest selections */
            minSelections?: number;
            options?: components["schemas"]["PublicRegistrationFormChoiceOption"][];
            /** @description Must be answered */
            required: boolean;
            type: components["schemas"]["RegistrationQuestionType"];
        };
        PublicSchedule: {
            event: components["schemas"]["PublicScheduleEvent"];
            /** @description The language of the texts */
            lang: components["schemas"]["Language"];
            rooms: components["schemas"]["PublicScheduleRoom"][];
            /** @description In start order */
            sessions: components["schemas"]["PublicScheduleSession"][];
            tracks: components["schemas"]["PublicScheduleTrack"][];
            version: components["schemas"]["PublicScheduleVersion"];
        };
        PublicScheduleEvent: {
            /** @description In the reader's language, with fallback */
            description: string | null;
            /** Format: date-time */
            endsAt: string;
            /** Format: uuid */
            id: string;
            /** @example creative-industries-astana-2024 */
            slug: string;
            /** Format: date-time */
            startsAt: string;
            /** @example Asia/Almaty */
            timeZone: string;
            /** @description In the reader's language, with fallback */
            title: string | null;
            venue: components["schemas"]["PublicScheduleVenue"] | null;
        };
        PublicScheduleRoom: {
            capacity: number | null;
            /** Format: uuid */
            id: string;
            /** @description In the reader's language, with fallback */
            name: string | null;
        };
        PublicScheduleSession: {
            /** @description In the reader's language, with fallback */
            abstract: string | null;
            /**
             * Format: date-time
             * @description Instant, in UTC
             */
            endsAt: string;
            /** Format: uuid */
            id: string;
            /** @description Spoken in the session */
            language: components["schemas"]["Language"];
            /**
             * Format: date-time
             * @description Wall-clock time in the event's time zone, with the offset then in force
             * @example 2024-02-05T10:00:00+05:00
             */
            localEnd: string;
            /**
             * Format: date-time
             * @description Wall-clock time in the event's time zone, with the offset then in force
             * @example 2024-02-05T10:00:00+05:00
             */
            localStart: string;
            /** Format: uuid */
            roomId: string;
            speakers: components["schemas"]["PublicScheduleSpeaker"][];
            /**
             * Format: date-time
             * @description Instant, in UTC
             */
            startsAt: string;
            /** @description In the reader's language, with fallback */
            title: string | null;
            /** Format: uuid */
            trackId: string | null;
            type: components["schemas"]["ProgrammeSessionType"];
        };
        PublicScheduleSpeaker: {
            /** Format: uuid */
            id: string;
            /** @description In the reader's language, with fallback */
            name: string | null;
        };
        PublicScheduleTrack: {
            /** @example #0a7cbf */
            colour: string;
            /** Format: uuid */
            id: string;
            /** @description In the reader's language, with fallback */
            name: string | null;
        };
        PublicScheduleVenue: {
            address: string | null;
            /** @description In the reader's language, with fallback */
            name: string | null;
        };
        PublicScheduleVersion: {
            /** @example v2 */
            name: string;
            number: number;
            /** Format: date-time */
            publishedAt: string;
        };
        /** @description A speaker’s public profile: never contact details. */
        PublicSpeaker: {
            /** @description The Markdown source, per language */
            biography: components["schemas"]["MultilingualTextDto"];
            /** @description The biography rendered and sanitised, per language: safe to insert into a page */
            biographyHtml: components["schemas"]["MultilingualTextDto"];
            fullName: components["schemas"]["MultilingualTextDto"];
            /**
             * Format: uuid
             * @example 0192f0c4-7f3a-7cc2-9a4e-5b8f1d2e3a4b
             */
            id: string;
            /**
             * @example [
             *       "kk",
             *       "ru"
             *     ]
             */
            languages: components["schemas"]["SpeakerLanguage"][];
            links: components["schemas"]["SpeakerLinkDto"][];
            /** @description Where the speaker works, per language */
            organisation: components["schemas"]["MultilingualTextDto"];
            /**
             * Format: uri
             * @example https://cdn.example.kz/speakers/asanova.jpg
             */
            photoUrl: string | null;
            /** @description Job title, per language */
            position: components["schemas"]["MultilingualTextDto"];
        };
        PublicSpeakerAgenda: {
            items: components["schemas"]["PublicSpeakerAgendaSession"][];
            /** Format: uuid */
            speakerId: string;
        };
        PublicSpeakerAgendaSession: {
            /**
             * Format: date-time
             * @description Null while unscheduled
             */
            endsAt: string | null;
            /** Format: uuid */
            eventId: string;
            /**
             * @description The language the session is held in
             * @example kk
             */
            language: string;
            /** Format: uuid */
            roomId: string | null;
            /** @description The published schedule version the session is shown in */
            scheduleVersion: number | null;
            /** Format: uuid */
            sessionId: string;
            /**
             * Format: date-time
             * @description Null while unscheduled
             */
            startsAt: string | null;
            /**
             * @description The event's IANA time zone, once the event was published
             * @example Asia/Almaty
             */
            timeZone: string | null;
            title: components["schemas"]["MultilingualTextDto"];
            /** Format: uuid */
            trackId: string | null;
            /**
             * @description The kind of session, as the programme names it
             * @example talk
             */
            type: string;
        };
        PublishScheduleDto: {
            /** @description Public changelog comment */
            comment?: string;
            /**
             * @description Publish despite room or speaker clashes
             * @default false
             */
            force?: boolean;
            /**
             * @description Defaults to v<number>
             * @example v2 — day 2 rooms swapped
             */
            name?: string;
        };
        QuestionResult: {
            /** @description Responses that answered it */
            answered: number;
            /** @description Counts per scale point (every point, zeros included) or per choice (every option) */
            distribution: components["schemas"]["ResultCount"][];
            /** @enum {string} */
            kind: "rating" | "nps" | "single-choice" | "multiple-choice" | "text";
            /** @description Rating and 0–10 questions */
            mean?: components["schemas"]["MeanWithInterval"];
            /** @description 0–10 (recommendation) questions */
            nps?: components["schemas"]["NetPromoterScore"];
            position: number;
            /** Format: uuid */
            questionId: string;
            /** @description Free-text answers in all */
            textCount?: number;
            /** @description Why the free text is not shown */
            textNote?: string;
            /** @description Free text (at most 200, in the order of the text) where the caller may read it */
            texts?: components["schemas"]["ResultText"][];
        };
        RankedProposal: {
            /**
             * @description Mean score per criterion key; null without reviews
             * @example {
             *       "relevance": 3.5
             *     }
             */
            criteria: {
                [key: string]: number | null;
            };
            durationMinutes: number;
            /** Format: uuid */
            proposalId: string;
            /** @description 1 is the best */
            rank: number;
            reviewCount: number;
            /** @description Standard deviation of the reviews' weighted scores: how much reviewers disagree */
            spread: number | null;
            /** @example submitted */
            status: components["schemas"]["ProposalStatus"];
            title: components["schemas"]["MultilingualTextDto"];
            /** Format: uuid */
            trackId: string | null;
            /** @example talk */
            type: components["schemas"]["ProposalSessionKind"];
            /** @description Mean of the reviews' weighted scores (0..maxScore), three decimals; null without reviews */
            weightedMean: number | null;
        };
        RateLimitDefaults: {
            apiKeyPerMinute: number;
            personPerMinute: number;
        };
        RateLimitSettings: {
            /** @description Requests per window for each of the organisation's API keys; null: the default */
            apiKeyPerMinute: number | null;
            defaults: components["schemas"]["RateLimitDefaults"];
            /** Format: uuid */
            organisationId: string;
            /** @description Requests per window for each signed-in person; null: the default */
            personPerMinute: number | null;
            /**
             * @description The window the limits count in
             * @example 60
             */
            windowSeconds: number;
        };
        RateLimitSettingsDto: {
            apiKeyPerMinute?: number | null;
            personPerMinute?: number | null;
        };
        RegionSeats: {
            /** @description Registrations of the region holding a seat */
            holders: number;
            /** @example KZ-71 */
            regionCode: string;
            /** @description Seats of the region taken as its counter says */
            taken: number;
        };
        Registration: {
            /**
             * Format: date-time
             * @description Set once the personal data was erased; the row then keeps only statistics
             */
            anonymisedAt: string | null;
            /**
             * @description Answers to the event's own questions, keyed by question key
             * @example {
             *       "department": "culture",
             *       "years_in_service": 4
             *     }
             */
            answers: {
                [key: string]: string | number | boolean | string[];
            };
            /**
             * Format: date
             * @description Only with the personal-data scope
             */
            birthDate: string | null;
            channel: components["schemas"]["RegistrationChannel"];
            /** @description The QR payload: a signed token scanners verify offline with the published key */
            checkInToken: string;
            /**
             * @description The short code for the door
             * @example ABCDE-23456
             */
            confirmationCode: string;
            /** @description The terms themselves only in a single registration’s view; null only on rows older than consent */
            consent: (components["schemas"]["RegistrationConsent"] | null) & components["schemas"]["RegistrationConsent"];
            /** Format: date-time */
            createdAt: string;
            /**
             * @description Masked (`a***@akimat.kz`) without the personal-data scope; null once anonymised
             * @example aigerim@akimat.kz
             */
            email: string | null;
            /** Format: uuid */
            eventId: string;
            /** @example MCS-2024-000123 */
            externalReference: string | null;
            /**
             * @description null once anonymised
             * @example Айгерім Сәрсенова
             */
            fullName: string | null;
            /** Format: uuid */
            id: string;
            /**
             * @description Masked without the personal-data scope
             * @example 900101399030
             */
            iin: string | null;
            /**
             * Format: date-time
             * @description While offered: when the held seat passes on
             */
            offerExpiresAt: string | null;
            organisation: string | null;
            /**
             * @description Masked without the personal-data scope
             * @example +77011234567
             */
            phone: string | null;
            position: string | null;
            preferredLanguage: components["schemas"]["RegistrationLanguage"];
            /** @example KZ-71 */
            regionCode: string | null;
            /** @description Only for organisers, once rejected */
            rejectionReason?: string | null;
            /**
             * @description Only with the personal-data scope
             * @enum {string|null}
             */
            sex: "male" | "female" | null;
            /** @example confirmed */
            status: components["schemas"]["RegistrationStatus"];
            /** Format: date-time */
            updatedAt: string;
            /** @description Grows with every change */
            version: number;
            /**
             * Format: date-time
             * @description When it joined the waitlist (FIFO order), while waitlisted
             */
            waitlistedAt: string | null;
            /** @description Only in a single registration’s view, while waitlisted: 1 for the next in line. A region whose quota is full may let later ones in a region with room go first. */
            waitlistPosition?: number | null;
        };
        RegistrationChangesPage: {
            /** @description More changes are ready now; call again at once */
            hasMore: boolean;
            /** @description The registrations as they are now, each once per change, oldest change first */
            items: components["schemas"]["Registration"][];
            /** @description Always set: store it and send it back as `cursor` on the next call, even when items is empty */
            nextCursor: string;
        };
        /** @enum {string} */
        RegistrationChannel: "self" | "import" | "api" | "admin";
        RegistrationConsent: {
            /** @enum {boolean} */
            accepted: true;
            channel: components["schemas"]["RegistrationChannel"];
            /** Format: date-time */
            givenAt: string;
            /** @description Without `terms`: BIN of the operator the consent was given to */
            operatorBin?: string | null;
            /** @description The terms as accepted */
            terms?: components["schemas"]["RegistrationConsentTerms"];
            /** @example default-1 */
            textVersion: string;
        };
        RegistrationConsentDto: {
            /**
             * @description Must be true
             * @example true
             */
            accepted: boolean;
            /**
             * @description consent.textVersion of the event form shown
             * @example default-1
             */
            textVersion: string;
        };
        RegistrationConsentTerms: {
            crossBorderDetails?: components["schemas"]["MultilingualTextDto"];
            crossBorderTransfer: boolean;
            dataCategories: components["schemas"]["RegistrationDataCategory"][];
            /**
             * @description BIN of the operator; null only in the built-in default when the deployment set none
             * @example 123456789012
             */
            operatorBin: string | null;
            /** @description The personal-data operator */
            operatorName: components["schemas"]["MultilingualTextDto"];
            publication: boolean;
            purposes: components["schemas"]["MultilingualTextDto"];
            /** @description How long the data is processed and kept */
            term: components["schemas"]["MultilingualTextDto"];
            /** @description The consent text itself */
            text: components["schemas"]["MultilingualTextDto"];
            /**
             * @description Changes whenever the terms change; a registration names the version it accepted
             * @example default-1
             */
            textVersion: string;
            thirdParties?: components["schemas"]["MultilingualTextDto"];
            thirdPartyTransfer: boolean;
        };
        /** @enum {string} */
        RegistrationDataCategory: "fullName" | "email" | "phone" | "iin" | "birthDate" | "sex" | "region" | "organisation" | "position" | "answers";
        RegistrationForm: {
            consent: components["schemas"]["RegistrationConsentTerms"];
            /** Format: uuid */
            eventId: string;
            /** @description The organiser has set no form: no questions, the default consent */
            isDefault: boolean;
            questions: components["schemas"]["RegistrationFormQuestion"][];
            /**
             * Format: date-time
             * @description null for the default form
             */
            updatedAt: string | null;
            /** @description 0 for the built-in default form, else 1, 2, … per change */
            version: number;
        };
        RegistrationFormChoiceOption: {
            label: components["schemas"]["MultilingualTextDto"];
            /**
             * @description Stored in answers
             * @example culture
             */
            value: string;
        };
        RegistrationFormDto: {
            consent: components["schemas"]["ConsentTermsDto"];
            questions: components["schemas"]["FormQuestionDto"][];
        };
        RegistrationFormQuestion: {
            help?: components["schemas"]["MultilingualTextDto"];
            /** @description number: whole numbers only */
            integer?: boolean;
            /**
             * @description Key of the answer
             * @example department
             */
            key: string;
            label: components["schemas"]["MultilingualTextDto"];
            /** @description number: largest allowed */
            max?: number;
            /**
             * Format: date
             * @description date: latest, inclusive
             */
            maxDate?: string;
            /** @description text: most characters */
            maxLength?: number;
            /** @description multi-choice: most selections */
            maxSelections?: number;
            /** @description number: smallest allowed */
            min?: number;
            /**
             * Format: date
             * @description date: earliest, inclusive
             */
            minDate?: string;
            /** @description multi-choice: fewest selections */
            minSelections?: number;
            /** @description choice and multi-choice */
            options?: components["schemas"]["RegistrationFormChoiceOption"][];
            /** @description Must be answered */
            required: boolean;
            type: components["schemas"]["RegistrationQuestionType"];
        };
        RegistrationImportCounts: {
            /** @description Real run */
            created?: number;
            /** @description Real run: invalid rows and rows the domain refused (event full, e-mail taken …) */
            failed?: number;
            invalid: number;
            total: number;
            /** @description Real run */
            unchanged?: number;
            /** @description Real run */
            updated?: number;
            valid: number;
            /** @description Dry run */
            wouldAwaitApproval?: number;
            /** @description Dry run */
            wouldBeRefused?: number;
            /** @description Dry run: of those to create, as the seats stand now */
            wouldConfirm?: number;
            /** @description Dry run: registrations a real run would create */
            wouldCreate?: number;
            /** @description Dry run */
            wouldStayUnchanged?: number;
            /** @description Dry run */
            wouldUpdate?: number;
            /** @description Dry run */
            wouldWaitlist?: number;
        };
        /** @enum {string} */
        RegistrationImportFormat: "csv" | "json";
        RegistrationImportReport: {
            counts: components["schemas"]["RegistrationImportCounts"];
            /**
             * @description CSV: the delimiter recognised
             * @enum {string}
             */
            delimiter?: "," | ";" | "\t";
            dryRun: boolean;
            /**
             * @description CSV: the encoding recognised
             * @enum {string}
             */
            encoding?: "utf-8" | "windows-1251";
            format: components["schemas"]["RegistrationImportFormat"];
            /** @description Header cells that name no field; their cells were ignored */
            ignoredColumns: string[];
            problems: components["schemas"]["RegistrationImportRowProblem"][];
        };
        RegistrationImportRow: {
            /** @example aigerim@akimat.kz */
            email: string;
            /**
             * @description Re-sending it updates that registration
             * @example MCS-2024-000123
             */
            externalReference?: string;
            /** @example Айгерім Сәрсенова */
            fullName: string;
            /**
             * @description 12 digits
             * @example 900101399030
             */
            iin?: string;
            organisation?: string;
            /** @example +77011234567 */
            phone?: string;
            position?: string;
            /**
             * @description kk, ru or en (names such as «русский» are understood)
             * @example kk
             */
            preferredLanguage?: string;
            /**
             * @description Region code, or its name in kk/ru/en
             * @example KZ-71
             */
            regionCode?: string;
        };
        RegistrationImportRowProblem: {
            /** @example isIin */
            code: string;
            /**
             * @description The CSV header the field was read from
             * @example ИИН
             */
            column?: string;
            /**
             * @description The API field (`iin`, `regionCode` …), `row` for the row as a whole, null for a domain refusal
             * @example iin
             */
            field: string | null;
            /** @description Physical line of a CSV file the row starts on */
            line?: number;
            /** @description In the language of the report */
            message: string;
            /** @description Data row, 1-based, header excluded */
            row: number;
        };
        /** @enum {string} */
        RegistrationLanguage: "kk" | "ru" | "en";
        RegistrationPage: {
            items: components["schemas"]["Registration"][];
            /** @description Pass as `cursor` to read the next page; null on the last page. */
            nextCursor: string | null;
        };
        /**
         * @description `auto`: the next in line is confirmed at once; `offer`: the seat is held for them until the offer lapses
         * @enum {string}
         */
        RegistrationPromotionMode: "auto" | "offer";
        /** @enum {string} */
        RegistrationQuestionType: "text" | "number" | "choice" | "multi-choice" | "boolean" | "date";
        /** @enum {string} */
        RegistrationStatus: "pending" | "confirmed" | "waitlisted" | "offered" | "cancelled" | "rejected";
        RegistrationWithManagementToken: {
            /**
             * Format: date-time
             * @description Set once the personal data was erased; the row then keeps only statistics
             */
            anonymisedAt: string | null;
            /**
             * @description Answers to the event's own questions, keyed by question key
             * @example {
             *       "department": "culture",
             *       "years_in_service": 4
             *     }
             */
            answers: {
                [key: string]: string | number | boolean | string[];
            };
            /**
             * Format: date
             * @description Only with the personal-data scope
             */
            birthDate: string | null;
            channel: components["schemas"]["RegistrationChannel"];
            /** @description The QR payload: a signed token scanners verify offline with the published key */
            checkInToken: string;
            /**
             * @description The short code for the door
             * @example ABCDE-23456
             */
            confirmationCode: string;
            /** @description The terms themselves only in a single registration’s view; null only on rows older than consent */
            consent: (components["schemas"]["RegistrationConsent"] | null) & components["schemas"]["RegistrationConsent"];
            /** Format: date-time */
            createdAt: string;
            /**
             * @description Masked (`a***@akimat.kz`) without the personal-data scope; null once anonymised
             * @example aigerim@akimat.kz
             */
            email: string | null;
            /** Format: uuid */
            eventId: string;
            /** @example MCS-2024-000123 */
            externalReference: string | null;
            /**
             * @description null once anonymised
             * @example Айгерім Сәрсенова
             */
            fullName: string | null;
            /** Format: uuid */
            id: string;
            /**
             * @description Masked without the personal-data scope
             * @example 900101399030
             */
            iin: string | null;
            /** @description The participant’s management token (`Authorization: Bearer …` on the self-service routes); only when the registration was created */
            managementToken: string;
            /**
             * Format: date-time
             * @description While offered: when the held seat passes on
             */
            offerExpiresAt: string | null;
            organisation: string | null;
            /**
             * @description Masked without the personal-data scope
             * @example +77011234567
             */
            phone: string | null;
            position: string | null;
            preferredLanguage: components["schemas"]["RegistrationLanguage"];
            /** @example KZ-71 */
            regionCode: string | null;
            /** @description Only for organisers, once rejected */
            rejectionReason?: string | null;
            /**
             * @description Only with the personal-data scope
             * @enum {string|null}
             */
            sex: "male" | "female" | null;
            /** @example confirmed */
            status: components["schemas"]["RegistrationStatus"];
            /** Format: date-time */
            updatedAt: string;
            /** @description Grows with every change */
            version: number;
            /**
             * Format: date-time
             * @description When it joined the waitlist (FIFO order), while waitlisted
             */
            waitlistedAt: string | null;
            /** @description Only in a single registration’s view, while waitlisted: 1 for the next in line. A region whose quota is full may let later ones in a region with room go first. */
            waitlistPosition?: number | null;
        };
        RejectRegistrationDto: {
            /**
             * @description Kept with the registration for organisers; never sent in events
             * @example Not a staff member of a regional akimat
             */
            reason: string;
        };
        ReplayWebhookEventsDto: {
            /**
             * Format: date-time
             * @example 2026-12-01T00:00:00Z
             */
            from: string;
            /**
             * Format: date-time
             * @description After `from`, at most 366 days later (else a 400 `replayRange`)
             * @example 2026-12-02T00:00:00Z
             */
            to: string;
        };
        ResultCount: {
            count: number;
            /**
             * @description The scale point, or the choice id
             * @example 4
             */
            value: string;
        };
        ResultsBreakdown: {
            /** @enum {string} */
            by: "region" | "sex" | "age-band";
            cells: components["schemas"]["BreakdownCell"][];
            /** @description Smallest cell shown (k) */
            minCellSize: number;
            /** @description Why cells are hidden, when any are */
            note?: string;
        };
        ResultText: {
            /**
             * Format: uuid
             * @description Who wrote it: non-anonymous surveys only
             */
            registrationId?: string;
            text: string;
        };
        RetentionDto: {
            /**
             * @description Days after the event ends
             * @example 90
             */
            days: number;
        };
        ReviewerProposal: {
            abstract: components["schemas"]["MultilingualTextDto"];
            /**
             * @description Answers to the call's questions, by question key
             * @example {
             *       "level": "beginner"
             *     }
             */
            answers: {
                [key: string]: string | number | boolean;
            };
            durationMinutes: number;
            /** Format: uuid */
            id: string;
            language: components["schemas"]["SpeakerLanguage"];
            /** @description The caller's review; null before they write one */
            myReview: components["schemas"]["ReviewerReview"] | null;
            /** @description Whether reviews can still be written (not yet decided) */
            reviewable: boolean;
            /** @description Absent in an anonymous call; public profile fields only, declined co-speakers left out */
            speakers?: components["schemas"]["ReviewerProposalSpeaker"][];
            /** @example submitted */
            status: components["schemas"]["ProposalStatus"];
            title: components["schemas"]["MultilingualTextDto"];
            /** Format: uuid */
            trackId: string | null;
            /** @example talk */
            type: components["schemas"]["ProposalSessionKind"];
        };
        ReviewerProposalSpeaker: {
            fullName: components["schemas"]["MultilingualTextDto"];
            organisation: components["schemas"]["MultilingualTextDto"];
            /** @description Job title */
            position: components["schemas"]["MultilingualTextDto"];
            /** Format: uuid */
            speakerId: string;
        };
        ReviewerReview: {
            comment: string | null;
            /** Format: date-time */
            createdAt: string;
            /**
             * @description A score from 0 to the call's maxScore per criterion key
             * @example {
             *       "relevance": 4
             *     }
             */
            scores: {
                [key: string]: number;
            };
            /** Format: date-time */
            updatedAt: string;
            /** @description Σ(weight × score) / Σ weight */
            weightedScore: number | null;
        };
        ReviewerReviewResult: {
            comment: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            proposalId: string;
            /** @example submitted */
            proposalStatus: components["schemas"]["ProposalStatus"];
            /**
             * @description A score from 0 to the call's maxScore per criterion key
             * @example {
             *       "relevance": 4
             *     }
             */
            scores: {
                [key: string]: number;
            };
            /** Format: date-time */
            updatedAt: string;
            /** @description Σ(weight × score) / Σ weight */
            weightedScore: number | null;
        };
        ReviewQueue: {
            /** @description Reviewers see no speaker at all */
            anonymous: boolean;
            criteria: components["schemas"]["CallReviewCriterion"][];
            /** Format: uuid */
            eventId: string;
            items: components["schemas"]["ReviewerProposal"][];
            /** @description Scores run from 0 to this */
            maxScore: number;
            /** @description Pass as `cursor` to read the next page; null on the last page. */
            nextCursor: string | null;
        };
        RoleAssignmentDto: {
            /**
             * Format: uuid
             * @description Only this event of the organisation; absent: the whole organisation
             */
            eventId?: string;
            /**
             * @description Unmasked IIN, phone, e-mail and birth date on top of the role
             * @default false
             */
            personalData?: boolean;
            role: components["schemas"]["AccessRole"];
        };
        RotateApiKeyDto: {
            /**
             * @description How long the old secret stays valid beside the new one
             * @default 3600
             */
            overlapSeconds?: number;
        };
        RotatedWebhookSecret: {
            /**
             * Format: date-time
             * @description Until then deliveries carry two signatures, by the new and the previous secret; null: no overlap
             */
            previousSecretExpiresAt: string | null;
            /**
             * @description The new signing secret, shown once.
             * @example whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD
             */
            secret: string;
        };
        RotateWebhookSecretDto: {
            /**
             * @description How long the previous secret keeps signing beside the new one (seconds; 0: not at all).
             * @default 86400
             */
            overlapSeconds?: number;
        };
        ScheduleChangesResponse: {
            added: string[];
            /** @description Gone from the schedule */
            cancelled: string[];
            /** @description Content, speakers or track */
            changed: string[];
            /** @description Room or time changed */
            moved: components["schemas"]["ScheduleSessionMoveResponse"][];
        };
        ScheduleSessionMoveResponse: {
            from: components["schemas"]["ScheduleSlotResponse"];
            /** Format: uuid */
            sessionId: string;
            to: components["schemas"]["ScheduleSlotResponse"];
        };
        ScheduleSlotResponse: {
            /** Format: date-time */
            endsAt: string | null;
            /** Format: uuid */
            roomId: string | null;
            /** Format: date-time */
            startsAt: string | null;
        };
        ScheduleSnapshotEvent: {
            description: components["schemas"]["MultilingualTextDto"];
            /** Format: date-time */
            endsAt: string;
            /** Format: uuid */
            id: string;
            /** @example creative-industries-astana-2024 */
            slug: string;
            /** Format: date-time */
            startsAt: string;
            /** @example Asia/Almaty */
            timeZone: string;
            title: components["schemas"]["MultilingualTextDto"];
            /**
             * Format: uri
             * @description Public event page, if any
             */
            url?: string | null;
            venue: components["schemas"]["ScheduleSnapshotVenue"] | null;
        };
        ScheduleSnapshotResponse: {
            event: components["schemas"]["ScheduleSnapshotEvent"];
            rooms: components["schemas"]["ScheduleSnapshotRoom"][];
            /** @description Confirmed sessions placed in a room and slot, in start order */
            sessions: components["schemas"]["ScheduleSnapshotSession"][];
            tracks: components["schemas"]["ScheduleSnapshotTrack"][];
            version: components["schemas"]["ScheduleSnapshotVersion"];
        };
        ScheduleSnapshotRoom: {
            capacity: number | null;
            /** Format: uuid */
            id: string;
            name: components["schemas"]["MultilingualTextDto"];
            position: number;
        };
        ScheduleSnapshotSession: {
            abstract: components["schemas"]["MultilingualTextDto"];
            /** Format: date-time */
            endsAt: string;
            /** Format: uuid */
            id: string;
            language: components["schemas"]["Language"];
            /** Format: uuid */
            roomId: string;
            speakers: components["schemas"]["ScheduleSnapshotSpeaker"][];
            /** Format: date-time */
            startsAt: string;
            title: components["schemas"]["MultilingualTextDto"];
            /** Format: uuid */
            trackId: string | null;
            type: components["schemas"]["ProgrammeSessionType"];
        };
        ScheduleSnapshotSpeaker: {
            /** Format: uuid */
            id: string;
            /** @description Empty when the name was not yet known */
            name: components["schemas"]["MultilingualTextDto"];
        };
        ScheduleSnapshotTrack: {
            /** @example #0a7cbf */
            colour: string;
            /** Format: uuid */
            id: string;
            name: components["schemas"]["MultilingualTextDto"];
        };
        ScheduleSnapshotVenue: {
            address?: string;
            name: components["schemas"]["MultilingualTextDto"];
        };
        ScheduleSnapshotVersion: {
            name: string;
            number: number;
            /** Format: date-time */
            publishedAt: string;
        };
        ScheduleVersionDetail: {
            changelog: components["schemas"]["ScheduleChangesResponse"];
            /** @description Public changelog comment */
            comment: string | null;
            /** Format: uuid */
            eventId: string;
            /** @description Published despite room or speaker clashes */
            forced: boolean;
            /** @example v2 — day 2 rooms swapped */
            name: string;
            /** @example 2 */
            number: number;
            /** Format: date-time */
            publishedAt: string;
            snapshot: components["schemas"]["ScheduleSnapshotResponse"];
        };
        ScheduleVersionList: {
            /** @description The latest 100, newest first */
            items: components["schemas"]["ScheduleVersionResponse"][];
        };
        ScheduleVersionResponse: {
            changelog: components["schemas"]["ScheduleChangesResponse"];
            /** @description Public changelog comment */
            comment: string | null;
            /** Format: uuid */
            eventId: string;
            /** @description Published despite room or speaker clashes */
            forced: boolean;
            /** @example v2 — day 2 rooms swapped */
            name: string;
            /** @example 2 */
            number: number;
            /** Format: date-time */
            publishedAt: string;
        };
        /** @description A seat offered from the waitlist, as its e-mail link shows it */
        SeatOffer: {
            /** Format: uuid */
            eventId: string;
            /** @description In the negotiated language (another when missing), else the event’s slug */
            eventTitle: string;
            /**
             * Format: date-time
             * @description Until when the seat is held
             */
            offerExpiresAt: string;
        };
        SeatOfferAcceptance: {
            /** @description The `token` of the offer e-mail’s link */
            token: string;
        };
        SeatOfferAccepted: {
            /** Format: uuid */
            eventId: string;
            /** Format: uuid */
            registrationId: string;
            /** @enum {string} */
            status: "confirmed";
        };
        SelfSessionSignUps: {
            /** Format: uuid */
            registrationId: string;
            /** @description The event’s sessions, cancelled ones left out */
            sessions: components["schemas"]["SignUpSessionSeats"][];
            signUps: components["schemas"]["SessionSignUp"][];
        };
        SelfSubmittedProposal: {
            abstract: components["schemas"]["MultilingualTextDto"];
            /**
             * @description Answers to the call's questions, by question key
             * @example {
             *       "level": "beginner"
             *     }
             */
            answers: {
                [key: string]: string | number | boolean;
            };
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description When accepted or rejected
             */
            decidedAt: string | null;
            /** @example 30 */
            durationMinutes: number;
            /** Format: uuid */
            eventId: string;
            /** Format: uuid */
            id: string;
            /** @description Links for the new co-speakers the proposal named; in this answer only */
            invitations: components["schemas"]["ProposalSpeakerInvitation"][];
            /** @example kk */
            language: components["schemas"]["SpeakerLanguage"];
            /** @description The caller's role on the proposal */
            myRole: components["schemas"]["ProposalSpeakerRole"];
            /** @description The primary speaker first */
            speakers: components["schemas"]["SpeakerProposalSpeaker"][];
            /** @example submitted */
            status: components["schemas"]["ProposalStatus"];
            title: components["schemas"]["MultilingualTextDto"];
            /** Format: uuid */
            trackId: string | null;
            /** @example talk */
            type: components["schemas"]["ProposalSessionKind"];
            /** Format: date-time */
            updatedAt: string;
            /**
             * @description Grows with every change
             * @example 1
             */
            version: number;
        };
        SelfSurvey: {
            anonymous: boolean;
            /** @description Whether one has answered it (and may still edit the answer while open) */
            answered: boolean;
            /** Format: date-time */
            closesAt: string;
            /** Format: date */
            day: string | null;
            /** Format: uuid */
            eventId: string;
            /** Format: uuid */
            id: string;
            /** @description Published and now within [opensAt, closesAt) */
            open: boolean;
            /** Format: date-time */
            opensAt: string;
            /** @enum {string} */
            purpose: "evaluation" | "pre-test" | "post-test";
            questions: components["schemas"]["SelfSurveyQuestion"][];
            /** @enum {string} */
            scope: "event" | "day" | "session";
            /** Format: uuid */
            sessionId: string | null;
            /** @enum {string} */
            status: "published" | "closed";
            /** @description In the negotiated language */
            title: string;
        };
        SelfSurveyAnswer: {
            choiceIds: string[] | null;
            /** Format: uuid */
            questionId: string;
            rating: number | null;
            text: string | null;
        };
        SelfSurveyList: {
            items: components["schemas"]["SelfSurveySummary"][];
        };
        SelfSurveyOption: {
            /** @example a */
            id: string;
            /** @description In the negotiated language */
            label: string;
        };
        SelfSurveyQuestion: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "rating" | "nps" | "single-choice" | "multiple-choice" | "text";
            maxLabel: string | null;
            maxLength: number | null;
            minLabel: string | null;
            options: components["schemas"]["SelfSurveyOption"][] | null;
            position: number;
            /** @description In the negotiated language */
            prompt: string;
            required: boolean;
            scaleMax: number | null;
            scaleMin: number | null;
        };
        SelfSurveyResponse: {
            answers: components["schemas"]["SelfSurveyAnswer"][];
            maxScore: number | null;
            /** @description Knowledge tests: scored questions answered correctly */
            score: number | null;
            /** Format: uuid */
            surveyId: string;
            /** @description Counts the edits */
            version: number;
        };
        SelfSurveySummary: {
            anonymous: boolean;
            /** @description Whether one has answered it (and may still edit the answer while open) */
            answered: boolean;
            /** Format: date-time */
            closesAt: string;
            /** Format: date */
            day: string | null;
            /** Format: uuid */
            eventId: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            opensAt: string;
            /** @enum {string} */
            purpose: "evaluation" | "pre-test" | "post-test";
            /** @enum {string} */
            scope: "event" | "day" | "session";
            /** Format: uuid */
            sessionId: string | null;
            /** @enum {string} */
            status: "published" | "closed";
            /** @description In the negotiated language */
            title: string;
        };
        SessionSignUp: {
            /**
             * Format: date-time
             * @description Set once the sign-up was cancelled
             */
            cancelledAt: string | null;
            /** Format: date-time */
            endsAt: string | null;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            registrationId: string;
            /** Format: uuid */
            sessionId: string;
            /** @description The session’s status */
            sessionStatus: components["schemas"]["SignUpSessionStatus"];
            /** Format: date-time */
            signedUpAt: string;
            /** Format: date-time */
            startsAt: string | null;
            /** @description The session’s title */
            title: components["schemas"]["MultilingualTextDto"];
        };
        SessionSignUpList: {
            items: components["schemas"]["SessionSignUp"][];
        };
        SetPasswordDto: {
            /** Format: password */
            password: string;
            /** @description The one-time token handed out when the member was added */
            token: string;
        };
        SignedInMe: {
            /** @description Send it in the X-CSRF-Token header with every write made with the cookie */
            csrfToken: string;
            /**
             * Format: date-time
             * @description The session ends then, however active it is
             */
            expiresAt: string;
            grants: components["schemas"]["AccessGrant"][];
            /**
             * Format: date-time
             * @description The session ends then unless it is used before
             */
            idleExpiresAt: string;
            /**
             * Format: uuid
             * @description The organisation acted for (X-Jiyn-Organisation header to choose); null with none
             */
            organisationId: string | null;
            organisations: components["schemas"]["SignedInOrganisation"][];
            person: components["schemas"]["SignedInPerson"];
            /** @example person:5b7c1f0e-2f7a-4b8e-9a51-0c3d2e1f4a6b */
            principalId: string;
            scopes: components["schemas"]["AccessScope"][];
        };
        SignedInOrganisation: {
            /** Format: uuid */
            id: string;
            name: components["schemas"]["MultilingualTextDto"];
            roles: components["schemas"]["SignedInRole"][];
            /** @example mci */
            slug: string;
        };
        SignedInPerson: {
            /** @example Айгерім Серікқызы */
            displayName: string;
            /**
             * Format: email
             * @example aigerim@mci.gov.kz
             */
            email: string;
            /** Format: uuid */
            id: string;
            preferredLanguage: components["schemas"]["AccessLanguage"];
            totpEnabled: boolean;
        };
        SignedInRole: {
            /**
             * Format: uuid
             * @description The event the role is limited to; null: the whole organisation
             */
            eventId: string | null;
            personalData: boolean;
            role: components["schemas"]["AccessRole"];
        };
        SignedOutEverywhere: {
            /** @description How many sessions of the person were ended */
            sessionsEnded: number;
        };
        SignInDto: {
            /**
             * Format: email
             * @example aigerim@mci.gov.kz
             */
            email: string;
            /** Format: password */
            password: string;
            /** @description One of the recovery codes shown at TOTP enrolment, instead of totpCode */
            recoveryCode?: string;
            /**
             * @description Code from the authenticator app, when TOTP is enrolled
             * @example 123456
             */
            totpCode?: string;
        };
        SignInSession: {
            /** @description Send it in the X-CSRF-Token header with every write made with the cookie */
            csrfToken: string;
            /**
             * Format: date-time
             * @description The session ends then, however active it is
             */
            expiresAt: string;
            /**
             * Format: date-time
             * @description The session ends then unless it is used before
             */
            idleExpiresAt: string;
        };
        SignUpSessionSeats: {
            /** @description Seats of the session; null: it takes no sign-ups */
            capacity: number | null;
            /** Format: date-time */
            endsAt: string | null;
            /** @description 0 once cancelled */
            seatsLeft: number;
            /** Format: uuid */
            sessionId: string;
            signedUp: number;
            /** Format: date-time */
            startsAt: string | null;
            status: components["schemas"]["SignUpSessionStatus"];
            title: components["schemas"]["MultilingualTextDto"];
        };
        SignUpSessionSeatsList: {
            items: components["schemas"]["SignUpSessionSeats"][];
        };
        /** @enum {string} */
        SignUpSessionStatus: "draft" | "confirmed" | "cancelled";
        Speaker: {
            /** @description The Markdown source, per language */
            biography: components["schemas"]["MultilingualTextDto"];
            /** @description The biography rendered and sanitised, per language: safe to insert into a page */
            biographyHtml: components["schemas"]["MultilingualTextDto"];
            /** Format: date-time */
            createdAt: string;
            /**
             * @description Private. Masked (`a***@example.kz`) unless the caller may see personal data
             * @example a.asanova@example.kz
             */
            email: string | null;
            fullName: components["schemas"]["MultilingualTextDto"];
            /**
             * Format: uuid
             * @example 0192f0c4-7f3a-7cc2-9a4e-5b8f1d2e3a4b
             */
            id: string;
            /**
             * @example [
             *       "kk",
             *       "ru"
             *     ]
             */
            languages: components["schemas"]["SpeakerLanguage"][];
            links: components["schemas"]["SpeakerLinkDto"][];
            /** @description Where the speaker works, per language */
            organisation: components["schemas"]["MultilingualTextDto"];
            /**
             * Format: uuid
             * @description The owning organisation; null only for profiles from before organisations
             */
            organisationId: string | null;
            /**
             * @description Private. Masked unless the caller may see personal data
             * @example +77011234567
             */
            phone: string | null;
            /**
             * Format: uri
             * @example https://cdn.example.kz/speakers/asanova.jpg
             */
            photoUrl: string | null;
            /** @description Job title, per language */
            position: components["schemas"]["MultilingualTextDto"];
            /** Format: date-time */
            updatedAt: string;
            /**
             * @description Grows with every change
             * @example 1
             */
            version: number;
        };
        SpeakerAgenda: {
            items: components["schemas"]["SpeakerAgendaSession"][];
            /** Format: uuid */
            speakerId: string;
        };
        /** @enum {string} */
        SpeakerAgendaFormat: "json" | "ics";
        SpeakerAgendaSession: {
            /**
             * Format: date-time
             * @description Null while unscheduled
             */
            endsAt: string | null;
            /** Format: uuid */
            eventId: string;
            /**
             * @description The language the session is held in
             * @example kk
             */
            language: string;
            /** Format: uuid */
            roomId: string | null;
            /** Format: uuid */
            sessionId: string;
            /**
             * Format: date-time
             * @description Null while unscheduled
             */
            startsAt: string | null;
            status: components["schemas"]["SpeakerAgendaSessionStatus"];
            /**
             * @description The event's IANA time zone, once the event was published
             * @example Asia/Almaty
             */
            timeZone: string | null;
            title: components["schemas"]["MultilingualTextDto"];
            /** Format: uuid */
            trackId: string | null;
            /**
             * @description The kind of session, as the programme names it
             * @example talk
             */
            type: string;
            /** @description The session's version in the programme */
            version: number;
        };
        /** @enum {string} */
        SpeakerAgendaSessionStatus: "draft" | "confirmed" | "cancelled";
        SpeakerAvailability: {
            ranges: components["schemas"]["SpeakerAvailabilityRange"][];
        };
        SpeakerAvailabilityInput: {
            /** @description Replaces every range of the event */
            ranges: components["schemas"]["SpeakerAvailabilityRangeInput"][];
        };
        SpeakerAvailabilityRange: {
            /**
             * Format: date-time
             * @example 2024-02-05T07:00:00.000Z
             */
            endsAt: string;
            /**
             * Format: date-time
             * @example 2024-02-05T03:00:00.000Z
             */
            startsAt: string;
        };
        SpeakerAvailabilityRangeInput: {
            /**
             * Format: date-time
             * @example 2024-02-05T13:00:00+06:00
             */
            endsAt: string;
            /**
             * Format: date-time
             * @example 2024-02-05T09:00:00+06:00
             */
            startsAt: string;
        };
        SpeakerInvitation: {
            /**
             * Format: date-time
             * @description After this the link no longer works
             */
            expiresAt: string;
            /** @description The one-time token the link carries; shown once, only its digest is kept */
            token: string;
            /**
             * Format: uri
             * @description The link to send; the one-time token rides in its fragment, which no server logs
             * @example https://jiyn.example.kz/speakers/invitation#token=3kYp9Xq2Lm
             */
            url: string;
        };
        SpeakerInvitationInput: {
            /**
             * @description `link` (default): the answer carries the link, to pass on by hand. `email`: Jiyn e-mails the link to the speaker's address in their language and the answer carries no link (202); 409 when the profile has no e-mail address.
             * @default link
             * @enum {string|null}
             */
            delivery?: "link" | "email" | null;
            /**
             * @description How long the link works, in hours (default 72)
             * @example 72
             */
            ttlHours?: number | null;
        };
        /**
         * @description Languages the speaker speaks in
         * @enum {string}
         */
        SpeakerLanguage: "kk" | "ru" | "en";
        SpeakerLinkDto: {
            /** @example LinkedIn */
            label: string;
            /**
             * Format: uri
             * @example https://www.linkedin.com/in/example
             */
            url: string;
        };
        SpeakerMailedInvitation: {
            /**
             * @description How the link travels
             * @enum {string}
             */
            delivery: "email";
            /**
             * Format: date-time
             * @description After this the mailed link no longer works
             */
            expiresAt: string;
            /**
             * Format: uuid
             * @description The invitation
             */
            invitationId: string;
        };
        SpeakerPage: {
            items: components["schemas"]["Speaker"][];
            /** @description Pass as `cursor` to read the next page; null on the last page. */
            nextCursor: string | null;
        };
        SpeakerProposal: {
            abstract: components["schemas"]["MultilingualTextDto"];
            /**
             * @description Answers to the call's questions, by question key
             * @example {
             *       "level": "beginner"
             *     }
             */
            answers: {
                [key: string]: string | number | boolean;
            };
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description When accepted or rejected
             */
            decidedAt: string | null;
            /** @example 30 */
            durationMinutes: number;
            /** Format: uuid */
            eventId: string;
            /** Format: uuid */
            id: string;
            /** @example kk */
            language: components["schemas"]["SpeakerLanguage"];
            /** @description The caller's role on the proposal */
            myRole: components["schemas"]["ProposalSpeakerRole"];
            /** @description The primary speaker first */
            speakers: components["schemas"]["SpeakerProposalSpeaker"][];
            /** @example submitted */
            status: components["schemas"]["ProposalStatus"];
            title: components["schemas"]["MultilingualTextDto"];
            /** Format: uuid */
            trackId: string | null;
            /** @example talk */
            type: components["schemas"]["ProposalSessionKind"];
            /** Format: date-time */
            updatedAt: string;
            /**
             * @description Grows with every change
             * @example 1
             */
            version: number;
        };
        SpeakerProposalPage: {
            items: components["schemas"]["SpeakerProposal"][];
            /** @description Pass as `cursor` to read the next page; null on the last page. */
            nextCursor: string | null;
        };
        SpeakerProposalSpeaker: {
            fullName: components["schemas"]["MultilingualTextDto"];
            role: components["schemas"]["ProposalSpeakerRole"];
            /** Format: uuid */
            speakerId: string;
            state: components["schemas"]["ProposalSpeakerState"];
        };
        /**
         * @description Whose token it is
         * @enum {string}
         */
        SpeakersAccessKind: "speaker" | "reviewer";
        SpeakersAccessRevocation: {
            /**
             * @description Access tokens that stopped working
             * @example 1
             */
            revokedTokens: number;
        };
        SpeakersInvitationLink: {
            /**
             * Format: date-time
             * @description After this the link no longer works
             */
            expiresAt: string;
            /**
             * Format: uri
             * @description The link to send; the one-time token rides in its fragment, which no server logs
             * @example https://jiyn.example.kz/speakers/invitation#token=3kYp9Xq2Lm
             */
            url: string;
        };
        SpeakersInvitationRedemption: {
            /** @description The token from the invitation link */
            token: string;
        };
        SpeakersRedeemedInvitation: {
            /** @description The bearer token for `/api/v1/self/speakers/…`; shown once */
            accessToken: string;
            /**
             * Format: date-time
             * @description After this the token stops working and the holder needs a new invitation link
             */
            expiresAt: string;
            /** @description Whose token it is */
            kind: components["schemas"]["SpeakersAccessKind"];
            /**
             * Format: uuid
             * @description The speaker or reviewer the token speaks for
             */
            subjectId: string;
        };
        SubjectResult: {
            /** @description Ratings as % of their scale (0 = the scale’s lowest point, 100 = its highest) */
            rating?: components["schemas"]["MeanWithInterval"];
            /** @description Shown subjects only */
            respondents?: number;
            /**
             * Format: uuid
             * @description The session or speaker
             */
            subjectId: string;
            suppressed: boolean;
            /** @description Surveys that rated it */
            surveys?: number;
        };
        SubjectResults: {
            /** @enum {string} */
            by: "session" | "speaker";
            /** Format: uuid */
            eventId: string;
            minCellSize: number;
            subjects: components["schemas"]["SubjectResult"][];
        };
        SubmitFeedbackDto: {
            comment?: string;
            /** Format: uuid */
            eventId: string;
            language?: components["schemas"]["FeedbackLanguage"];
            /** @example 5 */
            rating: number;
            /** Format: uuid */
            sessionId?: string;
        };
        SubmitProposalDto: {
            abstract: components["schemas"]["MultilingualTextDto"];
            /**
             * @description Answers to the call's questions, by question key; each of the question's type
             * @example {
             *       "level": "beginner"
             *     }
             */
            answers?: {
                [key: string]: string | number | boolean;
            };
            /** @description Co-speakers; each confirms or declines */
            coSpeakers?: components["schemas"]["ProposalSpeakerDto"][];
            durationMinutes: number;
            /**
             * Format: uuid
             * @description The event whose call the proposal answers
             */
            eventId: string;
            /** @enum {string} */
            language: "kk" | "ru" | "en";
            /** @description At most 500 characters per language */
            title: components["schemas"]["MultilingualTextDto"];
            /** Format: uuid */
            trackId?: string;
            /** @enum {string} */
            type: "keynote" | "talk" | "panel" | "case-study" | "workshop" | "break";
        };
        SubmittedProposal: {
            abstract: components["schemas"]["MultilingualTextDto"];
            /**
             * @description Answers to the call's questions, by question key
             * @example {
             *       "level": "beginner"
             *     }
             */
            answers: {
                [key: string]: string | number | boolean;
            };
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description When accepted or rejected
             */
            decidedAt: string | null;
            /** @example 30 */
            durationMinutes: number;
            /** Format: uuid */
            eventId: string;
            /** Format: uuid */
            id: string;
            /** @description Links for the new people the proposal named; in this answer only */
            invitations: components["schemas"]["ProposalSpeakerInvitation"][];
            /** @example kk */
            language: components["schemas"]["SpeakerLanguage"];
            /** @description The primary speaker first */
            speakers: components["schemas"]["ProposalSpeaker"][];
            /** @example submitted */
            status: components["schemas"]["ProposalStatus"];
            submittedBy: components["schemas"]["ProposalSubmitter"];
            title: components["schemas"]["MultilingualTextDto"];
            /** Format: uuid */
            trackId: string | null;
            /** @example talk */
            type: components["schemas"]["ProposalSessionKind"];
            /** Format: date-time */
            updatedAt: string;
            /**
             * @description Grows with every change
             * @example 1
             */
            version: number;
        };
        Survey: {
            anonymous: boolean;
            /** Format: date-time */
            closesAt: string;
            /** @example 2024-02-09T18:00 */
            closesAtLocal: string;
            /** Format: date-time */
            createdAt: string;
            /** @example 2024-02-07 */
            day: string | null;
            /** Format: uuid */
            eventId: string;
            /** Format: uuid */
            id: string;
            minCellSize: number;
            /** Format: date-time */
            opensAt: string;
            /** @example 2024-02-07T16:00 */
            opensAtLocal: string;
            /**
             * Format: uuid
             * @description pre-test: its post-test
             */
            postTestId: string | null;
            /**
             * Format: uuid
             * @description post-test: its pre-test
             */
            preTestId: string | null;
            purpose: components["schemas"]["SurveyPurpose"];
            questions: components["schemas"]["SurveyQuestion"][];
            scope: components["schemas"]["SurveyScope"];
            /** Format: uuid */
            sessionId: string | null;
            status: components["schemas"]["SurveyStatus"];
            /** @description The template it was made from */
            template: string | null;
            /**
             * @description The event's zone the local times are in
             * @example Asia/Almaty
             */
            timeZone: string;
            title: components["schemas"]["MultilingualTextDto"];
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        SurveyFromTemplateDto: {
            /** @default true */
            anonymous?: boolean | null;
            /**
             * @description Closing, in the event's time zone (YYYY-MM-DDTHH:mm); after the opening. Default: 14 days after the end of the scope
             * @example 2024-02-09T18:00
             */
            closesAtLocal?: string | null;
            /** Format: uuid */
            eventId: string;
            /**
             * @description Opening, as the wall clock of the event's time zone shows it (YYYY-MM-DDTHH:mm). Default: the start of the scope (the event's start, the day's 00:00, the session's start)
             * @example 2024-02-07T16:00
             */
            opensAtLocal?: string | null;
            /**
             * Format: uuid
             * @description session-rating: the session rated (required); one question per speaker of it
             */
            sessionId?: string | null;
            template: components["schemas"]["SurveyTemplate"];
        };
        SurveyOption: {
            /** @description Scored questions only */
            correct?: boolean;
            /** @example a */
            id: string;
            label: components["schemas"]["MultilingualTextDto"];
        };
        SurveyOptionDto: {
            /** @description Scored questions only: this option is a right answer */
            correct?: boolean | null;
            /**
             * @description Stable id of the option, stored in answers: a–z 0–9 _ -
             * @example a
             */
            id: string;
            /** @description kk and ru required */
            label: components["schemas"]["MultilingualTextDto"];
        };
        SurveyPage: {
            items: components["schemas"]["Survey"][];
            /** @description Pass as `cursor` to read the next page; null on the last page. */
            nextCursor: string | null;
        };
        /** @enum {string} */
        SurveyPurpose: "evaluation" | "pre-test" | "post-test";
        SurveyQuestion: {
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["SurveyQuestionKind"];
            /** @description rating and nps: what the highest point means */
            maxLabel: components["schemas"]["MultilingualTextDto"] | null;
            /** @description text */
            maxLength: number | null;
            /** @description rating and nps: what the lowest point means */
            minLabel: components["schemas"]["MultilingualTextDto"] | null;
            options: components["schemas"]["SurveyOption"][] | null;
            /** @description Order in the survey, from 1 */
            position: number;
            prompt: components["schemas"]["MultilingualTextDto"];
            required: boolean;
            /** @description rating and nps */
            scaleMax: number | null;
            /** @description rating and nps */
            scaleMin: number | null;
            scored: boolean;
            /** Format: uuid */
            subjectSessionId: string | null;
            /** Format: uuid */
            subjectSpeakerId: string | null;
        };
        SurveyQuestionDto: {
            /**
             * Format: uuid
             * @description Kept when given (answers refer to it); a new one is made when left out
             */
            id?: string | null;
            kind: components["schemas"]["SurveyQuestionKind"];
            /** @description rating: what the highest point means (required for a rating) */
            maxLabel?: components["schemas"]["MultilingualTextDto"];
            /**
             * @description text: the longest answer taken
             * @default 2000
             */
            maxLength?: number | null;
            /** @description rating: what the lowest point means (required for a rating) */
            minLabel?: components["schemas"]["MultilingualTextDto"];
            /** @description single- and multiple-choice: 2 to 30 */
            options?: components["schemas"]["SurveyOptionDto"][] | null;
            /** @description The question; kk and ru required */
            prompt: components["schemas"]["MultilingualTextDto"];
            required: boolean;
            /** @default 5 */
            scaleMax?: number | null;
            /** @default 1 */
            scaleMin?: number | null;
            /** @description Choices in a knowledge test: scored (single-choice exactly one correct option, multiple-choice at least one; required) */
            scored?: boolean | null;
            /**
             * Format: uuid
             * @description rating, nps: the session rated (of this event)
             */
            subjectSessionId?: string | null;
            /**
             * Format: uuid
             * @description rating, nps: the speaker rated; one of subjectSessionId’s speakers
             */
            subjectSpeakerId?: string | null;
        };
        /** @enum {string} */
        SurveyQuestionKind: "rating" | "nps" | "single-choice" | "multiple-choice" | "text";
        SurveyResults: {
            anonymous: boolean;
            breakdown?: components["schemas"]["ResultsBreakdown"];
            /** Format: uuid */
            eventId: string;
            /** @enum {string} */
            purpose: "evaluation" | "pre-test" | "post-test";
            questions: components["schemas"]["QuestionResult"][];
            respondents: number;
            /** Format: uuid */
            surveyId: string;
        };
        /** @enum {string} */
        SurveyScope: "event" | "day" | "session";
        /** @enum {string} */
        SurveyStatus: "draft" | "published" | "closed";
        /** @enum {string} */
        SurveyTemplate: "post-training-evaluation" | "session-rating";
        TotpCodeDto: {
            /** @example 123456 */
            code: string;
        };
        TotpEnrolment: {
            /**
             * Format: uri
             * @example otpauth://totp/Jiyn:aigerim%40mci.gov.kz?secret=JBSWY3DPEHPK3PXP&issuer=Jiyn
             */
            otpauthUri: string;
            /** @description The base32 secret, for typing into an authenticator app */
            secret: string;
        };
        TotpRecoveryCodes: {
            /**
             * @description Each signs in once instead of a code; shown in this answer only
             * @example [
             *       "1a2b-3c4d-5e6f-7a8b-9c0d"
             *     ]
             */
            recoveryCodes: string[];
        };
        UpdateEventDto: {
            /**
             * Format: date-time
             * @description Participants may cancel until then; null clears it
             */
            cancellationDeadline?: string | null;
            /**
             * @description null clears it
             * @example 60
             */
            capacity?: number | null;
            /** @description null clears it */
            description?: components["schemas"]["MultilingualTextDto"] | null;
            /**
             * Format: date-time
             * @example 2024-02-07T18:00:00+06:00
             */
            endsAt?: string;
            /** @description null clears it */
            organisers?: components["schemas"]["OrganiserDto"][] | null;
            /**
             * Format: date-time
             * @description null clears it
             */
            registrationClosesAt?: string | null;
            /**
             * Format: date-time
             * @description null clears it
             */
            registrationOpensAt?: string | null;
            /**
             * @description Languages every published text must have; default kk and ru
             * @example [
             *       "kk",
             *       "ru"
             *     ]
             */
            requiredLanguages?: components["schemas"]["Language"][];
            /** @default false */
            requiresApproval?: boolean;
            /**
             * Format: date-time
             * @example 2024-02-05T09:00:00+06:00
             */
            startsAt?: string;
            /**
             * @description IANA time zone; default Asia/Almaty
             * @example Asia/Almaty
             */
            timeZone?: string;
            title?: components["schemas"]["MultilingualTextDto"];
            /** @description null clears it */
            venue?: components["schemas"]["VenueDto"] | null;
            /** @default true */
            waitlistEnabled?: boolean;
        };
        UpdateMemberDto: {
            /** @description Replaces the member’s roles in this organisation */
            roles: components["schemas"]["RoleAssignmentDto"][];
        };
        UpdateOrganisationDto: {
            /**
             * @description The colour of the e-mail header band and buttons, `#rrggbb`. E-mail writes white text on it, so white on it must reach a contrast of 4.5:1 (WCAG 2.2 AA for text of normal size), else a 400 `lowContrast`. null: the platform's colour.
             * @example #0b5cad
             */
            brandColour?: string | null;
            /** @description A short signature under every e-mail, per language (a language left out uses another), replacing the whole signature. null: none. */
            emailFooter?: components["schemas"]["OrganisationEmailFooter"] | null;
            /**
             * Format: uri
             * @description An https:// image shown above every e-mail, 160 px wide at most and 64 px high at most (a landscape logo of 320 × 96 px looks sharp); the reader's mail client loads it from here. Its alt text is the organisation’s name. null: no logo.
             * @example https://www.gov.kz/uploads/mci/logo-320x96.png
             */
            logoUrl?: string | null;
        };
        UpdateProgrammeSessionDto: {
            abstract?: (components["schemas"]["MultilingualTextDto"] | null) & components["schemas"]["MultilingualTextDto"];
            capacity?: number | null;
            /**
             * Format: date-time
             * @description null to unschedule
             */
            endsAt?: string | null;
            language?: components["schemas"]["Language"];
            /**
             * Format: uuid
             * @description null to unschedule
             */
            roomId?: string | null;
            speakerIds?: string[] | null;
            /**
             * Format: date-time
             * @description null to unschedule
             */
            startsAt?: string | null;
            /** @enum {string} */
            status?: "draft" | "confirmed" | "cancelled";
            title?: components["schemas"]["MultilingualTextDto"];
            /** Format: uuid */
            trackId?: string | null;
            type?: components["schemas"]["ProgrammeSessionType"];
        };
        UpdateRoomDto: {
            /** @example 120 */
            capacity?: number | null;
            name?: components["schemas"]["MultilingualTextDto"];
            /** @description Order in schedule grids */
            position?: number;
        };
        UpdateSpeakerDto: {
            /** @description Markdown; raw HTML is shown as text */
            biography?: components["schemas"]["MultilingualTextDto"];
            /**
             * Format: email
             * @description Private: organisers and the speaker only; null clears it
             * @example a.asanova@example.kz
             */
            email?: string | null;
            fullName?: components["schemas"]["MultilingualTextDto"];
            /**
             * @description Languages the speaker speaks in
             * @example [
             *       "kk",
             *       "ru"
             *     ]
             */
            languages?: components["schemas"]["SpeakerLanguage"][];
            links?: components["schemas"]["SpeakerLinkDto"][];
            organisation?: components["schemas"]["MultilingualTextDto"];
            /**
             * @description Private: organisers and the speaker only. A Kazakhstan number; null clears it
             * @example +77011234567
             */
            phone?: string | null;
            /**
             * Format: uri
             * @description An https:// URL; null clears it
             * @example https://cdn.example.kz/speakers/asanova.jpg
             */
            photoUrl?: string | null;
            position?: components["schemas"]["MultilingualTextDto"];
        };
        UpdateSurveyDto: {
            anonymous?: boolean | null;
            /**
             * @description Closing, in the event's time zone (YYYY-MM-DDTHH:mm); after the opening. Default: 14 days after the end of the scope
             * @example 2024-02-09T18:00
             */
            closesAtLocal?: string | null;
            minCellSize?: number | null;
            /**
             * @description Opening, as the wall clock of the event's time zone shows it (YYYY-MM-DDTHH:mm). Default: the start of the scope (the event's start, the day's 00:00, the session's start)
             * @example 2024-02-07T16:00
             */
            opensAtLocal?: string | null;
            /** @description Every question, replacing those held (not for a post-test: its pre-test’s) */
            questions?: components["schemas"]["SurveyQuestionDto"][] | null;
            /** @description kk and ru required */
            title?: components["schemas"]["MultilingualTextDto"];
        };
        UpdateTrackDto: {
            /** @example #0a7cbf */
            colour?: string;
            name?: components["schemas"]["MultilingualTextDto"];
        };
        UpdateWebhookEndpointDto: {
            description?: string | null;
            /** @description false pauses deliveries (new events are not queued); true resumes an endpoint paused or disabled for failing, and clears its failure record. Missed events can be replayed. */
            enabled?: boolean;
            /** @description Only these events (gatherings) of the organisation; null or absent: all of the organisation's events. */
            eventIds?: string[] | null;
            /**
             * @description The CloudEvents types delivered (see `GET /webhooks/event-types`).
             * @example [
             *       "kz.jiyn.registration.created.v1",
             *       "kz.jiyn.registration.cancelled.v1"
             *     ]
             */
            eventTypes?: components["schemas"]["WebhookEventType"][];
            /** @description Deliveries in flight to this endpoint at once (default: the operator’s, 10). */
            maxConcurrency?: number;
            /**
             * Format: uri
             * @description Where deliveries are POSTed. https:// (http:// only where the operator allows it); no credentials in the URL. Its host must resolve to public addresses only: loopback, private, link-local and other internal ranges are refused (`webhookTargetRefused`) unless the operator allow-lists them.
             * @example https://integration.mci.gov.kz/jiyn/webhooks
             */
            url?: string;
        };
        VenueDto: {
            /** @example Abay Ave 33a, Astana */
            address?: string;
            name: components["schemas"]["MultilingualTextDto"];
        };
        WebhookAttempt: {
            attempt: number;
            durationMs: number;
            /** @description Why no answer came: timeout, refused target, connection error */
            error: string | null;
            /** Format: uuid */
            id: string;
            /** @description The first 2 KiB of the receiver's answer */
            responseBody: string | null;
            /** Format: date-time */
            startedAt: string;
            /** @description The receiver's HTTP status; null when none came */
            statusCode: number | null;
            succeeded: boolean;
        };
        WebhookAttempts: {
            /** @description Newest last; at most the latest 100 */
            items: components["schemas"]["WebhookAttempt"][];
        };
        WebhookDelivery: {
            /** @description Attempts since it was queued, retried or replayed */
            attempts: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            deliveredAt: string | null;
            /**
             * Format: date-time
             * @description The CloudEvent time
             */
            eventTime: string;
            /** @example kz.jiyn.registration.created.v1 */
            eventType: string;
            /** Format: uuid */
            id: string;
            lastError: string | null;
            lastStatusCode: number | null;
            /**
             * Format: uuid
             * @description The CloudEvent id, sent as `webhook-id`: the same on every attempt, retry and replay
             */
            messageId: string;
            /**
             * Format: date-time
             * @description When a pending delivery is tried next
             */
            nextAttemptAt: string | null;
            status: components["schemas"]["WebhookDeliveryStatus"];
        };
        WebhookDeliveryPage: {
            items: components["schemas"]["WebhookDelivery"][];
            /** @description Pass as `cursor` to read the next page; null on the last page. */
            nextCursor: string | null;
        };
        /** @enum {string} */
        WebhookDeliveryStatus: "pending" | "delivering" | "succeeded" | "failed";
        WebhookEndpoint: {
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            /** Format: date-time */
            disabledAt: string | null;
            /**
             * @description owner: paused through the API; failing: every attempt failed for too long (5 days by default)
             * @enum {string|null}
             */
            disabledReason: "owner" | "failing" | null;
            /** @description false: nothing is queued or delivered (see disabledReason) */
            enabled: boolean;
            /** @description The events (gatherings) delivered; null: all of the organisation's */
            eventIds: string[] | null;
            eventTypes: components["schemas"]["WebhookEventType"][];
            /**
             * Format: date-time
             * @description The first failed attempt since the last successful one; null while healthy
             */
            failingSince: string | null;
            /** Format: uuid */
            id: string;
            maxConcurrency: number;
            /**
             * Format: date-time
             * @description Until when the previous secret still signs beside the current one (after a rotation)
             */
            previousSecretExpiresAt: string | null;
            /** Format: date-time */
            updatedAt: string;
            /**
             * Format: uri
             * @example https://integration.mci.gov.kz/jiyn/webhooks
             */
            url: string;
            version: number;
        };
        WebhookEndpointPage: {
            items: components["schemas"]["WebhookEndpoint"][];
            /** @description Pass as `cursor` to read the next page; null on the last page. */
            nextCursor: string | null;
        };
        /**
         * @description The CloudEvents types delivered (see `GET /webhooks/event-types`).
         * @enum {string}
         */
        WebhookEventType: "kz.jiyn.event.published.v1" | "kz.jiyn.event.updated.v1" | "kz.jiyn.schedule.published.v1" | "kz.jiyn.session.created.v1" | "kz.jiyn.session.updated.v1" | "kz.jiyn.session.scheduled.v1" | "kz.jiyn.session.moved.v1" | "kz.jiyn.session.cancelled.v1" | "kz.jiyn.registration.created.v1" | "kz.jiyn.registration.confirmed.v1" | "kz.jiyn.registration.waitlisted.v1" | "kz.jiyn.registration.offered.v1" | "kz.jiyn.registration.offer-expired.v1" | "kz.jiyn.registration.promoted.v1" | "kz.jiyn.registration.approved.v1" | "kz.jiyn.registration.rejected.v1" | "kz.jiyn.registration.cancelled.v1" | "kz.jiyn.registration.checked-in.v1" | "kz.jiyn.registration.check-in-reverted.v1" | "kz.jiyn.registration.updated.v1" | "kz.jiyn.registration.anonymised.v1" | "kz.jiyn.registration.session-signed-up.v1" | "kz.jiyn.registration.session-sign-up-cancelled.v1" | "kz.jiyn.speaker.availability.changed.v1" | "kz.jiyn.proposal.submitted.v1" | "kz.jiyn.proposal.withdrawn.v1" | "kz.jiyn.proposal.accepted.v1" | "kz.jiyn.proposal.rejected.v1" | "kz.jiyn.feedback.submitted.v1" | "kz.jiyn.survey.opened.v1" | "kz.jiyn.survey.closed.v1" | "kz.jiyn.feedback.submitted.v2";
        WebhookEventTypes: {
            items: components["schemas"]["WebhookEventType"][];
        };
        WebhookReplay: {
            /** @description Deliveries queued again (or for the first time) */
            enqueued: number;
            /** Format: date-time */
            from: string;
            /** Format: date-time */
            to: string;
        };
        WebhookTest: {
            attempt: components["schemas"]["WebhookAttempt"];
            /** Format: uuid */
            deliveryId: string;
            /**
             * Format: uuid
             * @description The ping's `webhook-id`
             */
            messageId: string;
        };
    };
    responses: {
        /** @description The request is malformed or has invalid fields (see `errors`). */
        BadRequest: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request conflicts with the current state. */
        Conflict: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request body is larger than this operation accepts. */
        ContentTooLarge: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The credentials do not allow this operation here. */
        Forbidden: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The state conflicts, or a request with this Idempotency-Key is still being processed. */
        IdempotencyKeyInUse: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request cannot be carried out, or this Idempotency-Key was used for a different request. */
        IdempotencyKeyReused: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Nothing with that id, or nothing the caller may see. */
        NotFound: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The service is briefly unable to answer (restarting, overloaded); try again later. */
        ServiceUnavailable: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                /** @description Seconds to wait before trying again. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The caller’s rate limit is spent. */
        TooManyRequests: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                /** @description Seconds to wait before trying again. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Credentials are missing, wrong, expired or revoked. */
        Unauthorized: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request body’s content type is not accepted here. */
        UnsupportedMediaType: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The address (path and query) is longer than the API accepts. */
        UriTooLong: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
        AcceptLanguage: string;
        /**
         * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
         * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
         */
        IdempotencyKey: string;
    };
    requestBodies: never;
    headers: {
        /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key. */
        IdempotentReplayed: "true";
        /** @description The caller’s remaining budget: `"<policy>";r=<remaining>;t=<seconds to reset>`. */
        RateLimit: string;
        /** @description The caller’s budget: `"<policy>";q=<requests>;w=<window seconds>`. */
        RateLimitPolicy: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listApiKeys: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                lang?: "kk" | "ru" | "en";
                limit?: number;
                /** @description Whose keys; defaults to the caller's organisation */
                organisationId?: string;
            };
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when the caller is signed in with the session cookie: the `csrfToken` from sign-in or `GET /api/v1/auth/me`. */
                "X-CSRF-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyDto"];
            };
        };
        responses: {
            /** @description The key and its secret, shown this once */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedApiKey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Required when the caller is signed in with the session cookie: the `csrfToken` from sign-in or `GET /api/v1/auth/me`. */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key is revoked */
            204: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when the caller is signed in with the session cookie: the `csrfToken` from sign-in or `GET /api/v1/auth/me`. */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key, now revoked */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            414: components["responses"]["UriTooLong"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    rotateApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when the caller is signed in with the session cookie: the `csrfToken` from sign-in or `GET /api/v1/auth/me`. */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RotateApiKeyDto"];
            };
        };
        responses: {
            /** @description The key and its new secret, shown this once */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedApiKey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listAuditEntries: {
        parameters: {
            query?: {
                /** @description Principal id, e.g. api-key:<uuid> or person:<uuid> */
                actor?: string;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description From this instant, inclusive (ISO 8601) */
                from?: string;
                kind?: components["schemas"]["AuditLogKind"];
                lang?: "kk" | "ru" | "en";
                limit?: number;
                /** @description Only for the break-glass key: one organisation */
                organisationId?: string;
                /** @description Route template, e.g. /api/v1/events/{id} */
                route?: string;
                status?: number;
                /** @description An id the request touched */
                target?: string;
                /** @description Before this instant, exclusive (ISO 8601) */
                to?: string;
            };
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditLogPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    exportAuditEntries: {
        parameters: {
            query?: {
                /** @description Principal id, e.g. api-key:<uuid> or person:<uuid> */
                actor?: string;
                /** @description nextCursor of the previous page */
                cursor?: string;
                format?: "ndjson" | "csv";
                /** @description From this instant, inclusive (ISO 8601) */
                from?: string;
                kind?: components["schemas"]["AuditLogKind"];
                lang?: "kk" | "ru" | "en";
                limit?: number;
                /** @description Only for the break-glass key: one organisation */
                organisationId?: string;
                /** @description Route template, e.g. /api/v1/events/{id} */
                route?: string;
                status?: number;
                /** @description An id the request touched */
                target?: string;
                /** @description Before this instant, exclusive (ISO 8601) */
                to?: string;
            };
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An attachment (`Content-Disposition`), in the format asked for */
            200: {
                headers: {
                    /** @description attachment; filename="audit-<date>.<format>" */
                    "Content-Disposition"?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                    "text/csv": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSignedInPerson: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Which of the person’s organisations to act for (its id); default: the first */
                "X-Jiyn-Organisation"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedInMe"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    startOidcSignIn: {
        parameters: {
            query?: {
                /** @description A path on this site to return to after sign-in; anything else returns to / */
                returnTo?: string;
            };
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The organisation’s slug */
                organisationSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description To the provider’s authorisation page */
            302: {
                headers: {
                    /** @description Where the browser goes next */
                    Location?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description The cookie `__Host-jiyn_oidc` binding the attempt to this browser (10 minutes) */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            /** @description The organisation’s OpenID Connect provider is not answering. */
            502: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    finishOidcSignIn: {
        parameters: {
            query?: {
                /** @description As the provider returns it */
                code?: string;
                /** @description As the provider returns it */
                state?: string;
            };
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed in: back to the `returnTo` path the sign-in started with */
            303: {
                headers: {
                    /** @description Where the browser goes next */
                    Location?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description The session cookie `__Host-jiyn_session` (HttpOnly, Secure, SameSite=Lax, Path=/). */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            /** @description The organisation’s OpenID Connect provider is not answering. */
            502: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    setPassword: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetPasswordDto"];
            };
        };
        responses: {
            /** @description The password is set; sign in with it */
            204: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    signIn: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignInDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description The session cookie `__Host-jiyn_session` (HttpOnly, Secure, SameSite=Lax, Path=/). */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInSession"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The `csrfToken` from sign-in or `GET /api/v1/auth/me` (this route works with the session cookie only). */
                "X-CSRF-Token": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out */
            204: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Clears the session cookie `__Host-jiyn_session` (Max-Age=0). */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["IdempotencyKeyInUse"];
            414: components["responses"]["UriTooLong"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    signOutEverywhere: {
        parameters: {
            query?: never;
            header: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The `csrfToken` from sign-in or `GET /api/v1/auth/me` (this route works with the session cookie only). */
                "X-CSRF-Token": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Clears the session cookie `__Host-jiyn_session` (Max-Age=0). */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedOutEverywhere"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["IdempotencyKeyInUse"];
            414: components["responses"]["UriTooLong"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    confirmTotp: {
        parameters: {
            query?: never;
            header: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The `csrfToken` from sign-in or `GET /api/v1/auth/me` (this route works with the session cookie only). */
                "X-CSRF-Token": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TotpCodeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TotpRecoveryCodes"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    enrolTotp: {
        parameters: {
            query?: never;
            header: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description The `csrfToken` from sign-in or `GET /api/v1/auth/me` (this route works with the session cookie only). */
                "X-CSRF-Token": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TotpEnrolment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["IdempotencyKeyInUse"];
            414: components["responses"]["UriTooLong"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    checkInParticipant: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckInDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckIn"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    revertCheckIn: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                checkInId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckIn"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                lang?: "kk" | "ru" | "en";
                limit?: number;
                slug?: string;
                status?: components["schemas"]["EventStatus"];
            };
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEventDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listProgrammeConflicts: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The event */
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeConflictReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listRooms: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The event */
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeRoomList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createRoom: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The event */
                eventId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRoomDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeRoomResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateRoom: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The event */
                eventId: string;
                /** @description The room */
                roomId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRoomDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeRoomResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listScheduleVersions: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The event */
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleVersionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    publishSchedule: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The event */
                eventId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishScheduleDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleVersionResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getScheduleVersion: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The event */
                eventId: string;
                /** @description The version number */
                number: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleVersionDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listProgrammeSessions: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                lang?: "kk" | "ru" | "en";
                limit?: number;
            };
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The event */
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeSessionPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createProgrammeSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The event */
                eventId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProgrammeSessionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeSessionWithConflicts"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getProgrammeSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The event */
                eventId: string;
                /** @description The session */
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeSessionDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateProgrammeSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The event */
                eventId: string;
                /** @description The session */
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProgrammeSessionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeSessionWithConflicts"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listTracks: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The event */
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeTrackList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createTrack: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The event */
                eventId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTrackDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeTrackResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateTrack: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The event */
                eventId: string;
                /** @description The track */
                trackId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTrackDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeTrackResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The event */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The event */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEventDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    archiveEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The event */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            414: components["responses"]["UriTooLong"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    cancelEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The event */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            414: components["responses"]["UriTooLong"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    publishEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The event */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            414: components["responses"]["UriTooLong"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listFeedback: {
        parameters: {
            query: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                eventId: string;
                lang?: "kk" | "ru" | "en";
                limit?: number;
                sessionId?: string;
            };
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    submitFeedback: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitFeedbackDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Feedback"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getFeedbackSummary: {
        parameters: {
            query: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                eventId: string;
                lang?: "kk" | "ru" | "en";
                limit?: number;
                sessionId?: string;
            };
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackSummaryResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listEmailDeliveries: {
        parameters: {
            query: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description The event whose messages to list */
                eventId: string;
                lang?: "kk" | "ru" | "en";
                limit?: number;
                /** @description Only the messages to this recipient: a registration's or a speaker's id */
                recipientRef?: string;
                status?: components["schemas"]["EmailDeliveryStatus"];
                template?: components["schemas"]["EmailTemplateName"];
            };
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailDeliveryPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getEmailDelivery: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailDeliveryWithAttempts"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    resendEmailDelivery: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new delivery, queued */
            202: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailDelivery"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            414: components["responses"]["UriTooLong"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getEmailTexts: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                eventId: string;
                template: components["schemas"]["EmailTemplateName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailTemplateTexts"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    replaceEmailTexts: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                eventId: string;
                template: components["schemas"]["EmailTemplateName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailTexts"];
            };
        };
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailTemplateTexts"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listOrganisations: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                lang?: "kk" | "ru" | "en";
                limit?: number;
                /** @description Only the organisation with this slug */
                slug?: string;
            };
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createOrganisation: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when the caller is signed in with the session cookie: the `csrfToken` from sign-in or `GET /api/v1/auth/me`. */
                "X-CSRF-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganisationDto"];
            };
        };
        responses: {
            /** @description The new organisation */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getOrganisation: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateOrganisation: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when the caller is signed in with the session cookie: the `csrfToken` from sign-in or `GET /api/v1/auth/me`. */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrganisationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listOrganisationEventGrants: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                lang?: "kk" | "ru" | "en";
                limit?: number;
            };
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationEventGrantPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createOrganisationEventGrant: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when the caller is signed in with the session cookie: the `csrfToken` from sign-in or `GET /api/v1/auth/me`. */
                "X-CSRF-Token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEventGrantDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationEventGrant"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteOrganisationEventGrant: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Required when the caller is signed in with the session cookie: the `csrfToken` from sign-in or `GET /api/v1/auth/me`. */
                "X-CSRF-Token"?: string;
            };
            path: {
                grantId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The grant is gone */
            204: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listOrganisationMembers: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                lang?: "kk" | "ru" | "en";
                limit?: number;
            };
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationMemberPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    addOrganisationMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when the caller is signed in with the session cookie: the `csrfToken` from sign-in or `GET /api/v1/auth/me`. */
                "X-CSRF-Token"?: string;
            };
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddMemberDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddedOrganisationMember"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getOrganisationMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                organisationId: string;
                personId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationMember"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    removeOrganisationMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Required when the caller is signed in with the session cookie: the `csrfToken` from sign-in or `GET /api/v1/auth/me`. */
                "X-CSRF-Token"?: string;
            };
            path: {
                organisationId: string;
                personId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The person holds no role here any more */
            204: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateOrganisationMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Required when the caller is signed in with the session cookie: the `csrfToken` from sign-in or `GET /api/v1/auth/me`. */
                "X-CSRF-Token"?: string;
            };
            path: {
                organisationId: string;
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMemberDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationMember"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getOrganisationOidcSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationOidcSettings"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    putOrganisationOidcSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Required when the caller is signed in with the session cookie: the `csrfToken` from sign-in or `GET /api/v1/auth/me`. */
                "X-CSRF-Token"?: string;
            };
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OidcSettingsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationOidcSettings"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    publicGetEvent: {
        parameters: {
            query?: {
                /** @description The language of the texts; wins over Accept-Language */
                lang?: components["schemas"]["Language"];
            };
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description An ETag received before */
                "If-None-Match"?: string;
            };
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Cache-Control"?: string;
                    "Content-Language"?: "kk" | "ru" | "en";
                    /** @description Exact tag of this representation (version, language, format); send it as If-None-Match */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    Vary?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicEventView"];
                };
            };
            /** @description The tag still matches: reuse what you hold */
            304: {
                headers: {
                    "Cache-Control"?: string;
                    "Content-Language"?: "kk" | "ru" | "en";
                    /** @description Exact tag of this representation (version, language, format); send it as If-None-Match */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    Vary?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    publicGetAgenda: {
        parameters: {
            query?: {
                /** @description The language; default from Accept-Language */
                lang?: components["schemas"]["AgendaLanguage"];
            };
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description An ETag of an earlier answer */
                "If-None-Match"?: string;
            };
            path: {
                /** @description The event’s slug */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description Revalidate with If-None-Match */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agenda"];
                };
            };
            /** @description Unchanged since the ETag sent in If-None-Match */
            304: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    publicGetSchedule: {
        parameters: {
            query?: {
                /** @description The language of the texts; wins over Accept-Language */
                lang?: components["schemas"]["Language"];
            };
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description An ETag received before */
                "If-None-Match"?: string;
            };
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Cache-Control"?: string;
                    "Content-Language"?: "kk" | "ru" | "en";
                    /** @description Exact tag of this representation (version, language, format); send it as If-None-Match */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    Vary?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicSchedule"];
                };
            };
            /** @description The tag still matches: reuse what you hold */
            304: {
                headers: {
                    "Cache-Control"?: string;
                    "Content-Language"?: "kk" | "ru" | "en";
                    /** @description Exact tag of this representation (version, language, format); send it as If-None-Match */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    Vary?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    publicExportScheduleCalendar: {
        parameters: {
            query?: {
                /** @description The language of the texts; wins over Accept-Language */
                lang?: components["schemas"]["Language"];
            };
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description An ETag received before */
                "If-None-Match"?: string;
            };
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An iCalendar (RFC 5545) document, in the event’s time zone */
            200: {
                headers: {
                    "Cache-Control"?: string;
                    "Content-Language"?: "kk" | "ru" | "en";
                    /** @description Exact tag of this representation (version, language, format); send it as If-None-Match */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    Vary?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description The tag still matches: reuse what you hold */
            304: {
                headers: {
                    "Cache-Control"?: string;
                    "Content-Language"?: "kk" | "ru" | "en";
                    /** @description Exact tag of this representation (version, language, format); send it as If-None-Match */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    Vary?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    publicExportScheduleFrabJson: {
        parameters: {
            query?: {
                /** @description The language of the texts; wins over Accept-Language */
                lang?: components["schemas"]["Language"];
            };
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description An ETag received before */
                "If-None-Match"?: string;
            };
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Cache-Control"?: string;
                    "Content-Language"?: "kk" | "ru" | "en";
                    /** @description Exact tag of this representation (version, language, format); send it as If-None-Match */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    Vary?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FrabScheduleResponse"];
                };
            };
            /** @description The tag still matches: reuse what you hold */
            304: {
                headers: {
                    "Cache-Control"?: string;
                    "Content-Language"?: "kk" | "ru" | "en";
                    /** @description Exact tag of this representation (version, language, format); send it as If-None-Match */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    Vary?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    publicExportScheduleFrabXml: {
        parameters: {
            query?: {
                /** @description The language of the texts; wins over Accept-Language */
                lang?: components["schemas"]["Language"];
            };
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description An ETag received before */
                "If-None-Match"?: string;
            };
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description frab / c3voc schedule.xml (voc/schedule XSD) */
            200: {
                headers: {
                    "Cache-Control"?: string;
                    "Content-Language"?: "kk" | "ru" | "en";
                    /** @description Exact tag of this representation (version, language, format); send it as If-None-Match */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    Vary?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": string;
                };
            };
            /** @description The tag still matches: reuse what you hold */
            304: {
                headers: {
                    "Cache-Control"?: string;
                    "Content-Language"?: "kk" | "ru" | "en";
                    /** @description Exact tag of this representation (version, language, format); send it as If-None-Match */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    Vary?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    publicGetScheduleVersion: {
        parameters: {
            query?: {
                /** @description The language of the texts; wins over Accept-Language */
                lang?: components["schemas"]["Language"];
            };
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description An ETag received before */
                "If-None-Match"?: string;
            };
            path: {
                /** @description The version number */
                number: number;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Cache-Control"?: string;
                    "Content-Language"?: "kk" | "ru" | "en";
                    /** @description Exact tag of this representation (version, language, format); send it as If-None-Match */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    Vary?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicSchedule"];
                };
            };
            /** @description The tag still matches: reuse what you hold */
            304: {
                headers: {
                    "Cache-Control"?: string;
                    "Content-Language"?: "kk" | "ru" | "en";
                    /** @description Exact tag of this representation (version, language, format); send it as If-None-Match */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    Vary?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    publicGetScheduleSession: {
        parameters: {
            query?: {
                /** @description The language of the texts; wins over Accept-Language */
                lang?: components["schemas"]["Language"];
            };
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description An ETag received before */
                "If-None-Match"?: string;
            };
            path: {
                /** @description A session of the schedule */
                sessionId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Cache-Control"?: string;
                    "Content-Language"?: "kk" | "ru" | "en";
                    /** @description Exact tag of this representation (version, language, format); send it as If-None-Match */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    Vary?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicScheduleSession"];
                };
            };
            /** @description The tag still matches: reuse what you hold */
            304: {
                headers: {
                    "Cache-Control"?: string;
                    "Content-Language"?: "kk" | "ru" | "en";
                    /** @description Exact tag of this representation (version, language, format); send it as If-None-Match */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    Vary?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    publicExportSessionCalendar: {
        parameters: {
            query?: {
                /** @description The language of the texts; wins over Accept-Language */
                lang?: components["schemas"]["Language"];
            };
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description An ETag received before */
                "If-None-Match"?: string;
            };
            path: {
                /** @description A session of the schedule */
                sessionId: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An iCalendar (RFC 5545) document, in the event’s time zone */
            200: {
                headers: {
                    "Cache-Control"?: string;
                    "Content-Language"?: "kk" | "ru" | "en";
                    /** @description Exact tag of this representation (version, language, format); send it as If-None-Match */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    Vary?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description The tag still matches: reuse what you hold */
            304: {
                headers: {
                    "Cache-Control"?: string;
                    "Content-Language"?: "kk" | "ru" | "en";
                    /** @description Exact tag of this representation (version, language, format); send it as If-None-Match */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    Vary?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    publicExportSpeakerCalendar: {
        parameters: {
            query?: {
                /** @description The language of the texts; wins over Accept-Language */
                lang?: components["schemas"]["Language"];
            };
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description An ETag received before */
                "If-None-Match"?: string;
            };
            path: {
                slug: string;
                /** @description A speaker of the schedule */
                speakerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An iCalendar (RFC 5545) document, in the event’s time zone */
            200: {
                headers: {
                    "Cache-Control"?: string;
                    "Content-Language"?: "kk" | "ru" | "en";
                    /** @description Exact tag of this representation (version, language, format); send it as If-None-Match */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    Vary?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description The tag still matches: reuse what you hold */
            304: {
                headers: {
                    "Cache-Control"?: string;
                    "Content-Language"?: "kk" | "ru" | "en";
                    /** @description Exact tag of this representation (version, language, format); send it as If-None-Match */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    Vary?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    publicGetCheckInKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Cache-Control"?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckInKey"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    publicGetRegistrationForm: {
        parameters: {
            query?: {
                /** @description The language; otherwise Accept-Language decides */
                lang?: "kk" | "ru" | "en";
            };
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description An ETag from an earlier answer */
                "If-None-Match"?: string;
            };
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Content-Language"?: "kk" | "ru" | "en";
                    /** @description Changes with the form, its consent text and the language */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicRegistrationForm"];
                };
            };
            /** @description The form is unchanged since the ETag in If-None-Match */
            304: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    publicGetSpeaker: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The speaker */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicSpeaker"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    publicGetSpeakerAgenda: {
        parameters: {
            query?: {
                format?: components["schemas"]["SpeakerAgendaFormat"];
                /** @description kk, ru or en; wins over Accept-Language */
                lang?: "kk" | "ru" | "en";
            };
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The speaker */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description `public, max-age=60` */
                    "Cache-Control"?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicSpeakerAgenda"];
                    "text/calendar": string;
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    publicGetSpeakerAgendaCalendar: {
        parameters: {
            query?: {
                /** @description kk, ru or en; wins over Accept-Language */
                lang?: "kk" | "ru" | "en";
            };
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The speaker */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description `public, max-age=60` */
                    "Cache-Control"?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    publicGetProposalCall: {
        parameters: {
            query?: {
                /** @description kk, ru or en; wins over Accept-Language */
                lang?: "kk" | "ru" | "en";
            };
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The event */
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The language of the texts */
                    "Content-Language"?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicCallForProposals"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getRateLimitSettings: {
        parameters: {
            query?: {
                /** @description Only for the break-glass key: which organisation */
                organisationId?: string;
            };
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitSettings"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    putRateLimitSettings: {
        parameters: {
            query?: {
                /** @description Only for the break-glass key: which organisation */
                organisationId?: string;
            };
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Required when the caller is signed in with the session cookie: the `csrfToken` from sign-in or `GET /api/v1/auth/me`. */
                "X-CSRF-Token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RateLimitSettingsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitSettings"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listRegistrations: {
        parameters: {
            query?: {
                /** @description Checked in at the door (on `checkInDay`, or on any day), the check-in not reverted */
                checkedIn?: "true" | "false";
                /** @description The event day `checkedIn` asks about */
                checkInDay?: string;
                /** @description nextCursor of the previous page */
                cursor?: string;
                eventId?: string;
                lang?: "kk" | "ru" | "en";
                limit?: number;
                /** @description Case-insensitive part of the full name or e-mail; 12 digits match the exact IIN only (never part of one) */
                q?: string;
                regionCode?: string;
                status?: "pending" | "confirmed" | "waitlisted" | "offered" | "cancelled" | "rejected";
                /** @description Only registrations changed at or after this instant. To sync without missing or repeating a change, follow `GET /registrations/changes` instead */
                updatedSince?: string;
            };
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createRegistration: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRegistrationDto"];
            };
        };
        responses: {
            /** @description An active registration of the event had the same externalReference and was updated */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Registration"];
                };
            };
            /** @description Registered; the management token is shown this once */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationWithManagementToken"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getRegistration: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Registration"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    anonymiseRegistration: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Registration"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            414: components["responses"]["UriTooLong"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    approveRegistration: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Registration"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            414: components["responses"]["UriTooLong"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    cancelRegistration: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Registration"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            414: components["responses"]["UriTooLong"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    confirmRegistrationOffer: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Registration"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            414: components["responses"]["UriTooLong"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    rejectRegistration: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectRegistrationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Registration"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listSessionSignUps: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionSignUpList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createSessionSignUp: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionSignUp"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            414: components["responses"]["UriTooLong"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    cancelSessionSignUp: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionSignUp"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listRegistrationChanges: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                eventId?: string;
                lang?: "kk" | "ru" | "en";
                limit?: number;
            };
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationChangesPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    anonymiseEventRegistrations: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventAnonymisation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            414: components["responses"]["UriTooLong"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listCheckIns: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description Event day; default today in the event’s zone */
                day?: string;
                lang?: "kk" | "ru" | "en";
                limit?: number;
                sessionId?: string;
            };
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckInList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCheckInSummary: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckInSummary"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    exportRegistrations: {
        parameters: {
            query?: {
                /** @description Checked in at the door (on `checkInDay`, or on any day), the check-in not reverted */
                checkedIn?: "true" | "false";
                /** @description The event day `checkedIn` asks about */
                checkInDay?: string;
                format?: "csv" | "xlsx";
                lang?: "kk" | "ru" | "en";
                /** @description Case-insensitive part of the full name or e-mail; 12 digits match the exact IIN only (never part of one) */
                q?: string;
                regionCode?: string;
                status?: "pending" | "confirmed" | "waitlisted" | "offered" | "cancelled" | "rejected";
                /** @description Only registrations changed at or after this instant. To sync without missing or repeating a change, follow `GET /registrations/changes` instead */
                updatedSince?: string;
            };
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment (`Content-Disposition`) */
            200: {
                headers: {
                    "Content-Disposition"?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getRegistrationForm: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationForm"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    replaceRegistrationForm: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegistrationFormDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationForm"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    importRegistrations: {
        parameters: {
            query: {
                /** @description The consent text version (of the event’s registration form) under which the importing organisation collected every participant’s consent; required, as the personal-data law asks */
                consentTextVersion: string;
                /** @description A dry run (the default) only reports; dryRun=false applies the valid rows */
                dryRun?: "true" | "false";
                /** @description Language of the report (or Accept-Language) */
                lang?: "kk" | "ru" | "en";
            };
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegistrationImportRow"][];
                "text/csv": string;
            };
        };
        responses: {
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationImportReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getEventRetention: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventRetention"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    setEventRetention: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RetentionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventRetention"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getEventSeats: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventSeats"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listSignUpSessions: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignUpSessionSeatsList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getEventRegistrationSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventRegistrationSettings"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    replaceEventRegistrationSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventSettingsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventRegistrationSettings"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    selfGetSpeakerResults: {
        parameters: {
            query: {
                eventId: string;
            };
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubjectResults"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    selfListSurveys: {
        parameters: {
            query?: {
                /** @description The language of titles and questions, over Accept-Language */
                lang?: "kk" | "ru" | "en";
            };
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelfSurveyList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    selfGetSurvey: {
        parameters: {
            query?: {
                /** @description The language of titles and questions, over Accept-Language */
                lang?: "kk" | "ru" | "en";
            };
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                surveyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelfSurvey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    selfGetSurveyResponse: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                surveyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelfSurveyResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    selfAnswerSurvey: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                surveyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerSurveyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelfSurveyResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    unsubscribeFromEmailByLink: {
        parameters: {
            query: {
                /** @description The token of the List-Unsubscribe link */
                token: unknown;
            };
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailUnsubscribed"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    unsubscribeFromEmail: {
        parameters: {
            query: {
                /** @description The token of the List-Unsubscribe link */
                token: unknown;
            };
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailUnsubscribed"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["IdempotencyKeyInUse"];
            414: components["responses"]["UriTooLong"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    selfCreateRegistration: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRegistrationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationWithManagementToken"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    selfGetRegistration: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Registration"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    selfAcceptRegistrationOffer: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Registration"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["IdempotencyKeyInUse"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    selfCancelRegistration: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Registration"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["IdempotencyKeyInUse"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    selfListSessionSignUps: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelfSessionSignUps"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    selfCreateSessionSignUp: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionSignUp"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            414: components["responses"]["UriTooLong"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    selfCancelSessionSignUp: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionSignUp"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    selfGetSeatOffer: {
        parameters: {
            query: {
                /** @description kk, ru or en; wins over Accept-Language (the e-mail’s link names the reader’s) */
                lang?: "kk" | "ru" | "en";
                /** @description The token of the e-mail’s link */
                token: string;
            };
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The offer stands */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SeatOffer"];
                    "text/html": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description The link is not known (malformed, altered, or its registration is gone). */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/html": string;
                };
            };
            /** @description `offer-already-accepted`: the seat is confirmed already; `offer-expired`: the offer lapsed or the registration changed since the e-mail. */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/html": string;
                };
            };
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    selfAcceptSeatOffer: {
        parameters: {
            query?: {
                /** @description kk, ru or en; wins over Accept-Language (the e-mail’s link names the reader’s) */
                lang?: "kk" | "ru" | "en";
            };
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SeatOfferAcceptance"];
                "application/x-www-form-urlencoded": components["schemas"]["SeatOfferAcceptance"];
            };
        };
        responses: {
            /** @description The seat is the participant’s */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SeatOfferAccepted"];
                    "text/html": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description The link is not known (malformed, altered, or its registration is gone). */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/html": string;
                };
            };
            /** @description `offer-already-accepted`: the seat is confirmed already; `offer-expired`: the offer lapsed or the registration changed since the e-mail. */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/html": string;
                };
            };
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    selfRedeemSpeakersInvitation: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SpeakersInvitationRedemption"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpeakersRedeemedInvitation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    selfGetSpeaker: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Speaker"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    selfUpdateSpeaker: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSpeakerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Speaker"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    selfGetSpeakerAgenda: {
        parameters: {
            query?: {
                format?: components["schemas"]["SpeakerAgendaFormat"];
                /** @description kk, ru or en; wins over Accept-Language */
                lang?: "kk" | "ru" | "en";
            };
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description `private, no-store` */
                    "Cache-Control"?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpeakerAgenda"];
                    "text/calendar": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    selfGetSpeakerAgendaCalendar: {
        parameters: {
            query?: {
                /** @description kk, ru or en; wins over Accept-Language */
                lang?: "kk" | "ru" | "en";
            };
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description `private, no-store` */
                    "Cache-Control"?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    selfGetSpeakerAvailability: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The event */
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpeakerAvailability"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    selfSetSpeakerAvailability: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The event */
                eventId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SpeakerAvailabilityInput"];
            };
        };
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpeakerAvailability"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    selfListProposals: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                lang?: "kk" | "ru" | "en";
                limit?: number;
            };
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpeakerProposalPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    selfSubmitProposal: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitProposalDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelfSubmittedProposal"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    selfGetProposal: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The proposal */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpeakerProposal"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    selfConfirmProposal: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The proposal */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpeakerProposal"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            414: components["responses"]["UriTooLong"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    selfDeclineProposal: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The proposal */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpeakerProposal"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            414: components["responses"]["UriTooLong"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    selfWithdrawProposal: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The proposal */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpeakerProposal"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            414: components["responses"]["UriTooLong"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    selfListReviewProposals: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                lang?: "kk" | "ru" | "en";
                limit?: number;
            };
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewQueue"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    selfGetReviewProposal: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The proposal */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewerProposal"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    selfPutReview: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The proposal */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposalReviewInput"];
            };
        };
        responses: {
            /** @description Replaced */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewerReviewResult"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewerReviewResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listSpeakers: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                lang?: "kk" | "ru" | "en";
                limit?: number;
            };
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpeakerPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createSpeaker: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSpeakerDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Speaker"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSpeaker: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The speaker */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Speaker"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteSpeaker: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The speaker */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateSpeaker: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The speaker */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSpeakerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Speaker"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    revokeSpeakerAccess: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The speaker */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpeakersAccessRevocation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSpeakerAgenda: {
        parameters: {
            query?: {
                format?: components["schemas"]["SpeakerAgendaFormat"];
                /** @description kk, ru or en; wins over Accept-Language */
                lang?: "kk" | "ru" | "en";
            };
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The speaker */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description `private, no-store` */
                    "Cache-Control"?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpeakerAgenda"];
                    "text/calendar": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSpeakerAgendaCalendar: {
        parameters: {
            query?: {
                /** @description kk, ru or en; wins over Accept-Language */
                lang?: "kk" | "ru" | "en";
            };
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The speaker */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description `private, no-store` */
                    "Cache-Control"?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSpeakerAvailability: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The event */
                eventId: string;
                /** @description The speaker */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpeakerAvailability"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    setSpeakerAvailability: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The event */
                eventId: string;
                /** @description The speaker */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SpeakerAvailabilityInput"];
            };
        };
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpeakerAvailability"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    inviteSpeaker: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The speaker */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SpeakerInvitationInput"];
            };
        };
        responses: {
            /** @description The link, to pass on */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpeakerInvitation"];
                };
            };
            /** @description The link is on its way by e-mail */
            202: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpeakerMailedInvitation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getProposalCall: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The event */
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallForProposals"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    putProposalCall: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The event */
                eventId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposalCallInput"];
            };
        };
        responses: {
            /** @description Replaced (or unchanged) */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallForProposals"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallForProposals"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listProposals: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                lang?: "kk" | "ru" | "en";
                limit?: number;
                status?: "submitted" | "in-review" | "accepted" | "rejected" | "withdrawn";
            };
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The event */
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    submitProposal: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The event */
                eventId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganiserSubmitProposalDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmittedProposal"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getProposal: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The event */
                eventId: string;
                /** @description The proposal */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalWithReviews"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    acceptProposal: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The event */
                eventId: string;
                /** @description The proposal */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Proposal"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            414: components["responses"]["UriTooLong"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    rejectProposal: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The event */
                eventId: string;
                /** @description The proposal */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Proposal"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            414: components["responses"]["UriTooLong"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    decideProposals: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The event */
                eventId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposalDecisionsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalDecisionsResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    rankProposals: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The event */
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalRanking"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listProposalReviewers: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The event */
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalReviewerList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    addProposalReviewer: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The event */
                eventId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposalReviewerInput"];
            };
        };
        responses: {
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddedProposalReviewer"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    revokeProposalReviewerAccess: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The event */
                eventId: string;
                /** @description The reviewer */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpeakersAccessRevocation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    inviteProposalReviewer: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The event */
                eventId: string;
                /** @description The reviewer */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposalReviewerInvitationInput"];
            };
        };
        responses: {
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpeakersInvitationLink"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listSurveys: {
        parameters: {
            query: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                eventId: string;
                lang?: "kk" | "ru" | "en";
                limit?: number;
            };
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createSurvey: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSurveyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Survey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSurvey: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Survey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteSurvey: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateSurvey: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSurveyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Survey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    closeSurvey: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Survey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            414: components["responses"]["UriTooLong"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    copySurvey: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CopySurveyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Survey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createPostTest: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePostTestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Survey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    publishSurvey: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Survey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            414: components["responses"]["UriTooLong"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getKnowledgeGain: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                surveyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeGain"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSurveyResults: {
        parameters: {
            query?: {
                /** @description Break the results down by the respondents’ region, sex or age band (small cells hidden) */
                breakdown?: "region" | "sex" | "age-band";
            };
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                surveyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyResults"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    exportSurveyResults: {
        parameters: {
            query?: {
                /** @description Break the results down by the respondents’ region, sex or age band (small cells hidden) */
                breakdown?: "region" | "sex" | "age-band";
                format?: "csv" | "xlsx";
                /** @description Language of headers and question texts; else from Accept-Language */
                lang?: "kk" | "ru" | "en";
            };
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                surveyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment (`Content-Disposition`) */
            200: {
                headers: {
                    "Content-Disposition"?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createSurveyFromTemplate: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SurveyFromTemplateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Survey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSurveyResultsBySession: {
        parameters: {
            query: {
                eventId: string;
            };
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubjectResults"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSurveyResultsBySpeaker: {
        parameters: {
            query: {
                eventId: string;
            };
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubjectResults"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                lang?: "kk" | "ru" | "en";
                limit?: number;
            };
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookEndpointDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhookEndpoint"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["ContentTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookEndpointDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                lang?: "kk" | "ru" | "en";
                limit?: number;
                status?: components["schemas"]["WebhookDeliveryStatus"];
            };
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listWebhookAttempts: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                deliveryId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookAttempts"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    retryWebhookDelivery: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                deliveryId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued again */
            202: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            414: components["responses"]["UriTooLong"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    replayWebhookEvents: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplayWebhookEventsDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookReplay"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RotateWebhookSecretDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RotatedWebhookSecret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    testWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: the same key and request answer the original response again (for 24 hours).
                 * @example 8e03978e-40d5-43e8-bc93-6894a57f9324
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookTest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyKeyInUse"];
            414: components["responses"]["UriTooLong"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listWebhookEventTypes: {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of problem titles and details and of localised content: kk, ru or en, negotiated as HTTP does (`kk-KZ, ru;q=0.8`); a language the API does not speak falls back to kk. */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEventTypes"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
