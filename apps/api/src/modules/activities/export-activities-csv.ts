// GET /api/activities.csv: the filtered list as CSV (lib/csv.ts: RFC 4180, BOM, the one
// formula-injection guard).
import type { ActivityFilter } from "@cni/contracts/activities";
import type { ActivityType } from "@cni/domain/enums";
import type { Db } from "../../db/client.ts";
import type { SessionUser } from "../../lib/access.ts";
import { type CsvFormat, type CsvValue, toCsv } from "../../lib/csv.ts";
import type { ActivityRow } from "./activity-row.ts";
import { readFeedRows } from "./feed-rows.ts";
import { viewerOf } from "./query.ts";
import { TYPE_NAMES_EL, TYPE_NAMES_EN } from "./type-names.ts";

export const CSV_MAX_ROWS = 50_000;

const COLUMNS: Record<string, (row: ActivityRow) => CsvValue> = {
  id: (row) => row.id,
  titleEl: (row) => row.titleEl,
  titleEn: (row) => row.titleEn,
  type: (row) => row.type,
  typeEl: (row) => TYPE_NAMES_EL[row.type as ActivityType] ?? row.type,
  pillars: (row) =>
    row.pillars
      .map((p) => p.pillar)
      .sort()
      .join(";"),
  startsOn: (row) => row.startsOn,
  endsOn: (row) => row.endsOn,
  status: (row) => row.status,
  visibility: (row) => row.visibility,
  hostMunicipalityId: (row) => row.hostMunicipalityId,
  hostEl: (row) => row.host?.nameEl ?? null,
  participantsEl: (row) => row.participants.map((p) => p.municipality.nameEl).join("; "),
  location: (row) => row.location,
  link: (row) => row.link,
  fundingProgramme: (row) => row.fundingProgramme,
  fundingDeadline: (row) => row.fundingDeadline,
  summary: (row) => row.summary,
  // English beside the Greek, added last so the columns before keep their places
  hostEn: (row) => row.host?.nameEn ?? null,
  participantsEn: (row) => row.participants.map((p) => p.municipality.nameEn).join("; "),
  typeEn: (row) => TYPE_NAMES_EN[row.type as ActivityType] ?? row.type,
};

export async function exportActivitiesCsv(
  db: Db,
  {
    actor,
    filter,
    format,
  }: { actor: SessionUser | null; filter: ActivityFilter; format?: CsvFormat },
): Promise<{ body: string; truncated: boolean }> {
  const viewer = await viewerOf(db, actor);
  const { rows, total } = await readFeedRows(db, viewer, filter, CSV_MAX_ROWS);
  const cells = Object.values(COLUMNS);
  const body = toCsv(
    Object.keys(COLUMNS),
    rows.map((row) => cells.map((cell) => cell(row))),
    format,
  );
  return { body, truncated: total > rows.length };
}
