import { describe, expect, it } from "vitest";
import { formatExpiry, invitationEmail } from "./invitation-email.ts";

describe("the invitation e-mail's expiry", () => {
  it.each([
    // winter (UTC+2)
    ["2026-11-30T14:15:00Z", "30/11/2026, 16:15 (ώρα Αθήνας)", "30 November 2026, 16:15 (Athens)"],
    // summer (UTC+3), and the Athens day after the UTC day
    ["2026-07-31T21:30:00Z", "01/08/2026, 00:30 (ώρα Αθήνας)", "1 August 2026, 00:30 (Athens)"],
    // the night DST ends (03:59 EEST, then 03:00 EET again)
    ["2026-10-25T00:59:00Z", "25/10/2026, 03:59 (ώρα Αθήνας)", "25 October 2026, 03:59 (Athens)"],
    ["2026-10-25T01:00:00Z", "25/10/2026, 03:00 (ώρα Αθήνας)", "25 October 2026, 03:00 (Athens)"],
    // the year's end, a leap day
    ["2026-12-31T22:00:00Z", "01/01/2027, 00:00 (ώρα Αθήνας)", "1 January 2027, 00:00 (Athens)"],
    ["2028-02-29T10:05:00Z", "29/02/2028, 12:05 (ώρα Αθήνας)", "29 February 2028, 12:05 (Athens)"],
  ])("%s is «%s» / “%s”", (instant, el, en) => {
    expect(formatExpiry(new Date(instant), "el")).toBe(el);
    expect(formatExpiry(new Date(instant), "en")).toBe(en);
  });

  it("says the expiry in each language's format, never as ISO", () => {
    const { text } = invitationEmail(
      {
        id: "u1",
        email: "a@example.org",
        name: "Άννα Παπαδοπούλου",
        role: "officer",
        passwordHash: null,
        municipality: { nameEl: "Βόλου", nameEn: "Volos" },
      },
      "https://portal.example/invitation#t",
      new Date("2026-11-30T14:15:00Z"),
    );
    expect(text).toContain("έως 30/11/2026, 16:15 (ώρα Αθήνας).");
    expect(text).toContain("until 30 November 2026, 16:15 (Athens).");
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});
