// E-mails name a municipality in full, in both languages: «Δήμος Βόλου» / "Municipality of
// Volos" — never the bare Greek genitive «Βόλου», and never the Greek name in the English part.
import { describe, expect, it } from "vitest";
import { noticeEmail } from "./email-text.ts";
import { designatedEmail, submittedEmail } from "./own-affairs-emails.ts";

const volos = { nameEl: "Βόλου", nameEn: "Volos" };

describe("e-mail subjects name the municipality in full, in Greek and in English", () => {
  it("a notice e-mail", () => {
    const { subject } = noticeEmail("accession", "notified", volos, undefined);
    expect(subject).toContain("Δήμος Βόλου");
    expect(subject.split(" / ")[1]).toContain("Municipality of Volos");
    expect(subject.split(" / ")[1]).not.toMatch(/[α-ω]/i);
  });

  it("the coordinators' 'to check' e-mail and the designation e-mail", () => {
    const submitted = submittedEmail(volos, "acc1", false).subject;
    expect(submitted).toContain("Δήμος Βόλου");
    expect(submitted).toContain("Municipality of Volos");
    expect(submitted).not.toMatch(/: Βόλου/);
    const designated = designatedEmail(
      volos,
      "Ελένη Παπαδοπούλου",
      "representative",
      "2026-11-30",
    ).subject;
    expect(designated).toContain("Δήμος Βόλου");
    expect(designated).toContain("Municipality of Volos");
  });

  it("no double full stops in the texts", () => {
    for (const text of [
      noticeEmail("accession", "notified", volos, "https://cni.example").text,
      submittedEmail(volos, "acc1", true).text,
    ])
      expect(text).not.toMatch(/[^.]\.\.(?!\.)/);
  });
});
