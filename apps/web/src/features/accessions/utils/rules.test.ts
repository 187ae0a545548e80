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

const serres = {
  number: "210/2024",
  session: "26",
  date: "2024-06-26",
  membersTotal: 25,
  membersPresent: 35,
  vote: "unanimous" as const,
};

describe("ruleMessage", () => {
  it("words the Serres slip (35 present out of 25) in Greek and English", () => {
    expect(ruleMessage(i18n.getFixedT("el"), "PRESENT_EXCEEDS_TOTAL", serres)).toBe(
      "Τα 35 παρόντα μέλη είναι περισσότερα από τα 25 μέλη του συμβουλίου. Ελέγξτε μήπως οι δύο αριθμοί έχουν αντιστραφεί.",
    );
    expect(ruleMessage(i18n.getFixedT("en"), "PRESENT_EXCEEDS_TOTAL", serres)).toBe(
      "35 members present is more than the council's 25 members. Check whether the two figures are swapped.",
    );
  });

  it("gives the quorum needed and picks the right votes message", () => {
    const t = i18n.getFixedT("en");
    expect(ruleMessage(t, "QUORUM_NOT_MET", { membersTotal: 35, membersPresent: 17 })).toContain(
      "at least 18",
    );
    expect(ruleMessage(t, "VOTES_INVALID", { vote: "majority", votesFor: null })).toBe(
      "A decision by majority needs the number of votes in favour.",
    );
    expect(
      ruleMessage(t, "VOTES_INVALID", { vote: "majority", votesFor: 5, membersPresent: 20 }),
    ).toContain("5 votes in favour is not a majority of the 20");
    expect(ruleMessage(t, "DECISION_NUMBER_INVALID", { number: "210", date: "2024-06-26" })).toBe(
      "Write the decision number as number/year, e.g. 210/2024.",
    );
    expect(
      ruleMessage(t, "DECISION_NUMBER_INVALID", { number: "210/2023", date: "2024-06-26" }),
    ).toContain("(2024)");
  });
});

describe("stepResolver", () => {
  it("puts each rule at its field with the translated message", async () => {
    const resolver = stepResolver<typeof serres>(
      councilDecision,
      (v) => v,
      i18n.getFixedT("el"),
      (v) => v,
    );
    const result = await resolver(serres, undefined, {
      fields: {},
      shouldUseNativeValidation: false,
    });
    expect(result.errors.membersPresent).toMatchObject({
      type: "PRESENT_EXCEEDS_TOTAL",
      message: expect.stringContaining("Τα 35 παρόντα μέλη"),
    });
    const ok = await resolver({ ...serres, membersPresent: 25 }, undefined, {
      fields: {},
      shouldUseNativeValidation: false,
    });
    expect(ok.errors).toEqual({});
  });
});
