import type { NoticeKind } from "@cni/domain/enums";
import type { Tx } from "../../db/client.ts";
import { partiesOn } from "../municipalities/facts.ts";

export type NoticeEvent =
  | "accepted"
  | "filed"
  | "rescinded"
  | "proposed"
  | "decided"
  | "opened"
  | "reminder";

export type NoticeInput = {
  kind: NoticeKind;
  event: NoticeEvent;
  /** The municipality the notice is about (the acceding or withdrawing party), if any. */
  subjectMunicipalityId: string | null;
  /** Recipients are the parties on this date, except the subject. */
  partiesOn: string;
  /** Or an explicit list of recipient municipalities (e.g. review participants). */
  recipients?: string[];
  accessionId?: string;
  withdrawalId?: string;
  amendmentId?: string;
  reviewDueOn?: string;
};

/**
 * Sends one notice to each party (every member as of `partiesOn`, other than the subject),
 * inside the caller's transaction. Returns the recipient ids.
 */
export async function notifyParties(tx: Tx, input: NoticeInput): Promise<string[]> {
  const candidates = input.recipients ?? (await partiesOn(tx, input.partiesOn));
  const recipients = candidates.filter((id) => id !== input.subjectMunicipalityId);
  const sentAt = new Date();
  await tx.notice.createMany({
    data: recipients.map((recipientMunicipalityId) => ({
      kind: input.kind,
      event: input.event,
      subjectMunicipalityId: input.subjectMunicipalityId,
      recipientMunicipalityId,
      accessionId: input.accessionId ?? null,
      withdrawalId: input.withdrawalId ?? null,
      amendmentId: input.amendmentId ?? null,
      reviewDueOn: input.reviewDueOn ?? null,
      sentAt,
    })),
  });
  return recipients;
}
