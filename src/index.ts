// Action entry point.
import { run } from './main.js';

await run();
