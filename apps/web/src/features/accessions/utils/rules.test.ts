// The declaration form words the shared council-decision rules in Greek and English with
// the real translation files, and puts each at the field it belongs to.
import { councilDecision } from "@cni/contracts/accessions";
import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import elAccessions from "../../../locales/el/accessions.json";
import elForms from "../../../locales/el/forms.json";
import enAccessions from "../../../locales/en/accessions.json";
import enForms from "../../../locales/en/forms.json";
import { stepResolver } from "./form";
import { ruleMessage } from "./rules";

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    lng: "el",
    resources: {
      el: { accessions: elAccessions, forms: elForms },
      en: { accessions: enAccessions, forms: enForms },
    },
    interpolation: { escapeValue: false },
  });
});

// The source's own slip: "35 present out of 25" (at the opening).
const swapped = {
  number: "210/2024",
  session: "26",
  date: "2024-06-26",
  membersTotal: 25,
  membersPresentAtOpening: 35,
  membersPresent: 22,
  vote: "unanimous" as const,
};
// Serres as decided: 35 members, 25 at the opening, 22 at the vote of item 5, unanimous.
const serres = { ...swapped, membersTotal: 35, membersPresentAtOpening: 25, votesFor: 22 };

describe("ruleMessage", () => {
  it("words the Serres slip (35 present out of 25) in Greek and English, at the opening", () => {
    const field = "membersPresentAtOpening";
    expect(ruleMessage(i18n.getFixedT("el"), "PRESENT_EXCEEDS_TOTAL", swapped, field)).toBe(
      "Τα 35 παρόντα μέλη στην έναρξη είναι περισσότερα από τα 25 μέλη του συμβουλίου. Ελέγξτε μήπως οι δύο αριθμοί έχουν αντιστραφεί.",
    );
    expect(ruleMessage(i18n.getFixedT("en"), "PRESENT_EXCEEDS_TOTAL", swapped, field)).toBe(
      "35 members present at the opening is more than the council's 25 members. Check whether the two figures are swapped.",
    );
  });

  it("gives the quorum needed at the vote and picks the right votes message", () => {
    const t = i18n.getFixedT("en");
    expect(
      ruleMessage(t, "QUORUM_NOT_MET", { membersTotal: 35, membersPresent: 17 }, "membersPresent"),
    ).toBe(
      "No quorum at the vote on this item: 17 of 35 members present. More than half (at least 18) must be present.",
    );
    expect(ruleMessage(t, "VOTES_INVALID", { vote: "majority", votesFor: null })).toBe(
      "A decision by majority needs the number of votes in favour.",
    );
    expect(
      ruleMessage(t, "VOTES_INVALID", { vote: "majority", votesFor: 5, membersPresent: 20 }),
    ).toContain("5 votes in favour is not a majority of the 20");
    expect(
      ruleMessage(t, "VOTES_INVALID", {
        vote: "majority",
        votesFor: 10,
        votesAgainst: 10,
        membersPresent: 20,
      }),
    ).toContain("casting vote");
    expect(
      ruleMessage(t, "VOTES_INVALID", {
        vote: "majority",
        votesFor: 11,
        votesAgainst: 9,
        castingVote: true,
        membersPresent: 20,
      }),
    ).toContain("decides only a tie");
    expect(
      ruleMessage(t, "VOTES_INVALID", { vote: "unanimous", votesFor: 20, membersPresent: 22 }),
    ).toContain("(22)");
    expect(ruleMessage(t, "ADA_INVALID", {})).toContain("Ψ4ΚΡΩΛ7-ΒΦΗ");
    expect(ruleMessage(t, "DECISION_NUMBER_INVALID", { number: "210", date: "2024-06-26" })).toBe(
      "Write the decision number as number/year, e.g. 210/2024.",
    );
    expect(
      ruleMessage(t, "DECISION_NUMBER_INVALID", { number: "210/2023", date: "2024-06-26" }),
    ).toContain("(2024)");
  });
});

describe("stepResolver", () => {
  it("puts each rule at its field with the translated message, and accepts Serres (22 for, 22 present)", async () => {
    const resolver = stepResolver<typeof serres>(
      councilDecision,
      (v) => v,
      i18n.getFixedT("el"),
      (v) => v,
    );
    const options = { fields: {}, shouldUseNativeValidation: false };
    const result = await resolver({ ...swapped, votesFor: 22 }, undefined, options);
    expect(result.errors.membersPresentAtOpening).toMatchObject({
      type: "PRESENT_EXCEEDS_TOTAL",
      message: expect.stringContaining("Τα 35 παρόντα μέλη στην έναρξη"),
    });
    const ok = await resolver(serres, undefined, options);
    expect(ok.errors).toEqual({});
    const ada = await resolver(
      { ...serres, diavgeiaAda: "123-45" } as typeof serres,
      undefined,
      options,
    );
    expect(ada.errors).toMatchObject({ diavgeiaAda: { type: "ADA_INVALID" } });
  });
});
