#!/bin/sh
# Entry point of the Jiyn image (see the root Dockerfile).
#
#   entrypoint.sh [start]          run the app named by $APP
#   entrypoint.sh <app>            run <app>: gateway, sessions, registrations, speakers, feedback or notifications
#   entrypoint.sh migrate [<app>]  apply <app>'s (default: $APP's) migrations, then exit
#   entrypoint.sh <command …>      anything else runs as given (sh, node …), for debugging
#
# Every app (the gateway owns the access schema) applies its pending migrations first; migrations need only
# DATABASE_URL and take an advisory lock, so replicas starting together are safe. RUN_MIGRATIONS=false
# skips that step when a separate job runs `migrate` before a rollout.
set -eu

cd "$(dirname "$0")/../.." # the repository root inside the image; the built apps are under dist/

APPS='gateway sessions registrations speakers feedback notifications'

is_app() {
  for known in $APPS; do
    [ "$1" = "$known" ] && return 0
  done
  return 1
}

require_app() {
  if [ -z "${1:-}" ]; then
    echo "jiyn: no app chosen. Set APP (build arg or environment) or pass one of: $APPS" >&2
    exit 64
  fi
  if ! is_app "$1"; then
    echo "jiyn: unknown app '$1'. Choose one of: $APPS" >&2
    exit 64
  fi
}

migrate() {
  node "dist/apps/$1/src/migrate.js"
}

# Old-generation heap per app, MB (as tools/dev/platform/apps.ts gives them): a busy service's heap
# otherwise grows with its allocation rate far beyond what it holds. NODE_OPTIONS with its own
# --max-old-space-size wins.
heap_mb() {
  case "$1" in
    sessions) echo 384 ;;
    gateway | feedback | notifications) echo 160 ;;
    *) echo 192 ;;
  esac
}

start() {
  require_app "$1"
  case " ${NODE_OPTIONS:-} " in
    *--max-old-space-size*) ;;
    *) export NODE_OPTIONS="${NODE_OPTIONS:-} --max-old-space-size=$(heap_mb "$1")" ;;
  esac
  if [ "${RUN_MIGRATIONS:-true}" != false ]; then
    migrate "$1"
  fi
  # exec: the app replaces this shell and receives SIGTERM itself (it shuts down gracefully).
  exec node "dist/apps/$1/src/main.js"
}

command=${1:-start}
case "$command" in
  start)
    start "${APP:-}"
    ;;
  migrate)
    app=${2:-${APP:-}}
    require_app "$app"
    migrate "$app"
    ;;
  *)
    if is_app "$command"; then
      start "$command"
    fi
    if ! command -v "$command" > /dev/null 2>&1; then
      echo "jiyn: '$command' is neither an app ($APPS) nor a command (start, migrate, or a program)" >&2
      exit 64
    fi
    exec "$@"
    ;;
esac
