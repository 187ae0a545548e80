// The members' CSV uses the one CSV writer of the API (lib/csv.ts: csv-stringify with the
// shared formula-injection guard), as the activities' CSV does.
export { type CsvFormat, csvField, csvFilename, toCsv } from "../../lib/csv.ts";
