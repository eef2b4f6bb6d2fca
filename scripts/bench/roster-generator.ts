/**
 * Made-up rosters for intake, as a coordinator pastes them: a header of their own (odd
 * capitalisation, columns in another order, a column the add-on does not know), participants
 * with departments, time zones, managers, skills and capacities, and, on request, a few bad rows
 * (no email, an unknown role, a capacity that is not a number). Seeded: the same arguments give
 * the same roster. Used by the intake bundle tests, the playground's demo and the benchmark.
 */

export interface GeneratedRoster {
  /** The pasted block: header row first. */
  values: string[][];
  /** Emails of the mentees, mentors ("both" in each) and of the managers named. */
  mentees: string[];
  mentors: string[];
  /** Rows (1-based, in the block) that are bad on purpose. */
  badRows: number[];
  /** Places each mentor offers. */
  capacity: Map<string, number>;
  /** Each participant's manager email ('' when none). */
  managerOf: Map<string, string>;
}

const FIRST = [
  "Ana",
  "Kwame",
  "Sofia",
  "Priya",
  "Tom",
  "Mei",
  "Omar",
  "Lena",
  "Diego",
  "Aisha",
  "Jonas",
  "Yuki",
  "Fatima",
  "Noah",
  "Ines",
  "Ravi",
  "Chloe",
  "Mateo",
  "Zara",
  "Elif",
];
const LAST = [
  "López",
  "Mensah",
  "Rossi",
  "Nair",
  "Becker",
  "Chen",
  "Haddad",
  "Novak",
  "Silva",
  "Bello",
  "Berg",
  "Sato",
  "Khan",
  "Müller",
  "Costa",
  "Iyer",
  "Martin",
  "Ruiz",
  "Ali",
  "Demir",
];
const DEPARTMENTS = ["Sales", "Engineering", "Finance", "Marketing", "Operations", "People"];
const ZONES = [
  "Europe/London",
  "UTC+1",
  "CET",
  "America/New_York",
  "EST",
  "Asia/Kolkata",
  "Europe/Berlin",
];
const SKILLS = [
  "public speaking",
  "stakeholder management",
  "hiring",
  "budgeting",
  "SQL",
  "product discovery",
  "negotiation",
  "coaching",
  "data analysis",
  "roadmapping",
  "delegation",
  "feedback",
];
const FOCUSES = [
  "Move into management",
  "Career transition into product",
  "Succession to director",
  "Technical skills: data",
  "Lead a team for the first time",
];
const CADENCES = ["Weekly", "every two weeks", "Monthly", "biweekly", ""];
const MODES = ["Video", "in person", "Chat", ""];

/** The header as pasted: the add-on's words in another order and case, plus an HR column. */
export const PASTED_HEADER = [
  "E-MAIL",
  "full name",
  "role",
  "Employee ID",
  "Department",
  "Location",
  "Manager's email",
  "goals or focus",
  "Skills to Grow",
  "skills to offer",
  "Preferred cadence",
  "Meeting mode",
  "Mentor capacity",
];

function random(seed: number): () => number {
  let s = seed % 2147483647 || 1;
  return () => {
    s = (s * 48271) % 2147483647;
    return s / 2147483647;
  };
}

export function generateRoster(options: {
  people: number;
  badRows?: number;
  seed?: number;
  domain?: string;
}): GeneratedRoster {
  const rnd = random(options.seed ?? 7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const some = (n: number) => [...new Set(Array.from({ length: n }, () => pick(SKILLS)))];
  const domain = options.domain ?? "example.org";
  const values: string[][] = [[...PASTED_HEADER]];
  const mentees: string[] = [];
  const mentors: string[] = [];
  const capacity = new Map<string, number>();
  const managerOf = new Map<string, string>();
  const people = options.people;
  for (let i = 0; i < people; i++) {
    const first = FIRST[i % FIRST.length] as string;
    const last = LAST[Math.floor(i / FIRST.length + i * 7) % LAST.length] as string;
    const name = `${first} ${last}`;
    const local = `${first}.${last}.${i}`.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    const email = `${local.toLowerCase()}@${domain}`;
    // About one mentor (or both) for every two mentees, so places are scarce but sufficient.
    const role = i % 3 === 2 ? (i % 9 === 8 ? "Both" : "mentor") : "Mentee";
    const isMentor = role !== "Mentee";
    const places = isMentor ? 1 + Math.floor(rnd() * 4) : 0;
    // Some mentees report to a mentor on the roster: that mentor must never be suggested.
    const manager =
      !isMentor && mentors.length > 0 && rnd() < 0.4
        ? (pick(mentors) as string)
        : rnd() < 0.5
          ? `manager.${i % 5}@${domain}`
          : "";
    values.push([
      i % 4 === 0 ? email.toUpperCase() : ` ${email} `,
      name,
      role,
      `E${1000 + i}`,
      pick(DEPARTMENTS),
      pick(ZONES),
      manager,
      pick(FOCUSES),
      isMentor && role !== "Both" ? "" : some(3).join(", "),
      isMentor ? some(5).join("; ") : "",
      pick(CADENCES),
      pick(MODES),
      isMentor ? String(places) : "",
    ]);
    if (role !== "mentor") mentees.push(email);
    if (isMentor) {
      mentors.push(email);
      capacity.set(email, places);
    }
    managerOf.set(email, manager);
  }
  const badRows: number[] = [];
  // Email, name, role, employee id, department, location, then the rest of the columns.
  const rest = (...cells: string[]) => [
    ...cells,
    ...new Array(PASTED_HEADER.length - 6 - cells.length).fill(""),
  ];
  const bad = [
    [
      "",
      "Nobody Knows",
      "Mentee",
      "E9001",
      "Sales",
      "UTC",
      ...rest("", "Move into management", "SQL"),
    ],
    [`sponsor@${domain}`, "Sam Sponsor", "Sponsor", "E9002", "Finance", "UTC", ...rest()],
    [
      `three@${domain}`,
      "Tess Three",
      "Mentor",
      "E9003",
      "People",
      "UTC",
      ...rest("", "", "", "coaching", "", "", "three"),
    ],
  ];
  for (let b = 0; b < (options.badRows ?? 0); b++) {
    // Spread through the roster, never first, so good rows surround them.
    const at = Math.min(
      values.length,
      2 + Math.floor(((b + 1) * (values.length - 1)) / ((options.badRows ?? 0) + 1)),
    );
    values.splice(at, 0, bad[b % bad.length] as string[]);
    badRows.push(at + 1);
    for (let k = 0; k < b; k++)
      if ((badRows[k] as number) >= at + 1) badRows[k] = (badRows[k] as number) + 1;
  }
  badRows.sort((a, b) => a - b);
  return { values, mentees, mentors, badRows, capacity, managerOf };
}
