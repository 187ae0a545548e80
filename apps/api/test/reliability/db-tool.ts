// Database chores for the reliability tests, run in a child process so that the test
// process never holds the database file open (restore refuses while any process does,
// and libSQL releases a file only once its statements are garbage-collected).
//
//   node --import tsx db-tool.ts network <file> '<MunicipalityPlan json>'  → ids (json)
//   node --import tsx db-tool.ts counts <file>                             → row counts
//   node --import tsx db-tool.ts check <file> ['{"withdrawalIds":[…]}'] → integrity, consistency
import { addNetwork, type MunicipalityPlan } from "../../../../bench/fixtures.ts";
import { openFile, tableCounts } from "../../../../scripts/backup.lib.ts";
import { createDb } from "../../src/db/client.ts";
import { seedNetwork } from "../../src/seed/seed.ts";

const [command, file, argument] = process.argv.slice(2);
if (!file) throw new Error("usage: db-tool.ts <network|counts> <file> [json]");
if (command === "network") {
  const db = await createDb(`file:${file}`);
  await seedNetwork(db);
  const plan = JSON.parse(argument ?? "{}") as MunicipalityPlan & { drafts?: number };
  const network = await addNetwork(db, plan);
  const drafts = network.submitted.slice(0, plan.drafts ?? 0);
  await db.accession.updateMany({ where: { id: { in: drafts } }, data: { status: "draft" } });
  await db.$disconnect();
  process.stdout.write(
    JSON.stringify({ ...network, drafts, submitted: network.submitted.slice(drafts.length) }),
  );
} else if (command === "counts") {
  const client = openFile(file);
  process.stdout.write(JSON.stringify(await tableCounts(client)));
  client.close();
} else if (command === "check") {
  const client = openFile(file);
  const all = async (sql: string) => (await client.execute(sql)).rows;
  const integrity = (await all("PRAGMA integrity_check")).map((r) => String(Object.values(r)[0]));
  // an accession is accepted iff it has exactly one membership period and its notices
  const halfAccepted = await all(`
    SELECT a.id, a.status,
      (SELECT count(*) FROM MembershipPeriod p WHERE p.accessionId = a.id) AS periods,
      (SELECT count(*) FROM Notice n WHERE n.accessionId = a.id) AS notices
    FROM Accession a
    WHERE (a.status = 'notified' AND (periods <> 1 OR notices = 0))
       OR (a.status <> 'notified' AND (periods <> 0 OR notices <> 0))`);
  const duplicateNotices = await all(`
    SELECT kind, event, accessionId, withdrawalId, recipientMunicipalityId, count(*) AS n
    FROM Notice GROUP BY kind, event, accessionId, withdrawalId, amendmentId, reviewDueOn,
      recipientMunicipalityId HAVING n > 1`);
  // every withdrawal filed through the API (ids given) notified the other parties
  const filed = (JSON.parse(argument ?? "{}") as { withdrawalIds?: string[] }).withdrawalIds ?? [];
  const silentWithdrawals = [];
  for (const id of filed) {
    const result = await client.execute({
      sql: "SELECT count(*) AS n FROM Notice WHERE withdrawalId = ?",
      args: [id],
    });
    if (Number(result.rows[0]?.n ?? 0) === 0) silentWithdrawals.push(id);
  }
  const one = async (sql: string) => Number((await all(sql))[0]?.n ?? 0);
  process.stdout.write(
    JSON.stringify({
      integrity,
      halfAccepted,
      duplicateNotices,
      silentWithdrawals,
      accepted: await one("SELECT count(*) AS n FROM Accession WHERE status = 'notified'"),
      acceptedIds: (await all("SELECT id FROM Accession WHERE status = 'notified'")).map((r) =>
        String(r.id),
      ),
      acknowledged: await one("SELECT count(*) AS n FROM Notice WHERE acknowledgedAt IS NOT NULL"),
      notices: await one("SELECT count(*) AS n FROM Notice"),
      activities: await one("SELECT count(*) AS n FROM Activity"),
      withdrawals: await one("SELECT count(*) AS n FROM Withdrawal"),
      auditEntries: await one("SELECT count(*) AS n FROM AuditEntry"),
    }),
  );
  client.close();
} else {
  throw new Error(`unknown command ${command}`);
}
