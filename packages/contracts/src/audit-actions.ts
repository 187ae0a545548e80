// Every `action` an audit entry can record (AuditEntry.action), in one place: the API's
// recordAudit (apps/api/src/lib/audit.ts) accepts only these, so a misspelt action does not
// compile, and the audit page's filters and wording read the same list.
//
// Adding an action: add it to its entity's group as `<entity>.<verb>` (past actions keep
// their names: the log is never rewritten).

export const AUDIT_ACTIONS = [
  // sign-in, sessions, security
  "auth.login",
  "auth.logout",
  "auth.lockout",
  "auth.sign_in_failed",
  "auth.throttled",
  "security.csrf_refused",
  "security.forbidden",
  "session.cleanup",
  "view_as.start",
  "view_as.end",
  "account.rename",
  "account.password_change",
  "password_reset.request",
  "password_reset.complete",

  // accounts
  "user.bootstrap",
  "user.create",
  "user.deactivate",
  "user.reactivate",
  "user.verify",
  "user.refuse",
  "user.pillars",
  "invitation.issue",
  "invitation.accept",
  "registration.create",

  // municipalities, membership, designations
  "municipality.create",
  "membership.start",
  "designation.replace",
  "designation.set",
  "designation.document",
  "seed.network",

  // accessions and withdrawals, and their documents
  "accession.create",
  "accession.update",
  "accession.submit",
  "accession.return",
  "accession.withdraw",
  "accession.accept",
  "accession.notify",
  "withdrawal.file",
  "withdrawal.create",
  "withdrawal.document",
  "withdrawal.notify",
  "withdrawal.rescind",
  "document.upload",
  "document.delete",

  // amendments
  "amendment.propose",
  "amendment.comment",
  "amendment.discuss",
  "amendment.adopt",
  "amendment.reject",
  "amendment.withdraw",
  "amendment.circulate",
  "amendment.consent",
  "amendment.outcome",
  "amendment.remind",

  // activities
  "activity.create",
  "activity.propose",
  "activity.update",
  "activity.delete",
  "activity.reject",
  "activity.publish",
  "activity.participation.add",
  "activity.participation.remove",
  // test data added by scripts/generate-activities.ts or the benchmark's generator
  "activity.generate",

  // notices and reviews
  "notice.acknowledge",
  "review.open",
  "review.remind",
  "review.close",
  "review.evaluation.submit",
  "review.evaluation.update",

  // reminders (a kind switched off or on; a reminder sent by the scheduled job)
  "reminder.setting",
  "reminder.send",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

const KNOWN: ReadonlySet<string> = new Set(AUDIT_ACTIONS);

export function isAuditAction(action: unknown): action is AuditAction {
  return typeof action === "string" && KNOWN.has(action);
}
