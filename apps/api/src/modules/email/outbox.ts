// The e-mail outbox. When SMTP_URL is configured, e-mails (notices, invitations) are
// written to the OutboxEmail table in the same transaction as the change they announce,
// and the worker (worker.ts) sends them, retrying with backoff: nothing is lost if the mail
// server is down, and nothing is sent for a change that was rolled back.
import type { Db, Tx } from "../../db/client.ts";

let outboxEnabled = false;
let portalUrl: string | undefined;

/**
 * Switched on by the e-mail plugin when SMTP_URL is set (and off when the app closes).
 * Process-wide: one app per process (tests that need it build their app in their own file).
 * `publicUrl` (CNI_PUBLIC_URL) is used for links in the e-mails.
 */
export function setEmailOutboxEnabled(enabled: boolean, publicUrl?: string): void {
  outboxEnabled = enabled;
  portalUrl = enabled ? publicUrl : undefined;
}

export function isEmailOutboxEnabled(): boolean {
  return outboxEnabled;
}

/** The portal's public URL for links in e-mails (CNI_PUBLIC_URL), if configured. */
export function emailPortalUrl(): string | undefined {
  return portalUrl;
}

export type EmailInput = {
  /** One address or several; each gets its own row (and its own retries). */
  to: string | string[];
  subject: string;
  text: string;
};

/**
 * Queues e-mails inside the caller's transaction (`tx`), to be sent by the outbox worker.
 * Does nothing when SMTP_URL is not set (the in-app inbox is then the only channel), so
 * callers can call it unconditionally. Addresses are lower-cased and de-duplicated per
 * message. Returns the number of rows queued.
 */
export async function enqueueEmail(tx: Tx | Db, input: EmailInput | EmailInput[]): Promise<number> {
  if (!outboxEnabled) return 0;
  const messages = Array.isArray(input) ? input : [input];
  const rows = messages.flatMap((message) => {
    const addresses = [message.to]
      .flat()
      .map((address) => address.trim().toLowerCase())
      .filter(Boolean);
    return [...new Set(addresses)].map((to) => ({
      to,
      subject: message.subject,
      text: message.text,
    }));
  });
  if (rows.length === 0) return 0;
  await tx.outboxEmail.createMany({ data: rows });
  return rows.length;
}
