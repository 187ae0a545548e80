// The e-mails of the notices about a municipality's own affairs (decision 090), Greek first
// then English: what happened, what follows, and the page of the portal where to act.
import type { AccessionDefect } from "@cni/contracts/accessions";
import type { DesignationRole } from "@cni/domain/enums";
import { emailPortalUrl } from "../email/outbox.ts";

type Names = { nameEl: string; nameEn: string };
type Message = { subject: string; text: string };

const DEFECTS: Record<AccessionDefect, { el: string; en: string }> = {
  document_missing_or_illegible: {
    el: "Το έγγραφο λείπει ή δεν είναι ευανάγνωστο",
    en: "The document is missing or illegible",
  },
  decision_data_mismatch: {
    el: "Τα στοιχεία της φόρμας δεν συμφωνούν με την απόφαση",
    en: "The form's details do not match the decision",
  },
  signatory_not_authorised: {
    el: "Ο υπογράφων δεν είναι εξουσιοδοτημένος από την απόφαση",
    en: "The signatory is not authorised by the decision",
  },
  other_formal_defect: {
    el: "Άλλο τυπικό ελάττωμα (βλ. σημείωμα)",
    en: "Other formal defect (see the note)",
  },
};

const ROLE: Record<DesignationRole, { el: string; en: string }> = {
  representative: { el: "εκπρόσωπος", en: "representative" },
  alternate: { el: "αναπληρωτής/αναπληρώτρια εκπροσώπου", en: "alternate representative" },
};

/** A page of the portal: its full address when CNI_PUBLIC_URL is set, else its path. */
function page(path: string): string {
  const base = emailPortalUrl();
  return base ? `${base.replace(/\/$/, "")}${path}` : path;
}

/** 2026-11-30 → 30/11/2026, as the portal writes dates (in both languages). */
const formatIsoDate = (date: string) => date.split("-").reverse().join("/");

const SUBJECT = "Δίκτυο Πόλεων για την Ένταξη / Cities Network for Integration";

/** To the officers: the declaration came back for corrections — which, why, where to fix. */
export function returnedEmail(names: Names, defects: AccessionDefect[], note: string): Message {
  return {
    subject: `${SUBJECT}: η δήλωση προσχώρησης επιστράφηκε για διορθώσεις / the accession declaration was returned for corrections`,
    text: [
      `Η γραμματεία του Δικτύου επέστρεψε τη δήλωση προσχώρησης του Δήμου ${names.nameEl} για διορθώσεις:`,
      ...defects.map((d) => `- ${DEFECTS[d].el}`),
      `Σημείωμα: ${note}`,
      `Διορθώστε τη και υποβάλετέ τη ξανά: ${page("/accession")}`,
      "",
      `The network's secretariat returned the accession declaration of the Municipality of ${names.nameEn} for corrections:`,
      ...defects.map((d) => `- ${DEFECTS[d].en}`),
      `Note: ${note}`,
      `Correct it and submit it again: ${page("/accession")}`,
    ].join("\n"),
  };
}

/** To the coordinators: a declaration (again) waits for its check of form. */
export function submittedEmail(names: Names, accessionId: string, again: boolean): Message {
  const link = page(`/admin/accessions/${accessionId}`);
  return {
    subject: `${SUBJECT}: δήλωση προσχώρησης προς έλεγχο: Δήμος ${names.nameEl} / accession declaration to check: Municipality of ${names.nameEn}`,
    text: [
      `Ο Δήμος ${names.nameEl} υπέβαλε ${again ? "ξανά, διορθωμένη, " : ""}τη δήλωση προσχώρησής του. Ελέγξτε τα τυπικά στοιχεία της και κοινοποιήστε τη στα μέρη ή επιστρέψτε τη για διορθώσεις: ${link}`,
      "",
      `The Municipality of ${names.nameEn} submitted its accession declaration${again ? " again, corrected" : ""}. Check its form, then notify it to the parties or return it for corrections: ${link}`,
    ].join("\n"),
  };
}

/** The sentence a party's accession notice adds: from when the new member is a party. */
export function memberFromText(notifiedOn: string): { el: string; en: string } {
  return {
    el: `Ο δήμος είναι μέρος του Μνημονίου από ${formatIsoDate(notifiedOn)}.`,
    en: `The municipality is a party to the Memorandum from ${formatIsoDate(notifiedOn)}.`,
  };
}

/** To the new member: a party from the day of notification; designate its representatives. */
export function joinedEmail(names: Names, notifiedOn: string): Message {
  const link = page("/my");
  return {
    subject: `${SUBJECT}: μέλος από ${formatIsoDate(notifiedOn)} / a member from ${formatIsoDate(notifiedOn)}`,
    text: [
      `Η δήλωση προσχώρησης του Δήμου ${names.nameEl} κοινοποιήθηκε στα μέρη στις ${formatIsoDate(notifiedOn)}: ο δήμος είναι μέρος του Μνημονίου Συνεργασίας από εκείνη την ημέρα. Επόμενο βήμα: ορίστε τον εκπρόσωπο και τον αναπληρωτή του δήμου: ${link}`,
      "",
      `The accession declaration of the Municipality of ${names.nameEn} was notified to the parties on ${formatIsoDate(notifiedOn)}: the municipality is a party to the Memorandum of Understanding from that day. Next: designate the municipality's representative and alternate: ${link}`,
    ].join("\n"),
  };
}

/** To the designated person and the municipality's officers. */
export function designatedEmail(
  names: Names,
  person: string,
  role: DesignationRole,
  from: string,
): Message {
  const link = page("/my");
  return {
    subject: `${SUBJECT}: ορισμός ${ROLE[role].el}, Δήμος ${names.nameEl} / ${ROLE[role].en} designated, Municipality of ${names.nameEn}`,
    text: [
      `${person}: ορίζεστε ${ROLE[role].el} του Δήμου ${names.nameEl} στο Δίκτυο από ${formatIsoDate(from)}. Θα παρακολουθείτε τις δράσεις του Δικτύου και θα συμμετέχετε στη διετή αξιολόγηση. Αν δεν έχετε λογαριασμό, οι συντονιστές θα σας στείλουν πρόσκληση· αλλιώς συνδεθείτε: ${link}`,
      "",
      `${person}: you are designated ${ROLE[role].en} of the Municipality of ${names.nameEn} in the network from ${formatIsoDate(from)}. You will follow the network's activities and take part in its biennial review. If you have no account, the coordinators will send you an invitation; otherwise sign in: ${link}`,
    ].join("\n"),
  };
}
