// The network's facts from the Serres council decision 210/2024, which contains the MoU
// (docs/domain.md summarises them).
// The 16 members that acceded between 2018-01-04 and the updated MoU have no known
// accession date: they are recorded "on or before 2024-06-17", never with an invented date.

export const FOUNDING_DATE = "2018-01-04";
export const UPDATED_MOU_DATE = "2024-06-17";

type Seat = [region: string, regionEn: string, unit: string, unitEn: string];
const ATTICA_CENTRAL: Seat = ["Αττική", "Attica", "Κεντρικός Τομέας Αθηνών", "Central Athens"];
const THESSALONIKI: Seat = [
  "Κεντρική Μακεδονία",
  "Central Macedonia",
  "Θεσσαλονίκη",
  "Thessaloniki",
];

export type SeedMunicipality = {
  id: string;
  nameEl: string;
  nameEn: string;
  seat: Seat;
  lat: number;
  lon: number;
  basis: "founding" | "acceded" | "applicant";
};

export const MUNICIPALITIES: SeedMunicipality[] = [
  {
    id: "athens",
    nameEl: "Αθηναίων",
    nameEn: "Athens",
    seat: ATTICA_CENTRAL,
    lat: 37.984,
    lon: 23.728,
    basis: "founding",
  },
  {
    id: "thessaloniki",
    nameEl: "Θεσσαλονίκης",
    nameEn: "Thessaloniki",
    seat: THESSALONIKI,
    lat: 40.64,
    lon: 22.944,
    basis: "founding",
  },
  {
    id: "agios-dimitrios",
    nameEl: "Αγίου Δημητρίου",
    nameEn: "Agios Dimitrios",
    seat: ["Αττική", "Attica", "Νότιος Τομέας Αθηνών", "South Athens"],
    lat: 37.934,
    lon: 23.729,
    basis: "acceded",
  },
  {
    id: "delta",
    nameEl: "Δέλτα",
    nameEn: "Delta",
    seat: THESSALONIKI,
    lat: 40.676,
    lon: 22.801,
    basis: "acceded",
  },
  {
    id: "heraklion",
    nameEl: "Ηρακλείου",
    nameEn: "Heraklion",
    seat: ["Κρήτη", "Crete", "Ηράκλειο", "Heraklion"],
    lat: 35.339,
    lon: 25.144,
    basis: "acceded",
  },
  {
    id: "ioannina",
    nameEl: "Ιωαννιτών",
    nameEn: "Ioannina",
    seat: ["Ήπειρος", "Epirus", "Ιωάννινα", "Ioannina"],
    lat: 39.665,
    lon: 20.853,
    basis: "acceded",
  },
  {
    id: "kalamaria",
    nameEl: "Καλαμαριάς",
    nameEn: "Kalamaria",
    seat: THESSALONIKI,
    lat: 40.582,
    lon: 22.95,
    basis: "acceded",
  },
  {
    id: "karditsa",
    nameEl: "Καρδίτσας",
    nameEn: "Karditsa",
    seat: ["Θεσσαλία", "Thessaly", "Καρδίτσα", "Karditsa"],
    lat: 39.365,
    lon: 21.922,
    basis: "acceded",
  },
  {
    id: "katerini",
    nameEl: "Κατερίνης",
    nameEn: "Katerini",
    seat: ["Κεντρική Μακεδονία", "Central Macedonia", "Πιερία", "Pieria"],
    lat: 40.272,
    lon: 22.502,
    basis: "acceded",
  },
  {
    id: "larissa",
    nameEl: "Λαρισαίων",
    nameEn: "Larissa",
    seat: ["Θεσσαλία", "Thessaly", "Λάρισα", "Larissa"],
    lat: 39.639,
    lon: 22.419,
    basis: "acceded",
  },
  {
    id: "livadeia",
    nameEl: "Λεβαδέων",
    nameEn: "Livadeia",
    seat: ["Στερεά Ελλάδα", "Central Greece", "Βοιωτία", "Boeotia"],
    lat: 38.436,
    lon: 22.875,
    basis: "acceded",
  },
  {
    id: "neapoli-sykies",
    nameEl: "Νεάπολης-Συκεών",
    nameEn: "Neapoli-Sykies",
    seat: THESSALONIKI,
    lat: 40.655,
    lon: 22.966,
    basis: "acceded",
  },
  {
    id: "nea-filadelfeia-nea-chalkidona",
    nameEl: "Νέας Φιλαδέλφειας-Νέας Χαλκηδόνας",
    nameEn: "Nea Filadelfeia-Nea Chalkidona",
    seat: ATTICA_CENTRAL,
    lat: 38.036,
    lon: 23.738,
    basis: "acceded",
  },
  {
    id: "piraeus",
    nameEl: "Πειραιά",
    nameEn: "Piraeus",
    seat: ["Αττική", "Attica", "Πειραιάς", "Piraeus"],
    lat: 37.942,
    lon: 23.647,
    basis: "acceded",
  },
  {
    id: "tilos",
    nameEl: "Τήλου",
    nameEn: "Tilos",
    seat: ["Νότιο Αιγαίο", "South Aegean", "Ρόδος", "Rhodes"],
    lat: 36.433,
    lon: 27.367,
    basis: "acceded",
  },
  {
    id: "trikala",
    nameEl: "Τρικκαίων",
    nameEn: "Trikala",
    seat: ["Θεσσαλία", "Thessaly", "Τρίκαλα", "Trikala"],
    lat: 39.555,
    lon: 21.768,
    basis: "acceded",
  },
  {
    id: "tripoli",
    nameEl: "Τρίπολης",
    nameEn: "Tripoli",
    seat: ["Πελοπόννησος", "Peloponnese", "Αρκαδία", "Arcadia"],
    lat: 37.51,
    lon: 22.372,
    basis: "acceded",
  },
  {
    id: "chania",
    nameEl: "Χανίων",
    nameEn: "Chania",
    seat: ["Κρήτη", "Crete", "Χανιά", "Chania"],
    lat: 35.514,
    lon: 24.018,
    basis: "acceded",
  },
  {
    id: "serres",
    nameEl: "Σερρών",
    nameEn: "Serres",
    seat: ["Κεντρική Μακεδονία", "Central Macedonia", "Σέρρες", "Serres"],
    lat: 41.086,
    lon: 23.548,
    basis: "applicant",
  },
];

/**
 * Serres' declaration as in council decision 210/2024 (the source document). The minutes
 * give 25 present at the opening; two arrived and one left during item 1, four left after
 * it, so 22 were present at the vote of item 5, which passed unanimously. The source has no
 * submission date (only the certified copy's, 27-06-2024): none is invented.
 */
export const SERRES_ACCESSION = {
  municipalityId: "serres",
  status: "submitted",
  decisionNumber: "210/2024",
  decisionSession: "26",
  decisionDate: "2024-06-26",
  agendaItem: "5",
  membersTotal: 35,
  membersPresentAtOpening: 25,
  membersPresent: 22,
  vote: "unanimous",
  votesFor: 22,
  votesAgainst: null,
  votesBlank: null,
  castingVote: false,
  diavgeiaAda: null,
  signatoryName: "Βαρβάρα Μητλιάγκα",
  signatoryTitle: "Δήμαρχος Σερρών",
  // The decision does not name the representative and alternate: left empty, not invented.
  representativeName: null,
  representativeEmail: null,
  alternateName: null,
  alternateEmail: null,
  remarks:
    "Τακτική δια ζώσης συνεδρίαση, πρόσκληση 21814/27η/21-06-2024· θέμα 5ο, εισήγηση 21759/21-06-2024 της Διεύθυνσης Κοιν. Προστασίας Υγείας Παιδείας & Πολιτισμού· ομόφωνα. Παρόντες 25 στην έναρξη, 22 στην ψηφοφορία του 5ου θέματος (προσήλθαν 2 και αποχώρησε 1 κατά το 1ο θέμα, αποχώρησαν 4 μετά από αυτό). Στο κείμενο της απόφασης μία πρόταση αντιστρέφει τους αριθμούς («με την παρουσία 35 μελών από συνολικά 25 μέλη»)· ισχύει 25 παρόντες επί 35. Ακριβές αντίγραφο 27-06-2024· η πηγή δεν αναφέρει ημερομηνία υποβολής.",
  submittedOn: null,
  submittedAt: null,
} as const;
