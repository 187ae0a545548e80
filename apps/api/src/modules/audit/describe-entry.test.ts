// The audit log's structured parameters: what the SPA words in the reader's language instead
// of the English sentence written with each entry.
import { describe, expect, it } from "vitest";
import { useAuditLog } from "../../../test/fixtures/audit.ts";
import { type AuditNames, describeEntry } from "./describe-entry.ts";

const { ctx, coordinator, readAudit, writeEntry } = useAuditLog();
const audit = async (query: string) => (await readAudit(query)).items;

const larissa = { kind: "municipality", id: "larissa", nameEl: "Λαρισαίων", nameEn: "Larissa" };

describe("GET /api/audit: subject and params", () => {
  it("names the account, its role and municipality, and keeps the English summary", async () => {
    const created = await ctx.app.inject({
      method: "POST",
      url: "/api/users",
      headers: coordinator().headers,
      payload: {
        email: "params@audit.test",
        name: "Π. Παραμέτρου",
        role: "officer",
        municipalityId: "larissa",
      },
    });
    const userId = created.json().user.id;
    const [invitation, creation] = await audit(`?entityType=user&entityId=${userId}`);
    expect(creation).toMatchObject({
      action: "user.create",
      subject: { type: "user", id: userId, name: "params@audit.test" },
      params: { user: "params@audit.test", role: "officer", municipality: larissa },
    });
    expect(creation?.summary).toContain("created the officer account");
    expect(invitation?.action).toBe("invitation.issue");
    expect(invitation?.params.expiresAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it("gives an entry written with only an English sentence its subject's names", async () => {
    await writeEntry({
      actor: null,
      action: "membership.start",
      entityType: "municipality",
      entityId: "larissa",
      summary: "Party from 2026-11-30 (old wording)",
      after: { startsOn: "2026-11-30", basis: "accession" },
    });
    await writeEntry({
      actor: null,
      action: "accession.accept",
      entityType: "municipality",
      entityId: "trikala",
      summary: "Accepted the accession of trikala",
    });
    const [accept, start] = await audit("?entityType=municipality&pageSize=2");
    expect(start).toMatchObject({
      action: "membership.start",
      subject: { name: larissa },
      params: { municipality: larissa, startsOn: "2026-11-30" },
    });
    expect(accept?.params).toEqual({
      municipality: { kind: "municipality", id: "trikala", nameEl: "Τρικκαίων", nameEn: "Trikala" },
    });
  });
});

describe("describeEntry", () => {
  const names: AuditNames = {
    municipalities: new Map([
      ["larissa", { kind: "municipality", id: "larissa", nameEl: "Λαρισαίων", nameEn: "Larissa" }],
      ["volos", { kind: "municipality", id: "volos", nameEl: "Βόλου", nameEn: "Volos" }],
    ]),
    users: new Map(),
    owners: new Map([["acc1", "volos"]]),
    titles: new Map([["act1", { el: "Εργαστήριο", en: "Workshop" }]]),
  };

  it("reads a returned declaration's defects and note, and its municipality from the declaration", () => {
    expect(
      describeEntry(
        {
          action: "accession.return",
          entityType: "accession",
          entityId: "acc1",
          before: { status: "submitted" },
          after: { status: "returned", returnDefects: ["quorum"], returnNote: "Λείπει σελίδα." },
        },
        names,
      ),
    ).toEqual({
      status: "returned",
      returnNote: "Λείπει σελίδα.",
      defects: ["quorum"],
      municipality: names.municipalities.get("volos"),
    });
  });

  it("finds who joined or left an activity from the participants before and after", () => {
    const params = describeEntry(
      {
        action: "activity.participation.remove",
        entityType: "activity",
        entityId: "act1",
        before: { participantMunicipalityIds: ["larissa", "volos"] },
        after: { participantMunicipalityIds: ["volos"] },
      },
      names,
    );
    expect(params.municipality).toEqual(names.municipalities.get("larissa"));
    expect(params.title).toEqual({ kind: "title", el: "Εργαστήριο", en: "Workshop" });
  });

  it("counts recipients, and has no parameters when nothing was recorded", () => {
    expect(
      describeEntry(
        {
          action: "review.remind",
          entityType: "review",
          entityId: "2026-06-17",
          before: undefined,
          after: { recipients: ["larissa", "volos"] },
        },
        names,
      ),
    ).toEqual({ dueOn: "2026-06-17", recipientCount: 2 });
    expect(
      describeEntry(
        {
          action: "auth.login",
          entityType: "user",
          entityId: "gone",
          before: undefined,
          after: undefined,
        },
        names,
      ),
    ).toEqual({});
  });
});
