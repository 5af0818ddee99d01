// Worker-thread entry when the pipeline runs from its TypeScript sources (tsx, vitest): a new
// thread has no TypeScript loader of its own, so it registers tsx before loading the worker.
// The compiled pipeline (dist/) loads worker.js directly.
import { register } from "tsx/esm/api";

register();
const { default: processArticle } = await import("./worker.ts");
export default processArticle;
