// The one way to name a municipality. Greek names are stored in the genitive ("Βόλου"), so
// the official form is «Δήμος Βόλου»; in English "Municipality of Volos". Lists sort by the
// short name (without "Δήμος" / "Municipality of").

type Names = { nameEl: string; nameEn: string };

/** 'Βόλου' / 'Volos': what lists sort by. */
export function municipalityShortName(m: Names, language: string): string {
  return language === "en"
    ? m.nameEn.replace(/^Municipality of\s+/i, "")
    : m.nameEl.replace(/^Δήμος\s+/, "");
}

/** «Δήμος Βόλου» / "Municipality of Volos". */
export function municipalityName(m: Names, language: string): string {
  return language === "en"
    ? `Municipality of ${municipalityShortName(m, "en")}`
    : `Δήμος ${municipalityShortName(m, "el")}`;
}
