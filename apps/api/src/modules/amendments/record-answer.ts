import { consentFields, type PartyAnswer } from "@cni/contracts/amendments";
import { answerRefusal, type ConsentAnswer } from "@cni/domain/amendment-outcome";
import { isValidAda, normalizeAda } from "@cni/domain/council-decision";
import { athensDateOf, athensToday } from "@cni/domain/dates";
import type { Db } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { recordAudit } from "../../lib/audit.ts";
import {
  conflict,
  type FieldError,
  forbidden,
  unprocessable,
  unsupportedMediaType,
} from "../../lib/errors.ts";
import { assertParty } from "../../lib/parties.ts";
import { isPdf, writePdfFile } from "../documents/store.ts";
import { loadPartyFacts, outcomeOf, partyAnswers } from "./amendment-view.ts";
import type { ConsentForm } from "./consent-form.ts";
import { findAmendmentOr404 } from "./get-amendment.ts";
import { notifyOutcomeOnce } from "./notify-outcome.ts";

export type RecordAnswerInput = {
  actor: SessionUser;
  id: string;
  municipalityId: string;
  form: ConsentForm;
  documentsDir: string;
};

function parseFields(form: ConsentForm, today: string) {
  const parsed = consentFields.safeParse(form.fields);
  const errors: FieldError[] = parsed.success
    ? []
    : parsed.error.issues.map((i) => ({
        path: i.path.join("."),
        message: i.message,
        code: i.code,
      }));
  if (!form.file) {
    errors.push({
      path: "file",
      message: "Attach the council decision (PDF)",
      code: "DOCUMENT_REQUIRED",
    });
  }
  if (!parsed.success || !form.file) {
    throw unprocessable(
      form.file ? "DECISION_REQUIRED" : "DOCUMENT_REQUIRED",
      "An answer is the party's council decision: its answer, number, date and PDF",
      errors,
    );
  }
  const fields = parsed.data;
  if (fields.diavgeiaAda !== undefined && !isValidAda(fields.diavgeiaAda)) {
    throw unprocessable("ADA_INVALID", "Not the shape of a Diavgeia ΑΔΑ (e.g. Ψ4ΚΡΩΛ7-ΒΦΗ)", [
      { path: "diavgeiaAda", message: "Not the shape of an ΑΔΑ", code: "ADA_INVALID" },
    ]);
  }
  if (fields.decisionDate > today) {
    throw unprocessable("DECISION_IN_FUTURE", `The decision date is after today (${today})`, [
      { path: "decisionDate", message: "In the future", code: "DECISION_IN_FUTURE" },
    ]);
  }
  if (!isPdf(form.file.bytes)) {
    throw unsupportedMediaType("NOT_A_PDF", "The file is not a PDF (checked by its content)", [
      { path: "file", message: "The file is not a PDF", code: "NOT_A_PDF" },
    ]);
  }
  return {
    ...fields,
    diavgeiaAda: fields.diavgeiaAda === undefined ? null : normalizeAda(fields.diavgeiaAda),
    file: form.file,
  };
}

/**
 * PUT /api/amendments/:id/consents/:municipalityId: a party's answer (consent or refusal)
 * by its council decision, with the decision's PDF, entered by the party's own officer or by
 * a coordinator recording it. A second answer must be a change of answer (a new decision,
 * kept with the earlier one) before the outcome. When this answer completes the outcome,
 * every party is notified in the same transaction.
 */
export async function recordAnswer(db: Db, input: RecordAnswerInput): Promise<PartyAnswer> {
  const { actor, id, municipalityId } = input;
  if (
    actor.role !== "coordinator" &&
    !(actor.role === "officer" && actor.municipalityId === municipalityId)
  ) {
    throw forbidden("A party's answer is entered by its officer, or recorded by a coordinator");
  }
  const row = await findAmendmentOr404(db, id);
  if (!row.parties.some((p) => p.municipalityId === municipalityId)) {
    throw forbidden(
      "This municipality is not one of the parties the amendment was circulated to",
      "NOT_AMONG_PARTIES",
    );
  }
  const today = athensToday();
  const fields = parseFields(input.form, today);
  if (fields.decisionDate < athensDateOf(row.createdAt)) {
    throw unprocessable("DECISION_BEFORE_PROPOSAL", "The decision is dated before the proposal", [
      { path: "decisionDate", message: "Before the proposal", code: "DECISION_BEFORE_PROPOSAL" },
    ]);
  }
  await assertParty(db, municipalityId, fields.decisionDate, "answer an amendment");

  const facts = await loadPartyFacts(db, [row]);
  const outcome = outcomeOf(row, facts, today);
  const previousRows = row.answers.filter((a) => a.municipalityId === municipalityId);
  const previous = previousRows.at(-1);
  const next = { answer: fields.answer as ConsentAnswer, decisionDate: fields.decisionDate };
  const refusal = answerRefusal(
    outcome.status,
    previous
      ? { answer: previous.answer as ConsentAnswer, decisionDate: previous.decisionDate }
      : null,
    next,
  );
  if (refusal === "DECISION_BEFORE_PREVIOUS") {
    throw unprocessable(
      refusal,
      "A change of answer is a later decision than the one it replaces",
      [{ path: "decisionDate", message: "Before the earlier decision", code: refusal }],
    );
  }
  if (refusal === "ALREADY_ANSWERED") {
    throw conflict(refusal, "This party has already given this answer");
  }
  if (refusal) throw conflict(refusal, `The amendment is ${outcome.status}: no answer is taken`);

  const stored = await writePdfFile(input.documentsDir, fields.file.bytes, fields.file.filename);
  try {
    await db.$transaction(async (tx) => {
      // another answer of this party recorded meanwhile: this one was decided on stale facts
      const recorded = await tx.amendmentConsent.count({
        where: { amendmentId: id, municipalityId },
      });
      if (recorded !== previousRows.length) {
        throw conflict("ALREADY_ANSWERED", "Another answer of this party was recorded meanwhile");
      }
      const document = await tx.document.create({
        data: {
          kind: "decision",
          filename: stored.filename,
          size: stored.size,
          sha256: stored.sha256,
          storageKey: stored.storageKey,
          uploadedById: actor.id,
        },
      });
      const answer = await tx.amendmentConsent.create({
        data: {
          amendmentId: id,
          municipalityId,
          answer: fields.answer,
          decisionNumber: fields.decisionNumber,
          decisionDate: fields.decisionDate,
          diavgeiaAda: fields.diavgeiaAda,
          documentId: document.id,
          recordedById: actor.id,
        },
      });
      await recordAudit(tx, {
        actor,
        action: "amendment.consent",
        entityType: "amendment",
        entityId: id,
        summary: `${municipalityId} ${fields.answer === "consent" ? "consents to" : "refuses"} "${row.title}" (decision ${fields.decisionNumber} of ${fields.decisionDate})${previous ? `, changing its answer "${previous.answer}"` : ""}`,
        before: previous
          ? { answer: previous.answer, decisionNumber: previous.decisionNumber }
          : undefined,
        after: {
          answerId: answer.id,
          municipalityId,
          answer: fields.answer,
          decisionNumber: fields.decisionNumber,
          decisionDate: fields.decisionDate,
          diavgeiaAda: fields.diavgeiaAda,
          documentId: document.id,
          sha256: stored.sha256,
        },
      });
      const updated = await findAmendmentOr404(tx, id);
      const after = outcomeOf(updated, facts, today);
      await notifyOutcomeOnce(tx, { actor, amendment: row, outcome: after });
    });
  } catch (error) {
    await stored.remove();
    throw error;
  }
  const updated = await findAmendmentOr404(db, id);
  const party = partyAnswers(updated, outcomeOf(updated, facts, today)).find(
    (p) => p.municipalityId === municipalityId,
  );
  return party as PartyAnswer;
}
