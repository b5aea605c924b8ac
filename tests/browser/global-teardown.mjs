export default async function globalTeardown() {
  const server = globalThis.__handoffPreviewServer;
  if (server) await new Promise((resolve) => server.close(resolve));
}
