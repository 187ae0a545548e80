import { ACTIVITY_SORTS, type ActivitySort } from "@cni/contracts/activity-queries";
import {
  ACTIVITY_STATUSES,
  ACTIVITY_TYPES,
  type ActivityStatus,
  type ActivityType,
  PILLARS,
  type Pillar,
} from "@cni/domain/enums";
import {
  Button,
  type ComboboxItem,
  Group,
  MultiSelect,
  type OptionsFilter,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from "@mantine/core";
import { IconSearch, IconX } from "@tabler/icons-react";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { DateField } from "@/components/date-field";
import { useMunicipalities } from "@/entities/municipality/api";
import { municipalityName } from "@/entities/municipality/name";
import { collator, matchesSearch } from "@/lib/text";
import type { ListState } from "../utils/filters";

/**
 * The filter bar's lists are mounted only while open: Mantine keeps a closed list in the
 * DOM by default, and positions each one (a forced style and layout pass) when the page
 * first renders — ≈ 60 ms of the activities page's first render for its five lists
 * (issue 16). The list is rendered on opening, as it is for the municipality filter.
 */
const comboboxProps = { keepMounted: false } as const;

const accentInsensitive: OptionsFilter = ({ options, search }) =>
  (options as ComboboxItem[]).filter((option) => matchesSearch(option.label, search));

/**
 * The municipality filter. Its 400 options (a request of every municipality and ≈ 800 hidden
 * elements, issue 16) are fetched when the field is first reached (focus or pointer) and
 * rendered only while its list is open; until then it holds just the chosen municipality.
 */
function MunicipalityFilter({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (value: string | null) => void;
}) {
  const { t, i18n } = useTranslation("activities");
  const language = i18n.language;
  const [wanted, setWanted] = useState(false);
  const [open, setOpen] = useState(false);
  const municipalities = useMunicipalities({}, { enabled: wanted || open || Boolean(value) });
  const options = useMemo(
    () =>
      (municipalities.data?.items ?? [])
        .map((m) => ({ value: m.id, label: municipalityName(m, language) }))
        .sort((a, b) => collator(language).compare(a.label, b.label)),
    [municipalities.data, language],
  );
  const data = open ? options : options.filter((option) => option.value === value);
  return (
    <Select
      label={t("filters.municipality")}
      description={t("filters.municipalityDescription")}
      placeholder={t("filters.allMunicipalities")}
      data={data}
      value={value}
      onChange={onChange}
      onFocus={() => setWanted(true)}
      onMouseEnter={() => setWanted(true)}
      onDropdownOpen={() => setOpen(true)}
      onDropdownClose={() => setOpen(false)}
      searchable
      clearable
      clearButtonProps={{ "aria-label": t("filters.clearField") }}
      comboboxProps={comboboxProps}
      filter={accentInsensitive}
      nothingFoundMessage={
        municipalities.isPending ? t("loading", { ns: "common" }) : t("filters.nothingFound")
      }
      inputWrapperOrder={["label", "input", "description", "error"]}
    />
  );
}

type Props = {
  state: ListState;
  search: string;
  onSearchChange: (value: string) => void;
  onChange: (changes: Partial<ListState>) => void;
  onClear: () => void;
  showClear: boolean;
};

export function ActivityFilters({
  state,
  search,
  onSearchChange,
  onChange,
  onClear,
  showClear,
}: Props) {
  const { t } = useTranslation("activities");
  const clearProps = { "aria-label": t("filters.clearField") };
  return (
    <Stack
      gap="sm"
      component="form"
      role="search"
      aria-label={t("filters.label")}
      onSubmit={(e) => e.preventDefault()}
    >
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
        <TextInput
          type="search"
          label={t("filters.search")}
          description={t("filters.searchDescription")}
          leftSection={<IconSearch size={16} aria-hidden="true" />}
          value={search}
          onChange={(event) => onSearchChange(event.currentTarget.value)}
          inputWrapperOrder={["label", "input", "description", "error"]}
          autoComplete="off"
          spellCheck={false}
        />
        <MultiSelect
          label={t("filters.pillar")}
          placeholder={state.pillar?.length ? undefined : t("filters.all")}
          data={PILLARS.map((p) => ({ value: p, label: t(`pillars.${p}`) }))}
          value={state.pillar ?? []}
          onChange={(value) => onChange({ pillar: value as Pillar[], page: 1 })}
          clearable
          clearButtonProps={clearProps}
          comboboxProps={comboboxProps}
        />
        <MultiSelect
          label={t("filters.type")}
          placeholder={state.type?.length ? undefined : t("filters.all")}
          data={ACTIVITY_TYPES.map((type) => ({ value: type, label: t(`types.${type}`) }))}
          value={state.type ?? []}
          onChange={(value) => onChange({ type: value as ActivityType[], page: 1 })}
          clearable
          clearButtonProps={clearProps}
          comboboxProps={comboboxProps}
        />
        <MultiSelect
          label={t("filters.status")}
          placeholder={state.status?.length ? undefined : t("filters.all")}
          data={ACTIVITY_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
          value={state.status ?? []}
          onChange={(value) => onChange({ status: value as ActivityStatus[], page: 1 })}
          clearable
          clearButtonProps={clearProps}
          comboboxProps={comboboxProps}
        />
        <MunicipalityFilter
          value={state.municipalityId ?? null}
          onChange={(value) => onChange({ municipalityId: value ?? undefined, page: 1 })}
        />
        <DateField
          spellOut={false}
          label={t("filters.from")}
          value={state.from ?? null}
          onChange={(value) => onChange({ from: value ?? undefined, page: 1 })}
          clearable
        />
        <DateField
          spellOut={false}
          label={t("filters.to")}
          value={state.to ?? null}
          onChange={(value) => onChange({ to: value ?? undefined, page: 1 })}
          clearable
        />
        <Select
          label={t("filters.sort")}
          data={ACTIVITY_SORTS.map((s) => ({ value: s, label: t(`sort.${s}`) }))}
          value={state.sort}
          onChange={(value) => onChange({ sort: (value as ActivitySort) ?? "-startsOn", page: 1 })}
          allowDeselect={false}
          comboboxProps={comboboxProps}
        />
      </SimpleGrid>
      {showClear && (
        <Group>
          <Button
            variant="subtle"
            leftSection={<IconX size={16} aria-hidden="true" />}
            onClick={onClear}
          >
            {t("filters.clear")}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
