import type { AuditEntry } from "@cni/contracts/audit";
import { AUDIT_ACTIONS } from "@cni/contracts/audit-actions";
import i18next, { type TFunction } from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import el from "../../../locales/el/audit.json";
import en from "../../../locales/en/audit.json";
import { auditActionKey, auditActionLabel, auditSummary, placeholdersOf } from "./audit-summary";

const LOCALES = { el, en } as const;
type Locale = typeof el;
const labels = (locale: Locale) => locale.actions as Record<string, string | undefined>;
const summaries = (locale: Locale) => locale.summaries as Record<string, string | undefined>;

describe("every audit action is worded in Greek and in English", () => {
  it.each(Object.keys(LOCALES) as (keyof typeof LOCALES)[])("%s: a label and a summary", (lang) => {
    const locale = LOCALES[lang];
    const missing = AUDIT_ACTIONS.filter((action) => {
      const key = auditActionKey(action);
      const label = labels(locale)[key];
      return !label?.trim() || label === action || !summaries(locale)[key]?.trim();
    });
    expect(missing, `actions without a ${lang} label or summary`).toEqual([]);
  });

  it("uses the same parameters in both languages, and words no action the other lacks", () => {
    expect(Object.keys(el.summaries).sort()).toEqual(Object.keys(en.summaries).sort());
    expect(Object.keys(el.actions).sort()).toEqual(Object.keys(en.actions).sort());
    for (const [key, text] of Object.entries(summaries(el)))
      expect(placeholdersOf(text ?? "").sort(), key).toEqual(
        placeholdersOf(summaries(en)[key] ?? "").sort(),
      );
  });
});

describe("auditSummary", () => {
  let t: Record<"el" | "en", TFunction>;
  beforeAll(async () => {
    const make = async (lng: "el" | "en") => {
      const instance = i18next.createInstance();
      await instance.init({
        lng,
        ns: ["audit"],
        defaultNS: "audit",
        resources: { [lng]: { audit: LOCALES[lng] } },
        interpolation: { escapeValue: false },
      });
      return instance;
    };
    const [elI18n, enI18n] = await Promise.all([make("el"), make("en")]);
    t = { el: elI18n.t, en: enI18n.t };
    templates.el = (key) => elI18n.getResource("el", "audit", key);
    templates.en = (key) => enI18n.getResource("en", "audit", key);
  });
  const templates = {} as Record<"el" | "en", (key: string) => string | undefined>;

  const volos = { kind: "municipality" as const, id: "volos", nameEl: "Βόλου", nameEn: "Volos" };
  const entry = (
    action: string,
    params: AuditEntry["params"],
    name = null as AuditEntry["subject"]["name"],
  ) => ({
    action,
    entityType: "municipality",
    subject: { type: "municipality", id: "volos", name },
    params,
  });

  it("words a membership's start with the municipality's full name and the date as dd/mm/yyyy", () => {
    const start = entry("membership.start", { municipality: volos, startsOn: "2026-11-30" }, volos);
    expect(auditSummary(start, t.el, "el", templates.el)).toBe(
      "Δήμος Βόλου: μέρος του Μνημονίου από 30/11/2026",
    );
    expect(auditSummary(start, t.en, "en", templates.en)).toBe(
      "Municipality of Volos: a party to the Memorandum from 30/11/2026",
    );
  });

  it("shows instants in Athens time and codes in words", () => {
    const invitation = {
      ...entry("invitation.issue", { user: "a@b.gr", expiresAt: "2026-12-07T14:15:00.000Z" }),
      entityType: "user",
    };
    expect(auditSummary(invitation, t.el, "el", templates.el)).toBe(
      "Πρόσκληση για a@b.gr, ισχύει έως 07/12/2026, 16:15",
    );
    const created = entry("user.create", { user: "a@b.gr", role: "representative" });
    expect(auditSummary(created, t.en, "en", templates.en)).toBe(
      "New account a@b.gr (representative)",
    );
  });

  it("falls back to the action and the subject when a parameter is missing (older entries)", () => {
    const old = entry("membership.start", { municipality: volos }, volos);
    expect(auditSummary(old, t.el, "el", templates.el)).toBe(
      "Έναρξη ιδιότητας μέρους — Δήμος Βόλου",
    );
    expect(auditSummary(old, t.en, "en", templates.en)).toBe(
      "Became a party — Municipality of Volos",
    );
    expect(auditActionLabel("accession.accept", t.el)).not.toMatch(/\b[a-z]+\.[a-z_]+\b/);
  });
});
