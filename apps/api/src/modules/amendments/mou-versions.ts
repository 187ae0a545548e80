// The MoU text in force on a day: the 2024 text with the adopted amendments applied in the
// order they came into force. Pure: the caller says which amendments were adopted and when.
import type { MouChange, MouClause } from "@cni/contracts/mou";
import type { IsoDate } from "@cni/domain/dates";
import { MOU_CLAUSES } from "./mou-text.ts";

export type AdoptedAmendment = Omit<MouChange, "previousTextEl" | "textEl"> & {
  /** The clause or item id it replaces, or "new" to add a clause. */
  clause: string;
  proposedText: string;
  /** Tie-break between amendments adopted on the same day: the earlier proposal first. */
  proposedAt: Date;
};

/** The clauses in force on `asOf`, each with the history of its changes up to then. */
export function mouClausesOn(adopted: readonly AdoptedAmendment[], asOf: IsoDate): MouClause[] {
  const inForce = adopted
    .filter((a) => a.adoptedOn <= asOf)
    .sort(
      (a, b) =>
        a.adoptedOn.localeCompare(b.adoptedOn) || a.proposedAt.getTime() - b.proposedAt.getTime(),
    );
  const clauses: MouClause[] = MOU_CLAUSES.map((c) => ({
    ...c,
    history: [],
    items: c.items.map((i) => ({ ...i, history: [] })),
  }));
  const change = (a: AdoptedAmendment, previousTextEl: string): MouChange => ({
    amendmentId: a.amendmentId,
    title: a.title,
    adoptedOn: a.adoptedOn,
    municipalityId: a.municipalityId,
    proposerNameEl: a.proposerNameEl,
    proposerNameEn: a.proposerNameEn,
    previousTextEl,
    textEl: a.proposedText,
  });
  let lastNumber = Math.max(...clauses.map((c) => c.number ?? 0));
  const added: MouClause[] = [];
  for (const a of inForce) {
    if (a.clause === "new") {
      lastNumber += 1;
      added.push({
        id: `new-${a.amendmentId}`,
        kind: "new",
        number: lastNumber,
        titleEl: a.title,
        titleEn: a.title,
        textEl: a.proposedText,
        textEn: null,
        items: [],
        history: [change(a, "")],
      });
      continue;
    }
    for (const clause of clauses) {
      if (clause.id === a.clause) {
        clause.history.push(change(a, clause.textEl));
        clause.textEl = a.proposedText;
        clause.textEn = null;
      }
      for (const item of clause.items) {
        if (item.id === a.clause) {
          item.history.push(change(a, item.textEl));
          item.textEl = a.proposedText;
          item.textEn = null;
        }
      }
    }
  }
  // Added clauses come before the closing formula, numbered after the last article.
  const closing = clauses.findIndex((c) => c.kind === "closing");
  clauses.splice(closing === -1 ? clauses.length : closing, 0, ...added);
  return clauses;
}
