import { describe, expect, it } from "vitest";
import { safeNextPath, signInPath } from "./safe-redirect";

describe("safeNextPath", () => {
  it.each([
    ["/admin/users?page=2", "/admin/users?page=2"],
    ["/my", "/my"],
    ["https://evil.example/", null],
    ["//evil.example/", null],
    ["/\\evil.example", null],
    ["javascript:alert(1)", null],
    ["/sign-in?next=/my", null],
    ["/invitations/abc", null],
    ["", null],
    [null, null],
  ])("%s → %s", (input, expected) => {
    expect(safeNextPath(input)).toBe(expected);
  });
});

describe("signInPath", () => {
  it("keeps where the user was and why", () => {
    expect(signInPath("/admin/audit?page=3", "expired")).toBe(
      "/sign-in?next=%2Fadmin%2Faudit%3Fpage%3D3&reason=expired",
    );
    expect(signInPath("/")).toBe("/sign-in");
    expect(signInPath("https://evil.example")).toBe("/sign-in");
  });
});
