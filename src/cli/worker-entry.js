// Worker-thread entry for piscina. Plain JavaScript so the thread can start without a TypeScript
// loader of its own: it registers tsx, then loads the worker module.
import { register } from "tsx/esm/api";

register();
const { default: processArticle } = await import("./worker.ts");
export default processArticle;
