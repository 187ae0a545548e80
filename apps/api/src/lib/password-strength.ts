// Refuses guessable passwords: common and breached-pattern ones (zxcvbn-ts with its common
// and English dictionaries, plus a short Greek and Greeklish list — no Greek language pack
// exists on npm), keyboard rows, repeats, dates, and the person's own name or e-mail.
// Server-side only: the SPA shows the reason the API gives, so the dictionaries (≈ 1 MB)
// never reach the browser. Loaded on first use, so the server starts as fast as before.

import { transliterate } from "@cni/domain/transliterate";
import { unprocessable } from "./errors.ts";

/** zxcvbn's score 0–4; 3 = "safely unguessable" (≈ 10^8 guesses), the usual minimum. */
export const MIN_PASSWORD_SCORE = 3;

/** Why a password is refused; the SPA words each reason in Greek and English. */
export type WeakPasswordReason = "common" | "word" | "personal" | "pattern" | "date" | "guessable";

const REASON_OF_WARNING: Record<string, WeakPasswordReason> = {
  topTen: "common",
  topHundred: "common",
  common: "common",
  similarToCommon: "common",
  pwned: "common",
  wordByItself: "word",
  namesByThemselves: "word",
  commonNames: "word",
  userInputs: "personal",
  straightRow: "pattern",
  keyPattern: "pattern",
  simpleRepeat: "pattern",
  extendedRepeat: "pattern",
  sequences: "pattern",
  recentYears: "date",
  dates: "date",
};

const MESSAGES: Record<WeakPasswordReason, string> = {
  common: "This password is one of the most common ones, or very close to one",
  word: "A single word or name is easy to guess; use several unrelated words",
  personal: "The password contains your name, e-mail or municipality",
  pattern: "Keyboard rows, sequences and repeated characters are easy to guess",
  date: "Dates and years are easy to guess",
  guessable: "This password is too easy to guess; use several unrelated words",
};

// Common Greek and Greeklish words and passwords, and the network's own vocabulary.
const GREEK_WORDS = [
  "kalimera",
  "kalinixta",
  "agapi",
  "agapimou",
  "agapw",
  "ellada",
  "hellas",
  "athina",
  "thessaloniki",
  "patra",
  "larisa",
  "larissa",
  "serres",
  "volos",
  "trikala",
  "ioannina",
  "kavala",
  "kriti",
  "rodos",
  "olympiakos",
  "panathinaikos",
  "paok",
  "aek",
  "aris",
  "kodikos",
  "kwdikos",
  "mystiko",
  "dimos",
  "dimarxeio",
  "dimarxos",
  "koinotita",
  "diktyo",
  "entaxi",
  "metanastes",
  "prosfyges",
  "giorgos",
  "giannis",
  "dimitris",
  "nikos",
  "kostas",
  "maria",
  "eleni",
  "katerina",
  "sofia",
  "georgia",
  "christos",
  "panagiotis",
  "vasilis",
  "καλημέρα",
  "αγάπη",
  "ελλάδα",
  "αθήνα",
  "θεσσαλονίκη",
  "κωδικός",
  "μυστικό",
  "δήμος",
  "δημαρχείο",
  "δίκτυο",
  "ένταξη",
  "πόλεις",
  "σέρρες",
  "λάρισα",
  "βόλος",
  "τρίκαλα",
  "cni",
  "cities",
  "network",
  "integration",
  "portal",
  "municipality",
];

type Checker = {
  check(
    password: string,
    userInputs?: string[],
  ): { score: number; feedback: { warning: string | null } };
};
let checker: Promise<Checker> | null = null;

function loadChecker(): Promise<Checker> {
  checker ??= (async () => {
    const [{ ZxcvbnFactory }, common, en] = await Promise.all([
      import("@zxcvbn-ts/core"),
      import("@zxcvbn-ts/language-common"),
      import("@zxcvbn-ts/language-en"),
    ]);
    return new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...en.dictionary, greek: GREEK_WORDS },
      graphs: common.adjacencyGraphs,
    }) as unknown as Checker;
  })();
  return checker;
}

/** Greek letters as Greeklish: people type "alexiou" for "Αλεξίου". */
export const greeklish = (text: string): string => transliterate(text);

/**
 * The person's own details, split into words and also in Greeklish, so
 * "maria.papadopoulou2024" or "alexiou sofia" is refused for Μαρία Παπαδοπούλου or Σοφία Αλεξίου.
 */
function personalInputs(inputs: (string | null | undefined)[]): string[] {
  const words = new Set<string>();
  for (const input of inputs) {
    if (!input) continue;
    const text = input.normalize("NFKC").toLowerCase();
    for (const form of new Set([text, greeklish(text)])) {
      words.add(form);
      for (const part of form.split(/[^\p{L}\p{N}]+/u)) if (part.length >= 3) words.add(part);
    }
  }
  return [...words];
}

/**
 * zxcvbn prices "georgiadou.katerina" (surname, a dot, first name) just above its threshold;
 * for the person's own details it is not: whoever targets them knows those words. Refused
 * when, without them, fewer than 6 letters remain (digits and punctuation do not count).
 */
function mostlyPersonal(password: string, inputs: string[]): boolean {
  let rest = password.normalize("NFKC").toLowerCase();
  const words = inputs.filter((w) => w.length >= 3 && !w.includes("@") && !/\s/.test(w));
  for (const word of words.sort((a, b) => b.length - a.length)) rest = rest.split(word).join("");
  if (rest.length === password.length) return false;
  return rest.replace(/[^\p{L}]/gu, "").length < 6;
}

/** null when the password is strong enough, else why not. */
export async function weakPasswordReason(
  password: string,
  personal: (string | null | undefined)[] = [],
): Promise<WeakPasswordReason | null> {
  const zxcvbn = await loadChecker();
  const inputs = personalInputs(personal);
  if (mostlyPersonal(password, inputs)) return "personal";
  // zxcvbn's matching is quadratic; a long passphrase is judged by its first 100 characters.
  const result = zxcvbn.check(password.normalize("NFKC").slice(0, 100), inputs);
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  return REASON_OF_WARNING[result.feedback.warning ?? ""] ?? "guessable";
}

/**
 * Throws 422 WEAK_PASSWORD with `errors: [{ path: field, code: "weak_<reason>" }]` when the
 * password is guessable. `personal`: the person's name, e-mail, municipality.
 */
export async function assertStrongPassword(
  password: string,
  personal: (string | null | undefined)[] = [],
  field = "password",
): Promise<void> {
  const reason = await weakPasswordReason(password, personal);
  if (!reason) return;
  throw unprocessable("WEAK_PASSWORD", MESSAGES[reason], [
    { path: field, message: MESSAGES[reason], code: `weak_${reason}` },
  ]);
}
