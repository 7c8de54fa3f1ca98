// Container health probe for the Jiyn image (Dockerfile HEALTHCHECK, docker-compose.yml).
// Usage: node infra/docker/healthcheck.mjs [path]   — path defaults to /health/live.
// Exits 0 when the app in this container answers the path with 2xx, 1 otherwise. Uses Node's own fetch:
// the slim image has no curl or wget. The app listens on HOST=0.0.0.0, so loopback reaches it.
const path = process.argv[2] ?? '/health/live';
const url = `http://127.0.0.1:${process.env.PORT ?? '3000'}${path}`;

try {
  const response = await fetch(url, { signal: AbortSignal.timeout(4000) });
  if (!response.ok) console.error(`${url} answered ${response.status}: ${await response.text()}`);
  process.exit(response.ok ? 0 : 1);
} catch (error) {
  console.error(`${url} did not answer: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
