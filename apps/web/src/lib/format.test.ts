import { afterEach, describe, expect, it } from "vitest";
import { formatDate } from "./format";

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe("formatDate", () => {
  it("formats a calendar date day/month/year in Greek and English", () => {
    expect(formatDate("2018-01-04", "el")).toBe("04/01/2018");
    expect(formatDate("2024-06-17", "en")).toBe("17/06/2024");
  });

  it("never shifts the day, whatever the local time zone", () => {
    for (const tz of ["America/Los_Angeles", "Pacific/Kiritimati", "Europe/Athens"]) {
      process.env.TZ = tz;
      expect(formatDate("2026-03-29", "el")).toBe("29/03/2026"); // EU summer time starts
      expect(formatDate("2025-10-26", "el")).toBe("26/10/2025"); // and ends
      expect(formatDate("2024-02-29", "el")).toBe("29/02/2024");
    }
  });

  it("has a long style with month names", () => {
    expect(formatDate("2024-06-17", "el", "long")).toBe("17 Ιουνίου 2024");
    expect(formatDate("2024-06-17", "en", "long")).toBe("17 June 2024");
  });

  it("returns anything that is not YYYY-MM-DD unchanged", () => {
    expect(formatDate("17/06/2024", "el")).toBe("17/06/2024");
  });
});
