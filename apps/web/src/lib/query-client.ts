import { type FetchQueryOptions, QueryClient } from "@tanstack/react-query";
import { isApiError } from "./api-client";

/**
 * Client errors (4xx) will not get better by asking again; network and 5xx errors might.
 * After these quick retries (1 s, 2 s) a query that could not reach the server is retried
 * by the connection monitor, with longer waits, for as long as it is on screen.
 */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: shouldRetry,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}

export const queryClient = createQueryClient();

// biome-ignore lint/suspicious/noExplicitAny: any query's options (their data types differ)
export type PrefetchOptions = FetchQueryOptions<any, any, any, any>;

/** Starts the queries a page is about to read (route loaders); errors show on the page. */
export function prefetch(options: PrefetchOptions | PrefetchOptions[]): void {
  for (const one of Array.isArray(options) ? options : [options]) {
    void queryClient.prefetchQuery(one);
  }
}
