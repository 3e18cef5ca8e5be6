// One implementation, shared with the bench (bench/ is built, test/ is not).
export { freePort } from "../../bench/free-port.js";
