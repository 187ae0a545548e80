/**
 * The ELSTAT code (official-municipalities.json) of each seeded municipality. The migration
 * that introduced the codes sets the same values on databases seeded before it.
 */
export const SEEDED_OFFICIAL_CODES: Readonly<Record<string, string>> = {
  athens: "4501",
  thessaloniki: "0701",
  "agios-dimitrios": "4802",
  delta: "0704",
  heraklion: "7101",
  ioannina: "1801",
  kalamaria: "0707",
  karditsa: "2301",
  katerini: "1101",
  larissa: "2201",
  livadeia: "2801",
  "neapoli-sykies": "0710",
  "nea-filadelfeia-nea-chalkidona": "4508",
  piraeus: "5101",
  tilos: "6904",
  trikala: "2601",
  tripoli: "4001",
  chania: "7401",
  serres: "1201",
};
