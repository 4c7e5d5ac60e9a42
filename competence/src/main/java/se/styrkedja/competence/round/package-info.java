/**
 * Survey rounds (enkätomgångar): an instrument's frozen version asked of a target (units with their
 * subtrees x role levels x school forms) between two days; its population, fixed when it opens,
 * from the duties of the SS 12000 import; drafts, the one submission of each person, response rates
 * (counts only) and reminders in the app.
 *
 * <p><b>Anonymity that survives reading the database.</b> In an anonymous round an answer sheet
 * ({@code answer_sheet}, {@code answer_value}) has no person, no time, a random id and nothing that
 * orders sheets by submission; who has answered lives apart, in {@code round_invitation}, with the
 * day only. PostgreSQL itself would still tell: rows inserted in the transaction that marks an
 * invitation answered share its {@code xmin}, and heap order ({@code ctid}) follows insertion. So a
 * submission writes the answers to {@code answer_pending} (random id, the unit, level and school
 * form they count for, the answers as JSON; no person, no time) in the transaction that marks
 * participation and deletes the draft; after it has committed, {@link
 * se.styrkedja.competence.round.control.AnswerMover} takes the round's pending rows {@code for
 * update skip locked} in a transaction of its own and, only when there are at least the tenant's
 * minimum group size of them (default 5, never below 3), writes them as sheets in shuffled order
 * ({@code SecureRandom}) and deletes them. Once a round has closed (early, or read after its
 * closing day) the rest are moved whatever their number. No timer is needed. A confidential round
 * writes the person's sheet at once, with the person.
 *
 * <p>What remains: until they are moved, pending rows share the submitting transaction's {@code
 * xmin} (at most min group size - 1 of them per round at a time); deleted pending rows and the old
 * versions of invitation rows stay on disk as dead tuples until (auto)vacuum reclaims them; the
 * audit trail says who answered which round when (participation, never the answers).
 */
package se.styrkedja.competence.round;
