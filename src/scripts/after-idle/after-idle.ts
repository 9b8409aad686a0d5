// /after-idle.js: what every page loads once it is idle (the loader is the
// end of the inline theme script, src/scripts/after-idle-loader.js). Built on
// its own, with a name that never changes, by scripts/after-idle.mjs: a page
// left open across a deploy can still load it.
import { recoverFromDeploy } from "./recover-from-deploy";
import { registerServiceWorker } from "./register-service-worker";

recoverFromDeploy();
registerServiceWorker();
