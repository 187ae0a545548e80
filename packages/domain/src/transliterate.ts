// Greek letters to Latin ones, close to ELOT 743 (the Greek standard used for passports and
// road signs): readable municipality slugs, and the "Greeklish" people type for their names.

const DIGRAPHS: [RegExp, string][] = [
  [/ου/g, "ou"],
  [/αυ(?=[αεηιουωβγδζλμνρ])/g, "av"],
  [/αυ/g, "af"],
  [/ευ(?=[αεηιουωβγδζλμνρ])/g, "ev"],
  [/ευ/g, "ef"],
  [/(^|\s)μπ/g, "$1b"],
  [/μπ/g, "mp"],
  [/(^|\s)ντ/g, "$1d"],
  [/γγ/g, "ng"],
  [/γκ/g, "gk"],
];

const LETTERS: Record<string, string> = {
  α: "a",
  β: "v",
  γ: "g",
  δ: "d",
  ε: "e",
  ζ: "z",
  η: "i",
  θ: "th",
  ι: "i",
  κ: "k",
  λ: "l",
  μ: "m",
  ν: "n",
  ξ: "x",
  ο: "o",
  π: "p",
  ρ: "r",
  σ: "s",
  ς: "s",
  τ: "t",
  υ: "y",
  φ: "f",
  χ: "ch",
  ψ: "ps",
  ω: "o",
};

/** Greek letters to Latin ones, lower-case, accents dropped. Other text is kept. */
export function transliterate(text: string): string {
  let s = text.toLocaleLowerCase("el").normalize("NFD").replace(/\p{M}/gu, "");
  for (const [pattern, latin] of DIGRAPHS) s = s.replace(pattern, latin);
  return [...s].map((c) => LETTERS[c] ?? c).join("");
}
