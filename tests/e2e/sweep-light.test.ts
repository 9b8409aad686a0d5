// The every-page sweep in the light theme, on the narrowest phone we support.
import { sweepEveryPage } from "./sweep-page";

sweepEveryPage({ colorScheme: "light", viewport: { width: 320, height: 640 } });
