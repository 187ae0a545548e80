// Moved to apps/api/src/lib/parties.ts (the one home of "is X a party on D"); these names
// stay until the remaining importers switch over.
export { EMPTY_FACTS, loadMembershipFacts, loadPartiesOn as partiesOn } from "../../lib/parties.ts";
