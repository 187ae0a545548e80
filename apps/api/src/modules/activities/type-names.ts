// The activity types as the MoU names them in Greek (the feeds' categories and columns).
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
