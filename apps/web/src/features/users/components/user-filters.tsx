// The users page's filters: free text (debounced by the page), role, municipality, status.
// The page keeps them in the URL.
import { USER_STATUSES, type UserStatus } from "@cni/contracts/users";
import { ROLES, type Role } from "@cni/domain/enums";
import { Group, Select, TextInput } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useMunicipalities } from "@/entities/municipality/api";
import { municipalityName } from "@/entities/municipality/name";
import { greekOptionsFilter } from "@/lib/select-filter";
import { collator } from "@/lib/text";

type Props = {
  search: string;
  onSearch: (text: string) => void;
  role: Role | null;
  municipalityId: string | null;
  status: UserStatus | null;
  onChange: (changes: Record<string, string | null>) => void;
};

export function UserFilters({ search, onSearch, role, municipalityId, status, onChange }: Props) {
  const { t, i18n } = useTranslation("users");
  const language = i18n.language;
  const municipalities = useMunicipalities();
  const municipalityOptions = useMemo(() => {
    const compare = collator(language).compare;
    return (municipalities.data?.items ?? [])
      .map((m) => ({ value: m.id, label: municipalityName(m, language) }))
      .sort((a, b) => compare(a.label, b.label));
  }, [municipalities.data, language]);

  return (
    <Group gap="sm" align="flex-end" role="search" aria-label={t("filters.label")}>
      <TextInput
        label={t("filters.search")}
        value={search}
        onChange={(event) => onSearch(event.currentTarget.value)}
        w={220}
      />
      <Select
        label={t("filters.role")}
        placeholder={t("filters.all")}
        data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        value={role}
        onChange={(value) => onChange({ role: value })}
        clearable
        w={200}
      />
      <Select
        label={t("filters.municipality")}
        placeholder={t("filters.all")}
        data={municipalityOptions}
        value={municipalityId}
        onChange={(value) => onChange({ municipality: value })}
        searchable
        filter={greekOptionsFilter}
        clearable
        w={240}
      />
      <Select
        label={t("filters.status")}
        placeholder={t("filters.all")}
        data={USER_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        value={status}
        onChange={(value) => onChange({ status: value })}
        clearable
        w={180}
      />
    </Group>
  );
}
