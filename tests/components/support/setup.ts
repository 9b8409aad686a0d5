// Runs before every component test file.
import { configure } from "@testing-library/preact";

// findBy* and waitFor give up after 1 s by default: a wall-clock bet that a
// busy machine loses (a scorecard test once failed to find its Dealbreakers
// group in time). They return as soon as the DOM matches, so a long limit
// costs nothing when a test passes; it only turns "slow" into "never".
configure({ asyncUtilTimeout: 30_000 });
