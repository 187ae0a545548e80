// The states every detail page goes through while its query loads: a skeleton, "not found"
// (a 404), a failed request with a retry, then the page itself. Pages pass their query and
// render the data; the back link and heading stay in place in every state.
import { Skeleton, Stack, Text, Title } from "@mantine/core";
import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { isApiError } from "@/lib/api-client";
import { useDocumentTitle } from "@/lib/use-document-title";
import { ErrorState } from "./error-state";

type Props<T> = {
  query: Pick<UseQueryResult<T>, "data" | "error" | "isError" | "refetch">;
  /** Shown above the content in every state, e.g. a BackLink. */
  back?: ReactNode;
  /** The heading while loading failed. */
  title: string;
  /** The document title once the data is there. */
  pageTitle: (data: T) => string;
  notFound: { title: string; text: string };
  /** The translation namespace with the feature's error codes. */
  namespace?: string;
  children: (data: T) => ReactNode;
};

export function QueryPage<T>({
  query,
  back,
  title,
  pageTitle,
  notFound,
  namespace,
  children,
}: Props<T>) {
  const missing = isApiError(query.error) && query.error.status === 404;
  useDocumentTitle(
    query.data !== undefined ? pageTitle(query.data) : missing ? notFound.title : title,
  );
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (missing) {
    return (
      <Stack gap="md" maw={720}>
        {back}
        <Title order={1}>{notFound.title}</Title>
        <Text>{notFound.text}</Text>
      </Stack>
    );
  }
  if (query.isError) {
    return (
      <Stack gap="md">
        {back}
        <Title order={1}>{title}</Title>
        <ErrorState
          error={query.error}
          namespace={namespace}
          onRetry={() => void query.refetch()}
        />
      </Stack>
    );
  }
  return (
    <Stack gap="md" aria-busy="true">
      {back}
      <Skeleton height={36} width="60%" />
      <Skeleton height={200} />
    </Stack>
  );
}
