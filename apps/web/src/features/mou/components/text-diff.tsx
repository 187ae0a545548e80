// The change an amendment made to a clause, word by word (jsdiff): removed words struck
// through, added words underlined, each announced to screen readers. Loaded only when a
// reader opens a change, so the diff library stays out of the initial bundle.
import { Text, VisuallyHidden } from "@mantine/core";
import { diffWords } from "diff";
import { useTranslation } from "react-i18next";

const WORDS = new Intl.Segmenter("el", { granularity: "word" });

export default function TextDiff({ before, after }: { before: string; after: string }) {
  const { t } = useTranslation("mou");
  // jsdiff's own tokenizer knows only Latin letters and would diff Greek words letter by
  // letter: the platform's word segmenter splits Greek text into words.
  const parts = diffWords(before, after, { intlSegmenter: WORDS });
  return (
    <Text lang="el" style={{ whiteSpace: "pre-wrap" }} data-testid="clause-diff">
      {parts.map((part, index) => {
        const key = `${index}-${part.value.slice(0, 12)}`;
        if (part.added) {
          return (
            <ins
              key={key}
              style={{ background: "#d3f9d8", color: "#0b3d1a", textDecorationThickness: 2 }}
            >
              <VisuallyHidden>[{t("diff.added")}: </VisuallyHidden>
              {part.value}
              <VisuallyHidden>]</VisuallyHidden>
            </ins>
          );
        }
        if (part.removed) {
          return (
            <del key={key} style={{ background: "#ffe3e3", color: "#6b0b0b" }}>
              <VisuallyHidden>[{t("diff.removed")}: </VisuallyHidden>
              {part.value}
              <VisuallyHidden>]</VisuallyHidden>
            </del>
          );
        }
        return <span key={key}>{part.value}</span>;
      })}
    </Text>
  );
}
