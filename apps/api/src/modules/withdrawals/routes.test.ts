import { createHash } from "node:crypto";
import { addCalendarDays, athensToday } from "@cni/domain/dates";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Agent, createTestApp, signInAs, type TestContext } from "../../../test/helpers.ts";

let ctx: TestContext;
let coordinator: Agent;
const today = athensToday();
const daysAgo = (n: number) => addCalendarDays(today, -n);

beforeAll(async () => {
  // These tests check the rules, not load shedding (see test/reliability): on a busy
  // machine the synchronous work of app.inject() must not be answered with 503s.
  ctx = await createTestApp();
  coordinator = (await signInAs(ctx, "coordinator")).agent;
});
afterAll(async () => {
  await ctx.app.close();
});

const officerOf = async (municipalityId: string) =>
  (await signInAs(ctx, "officer", municipalityId)).agent;

const file = (agent: Agent, payload: Record<string, unknown>) =>
  ctx.app.inject({ method: "POST", url: "/api/withdrawals", headers: agent.headers, payload });

const rescind = (agent: Agent, id: string) =>
  ctx.app.inject({
    method: "POST",
    url: `/api/withdrawals/${id}/rescind`,
    headers: agent.headers,
  });

const directoryEntry = async (id: string, asOf?: string) => {
  const response = await ctx.app.inject({
    method: "GET",
    url: "/api/municipalities",
    query: asOf ? { asOf } : {},
  });
  return (response.json() as { items: Array<Record<string, unknown>> }).items.find(
    (m) => m.id === id,
  );
};

/** The parties on a date (members and withdrawing), per the public directory. */
const partiesOn = async (asOf: string) => {
  const response = await ctx.app.inject({
    method: "GET",
    url: "/api/municipalities",
    query: { asOf, status: "member,withdrawing" },
  });
  return (response.json() as { items: { id: string }[] }).items.map((m) => m.id).sort();
};

/** Notices per recipient for one withdrawal event: { recipientId: count }. */
const noticeCounts = async (withdrawalId: string, event: "filed" | "rescinded") => {
  const notices = await ctx.db.notice.findMany({ where: { withdrawalId, event } });
  const counts: Record<string, number> = {};
  for (const n of notices) {
    expect(n.kind).toBe("withdrawal");
    counts[n.recipientMunicipalityId] = (counts[n.recipientMunicipalityId] ?? 0) + 1;
  }
  return counts;
};

const expectProblem = (
  response: Awaited<ReturnType<typeof file>>,
  status: number,
  code?: string,
) => {
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers["content-type"]).toContain("application/problem+json");
  if (code) expect(response.json().code).toBe(code);
};

describe("filing and rescinding (officer of Larissa)", () => {
  let officer: Agent;
  let id: string;

  beforeAll(async () => {
    officer = await officerOf("larissa");
  });

  it("files with notifiedOn = today and effectiveOn 15 calendar days later", async () => {
    const partiesBefore = await partiesOn(today);
    const response = await file(officer, {
      municipalityId: "larissa",
      declaredOn: daysAgo(2),
      reason: "Απόφαση δημοτικού συμβουλίου",
    });
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({
      municipalityId: "larissa",
      status: "pending",
      declaredOn: daysAgo(2),
      notifiedOn: today,
      effectiveOn: addCalendarDays(today, 15),
      rescindedOn: null,
      daysUntilEffective: 15,
      reason: "Απόφαση δημοτικού συμβουλίου",
    });
    id = body.id;

    // every other party, exactly once; not the subject, not the applicant Serres
    const counts = await noticeCounts(id, "filed");
    expect(Object.keys(counts).sort()).toEqual(partiesBefore.filter((m) => m !== "larissa"));
    expect(Object.values(counts).every((n) => n === 1)).toBe(true);
    expect(counts.larissa).toBeUndefined();
    expect(counts.serres).toBeUndefined();
    expect(body.notices.filed).toBe(partiesBefore.length - 1);

    const audit = await ctx.db.auditEntry.findMany({
      where: { entityType: "withdrawal", entityId: id },
    });
    expect(audit.map((a) => a.action)).toEqual(["withdrawal.file"]);
  });

  it("makes Larissa 'withdrawing' with a countdown in the directory, still a party", async () => {
    expect(await directoryEntry("larissa")).toMatchObject({
      status: "withdrawing",
      withdrawalEffectiveOn: addCalendarDays(today, 15),
    });
    expect(await partiesOn(today)).toContain("larissa");
    expect(await directoryEntry("larissa", addCalendarDays(today, 15))).toMatchObject({
      status: "former",
    });
  });

  it("refuses a second pending withdrawal (409)", async () => {
    expectProblem(
      await file(officer, { municipalityId: "larissa", declaredOn: today }),
      409,
      "WITHDRAWAL_PENDING",
    );
    expectProblem(
      await file(coordinator, { municipalityId: "larissa", declaredOn: today }),
      409,
      "WITHDRAWAL_PENDING",
    );
  });

  it("is visible to the officer and the coordinator, not to another municipality", async () => {
    const own = await ctx.app.inject({
      method: "GET",
      url: `/api/withdrawals/${id}`,
      headers: officer.headers,
    });
    expect(own.statusCode).toBe(200);
    const other = await officerOf("trikala");
    const hidden = await ctx.app.inject({
      method: "GET",
      url: `/api/withdrawals/${id}`,
      headers: other.headers,
    });
    expectProblem(hidden, 404);
    expectProblem(await rescind(other, id), 404);
    const list = await ctx.app.inject({
      method: "GET",
      url: "/api/withdrawals",
      headers: other.headers,
    });
    expect(list.json().items.map((w: { id: string }) => w.id)).not.toContain(id);
  });

  it("does not let a representative rescind (403)", async () => {
    const representative = (await signInAs(ctx, "representative", "larissa")).agent;
    expectProblem(await rescind(representative, id), 403);
  });

  it("rescinds before effect: member again, every other party notified exactly once", async () => {
    const parties = await partiesOn(today);
    const response = await rescind(officer, id);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ status: "rescinded", rescindedOn: today });

    const counts = await noticeCounts(id, "rescinded");
    expect(Object.keys(counts).sort()).toEqual(parties.filter((m) => m !== "larissa"));
    expect(Object.values(counts).every((n) => n === 1)).toBe(true);
    // the filing notices were not sent again
    expect(Object.values(await noticeCounts(id, "filed")).every((n) => n === 1)).toBe(true);

    expect(await directoryEntry("larissa")).toMatchObject({
      status: "member",
      withdrawalEffectiveOn: null,
    });
    expect(await directoryEntry("larissa", addCalendarDays(today, 30))).toMatchObject({
      status: "member",
    });
    const actions = await ctx.db.auditEntry.findMany({
      where: { entityType: "withdrawal", entityId: id },
      orderBy: { at: "asc" },
    });
    expect(actions.map((a) => a.action)).toEqual(["withdrawal.file", "withdrawal.rescind"]);
  });

  it("refuses to rescind twice (409) and sends no more notices", async () => {
    expectProblem(await rescind(coordinator, id), 409, "WITHDRAWAL_ALREADY_RESCINDED");
    const counts = await noticeCounts(id, "rescinded");
    expect(Object.values(counts).every((n) => n === 1)).toBe(true);
  });

  it("lets the municipality file again after rescinding", async () => {
    const again = await file(officer, { municipalityId: "larissa", declaredOn: today });
    expect(again.statusCode, again.body).toBe(201);
    expect((await rescind(coordinator, again.json().id)).statusCode).toBe(200);
  });
});

describe("date rules (422) and authorization", () => {
  it.each([
    ["declaredOn in the future", { declaredOn: addCalendarDays(today, 1) }, "DECLARED_IN_FUTURE"],
    [
      "notifiedOn in the future",
      { declaredOn: today, notifiedOn: addCalendarDays(today, 1) },
      "NOTIFIED_IN_FUTURE",
    ],
    [
      "notifiedOn before declaredOn",
      { declaredOn: daysAgo(3), notifiedOn: daysAgo(4) },
      "NOTIFIED_BEFORE_DECLARED",
    ],
  ])("coordinator: %s → 422 %s", async (_label, dates, code) => {
    const response = await file(coordinator, { municipalityId: "chania", ...dates });
    expectProblem(response, 422, code);
    expect(response.json().errors[0].path).toMatch(/^(declaredOn|notifiedOn)$/);
  });

  it("officer: an earlier notifiedOn (paper notification) is for coordinators only → 422", async () => {
    const officer = await officerOf("chania");
    expectProblem(
      await file(officer, {
        municipalityId: "chania",
        declaredOn: daysAgo(5),
        notifiedOn: daysAgo(5),
      }),
      422,
      "NOTIFIED_IN_PAST_COORDINATOR_ONLY",
    );
    // notifiedOn = today, sent explicitly, is fine for an officer (then rescinded)
    const ok = await file(officer, {
      municipalityId: "chania",
      declaredOn: today,
      notifiedOn: today,
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect((await rescind(officer, ok.json().id)).statusCode).toBe(200);
  });

  it("officer of another municipality → 403, and nothing is stored", async () => {
    const officer = await officerOf("trikala");
    expectProblem(await file(officer, { municipalityId: "heraklion", declaredOn: today }), 403);
    expect(await ctx.db.withdrawal.count({ where: { municipalityId: "heraklion" } })).toBe(0);
  });

  it("representative → 403; anonymous → 401", async () => {
    const representative = (await signInAs(ctx, "representative", "heraklion")).agent;
    expectProblem(
      await file(representative, { municipalityId: "heraklion", declaredOn: today }),
      403,
    );
    const anonymous = await ctx.app.inject({
      method: "POST",
      url: "/api/withdrawals",
      payload: { municipalityId: "heraklion", declaredOn: today },
    });
    expectProblem(anonymous, 401);
  });

  it("rejects malformed dates and unknown municipalities", async () => {
    expectProblem(
      await file(coordinator, { municipalityId: "heraklion", declaredOn: "2026-02-30" }),
      400,
      "VALIDATION_FAILED",
    );
    expectProblem(await file(coordinator, { municipalityId: "atlantis", declaredOn: today }), 404);
  });

  it("refuses a non-member (409): the applicant Serres, Athens before the founding", async () => {
    expectProblem(
      await file(coordinator, { municipalityId: "serres", declaredOn: today }),
      409,
      "NOT_A_MEMBER",
    );
    expectProblem(
      await file(coordinator, {
        municipalityId: "athens",
        declaredOn: "2017-12-01",
        notifiedOn: "2017-12-01",
      }),
      409,
      "NOT_A_MEMBER",
    );
    // a member "on or before 2024-06-17" is not counted as one before that date
    expectProblem(
      await file(coordinator, {
        municipalityId: "piraeus",
        declaredOn: "2024-06-01",
        notifiedOn: "2024-06-10",
      }),
      409,
      "NOT_A_MEMBER",
    );
    expect(
      await ctx.db.notice.count({ where: { kind: "withdrawal", subjectMunicipalityId: "serres" } }),
    ).toBe(0);
  });
});

describe("a paper notification recorded by a coordinator (Trikala, notified 20 days ago)", () => {
  const notifiedOn = daysAgo(20);
  const effectiveOn = addCalendarDays(notifiedOn, 15);
  let id: string;

  it("is effective at once, and notices go to the parties of the notification date", async () => {
    const parties = await partiesOn(notifiedOn);
    const response = await file(coordinator, {
      municipalityId: "trikala",
      declaredOn: daysAgo(21),
      notifiedOn,
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ status: "effective", notifiedOn, effectiveOn });
    id = response.json().id;
    const counts = await noticeCounts(id, "filed");
    expect(Object.keys(counts).sort()).toEqual(parties.filter((m) => m !== "trikala"));
    expect(Object.values(counts).every((n) => n === 1)).toBe(true);
  });

  it("is pending the day before the effective date and effective on it (?asOf)", async () => {
    const get = (asOf: string) =>
      ctx.app.inject({
        method: "GET",
        url: `/api/withdrawals/${id}`,
        query: { asOf },
        headers: coordinator.headers,
      });
    const before = (await get(addCalendarDays(effectiveOn, -1))).json();
    expect(before).toMatchObject({ status: "pending", daysUntilEffective: 1 });
    expect((await get(effectiveOn)).json()).toMatchObject({
      status: "effective",
      daysUntilEffective: 0,
    });

    expect(await directoryEntry("trikala", addCalendarDays(effectiveOn, -1))).toMatchObject({
      status: "withdrawing",
      withdrawalEffectiveOn: effectiveOn,
    });
    expect(await directoryEntry("trikala", effectiveOn)).toMatchObject({
      status: "former",
      withdrawalEffectiveOn: effectiveOn,
    });
    expect(await directoryEntry("trikala", addCalendarDays(notifiedOn, -1))).toMatchObject({
      status: "member",
    });
    expect(await partiesOn(addCalendarDays(effectiveOn, -1))).toContain("trikala");
    expect(await partiesOn(effectiveOn)).not.toContain("trikala");

    const list = async (asOf: string) =>
      (
        await ctx.app.inject({
          method: "GET",
          url: "/api/withdrawals",
          query: { asOf, municipalityId: "trikala" },
          headers: coordinator.headers,
        })
      ).json();
    expect((await list(addCalendarDays(effectiveOn, -1))).items[0].status).toBe("pending");
    expect((await list(addCalendarDays(notifiedOn, -1))).total).toBe(0);
  });

  it("cannot be rescinded after effect (409)", async () => {
    expectProblem(await rescind(coordinator, id), 409, "WITHDRAWAL_ALREADY_EFFECTIVE");
    expect(await ctx.db.notice.count({ where: { withdrawalId: id, event: "rescinded" } })).toBe(0);
  });

  it("a former member cannot withdraw again (409)", async () => {
    expectProblem(
      await file(coordinator, { municipalityId: "trikala", declaredOn: today }),
      409,
      "NOT_A_MEMBER",
    );
  });

  it("a withdrawal cannot be recorded inside an earlier one's window (409)", async () => {
    expectProblem(
      await file(coordinator, {
        municipalityId: "trikala",
        declaredOn: daysAgo(18),
        notifiedOn: daysAgo(18),
      }),
      409,
      "WITHDRAWAL_OVERLAPS",
    );
  });

  it("re-joining: a new accession period makes it a member again, with both periods in its history", async () => {
    const rejoinedOn = daysAgo(2);
    // what accepting a new accession declaration does to the membership
    await ctx.db.membershipPeriod.create({
      data: { municipalityId: "trikala", basis: "accession", startsOn: rejoinedOn },
    });
    const detail = (
      await ctx.app.inject({ method: "GET", url: "/api/municipalities/trikala" })
    ).json();
    expect(detail).toMatchObject({ status: "member", memberSince: rejoinedOn });
    expect(detail.history.periods).toEqual([
      { basis: "accession", from: null, fromOnOrBefore: "2024-06-17", until: effectiveOn },
      { basis: "accession", from: rejoinedOn, fromOnOrBefore: null, until: null },
    ]);
    expect(detail.history.withdrawals).toEqual([
      expect.objectContaining({ id, status: "effective", effectiveOn }),
    ]);
    // between the two periods it was a former member
    expect(await directoryEntry("trikala", addCalendarDays(rejoinedOn, -1))).toMatchObject({
      status: "former",
    });

    const timeline = (
      await ctx.app.inject({ method: "GET", url: "/api/municipalities/trikala/timeline" })
    ).json();
    expect(timeline.events.map((e: { kind: string; date: string }) => [e.kind, e.date])).toEqual([
      ["member_on_or_before", "2024-06-17"],
      ["withdrawal_filed", notifiedOn],
      ["withdrawal_effective", effectiveOn],
      ["accession_accepted", rejoinedOn],
    ]);

    // a member again, it may withdraw again (the earlier withdrawal does not block it)
    const officer = await officerOf("trikala");
    const again = await file(officer, { municipalityId: "trikala", declaredOn: today });
    expect(again.statusCode, again.body).toBe(201);
    expect((await rescind(officer, again.json().id)).statusCode).toBe(200);
  });
});

describe("GET /api/withdrawals", () => {
  it("coordinator sees all, filters by status; an officer sees only its own", async () => {
    const all = await ctx.app.inject({
      method: "GET",
      url: "/api/withdrawals",
      headers: coordinator.headers,
    });
    expect(all.statusCode).toBe(200);
    const municipalities = new Set(
      all.json().items.map((w: { municipalityId: string }) => w.municipalityId),
    );
    expect([...municipalities].sort()).toEqual(["chania", "larissa", "trikala"]);

    const effective = await ctx.app.inject({
      method: "GET",
      url: "/api/withdrawals",
      query: { status: "effective" },
      headers: coordinator.headers,
    });
    expect(effective.json().items.map((w: { municipalityId: string }) => w.municipalityId)).toEqual(
      ["trikala"],
    );

    const officer = await officerOf("larissa");
    const own = await ctx.app.inject({
      method: "GET",
      url: "/api/withdrawals",
      headers: officer.headers,
    });
    expect(own.json().total).toBeGreaterThan(0);
    expect(
      own.json().items.every((w: { municipalityId: string }) => w.municipalityId === "larissa"),
    ).toBe(true);
    const asking = await ctx.app.inject({
      method: "GET",
      url: "/api/withdrawals",
      query: { municipalityId: "trikala" },
      headers: officer.headers,
    });
    expect(asking.json().total).toBe(0);
  });

  it("rejects an unknown status with 400", async () => {
    const response = await ctx.app.inject({
      method: "GET",
      url: "/api/withdrawals",
      query: { status: "pending,cancelled" },
      headers: coordinator.headers,
    });
    expect(response.statusCode).toBe(400);
  });
});

/** multipart/form-data with one file (and an optional kind field before it). */
function multipart(file: Buffer, filename: string, kind?: string) {
  const boundary = `----cni${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  if (kind) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\n${kind}\r\n`,
      ),
    );
  }
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return {
    payload: Buffer.concat(parts),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}

describe("POST /api/withdrawals/:id/documents", () => {
  const pdf = Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n", "latin1");
  let officer: Agent;
  let id: string;

  beforeAll(async () => {
    officer = await officerOf("kalamaria");
    const filed = await file(officer, { municipalityId: "kalamaria", declaredOn: today });
    expect(filed.statusCode, filed.body).toBe(201);
    id = filed.json().id;
  });

  const upload = (agent: Agent, body: ReturnType<typeof multipart>) =>
    ctx.app.inject({
      method: "POST",
      url: `/api/withdrawals/${id}/documents`,
      headers: { ...agent.headers, ...body.headers },
      payload: body.payload,
    });

  it("stores the written declaration as a PDF, hashed, listed on the withdrawal", async () => {
    const response = await upload(officer, multipart(pdf, "Δήλωση αποχώρησης.pdf"));
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      kind: "withdrawal_declaration",
      filename: "Δήλωση αποχώρησης.pdf",
      size: pdf.length,
      sha256: createHash("sha256").update(pdf).digest("hex"),
    });
    const detail = await ctx.app.inject({
      method: "GET",
      url: `/api/withdrawals/${id}`,
      headers: officer.headers,
    });
    expect(detail.json().documents).toEqual([
      expect.objectContaining({ id: response.json().id, kind: "withdrawal_declaration" }),
    ]);
    const download = await ctx.app.inject({
      method: "GET",
      url: `/api/documents/${response.json().id}`,
      headers: officer.headers,
    });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(pdf)).toBe(true);
  });

  it("checks the content, not the name (415), and hides it from other municipalities (404)", async () => {
    const fake = await upload(officer, multipart(Buffer.from("<html>not a pdf</html>"), "x.pdf"));
    expect(fake.statusCode).toBe(415);
    expect(fake.json().code).toBe("NOT_A_PDF");
    expect((await upload(await officerOf("delta"), multipart(pdf, "a.pdf"))).statusCode).toBe(404);
    expect(await ctx.db.document.count({ where: { withdrawalId: id } })).toBe(1);
  });

  afterAll(async () => {
    await rescind(officer, id);
  });
});
