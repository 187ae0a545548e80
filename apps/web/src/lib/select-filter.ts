// For Mantine's searchable Select/Autocomplete: "σερρες" finds "Δήμος Σερρών" — case,
// accents and final sigma do not matter (the same matching as the directory's search).
import type { ComboboxItem, ComboboxParsedItem, OptionsFilter } from "@mantine/core";
import { matchesSearch } from "./text";

type Group = { group: string; items: ComboboxItem[] };

function isGroup(item: ComboboxParsedItem): item is ComboboxParsedItem & Group {
  return "group" in item;
}

export const greekOptionsFilter: OptionsFilter = ({ options, search }) =>
  options.flatMap((item): ComboboxParsedItem[] => {
    if (isGroup(item)) {
      const items = item.items.filter((option) => matchesSearch(option.label, search));
      return items.length ? [{ ...item, items }] : [];
    }
    return matchesSearch((item as ComboboxItem).label, search) ? [item] : [];
  });
