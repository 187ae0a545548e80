// The e-mails of registration and verification, Greek first then English. Queued only
// when SMTP is configured (enqueueEmail does nothing otherwise).
import type { Tx } from "../../db/client.ts";
import { emailPortalUrl, enqueueEmail } from "../email/outbox.ts";

const portal = () => emailPortalUrl() ?? "";

/** To the owner of an e-mail someone tried to register again (no account is created). */
export function emailTakenNotice(tx: Tx, to: string) {
  return enqueueEmail(tx, {
    to,
    subject: "Δίκτυο Πόλεων για την Ένταξη: απόπειρα εγγραφής / registration attempt",
    text: [
      "Κάποιος προσπάθησε να εγγραφεί στην πύλη του Δικτύου με αυτή τη διεύθυνση, που έχει ήδη λογαριασμό. Δεν δημιουργήθηκε νέος λογαριασμός. Αν ήσασταν εσείς, συνδεθείτε με τον κωδικό σας.",
      "",
      "Someone tried to register on the Network's portal with this address, which already has an account. No new account was created. If it was you, sign in with your password.",
      portal(),
    ].join("\n"),
  });
}

/** To every active coordinator: a registration waits for verification. */
export async function registrationToCoordinators(
  tx: Tx,
  registration: { name: string; email: string; municipality: string },
) {
  const coordinators = await tx.user.findMany({
    where: { role: "coordinator", active: true },
    select: { email: true },
  });
  return enqueueEmail(tx, {
    to: coordinators.map((c) => c.email),
    subject: `Νέα εγγραφή προς επαλήθευση / New registration to verify: ${registration.municipality}`,
    text: [
      `${registration.name} <${registration.email}> εγγράφηκε ως υπάλληλος του Δήμου ${registration.municipality}. Επαληθεύστε την ταυτότητά του (π.χ. με τηλεφώνημα στο τηλεφωνικό κέντρο του δήμου) στη σελίδα «Χρήστες».`,
      "",
      `${registration.name} <${registration.email}> registered as an officer of the Municipality of ${registration.municipality}. Verify who they are (e.g. by calling the municipality's switchboard) on the Users page.`,
      `${portal()}/admin/users`,
    ].join("\n"),
  });
}

/** To the person: a coordinator verified or refused the registration. */
export function verificationOutcome(
  tx: Tx,
  to: string,
  outcome: { verified: true } | { verified: false; reason: string },
) {
  return enqueueEmail(tx, {
    to,
    subject: outcome.verified
      ? "Ο λογαριασμός σας επαληθεύτηκε / Your account is verified"
      : "Η εγγραφή σας δεν έγινε δεκτή / Your registration was refused",
    text: outcome.verified
      ? [
          "Ένας συντονιστής του Δικτύου επαλήθευσε τον λογαριασμό σας: μπορείτε πλέον να ενεργείτε για τον δήμο σας.",
          "",
          "A coordinator of the Network verified your account: you can now act for your municipality.",
          portal(),
        ].join("\n")
      : [
          `Ένας συντονιστής του Δικτύου δεν δέχτηκε την εγγραφή σας. Αιτιολογία: ${outcome.reason}`,
          "",
          `A coordinator of the Network refused your registration. Reason: ${outcome.reason}`,
          portal(),
        ].join("\n"),
  });
}
