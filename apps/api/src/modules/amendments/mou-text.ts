// The 2024 text of the Memorandum of Understanding of the Cities Network for Integration, as
// it appears in the draft (ΣΧΕΔΙΟ, «Αθήνα, . . .2024») that Serres' council approved by
// decision 210/2024. It is a draft: the portal does not say who signed the MoU or when.
//
// The Greek text is the source text verbatim (bold markers removed). The source does not
// number its provisions: the article numbers, ids and titles are the portal's, so that
// amendment proposals can refer to a clause ("art-5"). Articles 4 and 5 are the two
// sentences of one paragraph of the source (duration/withdrawal, biennial evaluation).
// The English text is a translation for information; the Greek text prevails.

export type MouClauseText = {
  id: string;
  kind: "preamble" | "article" | "closing";
  number: number | null;
  titleEl: string;
  titleEn: string;
  textEl: string;
  textEn: string;
  items: { id: string; textEl: string; textEn: string }[];
};

export const MOU_TITLE_EL =
  "Μνημόνιο Συνεργασίας των δήμων – μελών του Δικτύου Πόλεων για την Ένταξη (Cities Network for Integration - CNI)";
export const MOU_TITLE_EN =
  "Memorandum of Understanding of the member municipalities of the Cities Network for Integration (CNI)";
export const MOU_SOURCE =
  "Σχέδιο Μνημονίου Συνεργασίας, όπως εγκρίθηκε με την απόφαση 210/2024 του Δημοτικού Συμβουλίου Σερρών (26η συνεδρίαση, 26-06-2024)";

export const MOU_CLAUSES: MouClauseText[] = [
  {
    id: "preamble",
    kind: "preamble",
    number: null,
    titleEl: "Προοίμιο",
    titleEn: "Preamble",
    textEl:
      "Στις 4 Ιανουαρίου 2018, ο Δήμος Αθηναίων και ο Δήμος Θεσσαλονίκης υπέγραψαν μνημόνιο στο οποίο συμφωνήσαν τη δημιουργία ενός κοινού πλαισίου συνεργασίας μεταξύ των δύο μερών, με σκοπό την οργάνωση και υλοποίηση συντονισμένων δράσεων και παρεμβάσεων για το προσφυγικό ζήτημα σε τοπικό και εθνικό επίπεδο για την ανάπτυξη πολιτικών κοινωνικής ένταξης προσφύγων.\n\nΤο μνημόνιο αυτό έδινε τη δυνατότητα προσχώρησης οποιουδήποτε άλλου Δήμου με απλή δήλωση. Από τις 04/01/2018 μέχρι σήμερα, έχουν προσχωρήσει στο Δίκτυο σταδιακά οι εξής δεκαέξι (16) δήμοι: Αγίου Δημητρίου, Δέλτα, Ηράκλειου, Ιωαννιτών, Καλαμαριάς, Καρδίτσας, Κατερίνης, Λαρισαίων, Λεβαδέων, Νεάπολης-Συκεών, Ν. Φιλαδέλφειας-Ν. Χαλκηδόνας, Πειραιά, Τήλου, Τρικκαίων, Τρίπολης, Χανίων.\n\nΤην αρχική περίοδο διαχείρισης από τους δήμους των αυξημένων προσφυγικών ροών, διαδέχτηκε μια περίοδος μετάβασης, όπου το κέντρο βάρους των δράσεων και παρεμβάσεων για τους πρόσφυγες και μετανάστες σε τοπικό επίπεδο μετατοπίστηκε σε μεγάλο βαθμό από την υποδοχή στην ένταξη. Η εξέλιξη αυτή επισφραγίστηκε με την ολοκλήρωση του προγράμματος στέγασης ESTIA σε εθνικό επίπεδο.\n\nΣτο πλαίσιο αυτό, κρίνεται αναγκαία η επικαιροποίηση του πλαισίου συνεργασίας στην βάση των ενταξιακών αναγκών και προτεραιοτήτων που διαμορφώνονται στην παρούσα φάση στους δήμους-μέλη του Δικτύου Πόλεων, αλλά και των αναπτυξιακών προκλήσεων που αντιμετωπίζουν οι δήμοι, ειδικά αυτοί της ελληνικής περιφέρειας.\n\nΣτη βάση της επικαιροποίησης του ως άνω πλαισίου συνεργασίας, στην Αθήνα σήμερα 17 Ιουνίου 2024, μεταξύ των συμμετεχόντων δήμων, συμφωνούνται και γίνονται αμοιβαία αποδεκτά τα εξής:",
    textEn:
      "On 4 January 2018 the Municipality of Athens and the Municipality of Thessaloniki signed a memorandum in which they agreed to create a common framework of cooperation between the two parties, in order to organise and carry out coordinated actions and interventions on the refugee question at local and national level, for the development of policies for the social inclusion of refugees.\n\nThat memorandum allowed any other municipality to accede by a simple declaration. From 04/01/2018 until today the following sixteen (16) municipalities have gradually acceded to the Network: Agios Dimitrios, Delta, Heraklion, Ioannina, Kalamaria, Karditsa, Katerini, Larissa, Livadeia, Neapoli-Sykies, Nea Filadelfeia-Nea Chalkidona, Piraeus, Tilos, Trikala, Tripoli, Chania.\n\nThe initial period in which the municipalities managed increased refugee flows was followed by a period of transition, in which the centre of gravity of actions and interventions for refugees and migrants at local level shifted to a large extent from reception to integration. This development was sealed by the completion of the ESTIA housing programme at national level.\n\nIn this context it is considered necessary to update the framework of cooperation on the basis of the integration needs and priorities now emerging in the member municipalities of the Cities Network, and of the development challenges the municipalities face, especially those of the Greek regions.\n\nOn the basis of the update of the above framework of cooperation, in Athens today, 17 June 2024, the participating municipalities agree and mutually accept the following:",
    items: [],
  },
  {
    id: "art-1",
    kind: "article",
    number: 1,
    titleEl: "Πεδίο συνεργασίας: δραστηριότητες και ενέργειες",
    titleEn: "Scope of the cooperation: activities and actions",
    textEl:
      "Με το παρόν τα συμβαλλόμενα μέρη, συμφωνούν στο πλαίσιο συνεργασίας τους το οποίο θα θεμελιώνεται στις εξής — ενδεικτικά και όχι περιοριστικά— αναφερόμενες δραστηριότητες και ενέργειες:",
    textEn:
      "By this memorandum the contracting parties agree on their framework of cooperation, which shall be founded on the following activities and actions, listed indicatively and not exhaustively:",
    items: [
      {
        id: "art-1.1",
        textEl:
          "Στην ανταλλαγή καλών πρακτικών και τεχνογνωσίας που σχετίζονται με την ένταξη Πολιτών Τρίτων Χωρών, την προώθηση της αρμονικής συνύπαρξης και τη διαμόρφωση τοπικών σχεδίων ένταξης,",
        textEn:
          "The exchange of good practices and know-how related to the integration of Third-Country Nationals, the promotion of harmonious coexistence and the design of local integration plans,",
      },
      {
        id: "art-1.2",
        textEl:
          "Στην υποστήριξη της επιχειρησιακής ικανότητας τοπικών υπηρεσιών, μέσω της ανταλλαγής πληροφορίας και της διασύνδεσης δημοτικών δομών που δραστηριοποιούνται στον τομέα εξυπηρέτησης Πολιτών Τρίτων Χωρών,",
        textEn:
          "Supporting the operational capacity of local services, through the exchange of information and the linking of municipal structures active in serving Third-Country Nationals,",
      },
      {
        id: "art-1.3",
        textEl:
          "Στην πραγματοποίηση επισκέψεων μελέτης στους δήμους-μέλη για την χαρτογράφηση και αξιολόγηση ενταξιακών αναγκών και αναπτυξιακών προκλήσεων και την ανταλλαγή τεχνογνωσίας,",
        textEn:
          "Study visits to the member municipalities to map and assess integration needs and development challenges and to exchange know-how,",
      },
      {
        id: "art-1.4",
        textEl:
          "Στον εντοπισμό χρηματοδοτικών μέσων και εργαλείων για την υλοποίηση των σκοπών του παρόντος μνημονίου συνεργασίας και στη συμμετοχή σε προτάσεις χρηματοδότησης από κοινού για την υλοποίηση δράσεων και προγραμμάτων,",
        textEn:
          "Identifying funding means and instruments for achieving the purposes of this memorandum of cooperation, and taking part in joint funding proposals for carrying out actions and programmes,",
      },
      {
        id: "art-1.5",
        textEl:
          "Στη διαμόρφωση προτάσεων πολιτικής σε τοπικό, εθνικό και Ευρωπαϊκό επίπεδο, με σκοπό την προώθηση βασικών ενταξιακών αρχών και προτεραιοτήτων,",
        textEn:
          "Formulating policy proposals at local, national and European level, in order to promote fundamental integration principles and priorities,",
      },
      {
        id: "art-1.6",
        textEl:
          "Στον συντονισμό και την υλοποίηση δράσεων, όπως έρευνες πεδίου και πιλοτικά προγράμματα,",
        textEn:
          "Coordinating and carrying out actions, such as field research and pilot programmes,",
      },
      {
        id: "art-1.7",
        textEl:
          "Στη διοργάνωση εκδηλώσεων (σεμινάρια, ημερίδες, εργαστήρια κ.λπ.) για τα μέλη του Δικτύου Πόλεων, σε θεματικές που άπτονται του περιεχομένου του Δικτύου, σε συνεργασία με εξειδικευμένους φορείς.",
        textEn:
          "Organising events (seminars, one-day conferences, workshops etc.) for the members of the Cities Network, on topics related to the content of the Network, in cooperation with specialised bodies.",
      },
      {
        id: "art-1.8",
        textEl:
          "Στην προώθηση και ενημέρωση κοινών ειδικού ενδιαφέροντος καθώς και του γενικού κοινού, όποτε κρίνεται απαραίτητο, αναφορικά με τοπικές δράσεις και ενταξιακές πρωτοβουλίες.",
        textEn:
          "Promoting and informing special-interest audiences as well as the general public, whenever deemed necessary, about local actions and integration initiatives.",
      },
    ],
  },
  {
    id: "art-2",
    kind: "article",
    number: 2,
    titleEl: "Θεματικοί πυλώνες",
    titleEn: "Thematic pillars",
    textEl:
      "Για την αποτελεσματική λειτουργία του Δικτύου, την εξυπηρέτηση των βασικών του στόχων, και την υλοποίηση των παραπάνω δράσεων, το Δίκτυο Πόλεων εστιάζει στους κάτωθι θεματικούς πυλώνες:",
    textEn:
      "For the effective operation of the Network, the service of its main objectives and the implementation of the above actions, the Cities Network focuses on the following thematic pillars:",
    items: [
      {
        id: "art-2.1",
        textEl:
          "Προώθηση της απασχολησιμότητας και της ένταξης πολιτών τρίτων χωρών στην αγορά εργασίας,",
        textEn:
          "Promoting the employability of third-country nationals and their integration into the labour market,",
      },
      {
        id: "art-2.2",
        textEl: "Ενδυνάμωση δημοτικών δομών και θεσμών (ΚΕΜ, ΣΕΜΠ),",
        textEn:
          "Strengthening municipal structures and institutions (Migrant Integration Centres – KEM, Migrant and Refugee Integration Councils – SEMP),",
      },
      {
        id: "art-2.3",
        textEl:
          "Προώθηση της συμπερίληψης πολιτών τρίτων χωρών στη ζωή της πόλης και δημιουργία ευκαιριών διαπολιτισμικής επαφής και επικοινωνίας.",
        textEn:
          "Promoting the inclusion of third-country nationals in the life of the city and creating opportunities for intercultural contact and communication.",
      },
    ],
  },
  {
    id: "art-3",
    kind: "article",
    number: 3,
    titleEl: "Εκπρόσωποι και αναπληρωτές",
    titleEn: "Representatives and alternates",
    textEl:
      "Προς τον σκοπό της αποτελεσματικής επίτευξης των στόχων και της υλοποίησης κοινών δράσεων του παρόντος, καθένα από τα μέρη ορίζει έναν εκπρόσωπο και έναν αναπληρωτή του οι οποίοι, πέραν της παρακολούθησης των δράσεων, αξιολογούν και, όποτε το κρίνουν αναγκαίο, υποβάλλουν προτάσεις στα μέρη για την τροποποίηση του παρόντος.",
    textEn:
      "In order to achieve the objectives and carry out the joint actions of this memorandum effectively, each of the parties designates one representative and one alternate who, besides following the actions, evaluate and, whenever they consider it necessary, submit proposals to the parties to amend this memorandum.",
    items: [],
  },
  {
    id: "art-4",
    kind: "article",
    number: 4,
    titleEl: "Διάρκεια και αποχώρηση",
    titleEn: "Duration and withdrawal",
    textEl:
      "Η διάρκεια του παρόντος ορίζεται αόριστη και θα εξακολουθεί να ισχύει εφόσον κανένα από τα συμβαλλόμενα μέρη δεν εναντιωθεί ως προς αυτή με σχετική έγγραφη δήλωση, η οποία καθίσταται ενεργή δέκα πέντε (15) ημερολογιακές ημέρες μετά την κοινοποίησή της στα άλλα μέρη.",
    textEn:
      "The duration of this memorandum is indefinite, and it shall continue to apply as long as none of the contracting parties objects to it by a written declaration to that effect, which becomes effective fifteen (15) calendar days after it has been notified to the other parties.",
    items: [],
  },
  {
    id: "art-5",
    kind: "article",
    number: 5,
    titleEl: "Αξιολόγηση ανά διετία",
    titleEn: "Biennial evaluation",
    textEl: "Η αξιολόγηση της πορείας της συνεργασίας θα πραγματοποιείται ανά διετία.",
    textEn: "The course of the cooperation shall be evaluated every two years.",
    items: [],
  },
  {
    id: "art-6",
    kind: "article",
    number: 6,
    titleEl: "Προσχώρηση",
    titleEn: "Accession",
    textEl:
      "Στο παρόν μνημόνιο δύναται η προσχώρηση οποιουδήποτε άλλου Δήμου με απλή δήλωση που γνωστοποιείται στα υπόλοιπα μέρη.",
    textEn:
      "Any other municipality may accede to this memorandum by a simple declaration notified to the other parties.",
    items: [],
  },
  {
    id: "closing",
    kind: "closing",
    number: null,
    titleEl: "Καταληκτική διάταξη",
    titleEn: "Closing formula",
    textEl:
      "Τα παραπάνω συμφωνήθηκαν, συνομολογήθηκαν, καταγράφηκαν και αναγνώστηκαν από τους εκπροσώπους των συμβαλλομένων μερών, που υπογράφουν το παρόν.",
    textEn:
      "The above were agreed, concluded, recorded and read by the representatives of the contracting parties, who sign this memorandum.",
    items: [],
  },
];

/** Clause ids an amendment may refer to: every clause, item, or "new" (a clause to add). */
export const MOU_CLAUSE_IDS: ReadonlySet<string> = new Set([
  ...MOU_CLAUSES.flatMap((c) => [c.id, ...c.items.map((i) => i.id)]),
  "new",
]);

/** The clause an amendment is attached to: an item ("art-1.3") belongs to its article. */
export function clauseOf(id: string): string {
  return id.includes(".") ? id.slice(0, id.indexOf(".")) : id;
}
