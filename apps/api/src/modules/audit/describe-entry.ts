// The facts of an audit entry, as structured parameters for a summary in the reader's
// language: read from what the entry recorded (entity, before/after) plus the names of the
// things it is about. Nothing here writes: the log is never rewritten, and entries written
// before these parameters existed get them too.
import type { AuditMunicipality, AuditParams, AuditParamValue } from "@cni/contracts/audit";

/** Names looked up for a page of entries (see resolve-names.ts). */
export type AuditNames = {
  municipalities: ReadonlyMap<string, AuditMunicipality>;
  users: ReadonlyMap<string, string>;
  /** accession, withdrawal and evaluation id → its municipality id */
  owners: ReadonlyMap<string, string>;
  titles: ReadonlyMap<string, { el: string; en: string | null }>;
};

export type AuditRow = {
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
};

type Json = Record<string, unknown>;

/** Facts copied as they are when an entry's after (or before) holds them. */
const SCALARS = [
  "startsOn",
  "notifiedOn",
  "lastDayAsParty",
  "effectiveOn",
  "rescindedOn",
  "circulatedOn",
  "decisionNumber",
  "decisionDate",
  "filename",
  "role",
  "name",
  "from",
  "expiresAt",
  "endedSessions",
  "noticesSent",
  "expected",
  "submitted",
  "source",
  "returnNote",
  "reason",
  "answer",
  "status",
  "clause",
  "kind",
  "on",
  "sessions",
  "enabled",
  "dueOn",
  "email",
] as const;

const asObject = (value: unknown): Json =>
  value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Json) : {};

const isScalar = (value: unknown): value is string | number | boolean =>
  typeof value === "string" || typeof value === "number" || typeof value === "boolean";

const strings = (value: unknown): string[] | undefined =>
  Array.isArray(value) && value.every((v) => typeof v === "string") ? value : undefined;

/** The municipality an entry is about, by id. */
function municipalityIdOf(row: AuditRow, before: Json, after: Json, names: AuditNames) {
  if (row.entityType === "municipality") return row.entityId;
  if (row.action.startsWith("activity.participation.")) {
    const was = strings(before.participantMunicipalityIds) ?? [];
    const now = strings(after.participantMunicipalityIds) ?? [];
    return now.find((id) => !was.includes(id)) ?? was.find((id) => !now.includes(id)) ?? undefined;
  }
  const stated = after.municipalityId ?? before.municipalityId;
  if (typeof stated === "string") return stated;
  return names.owners.get(row.entityId);
}

/** The named thing an entry is about, or null. */
export function subjectName(
  row: AuditRow,
  params: AuditParams,
  names: AuditNames,
): AuditParamValue | null {
  switch (row.entityType) {
    case "user":
      return names.users.get(row.entityId) ?? null;
    case "activity":
    case "amendment":
      return params.title ?? null;
    case "review":
      return row.entityId;
    case "document":
      return params.filename ?? null;
    case "route":
      return row.entityId;
    default:
      return params.municipality ?? null;
  }
}

/** The parameters of one entry's summary (see the contract's `auditParamValue`). */
export function describeEntry(row: AuditRow, names: AuditNames): AuditParams {
  const before = asObject(row.before);
  const after = asObject(row.after);
  const params: AuditParams = {};
  for (const key of SCALARS) {
    const value = after[key] ?? before[key];
    if (isScalar(value)) params[key] = value;
  }

  const municipalityId = municipalityIdOf(row, before, after, names);
  const municipality = municipalityId ? names.municipalities.get(municipalityId) : undefined;
  if (municipality) params.municipality = municipality;

  const user = row.entityType === "user" ? names.users.get(row.entityId) : undefined;
  if (user) params.user = user;
  else if (typeof after.email === "string") params.user = after.email;

  // a deleted activity is named by what the entry kept of it
  const title = names.titles.get(row.entityId);
  const titleEl = after.titleEl ?? before.titleEl;
  const titleEn = after.titleEn ?? before.titleEn;
  if (title) params.title = { kind: "title", ...title };
  else if (typeof titleEl === "string")
    params.title = { kind: "title", el: titleEl, en: typeof titleEn === "string" ? titleEn : null };
  else if (typeof after.title === "string")
    params.title = { kind: "title", el: after.title, en: null };

  if (row.entityType === "review") params.dueOn = row.entityId;
  if (row.entityType === "route") params.route = row.entityId;

  const recipients = after.recipients;
  if (Array.isArray(recipients)) params.recipientCount = recipients.length;
  else if (typeof recipients === "number") params.recipientCount = recipients;
  if (Array.isArray(after.parties)) params.partyCount = after.parties.length;

  const defects = strings(after.returnDefects);
  if (defects) params.defects = defects;
  const pillars = strings(after.pillars);
  if (pillars) params.pillars = pillars;

  const decision = asObject(after.councilDecision);
  if (typeof decision.number === "string") params.decisionNumber = decision.number;
  const act = asObject(after.act);
  if (typeof act.number === "string") params.decisionNumber = act.number;
  if (typeof act.date === "string") params.decisionDate = act.date;

  if (row.action === "account.rename" && typeof before.name === "string")
    params.previousName = before.name;
  if (row.action === "accession.update") params.fields = Object.keys(after).sort();
  return params;
}
