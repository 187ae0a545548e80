import { useTranslation } from "react-i18next";
import { formatDate } from "@/lib/format";

/** "10 Μαρτίου 2026" or "10 Μαρτίου 2026 – 11 Μαρτίου 2026", as <time> elements. */
export function ActivityDates({ startsOn, endsOn }: { startsOn: string; endsOn: string | null }) {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return (
    <>
      <time dateTime={startsOn}>{formatDate(startsOn, language, "long")}</time>
      {endsOn && endsOn !== startsOn && (
        <>
          {" – "}
          <time dateTime={endsOn}>{formatDate(endsOn, language, "long")}</time>
        </>
      )}
    </>
  );
}
