import { createRequire as __kpgCreateRequire } from 'node:module';
const require = __kpgCreateRequire(import.meta.url);

// src/policy/sources/gatekeeper-sprintf.ts
var SET_MARK = "__kpg_gatekeeper_set__";
function goSprintf(format, values) {
  if (typeof format !== "string") throw new Error(`sprintf: operand 1 must be string but got ${typeName(format)}`);
  if (!Array.isArray(values)) throw new Error(`sprintf: operand 2 must be array but got ${typeName(values)}`);
  return formatGo(format, values.map(toGoArg));
}
function toGoArg(value) {
  if (typeof value === "number") return Number.isInteger(value) ? { type: "int64", value } : { type: "float64", value };
  if (typeof value === "string") return { type: "string", value };
  return { type: "string", value: regoText(value) };
}
var VERB = /%([-+# 0]*)(\d+)?(?:\.(\d*))?([a-zA-Z%])?/y;
function formatGo(format, args) {
  let out = "";
  let next = 0;
  let index = 0;
  while (index < format.length) {
    const percent = format.indexOf("%", index);
    if (percent < 0) {
      out += format.slice(index);
      break;
    }
    out += format.slice(index, percent);
    VERB.lastIndex = percent;
    const [whole, flags = "", width, precision, verb] = VERB.exec(format);
    index = percent + whole.length;
    if (verb === void 0) {
      out += "%!(NOVERB)";
      continue;
    }
    if (verb === "%") {
      out += "%";
      continue;
    }
    const arg = args[next++];
    if (!arg) {
      out += `%!${verb}(MISSING)`;
      continue;
    }
    const spec = { flags, width: width === void 0 ? void 0 : Number(width), precision: precision === void 0 ? void 0 : Number(precision || 0) };
    out += pad(formatArg(arg, verb, spec), spec, arg.type !== "string");
  }
  if (next < args.length) out += `%!(EXTRA ${args.slice(next).map((arg) => `${arg.type}=${formatArg(arg, "v", {})}`).join(", ")})`;
  return out;
}
function formatArg(arg, verb, spec) {
  const bad = () => `%!${verb}(${arg.type}=${arg.type === "string" ? arg.value : formatArg(arg, "v", {})})`;
  if (arg.type === "string") {
    const text = spec.precision === void 0 ? arg.value : [...arg.value].slice(0, spec.precision).join("");
    if (verb === "v" || verb === "s") return text;
    if (verb === "q") return JSON.stringify(text);
    if (verb === "x" || verb === "X") return hex(Buffer.from(text).toString("hex"), verb);
    return bad();
  }
  const sign = spec.flags?.includes("+") && arg.value >= 0 ? "+" : "";
  if (arg.type === "int64") {
    const bases = { v: 10, d: 10, b: 2, o: 8, x: 16, X: 16 };
    const base = bases[verb];
    if (base !== void 0) return sign + hex(arg.value.toString(base), verb);
    if (verb === "c") return String.fromCodePoint(arg.value);
    if (verb === "q") return `'${String.fromCodePoint(arg.value)}'`;
    return bad();
  }
  if (verb === "v" || verb === "g" || verb === "G") return sign + goFloat(arg.value, spec.precision);
  if (verb === "f" || verb === "F") return sign + arg.value.toFixed(spec.precision ?? 6);
  if (verb === "e" || verb === "E") return sign + goExponent(arg.value.toExponential(spec.precision ?? 6));
  return bad();
}
function hex(digits, verb) {
  return verb === "X" ? digits.toUpperCase() : digits;
}
function goFloat(value, precision) {
  if (!Number.isFinite(value)) return Number.isNaN(value) ? "NaN" : value > 0 ? "+Inf" : "-Inf";
  const digits = precision === void 0 ? value.toExponential() : value.toExponential(Math.max(precision, 1) - 1);
  const [mantissa = "", exponent = "0"] = digits.split("e");
  if (Number(exponent) < -4 || Number(exponent) >= (precision ?? 6)) return goExponent(`${trimZeros(mantissa)}e${exponent}`);
  return String(Number(digits));
}
function trimZeros(mantissa) {
  return mantissa.includes(".") ? mantissa.replace(/\.?0+$/, "") : mantissa;
}
function goExponent(text) {
  return text.replace(/e([-+])(\d)$/, "e$10$2");
}
function pad(text, spec, numeric) {
  if (spec.width === void 0 || text.length >= spec.width) return text;
  const fill = spec.width - text.length;
  if (spec.flags?.includes("-")) return text + " ".repeat(fill);
  if (numeric && spec.flags?.includes("0")) {
    const signed = /^[-+]/.test(text);
    return (signed ? text[0] : "") + "0".repeat(fill) + (signed ? text.slice(1) : text);
  }
  return " ".repeat(fill) + text;
}
function regoText(value) {
  if (value === null) return "null";
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `[${value.map(regoText).join(", ")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length === 1 && entries[0][0] === SET_MARK && Array.isArray(entries[0][1])) {
      const members = [...entries[0][1]].sort(compareValues);
      return members.length ? `{${members.map(regoText).join(", ")}}` : "set()";
    }
    entries.sort(([a], [b]) => compareStrings(a, b));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}: ${regoText(item)}`).join(", ")}}`;
  }
  return String(value);
}
function compareValues(a, b) {
  const rank = (value) => value === null ? 0 : typeof value === "boolean" ? 1 : typeof value === "number" ? 2 : typeof value === "string" ? 3 : Array.isArray(value) ? 4 : 5;
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "string" && typeof b === "string") return compareStrings(a, b);
  return compareStrings(regoText(a), regoText(b));
}
function compareStrings(a, b) {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
function typeName(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

// src/policy/sources/wasm-builtins.ts
var WASM_BUILTINS = [
  "abs",
  "all",
  "and",
  "any",
  "array.concat",
  "array.slice",
  "assign",
  "base64.decode",
  "base64.encode",
  "base64.is_valid",
  "base64url.decode",
  "base64url.encode",
  "bits.and",
  "bits.lsh",
  "bits.negate",
  "bits.or",
  "bits.rsh",
  "bits.xor",
  "ceil",
  "concat",
  "contains",
  "count",
  "div",
  "endswith",
  "eq",
  "equal",
  "floor",
  "format_int",
  "glob.match",
  "graph.reachable",
  "gt",
  "gte",
  "indexof",
  "internal.member_2",
  "internal.member_3",
  "intersection",
  "is_array",
  "is_boolean",
  "is_null",
  "is_number",
  "is_object",
  "is_set",
  "is_string",
  "json.filter",
  "json.is_valid",
  "json.marshal",
  "json.remove",
  "json.unmarshal",
  "lower",
  "lt",
  "lte",
  "max",
  "min",
  "minus",
  "mul",
  "neq",
  "net.cidr_contains",
  "net.cidr_intersects",
  "numbers.range",
  "object.filter",
  "object.get",
  "object.remove",
  "object.union",
  "or",
  "plus",
  "product",
  "rand.intn",
  "re_match",
  "regex.find_all_string_submatch_n",
  "regex.is_valid",
  "regex.match",
  "rem",
  "replace",
  "round",
  "set_diff",
  "sort",
  "split",
  "sprintf",
  "startswith",
  "strings.replace_n",
  "substring",
  "sum",
  "time.diff",
  "to_number",
  "trim",
  "trim_left",
  "trim_prefix",
  "trim_right",
  "trim_space",
  "trim_suffix",
  "type_name",
  "union",
  "upper",
  "walk",
  "yaml.is_valid",
  "yaml.marshal",
  "yaml.unmarshal"
];

// src/policy/sources/gatekeeper-builtins.ts
var GO_SPRINTF = "kpg.sprintf";
var GATEKEEPER_BUILTINS = {
  "strings.any_prefix_match": (search, base) => anyMatch(search, base, (text, prefix) => text.startsWith(prefix)),
  "strings.any_suffix_match": (search, base) => anyMatch(search, base, (text, suffix) => text.endsWith(suffix)),
  [GO_SPRINTF]: goSprintf
};
function anyMatch(search, base, test) {
  const texts = strings(search, 1);
  const parts = strings(base, 2);
  return texts.some((text) => parts.some((part) => test(text, part)));
}
function strings(operand, position) {
  const values = Array.isArray(operand) ? operand : [operand];
  if (!values.every((value) => typeof value === "string")) throw new Error(`operand ${position} must be a string, or an array or set of strings`);
  return values;
}

export {
  SET_MARK,
  WASM_BUILTINS,
  GO_SPRINTF,
  GATEKEEPER_BUILTINS
};
