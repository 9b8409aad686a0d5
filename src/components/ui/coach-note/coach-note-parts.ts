// Everything about coach notes and sharing that a page needs only sometimes (a
// received note, a coach writing one, Copy link pressed), in one lazily loaded
// chunk, so the first download carries just the loader below the tools' CoachNote.
export { CoachNoteBanner } from "./CoachNoteBanner";
export { showNoteField } from "./CoachNoteField";
export { cleanCoachNote, withCoachNote } from "~/lib/coaches/coach-note";
export { copyLink } from "./copy-link";
