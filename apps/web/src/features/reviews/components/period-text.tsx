import { useTranslation } from "react-i18next";
import { formatDate } from "@/lib/format";

/** "17/06/2024 – 16/06/2026" with machine-readable dates. */
export function PeriodText({ start, end }: { start: string; end: string }) {
  const { i18n } = useTranslation();
  return (
    <>
      <time dateTime={start}>{formatDate(start, i18n.language)}</time>
      {" – "}
      <time dateTime={end}>{formatDate(end, i18n.language)}</time>
    </>
  );
}
