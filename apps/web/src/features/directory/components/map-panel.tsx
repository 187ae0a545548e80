import type { Municipality } from "@cni/contracts/municipalities";
import { Box, Skeleton, VisuallyHidden } from "@mantine/core";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";

// The map (d3-geo + outline data) is its own chunk, fetched when the directory shows.
const GreeceMap = lazy(() => import("./greece-map"));

export function MapPanel({ items, countsLabel }: { items: Municipality[]; countsLabel: string }) {
  const { t } = useTranslation("directory");
  return (
    <Suspense
      fallback={
        <Box>
          <Skeleton style={{ aspectRatio: "600 / 540" }} h="auto" />
          <VisuallyHidden>{t("map.loading")}</VisuallyHidden>
        </Box>
      }
    >
      <GreeceMap items={items} countsLabel={countsLabel} />
    </Suspense>
  );
}
