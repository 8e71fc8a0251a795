// Action inputs over the config file: one input reader that answers from the input when set, else from the file.
import type { InputReader } from '../inputs.js';
import type { Config } from './load.js';

/**
 * An input that is set (not blank) wins over the file; a blank one falls back to the file's value, then to the
 * input's own default as readSettings applies it. Lists are replaced, not merged: `paths` given as an input is
 * the whole list, since "the file's paths plus these" would make a workflow's narrower scope impossible to say.
 * For the file to count, the inputs must be blank unless set: action.yml defaults and CLI flags that are off
 * must read as '' (readSettings supplies the defaults).
 */
export function withConfig(read: InputReader, config: Config | undefined): InputReader {
  if (!config) return read;
  return (name) => {
    const input = read(name);
    return input.trim() !== '' ? input : (config.inputs[name] ?? input);
  };
}
