// Everything about coach notes that a page needs only sometimes (a received
// note, or a coach writing one), in one lazily loaded chunk, so the first
// download carries just the loader below the tools' CoachNote.
export { CoachNoteBanner } from "./CoachNoteBanner";
export { showNoteField } from "./CoachNoteField";
export { withCoachNote } from "~/lib/coaches/coach-note";
