// The score distribution per pillar as a grouped bar chart (recharts, loaded only with the
// report page). Fixed size so it prints the same on A4; the table beside it carries the
// same figures for screen readers.
import type { ReviewReport } from "@cni/contracts/reviews";
import { useTranslation } from "react-i18next";
import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from "recharts";

const COLORS = {
  employability: "#1864ab",
  municipal_structures: "#087f5b",
  inclusion: "#862e9c",
} as const;

export default function ScoreChart({ scores }: { scores: ReviewReport["scores"] }) {
  const { t } = useTranslation("reviews");
  const data = [1, 2, 3, 4, 5].map((score) => ({
    score: String(score),
    ...Object.fromEntries(scores.map((s) => [s.pillar, s.distribution[score - 1] ?? 0])),
  }));
  return (
    <BarChart
      width={600}
      height={300}
      data={data}
      margin={{ top: 8, right: 16, bottom: 24, left: 0 }}
      accessibilityLayer={false}
    >
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis
        dataKey="score"
        label={{ value: t("report.scoreAxis"), position: "insideBottom", offset: -12 }}
      />
      <YAxis allowDecimals={false} width={40} />
      <Legend verticalAlign="top" height={32} />
      {scores.map((s) => (
        <Bar
          key={s.pillar}
          dataKey={s.pillar}
          name={t(`pillar.${s.pillar}`)}
          fill={COLORS[s.pillar]}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
}
