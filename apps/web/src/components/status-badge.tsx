// The one status badge: dark text on a light tint of the same hue. Every tone below keeps
// at least 6:1 contrast for small bold text (WCAG AA needs 4.5:1), also on striped rows.
// Features map their statuses to a tone; the colours live only here.
import { Badge } from "@mantine/core";
import type { ReactNode } from "react";

export const TONES = {
  success: { color: "#1b5e20", background: "#e6f4e8" },
  info: { color: "#0b4a8b", background: "#e3f0fc" },
  pending: { color: "#7a4100", background: "#fff3d6" },
  warning: { color: "#8a2c00", background: "#ffe8d9" },
  danger: { color: "#a51d1d", background: "#fff0f0" },
  neutral: { color: "#343a40", background: "#e9ecef" },
  muted: { color: "#495057", background: "#f1f3f5" },
} as const;

export type Tone = keyof typeof TONES;

type Props = {
  tone: Tone;
  children: ReactNode;
  /** Extra attributes for tests and styling, e.g. `{ "data-status": "member" }`. */
  data?: Record<`data-${string}`, string>;
  size?: "sm" | "md" | "lg";
};

export function StatusBadge({ tone, children, data, size = "md" }: Props) {
  const { color, background } = TONES[tone];
  return (
    <Badge
      tt="none"
      size={size}
      radius="sm"
      fw={700}
      styles={{
        root: { color, background, border: `1px solid ${color}33`, flexShrink: 0 },
        label: { overflow: "visible" },
      }}
      {...data}
    >
      {children}
    </Badge>
  );
}
