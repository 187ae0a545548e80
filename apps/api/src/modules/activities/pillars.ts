// The 3 thematic pillars of the MoU (docs/domain.md; where a translation differs, the
// Greek text of the MoU is right).
import type { Pillar } from "@cni/domain/enums";

export const PILLAR_TEXTS: Record<
  Pillar,
  { nameEl: string; nameEn: string; descriptionEl: string; descriptionEn: string }
> = {
  employability: {
    nameEl: "Απασχολησιμότητα",
    nameEn: "Employability",
    descriptionEl:
      "Προώθηση της απασχολησιμότητας και της ένταξης πολιτών τρίτων χωρών στην αγορά εργασίας.",
    descriptionEn:
      "Promoting the employability of third-country nationals and their integration into the labour market.",
  },
  municipal_structures: {
    nameEl: "Δημοτικές δομές και θεσμοί",
    nameEn: "Municipal structures and institutions",
    descriptionEl:
      "Ενδυνάμωση δημοτικών δομών και θεσμών: Κέντρα Ένταξης Μεταναστών (ΚΕΜ) και Συμβούλια Ένταξης Μεταναστών και Προσφύγων (ΣΕΜΠ).",
    descriptionEn:
      "Strengthening municipal structures and institutions: the Migrant Integration Centres (ΚΕΜ) and the Migrant and Refugee Integration Councils (ΣΕΜΠ).",
  },
  inclusion: {
    nameEl: "Συμπερίληψη",
    nameEn: "Inclusion",
    descriptionEl:
      "Προώθηση της συμπερίληψης πολιτών τρίτων χωρών στη ζωή της πόλης και δημιουργία ευκαιριών διαπολιτισμικής επαφής και επικοινωνίας.",
    descriptionEn:
      "Promoting the inclusion of third-country nationals in the life of the city and creating opportunities for intercultural contact and communication.",
  },
};
