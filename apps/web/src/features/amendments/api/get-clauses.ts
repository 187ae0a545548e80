// GET /api/mou (public), reduced to what the proposal form needs: the clauses and their
// numbered items, to choose the one a proposal concerns.
import type { MouDocument } from "@cni/contracts/mou";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { amendmentsQueryKeyRoot } from "./get-amendments";

export type ClauseOption = { id: string; labelEl: string; labelEn: string; group: string };

export const getClausesQueryKey = () => [...amendmentsQueryKeyRoot, "clauses"] as const;

function truncate(text: string, max = 70) {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

export async function getClauses(signal?: AbortSignal): Promise<ClauseOption[]> {
  const mou = await api.get<MouDocument>("/api/mou", { signal });
  return mou.clauses
    .filter((c) => c.kind !== "new")
    .flatMap((c) => {
      const prefix = c.number === null ? "" : `${c.number}. `;
      return [
        {
          id: c.id,
          labelEl: `${prefix}${c.titleEl}`,
          labelEn: `${prefix}${c.titleEn}`,
          group: c.id,
        },
        ...c.items.map((item) => {
          const n = item.id.split(".")[1];
          return {
            id: item.id,
            labelEl: `${c.number}.${n} ${truncate(item.textEl)}`,
            labelEn: `${c.number}.${n} ${truncate(item.textEn ?? item.textEl)}`,
            group: c.id,
          };
        }),
      ];
    });
}

export const getClausesQueryOptions = () =>
  queryOptions({
    queryKey: getClausesQueryKey(),
    queryFn: ({ signal }) => getClauses(signal),
    staleTime: Number.POSITIVE_INFINITY,
  });

export function useClauses() {
  return useQuery(getClausesQueryOptions());
}
