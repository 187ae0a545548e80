// The official name of a municipality in the user's language. Greek names are stored in
// the genitive ("Αθηναίων"): the full form is "Δήμος Αθηναίων"; in English "Municipality
// of Athens". (The directory feature has the same rule for its own views.)

export function municipalityFullName(m: { nameEl: string; nameEn: string }, language: string) {
  return language === "en"
    ? `Municipality of ${m.nameEn.replace(/^Municipality of\s+/i, "")}`
    : `Δήμος ${m.nameEl.replace(/^Δήμος\s+/, "")}`;
}
