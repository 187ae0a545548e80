import { describe, expect, it } from "vitest";
import { greeklish, weakPasswordReason } from "./password-strength.ts";

// Issue 13 item 7: common and breached-pattern passwords are refused, with the reason.
describe("weakPasswordReason", () => {
  it.each([
    ["password1234", "common"],
    ["qwertyuiop123", "common"],
    ["1234567890ab", "common"],
    ["aaaaaaaaaaaaaaaa", "pattern"],
    ["abcdefghijklmnop", "pattern"],
    ["kalimera12345", "common"],
  ])("refuses %j (%s)", async (password, reason) => {
    const found = await weakPasswordReason(password);
    expect(found).not.toBeNull();
    // the reason is one of the ones the SPA words; the common ones are recognised as such
    if (reason === "common") expect(["common", "word", "guessable"]).toContain(found);
    else expect(found).toBe(reason);
  });

  it("refuses a password made of the person's own name and e-mail", async () => {
    expect(await weakPasswordReason("papadopoulou2024", [])).toBeNull();
    expect(
      await weakPasswordReason("papadopoulou2024", [
        "Μαρία Papadopoulou",
        "maria.papadopoulou@x.gr",
      ]),
    ).toBe("personal");
  });

  it("accepts long passphrases of unrelated words, Greek ones too", async () => {
    expect(await weakPasswordReason("correct horse battery staple")).toBeNull();
    expect(await weakPasswordReason("a long enough password")).toBeNull();
    expect(await weakPasswordReason("πράσινο τραπέζι βουνό σύννεφο")).toBeNull();
  });

  it("judges a very long password quickly (only its first 100 characters)", async () => {
    const started = performance.now();
    expect(await weakPasswordReason(`${"x".repeat(1000)}y`)).not.toBe(undefined);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe("Greek names typed in Greeklish", () => {
  it("refuses the person's Greek name written in Latin letters", async () => {
    expect(greeklish("Σοφία Αλεξίου-Δήμου")).toBe("sofia alexiou-dimou");
    expect(await weakPasswordReason("alexiou sofia", ["Σοφία Αλεξίου-Δήμου"])).toBe("personal");
    expect(await weakPasswordReason("alexiou sofia", [])).toBeNull();
  });
});
