import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type Agent, createTestApp, signInAs, type TestContext } from "../../../test/helpers.ts";

vi.useFakeTimers({ toFake: ["Date"], shouldAdvanceTime: true });
vi.setSystemTime(new Date("2026-11-25T10:00:00Z"));

let ctx: TestContext;
let coordinator: Agent;
let larissaRep: Agent;
let larissaOfficer: Agent;
let trikalaRep: Agent;
let trikalaOfficer: Agent;

beforeAll(async () => {
  ctx = await createTestApp();
  coordinator = (await signInAs(ctx, "coordinator")).agent;
  larissaRep = (await signInAs(ctx, "representative", "larissa")).agent;
  larissaOfficer = (await signInAs(ctx, "officer", "larissa")).agent;
  trikalaRep = (await signInAs(ctx, "representative", "trikala")).agent;
  trikalaOfficer = (await signInAs(ctx, "officer", "trikala")).agent;
});
afterAll(async () => {
  await ctx.app.close();
  vi.useRealTimers();
});

const proposal = {
  title: "Αξιολόγηση κάθε χρόνο",
  clause: "art-5",
  proposedText: "Η αξιολόγηση της πορείας της συνεργασίας θα πραγματοποιείται ετησίως.",
  rationale: "Η διετία είναι μεγάλο διάστημα για τις ανάγκες των δήμων.",
};

function call(
  agent: Agent | null,
  method: "GET" | "POST",
  url: string,
  payload?: Record<string, unknown>,
) {
  return ctx.app.inject({ method, url, headers: agent?.headers ?? {}, payload });
}

async function propose(agent: Agent = larissaRep, body: Record<string, unknown> = proposal) {
  const response = await call(agent, "POST", "/api/amendments", body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; status: string; history: { status: string }[] };
}

const setStatus = (id: string, status: string, note?: string, agent = coordinator) =>
  call(
    agent,
    "POST",
    `/api/amendments/${id}/status`,
    note === undefined ? { status } : { status, note },
  );

describe("POST /api/amendments", () => {
  it("lets a representative propose: proposed, every party notified, audited", async () => {
    const created = await propose();
    expect(created).toMatchObject({
      status: "proposed",
      clause: "art-5",
      municipalityId: "larissa",
      history: [{ status: "proposed", note: null }],
      comments: [],
    });
    const notices = await ctx.db.notice.findMany({ where: { amendmentId: created.id } });
    expect(notices).toHaveLength(18);
    expect(notices.every((n) => n.kind === "amendment" && n.event === "proposed")).toBe(true);
    expect(new Set(notices.map((n) => n.recipientMunicipalityId)).size).toBe(18);
    // the applicant (not a party) is not notified; the proposer's own municipality is
    expect(notices.map((n) => n.recipientMunicipalityId)).not.toContain("serres");
    expect(notices.map((n) => n.recipientMunicipalityId)).toContain("larissa");
    const audit = await ctx.db.auditEntry.findMany({ where: { entityId: created.id } });
    expect(audit.map((a) => a.action)).toEqual(["amendment.propose"]);
  });

  it("is for representatives only: officers and coordinators get 403, anonymous 401", async () => {
    expect((await call(larissaOfficer, "POST", "/api/amendments", proposal)).statusCode).toBe(403);
    expect((await call(coordinator, "POST", "/api/amendments", proposal)).statusCode).toBe(403);
    expect((await call(null, "POST", "/api/amendments", proposal)).statusCode).toBe(401);
  });

  it("rejects an unknown clause (422) and an incomplete proposal (400)", async () => {
    const unknown = await call(larissaRep, "POST", "/api/amendments", {
      ...proposal,
      clause: "art-99",
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().code).toBe("UNKNOWN_CLAUSE");
    const incomplete = await call(larissaRep, "POST", "/api/amendments", {
      ...proposal,
      rationale: "",
    });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().errors[0].path).toBe("rationale");
  });

  it("refuses a representative of a municipality that is not a party (422)", async () => {
    const serres = await signInAs(ctx, "representative", "serres");
    const response = await call(serres.agent, "POST", "/api/amendments", proposal);
    expect(response.statusCode).toBe(422);
    expect(response.json().code).toBe("NOT_A_PARTY");
  });
});

describe("the life of a proposal", () => {
  it("is commented on, discussed and adopted, with the parties notified of the decision", async () => {
    const { id } = await propose(larissaRep, { ...proposal, clause: "art-1.3" });

    const comment = await call(trikalaOfficer, "POST", `/api/amendments/${id}/comments`, {
      body: "Συμφωνούμε.",
    });
    expect(comment.statusCode).toBe(201);
    expect(comment.json().comments).toEqual([
      expect.objectContaining({
        body: "Συμφωνούμε.",
        author: expect.objectContaining({ municipalityId: "trikala", role: "officer" }),
      }),
    ]);
    expect(
      (await call(coordinator, "POST", `/api/amendments/${id}/comments`, { body: "Θα συζητηθεί." }))
        .statusCode,
    ).toBe(201);
    expect(
      (await call(trikalaRep, "POST", `/api/amendments/${id}/comments`, { body: " " })).statusCode,
    ).toBe(400);
    expect(
      (await call(null, "POST", `/api/amendments/${id}/comments`, { body: "x" })).statusCode,
    ).toBe(401);

    expect((await setStatus(id, "under_discussion", undefined, larissaRep)).statusCode).toBe(403);
    const discussed = await setStatus(id, "under_discussion");
    expect(discussed.statusCode).toBe(200);
    expect(discussed.json().status).toBe("under_discussion");
    expect(await ctx.db.notice.count({ where: { amendmentId: id, event: "decided" } })).toBe(0);

    const noNote = await setStatus(id, "adopted");
    expect(noNote.statusCode).toBe(400);
    expect(noNote.json().errors[0].path).toBe("note");

    const adopted = await setStatus(id, "adopted", "Εγκρίθηκε στη συνεδρίαση της 20/11/2026");
    expect(adopted.statusCode).toBe(200);
    expect(adopted.json()).toMatchObject({
      status: "adopted",
      decisionNote: "Εγκρίθηκε στη συνεδρίαση της 20/11/2026",
    });
    expect(adopted.json().history.map((h: { status: string }) => h.status)).toEqual([
      "proposed",
      "under_discussion",
      "adopted",
    ]);
    const decided = await ctx.db.notice.findMany({ where: { amendmentId: id, event: "decided" } });
    expect(decided).toHaveLength(18);

    // after the decision nothing else changes
    expect((await setStatus(id, "rejected", "no")).statusCode).toBe(409);
    expect((await setStatus(id, "under_discussion")).statusCode).toBe(409);
    expect(
      (await call(trikalaRep, "POST", `/api/amendments/${id}/comments`, { body: "Αργά" }))
        .statusCode,
    ).toBe(409);
    const late = await call(larissaRep, "POST", `/api/amendments/${id}/withdraw`);
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe("AMENDMENT_TRANSITION_NOT_ALLOWED");

    const audit = await ctx.db.auditEntry.findMany({
      where: { entityType: "amendment", entityId: id },
      orderBy: { at: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual([
      "amendment.propose",
      "amendment.comment",
      "amendment.comment",
      "amendment.discuss",
      "amendment.adopt",
    ]);

    // the MoU shows it next to article 1, the article whose item 3 it changed
    const mou = (await call(null, "GET", "/api/mou")).json();
    const art1 = mou.clauses.find((c: { id: string }) => c.id === "art-1");
    expect(art1.amendments).toEqual([
      expect.objectContaining({ id, clause: "art-1.3", decisionNote: expect.any(String) }),
    ]);
  });

  it("can be rejected or adopted straight from proposed", async () => {
    const a = await propose();
    expect((await setStatus(a.id, "rejected", "Δεν υπάρχει πλειοψηφία")).json().status).toBe(
      "rejected",
    );
    const b = await propose();
    expect((await setStatus(b.id, "adopted", "Ομόφωνα")).json().status).toBe("adopted");
  });

  it("can be withdrawn by its proposer only, before a decision", async () => {
    const { id } = await propose();
    const other = await call(trikalaRep, "POST", `/api/amendments/${id}/withdraw`);
    expect(other.statusCode).toBe(403);
    // a colleague of the same municipality is not the proposer either
    const colleague = await signInAs(ctx, "representative", "larissa");
    expect((await call(colleague.agent, "POST", `/api/amendments/${id}/withdraw`)).statusCode).toBe(
      403,
    );
    expect((await call(coordinator, "POST", `/api/amendments/${id}/withdraw`)).statusCode).toBe(
      403,
    );

    const withdrawn = await call(larissaRep, "POST", `/api/amendments/${id}/withdraw`);
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json().status).toBe("withdrawn");
    expect((await call(larissaRep, "POST", `/api/amendments/${id}/withdraw`)).statusCode).toBe(409);
    expect((await setStatus(id, "adopted", "x")).statusCode).toBe(409);
    const audit = await ctx.db.auditEntry.findMany({
      where: { entityId: id },
      orderBy: { at: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual(["amendment.propose", "amendment.withdraw"]);
  });
});

describe("reading the register", () => {
  it("lists every proposal with its history to signed-in users only", async () => {
    expect((await call(null, "GET", "/api/amendments")).statusCode).toBe(401);
    const list = await call(trikalaOfficer, "GET", "/api/amendments");
    expect(list.statusCode).toBe(200);
    const body = list.json();
    expect(body.total).toBe(body.items.length);
    expect(body.items.length).toBeGreaterThanOrEqual(5);
    for (const item of body.items) expect(item.history[0].status).toBe("proposed");
    const statuses = new Set(body.items.map((i: { status: string }) => i.status));
    expect([...statuses].sort()).toEqual(["adopted", "proposed", "rejected", "withdrawn"]);
  });

  it("404s for an unknown proposal", async () => {
    expect((await call(larissaRep, "GET", "/api/amendments/nope")).statusCode).toBe(404);
    expect((await setStatus("nope", "under_discussion")).statusCode).toBe(404);
  });
});

describe("GET /api/mou", () => {
  it("is public and gives the Greek text clause by clause, with an English translation", async () => {
    const response = await call(null, "GET", "/api/mou");
    expect(response.statusCode).toBe(200);
    const mou = response.json();
    expect(mou.signedOn).toBe("2024-06-17");
    expect(mou.clauses.map((c: { id: string }) => c.id)).toEqual([
      "preamble",
      "art-1",
      "art-2",
      "art-3",
      "art-4",
      "art-5",
      "art-6",
      "closing",
    ]);
    const byId = Object.fromEntries(mou.clauses.map((c: { id: string }) => [c.id, c]));
    expect(byId["art-1"].items).toHaveLength(8);
    expect(byId["art-2"].items).toHaveLength(3);
    expect(byId["art-4"].textEl).toContain("δέκα πέντε (15) ημερολογιακές ημέρες");
    expect(byId["art-5"].textEl).toBe(
      "Η αξιολόγηση της πορείας της συνεργασίας θα πραγματοποιείται ανά διετία.",
    );
    expect(byId["art-3"].textEl).toContain("έναν εκπρόσωπο και έναν αναπληρωτή");
    for (const clause of mou.clauses) {
      expect(clause.textEl).not.toContain("**");
      expect(clause.textEn.length).toBeGreaterThan(10);
    }
    // only adopted proposals are attached (two adopted on art-5 above; rejected/withdrawn not)
    expect(byId["art-5"].amendments).toHaveLength(1);
    expect(byId["art-5"].amendments[0].decisionNote).toBe("Ομόφωνα");
  });
});
