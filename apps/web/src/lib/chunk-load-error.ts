// A lazy page's code (or its translations) could not be downloaded: the connection, or a
// release since the tab was opened. Its own module, because the route error (entry chunk)
// needs it and nothing else from lib/connection.ts.
export function isChunkLoadError(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|module script failed|preload CSS/i.test(error.message)
  );
}
