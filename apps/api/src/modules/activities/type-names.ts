// The activity types as the MoU names them in Greek (the feeds' categories and columns),
// and in English as the SPA shows them (a test keeps these equal to its English locale).
import type { ActivityType } from "@cni/domain/enums";

/** The Greek name of each activity type. */
export const TYPE_NAMES_EL: Record<ActivityType, string> = {
  good_practice_exchange: "Ανταλλαγή καλών πρακτικών και τεχνογνωσίας",
  operational_capacity: "Υποστήριξη επιχειρησιακής ικανότητας τοπικών υπηρεσιών",
  study_visit: "Επισκέψεις μελέτης",
  funding: "Εντοπισμός χρηματοδοτικών μέσων και κοινές προτάσεις χρηματοδότησης",
  policy_proposal: "Προτάσεις πολιτικής",
  field_research_pilot: "Έρευνες πεδίου και πιλοτικά προγράμματα",
  event: "Εκδηλώσεις (σεμινάρια, ημερίδες, εργαστήρια)",
  public_information: "Ενημέρωση κοινού",
  other: "Άλλες δράσεις",
};

/** The English name of each activity type (the CSV's `typeEn`). */
export const TYPE_NAMES_EN: Record<ActivityType, string> = {
  good_practice_exchange: "Good practice exchange",
  operational_capacity: "Operational capacity of services",
  study_visit: "Study visits",
  funding: "Funding instruments and joint proposals",
  policy_proposal: "Policy proposals",
  field_research_pilot: "Field research and pilots",
  event: "Events",
  public_information: "Public information",
  other: "Other activities",
};
