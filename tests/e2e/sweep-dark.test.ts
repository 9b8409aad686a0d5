// The every-page sweep in the dark theme, on a desktop, so both ends of the
// layout are checked too.
import { sweepEveryPage } from "./sweep-page";

sweepEveryPage({ colorScheme: "dark", viewport: { width: 1280, height: 800 } });
