// Pages of the directory: which rows are shown ("1–50 of 400"), the page links and how many
// rows a page has. The page and its size live in the URL (?page=&size=) like the filters.
import { Group, NativeSelect, Pagination, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PAGE_SIZES, type PageSize } from "../utils/pages";

type Props = {
  page: number;
  pages: number;
  size: PageSize;
  /** How many rows match, on every page together. */
  total: number;
  onPageChange: (page: number) => void;
  onSizeChange: (size: PageSize) => void;
};

export function DirectoryPagination({
  page,
  pages,
  size,
  total,
  onPageChange,
  onSizeChange,
}: Props) {
  const { t } = useTranslation("directory");
  const first = total === 0 ? 0 : (page - 1) * size + 1;
  const last = Math.min(page * size, total);
  return (
    <Group
      component="nav"
      aria-label={t("pages.label")}
      justify="space-between"
      align="flex-end"
      gap="sm"
      data-testid="directory-pagination"
    >
      <Text size="sm" data-testid="directory-range">
        {t("pages.range", { first, last, total })}
      </Text>
      {pages > 1 && (
        <Pagination
          total={pages}
          value={page}
          onChange={onPageChange}
          siblings={1}
          boundaries={1}
          getControlProps={(control) => ({ "aria-label": t(`pages.${control}`) })}
          getItemProps={(p) => ({
            "aria-label": t("pages.pageN", { page: p }),
            "aria-current": p === page ? "page" : undefined,
          })}
        />
      )}
      <NativeSelect
        label={t("pages.size")}
        size="sm"
        w={190}
        value={String(size)}
        data={PAGE_SIZES.map((n) => String(n))}
        onChange={(event) => onSizeChange(Number(event.currentTarget.value) as PageSize)}
      />
    </Group>
  );
}
