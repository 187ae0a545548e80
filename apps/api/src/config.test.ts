import { describe, expect, it } from "vitest";
import { loadConfig } from "./config.ts";

describe("CNI_PUBLIC_URL (issue 13 item 8)", () => {
  it("is required in production: links are never built from the request's Host", () => {
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrow(/CNI_PUBLIC_URL: required/);
    expect(() => loadConfig({ NODE_ENV: "production", CNI_PUBLIC_URL: "not a url" })).toThrow(
      /is not a URL/,
    );
    const config = loadConfig({
      NODE_ENV: "production",
      CNI_PUBLIC_URL: "https://cni.example.gr/",
    });
    expect(config.publicUrl).toBe("https://cni.example.gr");
    expect(config.production).toBe(true);
  });

  it("is optional in development", () => {
    expect(loadConfig({}).publicUrl).toBeUndefined();
  });
});
