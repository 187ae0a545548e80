import { MantineProvider } from "@mantine/core";
import { QueryClientProvider } from "@tanstack/react-query";
import { lazy, type ReactNode, Suspense } from "react";
import { queryClient } from "@/lib/query-client";
import { BusyMarker } from "./busy-marker";
import { cssVariablesResolver, theme } from "./theme";

// The notifications container is only needed once something is shown (after a mutation):
// it loads after start instead of weighing on the initial bundle. Call `notify` from
// lib/notify.ts as usual.
const Notifications = lazy(() =>
  import("@mantine/notifications").then((m) => ({ default: m.Notifications })),
);

export function AppProvider({ children }: { children: ReactNode }) {
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="light"
    >
      <Suspense fallback={null}>
        <Notifications position="top-right" />
      </Suspense>
      <QueryClientProvider client={queryClient}>
        <BusyMarker />
        {children}
      </QueryClientProvider>
    </MantineProvider>
  );
}
