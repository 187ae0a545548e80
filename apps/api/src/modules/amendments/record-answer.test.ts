import { readdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { tinyPdf } from "../../../test/accession-fixtures.ts";
import {
  answer,
  answerForm,
  circulate,
  designatedRepresentative,
  propose,
} from "../../../test/amendment-fixtures.ts";
import { signInAs } from "../../../test/fixtures/personas.ts";
import { createTestApp, type TestContext } from "../../../test/helpers.ts";

vi.useFakeTimers({ toFake: ["Date"], shouldAdvanceTime: true });
vi.setSystemTime(new Date("2026-11-25T10:00:00Z"));

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => {
  await ctx.app.close();
  vi.useRealTimers();
});

async function circulatedProposal(proposer = "larissa") {
  const rep = await designatedRepresentative(ctx, proposer);
  const { id } = await propose(ctx, rep);
  const { parties } = await circulate(ctx, id);
  return { id, parties: parties.map((p) => p.municipalityId) };
}

describe("PUT /api/amendments/:id/consents/:municipalityId", () => {
  it("records every party's consent with its decision; adopted on the last consent's date, parties notified", async () => {
    const { id, parties } = await circulatedProposal();
    const coordinator = await signInAs(ctx, "coordinator");
    const [first, ...rest] = parties as [string, ...string[]];
    const officer = await signInAs(ctx, `${first}.officer`);
    const ownAnswer = await answer(
      ctx,
      officer,
      id,
      first,
      answerForm({ decisionDate: "2026-11-25", diavgeiaAda: "ψ4κρωλ7-βφη" }),
    );
    expect(ownAnswer.statusCode, ownAnswer.body).toBe(200);
    expect(ownAnswer.json()).toMatchObject({
      municipalityId: first,
      state: "consented",
      answer: {
        answer: "consent",
        decisionNumber: "12/2026",
        decisionDate: "2026-11-25",
        diavgeiaAda: "Ψ4ΚΡΩΛ7-ΒΦΗ",
        diavgeiaUrl: "https://diavgeia.gov.gr/decision/view/Ψ4ΚΡΩΛ7-ΒΦΗ",
        recordedByCoordinator: false,
        document: { filename: "απόφαση.pdf" },
      },
    });
    for (const municipalityId of rest) {
      const recorded = await answer(ctx, coordinator, id, municipalityId);
      expect(recorded.statusCode, recorded.body).toBe(200);
    }
    const detail = (
      await ctx.app.inject({
        method: "GET",
        url: `/api/amendments/${id}`,
        headers: coordinator.headers,
      })
    ).json();
    expect(detail).toMatchObject({
      status: "adopted",
      adoptedOn: "2026-11-25",
      answers: { parties: 18, consented: 18, pending: 0 },
    });
    expect(detail.parties[1].answer.recordedByCoordinator).toBe(true);
    expect(await ctx.db.notice.count({ where: { amendmentId: id, event: "decided" } })).toBe(18);
    expect(detail.history.map((h: { event: string }) => h.event)).toContain("adopted");
    // the party's own accounts (and the secretariat) download the decision's PDF
    const documentId = detail.parties[0].answer.document.id;
    const download = (headers: Record<string, string>) =>
      ctx.app.inject({ method: "GET", url: `/api/documents/${documentId}`, headers });
    const own = await download(officer.headers);
    expect(own.statusCode).toBe(200);
    expect(own.headers["content-type"]).toBe("application/pdf");
    expect((await download(coordinator.headers)).statusCode).toBe(200);

    // answers are closed once the outcome is reached
    const late = await answer(ctx, coordinator, id, first, answerForm({ answer: "refuse" }));
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe("OUTCOME_REACHED");
  });

  it("makes it not adopted on one refusal", async () => {
    const { id } = await circulatedProposal("trikala");
    const coordinator = await signInAs(ctx, "coordinator");
    const refused = await answer(ctx, coordinator, id, "athens", answerForm({ answer: "refuse" }));
    expect(refused.json().state).toBe("refused");
    const detail = (
      await ctx.app.inject({
        method: "GET",
        url: `/api/amendments/${id}`,
        headers: coordinator.headers,
      })
    ).json();
    expect(detail).toMatchObject({ status: "not_adopted", notAdoptedOn: "2026-11-25" });
    expect(await ctx.db.notice.count({ where: { amendmentId: id, event: "decided" } })).toBe(18);
  });

  it("refuses a municipality not among the frozen parties, and another party's officer (403)", async () => {
    const { id } = await circulatedProposal();
    const coordinator = await signInAs(ctx, "coordinator");
    const applicant = await answer(ctx, coordinator, id, "serres");
    expect(applicant.statusCode).toBe(403);
    expect(applicant.json().code).toBe("NOT_AMONG_PARTIES");
    const otherOfficer = await signInAs(ctx, "trikala.officer");
    expect((await answer(ctx, otherOfficer, id, "larissa")).statusCode).toBe(403);
    const representative = await signInAs(ctx, "larissa.representative");
    expect((await answer(ctx, representative, id, "larissa")).statusCode).toBe(403);
  });

  it("refuses the same answer twice (409); a change of answer is a new decision, history kept", async () => {
    const { id } = await circulatedProposal();
    const officer = await signInAs(ctx, "katerini.officer");
    expect((await answer(ctx, officer, id, "katerini")).statusCode).toBe(200);
    const twice = await answer(ctx, officer, id, "katerini");
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe("ALREADY_ANSWERED");
    const changed = await answer(
      ctx,
      officer,
      id,
      "katerini",
      answerForm({ answer: "refuse", decisionNumber: "13/2026" }),
    );
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({
      state: "refused",
      answer: { answer: "refuse", decisionNumber: "13/2026" },
      earlier: [{ answer: "consent", decisionNumber: "12/2026" }],
    });
  });

  it("needs the decision and its PDF (422), a well-shaped ΑΔΑ (422 ADA_INVALID), a PDF (415)", async () => {
    const { id } = await circulatedProposal();
    const officer = await signInAs(ctx, "tilos.officer");
    const filesBefore = readdirSync(ctx.documentsDir).length;
    const noFile = await answer(ctx, officer, id, "tilos", answerForm({}, null));
    expect(noFile.statusCode).toBe(422);
    expect(noFile.json().code).toBe("DOCUMENT_REQUIRED");
    const noNumber = await answer(ctx, officer, id, "tilos", answerForm({ decisionNumber: null }));
    expect(noNumber.statusCode).toBe(422);
    expect(noNumber.json().code).toBe("DECISION_REQUIRED");
    expect(noNumber.json().errors[0].path).toBe("decisionNumber");
    const noDate = await answer(ctx, officer, id, "tilos", answerForm({ decisionDate: null }));
    expect(noDate.statusCode).toBe(422);
    const badAda = await answer(ctx, officer, id, "tilos", answerForm({ diavgeiaAda: "12-34" }));
    expect(badAda.statusCode).toBe(422);
    expect(badAda.json().code).toBe("ADA_INVALID");
    const future = await answer(
      ctx,
      officer,
      id,
      "tilos",
      answerForm({ decisionDate: "2026-12-01" }),
    );
    expect(future.json().code).toBe("DECISION_IN_FUTURE");
    const before = await answer(
      ctx,
      officer,
      id,
      "tilos",
      answerForm({ decisionDate: "2026-01-05" }),
    );
    expect(before.json().code).toBe("DECISION_BEFORE_PROPOSAL");
    const notPdf = await answer(
      ctx,
      officer,
      id,
      "tilos",
      answerForm({}, Buffer.from("\x89PNG\r\n\x1a\n....", "latin1")),
    );
    expect(notPdf.statusCode).toBe(415);
    expect(await ctx.db.amendmentConsent.count({ where: { amendmentId: id } })).toBe(0);
    expect(readdirSync(ctx.documentsDir).length).toBe(filesBefore);
    expect(tinyPdf().length).toBeGreaterThan(0);
  });

  it("takes no answer before circulation (409)", async () => {
    const rep = await designatedRepresentative(ctx, "larissa");
    const { id } = await propose(ctx, rep);
    const coordinator = await signInAs(ctx, "coordinator");
    // not circulated: nobody is among its parties yet
    expect((await answer(ctx, coordinator, id, "larissa")).statusCode).toBe(403);
  });
});

describe("POST /api/amendments/:id/reminders", () => {
  it("sends one reminder to each party that has not answered", async () => {
    const { id } = await circulatedProposal();
    const coordinator = await signInAs(ctx, "coordinator");
    await answer(ctx, coordinator, id, "athens");
    const response = await ctx.app.inject({
      method: "POST",
      url: `/api/amendments/${id}/reminders`,
      headers: coordinator.headers,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().reminded).toHaveLength(17);
    expect(response.json().reminded).not.toContain("athens");
    expect(await ctx.db.notice.count({ where: { amendmentId: id, event: "reminder" } })).toBe(17);
  });
});

describe("a party that stops being a party before answering", () => {
  it("drops out of the count: adopted when it leaves; the reminder action tells the parties", async () => {
    const { id, parties } = await circulatedProposal();
    expect(parties).toContain("chania");
    const coordinator = await signInAs(ctx, "coordinator");
    for (const m of parties.filter((p) => p !== "chania")) {
      expect((await answer(ctx, coordinator, id, m)).statusCode).toBe(200);
    }
    const get = async () =>
      (
        await ctx.app.inject({
          method: "GET",
          url: `/api/amendments/${id}`,
          headers: coordinator.headers,
        })
      ).json();
    expect(await get()).toMatchObject({ status: "circulated", answers: { pending: 1 } });
    // Chania's withdrawal, notified 2026-11-09, recorded now: not a party from 2026-11-25
    await ctx.db.withdrawal.create({
      data: {
        municipalityId: "chania",
        status: "effective",
        decisionNumber: "5/2026",
        decisionDate: "2026-11-02",
        notifiedOn: "2026-11-09",
        lastDayAsParty: "2026-11-24",
        effectiveOn: "2026-11-25",
      },
    });
    const detail = await get();
    expect(detail).toMatchObject({ status: "adopted", adoptedOn: "2026-11-25" });
    expect(
      detail.parties.find((p: { municipalityId: string }) => p.municipalityId === "chania"),
    ).toMatchObject({ state: "dropped_out", leftOn: "2026-11-25", answer: null });
    expect(await ctx.db.notice.count({ where: { amendmentId: id, event: "decided" } })).toBe(0);
    const remind = await ctx.app.inject({
      method: "POST",
      url: `/api/amendments/${id}/reminders`,
      headers: coordinator.headers,
    });
    expect(remind.json()).toEqual({ reminded: [] });
    // every party of today (Chania no longer is one) is told of the outcome, once
    expect(await ctx.db.notice.count({ where: { amendmentId: id, event: "decided" } })).toBe(17);
    await ctx.app.inject({
      method: "POST",
      url: `/api/amendments/${id}/reminders`,
      headers: coordinator.headers,
    });
    expect(await ctx.db.notice.count({ where: { amendmentId: id, event: "decided" } })).toBe(17);
  });

  it("does not ask a municipality that became a party after circulation", async () => {
    const { id } = await circulatedProposal();
    const coordinator = await signInAs(ctx, "coordinator");
    await ctx.db.membershipPeriod.create({
      data: { municipalityId: "serres", basis: "accession", startsOn: "2026-11-25" },
    });
    const detail = (
      await ctx.app.inject({
        method: "GET",
        url: `/api/amendments/${id}`,
        headers: coordinator.headers,
      })
    ).json();
    expect(detail.joinedAfterCirculation).toEqual([
      expect.objectContaining({ municipalityId: "serres" }),
    ]);
    expect((await answer(ctx, coordinator, id, "serres")).json().code).toBe("NOT_AMONG_PARTIES");
  });
});
