// The municipality page's prompt (a composition point) for the municipality's own officer:
// once the municipality is a party, designate the representative and alternate if they are
// still to be designated. Nothing for anyone else (designations are personal data).
import { useSession } from "@/entities/session/get-session";
import { DesignatePrompt } from "./designate-prompt";

type Props = { municipality: { id: string; status: string } };

export function MunicipalityDesignatePrompt({ municipality }: Props) {
  const user = useSession().data?.user;
  const isParty = municipality.status === "member" || municipality.status === "withdrawing";
  if (!isParty || user?.role !== "officer" || user.municipalityId !== municipality.id) return null;
  return <DesignatePrompt municipalityId={municipality.id} isOfficer />;
}
