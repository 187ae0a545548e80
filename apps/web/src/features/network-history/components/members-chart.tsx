// The number of members over time, as a step chart (recharts). Loaded lazily, in its own
// chunk, by the Network page; the same figures are in the table beside it.
import type { MembersOverTimePoint } from "@cni/contracts/network-history";
import { useTranslation } from "react-i18next";
import {
  Area,
  AreaChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { formatDate } from "@/lib/format";

type Props = { points: MembersOverTimePoint[]; today: string };

const dayValue = (date: string) => Date.parse(`${date}T00:00:00Z`);
const isoOf = (value: number) => new Date(value).toISOString().slice(0, 10);

export default function MembersChart({ points, today }: Props) {
  const { t, i18n } = useTranslation("network-history");
  const language = i18n.language;
  // Extend the last count to today so the step reaches the right edge.
  const data = points.map((p) => ({ ...p, x: dayValue(p.date) }));
  const last = data.at(-1);
  if (last && last.date !== today) data.push({ ...last, date: today, x: dayValue(today) });
  // One tick on 1 January of every year shown.
  const ticks: number[] = [];
  const firstYear = Number((data[0]?.date ?? today).slice(0, 4));
  for (let year = firstYear + 1; year <= Number(today.slice(0, 4)); year++) {
    ticks.push(dayValue(`${year}-01-01`));
  }

  return (
    <div style={{ width: "100%", height: 320 }} data-testid="members-chart">
      <ResponsiveContainer>
        <AreaChart
          data={data}
          margin={{ top: 12, right: 16, bottom: 8, left: 0 }}
          // The figure around it is one image with a text alternative; the table has the data.
          accessibilityLayer={false}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="#ced4da" />
          <XAxis
            dataKey="x"
            type="number"
            scale="time"
            domain={["dataMin", "dataMax"]}
            ticks={ticks}
            tickFormatter={(value: number) => isoOf(value).slice(0, 4)}
            stroke="#495057"
          />
          <YAxis allowDecimals={false} width={40} stroke="#495057" />
          <Tooltip
            labelFormatter={(value) => formatDate(isoOf(Number(value)), language)}
            formatter={(value, name) => [value, t(`chart.${String(name)}`)]}
          />
          <Legend formatter={(value) => t(`chart.${String(value)}`)} />
          <Area
            type="stepAfter"
            dataKey="members"
            name="members"
            stackId="parties"
            stroke="#1864ab"
            strokeWidth={2}
            fill="#d0ebff"
            isAnimationActive={false}
          />
          {/* Stacked on the members: the 16 early members, unknown (not absent) before
              2024-06-17, drawn hatched-light so they are never read as non-members. */}
          <Area
            type="stepAfter"
            dataKey="unknown"
            name="unknown"
            stackId="parties"
            stroke="#1864ab"
            strokeDasharray="4 3"
            strokeWidth={2}
            fill="#f1f3f5"
            isAnimationActive={false}
          />
          <Area
            type="stepAfter"
            dataKey="withdrawing"
            name="withdrawing"
            stroke="#8a2c00"
            strokeWidth={2}
            fill="#ffe8d9"
            isAnimationActive={false}
          />
        </AreaChart>
      </ResponsiveContainer>
    </div>
  );
}
