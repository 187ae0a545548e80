import { Text } from "@mantine/core";
import type { ReactNode } from "react";

/** One labelled value of a record's details: a dt/dd pair, used inside a `<dl>`. */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} fw={500}>
        {children}
      </Text>
    </div>
  );
}
