/**
 * Call-count targets shared by `npm run bench` and the CI guards (test/bench, test/bundle).
 *
 * An insert after the program's first: 15 calls for the tab and its Dashboard row, 3 for the
 * coordinator check, and 3 for each of the 8 label ranges protected one by one (plus 2) so that
 * pairs can insert rows in every section (docs/design.md, "Roles" and "Protection").
 */
export const INSERT_MAX_CALLS = 40;
