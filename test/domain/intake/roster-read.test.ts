import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ROSTER_HEADERS } from "../../../src/domain/intake/roster-columns";
import { readRoster } from "../../../src/domain/intake/roster-read";

function read(values: unknown[][]) {
  const r = readRoster(values);
  if (!r.ok) throw new Error(r.message);
  return r;
}

describe("readRoster", () => {
  it("reads the add-on's own header and a well-formed row", () => {
    const row = Object.fromEntries(ROSTER_HEADERS.map((h) => [h, ""]));
    Object.assign(row, {
      Name: "Ana López",
      Email: "Ana@Example.com ",
      Role: "Mentee",
      Department: "Sales",
      "Time zone": "Europe/Madrid",
      "Manager email": "boss@example.com",
      Focus: "Move into management",
      "Skills to grow": "Hiring, budgeting; public speaking",
      Cadence: "Weekly",
      "Meeting mode": "Video",
    });
    const r = read([[...ROSTER_HEADERS], ROSTER_HEADERS.map((h) => row[h])]);
    expect(r.participants).toHaveLength(1);
    const ana = r.participants[0];
    expect(ana).toMatchObject({
      row: 2,
      name: "Ana López",
      email: "ana@example.com",
      role: "Mentee",
      managerEmail: "boss@example.com",
      utcOffset: 1,
      skillsToGrow: ["Hiring", "budgeting", "public speaking"],
      cadence: "Weekly",
      mode: "Video",
      capacity: 0,
    });
    expect(r.rows).toEqual([{ row: 2, ok: true, status: "Read as mentee." }]);
  });

  it("finds columns by header in any order, with odd case, spacing and extra columns", () => {
    const r = read([
      ["Imported from HR on Monday"],
      [],
      ["  E-MAIL ", "Badge #", "ROLE", "full name", "Manager's Email:", "mentor capacity", "dept"],
      ["sam@example.com", 42, " mentor ", "Sam Lee", "", "3", "Finance"],
      ["kim@example.com", 43, "MENTEE", "Kim Wu", "Sam@example.com", "", "Sales"],
    ]);
    expect(r.header.headerRow).toBe(2);
    expect(r.participants.map((p) => [p.row, p.name, p.role, p.capacity, p.department])).toEqual([
      [4, "Sam Lee", "Mentor", 3, "Finance"],
      [5, "Kim Wu", "Mentee", 0, "Sales"],
    ]);
    expect(r.participants[1]?.managerEmail).toBe("sam@example.com");
  });

  it("names each bad row in a sentence and reads the rows after it", () => {
    const r = read([
      ["Name", "Email", "Role", "Capacity"],
      ["No Mail", "", "Mentee", ""],
      ["Bad Mail", "not-an-email", "Mentee", ""],
      ["Odd Role", "odd@example.com", "Sponsor", ""],
      ["No Role", "norole@example.com", "", ""],
      ["Cap", "cap@example.com", "Mentor", "three"],
      ["Neg", "neg@example.com", "Both", -1],
      ["Good", "good@example.com", "Mentor", 2],
      ["Twice", "GOOD@example.com", "Mentee", ""],
      ["", "", "", ""],
      ["Last", "last@example.com", "mentor & mentee", "2 mentees"],
    ]);
    expect(r.rows).toEqual([
      { row: 2, ok: false, status: "Skipped: no email." },
      { row: 3, ok: false, status: 'Skipped: "not-an-email" is not an email address.' },
      { row: 4, ok: false, status: 'Skipped: role "Sponsor" is not Mentee, Mentor or Both.' },
      { row: 5, ok: false, status: "Skipped: no role (Mentee, Mentor or Both)." },
      {
        row: 6,
        ok: false,
        status: 'Skipped: capacity "three" is not a whole number from 0 to 20.',
      },
      { row: 7, ok: false, status: 'Skipped: capacity "-1" is not a whole number from 0 to 20.' },
      { row: 8, ok: true, status: "Read as mentor. (No skills to offer listed.)" },
      { row: 9, ok: false, status: "Skipped: good@example.com is already on row 8." },
      {
        row: 11,
        ok: true,
        status: "Read as both. (No skills to grow listed. No skills to offer listed.)",
      },
    ]);
    expect(r.participants.map((p) => [p.email, p.capacity])).toEqual([
      ["good@example.com", 2],
      ["last@example.com", 2],
    ]);
  });

  it("ignores optional values it cannot understand, saying so, and keeps the person", () => {
    const r = read([
      ["Email", "Role", "Manager", "Cadence", "Mode", "Time zone", "Skills to offer"],
      ["x@example.com", "Mentor", "nobody", "hourly", "carrier pigeon", "Narnia", "SQL"],
      ["y@example.com", "Mentor", "y@example.com", "fortnightly", "remote", "utc-5", "SQL"],
    ]);
    const [x, y] = r.participants;
    expect(x).toMatchObject({
      name: "x",
      managerEmail: "",
      cadence: null,
      mode: null,
      utcOffset: null,
    });
    expect(r.rows[0]?.status).toBe(
      'Read as mentor. (No name: the email\'s name is used. Manager "nobody" is not an email: ignored. Cadence "hourly" not understood: ignored. Meeting mode "carrier pigeon" not understood: ignored. Time zone "Narnia" not recognised: not used in matching.)',
    );
    expect(y).toMatchObject({
      managerEmail: "",
      cadence: "Every two weeks",
      mode: "Video",
      utcOffset: -5,
    });
  });

  it("says what is missing when there is no usable header", () => {
    expect(
      readRoster([
        ["Name", "Role"],
        ["Ana", "Mentee"],
      ]),
    ).toEqual({
      ok: false,
      message: expect.stringContaining("no header row with an Email column"),
    });
    expect(readRoster([["Name", "Email", "Dept"]])).toEqual({
      ok: false,
      message: expect.stringContaining("no Role column"),
    });
  });

  it("never throws, and gives every non-blank row one status, whatever the cells hold", () => {
    const cell = fc.oneof(
      fc.string(),
      fc.constantFrom("Mentor", "mentee", "BOTH", "a@b.co", "x@example.com", "", " "),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.date(),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 }), (rows) => {
        const values = [
          [
            "Email",
            "Role",
            "Capacity",
            "Name",
            "Manager",
            "Cadence",
            "Skills to grow",
            "Time zone",
          ],
          ...rows,
        ];
        const r = readRoster(values);
        if (!r.ok) throw new Error("header lost");
        const statusRows = r.rows.map((s) => s.row);
        expect(new Set(statusRows).size).toBe(statusRows.length);
        expect(r.participants.every((p) => statusRows.includes(p.row))).toBe(true);
        const emails = r.participants.map((p) => p.email);
        expect(new Set(emails).size).toBe(emails.length);
      }),
    );
  });
});
