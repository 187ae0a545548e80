import { afterEach, describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatInstantDate, formatSince } from "./format";

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

describe("formatDateTime", () => {
  it("shows an instant in Athens time, 24-hour, in Greek and English", () => {
    expect(formatDateTime("2026-11-30T14:15:30Z", "el")).toBe("30/11/2026, 16:15");
    expect(formatDateTime("2026-11-30T14:15:30Z", "en")).toBe("30/11/2026, 16:15");
    expect(formatDateTime("2026-11-30T14:15:30Z", "el", { seconds: true })).toBe(
      "30/11/2026, 16:15:30",
    );
  });

  it("follows summer time and the day boundary in Athens, whatever the local zone", () => {
    process.env.TZ = "America/Los_Angeles";
    expect(formatDateTime("2026-07-01T21:30:00Z", "el")).toBe("02/07/2026, 00:30");
    expect(formatDateTime("2026-03-29T00:59:00Z", "el")).toBe("29/03/2026, 02:59");
    expect(formatDateTime("2026-03-29T01:00:00Z", "el")).toBe("29/03/2026, 04:00");
  });
});

describe("formatInstantDate", () => {
  it("gives the Athens calendar day of an instant", () => {
    expect(formatInstantDate("2026-12-31T22:30:00Z", "el")).toBe("01/01/2027");
    expect(formatInstantDate("2026-06-16T21:00:00Z", "en", "long")).toBe("17 June 2026");
  });
});

describe("formatSince", () => {
  it("gives the time alone on the same Athens day, else the date too", () => {
    const now = new Date("2026-11-30T21:30:00Z"); // 23:30 in Athens
    expect(formatSince("2026-11-30T14:15:00Z", "el", now)).toBe("16:15");
    expect(formatSince("2026-11-30T14:15:00Z", "en", now)).toBe("16:15");
    // 23:10 UTC on the 29th is already the 30th in Athens
    expect(formatSince("2026-11-29T23:10:00Z", "el", now)).toBe("01:10");
    expect(formatSince("2026-11-29T21:10:00Z", "el", now)).toBe("29/11/2026, 23:10");
  });
});
