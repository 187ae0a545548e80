import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, createUser, signIn, type TestContext } from "../../../test/helpers.ts";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => {
  await ctx.app.close();
});

const PASSWORD = "volos registration password";
let counter = 0;
const officer = (overrides: Record<string, string> = {}) => ({
  name: "Κώστας Αντωνίου",
  email: `officer-${++counter}@registrations.test`,
  position: "Προϊστάμενος Κοινωνικής Πολιτικής",
  ...overrides,
});

const register = (payload: unknown, headers: Record<string, string> = {}) =>
  ctx.app.inject({
    method: "POST",
    url: "/api/registrations",
    payload: payload as object,
    headers,
  });

describe("POST /api/registrations", () => {
  it("registers a new municipality and its officer, who is signed in as an applicant", async () => {
    const person = officer();
    const response = await register({
      municipality: {
        nameEl: "Δήμος Βόλου",
        nameEn: "Volos",
        region: "Θεσσαλία",
        regionalUnit: "Μαγνησία",
      },
      officer: person,
      password: PASSWORD,
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.user).toMatchObject({
      email: person.email,
      role: "officer",
      municipalityId: "volos",
      applicant: true,
    });
    expect(body.municipality).toEqual({
      id: "volos",
      nameEl: "Βόλου",
      nameEn: "Volos",
      created: true,
    });

    const municipality = await ctx.db.municipality.findUniqueOrThrow({ where: { id: "volos" } });
    expect(municipality).toMatchObject({
      nameEl: "Βόλου",
      nameEn: "Volos",
      searchText: "βολου volos μαγνησια μαγνησια",
      region: "Θεσσαλία",
      regionEn: "Thessaly",
      regionalUnit: "Μαγνησία",
      regionalUnitEn: "Μαγνησία",
      lat: null,
      founding: false,
    });
    // in the public directory, with status "none" (it has no accession yet), found by Greek search
    const found = await ctx.app.inject({
      method: "GET",
      url: `/api/municipalities?q=${encodeURIComponent("ΒΟΛΟΥ")}`,
    });
    expect(found.json().items).toEqual([expect.objectContaining({ id: "volos", status: "none" })]);

    // signed in at once
    const cookie = response.cookies.find((c) => c.name === "cni_session");
    const session = await ctx.app.inject({
      method: "GET",
      url: "/api/auth/session",
      headers: { cookie: `cni_session=${cookie!.value}` },
    });
    expect(session.json().user).toMatchObject({ email: person.email, applicant: true });
    // and with the password later
    await expect(signIn(ctx.app, person.email, PASSWORD)).resolves.toBeTruthy();

    const user = await ctx.db.user.findUniqueOrThrow({ where: { email: person.email } });
    expect(user.position).toBe(person.position);
    const audit = await ctx.db.auditEntry.findMany({
      where: { action: { in: ["municipality.create", "registration.create"] }, actorId: user.id },
      orderBy: { action: "asc" },
    });
    expect(audit.map((a) => [a.action, a.entityType, a.entityId])).toEqual([
      ["municipality.create", "municipality", "volos"],
      ["registration.create", "user", user.id],
    ]);
  });

  it("registers an officer for an existing non-member (Serres, the applicant)", async () => {
    const response = await register({
      municipality: { id: "serres" },
      officer: officer(),
      password: PASSWORD,
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().user).toMatchObject({ municipalityId: "serres", applicant: true });
    expect(response.json().municipality).toMatchObject({ id: "serres", created: false });
    // a second self-registration for the same municipality is refused
    const second = await register({
      municipality: { id: "serres" },
      officer: officer(),
      password: PASSWORD,
    });
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({ code: "MUNICIPALITY_HAS_OFFICER" });
  });

  it("refuses a member municipality (409) and creates nothing", async () => {
    const person = officer();
    const response = await register({
      municipality: { id: "larissa" },
      officer: person,
      password: PASSWORD,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: "MUNICIPALITY_IS_MEMBER" });
    expect(response.cookies).toEqual([]);
    expect(await ctx.db.user.findUnique({ where: { email: person.email } })).toBeNull();
  });

  it("refuses a withdrawing member too", async () => {
    await ctx.db.withdrawal.create({
      data: {
        municipalityId: "tilos",
        declaredOn: "2020-01-01",
        notifiedOn: "2099-01-01",
        effectiveOn: "2099-01-16",
      },
    });
    // notified in the future: still a member today
    const response = await register({
      municipality: { id: "tilos" },
      officer: officer(),
      password: PASSWORD,
    });
    expect(response.statusCode).toBe(409);
  });

  it("refuses an e-mail that has an account (409), in any case", async () => {
    const existing = await createUser(ctx.db, { role: "officer", municipalityId: "larissa" });
    const response = await register({
      municipality: {
        nameEl: "Νέας Ιωνίας",
        region: "Αττική",
        regionalUnit: "Βόρειος Τομέας Αθηνών",
      },
      officer: officer({ email: existing.email.toUpperCase() }),
      password: PASSWORD,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: "EMAIL_TAKEN" });
    // the municipality was not created either (one transaction)
    expect(await ctx.db.municipality.count({ where: { nameEl: "Νέας Ιωνίας" } })).toBe(0);
  });

  it("refuses to add a municipality that is already in the directory under that name", async () => {
    const response = await register({
      municipality: { nameEl: "ΛΑΡΙΣΑΙΩΝ", region: "Θεσσαλία", regionalUnit: "Λάρισα" },
      officer: officer(),
      password: PASSWORD,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: "MUNICIPALITY_EXISTS" });
    const byEnglish = await register({
      municipality: {
        nameEl: "Κάτι άλλο",
        nameEn: "Municipality of Serres",
        region: "Κεντρική Μακεδονία",
        regionalUnit: "Σέρρες",
      },
      officer: officer(),
      password: PASSWORD,
    });
    expect(byEnglish.statusCode).toBe(409);
  });

  it("derives the id from the Greek name when no English one is given, and keeps ids unique", async () => {
    const first = await register({
      municipality: {
        nameEl: "Ζωγράφου",
        region: "Attica",
        regionalUnit: "Κεντρικός Τομέας Αθηνών",
      },
      officer: officer(),
      password: PASSWORD,
    });
    expect(first.statusCode).toBe(201);
    expect(first.json().municipality).toMatchObject({ id: "zografou", nameEn: "Ζωγράφου" });
    const row = await ctx.db.municipality.findUniqueOrThrow({ where: { id: "zografou" } });
    expect(row).toMatchObject({ region: "Αττική", regionEn: "Attica" });
    // a different municipality whose name transliterates the same way gets another id
    await ctx.db.municipality.create({
      data: {
        id: "kalamata",
        nameEl: "Καλαμάτας",
        nameEn: "Kalamata",
        searchText: "καλαματασ kalamata",
        region: "Πελοπόννησος",
        regionEn: "Peloponnese",
        regionalUnit: "Μεσσηνία",
        regionalUnitEn: "Messinia",
      },
    });
    const second = await register({
      municipality: {
        nameEl: "Καλαμάτα",
        nameEn: "Kalamata (new)",
        region: "Πελοπόννησος",
        regionalUnit: "Μεσσηνία",
      },
      officer: officer(),
      password: PASSWORD,
    });
    expect(second.statusCode).toBe(201);
    expect(second.json().municipality.id).toBe("kalamata-new");
  });

  it("validates the body: password length, e-mail, municipality shape, unknown id", async () => {
    const short = await register({
      municipality: { id: "serres" },
      officer: officer(),
      password: "short",
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().errors.map((e: { path: string }) => e.path)).toContain("password");
    const badEmail = await register({
      municipality: { id: "serres" },
      officer: officer({ email: "nope" }),
      password: PASSWORD,
    });
    expect(badEmail.statusCode).toBe(400);
    const noShape = await register({ municipality: {}, officer: officer(), password: PASSWORD });
    expect(noShape.statusCode).toBe(400);
    const unknown = await register({
      municipality: { id: "atlantis" },
      officer: officer(),
      password: PASSWORD,
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json()).toMatchObject({ code: "MUNICIPALITY_NOT_FOUND" });
  });

  it("is rate-limited per IP address (429 with Retry-After)", async () => {
    const limited = await createTestApp({ CNI_RATE_LIMIT_MAX: "2" });
    try {
      const statuses: number[] = [];
      let last = null;
      for (let i = 0; i < 4; i++) {
        last = await limited.app.inject({
          method: "POST",
          url: "/api/registrations",
          payload: { municipality: { id: "larissa" }, officer: officer(), password: PASSWORD },
        });
        statuses.push(last.statusCode);
      }
      expect(statuses).toEqual([409, 409, 429, 429]);
      expect(last?.headers["retry-after"]).toBeDefined();
    } finally {
      await limited.app.close();
    }
  });
});
