import { MEMBERSHIP_STATUSES, type MembershipStatus } from "@cni/domain/enums";
import {
  Button,
  type ComboboxItem,
  Group,
  MultiSelect,
  type OptionsFilter,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { IconSearch, IconX } from "@tabler/icons-react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { SegmentedChoice } from "@/components/segmented-choice";
import { matchesSearch } from "@/lib/text";
import { SORT_KEYS, type SortKey } from "../utils/municipality";

/** Accent- and case-insensitive matching of options ("αττικη" finds "Αττική"). */
const accentInsensitive: OptionsFilter = ({ options, search }) =>
  (options as ComboboxItem[]).filter((option) => matchesSearch(option.label, search));

type Props = {
  search: string;
  onSearchChange: (value: string) => void;
  statuses: MembershipStatus[];
  onStatusesChange: (value: MembershipStatus[]) => void;
  region: string | null;
  onRegionChange: (value: string | null) => void;
  regions: { value: string; label: string }[];
  sort: SortKey;
  onSortChange: (value: SortKey) => void;
  onClear: () => void;
};

export function DirectoryFilters(props: Props) {
  const { t } = useTranslation("directory");
  const sortLabelId = useId();
  const hasFilters = props.search !== "" || props.statuses.length > 0 || props.region !== null;

  return (
    <Stack gap="sm" component="form" role="search" onSubmit={(e) => e.preventDefault()}>
      <TextInput
        type="search"
        label={t("filters.search")}
        description={t("filters.searchDescription")}
        placeholder={t("filters.searchPlaceholder")}
        leftSection={<IconSearch size={16} aria-hidden="true" />}
        value={props.search}
        onChange={(event) => props.onSearchChange(event.currentTarget.value)}
        inputWrapperOrder={["label", "input", "description", "error"]}
        autoComplete="off"
        spellCheck={false}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <MultiSelect
          label={t("filters.status")}
          placeholder={props.statuses.length ? undefined : t("filters.statusPlaceholder")}
          data={MEMBERSHIP_STATUSES.map((status) => ({
            value: status,
            label: t(`status.${status}`),
          }))}
          value={props.statuses}
          onChange={(value) => props.onStatusesChange(value as MembershipStatus[])}
          clearable
          clearButtonProps={{ "aria-label": t("filters.clear") }}
          comboboxProps={{ withinPortal: true, keepMounted: false }}
        />
        <Select
          label={t("filters.region")}
          placeholder={t("filters.regionPlaceholder")}
          data={props.regions}
          value={props.region}
          onChange={props.onRegionChange}
          searchable
          clearable
          clearButtonProps={{ "aria-label": t("filters.clear") }}
          filter={accentInsensitive}
          nothingFoundMessage={t("filters.nothingFound")}
        />
      </SimpleGrid>
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={4}>
          <Text component="span" id={sortLabelId} size="sm" fw={500}>
            {t("filters.sort")}
          </Text>
          <SegmentedChoice
            aria-labelledby={sortLabelId}
            value={props.sort}
            onChange={props.onSortChange}
            data={SORT_KEYS.map((key) => ({ value: key, label: t(`sort.${key}`) }))}
          />
        </Stack>
        {hasFilters && (
          <Button
            variant="subtle"
            leftSection={<IconX size={16} aria-hidden="true" />}
            onClick={props.onClear}
          >
            {t("filters.clear")}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
