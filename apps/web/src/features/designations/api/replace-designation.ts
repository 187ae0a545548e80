// PUT /api/municipalities/:id/designations/:role { Person, act } → Designations: the new
// representative or alternate from today, designated by a mayoral or council decision; the
// current one is closed today (and its powers pass at once).
import type { PersonInput } from "@cni/contracts/accessions";
import type { DesignationActInput, Designations } from "@cni/contracts/designations";
import type { DesignationRole } from "@cni/domain/enums";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { municipalityKeys } from "@/entities/municipality/api";
import { getDesignationsQueryKey } from "@/entities/municipality/designations";
import { api } from "@/lib/api-client";

export type ReplaceDesignationInput = {
  municipalityId: string;
  role: DesignationRole;
  person: PersonInput;
  act: DesignationActInput;
};

export function replaceDesignation(input: ReplaceDesignationInput): Promise<Designations> {
  return api.put<Designations>(
    `/api/municipalities/${encodeURIComponent(input.municipalityId)}/designations/${input.role}`,
    { ...input.person, act: input.act },
  );
}

export function useReplaceDesignation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: replaceDesignation,
    onSuccess: async (data, input) => {
      queryClient.setQueryData(getDesignationsQueryKey(input.municipalityId), data);
      // the municipality's timeline lists designation changes too
      await queryClient.invalidateQueries({ queryKey: municipalityKeys.all });
    },
  });
}
