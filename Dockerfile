# syntax=docker/dockerfile:1
#
# One image for all six Jiyn apps (gateway, sessions, registrations, speakers, feedback, notifications). The app is
# chosen at build time or at run time, whichever suits the deployment:
#   docker build -t jiyn .                                  # then: docker run -e APP=sessions … jiyn
#   docker build -t jiyn-sessions --build-arg APP=sessions .
#   docker run … jiyn registrations                         # the command names the app
#   docker run … jiyn migrate registrations                 # migrations only (e.g. a pre-deploy job)
# A data service runs its migrations before it starts (RUN_MIGRATIONS=false skips that); see
# infra/docker/entrypoint.sh. docker-compose.yml at the root builds it as jiyn:local and runs it six times.
#
# The apps run built: `npm run build` (Nx's build target of every app and library, the same build
# `npm start` and `npm test` run) compiles them with SWC to plain ESM JavaScript under dist/<project root>,
# so no compiler lives in the processes.

ARG NODE_IMAGE=node:20-bookworm-slim

# --- manifests: the workspace package.json files only ----------------------------------------------------
# npm ci needs libs/*/package.json to link the workspaces. Copying just those (and not the sources) keeps
# the npm ci layer cached until a dependency actually changes.
FROM ${NODE_IMAGE} AS manifests
WORKDIR /app
COPY libs ./libs
RUN find libs -type f ! -name package.json -delete && find libs -mindepth 1 -type d -empty -delete

# --- deps: node_modules from the lock file ---------------------------------------------------------------
FROM ${NODE_IMAGE} AS deps
# node:20 ships npm 10, which ignores package.json `allowScripts` and would run every install script,
# including those the project denies. npm 11 honours the policy, as on developers' machines and in CI.
ARG NPM_VERSION=11.19.1
RUN npm install --global "npm@${NPM_VERSION}" && npm cache clean --force
WORKDIR /app
COPY package.json package-lock.json ./
COPY --from=manifests /app/libs ./libs

# --- build: every dependency (the compiler is a dev one), then dist/ ---------------------------------------
FROM deps AS build
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.base.json .swcrc nx.json project.json ./
COPY libs ./libs
COPY apps ./apps
COPY tools ./tools
RUN NX_DAEMON=false NX_TUI=false npx nx run-many -t build --outputStyle=static

# --- production dependencies only ----------------------------------------------------------------------------
FROM deps AS production-deps
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# --- runtime ---------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
# Empty: choose the app at run time (APP in the environment, or the command). Set: an image for one app.
ARG APP=""
# HOST: containers are reached from other containers, so listen on every interface (the apps default to
# 127.0.0.1). PORT: each app has its own container, so all can share one port; override it if you like.
ENV NODE_ENV=production \
    APP=${APP} \
    HOST=0.0.0.0 \
    PORT=3000
WORKDIR /app
COPY --from=production-deps /app/node_modules ./node_modules
COPY package.json ./
COPY --from=build /app/dist ./dist
COPY --chmod=0755 infra/docker/entrypoint.sh infra/docker/healthcheck.mjs ./infra/docker/
# Everything above stays owned by root and read-only to the app: it runs as the image's unprivileged
# `node` user (uid 1000).
USER node
EXPOSE 3000
# Liveness only (the process answers HTTP); /health/ready also checks PostgreSQL, Kafka or the upstreams
# and is what docker-compose.yml waits on before starting the gateway.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "/app/infra/docker/healthcheck.mjs", "/health/live"]
ENTRYPOINT ["/app/infra/docker/entrypoint.sh"]
CMD ["start"]
