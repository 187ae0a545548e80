// An audit entry in the reader's language: a label per action and a summary built from the
// entry's structured parameters (dates through the SPA's one formatter, municipalities as
// «Δήμος Βόλου» / "Municipality of Volos"). When an entry lacks a parameter its summary
// needs — entries written before the parameter was recorded — the summary falls back to a
// shorter wording, then to a generic one built from the action and the subject.
import type { AuditEntry, AuditParamValue } from "@cni/contracts/audit";
import type { TFunction } from "i18next";
import { municipalityName } from "@/entities/municipality/name";
import { formatDate, formatDateTime } from "@/lib/format";

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g;
/** Parameters that hold codes, worded through `values.<key>.<code>`. */
const CODED = new Set(["role", "status", "answer", "pillars", "fields", "kind"]);

/** 'accession.accept' → 'accession_accept': the key of its label and summary. */
export const auditActionKey = (action: string) => action.replaceAll(".", "_");

/** The names of the `{{placeholders}}` a template uses. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1] as string);
}

/** One parameter as the reader reads it. */
export function formatAuditValue(
  key: string,
  value: AuditParamValue,
  t: TFunction,
  language: string,
): string {
  if (Array.isArray(value))
    return value
      .map((item) =>
        CODED.has(key) ? t(`audit:values.${key}.${item}`, { defaultValue: item }) : item,
      )
      .join(", ");
  if (typeof value === "object") {
    if (value.kind === "municipality") return municipalityName(value, language);
    return language === "en" && value.en ? value.en : value.el;
  }
  if (typeof value !== "string") return String(value);
  if (ISO_DAY.test(value)) return formatDate(value, language);
  if (ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value)))
    return formatDateTime(value, language);
  if (CODED.has(key)) return t(`audit:values.${key}.${value}`, { defaultValue: value });
  return value;
}

type Entry = Pick<AuditEntry, "action" | "entityType" | "subject" | "params">;

/** The action's label in the reader's language (the code itself only for an unknown action). */
export function auditActionLabel(action: string, t: TFunction): string {
  return t(`audit:actions.${auditActionKey(action)}`, { defaultValue: action });
}

/** What the entry is about: «Δήλωση προσχώρησης · Δήμος Βόλου». */
export function auditSubject(entry: Entry, t: TFunction, language: string): string {
  const type = t(`audit:entityTypes.${entry.entityType}`, { defaultValue: entry.entityType });
  const name = entry.subject.name;
  if (name === null) return type;
  const named = formatAuditValue("subject", name, t, language);
  // «Δήμος Βόλου» says what it is already
  const isMunicipality =
    typeof name === "object" && !Array.isArray(name) && name.kind === "municipality";
  return isMunicipality ? named : `${type} · ${named}`;
}

/** The entry's summary in the reader's language. */
export function auditSummary(
  entry: Entry,
  t: TFunction,
  language: string,
  template: (key: string) => string | undefined,
): string {
  const key = auditActionKey(entry.action);
  for (const candidate of [key, `${key}_short`]) {
    const text = template(`summaries.${candidate}`);
    if (text === undefined) continue;
    const needed = placeholdersOf(text);
    if (!needed.every((name) => entry.params[name] !== undefined)) continue;
    const values = Object.fromEntries(
      needed.map((name) => [
        name,
        formatAuditValue(name, entry.params[name] as AuditParamValue, t, language),
      ]),
    );
    return t(`audit:summaries.${candidate}`, values);
  }
  return t("audit:summary.generic", {
    action: auditActionLabel(entry.action, t),
    subject: auditSubject(entry, t, language),
  });
}
