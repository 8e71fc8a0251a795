import { createRequire as __kpgCreateRequire } from 'node:module';
const require = __kpgCreateRequire(import.meta.url);
import {
  GATEKEEPER_BUILTINS,
  GO_SPRINTF,
  SET_MARK,
  WASM_BUILTINS
} from "./chunk-BJLYVYLH.js";
import {
  BATCH_ENTRYPOINT,
  CHART_FILE,
  ConfigError,
  ENTRYPOINT,
  EvaluationThreads,
  IGNORE_UNKNOWN_RULE,
  IGNORE_WITHOUT_REASON,
  KUBERNETES_YAML,
  KUSTOMIZATION_FILES,
  MANIFEST_EXTENSIONS,
  MAX_CONFIG_BYTES,
  MAX_WALKED_ENTRIES,
  NAMESPACE_RELAXED,
  PIPELINE_RULES,
  RenderedSet,
  SEVERITIES,
  appliedExceptions,
  applyExceptions,
  cachedReader,
  chartRole,
  chartTemplateReason,
  checkAll,
  checkPaths,
  checkRuleIds,
  checkValuesFiles,
  checkVariants,
  configureRules,
  crdsInFiles,
  createEvaluator,
  createLocator,
  defaultReleaseName,
  deploymentNamespace,
  describeConfiguration,
  describeException,
  discoverTargets,
  errorMessage,
  evaluatorFor,
  formatKeyPath,
  generatorInputs,
  isBlankDocument,
  isChartTemplateFile,
  isLibraryChart,
  isManifestFile,
  isSelected,
  isTemplated,
  isWithin,
  lineAt,
  listFiles,
  load,
  locateInYaml,
  namespaceLevels,
  nonObjectFileReason,
  notAppliedFiles,
  owningChart,
  parameterData,
  parseConfigDocument,
  parseSelection,
  pathKey,
  problemAt,
  profileLevel,
  randomNamePatterns,
  readFirstMapping,
  readKustomization,
  require_dist,
  ruleChoices,
  ruleIdProblems,
  rulesToRun,
  selectsEverything,
  splitDocuments,
  startThread,
  streamObjects,
  suggestion
} from "./chunk-WIGKCINW.js";
import {
  __commonJS,
  __toESM
} from "./chunk-EVY675CJ.js";

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s3) {
        super();
        if (!exports.IDENTIFIER.test(s3))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s3;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s3, c) => `${s3}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _2(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _2;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b2) {
      if (b2 === '""')
        return a;
      if (a === '""')
        return b2;
      if (typeof a == "string") {
        if (b2 instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b2 != "string")
          return `${a.slice(0, -1)}${b2}"`;
        if (b2[0] === '"')
          return a.slice(0, -1) + b2.slice(1);
        return;
      }
      if (typeof b2 == "string" && b2[0] === '"' && !(a instanceof Name))
        return `"${a}${b2.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify2(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify2;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _2`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs2 = this._values[prefix];
        if (vs2) {
          const _name = vs2.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs2 = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs2.set(valueKey, name);
        const s3 = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s3.length;
        s3[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs2 = this._values[prefix];
        if (!vs2)
          return;
        return vs2.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs2 = values[prefix];
          if (!vs2)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs2.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n: _n2 }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n2;
      }
      optimizeNames(names, constants3) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants3);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n: _n2 }) {
        return `${this.lhs} = ${this.rhs};` + _n2;
      }
      optimizeNames(names, constants3) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants3);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n: _n2 }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n2;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n: _n2 }) {
        return `${this.label}:` + _n2;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n: _n2 }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n2;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n: _n2 }) {
        return `throw ${this.error};` + _n2;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n: _n2 }) {
        return `${this.code};` + _n2;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants3) {
        this.code = optimizeExpr(this.code, names, constants3);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants3) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants3))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns2 = e.optimizeNodes();
          e = this.else = Array.isArray(ns2) ? new Else(ns2) : ns2;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants3) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants3);
        if (!(super.optimizeNames(names, constants3) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants3);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants3) {
        if (!super.optimizeNames(names, constants3))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants3);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to2) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to2;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to: to2 } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to2}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants3) {
        if (!super.optimizeNames(names, constants3))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants3);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants3) {
        var _a, _b;
        super.optimizeNames(names, constants3);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants3);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants3);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs2 = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs2.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to2, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to2), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns2 = this._nodes;
        return ns2[ns2.length - 1];
      }
      set _currNode(node) {
        const ns2 = this._nodes;
        ns2[ns2.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants3) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants3[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants3[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or2(...args) {
      return args.reduce(orCode);
    }
    exports.or = or2;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash2 = {};
      for (const item of arr)
        hash2[item] = true;
      return hash2;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it2, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it2, schema);
      return !schemaHasRules(schema, it2.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it2, schema = it2.schema) {
      const { opts, self } = it2;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it2, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs2, f2) {
      if (Array.isArray(xs2)) {
        for (const x of xs2)
          f2(x);
      } else {
        f2(xs2);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to2, toName) => {
        const res = to2 === void 0 ? from : to2 instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to2) : mergeToName(gen, from, to2), to2) : from instanceof codegen_1.Name ? (mergeToName(gen, to2, from), from) : mergeValues(from, to2);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to2) => gen.if((0, codegen_1._)`${to2} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to2, true), () => gen.assign(to2, (0, codegen_1._)`${to2} || {}`).code((0, codegen_1._)`Object.assign(${to2}, ${from})`));
        }),
        mergeToName: (gen, from, to2) => gen.if((0, codegen_1._)`${to2} !== true`, () => {
          if (from === true) {
            gen.assign(to2, true);
          } else {
            gen.assign(to2, (0, codegen_1._)`${to2} || {}`);
            setEvaluated(gen, to2, from);
          }
        }),
        mergeValues: (from, to2) => from === true ? true : { ...from, ...to2 },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to2) => gen.if((0, codegen_1._)`${to2} !== true && ${from} !== undefined`, () => gen.assign(to2, (0, codegen_1._)`${from} === true ? true : ${to2} > ${from} ? ${to2} : ${from}`)),
        mergeToName: (gen, from, to2) => gen.if((0, codegen_1._)`${to2} !== true`, () => gen.assign(to2, from === true ? true : (0, codegen_1._)`${to2} > ${from} ? ${to2} : ${from}`)),
        mergeValues: (from, to2) => from === true ? true : Math.max(from, to2),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps2) {
      if (ps2 === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps2 !== void 0)
        setEvaluated(gen, props, ps2);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps2) {
      Object.keys(ps2).forEach((p2) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p2)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f2) {
      return gen.scopeValue("func", {
        ref: f2,
        code: snippets[f2.code] || (snippets[f2.code] = new code_1._Code(f2.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it2, msg, mode = it2.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it2.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it: it2 } = cxt;
      const { gen, compositeRule, allErrors } = it2;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it2, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it: it2 } = cxt;
      const { gen, compositeRule, allErrors } = it2;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it2, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it: it2 }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it2.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it2.errSchemaPath}/${keyword}`);
        if (it2.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it2, errs) {
      const { gen, validateName, schemaEnv } = it2;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it2.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it: it2 } = cxt;
      const keyValues = [
        errorInstancePath(it2, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it: it2 } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it2;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it2) {
      const { gen, schema, validateName } = it2;
      if (schema === false) {
        falseSchemaError(it2, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it2, valid) {
      const { gen, schema } = it2;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it2);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it2, overrideAllErrors) {
      const { gen, data } = it2;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it: it2
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts2) {
      const types = Array.isArray(ts2) ? ts2 : ts2 ? [ts2] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it2, types) {
      const { gen, data, opts } = it2;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it2, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it2, types, coerceTo);
          else
            reportTypeError(it2);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it2, types, coerceTo) {
      const { gen, data, opts } = it2;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it2);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it2, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it2) {
      const cxt = getTypeErrorContext(it2);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it2) {
      const { gen, data, schema } = it2;
      const schemaCode = (0, util_1.schemaRefOrVal)(it2, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it: it2
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it2, ty) {
      const { properties, items } = it2.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it2, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it2, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it2, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it2;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it2, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it: it2 } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it2.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p2) => p2 !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it2, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p2) => !(0, util_1.alwaysValidSchema)(it2, schemaMap[p2]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it: it2 }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it2.parentData],
        [names_1.default.parentDataProperty, it2.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it2.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u2 = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u2);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u2})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it: it2 } = cxt;
      const valid = gen.name("valid");
      if (it2.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it: it2 } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it2, sch));
      if (alwaysValid && !it2.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it: it2 } = cxt;
      const macroSchema = def.macro.call(it2.self, schema, parentSchema, it2);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it2.opts.validateSchema !== false)
        it2.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it2.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it: it2 } = cxt;
      checkAsyncKeyword(it2, def);
      const validate = !$data && def.compile ? def.compile.call(it2.self, schema, parentSchema, it2) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it2.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it2.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it: it2 } = cxt;
      gen.if(it2.parentData, () => gen.assign(data, (0, codegen_1._)`${it2.parentData}[${it2.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st2) => st2 === "array" ? Array.isArray(schema) : st2 === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st2 || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it2, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it2.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it2.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it2.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it2.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it2.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it2, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it2;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it2;
        const nextData = gen.let("data", (0, codegen_1._)`${it2.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it2.dataLevel + 1;
        subschema.dataTypes = [];
        it2.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it2.data;
        subschema.dataNames = [...it2.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b2) {
      if (a === b2) return true;
      if (a && b2 && typeof a == "object" && typeof b2 == "object") {
        if (a.constructor !== b2.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b2.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b2[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b2.source && a.flags === b2.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b2.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b2.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b2).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b2, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b2[key])) return false;
        }
        return true;
      }
      return a !== a && b2 !== b2;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize5) {
      if (normalize5 !== false)
        id = normalizeId(id);
      const p2 = resolver.parse(id);
      return _getFullPath(resolver, p2);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p2) {
      const serialized = resolver.serialize(p2);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _2, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it2) {
      if (isSchemaObj(it2)) {
        checkKeywords(it2);
        if (schemaCxtHasRules(it2)) {
          topSchemaObjCode(it2);
          return;
        }
      }
      validateFunction(it2, () => (0, boolSchema_1.topBoolOrEmptySchema)(it2));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it2) {
      const { schema, opts, gen } = it2;
      validateFunction(it2, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it2);
        checkNoDefault(it2);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it2);
        typeAndKeywords(it2);
        returnResults(it2);
      });
      return;
    }
    function resetEvaluated(it2) {
      const { gen, validateName } = it2;
      it2.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it2.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it2.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it2.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it2.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it2, valid) {
      if (isSchemaObj(it2)) {
        checkKeywords(it2);
        if (schemaCxtHasRules(it2)) {
          subSchemaObjCode(it2, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it2, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it2) {
      return typeof it2.schema != "boolean";
    }
    function subSchemaObjCode(it2, valid) {
      const { schema, gen, opts } = it2;
      if (opts.$comment && schema.$comment)
        commentKeyword(it2);
      updateContext(it2);
      checkAsyncSchema(it2);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it2, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it2) {
      (0, util_1.checkUnknownRules)(it2);
      checkRefsAndKeywords(it2);
    }
    function typeAndKeywords(it2, errsCount) {
      if (it2.opts.jtd)
        return schemaKeywords(it2, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it2.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it2, types);
      schemaKeywords(it2, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it2) {
      const { schema, errSchemaPath, opts, self } = it2;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it2) {
      const { schema, opts } = it2;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it2, "default is ignored in the schema root");
      }
    }
    function updateContext(it2) {
      const schId = it2.schema[it2.opts.schemaId];
      if (schId)
        it2.baseId = (0, resolve_1.resolveUrl)(it2.opts.uriResolver, it2.baseId, schId);
    }
    function checkAsyncSchema(it2) {
      if (it2.schema.$async && !it2.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it2) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it2;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it2);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it2, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it2;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it2, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it2, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it2, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it2);
          }
          gen.endIf();
        } else {
          iterateKeywords(it2, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it2, group) {
      const { gen, schema, opts: { useDefaults } } = it2;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it2, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it2, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it2, types) {
      if (it2.schemaEnv.meta || !it2.opts.strictTypes)
        return;
      checkContextTypes(it2, types);
      if (!it2.opts.allowUnionTypes)
        checkMultipleTypes(it2, types);
      checkKeywordTypes(it2, it2.dataTypes);
    }
    function checkContextTypes(it2, types) {
      if (!types.length)
        return;
      if (!it2.dataTypes.length) {
        it2.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it2.dataTypes, t)) {
          strictTypesError(it2, `type "${t}" not allowed by context "${it2.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it2, types);
    }
    function checkMultipleTypes(it2, ts2) {
      if (ts2.length > 1 && !(ts2.length === 2 && ts2.includes("null"))) {
        strictTypesError(it2, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it2, ts2) {
      const rules = it2.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it2.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts2, t))) {
            strictTypesError(it2, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts2, t) {
      return ts2.includes(t) || t === "integer" && ts2.includes("number");
    }
    function narrowSchemaTypes(it2, withTypes) {
      const ts2 = [];
      for (const t of it2.dataTypes) {
        if (includesType(withTypes, t))
          ts2.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts2.push("integer");
      }
      it2.dataTypes = ts2;
    }
    function strictTypesError(it2, msg) {
      const schemaPath = it2.schemaEnv.baseId + it2.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it2, msg, it2.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it2, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it2, def, keyword);
        this.gen = it2.gen;
        this.allErrors = it2.allErrors;
        this.keyword = keyword;
        this.data = it2.data;
        this.schema = it2.schema[keyword];
        this.$data = def.$data && it2.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it2, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it2.schema;
        this.params = {};
        this.it = it2;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it2.gen.const("vSchema", getData(this.$data, it2));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it2.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append2, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append2, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append2, errorPaths);
      }
      _error(append2, errorPaths) {
        ;
        (append2 ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it: it2 } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st2 = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st2, schemaCode, it2.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it: it2, gen } = this;
        if (!it2.opts.unevaluated)
          return;
        if (it2.props !== true && schemaCxt.props !== void 0) {
          it2.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it2.props, toName);
        }
        if (it2.items !== true && schemaCxt.items !== void 0) {
          it2.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it2.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it: it2, gen } = this;
        if (it2.opts.unevaluated && (it2.props !== true || it2.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it2, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it2, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches2 = RELATIVE_JSON_POINTER.exec($data);
        if (!matches2)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches2[1];
        jsonPointer = matches2[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve13.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s22) {
      return s1.schema === s22.schema && s1.root === s22.root && s1.baseId === s22.baseId;
    }
    function resolve13(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p2 = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p2);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p2, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p2, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p2, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp2) {
      if (cp2 < 2048) {
        return BYTE_HEX[192 | cp2 >> 6] + BYTE_HEX[128 | cp2 & 63];
      }
      if (cp2 < 65536) {
        return BYTE_HEX[224 | cp2 >> 12] + BYTE_HEX[128 | cp2 >> 6 & 63] + BYTE_HEX[128 | cp2 & 63];
      }
      return BYTE_HEX[240 | cp2 >> 18] + BYTE_HEX[128 | cp2 >> 12 & 63] + BYTE_HEX[128 | cp2 >> 6 & 63] + BYTE_HEX[128 | cp2 & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path) {
      let input = path;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path) {
      if (path === "" || path[0] === "/") {
        return removeDotSegments(path);
      }
      const segments = path.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP2) {
      const re2 = isIP2 ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re2.lastIndex = 0;
      return host.replace(re2, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp2) {
      return cp2 >= 48 && cp2 <= 57 || cp2 >= 65 && cp2 <= 90 || cp2 >= 97 && cp2 <= 122 || cp2 === 42 || cp2 === 43 || cp2 === 45 || cp2 === 46 || cp2 === 47 || cp2 === 64 || cp2 === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path && path !== "/" ? path : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches2 = urnComponent.path.match(URN_REG);
      if (matches2 && matches2[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches2[1].toLowerCase();
        urnComponent.nss = matches2[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws2 = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws2.domainHost,
        parse: ws2.parse,
        serialize: ws2.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES2 = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws: ws2,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES2, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES2[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES2[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES: SCHEMES2,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES: SCHEMES2, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize5(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse6(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve13(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative17, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse6(serialize(base, options), options);
        relative17 = parse6(serialize(relative17, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative17.scheme) {
        target.scheme = relative17.scheme;
        target.userinfo = relative17.userinfo;
        target.host = relative17.host;
        target.port = relative17.port;
        target.path = removeDotSegments(relative17.path || "");
        target.query = relative17.query;
      } else {
        if (relative17.userinfo !== void 0 || relative17.host !== void 0 || relative17.port !== void 0) {
          target.userinfo = relative17.userinfo;
          target.host = relative17.host;
          target.port = relative17.port;
          target.path = removeDotSegments(relative17.path || "");
          target.query = relative17.query;
        } else {
          if (!relative17.path) {
            target.path = base.path;
            if (relative17.query !== void 0) {
              target.query = relative17.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative17.path[0] === "/") {
              target.path = removeDotSegments(relative17.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative17.path;
              } else if (!base.path) {
                target.path = relative17.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative17.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative17.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative17.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s3 = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s3 = schemelessReference && s3[0] !== "/" ? removeDotSegmentsRelative(s3) : removeDotSegments(s3);
        }
        if (schemelessReference) {
          s3 = serializePathEncoding(s3, true);
        }
        if (authority === void 0 && s3[0] === "/" && s3[1] === "/") {
          s3 = "/%2F" + s3.slice(2);
        }
        uriTokens.push(s3);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches2) {
      if (matches2[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches2) {
      const host = matches2[4];
      return hasMalformedPercentEncoding(matches2[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches2[6]) || hasMalformedPercentEncoding(matches2[7]) || hasMalformedPercentEncoding(matches2[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP2) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP2)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP2 === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP2) {
      return Boolean(
        parsed.host && isIP2 === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP2 = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches2 = uri.match(URI_PARSE);
      if (matches2) {
        parsed.scheme = matches2[1];
        parsed.userinfo = matches2[3];
        parsed.host = matches2[4];
        parsed.port = parseInt(matches2[5], 10);
        parsed.path = matches2[6] || "";
        parsed.query = matches2[7];
        parsed.fragment = matches2[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches2);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches2[5];
        }
        const parseError = getParseError(parsed, matches2);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP2 = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP2 ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP2 = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP2);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP2 ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP2) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP2 || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP2) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES2.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse6(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES: SCHEMES2,
      normalize: normalize5,
      resolve: resolve13,
      resolveComponent,
      equal,
      serialize,
      parse: parse6
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e2, _f, _g, _h, _j, _k, _l, _m, _o2, _p, _q, _r2, _s2, _t2, _u, _v, _w, _x, _y, _z, _0;
      const s3 = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e2 = o.strictSchema) !== null && _e2 !== void 0 ? _e2 : s3) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s3) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s3) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s3) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o2 = o.strictRequired) !== null && _o2 !== void 0 ? _o2 : s3) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r2 = o.loopEnum) !== null && _r2 !== void 0 ? _r2 : MAX_EXPRESSION,
        meta: (_s2 = o.meta) !== null && _s2 !== void 0 ? _s2 : true,
        messages: (_t2 = o.messages) !== null && _t2 !== void 0 ? _t2 : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv2 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v2;
        if (typeof schemaKeyRef == "string") {
          v2 = this.getSchema(schemaKeyRef);
          if (!v2)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v2 = this.compile(schemaKeyRef);
        }
        const valid = v2(data);
        if (!("$async" in v2))
          this.errors = v2.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p2 = this._loading[ref];
          if (p2)
            return p2;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey3 = schemaKeyRef;
            this._cache.delete(cacheKey3);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k2) => addRule.call(this, k2, definition) : (k2) => definition.type.forEach((t) => addRule.call(this, k2, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text2, msg) => text2 + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv2.ValidationError = validation_error_1.default;
    Ajv2.MissingRefError = ref_error_1.default;
    exports.default = Ajv2;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it: it2 } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it2;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it2.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v2 = getValidate(cxt, sch);
          callRef(cxt, v2, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v2, sch, $async) {
      const { gen, it: it2 } = cxt;
      const { allErrors, schemaEnv: env, opts } = it2;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v2, passCxt)}`);
          addEvaluatedFrom(v2);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it2.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v2, passCxt), () => addEvaluatedFrom(v2), () => addErrorsFrom(v2));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it2.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it2.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it2.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it2.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it2.props = util_1.mergeEvaluated.props(gen, props, it2.props, codegen_1.Name);
          }
        }
        if (it2.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it2.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it2.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it2.items = util_1.mergeEvaluated.items(gen, items, it2.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it: it2 } = cxt;
        const prec = it2.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it: it2 } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it2.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it: it2 } = cxt;
        const u2 = it2.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it2.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u2}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it: it2 } = cxt;
        const { opts } = it2;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it2.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it2.schemaEnv.baseId + it2.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it2, msg, it2.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j: j2 } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j2} and ${i} are identical)`,
      params: ({ params: { i, j: j2 } }) => (0, codegen_1._)`{i: ${i}, j: ${j2}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it: it2 } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j2 = gen.let("j");
          cxt.setParams({ i, j: j2 });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j2));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j2) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it2.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j2, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j2) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j2} = ${i}; ${j2}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j2}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it: it2 } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it2.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v2) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v2})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it: it2 } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it2, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it: it2 } = cxt;
      it2.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it2, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it2.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it: it2 } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it2.items = true;
        if ((0, util_1.alwaysValidSchema)(it2, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it: it2 } = cxt;
      checkStrictTuple(parentSchema);
      if (it2.opts.unevaluated && schArr.length && it2.items !== true) {
        it2.items = util_1.mergeEvaluated.items(gen, schArr.length, it2.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it2, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it2;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it2, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it: it2 } = cxt;
        const { prefixItems } = parentSchema;
        it2.items = true;
        if ((0, util_1.alwaysValidSchema)(it2, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it: it2 } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it2.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it2, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it2, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it2, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it2.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it: it2 } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it2.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it2.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it: it2 } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it2, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it2.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it: it2 } = cxt;
        if ((0, util_1.alwaysValidSchema)(it2, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it2.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it: it2 } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it2;
        it2.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it2, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it2, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p2) => (0, codegen_1._)`${key} === ${p2}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p2) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p2)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it2, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it: it2 } = cxt;
        if (it2.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it2, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it2.definedProperties.add(prop);
        }
        if (it2.opts.unevaluated && allProps.length && it2.props !== true) {
          it2.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it2.props);
        }
        const properties = allProps.filter((p2) => !(0, util_1.alwaysValidSchema)(it2, schema[p2]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it2.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it2.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it2.opts.useDefaults && !it2.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it: it2 } = cxt;
        const { opts } = it2;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p2) => (0, util_1.alwaysValidSchema)(it2, schema[p2]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it2.opts.unevaluated || it2.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it2.props !== true && !(it2.props instanceof codegen_1.Name)) {
          it2.props = (0, util_2.evaluatedPropsToName)(gen, it2.props);
        }
        const { props } = it2;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it2.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it2, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it2.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it2.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it: it2 } = cxt;
        if ((0, util_1.alwaysValidSchema)(it2, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it: it2 } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it2.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it2, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it: it2 } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it2, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it: it2 } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it2, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it2, "then");
        const hasElse = hasSchema(it2, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it2, keyword) {
      const schema = it2.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it2, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it: it2 }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it2, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it: it2 } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it2;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it: it2 } = cxt;
        const { oneOf: oneOf2 } = parentSchema;
        if (!it2.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf2)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping2 = getMapping();
          gen.if(false);
          for (const tagValue in mapping2) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping2[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf2.length; i++) {
            let sch = oneOf2[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it2.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it2.self, it2.schemaEnv.root, it2.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it2.opts.uriResolver, it2.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv2 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v2) => this.addVocabulary(v2));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv2;
    module.exports = exports = Ajv2;
    module.exports.Ajv = Ajv2;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv2;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// package.json
var package_default = {
  name: "kube-policy-gate",
  version: "0.1.0",
  description: "GitHub Action that renders Kustomize, Helm and plain manifests in a pull request and judges every object with Rego policies compiled to WebAssembly.",
  license: "Apache-2.0",
  type: "module",
  private: true,
  bin: {
    "kube-policy-gate": "dist/cli.js"
  },
  engines: {
    node: ">=24"
  },
  scripts: {
    tools: "bash scripts/install-tools.sh",
    build: "node scripts/build.mjs",
    typecheck: "tsc --noEmit",
    demo: "bash scripts/demo.sh",
    test: "bash scripts/test.sh",
    "test:unit": "vitest run",
    "test:policies": "node scripts/opa-test.mjs",
    "check:dist": "node scripts/check-dist.mjs",
    bench: "node scripts/bench.mjs"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "@open-policy-agent/opa-wasm": "1.10.0",
    ajv: "^8.20.0",
    "js-yaml": "^5.5.0",
    tar: "^7.5.23",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@octokit/openapi": "^23.0.2",
    "@types/node": "^24.19.2",
    "ajv-draft-04": "^1.0.0",
    "ajv-formats": "^3.0.1",
    esbuild: "^0.28.2",
    "fast-check": "^4.11.0",
    marked: "^18.2.1",
    node: "^24.21.0",
    typescript: "5.9.3",
    vitest: "^5.1.1"
  }
};

// src/render/helm.ts
import { existsSync as existsSync3, readFileSync as readFileSync4 } from "node:fs";
import { readdir } from "node:fs/promises";
import { join as join5, relative as relative4, resolve as resolve3 } from "node:path";

// src/tools.ts
import { accessSync, constants } from "node:fs";
import { homedir } from "node:os";
import { delimiter, isAbsolute, join } from "node:path";
var OVERRIDES = { helm: "KPG_HELM", kustomize: "KPG_KUSTOMIZE" };
function toolsBinDir(env = process.env) {
  return join(toolsDir(env), "bin");
}
function toolsDir(env) {
  return env.KPG_TOOLS_DIR ?? join(env.XDG_CACHE_HOME ?? join(homedir(), ".cache"), "kube-policy-gate", "tools");
}
function findTool(name, env = process.env) {
  const override = OVERRIDES[name] && env[OVERRIDES[name]];
  if (override) {
    if (!isAbsolute(override) || !isExecutable(override)) throw new Error(`${OVERRIDES[name]}='${override}' is not an executable file given by its absolute path`);
    return override;
  }
  const directories = [toolsBinDir(env), ...(env.PATH ?? "").split(delimiter).filter(Boolean)];
  for (const directory of directories) {
    const candidate = join(directory, executableName(name));
    if (isExecutable(candidate)) return candidate;
  }
  return void 0;
}
function executableName(name, platform = process.platform) {
  return platform === "win32" ? `${name}.exe` : name;
}
function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

// src/render/confine.ts
import { existsSync, readdirSync as readdirSync2, readFileSync as readFileSync2, statSync } from "node:fs";
import { isAbsolute as isAbsolute3, join as join3, relative as relative2, resolve, sep as sep2 } from "node:path";

// src/render/references.ts
function remoteReference(entry, kind) {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(entry)?.[1]?.toLowerCase();
  if (kind === "file") return scheme === "http" || scheme === "https" ? { kind: "http", scheme: `${scheme}://`, query: "" } : void 0;
  const git4 = gitRepoSpec(entry);
  if (git4) return { kind: "git", scheme: git4.scheme, query: git4.query };
  if (scheme === "http" || scheme === "https") return { kind: "http", scheme: `${scheme}://`, query: "" };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(entry) || /^[a-z][a-z0-9+.-]*::/i.test(entry)) return { kind: "git", scheme: entry.slice(0, entry.indexOf(":")), query: "" };
  return void 0;
}
var SCHEMES = ["ssh://", "https://", "http://", "file://"];
function gitRepoSpec(entry) {
  if (entry.startsWith("/")) return void 0;
  const cut = entry.indexOf("?");
  const query = cut < 0 ? "" : entry.slice(cut + 1);
  let rest = cut < 0 ? entry : entry.slice(0, cut);
  if (rest.slice(0, 5).toLowerCase() === "git::") rest = rest.slice(5);
  const scheme = SCHEMES.find((prefix) => rest.slice(0, prefix.length).toLowerCase() === prefix) ?? "";
  rest = rest.slice(scheme.length);
  const username = /^[a-zA-Z][a-zA-Z0-9-]*@/.exec(rest)?.[0] ?? "";
  rest = rest.slice(username.length);
  const github = /^github\.com[/:]/i.test(rest);
  const scp = scheme === "" && (username !== "" || github);
  if (scheme === "" && !scp) return void 0;
  if (scheme === "file://") {
    const repoPath4 = splitRepoPath(username + rest, Infinity);
    return repoPath4 === void 0 ? void 0 : { scheme, cloneSpec: scheme + repoPath4, query };
  }
  let host = rest;
  let path = "";
  const separator = pathSeparator(rest, scp);
  if (separator >= 0) [host, path] = [rest.slice(0, separator + 1), rest.slice(separator + 1)];
  let normalized = scheme + username;
  if (github) {
    host = scheme === "ssh://" || username ? "github.com:" : "github.com/";
    normalized = scheme === "ssh://" || username ? username : "https://";
  }
  if (host === "") return void 0;
  const repoPath3 = splitRepoPath(path, 2);
  if (repoPath3 === void 0) return void 0;
  return { scheme: github && normalized === "https://" ? "https://" : scheme, cloneSpec: normalized + host + repoPath3, query };
}
function pathSeparator(hostPath, scp) {
  let separator = hostPath.indexOf("/");
  if (scp) {
    const colon = hostPath.indexOf(":");
    if (separator === -1 || colon > 0 && colon < separator) separator = colon;
  }
  return separator;
}
function splitRepoPath(path, segments) {
  let repo2;
  let kustomizationRoot;
  const gitRoot = path.indexOf("_git/");
  const doubleSlash = path.indexOf("//");
  const dotGit = path.indexOf(".git");
  if (gitRoot >= 0) {
    const [first = "", ...others] = path.slice(gitRoot + 5).split("/");
    [repo2, kustomizationRoot] = [path.slice(0, gitRoot + 5) + first, others.join("/")];
  } else if (doubleSlash >= 0) {
    [repo2, kustomizationRoot] = [path.slice(0, doubleSlash), path.slice(doubleSlash + 2)];
  } else if (dotGit >= 0) {
    [repo2, kustomizationRoot] = [path.slice(0, dotGit + 4), path.slice(dotGit + 4)];
  } else if (segments === Infinity) {
    [repo2, kustomizationRoot] = [path, ""];
  } else {
    const parts = path.split("/");
    if (parts.length < segments) return void 0;
    [repo2, kustomizationRoot] = [parts.slice(0, segments).join("/"), parts.slice(segments).join("/")];
  }
  if (repo2 === "") return void 0;
  const cleaned = [];
  for (const part of kustomizationRoot.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === ".." && cleaned.length && cleaned.at(-1) !== "..") cleaned.pop();
    else cleaned.push(part);
  }
  if (cleaned[0] === "..") return void 0;
  return repo2;
}
function remoteUrls(entry, kind) {
  const urls = /^https?:\/\//i.test(entry) ? [entry] : [];
  const git4 = kind === "base" ? gitRepoSpec(entry) : void 0;
  if (git4 && /^https?:\/\//i.test(git4.cloneSpec)) urls.push(git4.cloneSpec);
  return urls;
}
var GIT_REF = /^[A-Za-z0-9_][A-Za-z0-9._/+-]{0,254}$/;
var QUERY_VALUES = {
  ref: GIT_REF,
  version: GIT_REF,
  timeout: /^\d{1,6}(ms|s|m|h)?$/,
  submodules: /^(true|false|1|0|t|f|TRUE|FALSE|True|False)$/
};
function remoteProblem(entry, reference, network) {
  const what = reference.kind === "git" ? "a git repository" : "a file on the network";
  if (!network) return `'${entry}' is ${what}: the network is off (set allow-network to true to fetch it, or vendor it into the repository)`;
  if (reference.scheme !== "https://") return `'${entry}' is ${what} over ${reference.scheme.replace("://", "") || "ssh"}: only https:// is fetched`;
  if (/[\s\p{Cc}]/u.test(entry)) return `'${entry}' holds a space or a control character, which no URL kustomize should fetch has`;
  if (reference.kind === "http") return void 0;
  for (const [name, value] of new URLSearchParams(reference.query)) {
    const allowed = QUERY_VALUES[name];
    if (!allowed) return `'${entry}' has the query parameter '${name}', which kustomize does not read from a git URL (ref, version, timeout, submodules)`;
    if (!allowed.test(value)) return `'${entry}' has ${name} '${value}', which is not a git ref (letters, digits, '.', '_', '/', '+' and '-', not starting with '-')`;
  }
  return void 0;
}

// src/render/yamltree.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_NODES = 5e4;
function readYamlTree(text2) {
  const lines = new import_yaml.LineCounter();
  const documents = (0, import_yaml.parseAllDocuments)(text2, { version: "1.1", uniqueKeys: false, lineCounter: lines });
  const read = [];
  const budget = { nodes: 0 };
  for (const document of Array.isArray(documents) ? documents : [documents]) {
    const error = document.errors[0];
    if (error) return { error: error.message.split("\n")[0], line: lines.linePos(error.pos[0]).line };
    try {
      read.push(convert(document.contents, document, lines, budget));
    } catch (problem) {
      return { error: problem.message, line: 1 };
    }
  }
  return { documents: read };
}
function convert(node, document, lines, budget, depth = 0) {
  if (++budget.nodes > MAX_NODES || depth > 500) throw new Error(`more than ${MAX_NODES} values once aliases are expanded`);
  const line = lineOf(node, lines);
  if ((0, import_yaml.isAlias)(node)) return convert(node.resolve(document), document, lines, budget, depth + 1);
  if ((0, import_yaml.isSeq)(node)) return { kind: "list", items: node.items.map((item) => convert(item, document, lines, budget, depth + 1)), line };
  if ((0, import_yaml.isMap)(node)) {
    const entries = [];
    for (const pair of node.items) {
      const value = convert(pair.value, document, lines, budget, depth + 1);
      if (isMergeKey(pair.key)) {
        const sources = value.kind === "list" ? value.items : [value];
        for (const source of sources) if (source.kind === "map") entries.push(...source.entries);
        continue;
      }
      const key = (0, import_yaml.isScalar)(pair.key) ? pair.key.value : void 0;
      if (key === void 0 || key === null || typeof key === "object") continue;
      entries.push({ key: String(key), value, line: lineOf(pair.key, lines) });
    }
    return { kind: "map", entries, line };
  }
  if ((0, import_yaml.isScalar)(node) && (node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED")) return { kind: "scalar", value: node.value, line, block: true };
  return { kind: "scalar", value: (0, import_yaml.isScalar)(node) ? node.value : null, line };
}
function isMergeKey(key) {
  return (0, import_yaml.isScalar)(key) && typeof key.value === "symbol";
}
function lineOf(node, lines) {
  const range = node?.range;
  return range ? lines.linePos(range[0]).line : 1;
}
function foldKey(key) {
  return key.toLowerCase().replaceAll("\u017F", "s");
}
function fieldValues(value, name) {
  if (value?.kind !== "map") return [];
  const wanted = foldKey(name);
  return value.entries.filter((entry) => foldKey(entry.key) === wanted).map((entry) => entry.value);
}
function listItems(value, name) {
  return fieldValues(value, name).flatMap((list3) => list3.kind === "list" ? list3.items : []);
}
function scalar(value) {
  return value.kind === "scalar" ? value.value : void 0;
}

// src/render/helmcharts.ts
function isReleaseName(name) {
  return name.length > 0 && name.length <= 53 && /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/.test(name);
}
function isChartName(name) {
  return CHART_NAME.test(name);
}
function isChartVersion(version2) {
  return CHART_VERSION.test(version2);
}
var CHART_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,252}$/;
var DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
var CHART_VERSION = /^(?!-)[0-9A-Za-z.*^~=<>!|, +_-]{1,128}$/;
var KUBE_VERSION = /^v?\d+(\.\d+){0,2}(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;
var API_VERSION = /^[A-Za-z0-9][A-Za-z0-9.-]*(\/[A-Za-z0-9][A-Za-z0-9.-]*){0,2}$/;
var text = (check2) => (value, context) => value === null ? void 0 : typeof value === "string" ? check2(value, context) : `is ${describe(value)}, not a string`;
var boolean = (value) => value === null || typeof value === "boolean" ? void 0 : `is ${describe(value)}, not true or false`;
var chartName = text((value) => value === "" || CHART_NAME.test(value) ? void 0 : "is not a chart name (letters, digits, '.', '_' and '-', starting with a letter or digit); kustomize joins it to chartHome and hands it to helm");
var releaseName = text((value) => value === "" || isReleaseName(value) ? void 0 : "is not a release name (DNS-1123: lowercase letters, digits, '-' and '.', at most 53 characters); kustomize hands it to helm as an argument");
var namespace = text((value) => value === "" || DNS_LABEL.test(value) ? void 0 : "is not a namespace (a DNS-1123 label: lowercase letters, digits and -, at most 63 characters)");
var version = text((value) => value === "" || CHART_VERSION.test(value) ? void 0 : "is not a chart version or version range");
var kubeVersion = text((value) => value === "" || KUBE_VERSION.test(value) ? void 0 : "is not a Kubernetes version (like 1.31 or v1.31.0)");
var apiVersion = text((value) => API_VERSION.test(value) ? void 0 : "is not an API version (group/version, or group/version/Kind)");
var valuesMerge = text((value) => value === "" || ["merge", "override", "replace"].includes(value) ? void 0 : "is not merge, override or replace");
var nameTemplate = text((value) => value === "" || isReleaseName(value) ? void 0 : "is a template helm would run to name the release; set releaseName instead");
var valuesFile = text((value) => {
  if (value.startsWith("-")) return "starts with '-', which helm would read as an option";
  if (remoteReference(value, "file")) return "is a URL; a values file must be a file of the repository";
  return void 0;
});
var repo = text((value, context) => {
  if (value === "") return void 0;
  if (!/^(https?|oci):\/\/[^/\s]/i.test(value) || /[\s\p{Cc}]/u.test(value)) return "is not an http(s):// Helm repository or an oci:// registry";
  if (!context.network) return "is a chart repository on the network, which is off (set allow-network to true to pull the chart, or vendor it into chartHome)";
  context.fetches?.push(value);
  return void 0;
});
var refused = (why) => (value) => value === null || value === "" ? void 0 : why;
var mapping = () => void 0;
var CHART_FIELDS = {
  name: chartName,
  version,
  repo,
  releaseName,
  namespace,
  valuesFile,
  valuesMerge,
  includeCRDs: boolean,
  skipHooks: boolean,
  kubeVersion,
  nameTemplate,
  skipTests: boolean,
  debug: boolean,
  devel: boolean
};
var LIST_FIELDS = { additionalValuesFiles: valuesFile, apiVersions: apiVersion };
var MAP_FIELDS = { valuesInline: mapping };
var CONFIG_HOME = refused("is refused: kustomize would point helm's configuration, cache and plugin directories at it");
var chartHome = text((value) => remoteReference(value, "base") || value.startsWith("-") ? "is not a directory of the repository" : void 0);
var GLOBAL_FIELDS = { chartHome, configHome: CONFIG_HOME };
var LEGACY_FIELDS = {
  chartName,
  chartVersion: version,
  chartRepoUrl: repo,
  chartRepoName: chartName,
  chartHome,
  helmHome: CONFIG_HOME,
  values: valuesFile,
  valuesMerge,
  releaseName,
  releaseNamespace: namespace,
  helmBin: refused("is refused: helm is always the pinned binary")
};
var LEGACY_LISTS = { extraArgs: refused("is refused: no argument reaches helm that the gate did not check") };
var LEGACY_MAPS = { valuesLocal: mapping };
function chartProblems(entry, label, context) {
  return recordProblems(entry, label, context, { scalars: CHART_FIELDS, lists: LIST_FIELDS, maps: MAP_FIELDS });
}
function globalsProblems(entry, label, context) {
  return recordProblems(entry, label, context, { scalars: GLOBAL_FIELDS, lists: {}, maps: {} });
}
function legacyChartProblems(entry, label, context) {
  return recordProblems(entry, label, context, { scalars: LEGACY_FIELDS, lists: LEGACY_LISTS, maps: LEGACY_MAPS });
}
function generatorConfigProblems(entry, label, context) {
  const scalars = { ...CHART_FIELDS, ...GLOBAL_FIELDS, apiVersion: text(() => void 0), kind: text(() => void 0) };
  return recordProblems(entry, label, context, { scalars, lists: LIST_FIELDS, maps: { ...MAP_FIELDS, metadata: mapping } });
}
function recordProblems(entry, label, context, fields) {
  if (entry.kind !== "map") return [{ line: entry.line, message: `${label} is ${describe(entry.kind === "scalar" ? entry.value : [])}, not a mapping` }];
  const byKey = (table) => new Map(Object.entries(table).map(([name, check2]) => [foldKey(name), { name, check: check2 }]));
  const [scalars, lists, maps] = [byKey(fields.scalars), byKey(fields.lists), byKey(fields.maps)];
  const problems = [];
  for (const { key, value, line } of entry.entries) {
    const folded = foldKey(key);
    const field2 = scalars.get(folded) ?? lists.get(folded) ?? maps.get(folded);
    const where = `${label}.${field2?.name ?? key}${field2 && field2.name !== key ? ` (written '${key}')` : ""}`;
    if (!field2) {
      problems.push({ line, message: `${where} is not a field kustomize knows here; refused rather than passed on to helm` });
    } else if (scalars.has(folded)) {
      const problem = value.kind === "scalar" ? field2.check(value.value, context) : `is a ${value.kind}, not a single value`;
      if (problem) problems.push({ line: value.line, message: `${where} ${quote(value)} ${problem}` });
    } else if (lists.has(folded)) {
      if (value.kind === "map") problems.push({ line: value.line, message: `${where} is a mapping, not a list` });
      for (const item of value.kind === "list" ? value.items : []) {
        const problem = item.kind === "scalar" ? field2.check(item.value, context) : `is a ${item.kind}, not a single value`;
        if (problem) problems.push({ line: item.line, message: `${where} entry ${quote(item)} ${problem}` });
      }
    } else if (value.kind === "list" || value.kind === "scalar" && value.value !== null) {
      problems.push({ line: value.line, message: `${where} is not a mapping` });
    }
  }
  return problems;
}
function quote(value) {
  return value.kind === "scalar" ? `'${String(value.value)}'` : `(a ${value.kind})`;
}
function describe(value) {
  if (Array.isArray(value)) return "a list";
  if (value instanceof Uint8Array) return "binary data";
  return value !== null && typeof value === "object" ? "a mapping" : `${typeof value === "string" ? "a string" : `the ${typeof value}`}`;
}
function namespaceProblem(value) {
  return namespace(value, { network: false });
}

// src/render/schema.ts
import { readdirSync, readFileSync } from "node:fs";
import { isAbsolute as isAbsolute2, join as join2, relative, sep } from "node:path";

// node_modules/tar/dist/esm/index.min.js
import Qr from "events";
import I from "fs";
import { EventEmitter as Di } from "node:events";
import Cs from "node:stream";
import { StringDecoder as Hr } from "node:string_decoder";
import cr from "node:path";
import Kt from "node:fs";
import { dirname as Fn, parse as kn } from "path";
import { EventEmitter as Dn } from "events";
import zi from "assert";
import { Buffer as Ot } from "buffer";
import * as Ps from "zlib";
import en from "zlib";
import { posix as Zt } from "node:path";
import { basename as _n } from "node:path";
import mi from "fs";
import X from "fs";
import js from "path";
import { win32 as Pn } from "node:path";
import ar from "path";
import Br from "node:fs";
import co from "node:assert";
import { randomBytes as Mr } from "node:crypto";
import u from "node:fs";
import R from "node:path";
import pr from "fs";
import wi from "node:fs";
import we from "node:path";
import k from "node:fs";
import ro from "node:fs/promises";
import Si from "node:path";
import { join as xr } from "node:path";
import v from "node:fs";
import Pr from "node:path";
var zr = Object.defineProperty;
var Ur = (s3, t) => {
  for (var e in t) zr(s3, e, { get: t[e], enumerable: true });
};
var Ds = typeof process == "object" && process ? process : { stdout: null, stderr: null };
var Wr = (s3) => !!s3 && typeof s3 == "object" && (s3 instanceof A || s3 instanceof Cs || Gr(s3) || Zr(s3));
var Gr = (s3) => !!s3 && typeof s3 == "object" && s3 instanceof Di && typeof s3.pipe == "function" && s3.pipe !== Cs.Writable.prototype.pipe;
var Zr = (s3) => !!s3 && typeof s3 == "object" && s3 instanceof Di && typeof s3.write == "function" && typeof s3.end == "function";
var Q = /* @__PURE__ */ Symbol("EOF");
var J = /* @__PURE__ */ Symbol("maybeEmitEnd");
var nt = /* @__PURE__ */ Symbol("emittedEnd");
var De = /* @__PURE__ */ Symbol("emittingEnd");
var qt = /* @__PURE__ */ Symbol("emittedError");
var Ne = /* @__PURE__ */ Symbol("closed");
var Ns = /* @__PURE__ */ Symbol("read");
var Ae = /* @__PURE__ */ Symbol("flush");
var As = /* @__PURE__ */ Symbol("flushChunk");
var z = /* @__PURE__ */ Symbol("encoding");
var Mt = /* @__PURE__ */ Symbol("decoder");
var g = /* @__PURE__ */ Symbol("flowing");
var Qt = /* @__PURE__ */ Symbol("paused");
var Bt = /* @__PURE__ */ Symbol("resume");
var b = /* @__PURE__ */ Symbol("buffer");
var N = /* @__PURE__ */ Symbol("pipes");
var _ = /* @__PURE__ */ Symbol("bufferLength");
var bi = /* @__PURE__ */ Symbol("bufferPush");
var Ie = /* @__PURE__ */ Symbol("bufferShift");
var L = /* @__PURE__ */ Symbol("objectMode");
var S = /* @__PURE__ */ Symbol("destroyed");
var _i = /* @__PURE__ */ Symbol("error");
var Oi = /* @__PURE__ */ Symbol("emitData");
var Is = /* @__PURE__ */ Symbol("emitEnd");
var Ti = /* @__PURE__ */ Symbol("emitEnd2");
var Z = /* @__PURE__ */ Symbol("async");
var xi = /* @__PURE__ */ Symbol("abort");
var Ce = /* @__PURE__ */ Symbol("aborted");
var Jt = /* @__PURE__ */ Symbol("signal");
var Rt = /* @__PURE__ */ Symbol("dataListeners");
var C = /* @__PURE__ */ Symbol("discarded");
var jt = (s3) => Promise.resolve().then(s3);
var Yr = (s3) => s3();
var Kr = (s3) => s3 === "end" || s3 === "finish" || s3 === "prefinish";
var Vr = (s3) => s3 instanceof ArrayBuffer || !!s3 && typeof s3 == "object" && s3.constructor && s3.constructor.name === "ArrayBuffer" && s3.byteLength >= 0;
var $r = (s3) => !Buffer.isBuffer(s3) && ArrayBuffer.isView(s3);
var Fe = class {
  src;
  dest;
  opts;
  ondrain;
  constructor(t, e, i) {
    this.src = t, this.dest = e, this.opts = i, this.ondrain = () => t[Bt](), this.dest.on("drain", this.ondrain);
  }
  unpipe() {
    this.dest.removeListener("drain", this.ondrain);
  }
  proxyErrors(t) {
  }
  end() {
    this.unpipe(), this.opts.end && this.dest.end();
  }
};
var Li = class extends Fe {
  unpipe() {
    this.src.removeListener("error", this.proxyErrors), super.unpipe();
  }
  constructor(t, e, i) {
    super(t, e, i), this.proxyErrors = (r) => this.dest.emit("error", r), t.on("error", this.proxyErrors);
  }
};
var Xr = (s3) => !!s3.objectMode;
var qr = (s3) => !s3.objectMode && !!s3.encoding && s3.encoding !== "buffer";
var A = class extends Di {
  [g] = false;
  [Qt] = false;
  [N] = [];
  [b] = [];
  [L];
  [z];
  [Z];
  [Mt];
  [Q] = false;
  [nt] = false;
  [De] = false;
  [Ne] = false;
  [qt] = null;
  [_] = 0;
  [S] = false;
  [Jt];
  [Ce] = false;
  [Rt] = 0;
  [C] = false;
  writable = true;
  readable = true;
  constructor(...t) {
    let e = t[0] || {};
    if (super(), e.objectMode && typeof e.encoding == "string") throw new TypeError("Encoding and objectMode may not be used together");
    Xr(e) ? (this[L] = true, this[z] = null) : qr(e) ? (this[z] = e.encoding, this[L] = false) : (this[L] = false, this[z] = null), this[Z] = !!e.async, this[Mt] = this[z] ? new Hr(this[z]) : null, e && e.debugExposeBuffer === true && Object.defineProperty(this, "buffer", { get: () => this[b] }), e && e.debugExposePipes === true && Object.defineProperty(this, "pipes", { get: () => this[N] });
    let { signal: i } = e;
    i && (this[Jt] = i, i.aborted ? this[xi]() : i.addEventListener("abort", () => this[xi]()));
  }
  get bufferLength() {
    return this[_];
  }
  get encoding() {
    return this[z];
  }
  set encoding(t) {
    throw new Error("Encoding must be set at instantiation time");
  }
  setEncoding(t) {
    throw new Error("Encoding must be set at instantiation time");
  }
  get objectMode() {
    return this[L];
  }
  set objectMode(t) {
    throw new Error("objectMode must be set at instantiation time");
  }
  get async() {
    return this[Z];
  }
  set async(t) {
    this[Z] = this[Z] || !!t;
  }
  [xi]() {
    this[Ce] = true, this.emit("abort", this[Jt]?.reason), this.destroy(this[Jt]?.reason);
  }
  get aborted() {
    return this[Ce];
  }
  set aborted(t) {
  }
  write(t, e, i) {
    if (this[Ce]) return false;
    if (this[Q]) throw new Error("write after end");
    if (this[S]) return this.emit("error", Object.assign(new Error("Cannot call write after a stream was destroyed"), { code: "ERR_STREAM_DESTROYED" })), true;
    typeof e == "function" && (i = e, e = "utf8"), e || (e = "utf8");
    let r = this[Z] ? jt : Yr;
    if (!this[L] && !Buffer.isBuffer(t)) {
      if ($r(t)) t = Buffer.from(t.buffer, t.byteOffset, t.byteLength);
      else if (Vr(t)) t = Buffer.from(t);
      else if (typeof t != "string") throw new Error("Non-contiguous data written to non-objectMode stream");
    }
    return this[L] ? (this[g] && this[_] !== 0 && this[Ae](true), this[g] ? this.emit("data", t) : this[bi](t), this[_] !== 0 && this.emit("readable"), i && r(i), this[g]) : t.length ? (typeof t == "string" && !(e === this[z] && !this[Mt]?.lastNeed) && (t = Buffer.from(t, e)), Buffer.isBuffer(t) && this[z] && (t = this[Mt].write(t)), this[g] && this[_] !== 0 && this[Ae](true), this[g] ? this.emit("data", t) : this[bi](t), this[_] !== 0 && this.emit("readable"), i && r(i), this[g]) : (this[_] !== 0 && this.emit("readable"), i && r(i), this[g]);
  }
  read(t) {
    if (this[S]) return null;
    if (this[C] = false, this[_] === 0 || t === 0 || t && t > this[_]) return this[J](), null;
    this[L] && (t = null), this[b].length > 1 && !this[L] && (this[b] = [this[z] ? this[b].join("") : Buffer.concat(this[b], this[_])]);
    let e = this[Ns](t || null, this[b][0]);
    return this[J](), e;
  }
  [Ns](t, e) {
    if (this[L]) this[Ie]();
    else {
      let i = e;
      t === i.length || t === null ? this[Ie]() : typeof i == "string" ? (this[b][0] = i.slice(t), e = i.slice(0, t), this[_] -= t) : (this[b][0] = i.subarray(t), e = i.subarray(0, t), this[_] -= t);
    }
    return this.emit("data", e), !this[b].length && !this[Q] && this.emit("drain"), e;
  }
  end(t, e, i) {
    return typeof t == "function" && (i = t, t = void 0), typeof e == "function" && (i = e, e = "utf8"), t !== void 0 && this.write(t, e), i && this.once("end", i), this[Q] = true, this.writable = false, (this[g] || !this[Qt]) && this[J](), this;
  }
  [Bt]() {
    this[S] || (!this[Rt] && !this[N].length && (this[C] = true), this[Qt] = false, this[g] = true, this.emit("resume"), this[b].length ? this[Ae]() : this[Q] ? this[J]() : this.emit("drain"));
  }
  resume() {
    return this[Bt]();
  }
  pause() {
    this[g] = false, this[Qt] = true, this[C] = false;
  }
  get destroyed() {
    return this[S];
  }
  get flowing() {
    return this[g];
  }
  get paused() {
    return this[Qt];
  }
  [bi](t) {
    this[L] ? this[_] += 1 : this[_] += t.length, this[b].push(t);
  }
  [Ie]() {
    return this[L] ? this[_] -= 1 : this[_] -= this[b][0].length, this[b].shift();
  }
  [Ae](t = false) {
    do
      ;
    while (this[As](this[Ie]()) && this[b].length);
    !t && !this[b].length && !this[Q] && this.emit("drain");
  }
  [As](t) {
    return this.emit("data", t), this[g];
  }
  pipe(t, e) {
    if (this[S]) return t;
    this[C] = false;
    let i = this[nt];
    return e = e || {}, t === Ds.stdout || t === Ds.stderr ? e.end = false : e.end = e.end !== false, e.proxyErrors = !!e.proxyErrors, i ? e.end && t.end() : (this[N].push(e.proxyErrors ? new Li(this, t, e) : new Fe(this, t, e)), this[Z] ? jt(() => this[Bt]()) : this[Bt]()), t;
  }
  unpipe(t) {
    let e = this[N].find((i) => i.dest === t);
    e && (this[N].length === 1 ? (this[g] && this[Rt] === 0 && (this[g] = false), this[N] = []) : this[N].splice(this[N].indexOf(e), 1), e.unpipe());
  }
  addListener(t, e) {
    return this.on(t, e);
  }
  on(t, e) {
    let i = super.on(t, e);
    if (t === "data") this[C] = false, this[Rt]++, !this[N].length && !this[g] && this[Bt]();
    else if (t === "readable" && this[_] !== 0) super.emit("readable");
    else if (Kr(t) && this[nt]) super.emit(t), this.removeAllListeners(t);
    else if (t === "error" && this[qt]) {
      let r = e;
      this[Z] ? jt(() => r.call(this, this[qt])) : r.call(this, this[qt]);
    }
    return i;
  }
  removeListener(t, e) {
    return this.off(t, e);
  }
  off(t, e) {
    let i = super.off(t, e);
    return t === "data" && (this[Rt] = this.listeners("data").length, this[Rt] === 0 && !this[C] && !this[N].length && (this[g] = false)), i;
  }
  removeAllListeners(t) {
    let e = super.removeAllListeners(t);
    return (t === "data" || t === void 0) && (this[Rt] = 0, !this[C] && !this[N].length && (this[g] = false)), e;
  }
  get emittedEnd() {
    return this[nt];
  }
  [J]() {
    !this[De] && !this[nt] && !this[S] && this[b].length === 0 && this[Q] && (this[De] = true, this.emit("end"), this.emit("prefinish"), this.emit("finish"), this[Ne] && this.emit("close"), this[De] = false);
  }
  emit(t, ...e) {
    let i = e[0];
    if (t !== "error" && t !== "close" && t !== S && this[S]) return false;
    if (t === "data") return !this[L] && !i ? false : this[Z] ? (jt(() => this[Oi](i)), true) : this[Oi](i);
    if (t === "end") return this[Is]();
    if (t === "close") {
      if (this[Ne] = true, !this[nt] && !this[S]) return false;
      let n = super.emit("close");
      return this.removeAllListeners("close"), n;
    } else if (t === "error") {
      this[qt] = i, super.emit(_i, i);
      let n = !this[Jt] || this.listeners("error").length ? super.emit("error", i) : false;
      return this[J](), n;
    } else if (t === "resume") {
      let n = super.emit("resume");
      return this[J](), n;
    } else if (t === "finish" || t === "prefinish") {
      let n = super.emit(t);
      return this.removeAllListeners(t), n;
    }
    let r = super.emit(t, ...e);
    return this[J](), r;
  }
  [Oi](t) {
    for (let i of this[N]) i.dest.write(t) === false && this.pause();
    let e = this[C] ? false : super.emit("data", t);
    return this[J](), e;
  }
  [Is]() {
    return this[nt] ? false : (this[nt] = true, this.readable = false, this[Z] ? (jt(() => this[Ti]()), true) : this[Ti]());
  }
  [Ti]() {
    if (this[Mt]) {
      let e = this[Mt].end();
      if (e) {
        for (let i of this[N]) i.dest.write(e);
        this[C] || super.emit("data", e);
      }
    }
    for (let e of this[N]) e.end();
    let t = super.emit("end");
    return this.removeAllListeners("end"), t;
  }
  async collect() {
    let t = Object.assign([], { dataLength: 0 });
    this[L] || (t.dataLength = 0);
    let e = this.promise();
    return this.on("data", (i) => {
      t.push(i), this[L] || (t.dataLength += i.length);
    }), await e, t;
  }
  async concat() {
    if (this[L]) throw new Error("cannot concat in objectMode");
    let t = await this.collect();
    return this[z] ? t.join("") : Buffer.concat(t, t.dataLength);
  }
  async promise() {
    return new Promise((t, e) => {
      this.on(S, () => e(new Error("stream destroyed"))), this.on("error", (i) => e(i)), this.on("end", () => t());
    });
  }
  [Symbol.asyncIterator]() {
    this[C] = false;
    let t = false, e = async () => (this.pause(), t = true, { value: void 0, done: true });
    return { next: () => {
      if (t) return e();
      let r = this.read();
      if (r !== null) return Promise.resolve({ done: false, value: r });
      if (this[Q]) return e();
      let n, o, h = (d) => {
        this.off("data", a), this.off("end", l), this.off(S, c), e(), o(d);
      }, a = (d) => {
        this.off("error", h), this.off("end", l), this.off(S, c), this.pause(), n({ value: d, done: !!this[Q] });
      }, l = () => {
        this.off("error", h), this.off("data", a), this.off(S, c), e(), n({ done: true, value: void 0 });
      }, c = () => h(new Error("stream destroyed"));
      return new Promise((d, y) => {
        o = y, n = d, this.once(S, c), this.once("error", h), this.once("end", l), this.once("data", a);
      });
    }, throw: e, return: e, [Symbol.asyncIterator]() {
      return this;
    }, [Symbol.asyncDispose]: async () => {
    } };
  }
  [Symbol.iterator]() {
    this[C] = false;
    let t = false, e = () => (this.pause(), this.off(_i, e), this.off(S, e), this.off("end", e), t = true, { done: true, value: void 0 }), i = () => {
      if (t) return e();
      let r = this.read();
      return r === null ? e() : { done: false, value: r };
    };
    return this.once("end", e), this.once(_i, e), this.once(S, e), { next: i, throw: e, return: e, [Symbol.iterator]() {
      return this;
    }, [Symbol.dispose]: () => {
    } };
  }
  destroy(t) {
    if (this[S]) return t ? this.emit("error", t) : this.emit(S), this;
    this[S] = true, this[C] = true, this[b].length = 0, this[_] = 0;
    let e = this;
    return typeof e.close == "function" && !this[Ne] && e.close(), t ? this.emit("error", t) : this.emit(S), this;
  }
  static get isStream() {
    return Wr;
  }
};
var Jr = I.writev;
var ht = /* @__PURE__ */ Symbol("_autoClose");
var H = /* @__PURE__ */ Symbol("_close");
var te = /* @__PURE__ */ Symbol("_ended");
var m = /* @__PURE__ */ Symbol("_fd");
var Ni = /* @__PURE__ */ Symbol("_finished");
var tt = /* @__PURE__ */ Symbol("_flags");
var Ai = /* @__PURE__ */ Symbol("_flush");
var ki = /* @__PURE__ */ Symbol("_handleChunk");
var vi = /* @__PURE__ */ Symbol("_makeBuf");
var ie = /* @__PURE__ */ Symbol("_mode");
var ke = /* @__PURE__ */ Symbol("_needDrain");
var Ut = /* @__PURE__ */ Symbol("_onerror");
var Ht = /* @__PURE__ */ Symbol("_onopen");
var Ii = /* @__PURE__ */ Symbol("_onread");
var Pt = /* @__PURE__ */ Symbol("_onwrite");
var at = /* @__PURE__ */ Symbol("_open");
var U = /* @__PURE__ */ Symbol("_path");
var ot = /* @__PURE__ */ Symbol("_pos");
var Y = /* @__PURE__ */ Symbol("_queue");
var zt = /* @__PURE__ */ Symbol("_read");
var Ci = /* @__PURE__ */ Symbol("_readSize");
var j = /* @__PURE__ */ Symbol("_reading");
var ee = /* @__PURE__ */ Symbol("_remain");
var Fi = /* @__PURE__ */ Symbol("_size");
var ve = /* @__PURE__ */ Symbol("_write");
var gt = /* @__PURE__ */ Symbol("_writing");
var Me = /* @__PURE__ */ Symbol("_defaultFlag");
var bt = /* @__PURE__ */ Symbol("_errored");
var _t = class extends A {
  [bt] = false;
  [m];
  [U];
  [Ci];
  [j] = false;
  [Fi];
  [ee];
  [ht];
  constructor(t, e) {
    if (e = e || {}, super(e), this.readable = true, this.writable = false, typeof t != "string") throw new TypeError("path must be a string");
    this[bt] = false, this[m] = typeof e.fd == "number" ? e.fd : void 0, this[U] = t, this[Ci] = e.readSize || 16 * 1024 * 1024, this[j] = false, this[Fi] = typeof e.size == "number" ? e.size : 1 / 0, this[ee] = this[Fi], this[ht] = typeof e.autoClose == "boolean" ? e.autoClose : true, typeof this[m] == "number" ? this[zt]() : this[at]();
  }
  get fd() {
    return this[m];
  }
  get path() {
    return this[U];
  }
  write() {
    throw new TypeError("this is a readable stream");
  }
  end() {
    throw new TypeError("this is a readable stream");
  }
  [at]() {
    I.open(this[U], "r", (t, e) => this[Ht](t, e));
  }
  [Ht](t, e) {
    t ? this[Ut](t) : (this[m] = e, this.emit("open", e), this[zt]());
  }
  [vi]() {
    return Buffer.allocUnsafe(Math.min(this[Ci], this[ee]));
  }
  [zt]() {
    if (!this[j]) {
      this[j] = true;
      let t = this[vi]();
      if (t.length === 0) return process.nextTick(() => this[Ii](null, 0, t));
      I.read(this[m], t, 0, t.length, null, (e, i, r) => this[Ii](e, i, r));
    }
  }
  [Ii](t, e, i) {
    this[j] = false, t ? this[Ut](t) : this[ki](e, i) && this[zt]();
  }
  [H]() {
    if (this[ht] && typeof this[m] == "number") {
      let t = this[m];
      this[m] = void 0, I.close(t, (e) => e ? this.emit("error", e) : this.emit("close"));
    }
  }
  [Ut](t) {
    this[j] = true, this[H](), this.emit("error", t);
  }
  [ki](t, e) {
    let i = false;
    return this[ee] -= t, t > 0 && (i = super.write(t < e.length ? e.subarray(0, t) : e)), (t === 0 || this[ee] <= 0) && (i = false, this[H](), super.end()), i;
  }
  emit(t, ...e) {
    switch (t) {
      case "prefinish":
      case "finish":
        return false;
      case "drain":
        return typeof this[m] == "number" && this[zt](), false;
      case "error":
        return this[bt] ? false : (this[bt] = true, super.emit(t, ...e));
      default:
        return super.emit(t, ...e);
    }
  }
};
var Be = class extends _t {
  [at]() {
    let t = true;
    try {
      this[Ht](null, I.openSync(this[U], "r")), t = false;
    } finally {
      t && this[H]();
    }
  }
  [zt]() {
    let t = true;
    try {
      if (!this[j]) {
        this[j] = true;
        do {
          let e = this[vi](), i = e.length === 0 ? 0 : I.readSync(this[m], e, 0, e.length, null);
          if (!this[ki](i, e)) break;
        } while (true);
        this[j] = false;
      }
      t = false;
    } finally {
      t && this[H]();
    }
  }
  [H]() {
    if (this[ht] && typeof this[m] == "number") {
      let t = this[m];
      this[m] = void 0, I.closeSync(t), this.emit("close");
    }
  }
};
var et = class extends Qr {
  readable = false;
  writable = true;
  [bt] = false;
  [gt] = false;
  [te] = false;
  [Y] = [];
  [ke] = false;
  [U];
  [ie];
  [ht];
  [m];
  [Me];
  [tt];
  [Ni] = false;
  [ot];
  constructor(t, e) {
    e = e || {}, super(e), this[U] = t, this[m] = typeof e.fd == "number" ? e.fd : void 0, this[ie] = e.mode === void 0 ? 438 : e.mode, this[ot] = typeof e.start == "number" ? e.start : void 0, this[ht] = typeof e.autoClose == "boolean" ? e.autoClose : true;
    let i = this[ot] !== void 0 ? "r+" : "w";
    this[Me] = e.flags === void 0, this[tt] = e.flags === void 0 ? i : e.flags, this[m] === void 0 && this[at]();
  }
  emit(t, ...e) {
    if (t === "error") {
      if (this[bt]) return false;
      this[bt] = true;
    }
    return super.emit(t, ...e);
  }
  get fd() {
    return this[m];
  }
  get path() {
    return this[U];
  }
  [Ut](t) {
    this[H](), this[gt] = true, this.emit("error", t);
  }
  [at]() {
    I.open(this[U], this[tt], this[ie], (t, e) => this[Ht](t, e));
  }
  [Ht](t, e) {
    this[Me] && this[tt] === "r+" && t && t.code === "ENOENT" ? (this[tt] = "w", this[at]()) : t ? this[Ut](t) : (this[m] = e, this.emit("open", e), this[gt] || this[Ai]());
  }
  end(t, e) {
    return t && this.write(t, e), this[te] = true, !this[gt] && !this[Y].length && typeof this[m] == "number" && this[Pt](null, 0), this;
  }
  write(t, e) {
    return typeof t == "string" && (t = Buffer.from(t, e)), this[te] ? (this.emit("error", new Error("write() after end()")), false) : this[m] === void 0 || this[gt] || this[Y].length ? (this[Y].push(t), this[ke] = true, false) : (this[gt] = true, this[ve](t), true);
  }
  [ve](t) {
    I.write(this[m], t, 0, t.length, this[ot], (e, i) => this[Pt](e, i));
  }
  [Pt](t, e) {
    t ? this[Ut](t) : (this[ot] !== void 0 && typeof e == "number" && (this[ot] += e), this[Y].length ? this[Ai]() : (this[gt] = false, this[te] && !this[Ni] ? (this[Ni] = true, this[H](), this.emit("finish")) : this[ke] && (this[ke] = false, this.emit("drain"))));
  }
  [Ai]() {
    if (this[Y].length === 0) this[te] && this[Pt](null, 0);
    else if (this[Y].length === 1) this[ve](this[Y].pop());
    else {
      let t = this[Y];
      this[Y] = [], Jr(this[m], t, this[ot], (e, i) => this[Pt](e, i));
    }
  }
  [H]() {
    if (this[ht] && typeof this[m] == "number") {
      let t = this[m];
      this[m] = void 0, I.close(t, (e) => e ? this.emit("error", e) : this.emit("close"));
    }
  }
};
var Wt = class extends et {
  [at]() {
    let t;
    if (this[Me] && this[tt] === "r+") try {
      t = I.openSync(this[U], this[tt], this[ie]);
    } catch (e) {
      if (e?.code === "ENOENT") return this[tt] = "w", this[at]();
      throw e;
    }
    else t = I.openSync(this[U], this[tt], this[ie]);
    this[Ht](null, t);
  }
  [H]() {
    if (this[ht] && typeof this[m] == "number") {
      let t = this[m];
      this[m] = void 0, I.closeSync(t), this.emit("close");
    }
  }
  [ve](t) {
    let e = true;
    try {
      this[Pt](null, I.writeSync(this[m], t, 0, t.length, this[ot])), e = false;
    } finally {
      if (e) try {
        this[H]();
      } catch {
      }
    }
  }
};
var jr = /* @__PURE__ */ new Map([["C", "cwd"], ["f", "file"], ["z", "gzip"], ["P", "preservePaths"], ["U", "unlink"], ["strip-components", "strip"], ["stripComponents", "strip"], ["keep-newer", "newer"], ["keepNewer", "newer"], ["keep-newer-files", "newer"], ["keepNewerFiles", "newer"], ["k", "keep"], ["keep-existing", "keep"], ["keepExisting", "keep"], ["m", "noMtime"], ["no-mtime", "noMtime"], ["p", "preserveOwner"], ["L", "follow"], ["h", "follow"], ["onentry", "onReadEntry"]]);
var Fs = (s3) => !!s3.sync && !!s3.file;
var ks = (s3) => !s3.sync && !!s3.file;
var vs = (s3) => !!s3.sync && !s3.file;
var Ms = (s3) => !s3.sync && !s3.file;
var Bs = (s3) => !!s3.file;
var tn = (s3) => {
  let t = jr.get(s3);
  return t || s3;
};
var se = (s3 = {}) => {
  if (!s3) return {};
  let t = {};
  for (let [e, i] of Object.entries(s3)) {
    let r = tn(e);
    t[r] = i;
  }
  return t.chmod === void 0 && t.noChmod === false && (t.chmod = true), delete t.noChmod, t;
};
var K = (s3, t, e, i, r) => Object.assign((n = [], o, h) => {
  Array.isArray(n) && (o = n, n = {}), typeof o == "function" && (h = o, o = void 0), o = o ? Array.from(o) : [];
  let a = se(n);
  if (r?.(a, o), Fs(a)) {
    if (typeof h == "function") throw new TypeError("callback not supported for sync tar functions");
    return s3(a, o);
  } else if (ks(a)) {
    let l = t(a, o);
    return h ? l.then(() => h(), h) : l;
  } else if (vs(a)) {
    if (typeof h == "function") throw new TypeError("callback not supported for sync tar functions");
    return e(a, o);
  } else if (Ms(a)) {
    if (typeof h == "function") throw new TypeError("callback only supported with file option");
    return i(a, o);
  }
  throw new Error("impossible options??");
}, { syncFile: s3, asyncFile: t, syncNoFile: e, asyncNoFile: i, validate: r });
var sn = en.constants || { ZLIB_VERNUM: 4736 };
var M = Object.freeze(Object.assign(/* @__PURE__ */ Object.create(null), { Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5, Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3, Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6, Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1, Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0, DEFLATE: 1, INFLATE: 2, GZIP: 3, GUNZIP: 4, DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7, BROTLI_DECODE: 8, BROTLI_ENCODE: 9, Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15, Z_DEFAULT_WINDOWBITS: 15, Z_MIN_CHUNK: 64, Z_MAX_CHUNK: 1 / 0, Z_DEFAULT_CHUNK: 16384, Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9, Z_DEFAULT_MEMLEVEL: 8, Z_MIN_LEVEL: -1, Z_MAX_LEVEL: 9, Z_DEFAULT_LEVEL: -1, BROTLI_OPERATION_PROCESS: 0, BROTLI_OPERATION_FLUSH: 1, BROTLI_OPERATION_FINISH: 2, BROTLI_OPERATION_EMIT_METADATA: 3, BROTLI_MODE_GENERIC: 0, BROTLI_MODE_TEXT: 1, BROTLI_MODE_FONT: 2, BROTLI_DEFAULT_MODE: 0, BROTLI_MIN_QUALITY: 0, BROTLI_MAX_QUALITY: 11, BROTLI_DEFAULT_QUALITY: 11, BROTLI_MIN_WINDOW_BITS: 10, BROTLI_MAX_WINDOW_BITS: 24, BROTLI_LARGE_MAX_WINDOW_BITS: 30, BROTLI_DEFAULT_WINDOW: 22, BROTLI_MIN_INPUT_BLOCK_BITS: 16, BROTLI_MAX_INPUT_BLOCK_BITS: 24, BROTLI_PARAM_MODE: 0, BROTLI_PARAM_QUALITY: 1, BROTLI_PARAM_LGWIN: 2, BROTLI_PARAM_LGBLOCK: 3, BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING: 4, BROTLI_PARAM_SIZE_HINT: 5, BROTLI_PARAM_LARGE_WINDOW: 6, BROTLI_PARAM_NPOSTFIX: 7, BROTLI_PARAM_NDIRECT: 8, BROTLI_DECODER_RESULT_ERROR: 0, BROTLI_DECODER_RESULT_SUCCESS: 1, BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT: 2, BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT: 3, BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION: 0, BROTLI_DECODER_PARAM_LARGE_WINDOW: 1, BROTLI_DECODER_NO_ERROR: 0, BROTLI_DECODER_SUCCESS: 1, BROTLI_DECODER_NEEDS_MORE_INPUT: 2, BROTLI_DECODER_NEEDS_MORE_OUTPUT: 3, BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE: -1, BROTLI_DECODER_ERROR_FORMAT_RESERVED: -2, BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE: -3, BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET: -4, BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME: -5, BROTLI_DECODER_ERROR_FORMAT_CL_SPACE: -6, BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE: -7, BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT: -8, BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1: -9, BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2: -10, BROTLI_DECODER_ERROR_FORMAT_TRANSFORM: -11, BROTLI_DECODER_ERROR_FORMAT_DICTIONARY: -12, BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS: -13, BROTLI_DECODER_ERROR_FORMAT_PADDING_1: -14, BROTLI_DECODER_ERROR_FORMAT_PADDING_2: -15, BROTLI_DECODER_ERROR_FORMAT_DISTANCE: -16, BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET: -19, BROTLI_DECODER_ERROR_INVALID_ARGUMENTS: -20, BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES: -21, BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS: -22, BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP: -25, BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1: -26, BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2: -27, BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES: -30, BROTLI_DECODER_ERROR_UNREACHABLE: -31 }, sn));
var rn = Ot.concat;
var zs = Object.getOwnPropertyDescriptor(Ot, "concat");
var nn = (s3) => s3;
var Bi = zs?.writable === true || zs?.set !== void 0 ? (s3) => {
  Ot.concat = s3 ? nn : rn;
} : (s3) => {
};
var Tt = /* @__PURE__ */ Symbol("_superWrite");
var Gt = class extends Error {
  code;
  errno;
  constructor(t, e) {
    super("zlib: " + t.message, { cause: t }), this.code = t.code, this.errno = t.errno, this.code || (this.code = "ZLIB_ERROR"), this.message = "zlib: " + t.message, Error.captureStackTrace(this, e ?? this.constructor);
  }
  get name() {
    return "ZlibError";
  }
};
var Pi = /* @__PURE__ */ Symbol("flushFlag");
var re = class extends A {
  #t = false;
  #i = false;
  #s;
  #n;
  #r;
  #e;
  #o;
  get sawError() {
    return this.#t;
  }
  get handle() {
    return this.#e;
  }
  get flushFlag() {
    return this.#s;
  }
  constructor(t, e) {
    if (!t || typeof t != "object") throw new TypeError("invalid options for ZlibBase constructor");
    if (super(t), this.#s = t.flush ?? 0, this.#n = t.finishFlush ?? 0, this.#r = t.fullFlushFlag ?? 0, typeof Ps[e] != "function") throw new TypeError("Compression method not supported: " + e);
    try {
      this.#e = new Ps[e](t);
    } catch (i) {
      throw new Gt(i, this.constructor);
    }
    this.#o = (i) => {
      this.#t || (this.#t = true, this.close(), this.emit("error", i));
    }, this.#e?.on("error", (i) => this.#o(new Gt(i))), this.once("end", () => this.close);
  }
  close() {
    this.#e && (this.#e.close(), this.#e = void 0, this.emit("close"));
  }
  reset() {
    if (!this.#t) return zi(this.#e, "zlib binding closed"), this.#e.reset?.();
  }
  flush(t) {
    this.ended || (typeof t != "number" && (t = this.#r), this.write(Object.assign(Ot.alloc(0), { [Pi]: t })));
  }
  end(t, e, i) {
    return typeof t == "function" && (i = t, e = void 0, t = void 0), typeof e == "function" && (i = e, e = void 0), t && (e ? this.write(t, e) : this.write(t)), this.flush(this.#n), this.#i = true, super.end(i);
  }
  get ended() {
    return this.#i;
  }
  [Tt](t) {
    return super.write(t);
  }
  write(t, e, i) {
    if (typeof e == "function" && (i = e, e = "utf8"), typeof t == "string" && (t = Ot.from(t, e)), this.#t) return;
    zi(this.#e, "zlib binding closed");
    let r = this.#e._handle, n = r.close;
    r.close = () => {
    };
    let o = this.#e.close;
    this.#e.close = () => {
    }, Bi(true);
    let h;
    try {
      let l = typeof t[Pi] == "number" ? t[Pi] : this.#s;
      h = this.#e._processChunk(t, l), Bi(false);
    } catch (l) {
      Bi(false), this.#o(new Gt(l, this.write));
    } finally {
      this.#e && (this.#e._handle = r, r.close = n, this.#e.close = o, this.#e.removeAllListeners("error"));
    }
    this.#e && this.#e.on("error", (l) => this.#o(new Gt(l, this.write)));
    let a;
    if (h) if (Array.isArray(h) && h.length > 0) {
      let l = h[0];
      a = this[Tt](Ot.from(l));
      for (let c = 1; c < h.length; c++) a = this[Tt](h[c]);
    } else a = this[Tt](Ot.from(h));
    return i && i(), a;
  }
};
var Pe = class extends re {
  #t;
  #i;
  constructor(t, e) {
    t = t || {}, t.flush = t.flush || M.Z_NO_FLUSH, t.finishFlush = t.finishFlush || M.Z_FINISH, t.fullFlushFlag = M.Z_FULL_FLUSH, super(t, e), this.#t = t.level, this.#i = t.strategy;
  }
  params(t, e) {
    if (!this.sawError) {
      if (!this.handle) throw new Error("cannot switch params when binding is closed");
      if (!this.handle.params) throw new Error("not supported in this implementation");
      if (this.#t !== t || this.#i !== e) {
        this.flush(M.Z_SYNC_FLUSH), zi(this.handle, "zlib binding closed");
        let i = this.handle.flush;
        this.handle.flush = (r, n) => {
          typeof r == "function" && (n = r, r = this.flushFlag), this.flush(r), n?.();
        };
        try {
          this.handle.params(t, e);
        } finally {
          this.handle.flush = i;
        }
        this.handle && (this.#t = t, this.#i = e);
      }
    }
  }
};
var ze = class extends Pe {
  #t;
  constructor(t) {
    super(t, "Gzip"), this.#t = t && !!t.portable;
  }
  [Tt](t) {
    return this.#t ? (this.#t = false, t[9] = 255, super[Tt](t)) : super[Tt](t);
  }
};
var Ue = class extends Pe {
  constructor(t) {
    super(t, "Unzip");
  }
};
var He = class extends re {
  constructor(t, e) {
    t = t || {}, t.flush = t.flush || M.BROTLI_OPERATION_PROCESS, t.finishFlush = t.finishFlush || M.BROTLI_OPERATION_FINISH, t.fullFlushFlag = M.BROTLI_OPERATION_FLUSH, super(t, e);
  }
};
var We = class extends He {
  constructor(t) {
    super(t, "BrotliCompress");
  }
};
var Ge = class extends He {
  constructor(t) {
    super(t, "BrotliDecompress");
  }
};
var Ze = class extends re {
  constructor(t, e) {
    t = t || {}, t.flush = t.flush || M.ZSTD_e_continue, t.finishFlush = t.finishFlush || M.ZSTD_e_end, t.fullFlushFlag = M.ZSTD_e_flush, super(t, e);
  }
};
var Ye = class extends Ze {
  constructor(t) {
    super(t, "ZstdCompress");
  }
};
var Ke = class extends Ze {
  constructor(t) {
    super(t, "ZstdDecompress");
  }
};
var Us = (s3, t) => {
  if (Number.isSafeInteger(s3)) s3 < 0 ? an(s3, t) : hn(s3, t);
  else throw Error("cannot encode number outside of javascript safe integer range");
  return t;
};
var hn = (s3, t) => {
  t[0] = 128;
  for (var e = t.length; e > 1; e--) t[e - 1] = s3 & 255, s3 = Math.floor(s3 / 256);
};
var an = (s3, t) => {
  t[0] = 255;
  var e = false;
  s3 = s3 * -1;
  for (var i = t.length; i > 1; i--) {
    var r = s3 & 255;
    s3 = Math.floor(s3 / 256), e ? t[i - 1] = Ws(r) : r === 0 ? t[i - 1] = 0 : (e = true, t[i - 1] = Gs(r));
  }
};
var Hs = (s3) => {
  let t = s3[0], e = t === 128 ? cn(s3.subarray(1, s3.length)) : t === 255 ? ln(s3) : null;
  if (e === null) throw Error("invalid base256 encoding");
  if (!Number.isSafeInteger(e)) throw Error("parsed number outside of javascript safe integer range");
  return e;
};
var ln = (s3) => {
  for (var t = s3.length, e = 0, i = false, r = t - 1; r > -1; r--) {
    var n = Number(s3[r]), o;
    i ? o = Ws(n) : n === 0 ? o = n : (i = true, o = Gs(n)), o !== 0 && (e -= o * Math.pow(256, t - r - 1));
  }
  return e;
};
var cn = (s3) => {
  for (var t = s3.length, e = 0, i = t - 1; i > -1; i--) {
    var r = Number(s3[i]);
    r !== 0 && (e += r * Math.pow(256, t - i - 1));
  }
  return e;
};
var Ws = (s3) => (255 ^ s3) & 255;
var Gs = (s3) => (255 ^ s3) + 1 & 255;
var Hi = {};
Ur(Hi, { code: () => Ve, isCode: () => ne, isName: () => dn, name: () => oe, normalFsTypes: () => Ui });
var ne = (s3) => oe.has(s3);
var dn = (s3) => Ve.has(s3);
var Ui = /* @__PURE__ */ new Set(["0", "", "1", "2", "3", "4", "5", "6", "7", "D"]);
var oe = /* @__PURE__ */ new Map([["0", "File"], ["", "OldFile"], ["1", "Link"], ["2", "SymbolicLink"], ["3", "CharacterDevice"], ["4", "BlockDevice"], ["5", "Directory"], ["6", "FIFO"], ["7", "ContiguousFile"], ["g", "GlobalExtendedHeader"], ["x", "ExtendedHeader"], ["A", "SolarisACL"], ["D", "GNUDumpDir"], ["I", "Inode"], ["K", "NextFileHasLongLinkpath"], ["L", "NextFileHasLongPath"], ["M", "ContinuationFile"], ["N", "OldGnuLongPath"], ["S", "SparseFile"], ["V", "TapeVolumeHeader"], ["X", "OldExtendedHeader"]]);
var Ve = new Map(Array.from(oe).map((s3) => [s3[1], s3[0]]));
var un = (s3) => s3 === void 0 || s3 < 0 ? void 0 : s3;
var F = class {
  cksumValid = false;
  needPax = false;
  nullBlock = false;
  block;
  path;
  mode;
  uid;
  gid;
  size;
  cksum;
  #t = "Unsupported";
  linkpath;
  uname;
  gname;
  devmaj = 0;
  devmin = 0;
  atime;
  ctime;
  mtime;
  charset;
  comment;
  constructor(t, e = 0, i, r) {
    Buffer.isBuffer(t) ? this.decode(t, e || 0, i, r) : t && this.#i(t);
  }
  decode(t, e, i, r) {
    if (e || (e = 0), !t || !(t.length >= e + 512)) throw new Error("need 512 bytes for header");
    let n = xt(t, e + 156, 1), o = Ui.has(n), h = o ? i : void 0, a = o ? r : void 0;
    if (this.path = h?.path ?? xt(t, e, 100), this.mode = h?.mode ?? a?.mode ?? lt(t, e + 100, 8), this.uid = h?.uid ?? a?.uid ?? lt(t, e + 108, 8), this.gid = h?.gid ?? a?.gid ?? lt(t, e + 116, 8), this.size = un(h?.size ?? a?.size ?? lt(t, e + 124, 12)), this.mtime = h?.mtime ?? a?.mtime ?? Wi(t, e + 136, 12), this.cksum = lt(t, e + 148, 12), a && this.#i(a, true), h && this.#i(h), ne(n) && (this.#t = n || "0"), this.#t === "0" && this.path.slice(-1) === "/" && (this.#t = "5"), this.#t === "5" && (this.size = 0), this.linkpath = xt(t, e + 157, 100), t.subarray(e + 257, e + 265).toString() === "ustar\x0000") if (this.uname = h?.uname ?? a?.uname ?? xt(t, e + 265, 32), this.gname = h?.gname ?? a?.gname ?? xt(t, e + 297, 32), this.devmaj = h?.devmaj ?? a?.devmaj ?? lt(t, e + 329, 8) ?? 0, this.devmin = h?.devmin ?? a?.devmin ?? lt(t, e + 337, 8) ?? 0, t[e + 475] !== 0) {
      let c = xt(t, e + 345, 155);
      this.path = c + "/" + this.path;
    } else {
      let c = xt(t, e + 345, 130);
      c && (this.path = c + "/" + this.path), this.atime = i?.atime ?? r?.atime ?? Wi(t, e + 476, 12), this.ctime = i?.ctime ?? r?.ctime ?? Wi(t, e + 488, 12);
    }
    let l = 256;
    for (let c = e; c < e + 148; c++) l += t[c];
    for (let c = e + 156; c < e + 512; c++) l += t[c];
    this.cksumValid = l === this.cksum, this.cksum === void 0 && l === 256 && (this.nullBlock = true);
  }
  #i(t, e = false) {
    Object.assign(this, Object.fromEntries(Object.entries(t).filter(([i, r]) => !(r == null || i === "size" && Number(r) < 0 || i === "path" && e || i === "linkpath" && e || i === "global"))));
  }
  encode(t, e = 0) {
    if (t || (t = this.block = Buffer.alloc(512)), this.#t === "Unsupported" && (this.#t = "0"), !(t.length >= e + 512)) throw new Error("need 512 bytes for header");
    let i = this.ctime || this.atime ? 130 : 155, r = mn(this.path || "", i), n = r[0], o = r[1];
    this.needPax = !!r[2], this.needPax = Lt(t, e, 100, n) || this.needPax, this.needPax = ct(t, e + 100, 8, this.mode) || this.needPax, this.needPax = ct(t, e + 108, 8, this.uid) || this.needPax, this.needPax = ct(t, e + 116, 8, this.gid) || this.needPax, this.needPax = ct(t, e + 124, 12, this.size) || this.needPax, this.needPax = Gi(t, e + 136, 12, this.mtime) || this.needPax, t[e + 156] = Number(this.#t.codePointAt(0)), this.needPax = Lt(t, e + 157, 100, this.linkpath) || this.needPax, t.write("ustar\x0000", e + 257, 8), this.needPax = Lt(t, e + 265, 32, this.uname) || this.needPax, this.needPax = Lt(t, e + 297, 32, this.gname) || this.needPax, this.needPax = ct(t, e + 329, 8, this.devmaj) || this.needPax, this.needPax = ct(t, e + 337, 8, this.devmin) || this.needPax, this.needPax = Lt(t, e + 345, i, o) || this.needPax, t[e + 475] !== 0 ? this.needPax = Lt(t, e + 345, 155, o) || this.needPax : (this.needPax = Lt(t, e + 345, 130, o) || this.needPax, this.needPax = Gi(t, e + 476, 12, this.atime) || this.needPax, this.needPax = Gi(t, e + 488, 12, this.ctime) || this.needPax);
    let h = 256;
    for (let a = e; a < e + 148; a++) h += t[a];
    for (let a = e + 156; a < e + 512; a++) h += t[a];
    return this.cksum = h, ct(t, e + 148, 8, this.cksum), this.cksumValid = true, this.needPax;
  }
  get type() {
    return this.#t === "Unsupported" ? this.#t : oe.get(this.#t);
  }
  get typeKey() {
    return this.#t;
  }
  set type(t) {
    let e = String(Ve.get(t));
    if (ne(e) || e === "Unsupported") this.#t = e;
    else if (ne(t)) this.#t = t;
    else throw new TypeError("invalid entry type: " + t);
  }
};
var mn = (s3, t) => {
  let i = s3, r = "", n, o = Zt.parse(s3).root || ".";
  if (Buffer.byteLength(i) < 100) n = [i, r, false];
  else {
    r = Zt.dirname(i), i = Zt.basename(i);
    do
      Buffer.byteLength(i) <= 100 && Buffer.byteLength(r) <= t ? n = [i, r, false] : Buffer.byteLength(i) > 100 && Buffer.byteLength(r) <= t ? n = [i.slice(0, 99), r, true] : (i = Zt.join(Zt.basename(r), i), r = Zt.dirname(r));
    while (r !== o && n === void 0);
    n || (n = [s3.slice(0, 99), "", true]);
  }
  return n;
};
var xt = (s3, t, e) => s3.subarray(t, t + e).toString("utf8").replace(/\0.*/, "");
var Wi = (s3, t, e) => pn(lt(s3, t, e));
var pn = (s3) => s3 === void 0 ? void 0 : new Date(s3 * 1e3);
var lt = (s3, t, e) => Number(s3[t]) & 128 ? Hs(s3.subarray(t, t + e)) : wn(s3, t, e);
var En = (s3) => isNaN(s3) ? void 0 : s3;
var wn = (s3, t, e) => En(parseInt(s3.subarray(t, t + e).toString("utf8").replace(/\0.*$/, "").trim(), 8));
var Sn = { 12: 8589934591, 8: 2097151 };
var ct = (s3, t, e, i) => i === void 0 ? false : i > Sn[e] || i < 0 ? (Us(i, s3.subarray(t, t + e)), true) : (yn(s3, t, e, i), false);
var yn = (s3, t, e, i) => s3.write(Rn(i, e), t, e, "ascii");
var Rn = (s3, t) => gn(Math.floor(s3).toString(8), t);
var gn = (s3, t) => (s3.length === t - 1 ? s3 : new Array(t - s3.length - 1).join("0") + s3 + " ") + "\0";
var Gi = (s3, t, e, i) => i === void 0 ? false : ct(s3, t, e, i.getTime() / 1e3);
var bn = new Array(156).join("\0");
var Lt = (s3, t, e, i) => i === void 0 ? false : (s3.write(i + bn, t, e, "utf8"), i.length !== Buffer.byteLength(i) || i.length > e);
var ft = class s {
  atime;
  mtime;
  ctime;
  charset;
  comment;
  gid;
  uid;
  gname;
  uname;
  linkpath;
  dev;
  ino;
  nlink;
  path;
  size;
  mode;
  global;
  constructor(t, e = false) {
    this.atime = t.atime, this.charset = t.charset, this.comment = t.comment, this.ctime = t.ctime, this.dev = t.dev, this.gid = t.gid, this.global = e, this.gname = t.gname, this.ino = t.ino, this.linkpath = t.linkpath, this.mtime = t.mtime, this.nlink = t.nlink, this.path = t.path, this.size = t.size, this.uid = t.uid, this.uname = t.uname;
  }
  encode() {
    let t = this.encodeBody();
    if (t === "") return Buffer.allocUnsafe(0);
    let e = Buffer.byteLength(t), i = 512 * Math.ceil(1 + e / 512), r = Buffer.allocUnsafe(i);
    for (let n = 0; n < 512; n++) r[n] = 0;
    new F({ path: ("PaxHeader/" + _n(this.path ?? "")).slice(0, 99), mode: this.mode || 420, uid: this.uid, gid: this.gid, size: e, mtime: this.mtime, type: this.global ? "GlobalExtendedHeader" : "ExtendedHeader", linkpath: "", uname: this.uname || "", gname: this.gname || "", devmaj: 0, devmin: 0, atime: this.atime, ctime: this.ctime }).encode(r), r.write(t, 512, e, "utf8");
    for (let n = e + 512; n < r.length; n++) r[n] = 0;
    return r;
  }
  encodeBody() {
    return this.encodeField("path") + this.encodeField("ctime") + this.encodeField("atime") + this.encodeField("dev") + this.encodeField("ino") + this.encodeField("nlink") + this.encodeField("charset") + this.encodeField("comment") + this.encodeField("gid") + this.encodeField("gname") + this.encodeField("linkpath") + this.encodeField("mtime") + this.encodeField("size") + this.encodeField("uid") + this.encodeField("uname");
  }
  encodeField(t) {
    if (this[t] === void 0) return "";
    let e = this[t], i = e instanceof Date ? e.getTime() / 1e3 : e, r = " " + (t === "dev" || t === "ino" || t === "nlink" ? "SCHILY." : "") + t + "=" + i + `
`, n = Buffer.byteLength(r), o = Math.floor(Math.log(n) / Math.log(10)) + 1;
    return n + o >= Math.pow(10, o) && (o += 1), o + n + r;
  }
  static parse(t, e, i = false) {
    return new s(On(Tn(t), e), i);
  }
};
var On = (s3, t) => t ? Object.assign({}, t, s3) : s3;
var Tn = (s3) => s3.replace(/\n$/, "").split(`
`).reduce(xn, /* @__PURE__ */ Object.create(null));
var xn = (s3, t) => {
  let e = parseInt(t, 10);
  if (e !== Buffer.byteLength(t) + 1) return s3;
  t = t.slice((e + " ").length);
  let i = t.split("="), r = i.shift();
  if (!r) return s3;
  let n = r.replace(/^SCHILY\.(dev|ino|nlink)/, "$1"), o = i.join("=").replace(/\0.*/, "");
  switch (n) {
    case "path":
    case "linkpath":
    case "type":
    case "charset":
    case "comment":
    case "gname":
    case "uname":
      s3[n] = o;
      break;
    case "ctime":
    case "atime":
    case "mtime":
      s3[n] = new Date(Number(o) * 1e3);
      break;
    case "size":
      let h = +o;
      h >= 0 && (s3[n] = h);
      break;
    case "gid":
    case "uid":
    case "dev":
    case "ino":
    case "nlink":
    case "mode":
      s3[n] = +o;
      break;
  }
  return s3;
};
var Ln = process.env.TESTING_TAR_FAKE_PLATFORM || process.platform;
var f = Ln !== "win32" ? (s3) => String(s3) : (s3) => String(s3).replaceAll(/\\/g, "/");
var $e = class extends A {
  extended;
  globalExtended;
  header;
  startBlockSize;
  blockRemain;
  remain;
  type;
  meta = false;
  ignore = false;
  path;
  mode;
  uid;
  gid;
  uname;
  gname;
  size = 0;
  mtime;
  atime;
  ctime;
  linkpath;
  dev;
  ino;
  nlink;
  invalid = false;
  absolute;
  unsupported = false;
  constructor(t, e, i) {
    switch (super({}), this.pause(), this.extended = e, this.globalExtended = i, this.header = t, this.remain = t.size ?? 0, this.startBlockSize = 512 * Math.ceil(this.remain / 512), this.blockRemain = this.startBlockSize, this.type = t.type, this.type) {
      case "File":
      case "OldFile":
      case "Link":
      case "SymbolicLink":
      case "CharacterDevice":
      case "BlockDevice":
      case "Directory":
      case "FIFO":
      case "ContiguousFile":
      case "GNUDumpDir":
        break;
      case "NextFileHasLongLinkpath":
      case "NextFileHasLongPath":
      case "OldGnuLongPath":
      case "GlobalExtendedHeader":
      case "ExtendedHeader":
      case "OldExtendedHeader":
        this.meta = true;
        break;
      default:
        this.ignore = true;
    }
    if (!t.path) throw new Error("no path provided for tar.ReadEntry");
    this.path = f(t.path), this.mode = t.mode, this.mode && (this.mode = this.mode & 4095), this.uid = t.uid, this.gid = t.gid, this.uname = t.uname, this.gname = t.gname, this.size = this.remain, this.mtime = t.mtime, this.atime = t.atime, this.ctime = t.ctime, this.linkpath = t.linkpath ? f(t.linkpath) : void 0, this.uname = t.uname, this.gname = t.gname, e && this.#t(e), i && this.#t(i, true);
  }
  write(t) {
    let e = t.length;
    if (e > this.blockRemain) throw new Error("writing more to entry than is appropriate");
    let i = this.remain, r = this.blockRemain;
    return this.remain = Math.max(0, i - e), this.blockRemain = Math.max(0, r - e), this.ignore ? true : i >= e ? super.write(t) : super.write(t.subarray(0, i));
  }
  #t(t, e = false) {
    t.path && (t.path = f(t.path)), t.linkpath && (t.linkpath = f(t.linkpath)), Object.assign(this, Object.fromEntries(Object.entries(t).filter(([i, r]) => !(r == null || i === "path" && e))));
  }
};
var Dt = (s3, t, e, i = {}) => {
  s3.file && (i.file = s3.file), s3.cwd && (i.cwd = s3.cwd), i.code = e instanceof Error && e.code || t, i.tarCode = t, !s3.strict && i.recoverable !== false ? (e instanceof Error && (i = Object.assign(e, i), e = e.message), s3.emit("warn", t, e, i)) : e instanceof Error ? s3.emit("error", Object.assign(e, i)) : s3.emit("error", Object.assign(new Error(`${t}: ${e}`), i));
};
var Nn = 1024 * 1024;
var Xi = Buffer.from([31, 139]);
var qi = Buffer.from([40, 181, 47, 253]);
var An = Math.max(Xi.length, qi.length);
var B = /* @__PURE__ */ Symbol("state");
var Nt = /* @__PURE__ */ Symbol("writeEntry");
var it = /* @__PURE__ */ Symbol("readEntry");
var Zi = /* @__PURE__ */ Symbol("nextEntry");
var Zs = /* @__PURE__ */ Symbol("processEntry");
var V = /* @__PURE__ */ Symbol("extendedHeader");
var he = /* @__PURE__ */ Symbol("globalExtendedHeader");
var dt = /* @__PURE__ */ Symbol("meta");
var Ys = /* @__PURE__ */ Symbol("emitMeta");
var p = /* @__PURE__ */ Symbol("buffer");
var st = /* @__PURE__ */ Symbol("queue");
var ut = /* @__PURE__ */ Symbol("ended");
var Yi = /* @__PURE__ */ Symbol("emittedEnd");
var At = /* @__PURE__ */ Symbol("emit");
var w = /* @__PURE__ */ Symbol("unzip");
var Xe = /* @__PURE__ */ Symbol("consumeChunk");
var qe = /* @__PURE__ */ Symbol("consumeChunkSub");
var Ki = /* @__PURE__ */ Symbol("consumeBody");
var Ks = /* @__PURE__ */ Symbol("consumeMeta");
var Vs = /* @__PURE__ */ Symbol("consumeHeader");
var ae = /* @__PURE__ */ Symbol("consuming");
var Vi = /* @__PURE__ */ Symbol("bufferConcat");
var Qe = /* @__PURE__ */ Symbol("maybeEnd");
var Yt = /* @__PURE__ */ Symbol("writing");
var $ = /* @__PURE__ */ Symbol("aborted");
var Je = /* @__PURE__ */ Symbol("onDone");
var It = /* @__PURE__ */ Symbol("sawValidEntry");
var je = /* @__PURE__ */ Symbol("sawNullBlock");
var ti = /* @__PURE__ */ Symbol("sawEOF");
var $s = /* @__PURE__ */ Symbol("closeStream");
var In = 1e3;
var le = /* @__PURE__ */ Symbol("compressedBytesRead");
var $i = /* @__PURE__ */ Symbol("decompressedBytesRead");
var Xs = /* @__PURE__ */ Symbol("checkDecompressionRatio");
var Cn = () => true;
var rt = class extends Dn {
  file;
  strict;
  maxMetaEntrySize;
  filter;
  brotli;
  zstd;
  maxDecompressionRatio;
  writable = true;
  readable = false;
  [st] = [];
  [p];
  [it];
  [Nt];
  [B] = "begin";
  [dt] = "";
  [V];
  [he];
  [ut] = false;
  [w];
  [$] = false;
  [It];
  [je] = false;
  [ti] = false;
  [Yt] = false;
  [ae] = false;
  [Yi] = false;
  [le] = 0;
  [$i] = 0;
  constructor(t = {}) {
    super(), this.file = t.file || "", this.on(Je, () => {
      (this[B] === "begin" || this[It] === false) && this.warn("TAR_BAD_ARCHIVE", "Unrecognized archive format");
    }), t.ondone ? this.on(Je, t.ondone) : this.on(Je, () => {
      this.emit("prefinish"), this.emit("finish"), this.emit("end");
    }), this.strict = !!t.strict, this.maxDecompressionRatio = typeof t.maxDecompressionRatio == "number" ? t.maxDecompressionRatio : In, this.maxMetaEntrySize = t.maxMetaEntrySize || Nn, this.filter = typeof t.filter == "function" ? t.filter : Cn;
    let e = t.file && (t.file.endsWith(".tar.br") || t.file.endsWith(".tbr"));
    this.brotli = !(t.gzip || t.zstd) && t.brotli !== void 0 ? t.brotli : e ? void 0 : false;
    let i = t.file && (t.file.endsWith(".tar.zst") || t.file.endsWith(".tzst"));
    this.zstd = !(t.gzip || t.brotli) && t.zstd !== void 0 ? t.zstd : i ? true : void 0, this.on("end", () => this[$s]()), typeof t.onwarn == "function" && this.on("warn", t.onwarn), typeof t.onReadEntry == "function" && this.on("entry", t.onReadEntry);
  }
  warn(t, e, i = {}) {
    Dt(this, t, e, i);
  }
  [Vs](t, e) {
    this[It] === void 0 && (this[It] = false);
    let i;
    try {
      i = new F(t, e, this[V], this[he]);
    } catch (r) {
      return this.warn("TAR_ENTRY_INVALID", r);
    }
    if (i.nullBlock) this[je] ? (this[ti] = true, this[B] === "begin" && (this[B] = "header"), this[At]("eof")) : (this[je] = true, this[At]("nullBlock"));
    else if (this[je] = false, !i.cksumValid) this.warn("TAR_ENTRY_INVALID", "checksum failure", { header: i });
    else if (!i.path) this.warn("TAR_ENTRY_INVALID", "path is required", { header: i });
    else {
      let r = i.type;
      if (/^(Symbolic)?Link$/.test(r) && !i.linkpath) this.warn("TAR_ENTRY_INVALID", "linkpath required", { header: i });
      else if (!/^(Symbolic)?Link$/.test(r) && !/^(Global)?ExtendedHeader$/.test(r) && i.linkpath) this.warn("TAR_ENTRY_INVALID", "linkpath forbidden", { header: i });
      else {
        let n = this[Nt] = new $e(i, this[V], this[he]);
        if (!this[It]) if (n.remain) {
          let o = () => {
            n.invalid || (this[It] = true);
          };
          n.on("end", o);
        } else this[It] = true;
        n.meta ? n.size > this.maxMetaEntrySize ? (n.ignore = true, this[At]("ignoredEntry", n), this[B] = "ignore", n.resume()) : n.size > 0 && (this[dt] = "", n.on("data", (o) => this[dt] += o), this[B] = "meta") : (this[V] = void 0, n.ignore = n.ignore || !this.filter(n.path, n), n.ignore ? (this[At]("ignoredEntry", n), this[B] = n.remain ? "ignore" : "header", n.resume()) : (n.remain ? this[B] = "body" : (this[B] = "header", n.end()), this[it] ? this[st].push(n) : (this[st].push(n), this[Zi]())));
      }
    }
  }
  [$s]() {
    queueMicrotask(() => this.emit("close"));
  }
  [Zs](t) {
    let e = true;
    if (!t) this[it] = void 0, e = false;
    else if (Array.isArray(t)) {
      let [i, ...r] = t;
      this.emit(i, ...r);
    } else this[it] = t, this.emit("entry", t), t.emittedEnd || (t.on("end", () => this[Zi]()), e = false);
    return e;
  }
  [Zi]() {
    do
      ;
    while (this[Zs](this[st].shift()));
    if (this[st].length === 0) {
      let t = this[it];
      !t || t.flowing || t.size === t.remain ? this[Yt] || this.emit("drain") : t.once("drain", () => this.emit("drain"));
    }
  }
  [Ki](t, e) {
    let i = this[Nt];
    if (!i) throw new Error("attempt to consume body without entry??");
    let r = i.blockRemain ?? 0, n = r >= t.length && e === 0 ? t : t.subarray(e, e + r);
    return i.write(n), i.blockRemain || (this[B] = "header", this[Nt] = void 0, i.end()), n.length;
  }
  [Ks](t, e) {
    let i = this[Nt], r = this[Ki](t, e);
    return !this[Nt] && i && this[Ys](i), r;
  }
  [At](t, e, i) {
    this[st].length === 0 && !this[it] ? this.emit(t, e, i) : this[st].push([t, e, i]);
  }
  [Ys](t) {
    switch (this[At]("meta", this[dt]), t.type) {
      case "ExtendedHeader":
      case "OldExtendedHeader":
        this[V] = ft.parse(this[dt], this[V], false);
        break;
      case "GlobalExtendedHeader":
        this[he] = ft.parse(this[dt], this[he], true);
        break;
      case "NextFileHasLongPath":
      case "OldGnuLongPath": {
        let e = this[V] ?? /* @__PURE__ */ Object.create(null);
        this[V] = e, e.path = this[dt].replace(/\0.*/, "");
        break;
      }
      case "NextFileHasLongLinkpath": {
        let e = this[V] || /* @__PURE__ */ Object.create(null);
        this[V] = e, e.linkpath = this[dt].replace(/\0.*/, "");
        break;
      }
      default:
        throw new Error("unknown meta: " + t.type);
    }
  }
  abort(t) {
    if (!this[$]) {
      if (this[w]) {
        let e = this[w];
        e.write = () => true, e.end = () => e, e.emit = () => false, e.destroy?.();
      }
      this[$] = true, this.emit("abort", t), this.warn("TAR_ABORT", t, { recoverable: false });
    }
  }
  [Xs](t) {
    this[$i] += t.length;
    let e = this[$i] / this[le];
    return e > this.maxDecompressionRatio ? (this.abort(new Error(`max decompression ratio exceeded: ${e.toFixed(2)} > ${this.maxDecompressionRatio}`)), false) : true;
  }
  write(t, e, i) {
    if (typeof e == "function" && (i = e, e = void 0), typeof t == "string" && (t = Buffer.from(t, typeof e == "string" ? e : "utf8")), this[$]) return i?.(), false;
    if ((this[w] === void 0 || this.brotli === void 0 && this[w] === false) && t) {
      if (this[p] && (t = Buffer.concat([this[p], t]), this[p] = void 0), t.length < An) return this[p] = t, i?.(), true;
      for (let a = 0; this[w] === void 0 && a < Xi.length; a++) t[a] !== Xi[a] && (this[w] = false);
      let o = false;
      if (this[w] === false && this.zstd !== false) {
        o = true;
        for (let a = 0; a < qi.length; a++) if (t[a] !== qi[a]) {
          o = false;
          break;
        }
      }
      let h = this.brotli === void 0 && !o;
      if (this[w] === false && h) if (t.length < 512) if (this[ut]) this.brotli = true;
      else return this[p] = t, i?.(), true;
      else try {
        new F(t.subarray(0, 512)), this.brotli = false;
      } catch {
        this.brotli = true;
      }
      if (this[w] === void 0 || this[w] === false && (this.brotli || o)) {
        let a = this[ut];
        this[ut] = false, this[w] = this[w] === void 0 ? new Ue({}) : o ? new Ke({}) : new Ge({}), this[w].on("data", (c) => {
          this[Xs](c) && this[Xe](c);
        }), this[w].on("error", (c) => {
          this[$] || this.abort(c);
        }), this[w].on("end", () => {
          this[ut] = true, this[Xe]();
        }), this[Yt] = true, this[le] += t.length;
        let l = !!this[w][a ? "end" : "write"](t);
        return this[Yt] = false, i?.(), l;
      }
    }
    this[Yt] = true, this[w] ? (this[le] += t.length, this[w].write(t)) : this[Xe](t), this[Yt] = false;
    let n = this[st].length > 0 ? false : this[it] ? this[it].flowing : true;
    return !n && this[st].length === 0 && this[it]?.once("drain", () => this.emit("drain")), i?.(), n;
  }
  [Vi](t) {
    t && !this[$] && (this[p] = this[p] ? Buffer.concat([this[p], t]) : t);
  }
  [Qe]() {
    if (this[ut] && !this[Yi] && !this[$] && !this[ae]) {
      this[Yi] = true;
      let t = this[Nt];
      if (t?.blockRemain) {
        let e = this[p] ? this[p].length : 0;
        this.warn("TAR_BAD_ARCHIVE", `Truncated input (needed ${t.blockRemain} more bytes, only ${e} available)`, { entry: t }), this[p] && t.write(this[p]), t.end();
      }
      this[At](Je);
    }
  }
  [Xe](t) {
    if (this[ae] && t) this[Vi](t);
    else if (!t && !this[p]) this[Qe]();
    else if (t) {
      if (this[ae] = true, this[p]) {
        this[Vi](t);
        let e = this[p];
        this[p] = void 0, this[qe](e);
      } else this[qe](t);
      for (; this[p] && this[p]?.length >= 512 && !this[$] && !this[ti]; ) {
        let e = this[p];
        this[p] = void 0, this[qe](e);
      }
      this[ae] = false;
    }
    (!this[p] || this[ut]) && this[Qe]();
  }
  [qe](t) {
    let e = 0, i = t.length;
    for (; e + 512 <= i && !this[$] && !this[ti]; ) switch (this[B]) {
      case "begin":
      case "header":
        this[Vs](t, e), e += 512;
        break;
      case "ignore":
      case "body":
        e += this[Ki](t, e);
        break;
      case "meta":
        e += this[Ks](t, e);
        break;
      default:
        throw new Error("invalid state: " + this[B]);
    }
    e < i && (this[p] = this[p] ? Buffer.concat([t.subarray(e), this[p]]) : t.subarray(e));
  }
  end(t, e, i) {
    return typeof t == "function" && (i = t, e = void 0, t = void 0), typeof e == "function" && (i = e, e = void 0), typeof t == "string" && (t = Buffer.from(t, e)), i && this.once("finish", i), this[$] || (this[w] ? (t && (this[le] += t.length, this[w].write(t)), this[w].end()) : (this[ut] = true, (this.brotli === void 0 || this.zstd === void 0) && (t = t || Buffer.alloc(0)), t && this.write(t), this[Qe]())), this;
  }
};
var mt = (s3) => {
  let t = s3.length - 1, e = -1;
  for (; t > -1 && s3.charAt(t) === "/"; ) e = t, t--;
  return e === -1 ? s3 : s3.slice(0, e);
};
var vn = (s3) => {
  let t = s3.onReadEntry;
  s3.onReadEntry = t ? (e) => {
    t(e), e.resume();
  } : (e) => e.resume();
};
var Qi = (s3, t) => {
  let e = new Map(t.map((o) => [mt(o), true])), i = s3.filter, r = 100, n = (o, h = "", a = 0) => {
    if (a >= r) return e.set(o, false), false;
    let l = h || kn(o).root || ".", c;
    if (o === l) c = false;
    else {
      let d = e.get(o);
      c = d !== void 0 ? d : n(Fn(o), l, a + 1);
    }
    return e.set(o, c), c;
  };
  s3.filter = i ? (o, h) => i(o, h) && n(mt(o)) : (o) => n(mt(o));
};
var Mn = (s3) => {
  let t = new rt(s3), e = s3.file, i;
  try {
    i = Kt.openSync(e, "r");
    let r = Kt.fstatSync(i), n = s3.maxReadSize || 16 * 1024 * 1024;
    if (r.size < n) {
      let o = Buffer.allocUnsafe(r.size), h = Kt.readSync(i, o, 0, r.size, 0);
      t.end(h === o.byteLength ? o : o.subarray(0, h));
    } else {
      let o = 0, h = Buffer.allocUnsafe(n);
      for (; o < r.size; ) {
        let a = Kt.readSync(i, h, 0, n, o);
        if (a === 0) break;
        o += a, t.write(h.subarray(0, a));
      }
      t.end();
    }
  } finally {
    if (typeof i == "number") try {
      Kt.closeSync(i);
    } catch {
    }
  }
};
var Bn = (s3, t) => {
  let e = new rt(s3), i = s3.maxReadSize || 16 * 1024 * 1024, r = s3.file;
  return new Promise((o, h) => {
    e.on("error", h), e.on("end", o), Kt.stat(r, (a, l) => {
      if (a) h(a);
      else {
        let c = new _t(r, { readSize: i, size: l.size });
        c.on("error", h), c.pipe(e);
      }
    });
  });
};
var Ct = K(Mn, Bn, (s3) => new rt(s3), (s3) => new rt(s3), (s3, t) => {
  t?.length && Qi(s3, t), s3.noResume || vn(s3);
});
var Ji = (s3, t, e) => (s3 &= 4095, e && (s3 = (s3 | 384) & -19), t && (s3 & 256 && (s3 |= 64), s3 & 32 && (s3 |= 8), s3 & 4 && (s3 |= 1)), s3);
var { isAbsolute: zn, parse: qs } = Pn;
var ce = (s3) => {
  let t = "", e = qs(s3);
  for (; zn(s3) || e.root; ) {
    let i = s3.charAt(0) === "/" && s3.slice(0, 4) !== "//?/" ? "/" : e.root;
    s3 = s3.slice(i.length), t += i, e = qs(s3);
  }
  return [t, s3];
};
var ei = ["|", "<", ">", "?", ":"];
var ji = ei.map((s3) => String.fromCodePoint(61440 + Number(s3.codePointAt(0))));
var Un = new Map(ei.map((s3, t) => [s3, ji[t]]));
var Hn = new Map(ji.map((s3, t) => [s3, ei[t]]));
var ts = (s3) => ei.reduce((t, e) => t.split(e).join(Un.get(e)), s3);
var Qs = (s3) => ji.reduce((t, e) => t.split(e).join(Hn.get(e)), s3);
var rr = (s3, t) => t ? (s3 = f(s3).replace(/^\.(\/|$)/, ""), mt(t) + "/" + s3) : f(s3);
var Wn = 16 * 1024 * 1024;
var tr = /* @__PURE__ */ Symbol("process");
var er = /* @__PURE__ */ Symbol("file");
var ir = /* @__PURE__ */ Symbol("directory");
var is = /* @__PURE__ */ Symbol("symlink");
var sr = /* @__PURE__ */ Symbol("hardlink");
var fe = /* @__PURE__ */ Symbol("header");
var ii = /* @__PURE__ */ Symbol("read");
var ss = /* @__PURE__ */ Symbol("lstat");
var si = /* @__PURE__ */ Symbol("onlstat");
var rs = /* @__PURE__ */ Symbol("onread");
var ns = /* @__PURE__ */ Symbol("onreadlink");
var os = /* @__PURE__ */ Symbol("openfile");
var hs = /* @__PURE__ */ Symbol("onopenfile");
var pt = /* @__PURE__ */ Symbol("close");
var ri = /* @__PURE__ */ Symbol("mode");
var as = /* @__PURE__ */ Symbol("awaitDrain");
var es = /* @__PURE__ */ Symbol("ondrain");
var q = /* @__PURE__ */ Symbol("prefix");
var de = class extends A {
  path;
  portable;
  myuid = process.getuid && process.getuid() || 0;
  myuser = process.env.USER || "";
  maxReadSize;
  linkCache;
  statCache;
  preservePaths;
  cwd;
  strict;
  mtime;
  noPax;
  noMtime;
  prefix;
  fd;
  blockLen = 0;
  blockRemain = 0;
  buf;
  pos = 0;
  remain = 0;
  length = 0;
  offset = 0;
  win32;
  absolute;
  header;
  type;
  linkpath;
  stat;
  onWriteEntry;
  #t = false;
  constructor(t, e = {}) {
    let i = se(e);
    super(), this.path = f(t), this.portable = !!i.portable, this.maxReadSize = i.maxReadSize || Wn, this.linkCache = i.linkCache || /* @__PURE__ */ new Map(), this.statCache = i.statCache || /* @__PURE__ */ new Map(), this.preservePaths = !!i.preservePaths, this.cwd = f(i.cwd || process.cwd()), this.strict = !!i.strict, this.noPax = !!i.noPax, this.noMtime = !!i.noMtime, this.mtime = i.mtime, this.prefix = i.prefix ? f(i.prefix) : void 0, this.onWriteEntry = i.onWriteEntry, typeof i.onwarn == "function" && this.on("warn", i.onwarn);
    let r = false;
    if (!this.preservePaths) {
      let [o, h] = ce(this.path);
      o && typeof h == "string" && (this.path = h, r = o);
    }
    this.win32 = !!i.win32 || process.platform === "win32", this.win32 && (this.path = Qs(this.path.replaceAll(/\\/g, "/")), t = t.replaceAll(/\\/g, "/")), this.absolute = f(i.absolute || js.resolve(this.cwd, t)), this.path === "" && (this.path = "./"), r && this.warn("TAR_ENTRY_INFO", `stripping ${r} from absolute path`, { entry: this, path: r + this.path });
    let n = this.statCache.get(this.absolute);
    n ? this[si](n) : this[ss]();
  }
  warn(t, e, i = {}) {
    return Dt(this, t, e, i);
  }
  emit(t, ...e) {
    return t === "error" && (this.#t = true), super.emit(t, ...e);
  }
  [ss]() {
    X.lstat(this.absolute, (t, e) => {
      if (t) return this.emit("error", t);
      this[si](e);
    });
  }
  [si](t) {
    this.statCache.set(this.absolute, t), this.stat = t, t.isFile() || (t.size = 0), this.type = Gn(t), this.emit("stat", t), this[tr]();
  }
  [tr]() {
    switch (this.type) {
      case "File":
        return this[er]();
      case "Directory":
        return this[ir]();
      case "SymbolicLink":
        return this[is]();
      default:
        return this.end();
    }
  }
  [ri](t) {
    return Ji(t, this.type === "Directory", this.portable);
  }
  [q](t) {
    return rr(t, this.prefix);
  }
  [fe]() {
    if (!this.stat) throw new Error("cannot write header before stat");
    this.type === "Directory" && this.portable && (this.noMtime = true), this.onWriteEntry?.(this), this.header = new F({ path: this[q](this.path), linkpath: this.type === "Link" && this.linkpath !== void 0 ? this[q](this.linkpath) : this.linkpath, mode: this[ri](this.stat.mode), uid: this.portable ? void 0 : this.stat.uid, gid: this.portable ? void 0 : this.stat.gid, size: this.stat.size, mtime: this.noMtime ? void 0 : this.mtime || this.stat.mtime, type: this.type === "Unsupported" ? void 0 : this.type, uname: this.portable ? void 0 : this.stat.uid === this.myuid ? this.myuser : "", atime: this.portable ? void 0 : this.stat.atime, ctime: this.portable ? void 0 : this.stat.ctime }), this.header.encode() && !this.noPax && super.write(new ft({ atime: this.portable ? void 0 : this.header.atime, ctime: this.portable ? void 0 : this.header.ctime, gid: this.portable ? void 0 : this.header.gid, mtime: this.noMtime ? void 0 : this.mtime || this.header.mtime, path: this[q](this.path), linkpath: this.type === "Link" && this.linkpath !== void 0 ? this[q](this.linkpath) : this.linkpath, size: this.header.size, uid: this.portable ? void 0 : this.header.uid, uname: this.portable ? void 0 : this.header.uname, dev: this.portable ? void 0 : this.stat.dev, ino: this.portable ? void 0 : this.stat.ino, nlink: this.portable ? void 0 : this.stat.nlink }).encode());
    let t = this.header?.block;
    if (!t) throw new Error("failed to encode header");
    super.write(t);
  }
  [ir]() {
    if (!this.stat) throw new Error("cannot create directory entry without stat");
    this.path.slice(-1) !== "/" && (this.path += "/"), this.stat.size = 0, this[fe](), this.end();
  }
  [is]() {
    X.readlink(this.absolute, (t, e) => {
      if (t) return this.emit("error", t);
      this[ns](e);
    });
  }
  [ns](t) {
    this.linkpath = f(t), this[fe](), this.end();
  }
  [sr](t) {
    if (!this.stat) throw new Error("cannot create link entry without stat");
    this.type = "Link", this.linkpath = f(js.relative(this.cwd, t)), this.stat.size = 0, this[fe](), this.end();
  }
  [er]() {
    if (!this.stat) throw new Error("cannot create file entry without stat");
    if (this.stat.nlink > 1) {
      let t = `${this.stat.dev}:${this.stat.ino}`, e = this.linkCache.get(t);
      if (e?.indexOf(this.cwd) === 0) return this[sr](e);
      this.linkCache.set(t, this.absolute);
    }
    if (this[fe](), this.stat.size === 0) return this.end();
    this[os]();
  }
  [os]() {
    X.open(this.absolute, "r", (t, e) => {
      if (t) return this.emit("error", t);
      this[hs](e);
    });
  }
  [hs](t) {
    if (this.fd = t, this.#t) return this[pt]();
    if (!this.stat) throw new Error("should stat before calling onopenfile");
    this.blockLen = 512 * Math.ceil(this.stat.size / 512), this.blockRemain = this.blockLen;
    let e = Math.min(this.blockLen, this.maxReadSize);
    this.buf = Buffer.allocUnsafe(e), this.offset = 0, this.pos = 0, this.remain = this.stat.size, this.length = this.buf.length, this[ii]();
  }
  [ii]() {
    let { fd: t, buf: e, offset: i, length: r, pos: n } = this;
    if (t === void 0 || e === void 0) throw new Error("cannot read file without first opening");
    X.read(t, e, i, r, n, (o, h) => {
      if (o) return this[pt](() => this.emit("error", o));
      this[rs](h);
    });
  }
  [pt](t = () => {
  }) {
    this.fd !== void 0 && X.close(this.fd, t);
  }
  [rs](t) {
    if (t <= 0 && this.remain > 0) {
      let r = Object.assign(new Error("encountered unexpected EOF"), { path: this.absolute, syscall: "read", code: "EOF" });
      return this[pt](() => this.emit("error", r));
    }
    if (t > this.remain) {
      let r = Object.assign(new Error("did not encounter expected EOF"), { path: this.absolute, syscall: "read", code: "EOF" });
      return this[pt](() => this.emit("error", r));
    }
    if (!this.buf) throw new Error("should have created buffer prior to reading");
    if (t === this.remain) for (let r = t; r < this.length && t < this.blockRemain; r++) this.buf[r + this.offset] = 0, t++, this.remain++;
    let e = this.offset === 0 && t === this.buf.length ? this.buf : this.buf.subarray(this.offset, this.offset + t);
    this.write(e) ? this[es]() : this[as](() => this[es]());
  }
  [as](t) {
    this.once("drain", t);
  }
  write(t, e, i) {
    if (typeof e == "function" && (i = e, e = void 0), typeof t == "string" && (t = Buffer.from(t, typeof e == "string" ? e : "utf8")), this.blockRemain < t.length) {
      let r = Object.assign(new Error("writing more data than expected"), { path: this.absolute });
      return this.emit("error", r);
    }
    return this.remain -= t.length, this.blockRemain -= t.length, this.pos += t.length, this.offset += t.length, super.write(t, null, i);
  }
  [es]() {
    if (!this.remain) return this.blockRemain && super.write(Buffer.alloc(this.blockRemain)), this[pt]((t) => t ? this.emit("error", t) : this.end());
    if (!this.buf) throw new Error("buffer lost somehow in ONDRAIN");
    this.offset >= this.length && (this.buf = Buffer.allocUnsafe(Math.min(this.blockRemain, this.buf.length)), this.offset = 0), this.length = this.buf.length - this.offset, this[ii]();
  }
};
var ni = class extends de {
  sync = true;
  [ss]() {
    this[si](X.lstatSync(this.absolute));
  }
  [is]() {
    this[ns](X.readlinkSync(this.absolute));
  }
  [os]() {
    this[hs](X.openSync(this.absolute, "r"));
  }
  [ii]() {
    let t = true;
    try {
      let { fd: e, buf: i, offset: r, length: n, pos: o } = this;
      if (e === void 0 || i === void 0) throw new Error("fd and buf must be set in READ method");
      let h = X.readSync(e, i, r, n, o);
      this[rs](h), t = false;
    } finally {
      if (t) try {
        this[pt](() => {
        });
      } catch {
      }
    }
  }
  [as](t) {
    t();
  }
  [pt](t = () => {
  }) {
    this.fd !== void 0 && X.closeSync(this.fd), t();
  }
};
var oi = class extends A {
  blockLen = 0;
  blockRemain = 0;
  buf = 0;
  pos = 0;
  remain = 0;
  length = 0;
  preservePaths;
  portable;
  strict;
  noPax;
  noMtime;
  readEntry;
  type;
  prefix;
  path;
  mode;
  uid;
  gid;
  uname;
  gname;
  header;
  mtime;
  atime;
  ctime;
  linkpath;
  size;
  onWriteEntry;
  warn(t, e, i = {}) {
    return Dt(this, t, e, i);
  }
  constructor(t, e = {}) {
    let i = se(e);
    super(), this.preservePaths = !!i.preservePaths, this.portable = !!i.portable, this.strict = !!i.strict, this.noPax = !!i.noPax, this.noMtime = !!i.noMtime, this.onWriteEntry = i.onWriteEntry, this.readEntry = t;
    let { type: r } = t;
    if (r === "Unsupported") throw new Error("writing entry that should be ignored");
    this.type = r, this.type === "Directory" && this.portable && (this.noMtime = true), this.prefix = i.prefix, this.path = f(t.path), this.mode = t.mode !== void 0 ? this[ri](t.mode) : void 0, this.uid = this.portable ? void 0 : t.uid, this.gid = this.portable ? void 0 : t.gid, this.uname = this.portable ? void 0 : t.uname, this.gname = this.portable ? void 0 : t.gname, this.size = t.size, this.mtime = this.noMtime ? void 0 : i.mtime || t.mtime, this.atime = this.portable ? void 0 : t.atime, this.ctime = this.portable ? void 0 : t.ctime, this.linkpath = t.linkpath !== void 0 ? f(t.linkpath) : void 0, typeof i.onwarn == "function" && this.on("warn", i.onwarn);
    let n = false;
    if (!this.preservePaths) {
      let [h, a] = ce(this.path);
      h && typeof a == "string" && (this.path = a, n = h);
    }
    this.remain = t.size, this.blockRemain = t.startBlockSize, this.onWriteEntry?.(this), this.header = new F({ path: this[q](this.path), linkpath: this.type === "Link" && this.linkpath !== void 0 ? this[q](this.linkpath) : this.linkpath, mode: this.mode, uid: this.portable ? void 0 : this.uid, gid: this.portable ? void 0 : this.gid, size: this.size, mtime: this.noMtime ? void 0 : this.mtime, type: this.type, uname: this.portable ? void 0 : this.uname, atime: this.portable ? void 0 : this.atime, ctime: this.portable ? void 0 : this.ctime }), n && this.warn("TAR_ENTRY_INFO", `stripping ${n} from absolute path`, { entry: this, path: n + this.path }), this.header.encode() && !this.noPax && super.write(new ft({ atime: this.portable ? void 0 : this.atime, ctime: this.portable ? void 0 : this.ctime, gid: this.portable ? void 0 : this.gid, mtime: this.noMtime ? void 0 : this.mtime, path: this[q](this.path), linkpath: this.type === "Link" && this.linkpath !== void 0 ? this[q](this.linkpath) : this.linkpath, size: this.size, uid: this.portable ? void 0 : this.uid, uname: this.portable ? void 0 : this.uname, dev: this.portable ? void 0 : this.readEntry.dev, ino: this.portable ? void 0 : this.readEntry.ino, nlink: this.portable ? void 0 : this.readEntry.nlink }).encode());
    let o = this.header?.block;
    if (!o) throw new Error("failed to encode header");
    super.write(o), t.pipe(this);
  }
  [q](t) {
    return rr(t, this.prefix);
  }
  [ri](t) {
    return Ji(t, this.type === "Directory", this.portable);
  }
  write(t, e, i) {
    typeof e == "function" && (i = e, e = void 0), typeof t == "string" && (t = Buffer.from(t, typeof e == "string" ? e : "utf8"));
    let r = t.length;
    if (r > this.blockRemain) throw new Error("writing more to entry than is appropriate");
    return this.blockRemain -= r, super.write(t, i);
  }
  end(t, e, i) {
    return this.blockRemain && super.write(Buffer.alloc(this.blockRemain)), typeof t == "function" && (i = t, e = void 0, t = void 0), typeof e == "function" && (i = e, e = void 0), typeof t == "string" && (t = Buffer.from(t, e ?? "utf8")), i && this.once("finish", i), t ? super.end(t, i) : super.end(i), this;
  }
};
var Gn = (s3) => s3.isFile() ? "File" : s3.isDirectory() ? "Directory" : s3.isSymbolicLink() ? "SymbolicLink" : "Unsupported";
var hi = class s2 {
  tail;
  head;
  length = 0;
  static create(t = []) {
    return new s2(t);
  }
  constructor(t = []) {
    for (let e of t) this.push(e);
  }
  *[Symbol.iterator]() {
    for (let t = this.head; t; t = t.next) yield t.value;
  }
  removeNode(t) {
    if (t.list !== this) throw new Error("removing node which does not belong to this list");
    let e = t.next, i = t.prev;
    return e && (e.prev = i), i && (i.next = e), t === this.head && (this.head = e), t === this.tail && (this.tail = i), this.length--, t.next = void 0, t.prev = void 0, t.list = void 0, e;
  }
  unshiftNode(t) {
    if (t === this.head) return;
    t.list && t.list.removeNode(t);
    let e = this.head;
    t.list = this, t.next = e, e && (e.prev = t), this.head = t, this.tail || (this.tail = t), this.length++;
  }
  pushNode(t) {
    if (t === this.tail) return;
    t.list && t.list.removeNode(t);
    let e = this.tail;
    t.list = this, t.prev = e, e && (e.next = t), this.tail = t, this.head || (this.head = t), this.length++;
  }
  push(...t) {
    for (let e = 0, i = t.length; e < i; e++) Yn(this, t[e]);
    return this.length;
  }
  unshift(...t) {
    for (var e = 0, i = t.length; e < i; e++) Kn(this, t[e]);
    return this.length;
  }
  pop() {
    if (!this.tail) return;
    let t = this.tail.value, e = this.tail;
    return this.tail = this.tail.prev, this.tail ? this.tail.next = void 0 : this.head = void 0, e.list = void 0, this.length--, t;
  }
  shift() {
    if (!this.head) return;
    let t = this.head.value, e = this.head;
    return this.head = this.head.next, this.head ? this.head.prev = void 0 : this.tail = void 0, e.list = void 0, this.length--, t;
  }
  forEach(t, e) {
    e = e || this;
    for (let i = this.head, r = 0; i; r++) t.call(e, i.value, r, this), i = i.next;
  }
  forEachReverse(t, e) {
    e = e || this;
    for (let i = this.tail, r = this.length - 1; i; r--) t.call(e, i.value, r, this), i = i.prev;
  }
  get(t) {
    let e = 0, i = this.head;
    for (; i && e < t; e++) i = i.next;
    if (e === t && i) return i.value;
  }
  getReverse(t) {
    let e = 0, i = this.tail;
    for (; i && e < t; e++) i = i.prev;
    if (e === t && i) return i.value;
  }
  map(t, e) {
    e = e || this;
    let i = new s2();
    for (let r = this.head; r; ) i.push(t.call(e, r.value, this)), r = r.next;
    return i;
  }
  mapReverse(t, e) {
    e = e || this;
    var i = new s2();
    for (let r = this.tail; r; ) i.push(t.call(e, r.value, this)), r = r.prev;
    return i;
  }
  reduce(t, e) {
    let i, r = this.head;
    if (arguments.length > 1) i = e;
    else if (this.head) r = this.head.next, i = this.head.value;
    else throw new TypeError("Reduce of empty list with no initial value");
    for (var n = 0; r; n++) i = t(i, r.value, n), r = r.next;
    return i;
  }
  reduceReverse(t, e) {
    let i, r = this.tail;
    if (arguments.length > 1) i = e;
    else if (this.tail) r = this.tail.prev, i = this.tail.value;
    else throw new TypeError("Reduce of empty list with no initial value");
    for (let n = this.length - 1; r; n--) i = t(i, r.value, n), r = r.prev;
    return i;
  }
  toArray() {
    let t = new Array(this.length);
    for (let e = 0, i = this.head; i; e++) t[e] = i.value, i = i.next;
    return t;
  }
  toArrayReverse() {
    let t = new Array(this.length);
    for (let e = 0, i = this.tail; i; e++) t[e] = i.value, i = i.prev;
    return t;
  }
  slice(t = 0, e = this.length) {
    e < 0 && (e += this.length), t < 0 && (t += this.length);
    let i = new s2();
    if (e < t || e < 0) return i;
    t < 0 && (t = 0), e > this.length && (e = this.length);
    let r = this.head, n = 0;
    for (n = 0; r && n < t; n++) r = r.next;
    for (; r && n < e; n++, r = r.next) i.push(r.value);
    return i;
  }
  sliceReverse(t = 0, e = this.length) {
    e < 0 && (e += this.length), t < 0 && (t += this.length);
    let i = new s2();
    if (e < t || e < 0) return i;
    t < 0 && (t = 0), e > this.length && (e = this.length);
    let r = this.length, n = this.tail;
    for (; n && r > e; r--) n = n.prev;
    for (; n && r > t; r--, n = n.prev) i.push(n.value);
    return i;
  }
  splice(t, e = 0, ...i) {
    t > this.length && (t = this.length - 1), t < 0 && (t = this.length + t);
    let r = this.head;
    for (let o = 0; r && o < t; o++) r = r.next;
    let n = [];
    for (let o = 0; r && o < e; o++) n.push(r.value), r = this.removeNode(r);
    r ? r !== this.tail && (r = r.prev) : r = this.tail;
    for (let o of i) r = Zn(this, r, o);
    return n;
  }
  reverse() {
    let t = this.head, e = this.tail;
    for (let i = t; i; i = i.prev) {
      let r = i.prev;
      i.prev = i.next, i.next = r;
    }
    return this.head = e, this.tail = t, this;
  }
};
function Zn(s3, t, e) {
  let i = t, r = t ? t.next : s3.head, n = new ue(e, i, r, s3);
  return n.next === void 0 && (s3.tail = n), n.prev === void 0 && (s3.head = n), s3.length++, n;
}
function Yn(s3, t) {
  s3.tail = new ue(t, s3.tail, void 0, s3), s3.head || (s3.head = s3.tail), s3.length++;
}
function Kn(s3, t) {
  s3.head = new ue(t, void 0, s3.head, s3), s3.tail || (s3.tail = s3.head), s3.length++;
}
var ue = class {
  list;
  next;
  prev;
  value;
  constructor(t, e, i, r) {
    this.list = r, this.value = t, e ? (e.next = this, this.prev = e) : this.prev = void 0, i ? (i.prev = this, this.next = i) : this.next = void 0;
  }
};
var pi = class {
  path;
  absolute;
  entry;
  stat;
  readdir;
  pending = false;
  pendingLink = false;
  ignore = false;
  piped = false;
  constructor(t, e) {
    this.path = t || "./", this.absolute = e;
  }
};
var nr = Buffer.alloc(1024);
var li = /* @__PURE__ */ Symbol("onStat");
var me = /* @__PURE__ */ Symbol("ended");
var W = /* @__PURE__ */ Symbol("queue");
var pe = /* @__PURE__ */ Symbol("pendingLinks");
var Et = /* @__PURE__ */ Symbol("current");
var Ft = /* @__PURE__ */ Symbol("process");
var Ee = /* @__PURE__ */ Symbol("processing");
var ai = /* @__PURE__ */ Symbol("processJob");
var G = /* @__PURE__ */ Symbol("jobs");
var ls = /* @__PURE__ */ Symbol("jobDone");
var ci = /* @__PURE__ */ Symbol("addFSEntry");
var or = /* @__PURE__ */ Symbol("addTarEntry");
var ds = /* @__PURE__ */ Symbol("stat");
var us = /* @__PURE__ */ Symbol("readdir");
var fi = /* @__PURE__ */ Symbol("onreaddir");
var di = /* @__PURE__ */ Symbol("pipe");
var hr = /* @__PURE__ */ Symbol("entry");
var cs = /* @__PURE__ */ Symbol("entryOpt");
var ui = /* @__PURE__ */ Symbol("writeEntryClass");
var lr = /* @__PURE__ */ Symbol("write");
var fs = /* @__PURE__ */ Symbol("ondrain");
var wt = class extends A {
  sync = false;
  opt;
  cwd;
  maxReadSize;
  preservePaths;
  strict;
  noPax;
  prefix;
  linkCache;
  statCache;
  file;
  portable;
  zip;
  readdirCache;
  noDirRecurse;
  follow;
  noMtime;
  mtime;
  filter;
  jobs;
  [ui];
  onWriteEntry;
  [W];
  [pe] = /* @__PURE__ */ new Map();
  [G] = 0;
  [Ee] = false;
  [me] = false;
  constructor(t = {}) {
    if (super(), this.opt = t, this.file = t.file || "", this.cwd = t.cwd || process.cwd(), this.maxReadSize = t.maxReadSize, this.preservePaths = !!t.preservePaths, this.strict = !!t.strict, this.noPax = !!t.noPax, this.prefix = f(t.prefix || ""), this.linkCache = t.linkCache || /* @__PURE__ */ new Map(), this.statCache = t.statCache || /* @__PURE__ */ new Map(), this.readdirCache = t.readdirCache || /* @__PURE__ */ new Map(), this.onWriteEntry = t.onWriteEntry, this[ui] = de, typeof t.onwarn == "function" && this.on("warn", t.onwarn), this.portable = !!t.portable, t.gzip || t.brotli || t.zstd) {
      if ((t.gzip ? 1 : 0) + (t.brotli ? 1 : 0) + (t.zstd ? 1 : 0) > 1) throw new TypeError("gzip, brotli, zstd are mutually exclusive");
      if (t.gzip && (typeof t.gzip != "object" && (t.gzip = {}), this.portable && (t.gzip.portable = true), this.zip = new ze(t.gzip)), t.brotli && (typeof t.brotli != "object" && (t.brotli = {}), this.zip = new We(t.brotli)), t.zstd && (typeof t.zstd != "object" && (t.zstd = {}), this.zip = new Ye(t.zstd)), !this.zip) throw new Error("impossible");
      let e = this.zip;
      e.on("data", (i) => super.write(i)), e.on("end", () => super.end()), e.on("drain", () => this[fs]()), this.on("resume", () => e.resume());
    } else this.on("drain", this[fs]);
    this.noDirRecurse = !!t.noDirRecurse, this.follow = !!t.follow, this.noMtime = !!t.noMtime, t.mtime && (this.mtime = t.mtime), this.filter = typeof t.filter == "function" ? t.filter : () => true, this[W] = new hi(), this[G] = 0, this.jobs = Number(t.jobs) || 4, this[Ee] = false, this[me] = false;
  }
  [lr](t) {
    return super.write(t);
  }
  add(t) {
    return this.write(t), this;
  }
  end(t, e, i) {
    return typeof t == "function" && (i = t, t = void 0), typeof e == "function" && (i = e, e = void 0), t && this.add(t), this[me] = true, this[Ft](), i && i(), this;
  }
  write(t) {
    if (this[me]) throw new Error("write after end");
    return typeof t == "string" ? this[ci](t) : this[or](t), this.flowing;
  }
  [or](t) {
    let e = f(ar.resolve(this.cwd, t.path));
    if (!this.filter(t.path, t)) t.resume();
    else {
      let i = new pi(t.path, e);
      i.entry = new oi(t, this[cs](i)), i.entry.on("end", () => this[ls](i)), this[G] += 1, this[W].push(i);
    }
    this[Ft]();
  }
  [ci](t) {
    let e = f(ar.resolve(this.cwd, t));
    this[W].push(new pi(t, e)), this[Ft]();
  }
  [ds](t) {
    t.pending = true, this[G] += 1;
    let e = this.follow ? "stat" : "lstat";
    mi[e](t.absolute, (i, r) => {
      t.pending = false, this[G] -= 1, i ? this.emit("error", i) : this[li](t, r);
    });
  }
  [li](t, e) {
    if (this.statCache.set(t.absolute, e), t.stat = e, !this.filter(t.path, e)) t.ignore = true;
    else if (e.isFile() && e.nlink > 1 && !this.linkCache.get(`${e.dev}:${e.ino}`) && !this.sync) if (t === this[Et]) this[ai](t);
    else {
      let i = `${e.dev}:${e.ino}`, r = this[pe].get(i);
      r ? r.push(t) : this[pe].set(i, [t]), t.pendingLink = true, t.pending = true;
    }
    this[Ft]();
  }
  [us](t) {
    t.pending = true, this[G] += 1, mi.readdir(t.absolute, (e, i) => {
      if (t.pending = false, this[G] -= 1, e) return this.emit("error", e);
      this[fi](t, i);
    });
  }
  [fi](t, e) {
    this.readdirCache.set(t.absolute, e), t.readdir = e, this[Ft]();
  }
  [Ft]() {
    if (!this[Ee]) {
      this[Ee] = true;
      for (let t = this[W].head; t && this[G] < this.jobs; t = t.next) if (this[ai](t.value), t.value.ignore) {
        let e = t.next;
        this[W].removeNode(t), t.next = e;
      }
      this[Ee] = false, this[me] && this[W].length === 0 && this[G] === 0 && (this.zip ? this.zip.end(nr) : (super.write(nr), super.end()));
    }
  }
  get [Et]() {
    return this[W] && this[W].head && this[W].head.value;
  }
  [ls](t) {
    this[W].shift(), this[G] -= 1;
    let { stat: e } = t;
    if (e && e.isFile() && e.nlink > 1) {
      let i = `${e.dev}:${e.ino}`, r = this[pe].get(i);
      if (r) {
        this[pe].delete(i);
        for (let n of r) n.pending = false, this[ai](n);
      }
    }
    this[Ft]();
  }
  [ai](t) {
    if (t.pending && t.pendingLink && t === this[Et] && (t.pending = false, t.pendingLink = false), !t.pending) {
      if (t.entry) {
        t === this[Et] && !t.piped && this[di](t);
        return;
      }
      if (!t.stat) {
        let e = this.statCache.get(t.absolute);
        e ? this[li](t, e) : this[ds](t);
      }
      if (t.stat && !t.ignore) {
        if (!this.noDirRecurse && t.stat.isDirectory() && !t.readdir) {
          let e = this.readdirCache.get(t.absolute);
          if (e ? this[fi](t, e) : this[us](t), !t.readdir) return;
        }
        if (t.entry = this[hr](t), !t.entry) {
          t.ignore = true;
          return;
        }
        t === this[Et] && !t.piped && this[di](t);
      }
    }
  }
  [cs](t) {
    return { onwarn: (e, i, r) => this.warn(e, i, r), noPax: this.noPax, cwd: this.cwd, absolute: t.absolute, preservePaths: this.preservePaths, maxReadSize: this.maxReadSize, strict: this.strict, portable: this.portable, linkCache: this.linkCache, statCache: this.statCache, noMtime: this.noMtime, mtime: this.mtime, prefix: this.prefix, onWriteEntry: this.onWriteEntry };
  }
  [hr](t) {
    this[G] += 1;
    try {
      return new this[ui](t.path, this[cs](t)).on("end", () => this[ls](t)).on("error", (i) => this.emit("error", i));
    } catch (e) {
      this.emit("error", e);
    }
  }
  [fs]() {
    this[Et] && this[Et].entry && this[Et].entry.resume();
  }
  [di](t) {
    t.piped = true, t.readdir && t.readdir.forEach((r) => {
      let n = t.path, o = n === "./" ? "" : n.replace(/\/*$/, "/");
      this[ci](o + r);
    });
    let e = t.entry, i = this.zip;
    if (!e) throw new Error("cannot pipe without source");
    i ? e.on("data", (r) => {
      i.write(r) || e.pause();
    }) : e.on("data", (r) => {
      super.write(r) || e.pause();
    });
  }
  pause() {
    return this.zip && this.zip.pause(), super.pause();
  }
  warn(t, e, i = {}) {
    Dt(this, t, e, i);
  }
};
var kt = class extends wt {
  sync = true;
  constructor(t) {
    super(t), this[ui] = ni;
  }
  pause() {
  }
  resume() {
  }
  [ds](t) {
    let e = this.follow ? "statSync" : "lstatSync";
    this[li](t, mi[e](t.absolute));
  }
  [us](t) {
    this[fi](t, mi.readdirSync(t.absolute));
  }
  [di](t) {
    let e = t.entry, i = this.zip;
    if (t.readdir && t.readdir.forEach((r) => {
      let n = t.path, o = n === "./" ? "" : n.replace(/\/*$/, "/");
      this[ci](o + r);
    }), !e) throw new Error("Cannot pipe without source");
    i ? e.on("data", (r) => {
      i.write(r);
    }) : e.on("data", (r) => {
      super[lr](r);
    });
  }
};
var Vn = (s3, t) => {
  let e = new kt(s3), i = new Wt(s3.file, { mode: s3.mode || 438 });
  e.pipe(i), fr(e, t);
};
var $n = (s3, t) => {
  let e = new wt(s3), i = new et(s3.file, { mode: s3.mode || 438 });
  e.pipe(i);
  let r = new Promise((n, o) => {
    i.on("error", o), i.on("close", n), e.on("error", o);
  });
  return dr(e, t).catch((n) => e.emit("error", n)), r;
};
var fr = (s3, t) => {
  t.forEach((e) => {
    e.charAt(0) === "@" ? Ct({ file: cr.resolve(s3.cwd, e.slice(1)), sync: true, noResume: true, onReadEntry: (i) => s3.add(i) }) : s3.add(e);
  }), s3.end();
};
var dr = async (s3, t) => {
  for (let e of t) e.charAt(0) === "@" ? await Ct({ file: cr.resolve(String(s3.cwd), e.slice(1)), noResume: true, onReadEntry: (i) => {
    s3.add(i);
  } }) : s3.add(e);
  s3.end();
};
var Xn = (s3, t) => {
  let e = new kt(s3);
  return fr(e, t), e;
};
var qn = (s3, t) => {
  let e = new wt(s3);
  return dr(e, t).catch((i) => e.emit("error", i)), e;
};
var Qn = K(Vn, $n, Xn, qn, (s3, t) => {
  if (!t?.length) throw new TypeError("no paths specified to add to archive");
});
var Jn = process.env.__FAKE_PLATFORM__ || process.platform;
var Er = Jn === "win32";
var { O_CREAT: wr, O_NOFOLLOW: ur, O_TRUNC: Sr, O_WRONLY: yr } = pr.constants;
var Rr = Number(process.env.__FAKE_FS_O_FILENAME__) || pr.constants.UV_FS_O_FILEMAP || 0;
var jn = Er && !!Rr;
var to = 512 * 1024;
var eo = Rr | Sr | wr | yr;
var mr = !Er && typeof ur == "number" ? ur | Sr | wr | yr : null;
var ms = mr !== null ? () => mr : jn ? (s3) => s3 < to ? eo : "w" : () => "w";
var ps = (s3, t, e) => {
  try {
    return wi.lchownSync(s3, t, e);
  } catch (i) {
    if (i?.code !== "ENOENT") throw i;
  }
};
var Ei = (s3, t, e, i) => {
  wi.lchown(s3, t, e, (r) => {
    i(r && r?.code !== "ENOENT" ? r : null);
  });
};
var io = (s3, t, e, i, r) => {
  if (t.isDirectory()) Es(we.resolve(s3, t.name), e, i, (n) => {
    if (n) return r(n);
    let o = we.resolve(s3, t.name);
    Ei(o, e, i, r);
  });
  else {
    let n = we.resolve(s3, t.name);
    Ei(n, e, i, r);
  }
};
var Es = (s3, t, e, i) => {
  wi.readdir(s3, { withFileTypes: true }, (r, n) => {
    if (r) {
      if (r.code === "ENOENT") return i();
      if (r.code !== "ENOTDIR" && r.code !== "ENOTSUP") return i(r);
    }
    if (r || !n.length) return Ei(s3, t, e, i);
    let o = n.length, h = null, a = (l) => {
      if (!h) {
        if (l) return i(h = l);
        if (--o === 0) return Ei(s3, t, e, i);
      }
    };
    for (let l of n) io(s3, l, t, e, a);
  });
};
var so = (s3, t, e, i) => {
  t.isDirectory() && ws(we.resolve(s3, t.name), e, i), ps(we.resolve(s3, t.name), e, i);
};
var ws = (s3, t, e) => {
  let i;
  try {
    i = wi.readdirSync(s3, { withFileTypes: true });
  } catch (r) {
    let n = r;
    if (n?.code === "ENOENT") return;
    if (n?.code === "ENOTDIR" || n?.code === "ENOTSUP") return ps(s3, t, e);
    throw n;
  }
  for (let r of i) so(s3, r, t, e);
  return ps(s3, t, e);
};
var Se = class extends Error {
  path;
  code;
  syscall = "chdir";
  constructor(t, e) {
    super(`${e}: Cannot cd into '${t}'`), this.path = t, this.code = e;
  }
  get name() {
    return "CwdError";
  }
};
var St = class extends Error {
  path;
  symlink;
  syscall = "symlink";
  code = "TAR_SYMLINK_ERROR";
  constructor(t, e) {
    super("TAR_SYMLINK_ERROR: Cannot extract through symbolic link"), this.symlink = t, this.path = e;
  }
  get name() {
    return "SymlinkError";
  }
};
var no = (s3, t) => {
  k.stat(s3, (e, i) => {
    (e || !i.isDirectory()) && (e = new Se(s3, e?.code || "ENOTDIR")), t(e);
  });
};
var gr = (s3, t, e) => {
  s3 = f(s3);
  let i = t.umask ?? 18, r = t.mode | 448, n = (r & i) !== 0, o = t.uid, h = t.gid, a = typeof o == "number" && typeof h == "number" && (o !== t.processUid || h !== t.processGid), l = t.preserve, c = t.unlink, d = f(t.cwd), y = (E, x) => {
    E ? e(E) : x && a ? Es(x, o, h, (Le) => y(Le)) : n ? k.chmod(s3, r, e) : e();
  };
  if (s3 === d) return no(s3, y);
  if (l) return ro.mkdir(s3, { mode: r, recursive: true }).then((E) => y(null, E ?? void 0), y);
  let D = f(Si.relative(d, s3)).split("/");
  Ss(d, D, r, c, d, void 0, y);
};
var Ss = (s3, t, e, i, r, n, o) => {
  if (t.length === 0) return o(null, n);
  let h = t.shift(), a = f(Si.resolve(s3 + "/" + h));
  k.mkdir(a, e, br(a, t, e, i, r, n, o));
};
var br = (s3, t, e, i, r, n, o) => (h) => {
  h ? k.lstat(s3, (a, l) => {
    if (a) a.path = a.path && f(a.path), o(a);
    else if (l.isDirectory()) Ss(s3, t, e, i, r, n, o);
    else if (i) k.unlink(s3, (c) => {
      if (c) return o(c);
      k.mkdir(s3, e, br(s3, t, e, i, r, n, o));
    });
    else {
      if (l.isSymbolicLink()) return o(new St(s3, s3 + "/" + t.join("/")));
      o(h);
    }
  }) : (n = n || s3, Ss(s3, t, e, i, r, n, o));
};
var oo = (s3) => {
  let t = false, e;
  try {
    t = k.statSync(s3).isDirectory();
  } catch (i) {
    e = i?.code;
  } finally {
    if (!t) throw new Se(s3, e ?? "ENOTDIR");
  }
};
var _r = (s3, t) => {
  s3 = f(s3);
  let e = t.umask ?? 18, i = t.mode | 448, r = (i & e) !== 0, n = t.uid, o = t.gid, h = typeof n == "number" && typeof o == "number" && (n !== t.processUid || o !== t.processGid), a = t.preserve, l = t.unlink, c = f(t.cwd), d = (E) => {
    E && h && ws(E, n, o), r && k.chmodSync(s3, i);
  };
  if (s3 === c) return oo(c), d();
  if (a) return d(k.mkdirSync(s3, { mode: i, recursive: true }) ?? void 0);
  let T = f(Si.relative(c, s3)).split("/"), D;
  for (let E = T.shift(), x = c; E && (x += "/" + E); E = T.shift()) {
    x = f(Si.resolve(x));
    try {
      k.mkdirSync(x, i), D = D || x;
    } catch {
      let Le = k.lstatSync(x);
      if (Le.isDirectory()) continue;
      if (l) {
        k.unlinkSync(x), k.mkdirSync(x, i), D = D || x;
        continue;
      } else if (Le.isSymbolicLink()) return new St(x, x + "/" + T.join("/"));
    }
  }
  return d(D);
};
var ys = /* @__PURE__ */ Object.create(null);
var Or = 1e4;
var Vt = /* @__PURE__ */ new Set();
var Tr = (s3) => {
  Vt.has(s3) ? Vt.delete(s3) : ys[s3] = s3.normalize("NFD").toLocaleLowerCase("en").toLocaleUpperCase("en"), Vt.add(s3);
  let t = ys[s3], e = Vt.size - Or;
  if (e > Or / 10) {
    for (let i of Vt) if (Vt.delete(i), delete ys[i], --e <= 0) break;
  }
  return t;
};
var ho = process.env.TESTING_TAR_FAKE_PLATFORM || process.platform;
var ao = ho === "win32";
var lo = (s3) => s3.split("/").slice(0, -1).reduce((e, i) => {
  let r = e.at(-1);
  return r !== void 0 && (i = xr(r, i)), e.push(i || "/"), e;
}, []);
var yi = class {
  #t = /* @__PURE__ */ new Map();
  #i = /* @__PURE__ */ new Map();
  #s = /* @__PURE__ */ new Set();
  reserve(t, e) {
    t = ao ? ["win32 parallelization disabled"] : t.map((r) => mt(xr(Tr(r))));
    let i = new Set(t.map((r) => lo(r)).reduce((r, n) => r.concat(n)));
    this.#i.set(e, { dirs: i, paths: t });
    for (let r of t) {
      let n = this.#t.get(r);
      n ? n.push(e) : this.#t.set(r, [e]);
    }
    for (let r of i) {
      let n = this.#t.get(r);
      if (!n) this.#t.set(r, [/* @__PURE__ */ new Set([e])]);
      else {
        let o = n.at(-1);
        o instanceof Set ? o.add(e) : n.push(/* @__PURE__ */ new Set([e]));
      }
    }
    return this.#r(e);
  }
  #n(t) {
    let e = this.#i.get(t);
    if (!e) throw new Error("function does not have any path reservations");
    return { paths: e.paths.map((i) => this.#t.get(i)), dirs: [...e.dirs].map((i) => this.#t.get(i)) };
  }
  check(t) {
    let { paths: e, dirs: i } = this.#n(t);
    return e.every((r) => r && r[0] === t) && i.every((r) => r && r[0] instanceof Set && r[0].has(t));
  }
  #r(t) {
    return this.#s.has(t) || !this.check(t) ? false : (this.#s.add(t), t(() => this.#e(t)), true);
  }
  #e(t) {
    if (!this.#s.has(t)) return false;
    let e = this.#i.get(t);
    if (!e) throw new Error("invalid reservation");
    let { paths: i, dirs: r } = e, n = /* @__PURE__ */ new Set();
    for (let o of i) {
      let h = this.#t.get(o);
      if (!h || h?.[0] !== t) continue;
      let a = h[1];
      if (!a) {
        this.#t.delete(o);
        continue;
      }
      if (h.shift(), typeof a == "function") n.add(a);
      else for (let l of a) n.add(l);
    }
    for (let o of r) {
      let h = this.#t.get(o), a = h?.[0];
      if (!(!h || !(a instanceof Set))) if (a.size === 1 && h.length === 1) {
        this.#t.delete(o);
        continue;
      } else if (a.size === 1) {
        h.shift();
        let l = h[0];
        typeof l == "function" && n.add(l);
      } else a.delete(t);
    }
    return this.#s.delete(t), n.forEach((o) => this.#r(o)), true;
  }
};
var Lr = () => process.umask();
var Dr = /* @__PURE__ */ Symbol("onEntry");
var _s = /* @__PURE__ */ Symbol("checkFs");
var Nr = /* @__PURE__ */ Symbol("checkFs2");
var Os = /* @__PURE__ */ Symbol("isReusable");
var P = /* @__PURE__ */ Symbol("makeFs");
var Ts = /* @__PURE__ */ Symbol("file");
var xs = /* @__PURE__ */ Symbol("directory");
var gi = /* @__PURE__ */ Symbol("link");
var Ar = /* @__PURE__ */ Symbol("symlink");
var Ir = /* @__PURE__ */ Symbol("hardlink");
var Re = /* @__PURE__ */ Symbol("ensureNoSymlink");
var Cr = /* @__PURE__ */ Symbol("unsupported");
var Fr = /* @__PURE__ */ Symbol("checkPath");
var Rs = /* @__PURE__ */ Symbol("stripAbsolutePath");
var yt = /* @__PURE__ */ Symbol("mkdir");
var O = /* @__PURE__ */ Symbol("onError");
var Ri = /* @__PURE__ */ Symbol("pending");
var kr = /* @__PURE__ */ Symbol("pend");
var $t = /* @__PURE__ */ Symbol("unpend");
var gs = /* @__PURE__ */ Symbol("ended");
var bs = /* @__PURE__ */ Symbol("maybeClose");
var Ls = /* @__PURE__ */ Symbol("skip");
var ge = /* @__PURE__ */ Symbol("doChown");
var be = /* @__PURE__ */ Symbol("uid");
var _e = /* @__PURE__ */ Symbol("gid");
var Oe = /* @__PURE__ */ Symbol("checkedCwd");
var fo = process.env.TESTING_TAR_FAKE_PLATFORM || process.platform;
var Te = fo === "win32";
var uo = 1024;
var mo = (s3, t) => {
  if (!Te) return u.unlink(s3, t);
  let e = s3 + ".DELETE." + Mr(16).toString("hex");
  u.rename(s3, e, (i) => {
    if (i) return t(i);
    u.unlink(e, t);
  });
};
var po = (s3) => {
  if (!Te) return u.unlinkSync(s3);
  let t = s3 + ".DELETE." + Mr(16).toString("hex");
  u.renameSync(s3, t), u.unlinkSync(t);
};
var vr = (s3, t, e) => s3 !== void 0 && s3 === s3 >>> 0 ? s3 : t !== void 0 && t === t >>> 0 ? t : e;
var Xt = class extends rt {
  [gs] = false;
  [Oe] = false;
  [Ri] = 0;
  reservations = new yi();
  transform;
  writable = true;
  readable = false;
  uid;
  gid;
  setOwner;
  preserveOwner;
  processGid;
  processUid;
  maxDepth;
  forceChown;
  win32;
  newer;
  keep;
  noMtime;
  preservePaths;
  unlink;
  cwd;
  strip;
  processUmask;
  umask;
  dmode;
  fmode;
  chmod;
  constructor(t = {}) {
    if (t.ondone = () => {
      this[gs] = true, this[bs]();
    }, super(t), this.transform = t.transform, this.chmod = !!t.chmod, typeof t.uid == "number" || typeof t.gid == "number") {
      if (typeof t.uid != "number" || typeof t.gid != "number") throw new TypeError("cannot set owner without number uid and gid");
      if (t.preserveOwner) throw new TypeError("cannot preserve owner in archive and also set owner explicitly");
      this.uid = t.uid, this.gid = t.gid, this.setOwner = true;
    } else this.uid = void 0, this.gid = void 0, this.setOwner = false;
    this.preserveOwner = t.preserveOwner === void 0 && typeof t.uid != "number" ? process.getuid?.() === 0 : !!t.preserveOwner, this.processUid = (this.preserveOwner || this.setOwner) && process.getuid ? process.getuid() : void 0, this.processGid = (this.preserveOwner || this.setOwner) && process.getgid ? process.getgid() : void 0, this.maxDepth = typeof t.maxDepth == "number" ? t.maxDepth : uo, this.forceChown = t.forceChown === true, this.win32 = !!t.win32 || Te, this.newer = !!t.newer, this.keep = !!t.keep, this.noMtime = !!t.noMtime, this.preservePaths = !!t.preservePaths, this.unlink = !!t.unlink, this.cwd = f(R.resolve(t.cwd || process.cwd())), this.strip = Number(t.strip) || 0, this.processUmask = this.chmod ? typeof t.processUmask == "number" ? t.processUmask : Lr() : 0, this.umask = typeof t.umask == "number" ? t.umask : this.processUmask, this.dmode = t.dmode || 511 & ~this.umask, this.fmode = t.fmode || 438 & ~this.umask, this.on("entry", (e) => this[Dr](e));
  }
  warn(t, e, i = {}) {
    return (t === "TAR_BAD_ARCHIVE" || t === "TAR_ABORT") && (i.recoverable = false), super.warn(t, e, i);
  }
  [bs]() {
    this[gs] && this[Ri] === 0 && (this.emit("prefinish"), this.emit("finish"), this.emit("end"));
  }
  [Rs](t, e) {
    let i = t[e], { type: r } = t;
    if (!i || this.preservePaths) return true;
    let [n, o] = ce(i), h = o.replaceAll(/\\/g, "/").split("/");
    if (h.includes("..") || Te && /^[a-z]:\.\.$/i.test(h[0] ?? "")) {
      if (e === "path" || r === "Link") return this.warn("TAR_ENTRY_ERROR", `${e} contains '..'`, { entry: t, [e]: i }), false;
      let a = R.posix.dirname(t.path), l = R.posix.normalize(R.posix.join(a, h.join("/")));
      if (l.startsWith("../") || l === "..") return this.warn("TAR_ENTRY_ERROR", `${e} escapes extraction directory`, { entry: t, [e]: i }), false;
    }
    return n && (t[e] = String(o), this.warn("TAR_ENTRY_INFO", `stripping ${n} from absolute ${e}`, { entry: t, [e]: i })), true;
  }
  [Fr](t) {
    let e = f(t.path), i = e.split("/");
    if (this.strip) {
      if (i.length < this.strip) return false;
      if (t.type === "Link") {
        let r = f(String(t.linkpath)).split("/");
        if (r.length >= this.strip) t.linkpath = r.slice(this.strip).join("/");
        else return false;
      }
      i.splice(0, this.strip), t.path = i.join("/");
    }
    if (isFinite(this.maxDepth) && i.length > this.maxDepth) return this.warn("TAR_ENTRY_ERROR", "path excessively deep", { entry: t, path: e, depth: i.length, maxDepth: this.maxDepth }), false;
    if (!this[Rs](t, "path") || !this[Rs](t, "linkpath")) return false;
    if (t.absolute = R.isAbsolute(t.path) ? f(R.resolve(t.path)) : f(R.resolve(this.cwd, t.path)), !this.preservePaths && typeof t.absolute == "string" && t.absolute.indexOf(this.cwd + "/") !== 0 && t.absolute !== this.cwd) return this.warn("TAR_ENTRY_ERROR", "path escaped extraction target", { entry: t, path: f(t.path), resolvedPath: t.absolute, cwd: this.cwd }), false;
    if (t.absolute === this.cwd && t.type !== "Directory" && t.type !== "GNUDumpDir") return false;
    if (this.win32) {
      let { root: r } = R.win32.parse(String(t.absolute));
      t.absolute = r + ts(String(t.absolute).slice(r.length));
      let { root: n } = R.win32.parse(t.path);
      t.path = n + ts(t.path.slice(n.length));
    }
    return true;
  }
  [Dr](t) {
    if (!this[Fr](t)) return t.resume();
    switch (co.equal(typeof t.absolute, "string"), t.type) {
      case "Directory":
      case "GNUDumpDir":
        t.mode && (t.mode = t.mode | 448);
      case "File":
      case "OldFile":
      case "ContiguousFile":
      case "Link":
      case "SymbolicLink":
        return this[_s](t);
      default:
        return this[Cr](t);
    }
  }
  [O](t, e) {
    t.name === "CwdError" ? this.emit("error", t) : (this.warn("TAR_ENTRY_ERROR", t, { entry: e }), this[$t](), e.resume());
  }
  [yt](t, e, i) {
    gr(f(t), { uid: this.uid, gid: this.gid, processUid: this.processUid, processGid: this.processGid, umask: this.processUmask, preserve: this.preservePaths, unlink: this.unlink, cwd: this.cwd, mode: e }, i);
  }
  [ge](t) {
    return this.forceChown || this.preserveOwner && (typeof t.uid == "number" && t.uid !== this.processUid || typeof t.gid == "number" && t.gid !== this.processGid) || typeof this.uid == "number" && this.uid !== this.processUid || typeof this.gid == "number" && this.gid !== this.processGid;
  }
  [be](t) {
    return vr(this.uid, t.uid, this.processUid);
  }
  [_e](t) {
    return vr(this.gid, t.gid, this.processGid);
  }
  [Ts](t, e) {
    let i = typeof t.mode == "number" ? t.mode & 4095 : this.fmode, r = new et(String(t.absolute), { flags: ms(t.size), mode: i, autoClose: false });
    r.on("error", (a) => {
      r.fd && u.close(r.fd, () => {
      }), r.write = () => true, this[O](a, t), e();
    });
    let n = 1, o = (a) => {
      if (a) {
        r.fd && u.close(r.fd, () => {
        }), this[O](a, t), e();
        return;
      }
      --n === 0 && r.fd !== void 0 && u.close(r.fd, (l) => {
        l ? this[O](l, t) : this[$t](), e();
      });
    };
    r.on("finish", () => {
      let a = String(t.absolute), l = r.fd;
      if (typeof l == "number" && t.mtime && !this.noMtime) {
        n++;
        let c = t.atime || /* @__PURE__ */ new Date(), d = t.mtime;
        u.futimes(l, c, d, (y) => y ? u.utimes(a, c, d, (T) => o(T && y)) : o());
      }
      if (typeof l == "number" && this[ge](t)) {
        n++;
        let c = this[be](t), d = this[_e](t);
        typeof c == "number" && typeof d == "number" && u.fchown(l, c, d, (y) => y ? u.chown(a, c, d, (T) => o(T && y)) : o());
      }
      o();
    });
    let h = this.transform && this.transform(t) || t;
    h !== t && (h.on("error", (a) => {
      this[O](a, t), e();
    }), t.pipe(h)), h.pipe(r);
  }
  [xs](t, e) {
    let i = typeof t.mode == "number" ? t.mode & 4095 : this.dmode;
    this[yt](String(t.absolute), i, (r) => {
      if (r) {
        this[O](r, t), e();
        return;
      }
      let n = 1, o = () => {
        --n === 0 && (e(), this[$t](), t.resume());
      };
      t.mtime && !this.noMtime && (n++, u.utimes(String(t.absolute), t.atime || /* @__PURE__ */ new Date(), t.mtime, o)), this[ge](t) && (n++, u.chown(String(t.absolute), Number(this[be](t)), Number(this[_e](t)), o)), o();
    });
  }
  [Cr](t) {
    t.unsupported = true, this.warn("TAR_ENTRY_UNSUPPORTED", `unsupported entry type: ${t.type}`, { entry: t }), t.resume();
  }
  [Ar](t, e) {
    let i = f(R.relative(this.cwd, R.resolve(R.dirname(String(t.absolute)), String(t.linkpath)))).split("/");
    this[Re](t, this.cwd, i, () => this[gi](t, String(t.linkpath), "symlink", e), (r) => {
      this[O](r, t), e();
    });
  }
  [Ir](t, e) {
    let i = f(R.resolve(this.cwd, String(t.linkpath))), r = f(String(t.linkpath)).split("/");
    this[Re](t, this.cwd, r, () => this[gi](t, i, "link", e), (n) => {
      this[O](n, t), e();
    });
  }
  [Re](t, e, i, r, n) {
    let o = i.shift();
    if (this.preservePaths || o === void 0) return r();
    let h = R.resolve(e, o);
    u.lstat(h, (a, l) => {
      if (a) return r();
      if (l?.isSymbolicLink()) return n(new St(h, R.resolve(h, i.join("/"))));
      this[Re](t, h, i, r, n);
    });
  }
  [kr]() {
    this[Ri]++;
  }
  [$t]() {
    this[Ri]--, this[bs]();
  }
  [Ls](t) {
    this[$t](), t.resume();
  }
  [Os](t, e) {
    return t.type === "File" && !this.unlink && e.isFile() && e.nlink <= 1 && !Te;
  }
  [_s](t) {
    this[kr]();
    let e = [t.path];
    t.linkpath && e.push(t.linkpath), this.reservations.reserve(e, (i) => this[Nr](t, i));
  }
  [Nr](t, e) {
    let i = (h) => {
      e(h);
    }, r = () => {
      this[yt](this.cwd, this.dmode, (h) => {
        if (h) {
          this[O](h, t), i();
          return;
        }
        this[Oe] = true, n();
      });
    }, n = () => {
      if (t.absolute !== this.cwd) {
        let h = f(R.dirname(String(t.absolute)));
        if (h !== this.cwd) return this[yt](h, this.dmode, (a) => {
          if (a) {
            this[O](a, t), i();
            return;
          }
          o();
        });
      }
      o();
    }, o = () => {
      u.lstat(String(t.absolute), (h, a) => {
        if (a && (this.keep || this.newer && a.mtime > (t.mtime ?? a.mtime))) {
          this[Ls](t), i();
          return;
        }
        if (h || this[Os](t, a)) return this[P](null, t, i);
        if (a.isDirectory()) {
          if (t.type === "Directory") {
            let l = this.chmod && t.mode && (a.mode & 4095) !== t.mode, c = (d) => this[P](d ?? null, t, i);
            return l ? u.chmod(String(t.absolute), Number(t.mode), c) : c();
          }
          if (t.absolute !== this.cwd) return u.rmdir(String(t.absolute), (l) => this[P](l ?? null, t, i));
        }
        if (t.absolute === this.cwd) return this[P](null, t, i);
        mo(String(t.absolute), (l) => this[P](l ?? null, t, i));
      });
    };
    this[Oe] ? n() : r();
  }
  [P](t, e, i) {
    if (t) {
      this[O](t, e), i();
      return;
    }
    switch (e.type) {
      case "File":
      case "OldFile":
      case "ContiguousFile":
        return this[Ts](e, i);
      case "Link":
        return this[Ir](e, i);
      case "SymbolicLink":
        return this[Ar](e, i);
      case "Directory":
      case "GNUDumpDir":
        return this[xs](e, i);
    }
  }
  [gi](t, e, i, r) {
    u[i](e, String(t.absolute), (n) => {
      n ? this[O](n, t) : (this[$t](), t.resume()), r();
    });
  }
};
var ye = (s3) => {
  try {
    return [null, s3()];
  } catch (t) {
    return [t, null];
  }
};
var xe = class extends Xt {
  sync = true;
  [P](t, e) {
    return super[P](t, e, () => {
    });
  }
  [_s](t) {
    if (!this[Oe]) {
      let n = this[yt](this.cwd, this.dmode);
      if (n) return this[O](n, t);
      this[Oe] = true;
    }
    if (t.absolute !== this.cwd) {
      let n = f(R.dirname(String(t.absolute)));
      if (n !== this.cwd) {
        let o = this[yt](n, this.dmode);
        if (o) return this[O](o, t);
      }
    }
    let [e, i] = ye(() => u.lstatSync(String(t.absolute)));
    if (i && (this.keep || this.newer && i.mtime > (t.mtime ?? i.mtime))) return this[Ls](t);
    if (e || this[Os](t, i)) return this[P](null, t);
    if (i.isDirectory()) {
      if (t.type === "Directory") {
        let o = this.chmod && t.mode && (i.mode & 4095) !== t.mode, [h] = o ? ye(() => {
          u.chmodSync(String(t.absolute), Number(t.mode));
        }) : [];
        return this[P](h, t);
      }
      let [n] = ye(() => u.rmdirSync(String(t.absolute)));
      this[P](n, t);
    }
    let [r] = t.absolute === this.cwd ? [] : ye(() => po(String(t.absolute)));
    this[P](r, t);
  }
  [Ts](t, e) {
    let i = typeof t.mode == "number" ? t.mode & 4095 : this.fmode, r = (h) => {
      let a;
      try {
        u.closeSync(n);
      } catch (l) {
        a = l;
      }
      (h || a) && this[O](h || a, t), e();
    }, n;
    try {
      n = u.openSync(String(t.absolute), ms(t.size), i);
    } catch (h) {
      return r(h);
    }
    let o = this.transform && this.transform(t) || t;
    o !== t && (o.on("error", (h) => this[O](h, t)), t.pipe(o)), o.on("data", (h) => {
      try {
        u.writeSync(n, h, 0, h.length);
      } catch (a) {
        r(a);
      }
    }), o.on("end", () => {
      let h = null;
      if (t.mtime && !this.noMtime) {
        let a = t.atime || /* @__PURE__ */ new Date(), l = t.mtime;
        try {
          u.futimesSync(n, a, l);
        } catch (c) {
          try {
            u.utimesSync(String(t.absolute), a, l);
          } catch {
            h = c;
          }
        }
      }
      if (this[ge](t)) {
        let a = this[be](t), l = this[_e](t);
        try {
          u.fchownSync(n, Number(a), Number(l));
        } catch (c) {
          try {
            u.chownSync(String(t.absolute), Number(a), Number(l));
          } catch {
            h = h || c;
          }
        }
      }
      r(h);
    });
  }
  [xs](t, e) {
    let i = typeof t.mode == "number" ? t.mode & 4095 : this.dmode, r = this[yt](String(t.absolute), i);
    if (r) {
      this[O](r, t), e();
      return;
    }
    if (t.mtime && !this.noMtime) try {
      u.utimesSync(String(t.absolute), t.atime || /* @__PURE__ */ new Date(), t.mtime);
    } catch {
    }
    if (this[ge](t)) try {
      u.chownSync(String(t.absolute), Number(this[be](t)), Number(this[_e](t)));
    } catch {
    }
    e(), t.resume();
  }
  [yt](t, e) {
    try {
      return _r(f(t), { uid: this.uid, gid: this.gid, processUid: this.processUid, processGid: this.processGid, umask: this.processUmask, preserve: this.preservePaths, unlink: this.unlink, cwd: this.cwd, mode: e });
    } catch (i) {
      return i;
    }
  }
  [Re](t, e, i, r, n) {
    if (this.preservePaths || i.length === 0) return r();
    let o = e;
    for (let h of i) {
      o = R.resolve(o, h);
      let [a, l] = ye(() => u.lstatSync(o));
      if (a) return r();
      if (l.isSymbolicLink()) return n(new St(o, R.resolve(e, i.join("/"))));
    }
    r();
  }
  [gi](t, e, i, r) {
    let n = `${i}Sync`;
    try {
      u[n](e, String(t.absolute)), r(), t.resume();
    } catch (o) {
      return this[O](o, t);
    }
  }
};
var Eo = (s3) => {
  let t = new xe(s3), e = s3.file, i = Br.statSync(e), r = s3.maxReadSize || 16 * 1024 * 1024;
  new Be(e, { readSize: r, size: i.size }).pipe(t);
};
var wo = (s3, t) => {
  let e = new Xt(s3), i = s3.maxReadSize || 16 * 1024 * 1024, r = s3.file;
  return new Promise((o, h) => {
    e.on("error", h), e.on("close", o), Br.stat(r, (a, l) => {
      if (a) h(a);
      else {
        let c = new _t(r, { readSize: i, size: l.size });
        c.on("error", h), c.pipe(e);
      }
    });
  });
};
var So = K(Eo, wo, (s3) => new xe(s3), (s3) => new Xt(s3), (s3, t) => {
  t?.length && Qi(s3, t);
});
var yo = (s3, t) => {
  let e = new kt(s3), i = true, r, n;
  try {
    try {
      r = v.openSync(s3.file, "r+");
    } catch (a) {
      if (a?.code === "ENOENT") r = v.openSync(s3.file, "w+");
      else throw a;
    }
    let o = v.fstatSync(r), h = Buffer.alloc(512);
    t: for (n = 0; n < o.size; n += 512) {
      for (let c = 0, d = 0; c < 512; c += d) {
        if (d = v.readSync(r, h, c, h.length - c, n + c), n === 0 && h[0] === 31 && h[1] === 139) throw new Error("cannot append to compressed archives");
        if (!d) break t;
      }
      let a = new F(h);
      if (!a.cksumValid) break;
      let l = 512 * Math.ceil((a.size || 0) / 512);
      if (n + l + 512 > o.size) break;
      n += l, s3.mtimeCache && a.mtime && s3.mtimeCache.set(String(a.path), a.mtime);
    }
    i = false, Ro(s3, e, n, r, t);
  } finally {
    if (i) try {
      v.closeSync(r);
    } catch {
    }
  }
};
var Ro = (s3, t, e, i, r) => {
  let n = new Wt(s3.file, { fd: i, start: e });
  t.pipe(n), bo(t, r);
};
var go = (s3, t) => {
  t = Array.from(t);
  let e = new wt(s3), i = (n, o, h) => {
    let a = (T, D) => {
      T ? v.close(n, (E) => h(T)) : h(null, D);
    }, l = 0;
    if (o === 0) return a(null, 0);
    let c = 0, d = Buffer.alloc(512), y = (T, D) => {
      if (T || D === void 0) return a(T);
      if (c += D, c < 512 && D) return v.read(n, d, c, d.length - c, l + c, y);
      if (l === 0 && d[0] === 31 && d[1] === 139) return a(new Error("cannot append to compressed archives"));
      if (c < 512) return a(null, l);
      let E = new F(d);
      if (!E.cksumValid) return a(null, l);
      let x = 512 * Math.ceil((E.size ?? 0) / 512);
      if (l + x + 512 > o || (l += x + 512, l >= o)) return a(null, l);
      s3.mtimeCache && E.mtime && s3.mtimeCache.set(String(E.path), E.mtime), c = 0, v.read(n, d, 0, 512, l, y);
    };
    v.read(n, d, 0, 512, l, y);
  };
  return new Promise((n, o) => {
    e.on("error", o);
    let h = "r+", a = (l, c) => {
      if (l && l.code === "ENOENT" && h === "r+") return h = "w+", v.open(s3.file, h, a);
      if (l || !c) return o(l);
      v.fstat(c, (d, y) => {
        if (d) return v.close(c, () => o(d));
        i(c, y.size, (T, D) => {
          if (T) return o(T);
          let E = new et(s3.file, { fd: c, start: D });
          e.pipe(E), E.on("error", o), E.on("close", n), _o(e, t);
        });
      });
    };
    v.open(s3.file, h, a);
  });
};
var bo = (s3, t) => {
  t.forEach((e) => {
    e.charAt(0) === "@" ? Ct({ file: Pr.resolve(s3.cwd, e.slice(1)), sync: true, noResume: true, onReadEntry: (i) => s3.add(i) }) : s3.add(e);
  }), s3.end();
};
var _o = async (s3, t) => {
  for (let e of t) e.charAt(0) === "@" ? await Ct({ file: Pr.resolve(String(s3.cwd), e.slice(1)), noResume: true, onReadEntry: (i) => s3.add(i) }) : s3.add(e);
  s3.end();
};
var vt = K(yo, go, () => {
  throw new TypeError("file is required");
}, () => {
  throw new TypeError("file is required");
}, (s3, t) => {
  if (!Bs(s3)) throw new TypeError("file is required");
  if (s3.gzip || s3.brotli || s3.zstd || s3.file.endsWith(".br") || s3.file.endsWith(".tbr")) throw new TypeError("cannot append to compressed archives");
  if (!t?.length) throw new TypeError("no paths specified to add/replace");
});
var Oo = K(vt.syncFile, vt.asyncFile, vt.syncNoFile, vt.asyncNoFile, (s3, t = []) => {
  vt.validate?.(s3, t), To(s3);
});
var To = (s3) => {
  let t = s3.filter;
  s3.mtimeCache || (s3.mtimeCache = /* @__PURE__ */ new Map()), s3.filter = t ? (e, i) => t(e, i) && !((s3.mtimeCache?.get(e) ?? i.mtime ?? 0) > (i.mtime ?? 0)) : (e, i) => !((s3.mtimeCache?.get(e) ?? i.mtime ?? 0) > (i.mtime ?? 0));
};

// src/render/schema.ts
var REFERENCES = /* @__PURE__ */ new Set(["$ref", "$dynamicRef", "$recursiveRef"]);
var KNOWN_DRAFTS = /^https?:\/\/json-schema\.org\/(schema|draft\/2020-12\/schema|draft\/2019-09\/schema|draft-07\/schema|draft-06\/schema|draft-04\/schema)#?$/;
var ARCHIVE_BUDGET = 100 * 1024 * 1024;
function schemaProblem(root, chartDirs, network, fetches = []) {
  const budget = { bytes: ARCHIVE_BUDGET };
  for (const chartDir of chartDirs) {
    for (const file of chartFiles(chartDir)) {
      const where = displayPath(root, file);
      if (file.endsWith(".tgz")) {
        const problem = archiveProblem(readFileSync(file), where, network, budget, 0, fetches);
        if (problem) return problem;
      } else {
        const problem = documentProblem(readFileSync(file, "utf8"), network, fetches);
        if (problem) return { file: where, message: problem };
      }
    }
  }
  return void 0;
}
function chartFiles(directory) {
  let entries;
  try {
    entries = readdirSync(directory, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return entries.filter((entry) => entry.isFile() && (entry.name === "values.schema.json" || entry.name.endsWith(".tgz") && entry.parentPath.split(sep).at(-1) === "charts")).map((entry) => join2(entry.parentPath, entry.name)).sort();
}
function archiveProblem(data, where, network, budget, depth, fetches) {
  const found = [];
  let tooLarge = false;
  let unreadable = data[0] !== 31 || data[1] !== 139;
  const parser = new rt({
    strict: true,
    onReadEntry: (entry) => {
      const keep = entry.type === "File" && (entry.path.endsWith("/values.schema.json") || entry.path === "values.schema.json" || entry.path.endsWith(".tgz"));
      const chunks = [];
      entry.on("data", (chunk) => {
        budget.bytes -= chunk.length;
        if (budget.bytes < 0) tooLarge = true;
        else if (keep) chunks.push(chunk);
      });
      entry.on("end", () => keep && found.push({ path: entry.path, data: Buffer.concat(chunks) }));
    }
  });
  parser.on("error", () => unreadable = true);
  try {
    if (!unreadable) parser.end(data);
  } catch {
    unreadable = true;
  }
  if (unreadable) return { file: where, message: "is not a chart archive helm can read, so its schemas cannot be checked" };
  if (tooLarge) return { file: where, message: `unpacks to more than ${ARCHIVE_BUDGET / 1024 / 1024} MiB, too much to check its schemas` };
  for (const entry of found) {
    if (entry.path.endsWith(".tgz")) {
      if (depth >= 5) return { file: where, message: `holds ${entry.path}, chart archives nested too deep to check` };
      const inner = archiveProblem(entry.data, where, network, budget, depth + 1, fetches);
      if (inner) return { file: where, message: `holds ${entry.path}, which ${inner.message}` };
      continue;
    }
    const why = documentProblem(entry.data.toString("utf8"), network, fetches);
    if (why) return { file: where, message: `holds ${entry.path}, which ${why}` };
  }
  return void 0;
}
function documentProblem(text2, network, fetches = []) {
  let schema;
  try {
    schema = JSON.parse(text2);
  } catch {
    return void 0;
  }
  const declared = /* @__PURE__ */ new Set();
  walk(schema, (key, value) => {
    if ((key === "$id" || key === "id") && isAbsoluteUrl(value)) declared.add(withoutFragment(value));
  });
  let problem;
  walk(schema, (key, value) => {
    if (problem !== void 0) return;
    if (REFERENCES.has(key)) problem = referenceProblem(value, declared, network, fetches);
    else if (key === "$schema") problem = metaSchemaProblem(value, network, fetches);
  });
  return problem;
}
function referenceProblem(reference, declared, network, fetches) {
  if (reference.startsWith("#")) return void 0;
  if (!isAbsoluteUrl(reference)) {
    return `refers to '${reference}', which helm resolves against file:///values.schema.json (or an $id): a file outside the chart, on the runner's disk; refer to '#/\u2026' within the schema`;
  }
  if (declared.has(withoutFragment(reference))) return void 0;
  return urlProblem(reference, network, "refers to", fetches);
}
function metaSchemaProblem(value, network, fetches) {
  if (KNOWN_DRAFTS.test(value)) return void 0;
  if (!isAbsoluteUrl(value)) return `has $schema '${value}', which helm would load from outside the chart`;
  return urlProblem(value, network, "has the $schema", fetches);
}
function urlProblem(url, network, verb, fetches) {
  const scheme = url.slice(0, url.indexOf(":")).toLowerCase();
  if (scheme === "urn") return void 0;
  if (scheme === "http" || scheme === "https") {
    if (network) fetches.push(withoutFragment(url));
    return network ? void 0 : `${verb} '${url}', which helm would fetch from the network, which is off (set allow-network to true, or refer to '#/\u2026' within the schema)`;
  }
  return `${verb} '${url}', outside the chart; helm would read it from the runner's disk`;
}
function walk(value, visit) {
  if (Array.isArray(value)) for (const item of value) walk(item, visit);
  else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (typeof item === "string") visit(key, item);
      else walk(item, visit);
    }
  }
}
function displayPath(root, file) {
  const inside = relative(root, file);
  return inside.startsWith(`..${sep}`) || isAbsolute2(inside) ? file : inside.split(sep).join("/");
}
function isAbsoluteUrl(value) {
  return /^[a-z][a-z0-9+.-]*:/i.test(value);
}
function withoutFragment(url) {
  const hash2 = url.indexOf("#");
  return hash2 < 0 ? url : url.slice(0, hash2);
}

// src/render/confine.ts
var RenderRefusal = class extends Error {
  location;
  constructor(problem) {
    super(`${problem.file}:${problem.line}: ${problem.message}`);
    this.location = { file: problem.file, line: problem.line };
  }
};
var BASE_FIELDS = ["resources", "bases", "components", "generators", "transformers", "validators"];
var CONFIG_FIELDS = /* @__PURE__ */ new Set(["generators", "transformers", "validators"]);
var FILE_FIELDS = ["crds", "configurations", "patchesStrategicMerge"];
var PATH_LIST_FIELDS = ["patches", "patchesJson6902", "replacements"];
var GENERATOR_FIELDS = ["configMapGenerator", "secretGenerator"];
function kustomizeProblem(root, target, fence) {
  const queue = [resolve(root, target)];
  const seen = /* @__PURE__ */ new Set();
  while (queue.length) {
    const directory = queue.shift();
    if (seen.has(directory)) continue;
    seen.add(directory);
    for (const file of KUSTOMIZATION_FILES.map((name) => join3(directory, name)).filter((candidate) => isFile(candidate))) {
      const problem = kustomizationProblem(root, directory, file, fence, queue);
      if (problem) return problem;
    }
  }
  return void 0;
}
function kustomizationProblem(root, directory, file, fence, queue) {
  const where = repoPath(root, file);
  const text2 = readFileSync2(file, "utf8");
  const read = readYamlTree(text2);
  if ("error" in read) {
    const risk = unreadableRisk(text2);
    if (risk) return { file: where, line: read.line, message: `cannot be read as kustomize would read it (${read.error}), and it holds '${risk}', which could lead a tool out of the repository; it is not passed to kustomize` };
    queue.push(...nestedKustomizations(directory));
    return void 0;
  }
  const context = { network: fence.network, fetches: fence.fetches };
  const tree = { root, directory, where, fence, context, queue };
  for (const spec of read.documents) {
    const problem = baseEntriesProblem(spec, tree) ?? fileEntriesProblem(spec, tree) ?? helmProblem(root, directory, spec, where, fence, context);
    if (problem) return problem;
  }
  return void 0;
}
function baseEntriesProblem(spec, tree) {
  const { root, directory, where, fence, context } = tree;
  const at3 = (line, message) => ({ file: where, line, message });
  for (const field2 of BASE_FIELDS) {
    for (const item of listItems(spec, field2)) {
      const entry = scalar(item);
      if (typeof entry !== "string" || entry === "") continue;
      if (CONFIG_FIELDS.has(field2) && isInlineConfig(entry)) {
        const firstLine = item.kind === "scalar" && item.block ? item.line + 1 : item.line;
        const problem2 = configProblem(entry, { root, directory, file: where, firstLine, label: `${field2} entry` }, context);
        if (problem2) return problem2;
        continue;
      }
      const problem = entryProblem(root, directory, field2, entry, "base", fence);
      if (problem) return at3(item.line, problem);
      if (remoteReference(entry, "base")) continue;
      const path = resolve(directory, entry);
      const config = CONFIG_FIELDS.has(field2) ? configFileProblem(tree, path, field2, entry, item.line) : void 0;
      if (config) return config;
      tree.queue.push(path);
    }
  }
  return void 0;
}
function fileEntriesProblem(spec, tree) {
  for (const { field: field2, item } of fileEntries(spec)) {
    const entry = scalar(item);
    if (typeof entry !== "string" || entry === "" || entry.includes("\n")) continue;
    const problem = entryProblem(tree.root, tree.directory, field2, entry, "file", tree.fence);
    if (problem) return { file: tree.where, line: item.line, message: problem };
  }
  return void 0;
}
function entryProblem(root, directory, field2, entry, kind, fence) {
  const remote = remoteReference(entry, kind);
  if (remote) {
    const problem = remoteProblem(entry, remote, fence.network);
    if (!problem) fence.fetches?.push(...remoteUrls(entry, kind));
    return problem && `${field2} entry ${problem}`;
  }
  if (outside(root, resolve(directory, entry))) return `${field2} entry '${entry}' is outside the repository; kustomize would read it from the runner's disk`;
  return void 0;
}
function fileEntries(spec) {
  const entries = [];
  const add2 = (field2, values) => entries.push(...values.map((item) => ({ field: field2, item })));
  for (const field2 of FILE_FIELDS) add2(field2, listItems(spec, field2));
  for (const field2 of PATH_LIST_FIELDS) for (const item of listItems(spec, field2)) add2(`${field2}.path`, fieldValues(item, "path"));
  for (const field2 of GENERATOR_FIELDS) {
    for (const generator of listItems(spec, field2)) {
      for (const item of listItems(generator, "files")) {
        const value = scalar(item);
        add2(`${field2}.files`, [typeof value === "string" ? { kind: "scalar", value: value.slice(value.indexOf("=") + 1), line: item.line } : item]);
      }
      add2(`${field2}.envs`, listItems(generator, "envs"));
      add2(`${field2}.env`, fieldValues(generator, "env"));
    }
  }
  for (const openapi of fieldValues(spec, "openapi")) add2("openapi.path", fieldValues(openapi, "path"));
  for (const chart of [...listItems(spec, "helmCharts"), ...listItems(spec, "helmChartInflationGenerator")]) {
    add2("helmCharts.valuesFile", [...fieldValues(chart, "valuesFile"), ...fieldValues(chart, "values")]);
    add2("helmCharts.additionalValuesFiles", listItems(chart, "additionalValuesFiles"));
    add2("helmGlobals.chartHome", fieldValues(chart, "chartHome"));
  }
  for (const globals of fieldValues(spec, "helmGlobals")) add2("helmGlobals.chartHome", fieldValues(globals, "chartHome"));
  return entries;
}
function helmProblem(root, directory, spec, where, fence, context) {
  const charts = listItems(spec, "helmCharts");
  const legacy = listItems(spec, "helmChartInflationGenerator");
  const globals = fieldValues(spec, "helmGlobals");
  const found = [
    ...charts.flatMap((chart, index) => chartProblems(chart, `helmCharts[${index}]`, context)),
    ...legacy.flatMap((chart, index) => legacyChartProblems(chart, `helmChartInflationGenerator[${index}]`, context)),
    ...globals.flatMap((value) => globalsProblems(value, "helmGlobals", context))
  ];
  if (fence.helm) {
    for (const namespace2 of fieldValues(spec, "namespace")) {
      const problem = namespaceProblem(scalar(namespace2));
      if (problem) found.push({ line: namespace2.line, message: `namespace '${String(scalar(namespace2))}' ${problem}; kustomize hands it to helm as --namespace` });
    }
  }
  if (found.length) return { file: where, ...found[0] };
  if (!fence.helm) return void 0;
  return chartSchemaProblem(root, directory, [...charts, ...legacy], [...globals, ...legacy], fence.network, fence.fetches);
}
function chartSchemaProblem(root, directory, charts, homeHolders, network, fetches) {
  const first = (value, names) => names.flatMap((name) => fieldValues(value, name)).map(scalar).find((item) => typeof item === "string" && item !== "");
  const home = homeHolders.map((holder) => first(holder, ["chartHome"])).find((value) => value !== void 0) ?? "charts";
  const chartDirs = charts.flatMap((chart) => {
    const [name, version2] = [first(chart, ["name", "chartName"]), first(chart, ["version", "chartVersion"])];
    if (name === void 0) return [];
    return [resolve(directory, home, name), ...version2 === void 0 ? [] : [resolve(directory, home, `${name}-${version2}`, name)]];
  });
  const schema = schemaProblem(root, chartDirs.filter((chartDir) => !outside(root, chartDir) && existsSync(chartDir)), network, fetches);
  return schema && { file: schema.file, line: 1, message: schema.message };
}
function isInlineConfig(entry) {
  if (entry.includes("\n")) return true;
  const read = readYamlTree(entry);
  return "documents" in read && read.documents.some((document) => document.kind === "map");
}
var PLUGIN_PATH_KEYS = /* @__PURE__ */ new Set(["path", "paths", "files", "envs", "env", "valuesfile", "additionalvaluesfiles", "charthome"]);
function configProblem(text2, config, context) {
  const { root, directory, file, firstLine, label } = config;
  const at3 = (line, message) => ({ file, line: firstLine + line - 1, message });
  const read = readYamlTree(text2);
  if ("error" in read) return at3(read.line, `${label} cannot be read as kustomize would read it (${read.error}), so it is not passed to kustomize`);
  for (const document of read.documents) {
    for (const { key, item } of pluginPaths(document)) {
      const value = scalar(item);
      if (typeof value !== "string" || value === "" || value.includes("\n")) continue;
      const path = foldKey(key) === "files" ? value.slice(value.indexOf("=") + 1) : value;
      const remote = remoteReference(path, "file");
      const problem2 = remote ? remoteProblem(path, remote, context.network) : outside(root, resolve(directory, path)) ? `'${path}' is outside the repository; kustomize would read it from the runner's disk` : void 0;
      if (problem2) return at3(item.line, `${label} ${key} ${problem2}`);
      if (remote) context.fetches?.push(...remoteUrls(path, "file"));
    }
    const kinds = fieldValues(document, "kind").map(scalar);
    if (!kinds.some((kind) => typeof kind === "string" && kind.toLowerCase() === "helmchartinflationgenerator")) continue;
    const [problem] = generatorConfigProblems(document, `${label} HelmChartInflationGenerator`, context);
    if (problem) return at3(problem.line, problem.message);
  }
  return void 0;
}
function pluginPaths(value) {
  if (value.kind === "list") return value.items.flatMap(pluginPaths);
  if (value.kind !== "map") return [];
  return value.entries.flatMap(({ key, value: child }) => {
    if (!PLUGIN_PATH_KEYS.has(foldKey(key))) return pluginPaths(child);
    return child.kind === "list" ? child.items.map((item) => ({ key, item })) : [{ key, item: child }];
  });
}
function configFileProblem(tree, path, field2, entry, line) {
  let info;
  try {
    info = statSync(path);
  } catch {
    return void 0;
  }
  if (info.isDirectory()) {
    if (!tree.fence.helm) return void 0;
    const message = `${field2} entry '${entry}' is a directory: with helmCharts enabled, the configs a kustomization there builds could run helm with fields no one checked; list the config files instead`;
    return { file: tree.where, line, message };
  }
  const config = { root: tree.root, directory: tree.directory, file: repoPath(tree.root, path), firstLine: 1, label: `${field2} entry '${entry}':` };
  return configProblem(readFileSync2(path, "utf8"), config, tree.context);
}
function unreadableRisk(text2) {
  const folded = text2.toLowerCase().replaceAll("\u017F", "s");
  const risky = /:\/\/|::|@|github\.com|helm|generators|transformers|validators|openapi|\.\.|\\|!|%|binary|(?:^|[\s[{,"'?-])\//m.exec(folded);
  return risky?.[0].trim();
}
function nestedKustomizations(directory) {
  return readdirSync2(directory, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && KUSTOMIZATION_FILES.includes(entry.name) && entry.parentPath !== directory).map((entry) => entry.parentPath);
}
function isFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
function outside(root, path) {
  const inside = relative2(root, path);
  return inside === ".." || inside.startsWith(`..${sep2}`) || isAbsolute3(inside);
}
function repoPath(root, path) {
  return relative2(root, path).split(sep2).join("/");
}

// src/render/dependencies.ts
import { existsSync as existsSync2, readdirSync as readdirSync3, readFileSync as readFileSync3 } from "node:fs";
import { isAbsolute as isAbsolute4, join as join4, relative as relative3, resolve as resolve2, sep as sep3 } from "node:path";
import { join as joinPosix, normalize } from "node:path/posix";

// src/render/exec.ts
import { spawn } from "node:child_process";
import { debuglog } from "node:util";
var STDERR_KEEP_BYTES = 64 * 1024;
var OFFLINE_ENV = {
  HTTP_PROXY: "http://127.0.0.1:9",
  HTTPS_PROXY: "http://127.0.0.1:9",
  http_proxy: "http://127.0.0.1:9",
  https_proxy: "http://127.0.0.1:9",
  NO_PROXY: "",
  no_proxy: "",
  GIT_ALLOW_PROTOCOL: "",
  GIT_TERMINAL_PROMPT: "0"
};
var ONLINE_ENV = { GIT_ALLOW_PROTOCOL: "https", GIT_TERMINAL_PROMPT: "0" };
var PASSED_ENV = /^(PATH|Path|PATHEXT|HOME|USERPROFILE|TMPDIR|TMP|TEMP|LANG|LC_\w+|TZ|SystemRoot|SYSTEMROOT|ComSpec|APPDATA|LOCALAPPDATA|XDG_(CONFIG|CACHE|DATA)_HOME|HELM_(CACHE|CONFIG|DATA)_HOME|KUSTOMIZE_PLUGIN_HOME|HTTPS?_PROXY|https?_proxy|NO_PROXY|no_proxy|SSL_CERT_(FILE|DIR))$/;
function toolEnvironment(env, network) {
  const passed = Object.fromEntries(Object.entries(env).filter(([name]) => PASSED_ENV.test(name)));
  return { ...passed, ...network ? ONLINE_ENV : OFFLINE_ENV };
}
var debug = debuglog("kube-policy-gate");
var isolation;
function networkIsolation() {
  isolation ??= probeIsolation().then((found) => {
    debug("%s", found.note);
    return found;
  });
  return isolation;
}
async function probeIsolation() {
  if (process.platform !== "linux") return { note: `tools run offline by validation only: no network namespaces on ${process.platform}` };
  const unshare = findTool("unshare");
  if (!unshare) return { note: "tools run offline by validation only: util-linux unshare is not installed" };
  const prefix = [unshare, "--net", "--map-root-user", "--"];
  const works = await new Promise((resolve13) => {
    const child = spawn(unshare, [...prefix.slice(1), unshare, "--version"], { stdio: "ignore", env: { PATH: process.env.PATH ?? "" }, timeout: 1e4 });
    child.on("error", () => resolve13(false));
    child.on("close", (code) => resolve13(code === 0));
  });
  if (!works) return { note: `tools run offline by validation only: '${prefix.join(" ")}' is not permitted here (no unprivileged user namespaces)` };
  return { prefix, note: `tools run offline in a network namespace of their own (${prefix.join(" ")})` };
}
function isolatedCommand(command, args, prefix) {
  return prefix ? [prefix[0], [...prefix.slice(1), command, ...args]] : [command, args];
}
async function execTool(command, args, options) {
  const network = options.network ?? false;
  const [file, argv] = isolatedCommand(command, args, network ? void 0 : (await networkIsolation()).prefix);
  return new Promise((resolve13, reject) => {
    const group = process.platform !== "win32";
    const child = spawn(file, argv, {
      cwd: options.cwd,
      env: toolEnvironment(process.env, network),
      stdio: ["ignore", "pipe", "pipe"],
      detached: group,
      windowsHide: true
    });
    const stdout = [];
    let stdoutBytes = 0;
    let stderr = Buffer.alloc(0);
    let settled = false;
    const finish = (result, keepStdout) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve13({ ...result, stdout: keepStdout ? Buffer.concat(stdout).toString("utf8") : "", stderr: stderr.toString("utf8") });
    };
    const stop = (reason) => {
      kill(child.pid, group);
      stdout.length = 0;
      finish({ code: null, timedOut: reason === "timedOut", overflowed: reason === "overflowed" }, false);
    };
    const timer = setTimeout(() => stop("timedOut"), options.timeoutMs);
    child.stdout.on("data", (chunk) => {
      if (settled) return;
      stdoutBytes += chunk.length;
      if (stdoutBytes > options.maxOutputBytes) stop("overflowed");
      else stdout.push(chunk);
    });
    child.stderr.on("data", (chunk) => {
      const joined = Buffer.concat([stderr, chunk]);
      stderr = joined.length > STDERR_KEEP_BYTES ? joined.subarray(joined.length - STDERR_KEEP_BYTES) : joined;
    });
    child.on("error", (error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code) => finish({ code, timedOut: false, overflowed: false }, true));
  });
}
function kill(pid, group) {
  if (pid === void 0) return;
  try {
    process.kill(group ? -pid : pid, "SIGKILL");
  } catch {
  }
}
function trimStderr(stderr, maxLength = 1500) {
  const text2 = stderr.trim();
  return text2.length <= maxLength ? text2 : `\u2026${text2.slice(text2.length - maxLength)}`;
}
function offlineHint(stderr, network) {
  if (network || !/127\.0\.0\.1:9\b|git fetch|transport '\w+' not allowed|network is unreachable|no such host/i.test(stderr)) return "";
  return " (it tried to reach the network, which is off: set allow-network to true to fetch remote bases or charts)";
}
function stoppedReason(result, label, options) {
  if (result.timedOut) return `${label} timed out after ${options.timeoutMs / 1e3}s (render-timeout)`;
  if (result.overflowed) return `${label} printed more than ${formatBytes(options.maxOutputBytes)} and was stopped (max-render-bytes)`;
  return void 0;
}
function formatBytes(bytes2) {
  const units = ["bytes", "KiB", "MiB", "GiB"];
  let value = bytes2;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1 && value % 1024 === 0) {
    value /= 1024;
    unit++;
  }
  return `${value} ${units[unit]}`;
}

// src/render/netguard.ts
import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";
var RANGES = [
  { name: "a loopback address", network: "127.0.0.0", prefix: 8, family: "ipv4" },
  { name: "a loopback address", network: "::1", prefix: 128, family: "ipv6" },
  { name: "a link-local address (where cloud metadata services answer)", network: "169.254.0.0", prefix: 16, family: "ipv4" },
  { name: "a link-local address", network: "fe80::", prefix: 10, family: "ipv6" },
  { name: "a private address", network: "10.0.0.0", prefix: 8, family: "ipv4" },
  { name: "a private address", network: "172.16.0.0", prefix: 12, family: "ipv4" },
  { name: "a private address", network: "192.168.0.0", prefix: 16, family: "ipv4" },
  { name: "a private (unique local) address", network: "fc00::", prefix: 7, family: "ipv6" },
  { name: "a carrier-grade NAT address", network: "100.64.0.0", prefix: 10, family: "ipv4" },
  { name: "an address of 'this network' (0.0.0.0/8)", network: "0.0.0.0", prefix: 8, family: "ipv4" },
  { name: "the unspecified address", network: "::", prefix: 128, family: "ipv6" },
  { name: "a multicast address", network: "224.0.0.0", prefix: 4, family: "ipv4" },
  { name: "a multicast address", network: "ff00::", prefix: 8, family: "ipv6" },
  { name: "a reserved address", network: "240.0.0.0", prefix: 4, family: "ipv4" },
  { name: "an IETF protocol address (192.0.0.0/24)", network: "192.0.0.0", prefix: 24, family: "ipv4" },
  { name: "a benchmarking address (198.18.0.0/15)", network: "198.18.0.0", prefix: 15, family: "ipv4" },
  { name: "a site-local address", network: "fec0::", prefix: 10, family: "ipv6" },
  { name: "an IPv4-compatible IPv6 address", network: "::", prefix: 96, family: "ipv6" }
];
var LISTS = RANGES.map((range) => {
  const list3 = new BlockList();
  list3.addSubnet(range.network, range.prefix, range.family);
  return { name: range.name, list: list3 };
});
function addressRange(address) {
  const family = isIP(address);
  if (family === 0) return "not an IP address";
  const type = family === 4 ? "ipv4" : "ipv6";
  const found = LISTS.find(({ list: list3 }) => list3.check(address, type))?.name;
  if (found || family === 4) return found;
  const nat64 = embeddedNat64(address);
  return nat64 ? addressRange(nat64) : void 0;
}
function embeddedNat64(address) {
  const canonical = new URL(`http://[${address}]/`).hostname.slice(1, -1);
  const match = /^64:ff9b::(?:([0-9a-f]{1,4}):)?([0-9a-f]{1,4})$/.exec(canonical);
  if (!match) return void 0;
  const value = (parseInt(match[1] ?? "0", 16) << 16) + parseInt(match[2], 16);
  return [24, 16, 8, 0].map((shift) => value >>> shift & 255).join(".");
}
var LOOKUP_TIMEOUT_MS = 3e4;
var systemLookup = (host) => {
  let timer;
  const timeout = new Promise((_2, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(`lookup of ${host} timed out`), { code: `no answer in ${LOOKUP_TIMEOUT_MS / 1e3}s` })), LOOKUP_TIMEOUT_MS);
  });
  return Promise.race([lookup(host, { all: true, verbatim: true }), timeout]).finally(() => clearTimeout(timer));
};
function urlHost(url) {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(url)?.[1]?.toLowerCase();
  if (scheme !== "http" && scheme !== "https" && scheme !== "oci") return void 0;
  try {
    const host = new URL(scheme === "oci" ? `https${url.slice(3)}` : url).hostname;
    return host.startsWith("[") ? host.slice(1, -1) : host || void 0;
  } catch {
    return void 0;
  }
}
async function fetchProblem(url, allowHosts, resolveHost = systemLookup) {
  const host = urlHost(url);
  if (host === void 0) return `'${url}' is not an http(s):// or oci:// URL with a host; nothing else is fetched`;
  if (allowHosts.some((allowed) => sameHost(allowed, host))) return void 0;
  const allow = `list the host in the workflow's allow-network-hosts input (allow-network-hosts: ${host}) if the gate is meant to reach it`;
  let addresses;
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = (await resolveHost(host)).map((answer) => answer.address);
    } catch (error) {
      const code = error.code;
      return `'${url}' was not fetched: its host ${host} could not be resolved to check where it leads (${typeof code === "string" ? code : String(error)})`;
    }
  }
  for (const address of addresses) {
    const range = addressRange(address);
    if (range) return `'${url}' was not fetched: ${host === address ? host : `its host ${host} resolves to ${address}, which`} is ${range}; ${allow}`;
  }
  return void 0;
}
function sameHost(allowed, host) {
  const clean = allowed.trim().toLowerCase().replace(/^\[(.*)\]$/, "$1").replace(/\.$/, "");
  return clean !== "" && clean === host.toLowerCase().replace(/\.$/, "");
}
async function guardFetches(urls, allowHosts = [], resolveHost) {
  for (const url of new Set(urls)) {
    const problem = await fetchProblem(url, allowHosts, resolveHost);
    if (problem) throw new Error(problem);
  }
}

// src/render/dependencies.ts
var METADATA_FILES = ["Chart.yaml", "requirements.yaml"];
var LOCK_FILES = ["Chart.lock", "requirements.lock"];
var builds = /* @__PURE__ */ new Map();
function buildDependencies(chartPath, context) {
  const chartDir = resolve2(context.root, chartPath);
  let build2 = builds.get(chartDir);
  if (!build2) {
    build2 = build_(chartDir, chartPath, context);
    builds.set(chartDir, build2);
  }
  return build2;
}
async function build_(chartDir, chartPath, context) {
  const missing = dependencies(chartDir, METADATA_FILES).filter((dependency) => !isVendored(chartDir, dependency.name));
  if (!missing.length) return;
  const problem = dependencyProblem(context.root, chartDir, chartPath, context.allowNetwork);
  if (problem) throw new RenderRefusal(problem);
  const helm = findTool("helm");
  if (!helm) throw new Error("`helm` was not found on PATH; install Helm (scripts/install-tools.sh does)");
  const listed = dependencies(chartDir, [...METADATA_FILES, ...LOCK_FILES]);
  const local = listed.every((dependency) => dependency.repository?.startsWith("file://"));
  if (context.allowNetwork && !local) {
    for (const dependency of listed.filter((entry) => /^(https?|oci):\/\//i.test(entry.repository ?? ""))) {
      const refused2 = await fetchProblem(dependency.repository, context.allowNetworkHosts ?? []);
      if (refused2) throw new RenderRefusal({ file: posix(join4(chartPath, dependency.file)), line: dependency.line, message: `dependency '${dependency.name}': ${refused2}` });
    }
  }
  const args = ["dependency", "build", ...local || !context.allowNetwork ? ["--skip-refresh"] : [], "--", chartDir];
  const limits = { timeoutMs: context.timeoutMs, maxOutputBytes: context.maxRenderBytes };
  const result = await execTool(helm, args, { cwd: context.root, ...limits, network: context.allowNetwork });
  const stopped = stoppedReason(result, "helm dependency build", limits);
  if (stopped) throw new Error(stopped);
  if (result.code !== 0) {
    throw new Error(`helm dependency build failed${offlineHint(result.stderr, context.allowNetwork)}: ${trimStderr(result.stderr.replaceAll(`${context.root}/`, ""))}`);
  }
}
function dependencyProblem(root, chartDir, chartPath, network) {
  const unreadable = [...METADATA_FILES, ...LOCK_FILES].find((file) => existsSync2(join4(chartDir, file)) && "error" in readYamlTree(readFileSync3(join4(chartDir, file), "utf8")));
  if (unreadable) return { file: posix(join4(chartPath, unreadable)), line: 1, message: `cannot be read as helm would read it, so its dependencies are not built` };
  const unfetched = [];
  for (const dependency of dependencies(chartDir, [...METADATA_FILES, ...LOCK_FILES])) {
    const at3 = (message2) => ({ file: posix(join4(chartPath, dependency.file)), line: dependency.line, message: message2 });
    const repository = dependency.repository ?? "";
    const named = `dependency '${dependency.name}'${dependency.version ? ` ${dependency.version}` : ""}`;
    if (!isChartName(dependency.name)) return at3(`dependency name '${dependency.name}' is not a chart name (letters, digits, '.', '_' and '-')`);
    if (dependency.version !== void 0 && !isChartVersion(dependency.version)) return at3(`${named}: '${dependency.version}' is not a chart version or version range`);
    if (repository.toLowerCase().startsWith("file://")) {
      const path = resolve2(chartDir, repository.slice("file://".length));
      const inside = relative3(root, path);
      if (inside === ".." || inside.startsWith(`..${sep3}`) || isAbsolute4(inside)) {
        return at3(`${named} of ${chartPath} is ${repository}, which is outside the repository; vendor it into ${chartPath}/charts/`);
      }
      if (!existsSync2(join4(path, "Chart.yaml"))) return at3(`${named} of ${chartPath} is ${repository}, where there is no chart (${inside.split(sep3).join("/")}/Chart.yaml)`);
    } else if (!network) {
      if (!isVendored(chartDir, dependency.name) && !unfetched.some((other) => other.name === dependency.name)) unfetched.push(dependency);
    } else if (!/^(https?|oci):\/\/[^/\s]\S*$/i.test(repository) && !/^(@|alias:)[A-Za-z0-9][A-Za-z0-9._-]*$/.test(repository)) {
      return at3(`${named} of ${chartPath} comes from '${repository}', which is not an http(s):// or oci:// repository`);
    }
  }
  const [first] = unfetched;
  if (!first) return void 0;
  const fix = `set allow-network to true to fetch ${unfetched.length === 1 ? "it" : "them"}, or vendor ${unfetched.length === 1 ? "it" : "them"} into ${chartPath}/charts/`;
  const version2 = (dependency) => dependency.version ? ` ${dependency.version}` : "";
  const message = unfetched.length === 1 ? `dependency '${first.name}'${version2(first)} of ${chartPath} comes from ${first.repository || "no repository"} and the network is off: ${fix}` : `dependencies ${unfetched.map((dependency) => `'${dependency.name}'${version2(dependency)} from ${dependency.repository || "no repository"}${dependency === first ? "" : ` (${dependency.file}:${dependency.line})`}`).join(", ")} of ${chartPath} are not vendored and the network is off: ${fix}`;
  return { file: posix(join4(chartPath, first.file)), line: first.line, message };
}
function dependencies(chartDir, files) {
  const found = [];
  for (const file of files) {
    let text2;
    try {
      text2 = readFileSync3(join4(chartDir, file), "utf8");
    } catch {
      continue;
    }
    const read = readYamlTree(text2);
    if ("error" in read) continue;
    for (const entry of listItems(read.documents[0], "dependencies")) {
      const text3 = (field2) => fieldValues(entry, field2).map(scalar).find((value) => value !== null && value !== void 0);
      const name = text3("name");
      if (name === void 0) continue;
      const [alias, version2, repository] = [text3("alias"), text3("version"), text3("repository")];
      found.push({
        name: String(name),
        ...alias !== void 0 && { alias: String(alias) },
        ...version2 !== void 0 && { version: String(version2) },
        ...repository !== void 0 && { repository: String(repository) },
        file,
        line: entry.line
      });
    }
  }
  return found;
}
function isVendored(chartDir, name) {
  let entries;
  try {
    entries = readdirSync3(join4(chartDir, "charts"));
  } catch {
    return false;
  }
  return entries.some((entry) => entry === name || entry.startsWith(`${name}-`) && entry.endsWith(".tgz"));
}
function fileDependencyDirs(root, chartDir) {
  return dependencies(chartDir, [...METADATA_FILES, ...LOCK_FILES]).filter((dependency) => dependency.repository?.toLowerCase().startsWith("file://")).map((dependency) => resolve2(chartDir, dependency.repository.slice("file://".length))).filter((directory) => {
    const inside = relative3(root, directory);
    return !(inside === ".." || inside.startsWith(`..${sep3}`) || isAbsolute4(inside));
  });
}
function fileDependencyFile(root, chartPath, withinChart) {
  const match = /^charts\/([^/]+)\/(.+)$/.exec(withinChart);
  if (!match) return void 0;
  const [, name, rest] = match;
  const repository = dependencies(resolve2(root, chartPath), METADATA_FILES).find((dependency) => (dependency.alias ?? dependency.name) === name)?.repository;
  if (!repository?.startsWith("file://") || repository.startsWith("file:///")) return void 0;
  const directory = normalize(joinPosix(chartPath, repository.slice("file://".length))).replace(/\/+$/, "");
  if (directory === ".." || directory.startsWith("../") || isAbsolute4(directory)) return void 0;
  if (existsSync2(resolve2(root, directory, rest))) return joinPosix(directory, rest);
  return fileDependencyFile(root, directory, rest);
}
function posix(path) {
  return path.split(sep3).join("/");
}

// src/render/apiversions.ts
var SERVED = {
  v1: [
    ["Binding", 0],
    ["ComponentStatus", 0],
    ["ConfigMap", 0],
    ["Endpoints", 0],
    ["Event", 0],
    ["LimitRange", 0],
    ["Namespace", 0],
    ["Node", 0],
    ["PersistentVolume", 0],
    ["PersistentVolumeClaim", 0],
    ["Pod", 0],
    ["PodTemplate", 0],
    ["ReplicationController", 0],
    ["ResourceQuota", 0],
    ["Secret", 0],
    ["Service", 0],
    ["ServiceAccount", 0]
  ],
  "admissionregistration.k8s.io/v1": [["MutatingWebhookConfiguration", 16], ["ValidatingWebhookConfiguration", 16], ["ValidatingAdmissionPolicy", 30], ["ValidatingAdmissionPolicyBinding", 30]],
  "admissionregistration.k8s.io/v1beta1": [["MutatingWebhookConfiguration", 9, 22], ["ValidatingWebhookConfiguration", 9, 22]],
  "apiextensions.k8s.io/v1": [["CustomResourceDefinition", 16]],
  "apiextensions.k8s.io/v1beta1": [["CustomResourceDefinition", 7, 22]],
  "apiregistration.k8s.io/v1": [["APIService", 10]],
  "apiregistration.k8s.io/v1beta1": [["APIService", 7, 22]],
  "apps/v1": [["ControllerRevision", 9], ["DaemonSet", 9], ["Deployment", 9], ["ReplicaSet", 9], ["StatefulSet", 9]],
  "apps/v1beta1": [["ControllerRevision", 7, 16], ["Deployment", 6, 16], ["ReplicaSet", 6, 16], ["StatefulSet", 5, 16]],
  "apps/v1beta2": [["ControllerRevision", 8, 16], ["DaemonSet", 8, 16], ["Deployment", 8, 16], ["ReplicaSet", 8, 16], ["StatefulSet", 8, 16]],
  "authentication.k8s.io/v1": [["TokenReview", 6], ["SelfSubjectReview", 28]],
  "authentication.k8s.io/v1beta1": [["TokenReview", 3, 22]],
  "authorization.k8s.io/v1": [["LocalSubjectAccessReview", 6], ["SelfSubjectAccessReview", 6], ["SelfSubjectRulesReview", 8], ["SubjectAccessReview", 6]],
  "authorization.k8s.io/v1beta1": [["LocalSubjectAccessReview", 3, 22], ["SelfSubjectAccessReview", 3, 22], ["SubjectAccessReview", 3, 22]],
  "autoscaling/v1": [["HorizontalPodAutoscaler", 2]],
  "autoscaling/v2": [["HorizontalPodAutoscaler", 23]],
  "autoscaling/v2beta1": [["HorizontalPodAutoscaler", 8, 25]],
  "autoscaling/v2beta2": [["HorizontalPodAutoscaler", 12, 26]],
  "batch/v1": [["Job", 2], ["CronJob", 21]],
  "batch/v1beta1": [["CronJob", 8, 25]],
  "certificates.k8s.io/v1": [["CertificateSigningRequest", 19]],
  "certificates.k8s.io/v1beta1": [["CertificateSigningRequest", 6, 22]],
  "coordination.k8s.io/v1": [["Lease", 14]],
  "coordination.k8s.io/v1beta1": [["Lease", 12, 22]],
  "discovery.k8s.io/v1": [["EndpointSlice", 21]],
  "discovery.k8s.io/v1beta1": [["EndpointSlice", 17, 25]],
  "events.k8s.io/v1": [["Event", 19]],
  "events.k8s.io/v1beta1": [["Event", 8, 25]],
  "extensions/v1beta1": [["DaemonSet", 2, 16], ["Deployment", 2, 16], ["ReplicaSet", 2, 16], ["NetworkPolicy", 3, 16], ["PodSecurityPolicy", 3, 16], ["Ingress", 1, 22]],
  "flowcontrol.apiserver.k8s.io/v1": [["FlowSchema", 29], ["PriorityLevelConfiguration", 29]],
  "flowcontrol.apiserver.k8s.io/v1beta1": [["FlowSchema", 20, 26], ["PriorityLevelConfiguration", 20, 26]],
  "flowcontrol.apiserver.k8s.io/v1beta2": [["FlowSchema", 23, 29], ["PriorityLevelConfiguration", 23, 29]],
  "flowcontrol.apiserver.k8s.io/v1beta3": [["FlowSchema", 26, 32], ["PriorityLevelConfiguration", 26, 32]],
  "networking.k8s.io/v1": [["NetworkPolicy", 7], ["Ingress", 19], ["IngressClass", 19], ["IPAddress", 33], ["ServiceCIDR", 33]],
  "networking.k8s.io/v1beta1": [["Ingress", 14, 22], ["IngressClass", 18, 22]],
  "node.k8s.io/v1": [["RuntimeClass", 20]],
  "node.k8s.io/v1beta1": [["RuntimeClass", 14, 25]],
  "policy/v1": [["PodDisruptionBudget", 21]],
  "policy/v1beta1": [["PodDisruptionBudget", 5, 25], ["PodSecurityPolicy", 10, 25]],
  "rbac.authorization.k8s.io/v1": [["ClusterRole", 8], ["ClusterRoleBinding", 8], ["Role", 8], ["RoleBinding", 8]],
  "rbac.authorization.k8s.io/v1beta1": [["ClusterRole", 6, 22], ["ClusterRoleBinding", 6, 22], ["Role", 6, 22], ["RoleBinding", 6, 22]],
  "resource.k8s.io/v1": [["DeviceClass", 34], ["ResourceClaim", 34], ["ResourceClaimTemplate", 34], ["ResourceSlice", 34]],
  "scheduling.k8s.io/v1": [["PriorityClass", 14]],
  "scheduling.k8s.io/v1beta1": [["PriorityClass", 11, 22]],
  "storage.k8s.io/v1": [["StorageClass", 6], ["VolumeAttachment", 13], ["CSINode", 17], ["CSIDriver", 18], ["CSIStorageCapacity", 24], ["VolumeAttributesClass", 34]],
  "storage.k8s.io/v1beta1": [["StorageClass", 4, 22], ["VolumeAttachment", 10, 22], ["CSIDriver", 14, 22], ["CSINode", 14, 22], ["CSIStorageCapacity", 21, 27]]
};
var OLDEST_MINOR = 16;
var NEWEST_MINOR = 35;
function apiVersionsFor(kubeVersion3) {
  const minor = clampMinor(kubeVersion3);
  const versions = [];
  for (const [groupVersion2, kinds] of Object.entries(SERVED)) {
    const served = kinds.filter(([, since, removed]) => since <= minor && (removed === void 0 || minor < removed));
    if (served.length) versions.push(groupVersion2, ...served.map(([kind]) => `${groupVersion2}/${kind}`));
  }
  return versions;
}
function definitionApiVersions(definitions) {
  const versions = /* @__PURE__ */ new Set();
  for (const { group, kind, versions: served } of definitions) {
    for (const version2 of served) versions.add(`${group}/${version2}`).add(`${group}/${version2}/${kind}`);
  }
  return [...versions].sort();
}
function clampMinor(kubeVersion3) {
  const match = /^v?1\.(\d+)/.exec(kubeVersion3?.trim() ?? "");
  if (!match) return NEWEST_MINOR;
  return Math.min(NEWEST_MINOR, Math.max(OLDEST_MINOR, Number(match[1])));
}

// src/render/helm.ts
async function renderHelm(target, context) {
  const helm = findTool("helm");
  if (!helm) throw new Error("`helm` was not found on PATH; install Helm (scripts/install-tools.sh does)");
  const variant = target.helm ?? { releaseName: "release", valuesFiles: [] };
  for (const file of variant.valuesFiles) {
    if (!existsSync3(resolve3(context.root, file))) throw new Error(`values file '${file}' does not exist`);
  }
  const chartDir = resolve3(context.root, target.path);
  const fetches = [];
  const schema = schemaProblem(context.root, [...fileDependencyDirs(context.root, chartDir), chartDir], context.allowNetwork, fetches);
  if (schema) throw new RenderRefusal({ file: schema.file, line: 1, message: schema.message });
  await guardFetches(fetches, context.allowNetworkHosts);
  const apiVersions = [.../* @__PURE__ */ new Set([...apiVersionsFor(variant.kubeVersion), ...context.crdApiVersions ?? [], ...variant.apiVersions ?? []])];
  const result = await execTool(helm, templateArgs(target.path, { ...variant, apiVersions }, context.root), {
    cwd: context.root,
    timeoutMs: context.timeoutMs,
    maxOutputBytes: context.maxRenderBytes,
    network: context.allowNetwork
  });
  const stopped = stoppedReason(result, "helm template", { timeoutMs: context.timeoutMs, maxOutputBytes: context.maxRenderBytes });
  if (stopped) throw new Error(stopped);
  if (result.code !== 0) {
    const hint = offlineHint(result.stderr, context.allowNetwork);
    throw new Error(`helm template failed${hint}: ${trimStderr(result.stderr.replaceAll(`${context.root}/`, ""))}`);
  }
  const chartFiles2 = await listChart(resolve3(context.root, target.path), target.path);
  const valuesFiles = [...variant.valuesFiles.map(posix2), ...chartFiles2.filter(isChartValues)];
  const helpers = chartFiles2.filter(isHelper);
  const randomNames = /* @__PURE__ */ new Map();
  const patternsOf = (file) => {
    let patterns = randomNames.get(file);
    if (!patterns) randomNames.set(file, patterns = templatePatterns(resolve3(context.root, file)));
    return patterns;
  };
  return splitDocuments(result.stdout).filter((document) => !isBlankDocument(document.text)).map((document) => {
    const sourceFile = templateFile(document.text, target.path, context.root);
    const patterns = patternsOf(sourceFile);
    return { text: document.text, firstLine: 1, sourceFile, relatedFiles: [...helpers, ...valuesFiles], textIsSource: false, ...patterns.length && { randomNames: patterns } };
  });
}
function templatePatterns(path) {
  try {
    return randomNamePatterns(readFileSync4(path, "utf8"));
  } catch {
    return [];
  }
}
function templateArgs(chartPath, variant, root) {
  if (!isReleaseName(variant.releaseName)) {
    throw new Error(`invalid release name '${variant.releaseName}': expected a DNS-1123 name (lowercase letters, digits, '-' and '.', at most 53 characters)`);
  }
  const args = ["template", "--include-crds"];
  if (variant.namespace) args.push(`--namespace=${variant.namespace}`);
  if (variant.kubeVersion) args.push(`--kube-version=${variant.kubeVersion}`);
  for (const file of variant.valuesFiles) args.push(`--values=${resolve3(root, file)}`);
  for (const pair of variant.set ?? []) args.push(`--set=${pair}`);
  for (const version2 of variant.apiVersions ?? []) args.push(`--api-versions=${version2}`);
  return [...args, "--", variant.releaseName, resolve3(root, chartPath)];
}
function templateFile(text2, chartPath, root) {
  const source = /^# Source: ([^\n]+)$/m.exec(text2)?.[1]?.trim();
  if (source) {
    const withinChart = source.split("/").slice(1).join("/");
    const candidate = posix2(join5(chartPath, withinChart));
    if (existsSync3(resolve3(root, candidate))) return candidate;
    const dependency = fileDependencyFile(root, chartPath, withinChart);
    if (dependency) return dependency;
  }
  return posix2(join5(chartPath, "Chart.yaml"));
}
async function listChart(chartDir, chartPath) {
  const entries = await readdir(chartDir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => posix2(join5(chartPath, relative4(chartDir, join5(entry.parentPath, entry.name))))).sort();
}
function isHelper(file) {
  const name = file.slice(file.lastIndexOf("/") + 1);
  return file.split("/").includes("templates") && (name.startsWith("_") || name.endsWith(".tpl"));
}
function isChartValues(file) {
  return file.endsWith("/values.yaml") && !file.split("/").includes("templates");
}
function posix2(path) {
  return path.split("\\").join("/");
}

// src/policy/versions.ts
var LATEST_MINOR = 37;
var ENFORCE_VERSION_LABEL = "pod-security.kubernetes.io/enforce-version";
function parsePssVersion(value) {
  const clean = value.trim();
  if (clean === "") return void 0;
  const minor = labelMinor(/^\d/.test(clean) ? `v${clean}` : clean);
  if (minor === void 0) throw new ConfigError(`Invalid pss-version '${value}'. Expected latest or a Pod Security policy version such as v1.30 (v1.0 to v1.${LATEST_MINOR}).`);
  return minor;
}
function labelMinor(value) {
  if (value === "latest") return LATEST_MINOR;
  const match = /^v1\.(0|[1-9][0-9]*)$/.exec(value);
  return match ? Math.min(Number(match[1]), LATEST_MINOR) : void 0;
}
function kubeMinor(kubeVersion3) {
  const match = /^v?1\.(\d+)/.exec(kubeVersion3.trim());
  return match ? Number(match[1]) : void 0;
}
function versionData(settings, resources) {
  const kube = kubeMinor(settings.kubeVersion);
  const pss = settings.pssVersion ?? (kube === void 0 ? LATEST_MINOR : Math.min(kube, LATEST_MINOR));
  const namespaces = settings.trustNamespaceLabels === false ? /* @__PURE__ */ new Map() : namespaceVersions(resources);
  return { pss_version: pss, pss_namespace_versions: Object.fromEntries(namespaces), ...kube !== void 0 && { kube_version: kube } };
}
function namespaceVersions(resources) {
  const versions = /* @__PURE__ */ new Map();
  for (const resource of resources) {
    if (resource.kind !== "Namespace" || resource.apiVersion !== "v1") continue;
    const value = resource.object.metadata?.labels?.[ENFORCE_VERSION_LABEL];
    if (value === void 0) continue;
    const minor = (typeof value === "string" ? labelMinor(value) : void 0) ?? LATEST_MINOR;
    versions.set(resource.name, Math.max(minor, versions.get(resource.name) ?? 0));
  }
  return versions;
}
function skippedRules(rules, kubeVersion3) {
  if (kubeVersion3 === void 0) return [];
  return rules.flatMap((rule) => {
    const min = rule.minKubeVersion === void 0 ? void 0 : kubeMinor(rule.minKubeVersion);
    if (min === void 0 || min <= kubeVersion3) return [];
    return [{ rule: rule.id, reason: `needs Kubernetes ${rule.minKubeVersion} or newer and the target is 1.${kubeVersion3}: ${rule.minKubeVersionReason ?? ""}`.replace(/: $/, "") }];
  });
}
function runnableRules(run, rules, skipped) {
  const dropped = new Set(skipped.map((entry) => rules.find((rule) => rule.id === entry.rule)?.package));
  return run.filter((name) => !dropped.has(name));
}
function pssJudgements(resources, levels, fallback, data) {
  const namespaces = /* @__PURE__ */ new Set();
  for (const resource of resources) if (resource.kind !== "Namespace") namespaces.add(resource.namespace ?? "default");
  return [...namespaces].sort().map((namespace2) => ({
    namespace: namespace2,
    level: levels.get(namespace2) ?? fallback,
    version: `v1.${data.pss_namespace_versions[namespace2] ?? data.pss_version}`
  }));
}

// src/shard/split.ts
var SHARD_FORMAT = "kube-policy-gate/shard-1";
var SHARD = /^\s*(\d+)\s*\/\s*(\d+)\s*$/;
var MAX_SHARDS = 256;
function parseShard(name, value) {
  if (value.trim() === "") return void 0;
  const match = SHARD.exec(value);
  const [index, count] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
  if (!(index >= 1 && index <= count && count <= MAX_SHARDS)) {
    throw new ConfigError(`Invalid shard '${value}'. Expected i/n with 1 \u2264 i \u2264 n \u2264 ${MAX_SHARDS}, e.g. 2/4.`);
  }
  return { index, count };
}
function targetKey(target) {
  const { kind, path, variant, deployedBy, chart } = target;
  return JSON.stringify([kind, path, variant ?? "", deployedBy ? `${deployedBy.file}:${deployedBy.line}` : "", chart ? `${chart.repository}/${chart.name}` : ""]);
}
function assignBins(items, count) {
  const order2 = items.map((_2, index) => index).sort((a, b2) => items[b2].weight - items[a].weight || compare(items[a].key, items[b2].key) || a - b2);
  const loads = new Array(count).fill(0);
  const bins = new Array(items.length);
  for (const index of order2) {
    const bin = loads.indexOf(Math.min(...loads));
    bins[index] = bin;
    loads[bin] += items[index].weight;
  }
  return bins;
}
function compare(a, b2) {
  return a < b2 ? -1 : a > b2 ? 1 : 0;
}
function shardScope(shard, targets, rendered, levels, profile) {
  const keys = targets.map(targetKey);
  const bins = assignBins(keys.map((key, index) => ({ key, weight: 1 + (rendered.get(targets[index]) ?? 0) })), shard.count);
  const own = new Set(targets.filter((_2, index) => bins[index] === shard.index - 1));
  const groups = new Map([...rendered.keys()].map((target, index) => [target, index]));
  const rank2 = { privileged: 0, baseline: 1, restricted: 2 };
  const floor = rank2[profileLevel(profile)];
  const relaxed = new Set([...levels].filter(([, level]) => rank2[level] < floor).map(([name]) => name));
  return {
    shard,
    keys,
    evaluates: (resource) => own.has(resource.target) || relaxed.has(resource.namespace ?? "default"),
    owns: (target) => own.has(target),
    relaxed,
    keep: (findings) => findings.filter((finding) => own.has(finding.target)),
    group: (target) => groups.get(target) ?? -1
  };
}
function partOf(finding) {
  if (finding.ruleId === NAMESPACE_RELAXED) return 1;
  return finding.ruleId === IGNORE_WITHOUT_REASON || finding.ruleId === IGNORE_UNKNOWN_RULE ? 2 : 0;
}
function shardPart(scope, common, evaluated, exceptions, now, commit) {
  return {
    format: SHARD_FORMAT,
    version: package_default.version,
    index: scope.shard.index,
    count: scope.shard.count,
    ...commit && { commit },
    targets: scope.keys,
    common: scope.shard.index === 1 ? common : [],
    evaluated: evaluated.map((finding) => ({ finding, order: [partOf(finding), scope.group(finding.target)] })),
    exceptions,
    now: now.toISOString()
  };
}

// src/inputs.ts
var Inputs = {
  paths: "paths",
  failOn: "fail-on",
  profile: "profile",
  valuesFiles: "values-files",
  releaseName: "release-name",
  namespace: "namespace",
  kubeVersion: "kube-version",
  pssVersion: "pss-version",
  renderTimeout: "render-timeout",
  allowNetwork: "allow-network",
  allowNetworkHosts: "allow-network-hosts",
  trustNamespaceLabels: "trust-namespace-labels",
  workingDirectory: "working-directory",
  maxRenderBytes: "max-render-bytes",
  config: "config",
  policyBundles: "policy-bundles",
  policyData: "policy-data",
  policyMode: "policy-mode",
  policyNamespaces: "policy-namespaces",
  regoVersion: "rego-version",
  sarifFile: "sarif-file",
  allowEmpty: "allow-empty",
  enableHelm: "enable-helm",
  helmCiValues: "helm-ci-values",
  githubToken: "github-token",
  comment: "comment",
  category: "category",
  matrix: "matrix",
  sarifMaxResults: "sarif-max-results",
  newFindingsOnly: "new-findings-only",
  shard: "shard",
  mergeReports: "merge-reports"
};
var POLICY_MODES = ["extend", "replace"];
var FAIL_ON = ["error", "warning", "notice", "never"];
var PROFILES = ["default", "baseline", "restricted", "hardened"];
var DEFAULTS = {
  [Inputs.failOn]: "error",
  [Inputs.profile]: "default",
  [Inputs.renderTimeout]: "120",
  [Inputs.allowNetwork]: "false",
  [Inputs.maxRenderBytes]: "64MiB",
  [Inputs.trustNamespaceLabels]: "true",
  [Inputs.policyMode]: "extend",
  // Applied by src/policy/load.ts (the settings keep the blank list).
  [Inputs.policyNamespaces]: "main",
  [Inputs.regoVersion]: "v1",
  [Inputs.allowEmpty]: "false",
  [Inputs.helmCiValues]: "true",
  [Inputs.newFindingsOnly]: "false"
};
function readSettings(read, workspace) {
  const problems = [];
  const valid = (parse6, instead) => {
    try {
      return parse6();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      problems.push(...error.problems);
      return instead;
    }
  };
  const settings = {
    root: valid(() => resolveRoot(workspace, read(Inputs.workingDirectory)), workspace),
    workspace,
    paths: list(read(Inputs.paths)),
    failOn: valid(() => oneOf(Inputs.failOn, read(Inputs.failOn) || DEFAULTS[Inputs.failOn], FAIL_ON), "error"),
    profile: valid(() => oneOf(Inputs.profile, read(Inputs.profile) || DEFAULTS[Inputs.profile], PROFILES), "default"),
    valuesFiles: list(read(Inputs.valuesFiles)).map((file) => file.replace(/^\.\//, "")),
    releaseName: valid(() => releaseName2(read(Inputs.releaseName).trim()), ""),
    namespace: read(Inputs.namespace).trim(),
    kubeVersion: valid(() => kubeVersion2(read(Inputs.kubeVersion).trim()), ""),
    ...read(Inputs.pssVersion).trim() && { pssVersion: valid(() => parsePssVersion(read(Inputs.pssVersion)), void 0) },
    renderTimeoutMs: valid(() => seconds(Inputs.renderTimeout, read(Inputs.renderTimeout) || DEFAULTS[Inputs.renderTimeout]), 0) * 1e3,
    allowNetwork: valid(() => boolean2(Inputs.allowNetwork, read(Inputs.allowNetwork) || DEFAULTS[Inputs.allowNetwork]), false),
    ...list(read(Inputs.allowNetworkHosts)).length && { allowNetworkHosts: list(read(Inputs.allowNetworkHosts)) },
    maxRenderBytes: valid(() => bytes(Inputs.maxRenderBytes, read(Inputs.maxRenderBytes) || DEFAULTS[Inputs.maxRenderBytes]), 0),
    trustNamespaceLabels: valid(() => boolean2(Inputs.trustNamespaceLabels, read(Inputs.trustNamespaceLabels) || DEFAULTS[Inputs.trustNamespaceLabels]), true),
    policyBundles: list(read(Inputs.policyBundles)),
    policyData: list(read(Inputs.policyData)),
    policyMode: valid(() => oneOf(Inputs.policyMode, read(Inputs.policyMode) || DEFAULTS[Inputs.policyMode], POLICY_MODES), "extend"),
    policyNamespaces: list(read(Inputs.policyNamespaces)),
    regoVersion: valid(() => oneOf(Inputs.regoVersion, read(Inputs.regoVersion) || DEFAULTS[Inputs.regoVersion], ["v0", "v1"]), "v1"),
    sarifFile: read(Inputs.sarifFile).trim(),
    allowEmpty: valid(() => boolean2(Inputs.allowEmpty, read(Inputs.allowEmpty) || DEFAULTS[Inputs.allowEmpty]), false),
    ...read(Inputs.enableHelm).trim() && { enableHelm: valid(() => boolean2(Inputs.enableHelm, read(Inputs.enableHelm)), void 0) },
    helmCiValues: valid(() => boolean2(Inputs.helmCiValues, read(Inputs.helmCiValues) || DEFAULTS[Inputs.helmCiValues]), true),
    newFindingsOnly: valid(() => boolean2(Inputs.newFindingsOnly, read(Inputs.newFindingsOnly) || DEFAULTS[Inputs.newFindingsOnly]), false),
    ...valid(() => shardSettings(read), {})
  };
  if (problems.length) throw new ConfigError(problems);
  return settings;
}
function shardSettings(read) {
  const shard = parseShard(Inputs.shard, read(Inputs.shard));
  const mergeReports = read(Inputs.mergeReports).trim();
  if (shard && mergeReports) throw new ConfigError(`Invalid merge-reports '${mergeReports}' with shard '${read(Inputs.shard).trim()}'. Expected one of them: shards write reports, a later job merges them.`);
  if ((shard || mergeReports) && read(Inputs.newFindingsOnly).trim() === "true") {
    throw new ConfigError(`Invalid new-findings-only 'true' with ${shard ? "shard" : "merge-reports"}. Expected new-findings-only in a single job: it is not split across shards.`);
  }
  return { ...shard && { shard }, ...mergeReports && { mergeReports } };
}
function list(value) {
  return value.split(/\n|,(?![^{]*\})/).map((item) => item.trim()).filter((item) => item !== "" && !item.startsWith("#"));
}
function oneOf(name, value, allowed) {
  const clean = value.trim().toLowerCase();
  if (!allowed.includes(clean)) {
    throw new ConfigError(`Invalid ${name} '${value}'. Expected one of: ${allowed.join(", ")}.`);
  }
  return clean;
}
function seconds(name, value) {
  const number = Number(value.trim());
  if (!Number.isFinite(number) || number <= 0 || number > 3600) {
    throw new ConfigError(`Invalid ${name} '${value}'. Expected a number of seconds between 1 and 3600.`);
  }
  return number;
}
function boolean2(name, value) {
  const clean = value.trim().toLowerCase();
  if (clean === "true") return true;
  if (clean === "false") return false;
  throw new ConfigError(`Invalid ${name} '${value}'. Expected true or false.`);
}
function releaseName2(value) {
  if (value && !isReleaseName(value)) {
    throw new ConfigError(`Invalid release-name '${value}'. Expected a DNS-1123 name: lowercase letters, digits, '-' and '.', starting and ending with a letter or digit, at most 53 characters.`);
  }
  return value;
}
var BYTE_UNITS = { "": 1, b: 1, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3 };
function bytes(name, value) {
  const match = /^(\d+)\s*([KMG]iB|B)?$/i.exec(value.trim());
  const number = match ? Number(match[1]) * BYTE_UNITS[(match[2] ?? "").toLowerCase()] : NaN;
  if (!Number.isSafeInteger(number) || number < 1024 || number > 4 * 1024 ** 3) {
    throw new ConfigError(`Invalid ${name} '${value}'. Expected a size from 1KiB to 4GiB, in bytes or with a unit such as 64MiB.`);
  }
  return number;
}
function kubeVersion2(value) {
  if (value && !/^v?\d+\.\d+(\.\d+)?$/.test(value)) {
    throw new ConfigError(`Invalid kube-version '${value}'. Expected a version such as 1.34 or v1.34.1.`);
  }
  return value;
}
function resolveRoot(workspace, workingDirectory) {
  const directory = workingDirectory.trim();
  if (!directory) return workspace;
  if (directory.split(/[\\/]/).includes("..")) {
    throw new ConfigError(`Invalid working-directory '${directory}'. Expected a directory inside the workspace.`);
  }
  return `${workspace.replace(/\/+$/, "")}/${directory.replace(/^\.?\/+/, "")}`;
}

// src/config/trust.ts
import { isDeepStrictEqual } from "node:util";
var order = (...weakestFirst) => (value) => weakestFirst.indexOf(value.trim().toLowerCase());
var TRUST = {
  "fail-on": { how: "stricter", why: "a lower threshold fails on more", rank: order("never", "error", "warning", "notice") },
  profile: { how: "stricter", why: "each profile reports what the one before it does and more", rank: order("baseline", "restricted", "default", "hardened") },
  paths: { how: "union", why: "what the base checks or the pull request checks: never less" },
  "allow-empty": { how: "stricter", why: "false fails a run that checked nothing", rank: (value) => Number(!boolean2("allow-empty", value)) },
  "render-timeout": { how: "stricter", why: "a shorter timeout ends more renders as errors", rank: (value) => -seconds("render-timeout", value) },
  "max-render-bytes": { how: "stricter", why: "a smaller limit ends more renders as errors", rank: (value) => -bytes("max-render-bytes", value) },
  "trust-namespace-labels": { how: "stricter", why: "false judges every Pod at the profile, whatever a Namespace in the pull request says", rank: (value) => Number(!boolean2("trust-namespace-labels", value)) },
  "helm-ci-values": { how: "stricter", why: "true renders every ci/*-values.yaml as well", rank: (value) => Number(boolean2("helm-ci-values", value)) },
  "policy-mode": { how: "stricter", why: "replace drops the bundled rules", rank: order("replace", "extend") },
  "policy-bundles": { how: "union", why: "the base's policies still judge; those the pull request adds judge too" },
  "policy-namespaces": { how: "union", why: "more conftest packages count more rules" },
  "policy-data": { how: "base", why: "data changes what the rules allow, in either direction" },
  "rego-version": { how: "base", why: "the syntax the base's policies are compiled with" },
  "kube-version": { how: "base", why: "an older version skips the rules that need a newer one" },
  "pss-version": { how: "base", why: "an older Pod Security version allows more" },
  "values-files": { how: "pull-request", why: "what is rendered: the pull request's charts are what is judged" },
  "release-name": { how: "pull-request", why: "what is rendered" },
  namespace: { how: "pull-request", why: "what is rendered" },
  "enable-helm": { how: "pull-request", why: "what is rendered (off, Kustomize helmCharts are a render error)" },
  variants: { how: "pull-request", why: "what is rendered" },
  rules: { how: "entries", why: "enabling or raising a severity applies; disabling, lowering and new parameters are pending" },
  exceptions: { how: "entries", why: "the base's apply; those the pull request adds or widens are pending; those it removes stop applying" },
  "allow-network": { how: "workflow", why: "it widens what renders can reach; true in the config file is an error" },
  "allow-network-hosts": { how: "workflow", why: "it lets renders reach private and loopback addresses: never the pull request's to say" },
  "working-directory": { how: "workflow", why: "not a config key" },
  config: { how: "workflow", why: "names the config file itself" },
  "sarif-file": { how: "workflow", why: "not a config key" },
  "github-token": { how: "workflow", why: "not a config key" },
  comment: { how: "workflow", why: "not a config key" },
  category: { how: "workflow", why: "not a config key: it only names the check run, the SARIF category and the comment" },
  matrix: { how: "workflow", why: "not a config key: it only names the check run, the SARIF category and the comment" },
  "sarif-max-results": { how: "workflow", why: "not a config key" },
  "new-findings-only": { how: "workflow", why: "not a config key" },
  shard: { how: "workflow", why: "not a config key" },
  "merge-reports": { how: "workflow", why: "not a config key" }
};
function trustConfig(pr2, base, context) {
  if (base.kind === "as-is") return pr2;
  const trusted = base.kind === "commit" ? base.config : void 0;
  const shown2 = pr2 ?? trusted;
  if (!shown2) return void 0;
  const sides = { pr: pr2, base: trusted, baseState: base.kind === "unreadable" ? "unreadable" : trusted ? "config" : "none", file: shown2.file };
  const pending = [];
  const inputs = mergeInputs(sides, context, pending);
  const rules = mergeRules(sides, context, pending);
  const exceptions = mergeExceptions(sides, pending);
  const trust = {
    base: base.kind === "commit" ? { commit: base.commit, ...trusted && { file: trusted.file } } : { problem: base.problem },
    pending,
    ...pr2 && { proposed: pr2 }
  };
  return { file: shown2.file, inputs, rules, exceptions, variants: pr2?.variants ?? [], document: shown2.document, trust };
}
function mergeInputs(sides, context, pending) {
  const merged = {};
  const keys = /* @__PURE__ */ new Set([...Object.keys(sides.pr?.inputs ?? {}), ...Object.keys(sides.base?.inputs ?? {})]);
  for (const key of keys) {
    const pr2 = sides.pr?.inputs[key];
    const base = sides.base?.inputs[key];
    if (context.read(key).trim() !== "") {
      if (pr2 !== void 0) merged[key] = pr2;
      continue;
    }
    const trust = TRUST[key];
    const value = mergeInput(key, trust, { pr: pr2, base }, sides, context);
    if (value.effective !== void 0) merged[key] = value.effective;
    if (!value.pending) continue;
    const from = trust.how === "union" ? "union" : value.effective === base && base !== void 0 ? "base" : "default";
    pending.push(changeOf([key], sides, shownInput(key, pr2), shownInput(key, value.effective ?? defaultOf(key)), from));
  }
  return merged;
}
function mergeInput(key, trust, values, sides, context) {
  const { pr: pr2, base } = values;
  switch (trust.how) {
    case "pull-request":
    case "entries":
      return { effective: pr2, pending: false };
    case "workflow":
      return { pending: false };
    case "base":
      if (key === "policy-data") checkBaseSourcesExist(key, list(base ?? ""), sides, context);
      return { effective: base, pending: !sameInput(pr2, base) };
    case "stricter": {
      const rank2 = trust.rank;
      const prRank = rank2(pr2 ?? defaultOf(key));
      return prRank >= rank2(base ?? defaultOf(key)) ? { effective: pr2, pending: false } : { effective: base, pending: true };
    }
    case "union":
      return mergeUnion(key, values, sides, context);
  }
}
function mergeUnion(key, { pr: pr2, base }, sides, context) {
  const prList = list(pr2 ?? defaultOf(key)).map(cleanEntry);
  const baseList = list(base ?? defaultOf(key)).map(cleanEntry);
  const merged = key === "paths" ? unionPaths(baseList, prList, context.exists) : [.../* @__PURE__ */ new Set([...prList, ...baseList])];
  if (key === "policy-bundles") checkBaseSourcesExist(key, baseList, sides, context);
  const covers = merged.length === prList.length && merged.every((entry) => prList.includes(entry));
  return covers ? { effective: pr2, pending: false } : { effective: merged.join("\n"), pending: true };
}
function unionPaths(base, pr2, exists) {
  const [baseClean, prClean] = [base.map(cleanEntry), pr2.map(cleanEntry)];
  const includes = (patterns) => patterns.filter((pattern) => !pattern.startsWith("!"));
  const excludes = (patterns) => patterns.filter((pattern) => pattern.startsWith("!"));
  const whole = includes(baseClean).length === 0 || includes(prClean).length === 0;
  const added = whole ? [] : includes(baseClean).filter((pattern) => !prClean.includes(pattern) && exists(literalPrefix(pattern)));
  const kept = whole ? [] : includes(prClean);
  return [...kept, ...added, ...excludes(prClean).filter((pattern) => baseClean.includes(pattern))];
}
function cleanEntry(entry) {
  return entry.trim().replace(/^(!?)\.\/+/, "$1").replace(/(.)\/+$/, "$1");
}
function literalPrefix(pattern) {
  const segments = pattern.split("/");
  const wild = segments.findIndex((segment) => /[*?[\]{}]/.test(segment));
  return (wild < 0 ? segments : segments.slice(0, wild)).join("/") || ".";
}
function checkBaseSourcesExist(key, entries, sides, context) {
  const missing = entries.filter((entry) => !context.exists(entry));
  if (!missing.length || !sides.base) return;
  const base = sides.base;
  const problems = missing.map(
    (entry) => problemAt(
      base.document,
      [key],
      `'${entry}' (the base branch's config) is missing in this pull request; the base's policies judge a pull request until a change to them is merged: keep it, or first merge a pull request that drops it from ${key}`
    )
  );
  throw new ConfigError(problems);
}
function sameInput(a, b2) {
  return isDeepStrictEqual(list(a ?? ""), list(b2 ?? ""));
}
function defaultOf(key) {
  return DEFAULTS[key] ?? "";
}
var UNSET = "unset";
function shownInput(key, value) {
  if (value === void 0) return void 0;
  const entries = list(value);
  if (entries.length) return entries.join(", ");
  return key === "paths" ? "the whole repository" : UNSET;
}
function mergeRules(sides, context, pending) {
  const prRules = sides.pr?.rules ?? {};
  const baseRules = sides.base?.rules ?? {};
  const merged = {};
  for (const id of /* @__PURE__ */ new Set([...Object.keys(prRules), ...Object.keys(baseRules)])) {
    const pr2 = prRules[id] ?? {};
    const base = baseRules[id] ?? {};
    const setting = {};
    const hold = (field2, proposed, applied, from) => pending.push(changeOf(["rules", id, field2], sides, proposed, applied, from));
    if (pr2.enabled === base.enabled || pr2.enabled === true || pr2.enabled === void 0 && base.enabled === false) {
      if (pr2.enabled !== void 0) setting.enabled = pr2.enabled;
    } else {
      if (base.enabled !== void 0) setting.enabled = base.enabled;
      hold("enabled", pr2.enabled === void 0 ? void 0 : String(pr2.enabled), base.enabled === void 0 ? "the profile's choice" : String(base.enabled), base.enabled === void 0 ? "default" : "base");
    }
    const own = context.severityOf?.(id);
    if (pr2.severity === base.severity || notLower(pr2.severity ?? own, base.severity ?? own)) {
      if (pr2.severity !== void 0) setting.severity = pr2.severity;
    } else {
      if (base.severity !== void 0) setting.severity = base.severity;
      const applied = base.severity ?? (own ? `its own ${own}` : "its own severity");
      hold("severity", pr2.severity, applied, base.severity === void 0 ? "default" : "base");
    }
    if (isDeepStrictEqual(pr2.parameters, base.parameters)) {
      if (pr2.parameters !== void 0) setting.parameters = pr2.parameters;
    } else {
      if (base.parameters !== void 0) setting.parameters = base.parameters;
      hold("parameters", pr2.parameters === void 0 ? void 0 : JSON.stringify(pr2.parameters), base.parameters === void 0 ? "its defaults" : JSON.stringify(base.parameters), base.parameters === void 0 ? "default" : "base");
    }
    if (Object.keys(setting).length) merged[id] = setting;
  }
  return merged;
}
var SEVERITY_RANK = { notice: 1, warning: 2, error: 3 };
function notLower(a, b2) {
  if (a === "error" || b2 === "notice") return true;
  return a !== void 0 && b2 !== void 0 && SEVERITY_RANK[a] >= SEVERITY_RANK[b2];
}
function mergeExceptions(sides, pending) {
  const base = sides.base?.exceptions ?? [];
  return (sides.pr?.exceptions ?? []).filter((exception, index) => {
    const same = base.filter((candidate) => isDeepStrictEqual(selectorOf(candidate), selectorOf(exception)));
    if (same.some((candidate) => expiresNoLater(exception, candidate))) return true;
    const verb = same.length ? `extends ${describeException(exception)} to ${exception.expires ?? "no expiry"}` : `adds ${describeException(exception)}`;
    const key = formatKeyPath(["exceptions", index]);
    pending.push({
      key,
      file: exception.source.file,
      line: exception.source.line,
      proposed: describeException(exception),
      applied: same.length ? `the base's, until ${same[0].expires}` : "none",
      message: `this pull request ${verb} at ${exception.source.file}:${exception.source.line}; the findings it would accept still count until it is merged`
    });
    return false;
  });
}
function selectorOf(exception) {
  return [[...exception.rules].sort(), exception.kind, exception.namespace, exception.name, exception.target, exception.file];
}
function expiresNoLater(exception, base) {
  if (base.expires === void 0) return true;
  return exception.expires !== void 0 && exception.expires <= base.expires;
}
function changeOf(path, sides, proposed, applied, from) {
  const key = formatKeyPath(path);
  const { pr: pr2 } = sides;
  const written = pr2 !== void 0 && proposed !== void 0;
  const what = !pr2 ? `deletes ${sides.file}` : written ? `sets ${key}: ${proposed} in ${pr2.file}` : `removes ${key} from ${pr2.file}`;
  const state = BASE_STATE[sides.baseState];
  const own = applied === "the profile's choice" || applied.startsWith("its ");
  const clause = from === "base" ? `the base branch's ${key}: ${applied} applies` : from === "union" ? `${sides.baseState === "config" ? "the base branch's" : "the default"} ${key} still count as well${state}, so ${key}: ${applied} applies` : applied === UNSET ? `${key} stays unset${state}` : `${own ? applied : `the default ${key}: ${applied}`}${state} ${applied === "its defaults" ? "apply" : "applies"}`;
  return {
    key,
    file: pr2?.file ?? sides.file,
    ...written && { line: lineAt(pr2.document, path) },
    ...proposed !== void 0 && { proposed },
    applied,
    message: `this pull request ${what}; ${clause} until it is merged`
  };
}
var BASE_STATE = {
  config: "",
  none: " (the base branch has no config file)",
  unreadable: " (the base branch's config could not be read)"
};
function pendingChanges(config) {
  return config?.trust?.pending ?? [];
}

// src/config/settings.ts
import { existsSync as existsSync5, readFileSync as readFileSync5, realpathSync, statSync as statSync2 } from "node:fs";
import { isAbsolute as isAbsolute5, join as join7, relative as relative5, resolve as resolve4, sep as sep4 } from "node:path";

// src/policy/bundle.ts
import { existsSync as existsSync4 } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join as join6 } from "node:path";
import { fileURLToPath } from "node:url";
var PROFILES2 = ["baseline", "restricted", "hardened"];
function defaultBundleDir() {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates2 = [join6(here, "policy"), join6(here, "..", "policy"), join6(here, "..", "..", "dist", "policy")];
  return candidates2.find((candidate) => existsSync4(join6(candidate, "policy.wasm"))) ?? candidates2[0];
}
async function loadBundle(directory = defaultBundleDir()) {
  const wasm = await readWasm(join6(directory, "policy.wasm"));
  const rules = parseRules(join6(directory, "rules.json"), await readBundleFile(join6(directory, "rules.json")));
  return { wasm: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength), rules };
}
var REBUILD = "Expected the policy bundle that `npm run build` writes to dist/policy; reinstall or rebuild the action.";
async function readBundleFile(path) {
  try {
    return await readFile(path);
  } catch (error) {
    throw new Error(`Policy bundle file '${path}' could not be read (${errorMessage(error)}). ${REBUILD}`, { cause: error });
  }
}
var WASM_MAGIC = Buffer.from([0, 97, 115, 109]);
async function readWasm(path) {
  const wasm = await readBundleFile(path);
  if (!wasm.subarray(0, 4).equals(WASM_MAGIC)) {
    throw new Error(`Policy bundle file '${path}' is not a WebAssembly module (${wasm.length} bytes, no \\0asm header). ${REBUILD}`);
  }
  return wasm;
}
function parseRules(path, bytes2) {
  let rules;
  try {
    rules = JSON.parse(bytes2.toString());
  } catch (error) {
    throw new Error(`Policy bundle file '${path}' is not valid JSON (${errorMessage(error)}). ${REBUILD}`, { cause: error });
  }
  if (!Array.isArray(rules)) throw new Error(`Policy bundle file '${path}' does not hold a list of rules. ${REBUILD}`);
  rules.forEach((rule, index) => {
    const problem = ruleProblem(rule);
    if (problem) throw new Error(`Policy bundle file '${path}': rule ${index + 1} ${problem}. ${REBUILD}`);
  });
  return rules;
}
function ruleProblem(rule) {
  if (typeof rule !== "object" || rule === null || Array.isArray(rule)) return "is not an object";
  const fields = rule;
  for (const field2 of ["id", "package", "title"]) {
    if (typeof fields[field2] !== "string" || fields[field2] === "") return `has no ${field2}`;
  }
  if (!SEVERITIES.includes(fields.severity)) return `('${String(fields.id)}') has severity ${JSON.stringify(fields.severity)}, expected one of ${SEVERITIES.join(", ")}`;
  if (!Array.isArray(fields.profiles) || !fields.profiles.every((profile) => PROFILES2.includes(profile))) {
    return `('${String(fields.id)}') has profiles ${JSON.stringify(fields.profiles)}, expected a list of ${PROFILES2.join(", ")}`;
  }
  return void 0;
}

// src/config/schema.ts
var import_ajv = __toESM(require_ajv(), 1);

// schema/config.schema.json
var config_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/kube-policy-gate/kube-policy-gate/schema/config.schema.json",
  title: "kube-policy-gate configuration",
  description: "The .kube-policy-gate.yaml file at the repository root. Every key is optional. Action inputs (and CLI flags) that are set override the same key here; a list given as an input replaces the list here. On a pull request the base branch's copy of this file decides what the pull request's copy may loosen: a looser setting, a disabled rule or a new exception is pending until merged.",
  type: "object",
  additionalProperties: false,
  properties: {
    paths: {
      $ref: "#/definitions/stringList",
      title: "Paths to check",
      description: "Globs of what to check, relative to the working directory; a directory means everything below it, `!glob` excludes. Default: the whole repository.",
      examples: [
        [
          "deploy/**",
          "!deploy/legacy/**"
        ]
      ]
    },
    "fail-on": {
      title: "Fail on",
      description: "Lowest severity that fails the run.",
      enum: [
        "error",
        "warning",
        "notice",
        "never"
      ],
      default: "error"
    },
    profile: {
      title: "Profile",
      description: "Which rules report: default (restricted Pod Security Standards plus the hardening rules), baseline, restricted (Pod Security Standards only) or hardened (all rules).",
      enum: [
        "default",
        "baseline",
        "restricted",
        "hardened"
      ],
      default: "default"
    },
    "values-files": {
      $ref: "#/definitions/stringList",
      title: "Helm values files",
      description: "Helm values files relative to the working directory, applied in order after the chart's values.yaml. A file inside a chart's directory applies to that chart only; others to every chart."
    },
    "release-name": {
      title: "Helm release name",
      description: "A DNS-1123 name (lowercase letters, digits, '-' and '.', at most 53 characters). Default: the chart directory name.",
      type: "string",
      maxLength: 53,
      pattern: "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*)?$",
      "x-expected": "a DNS-1123 name: lowercase letters, digits, '-' and '.', starting and ending with a letter or digit, at most 53 characters"
    },
    namespace: {
      title: "Namespace",
      description: "Namespace passed to `helm template`.",
      type: "string"
    },
    "kube-version": {
      title: "Kubernetes version",
      description: "Kubernetes version for Helm's .Capabilities.KubeVersion. Quote it: an unquoted 1.30 is the number 1.3.",
      type: "string",
      pattern: "^(v?[0-9]+\\.[0-9]+(\\.[0-9]+)?)?$",
      "x-expected": "a version such as '1.34' or 'v1.34.1'",
      examples: [
        "1.34.0"
      ]
    },
    "pss-version": {
      type: "string",
      title: "Pod Security version",
      description: "Pod Security Standards version that judges objects whose namespace names none (`latest`, or `v1.0` \u2026 `v1.37`). Default: the minor of kube-version, else latest.",
      examples: [
        "latest",
        "v1.30"
      ],
      pattern: "^(latest|v1\\.\\d+)$"
    },
    "render-timeout": {
      title: "Render timeout",
      description: "Seconds one render (one kustomization or chart) may take.",
      type: "number",
      exclusiveMinimum: 0,
      maximum: 3600,
      default: 120,
      "x-expected": "a number of seconds between 1 and 3600"
    },
    "allow-network": {
      title: "Allow network",
      description: "Only false is accepted here: the config file is part of the pull request, which must not open the network for its own renders. Set the workflow's allow-network input (--allow-network on the command line) instead.",
      type: "boolean",
      default: false
    },
    "max-render-bytes": {
      title: "Largest render output",
      description: "Most output one render may print: bytes, or a size with a unit (512KiB, 64MiB, 1GiB). A render that prints more is stopped and reported as a render-error.",
      type: [
        "integer",
        "string"
      ],
      minimum: 1024,
      maximum: 4294967296,
      pattern: "^[0-9]+ *([KkMmGg][Ii][Bb]|[Bb])?$",
      default: "64MiB",
      "x-expected": "a size from 1KiB to 4GiB, in bytes or with a unit such as 64MiB"
    },
    "trust-namespace-labels": {
      title: "Trust namespace labels",
      description: "Judge Pods at the Pod Security level that a Namespace in the pull request enforces (pod-security.kubernetes.io/enforce). With false, every Pod is judged at the profile's level.",
      type: "boolean",
      default: true
    },
    "policy-bundles": {
      $ref: "#/definitions/stringList",
      title: "Policy bundles",
      description: "Your own policies, relative to the repository root: OPA bundles (.tar.gz from `opa build -t wasm`), bare .wasm files, or directories of .rego (compiled with `opa` from PATH)."
    },
    "policy-data": {
      $ref: "#/definitions/stringList",
      title: "Policy data",
      description: "JSON or YAML files merged into the policies' `data` document."
    },
    "policy-mode": {
      title: "Policy mode",
      description: "extend: your policy bundles report beside the bundled rules; replace: only your policy bundles report.",
      enum: [
        "extend",
        "replace"
      ],
      default: "extend"
    },
    "policy-namespaces": {
      $ref: "#/definitions/stringList",
      title: "Policy namespaces",
      description: "Rego packages searched for conftest-style deny, violation and warn rules. Default: main."
    },
    "rego-version": {
      title: "Rego version",
      description: "Syntax of .rego directories in policy-bundles.",
      enum: [
        "v0",
        "v1"
      ],
      default: "v1"
    },
    "allow-empty": {
      title: "Allow empty",
      description: "Pass a run that finds nothing to check. Without it, a run with no kustomization, chart or manifest fails: a gate that checked nothing must not show green.",
      type: "boolean",
      default: false
    },
    "enable-helm": {
      title: "Enable Helm in Kustomize",
      description: "Render Kustomize `helmCharts` (kustomize --enable-helm with the pinned helm). Default: on when every chart is local under helmGlobals.chartHome, or when allow-network is true.",
      type: "boolean"
    },
    "helm-ci-values": {
      title: "Helm ci/ values",
      description: "Render a chart that has ci/*-values.yaml files once per file (as chart-testing does), reported as `chart (name)`.",
      type: "boolean",
      default: true
    },
    variants: {
      title: "Render variants",
      description: "Several renders of one chart or kustomization, each with a name. A chart with variants is rendered once per variant instead of once with the defaults; findings identical across variants are reported once, with the list of variants.",
      type: "array",
      items: {
        $ref: "#/definitions/variant"
      },
      "x-expected": "a list of variants, each with path and name"
    },
    rules: {
      title: "Rules",
      description: "Settings per rule id: switch a rule on or off, change its severity, set its parameters.",
      type: "object",
      additionalProperties: {
        $ref: "#/definitions/rule"
      },
      "x-expected": "a mapping of rule ids to settings"
    },
    exceptions: {
      title: "Exceptions",
      description: "Findings that are accepted, each with a reason and optionally an expiry date. Suppressed findings stay in the JSON output and the summary; they no longer fail the run.",
      type: "array",
      items: {
        $ref: "#/definitions/exception"
      },
      "x-expected": "a list of exceptions"
    }
  },
  definitions: {
    variant: {
      title: "Render variant",
      type: "object",
      additionalProperties: false,
      required: [
        "path",
        "name"
      ],
      "x-expected": "a mapping with path, name and the render settings",
      properties: {
        path: {
          type: "string",
          minLength: 1,
          description: "The chart or kustomization directory, relative to the working directory.",
          "x-expected": "a chart or kustomization directory such as charts/app"
        },
        name: {
          type: "string",
          minLength: 1,
          description: "The variant's name, as reports show it: `charts/app (prod)`.",
          "x-expected": "a name such as prod"
        },
        "values-files": {
          $ref: "#/definitions/stringList",
          description: "Helm values files, relative to the working directory, applied in order after the chart's values.yaml."
        },
        set: {
          type: [
            "object",
            "array"
          ],
          items: {
            type: "string"
          },
          additionalProperties: {
            type: [
              "string",
              "number",
              "boolean"
            ]
          },
          description: "Helm --set pairs: a mapping of keys to values, or a list of key=value.",
          "x-expected": "a mapping of keys to values, or a list of key=value"
        },
        "release-name": {
          type: "string",
          description: "Helm release name."
        },
        namespace: {
          type: "string",
          description: "Namespace: helm template --namespace, or the namespace a kustomization is deployed to."
        },
        "kube-version": {
          type: "string",
          pattern: "^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?$",
          "x-expected": "a version such as '1.34' or 'v1.34.1'",
          description: "Kubernetes version for Helm's .Capabilities.KubeVersion."
        },
        "api-versions": {
          $ref: "#/definitions/stringList",
          description: "API versions for Helm's .Capabilities.APIVersions (e.g. monitoring.coreos.com/v1)."
        }
      }
    },
    stringList: {
      description: "A list of strings, or one string with one entry per line.",
      type: [
        "array",
        "string"
      ],
      items: {
        type: "string"
      },
      "x-expected": "a list of strings"
    },
    rule: {
      title: "Rule settings",
      type: "object",
      additionalProperties: false,
      "x-expected": "a mapping with enabled, severity or parameters",
      properties: {
        enabled: {
          title: "Enabled",
          description: "true reports the rule whatever the profile (optional rules such as image-digest included); false never reports it.",
          type: "boolean"
        },
        severity: {
          title: "Severity",
          description: "The severity its findings are reported at, instead of the rule's own.",
          enum: [
            "error",
            "warning",
            "notice"
          ]
        },
        parameters: {
          title: "Parameters",
          description: "Values the rule reads instead of its defaults (see docs/rules.md for each rule's parameters).",
          type: "object",
          "x-expected": "a mapping of parameter names to values"
        }
      }
    },
    exception: {
      title: "Exception",
      description: "Accepts the findings of some rules on the objects its selector picks. Every selector key given must match; globs use *, ** and {a,b}. An exception whose rules and selectors all match everything (left out, *, ** in any combination) is refused.",
      type: "object",
      additionalProperties: false,
      required: [
        "rules",
        "reason"
      ],
      "x-expected": "a mapping with rules, reason and a selector",
      properties: {
        rules: {
          title: "Rules",
          description: `Rule ids (globs allowed) whose findings are accepted; '*' means every rule. Findings that mean "could not check" (render-error, parse-error, evaluation-error) are accepted only when named exactly.`,
          type: [
            "array",
            "string"
          ],
          items: {
            type: "string",
            minLength: 1
          },
          minItems: 1,
          minLength: 1,
          "x-expected": "a rule id or a list of rule ids"
        },
        kind: {
          title: "Kind",
          description: "Glob of the object's kind, e.g. Deployment or '*Role*'.",
          type: "string",
          minLength: 1
        },
        namespace: {
          title: "Namespace",
          description: "Glob of the object's namespace (for Helm, the release namespace when the object names none).",
          type: "string",
          minLength: 1
        },
        name: {
          title: "Name",
          description: "Glob of the object's name, e.g. 'prometheus-*'.",
          type: "string",
          minLength: 1
        },
        target: {
          title: "Target",
          description: "Glob of the target's repository path: the kustomization directory, chart directory or manifest file.",
          type: "string",
          minLength: 1
        },
        file: {
          title: "File",
          description: "Glob of the repository file the finding is reported in (the template, patch or manifest).",
          type: "string",
          minLength: 1
        },
        reason: {
          title: "Reason",
          description: "Why the findings are acceptable; shown wherever the exception is applied.",
          type: "string",
          pattern: "\\S",
          "x-expected": "a non-empty reason"
        },
        expires: {
          title: "Expires",
          description: "Last day (UTC) the exception applies, as YYYY-MM-DD. From the next day it no longer applies and is reported as an error.",
          type: "string",
          pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
          "x-expected": "a date YYYY-MM-DD such as 2026-06-30"
        },
        owner: {
          title: "Owner",
          description: "Who answers for the exception (a team or a person).",
          type: "string"
        }
      }
    }
  }
};

// src/config/schema.ts
var compiled;
function validator() {
  if (!compiled) {
    const ajv = new import_ajv.Ajv({ allErrors: true, verbose: true, allowUnionTypes: true });
    ajv.addKeyword("x-expected");
    compiled = ajv.compile(config_schema_default);
  }
  return compiled;
}
function schemaErrors(document) {
  const validate = validator();
  if (document.value === void 0 || validate(document.value)) return [];
  const problems = (validate.errors ?? []).filter(relevant).map((error) => describeError(document, error));
  return [...new Map(problems.map((problem) => [problem.text, problem])).values()].sort((a, b2) => a.line - b2.line);
}
function relevant(error, _index, all) {
  if (error.keyword === "type") return true;
  return !all.some((other) => other.keyword === "type" && other.instancePath === error.instancePath);
}
function describeError(document, error) {
  const path = keyPath(document.value, error.instancePath);
  if (error.keyword === "additionalProperties") {
    const key = String(error.params.additionalProperty);
    const known = Object.keys(error.parentSchema?.properties ?? {});
    return at2(document, [...path, key], `unknown key '${key}'${suggestion(key, known)}; expected one of ${known.join(", ")}`);
  }
  if (error.keyword === "required") {
    const key = String(error.params.missingProperty);
    const property = error.parentSchema.properties?.[key];
    return at2(document, path, `missing '${key}'; expected ${property?.["x-expected"] ?? `a '${key}' key`}`);
  }
  const value = shown(document, path, error.data);
  if (error.keyword === "enum") return at2(document, path, `${value} is not one of ${error.schema.join(", ")}`);
  if (error.keyword === "type") return at2(document, path, `${scalar2(error.data) ? `${value} is` : "found"} ${typeOf(error.data)}; expected ${expected(error) ?? typeWords(error.schema)}${quoteHint(error)}`);
  return at2(document, path, `${value} is not ${expected(error) ?? `valid (${error.message ?? error.keyword})`}`);
}
function at2(document, path, message) {
  return { path, line: lineAt(document, path), text: problemAt(document, path, message) };
}
function keyPath(value, instancePath) {
  const path = [];
  let node = value;
  for (const raw of instancePath.split("/").slice(1)) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    const index = Array.isArray(node) ? Number(segment) : void 0;
    path.push(index ?? segment);
    node = index === void 0 ? node?.[segment] : node[index];
  }
  return path;
}
function expected(error) {
  return error.parentSchema?.["x-expected"];
}
function shown(document, path, value) {
  if (value === null) return "an empty value";
  if (Array.isArray(value)) return value.length ? "a list" : "an empty list";
  if (typeof value === "object") return "a mapping";
  const written = document.sources.get(pathKey(path)) ?? String(value);
  return typeof value === "string" ? `'${written}'` : written;
}
function scalar2(value) {
  return typeof value !== "object";
}
function typeOf(value) {
  if (value === null) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "number") return "a number";
  if (typeof value === "boolean") return "a boolean";
  return "a string";
}
var TYPE_WORDS = {
  string: "a string",
  boolean: "true or false",
  number: "a number",
  integer: "a whole number",
  object: "a mapping",
  array: "a list"
};
function typeWords(type) {
  const types = Array.isArray(type) ? type : [type];
  return types.map((name) => TYPE_WORDS[String(name)] ?? String(name)).join(" or ");
}
function quoteHint(error) {
  const wantsString = error.schema === "string" || Array.isArray(error.schema) && error.schema.includes("string");
  return wantsString && (typeof error.data === "number" || typeof error.data === "boolean") ? " (put the value in quotes)" : "";
}

// src/config/variants.ts
function variantsOf(document, written) {
  const entries = Array.isArray(written) ? written : [];
  const problems = [];
  const seen = /* @__PURE__ */ new Set();
  const mappings = entries.flatMap((entry, index) => entry !== null && typeof entry === "object" && !Array.isArray(entry) ? [{ entry, index }] : []);
  const variants = mappings.map(({ entry, index }) => {
    const path = String(entry.path).replace(/^\.\/+/, "").replace(/\/+$/, "") || ".";
    const name = String(entry.name);
    if (seen.has(`${path}
${name}`)) problems.push(problemAt(document, ["variants", index, "name"], `'${name}' names a second variant of ${path}; expected one name per variant`));
    seen.add(`${path}
${name}`);
    const releaseName3 = typeof entry["release-name"] === "string" ? entry["release-name"] : void 0;
    if (releaseName3 !== void 0 && !isReleaseName(releaseName3)) problems.push(problemAt(document, ["variants", index, "release-name"], `'${releaseName3}' is not a DNS-1123 name`));
    return {
      path,
      name,
      valuesFiles: texts(entry["values-files"]).map((file) => file.replace(/^\.\//, "")),
      set: setPairs(entry.set),
      ...releaseName3 && { releaseName: releaseName3 },
      ...typeof entry.namespace === "string" && { namespace: entry.namespace },
      ...typeof entry["kube-version"] === "string" && { kubeVersion: entry["kube-version"] },
      apiVersions: texts(entry["api-versions"])
    };
  });
  return { variants, problems };
}
function texts(value) {
  if (typeof value === "string") return value.split("\n").map((item) => item.trim()).filter(Boolean);
  return Array.isArray(value) ? value.map(String) : [];
}
function setPairs(value) {
  if (Array.isArray(value)) return value.map(String);
  if (value !== null && typeof value === "object") return Object.entries(value).map(([key, item]) => `${key}=${String(item)}`);
  return [];
}

// src/config/load.ts
var DEFAULT_CONFIG_FILES = [".kube-policy-gate.yaml", ".kube-policy-gate.yml"];
var CONFIG_ONLY = /* @__PURE__ */ new Set(["rules", "exceptions", "variants"]);
function loadConfig(read, named = "") {
  const inspected = inspectConfigFile(read, named);
  if (inspected?.problems.length) throw new ConfigError(inspected.problems);
  return inspected?.config;
}
function inspectConfigFile(read, named = "", rules) {
  const wanted = named.trim();
  if (wanted) {
    const text2 = read(wanted);
    if (text2 === void 0) throw new ConfigError(`Invalid config '${wanted}': no such file. Expected a YAML file relative to the repository root, or an empty config input to use ${DEFAULT_CONFIG_FILES[0]} when it exists.`);
    return inspectConfig(wanted, text2, rules);
  }
  const present = DEFAULT_CONFIG_FILES.filter((file) => read(file) !== void 0);
  if (present.length > 1) throw new ConfigError(`Both ${present.join(" and ")} exist. Expected one config file: merge them into ${DEFAULT_CONFIG_FILES[0]}.`);
  return present[0] === void 0 ? void 0 : inspectConfig(present[0], read(present[0]), rules);
}
function inspectConfig(file, text2, rules) {
  const document = parseConfigDocument(file, text2);
  const value = isRecord(document.value) ? document.value : {};
  const schema = schemaErrors(document);
  const refused2 = (...prefix) => schema.some((error) => prefix.every((key, index) => error.path[index] === key));
  const entries = Array.isArray(value.exceptions) ? value.exceptions : [];
  const sound = (index) => isRecord(entries[index]) && !refused2("exceptions", index);
  const exceptions = entries.map((entry, index) => toException(sound(index) ? entry : { rules: [] }, { file, line: lineAt(document, ["exceptions", index]) }));
  const variants = variantsOf(document, value.variants);
  const written = isRecord(value.rules) ? Object.fromEntries(Object.entries(value.rules).filter(([, setting]) => isRecord(setting))) : {};
  const config = { file, inputs: inputValues(value), rules: written, exceptions, variants: variants.variants, document };
  const problems = [
    ...document.duplicates,
    ...schema.map((error) => error.text),
    ...workflowOnlyProblems(document, value),
    ...exceptions.flatMap((exception, index) => sound(index) ? exceptionProblems(document, exception, index) : []),
    ...refused2("variants") ? [] : variants.problems,
    ...rules?.length && !namesOwnPolicies(value) ? ruleIdProblems(config, rules) : []
  ];
  return { config, problems: inFileOrder(file, problems) };
}
function namesOwnPolicies(value) {
  const bundles = value[Inputs.policyBundles];
  return (Array.isArray(bundles) ? bundles.length > 0 : typeof bundles === "string" && bundles.trim() !== "") || value[Inputs.policyMode] === "replace";
}
function inFileOrder(file, problems) {
  const line = (problem) => Number(/^(\d+):/.exec(problem.slice(file.length + 1))?.[1] ?? 0);
  return [...new Set(problems)].sort((a, b2) => line(a) - line(b2));
}
function isRecord(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function inputValues(value) {
  const inputs = {};
  for (const [key, setting] of Object.entries(value)) {
    if (!CONFIG_ONLY.has(key)) inputs[key] = Array.isArray(setting) ? setting.join("\n") : String(setting);
  }
  return inputs;
}
function exceptionProblems(document, exception, index) {
  const problems = [];
  if (exception.rules.length === 0) problems.push(problemAt(document, ["exceptions", index, "rules"], "names no rule; expected a rule id or a list of rule ids"));
  else if (selectsEverything(exception)) {
    const written = ["rules", "kind", "namespace", "name", "target", "file"].filter((key) => exception[key] !== void 0).map((key) => `${key} ${key === "rules" ? exception.rules.join(", ") : `'${exception[key]}'`}`).join(", ");
    problems.push(
      problemAt(document, ["exceptions", index], `${written} accepts every rule on every object and would switch the gate off; expected kind, namespace, name, target or file naming which objects (a glob that matches everything does not)`)
    );
  }
  if (exception.expires !== void 0 && !isCalendarDate(exception.expires)) {
    problems.push(problemAt(document, ["exceptions", index, "expires"], `'${exception.expires}' is not a date; expected a real day as YYYY-MM-DD such as 2026-06-30`));
  }
  return problems;
}
function workflowOnlyProblems(document, value) {
  if (value[Inputs.allowNetwork] !== true) return [];
  return [
    problemAt(
      document,
      [Inputs.allowNetwork],
      `true is refused in the config file: it is part of the pull request, which must not open the network for its own renders; set the workflow's allow-network input (--allow-network on the command line) instead`
    )
  ];
}
function isCalendarDate(text2) {
  const date = /* @__PURE__ */ new Date(`${text2}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text2);
}
function toException(entry, source) {
  const rules = Array.isArray(entry.rules) ? entry.rules : String(entry.rules).split(",");
  const exception = { rules: rules.map((rule) => rule.trim()).filter(Boolean), reason: String(entry.reason).trim(), source };
  for (const key of ["kind", "namespace", "name", "target", "file", "expires", "owner"]) {
    if (typeof entry[key] === "string") exception[key] = entry[key];
  }
  return exception;
}

// src/config/merge.ts
function withConfig(read, config) {
  if (!config) return read;
  return (name) => {
    const input = read(name);
    return input.trim() !== "" ? input : config.inputs[name] ?? input;
  };
}

// src/config/settings.ts
function configuredSettings(read, workspace, readFile9 = repositoryReader(workspace), trust = { base: { kind: "as-is" } }, rules = bundledRules()) {
  const proposed = checkedConfig(read, workspace, readFile9, rules);
  if (trust.base.kind === "as-is") return { ...readSettings(withConfig(read, proposed), workspace), ...proposed && { config: proposed } };
  readSettings(withConfig(read, proposed), workspace);
  const root = resolveRoot(workspace, read(Inputs.workingDirectory));
  const config = trustConfig(proposed, trust.base, { read, exists: (path) => existsSync5(resolve4(root, path)), ...trust.severityOf && { severityOf: trust.severityOf } });
  return { ...readSettings(withConfig(read, config), workspace), ...config && { config } };
}
function repositoryReader(root) {
  return (path) => {
    const absolute = join7(root, path);
    let real;
    try {
      real = realpathSync(absolute);
    } catch {
      return void 0;
    }
    const inside = relative5(realpathSync(root), real);
    if (inside.startsWith("..") || isAbsolute5(inside) || inside.split(sep4)[0] === ".git" || !statSync2(real).isFile()) {
      throw new ConfigError(`Invalid config '${path}': it leads to ${real}. Expected a regular file inside the repository.`);
    }
    return readFileSync5(real, "utf8");
  };
}
function checkedConfig(read, workspace, readFile9, rules) {
  const ownPolicies = list(read(Inputs.policyBundles)).length > 0 || read(Inputs.policyMode).trim().toLowerCase() === "replace";
  const inspected = inspectConfigFile(readFile9, read(Inputs.config), ownPolicies ? void 0 : rules);
  const fileProblems = inspected ? [...inspected.problems, ...policyPathProblems(inspected.config)] : [];
  const inputProblems = settingsProblems(() => readSettings(withConfig(read, fileProblems.length ? void 0 : inspected?.config), workspace));
  if (fileProblems.length || inputProblems.length) throw new ConfigError([...fileProblems, ...inputProblems]);
  return inspected?.config;
}
function settingsProblems(read) {
  try {
    read();
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}
function bundledRules() {
  try {
    const path = join7(defaultBundleDir(), "rules.json");
    return parseRules(path, readFileSync5(path));
  } catch {
    return [];
  }
}
function policyPathProblems(config) {
  const value = config.document.value ?? {};
  return [Inputs.policyBundles, Inputs.policyData].flatMap((key) => {
    const written = value[key];
    const entries = Array.isArray(written) ? written : typeof written === "string" ? list(written) : [];
    return entries.flatMap(
      (entry, index) => typeof entry === "string" && (isAbsolute5(entry) || entry.split(/[\\/]/).includes("..")) ? [problemAt(config.document, Array.isArray(written) ? [key, index] : [key], `'${entry}' is outside the repository; expected a path inside it, relative to its root (the workflow's ${key} input may name other files)`)] : []
    );
  });
}

// src/config/trusted.ts
import { readFileSync as readFileSync6 } from "node:fs";
import { join as join8 } from "node:path";

// src/github/api.ts
var GitHubApiError = class extends Error {
  status;
  /** GitHub refused for a rate limit (primary or secondary), not for a permission: the same request may pass later. */
  rateLimited;
  constructor(message, status, rateLimited = false) {
    super(message);
    this.name = "GitHubApiError";
    this.status = status;
    this.rateLimited = rateLimited;
  }
};
var REQUEST_TIMEOUT_MS = 3e4;
var TOTAL_WAIT_SECONDS = 120;
var RETRIES = 3;
function waitBudget(env = process.env) {
  const scaled = Number(env.KPG_GITHUB_SECOND_MS);
  return { seconds: TOTAL_WAIT_SECONDS, secondMs: Number.isFinite(scaled) && scaled >= 0 && scaled < 1e3 ? scaled : 1e3 };
}
async function connectGitHub(token, baseUrl, timeoutMs = REQUEST_TIMEOUT_MS, budget = waitBudget()) {
  const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([import("./github-XRMAHVMA.js"), import("./dist-bundle-7Y35SZJF.js"), import("./dist-bundle-FJQIEEHK.js")]);
  const spend2 = (retryAfter, _options, _octokit, retryCount) => {
    if (retryCount >= RETRIES || retryAfter > budget.seconds) return false;
    budget.seconds -= retryAfter;
    return true;
  };
  const octokit = getOctokit(
    token,
    {
      baseUrl: baseUrl.replace(/\/+$/, ""),
      throttle: { onRateLimit: spend2, onSecondaryRateLimit: spend2, retryAfterBaseValue: budget.secondMs, ...budget.secondMs < 1e3 && { write: scaledPacer(budget.secondMs), notifications: scaledPacer(3 * budget.secondMs) } },
      // 429 and 5xx: plugin-retry waits 1, 4, 9 s (squared retry count); 403 is plugin-throttling's to judge, and
      // 501 (an endpoint a GitHub Enterprise Server lacks) never passes on a retry.
      retry: { retries: RETRIES, retryAfterBaseValue: budget.secondMs, doNotRetry: [400, 401, 403, 404, 410, 422, 451, 501] }
    },
    retry,
    throttling
  );
  octokit.hook.before("request", (options) => {
    options.request = { ...options.request, signal: AbortSignal.timeout(timeoutMs) };
  });
  const call = async (label, request) => {
    try {
      return (await request()).data;
    } catch (error) {
      const status = typeof error.status === "number" ? error.status : void 0;
      const message = error instanceof Error ? error.message : String(error);
      throw new GitHubApiError(`${label}: ${message}`, status, isRateLimit(error, status));
    }
  };
  return {
    createCheckRun: (repository, body) => call("create check run", () => octokit.rest.checks.create({ ...repository, ...body })),
    updateCheckRun: async (repository, id, body) => {
      await call("update check run", () => octokit.rest.checks.update({ ...repository, check_run_id: id, ...body }));
    },
    listPullRequestFiles: (repository, number) => call("list pull request files", async () => ({ data: await octokit.paginate(octokit.rest.pulls.listFiles, { ...repository, pull_number: number, per_page: 100 }) })),
    listIssueComments: (repository, number) => call("list comments", async () => ({ data: await octokit.paginate(octokit.rest.issues.listComments, { ...repository, issue_number: number, per_page: 100 }) })),
    createIssueComment: (repository, number, body) => call("create comment", () => octokit.rest.issues.createComment({ ...repository, issue_number: number, body })),
    updateIssueComment: (repository, id, body) => call("update comment", () => octokit.rest.issues.updateComment({ ...repository, comment_id: id, body })),
    deleteIssueComment: async (repository, id) => {
      await call("delete comment", () => octokit.rest.issues.deleteComment({ ...repository, comment_id: id }));
    },
    readFile: async (repository, path, ref, maxBytes) => {
      let data;
      try {
        data = await call(`read ${path} at ${ref.slice(0, 12)}`, () => octokit.rest.repos.getContent({ ...repository, path, ref }));
      } catch (error) {
        if (error.status === 404) return void 0;
        throw error;
      }
      return fileText(data, path, maxBytes);
    }
  };
}
function fileText(data, path, maxBytes) {
  const file = data;
  if (Array.isArray(data) || file.type !== "file") throw new Error(`${path} is ${Array.isArray(data) ? "a directory" : `a ${String(file.type)}`}, not a regular file`);
  if (typeof file.size === "number" && file.size > maxBytes) throw new Error(`${path} is ${file.size} bytes; expected at most ${maxBytes}`);
  if (file.encoding !== "base64" || typeof file.content !== "string") throw new Error(`${path} came without its content (encoding '${String(file.encoding)}')`);
  return Buffer.from(file.content, "base64").toString("utf8");
}
function scaledPacer(pauseMs) {
  let last = Promise.resolve();
  const schedule = (_options, task, ...args) => {
    const turn = last.then(() => new Promise((resolve13) => setTimeout(resolve13, pauseMs))).then(() => task(...args));
    last = turn.catch(() => void 0);
    return turn;
  };
  return { key: () => ({ schedule }) };
}
function isRateLimit(error, status) {
  if (status === 429) return true;
  if (status !== 403) return false;
  const response = error.response;
  const headers = response?.headers ?? {};
  const message = `${response?.data?.message ?? ""} ${error instanceof Error ? error.message : ""}`;
  return headers["x-ratelimit-remaining"] === "0" || headers["retry-after"] !== void 0 || /\brate limit/i.test(message);
}

// src/github/base.ts
var GIT_LIMITS = { timeoutMs: 6e4, maxOutputBytes: 1024 * 1024 };
var SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
async function pullRequestBase(root, event) {
  if (!event) return { problem: "This run is not for a pull request, so there is no base to compare with." };
  if (!SHA.test(event.baseSha) || !SHA.test(event.headSha)) {
    return { problem: `The event's base '${event.baseSha}' or head '${event.headSha}' is not a commit id, so the pull request's base cannot be read.` };
  }
  const head = await git(root, ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]).catch(() => void 0);
  if (head === void 0) return { problem: `${root} is not a git checkout, so the pull request's base cannot be read.` };
  const parents = commitParents(await git(root, ["cat-file", "commit", head]).catch(() => ""));
  const merge2 = parents.length === 2 && parents[1] === event.headSha;
  const sha = merge2 ? parents[0] : event.baseSha;
  if (!await hasCommit(root, sha)) {
    const depth = merge2 ? "fetch-depth: 2 (the merge commit and its parents)" : "fetch-depth: 0";
    return { problem: `The pull request's base commit ${sha.slice(0, 12)} is not in the clone. Check out with ${depth} so it can be read.` };
  }
  return { sha, how: merge2 ? "merge-parent" : "event" };
}
async function checksOutPullRequest(root, headSha) {
  const head = await git(root, ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]).catch(() => void 0);
  if (head === void 0) return void 0;
  if (head === headSha) return true;
  const parents = commitParents(await git(root, ["cat-file", "commit", head]).catch(() => ""));
  return parents.length === 2 && parents[1] === headSha;
}
function commitParents(raw) {
  const header = raw.split("\n\n")[0] ?? "";
  return header.split("\n").filter((line) => line.startsWith("parent ")).map((line) => line.slice("parent ".length).trim());
}
async function hasCommit(root, sha) {
  const type = await git(root, ["cat-file", "-t", sha]).catch(() => void 0);
  return type === "commit";
}
async function git(cwd, args) {
  const result = await execTool("git", args, { cwd, ...GIT_LIMITS });
  if (result.code !== 0) throw new Error(`git ${args[0]}: ${trimStderr(result.stderr) || `exit ${result.code}`}`);
  return result.stdout.trim();
}

// src/github/event.ts
var SHA2 = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
function readPullRequest(payload, env) {
  const pull = field(payload, "pull_request");
  const number = field(pull, "number");
  const baseSha = field(field(pull, "base"), "sha");
  const headSha = field(field(pull, "head"), "sha");
  const repository = readRepository(payload, env);
  if (typeof number !== "number" || !Number.isSafeInteger(number) || number < 1) return void 0;
  if (typeof baseSha !== "string" || typeof headSha !== "string" || !SHA2.test(baseSha) || !SHA2.test(headSha) || !repository) return void 0;
  const headRepo = field(field(field(pull, "head"), "repo"), "full_name");
  const baseRepo = field(field(field(pull, "base"), "repo"), "full_name");
  const fromFork = field(field(field(pull, "head"), "repo"), "fork") === true || typeof headRepo === "string" && typeof baseRepo === "string" && headRepo !== baseRepo;
  return { repository, number, baseSha, headSha, fromFork };
}
function readRepository(payload, env) {
  const fullName = env.GITHUB_REPOSITORY || field(field(payload, "repository"), "full_name");
  if (typeof fullName !== "string") return void 0;
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(fullName);
  return match ? { owner: match[1], repo: match[2] } : void 0;
}
function runUrl(env) {
  const { GITHUB_SERVER_URL: server = "https://github.com", GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: run, GITHUB_RUN_ATTEMPT: attempt } = env;
  if (!repository || !run || !/^\d+$/.test(run)) return void 0;
  return `${server.replace(/\/+$/, "")}/${repository}/actions/runs/${run}${attempt && /^\d+$/.test(attempt) ? `/attempts/${attempt}` : ""}`;
}
function field(value, name) {
  return value !== null && typeof value === "object" ? value[name] : void 0;
}

// src/config/trusted.ts
var GIT_LIMITS2 = { timeoutMs: 6e4, maxOutputBytes: MAX_CONFIG_BYTES + 1024 };
function candidates(named) {
  return named.trim() ? [named.trim()] : [...DEFAULT_CONFIG_FILES];
}
async function pullRequestTrust(configInput, workspace, token, env) {
  const pull = readPullRequest(readJson(env.GITHUB_EVENT_PATH), env);
  if (!pull) return { base: { kind: "as-is" } };
  const connect = token ? () => connectGitHub(token, env.GITHUB_API_URL || "https://api.github.com") : void 0;
  return { base: await baseOfPullRequest(workspace, configInput, pull, connect), severityOf: bundledSeverities() };
}
async function refTrust(configFlag, root, ref) {
  return { base: await baseOfRef(root, configFlag, ref), severityOf: bundledSeverities() };
}
function bundledSeverities() {
  let rules;
  try {
    const path = join8(defaultBundleDir(), "rules.json");
    rules = new Map(parseRules(path, readFileSync6(path)).map((rule) => [rule.id, rule.severity]));
  } catch {
    rules = /* @__PURE__ */ new Map();
  }
  return (id) => rules.get(id);
}
function readJson(path) {
  if (!path) return void 0;
  try {
    return JSON.parse(readFileSync6(path, "utf8"));
  } catch {
    return void 0;
  }
}
async function baseOfPullRequest(workspace, named, pull, connect) {
  const base = await pullRequestBase(workspace, { baseSha: pull.baseSha, headSha: pull.headSha });
  if (base.sha !== void 0) return parsedAt(base.sha, named, await readAtCommit(workspace, base.sha, candidates(named)));
  if (!connect) return { kind: "unreadable", problem: `${base.problem} There is no github-token to read it from GitHub instead.` };
  try {
    const api = await connect();
    const prefix = await repositoryPrefix(workspace);
    const texts2 = /* @__PURE__ */ new Map();
    for (const name of candidates(named)) texts2.set(name, await api.readFile(pull.repository, `${prefix}${name}`, pull.baseSha, MAX_CONFIG_BYTES));
    return parsedAt(pull.baseSha, named, { texts: texts2 });
  } catch (error) {
    return { kind: "unreadable", problem: `${base.problem} Reading it from GitHub failed too: ${errorMessage(error)}` };
  }
}
async function baseOfRef(workspace, named, ref) {
  const commit = await git2(workspace, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]).catch(() => void 0);
  if (commit === void 0) return { kind: "unreadable", problem: `The commit '${ref}' is not in the repository at ${workspace}.` };
  return parsedAt(commit, named, await readAtCommit(workspace, commit, candidates(named)));
}
function parsedAt(commit, named, read) {
  if ("problem" in read) return { kind: "unreadable", problem: read.problem };
  if (named.trim() && read.texts.get(named.trim()) === void 0) return { kind: "commit", commit };
  try {
    const config = loadConfig((path) => read.texts.get(path), named);
    return { kind: "commit", commit, ...config && { config } };
  } catch (error) {
    return { kind: "unreadable", problem: `The base commit ${commit.slice(0, 12)}'s config is not valid: ${errorMessage(error)}` };
  }
}
async function readAtCommit(cwd, commit, names) {
  const texts2 = /* @__PURE__ */ new Map();
  try {
    for (const name of names) {
      const entry = await git2(cwd, ["ls-tree", "-z", "--long", commit, "--", `./${name}`]);
      if (!entry) {
        texts2.set(name, void 0);
        continue;
      }
      const [mode, type, blob, size] = entry.split("	")[0].split(/\s+/);
      if (type !== "blob" || !mode?.startsWith("100")) throw new Error(`${name} is not a regular file there (mode ${mode})`);
      if (Number(size) > MAX_CONFIG_BYTES) throw new Error(`${name} is ${size} bytes there; expected at most ${MAX_CONFIG_BYTES}`);
      texts2.set(name, await git2(cwd, ["cat-file", "blob", blob], false));
    }
    return { texts: texts2 };
  } catch (error) {
    return { problem: `The config at the base commit ${commit.slice(0, 12)} could not be read: ${errorMessage(error)}` };
  }
}
async function repositoryPrefix(workspace) {
  return git2(workspace, ["rev-parse", "--show-prefix"]).catch(() => "");
}
async function git2(cwd, args, trim = true) {
  const result = await execTool("git", args, { cwd, ...GIT_LIMITS2 });
  if (result.code !== 0) throw new Error(`git ${args[0]}: ${trimStderr(result.stderr) || (result.overflowed ? "output too big" : `exit ${result.code}`)}`);
  return trim ? result.stdout.trim() : result.stdout;
}

// src/report/escape.ts
var LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;
var HIDDEN = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
var LEGACY_COMMAND = "##[";
var COMMAND_AT_START = /^[\s\u0085]*::/;
var NAMED_ESCAPES = { "\r": "\\r", "\n": "\\n", "\v": "\\v", "\f": "\\f" };
function visible(character) {
  return NAMED_ESCAPES[character] ?? `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`;
}
function showHidden(text2) {
  return text2.replace(HIDDEN, visible);
}
function breakLegacyCommands(text2) {
  return text2.replaceAll(LEGACY_COMMAND, "##\\[");
}
function logLine(text2) {
  const line = breakLegacyCommands(showHidden(text2.replace(LINE_BREAK, (brk) => [...brk].map(visible).join(""))));
  return COMMAND_AT_START.test(line) ? line.replace("::", "\\::") : line;
}
function commandData(text2) {
  return breakLegacyCommands(showHidden(text2.replace(LINE_BREAK, "\n")));
}
function commandProperty(text2) {
  return logLine(text2);
}
var MARKDOWN_SPECIAL = /[&<>"'|`[\]*_~\\#@$]/g;
var HTML_NAMED = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
function markdown(text2) {
  return showHidden(text2).replace(MARKDOWN_SPECIAL, (character) => HTML_NAMED[character] ?? `&#${character.charCodeAt(0)};`).replaceAll("://", "&#58;//").replace(/(www)\./gi, "$1&#46;").replace(LINE_BREAK, "<br>");
}
function markdownWithCode(text2) {
  return text2.split("`").map((part, index, parts) => index % 2 === 1 && index < parts.length - 1 ? `<code>${markdown(part)}</code>` : markdown(part)).join("");
}
var NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
var XML_SPECIAL = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
function xml(text2) {
  return showHidden(text2).replace(NOT_XML, visible).replace(/[&<>"']/g, (character) => XML_SPECIAL[character]);
}
function xmlAttribute(text2) {
  return xml(text2).replace(/[\r\n\t]/g, (character) => `&#${character.charCodeAt(0)};`);
}
function sarifText(text2) {
  return showHidden(text2);
}
function jsonText(json) {
  return json.replace(/[\u0085\u2028\u2029]/g, visible).replaceAll(LEGACY_COMMAND, "##\\u005b");
}

// src/report/context.ts
var NOT_CHECKED_RULES = /* @__PURE__ */ new Set([...Object.values(PIPELINE_RULES), "no-targets", "skipped-link", "not-checked"]);
function couldNotCheck(finding) {
  return NOT_CHECKED_RULES.has(finding.ruleId);
}
function repositoryPath(file, context) {
  const prefix = (context.pathPrefix ?? "").replace(/^(\.\/)+|^\.$|\/+$/g, "");
  if (!prefix) return file;
  return file === "." ? prefix : `${prefix}/${file}`;
}
function changeRank(finding, changed) {
  const location = finding.location;
  if (!changed || !location) return 2;
  if (changed.lines.has(`${location.file}:${location.line}`)) return 0;
  return changed.files.has(location.file) ? 1 : 2;
}
function encodePath(path) {
  return path.split("/").map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`)).join("/");
}
function lineUrl(finding, context) {
  const { location } = finding;
  if (!location || !context.repositoryUrl || !context.sha) return void 0;
  return `${context.repositoryUrl}/blob/${context.sha}/${encodePath(repositoryPath(location.file, context))}#L${location.line}`;
}
function ruleDocUrl(rule, context) {
  if (!rule || rule.custom || !context.rulesDocUrl) return void 0;
  return `${context.rulesDocUrl}#${encodeURIComponent(rule.id)}`;
}
function ruleIndex(context) {
  return new Map((context.rules ?? []).map((rule) => [rule.id, rule]));
}
function rulesDocUrlFrom(env, repositoryUrl, sha) {
  const server = (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
  const repository = env.GITHUB_ACTION_REPOSITORY;
  const ref = env.GITHUB_ACTION_REF;
  if (repository && /^[\w.-]+\/[\w.-]+$/.test(repository) && ref) return `${server}/${repository}/blob/${encodePath(ref)}/docs/rules.md`;
  return repositoryUrl && sha ? `${repositoryUrl}/blob/${sha}/docs/rules.md` : void 0;
}
function repositoryUrlFrom(env) {
  const repository = env.GITHUB_REPOSITORY;
  if (!repository || !/^[\w.-]+\/[\w.-]+$/.test(repository)) return void 0;
  return `${(env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "")}/${repository}`;
}

// src/report/describe.ts
function describeResource(resource) {
  if (!resource) return "";
  if (!resource.name) return resource.kind;
  return `${resource.kind}/${resource.namespace ? `${resource.namespace}/` : ""}${resource.name}`;
}
function describeObjects(finding, shown2 = 5) {
  const first = describeResource(finding.resource);
  const others = [...new Set((finding.alsoFor ?? []).map((folded) => describeResource(folded.resource)))].filter((other) => other && other !== first);
  if (!others.length) return first;
  return `${first} and ${others.length} more (${others.slice(0, shown2).join(", ")}${others.length > shown2 ? ", \u2026" : ""})`;
}
function describeTarget(target) {
  const variant = target.variant ? ` (${target.variant})` : "";
  const values = target.helm?.valuesFiles.length ? ` with ${target.helm.valuesFiles.join(", ")}` : "";
  const into = deploymentNamespace(target);
  const deployer = target.deployedBy ? `, deployed by ${target.deployedBy.kind} ${target.deployedBy.namespace ? `${target.deployedBy.namespace}/` : ""}${target.deployedBy.name}${into ? ` into ${into}` : ""}` : "";
  return `${target.kind} ${target.path}${variant}${values}${deployer}`;
}
function describeVariants(finding) {
  return finding.variants && finding.variants.length > 1 ? ` (in variants ${finding.variants.join(", ")})` : "";
}
function describeLocation(finding) {
  const location = finding.location;
  if (!location) return "";
  return `${location.file}:${location.line}${location.column ? `:${location.column}` : ""}`;
}
function describeComparison(outcome) {
  const comparison = outcome.comparison;
  if (!comparison) return "";
  if (!comparison.base) return `Not compared with the base: ${comparison.introduced} counted.`;
  return `Compared with base ${comparison.base.slice(0, 12)}: ${comparison.introduced} new, ${comparison.existing} already in the base (not counted), ${comparison.fixed} fixed.`;
}
function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
function describeCounts(outcome) {
  const { error, warning, notice } = outcome.counts;
  const accepted = outcome.findings.filter((finding) => finding.suppressed).length;
  const existing = outcome.comparison?.existing ?? 0;
  const counts = [plural(error, "error"), plural(warning, "warning"), plural(notice, "notice"), ...existing ? [`${existing} already in the base`] : [], ...accepted ? [`${accepted} accepted by exceptions`] : []];
  return `${counts.join(", ")} in ${plural(outcome.resources, "object")} from ${plural(outcome.targets, "target")}`;
}

// src/compare/fingerprint.ts
import { hash } from "node:crypto";
import { posix as posix3 } from "node:path";
function findingIdentity(finding) {
  const { resource } = finding;
  const group = resource?.apiVersion.includes("/") ? resource.apiVersion.split("/")[0] : "";
  const subject = resource ? [group, resource.kind, resource.namespace ?? "", resource.stableName ?? resource.name] : [finding.location?.file ?? ""];
  return [finding.ruleId, subject, finding.fieldPath ?? [], finding.target.variant ?? "", deployerIdentity(finding.target)];
}
function deployerIdentity(target) {
  const deployer = target.deployedBy;
  if (deployer) return [deployer.kind, deployer.namespace ?? "", deployer.name, posix3.dirname(deployer.file)];
  return [target.kind === "manifests" ? posix3.dirname(target.path) : posix3.normalize(target.path)];
}
function fingerprints(findings) {
  const seen = /* @__PURE__ */ new Map();
  return findings.map((finding) => {
    const digest = hash("sha256", JSON.stringify(findingIdentity(finding)), "hex");
    const count = (seen.get(digest) ?? 0) + 1;
    seen.set(digest, count);
    return count === 1 ? digest : `${digest}:${count}`;
  });
}

// src/report/sarif.ts
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var SARIF_CATEGORY = "kube-policy-gate/";
var SARIF_MAX_RESULTS = 25e3;
var FINGERPRINT_KEY = "kubePolicyGate/v3";
var LEVEL = { error: "error", warning: "warning", notice: "note" };
var SECURITY_SEVERITY = { error: "8.0", warning: "5.0", notice: "2.0" };
var PROBLEM_SEVERITY = { error: "error", warning: "warning", notice: "recommendation" };
function formatSarif(outcome, context = {}) {
  const known = ruleIndex(context);
  const computed = fingerprints(outcome.findings);
  const kept = sarifFindings(outcome, context.maxResults).map(({ finding, index }) => ({ finding, print: finding.fingerprint ?? computed[index] }));
  const ids = [...new Set(kept.map(({ finding }) => finding.ruleId))].sort();
  const rules = ids.map((id) => describeRule(id, known.get(id), kept.filter(({ finding }) => finding.ruleId === id).map(({ finding }) => finding), context));
  const results = kept.map(({ finding, print }) => formatResult(finding, ids.indexOf(finding.ruleId), print, context));
  const driver = {
    name: "kube-policy-gate",
    ...context.toolVersion && { version: context.toolVersion, semanticVersion: context.toolVersion },
    ...context.rulesDocUrl && { informationUri: context.rulesDocUrl },
    rules
  };
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [{ tool: { driver }, automationDetails: { id: automationId(context.category) }, columnKind: "utf16CodeUnits", results }]
  };
}
function automationId(category) {
  if (!category) return SARIF_CATEGORY;
  return category.endsWith("/") ? category : `${category}/`;
}
function sarifFindings(outcome, maxResults = SARIF_MAX_RESULTS) {
  return outcome.findings.map((finding, index) => ({ finding, index })).filter(({ finding }) => placeable(finding)).sort((a, b2) => rank(a.finding) - rank(b2.finding) || a.index - b2.index).slice(0, Math.min(maxResults, SARIF_MAX_RESULTS));
}
function sarifOmissions(outcome, options = {}) {
  const placed = outcome.findings.filter(placeable).length;
  return { overLimit: Math.max(0, placed - Math.min(options.maxResults ?? SARIF_MAX_RESULTS, SARIF_MAX_RESULTS)), withoutLine: outcome.findings.length - placed };
}
function describeSarifOmissions(outcome, omissions) {
  const kept = outcome.findings.length - omissions.overLimit - omissions.withoutLine;
  const why = [
    omissions.overLimit ? `${omissions.overLimit} over the limit of results a run (the least severe)` : "",
    omissions.withoutLine ? `${omissions.withoutLine} without a file to point at (code scanning needs a location)` : ""
  ].filter(Boolean);
  return `The SARIF file holds ${kept} of ${outcome.findings.length} findings, the most severe first; left out: ${why.join(", ")}.`;
}
var SEVERITY_RANK2 = { error: 0, warning: 1, notice: 2 };
function rank(finding) {
  return SEVERITY_RANK2[finding.severity] + (finding.suppressed ? 3 : 0);
}
function placeable(finding) {
  return finding.location !== void 0 || FILE.test(finding.target.path);
}
var FILE = /\.(?:ya?ml|json)$/i;
function formatSarifText(outcome, context = {}) {
  return `${jsonText(JSON.stringify(formatSarif(outcome, context), null, 2))}
`;
}
function describeRule(id, rule, findings, context) {
  const severity = rule?.severity ?? findings[0].severity;
  const title = sarifText(rule?.title ?? findings[0].title);
  const helpUri = ruleDocUrl(rule, context) ?? (rule && !rule.custom ? rule.references[0] : void 0);
  const tags = ["security", "kubernetes", ...rule?.profiles ?? [], ...rule?.custom ? ["custom"] : [], ...couldNotCheck(findings[0]) ? ["not-checked"] : []];
  return {
    id,
    name: id,
    shortDescription: { text: title },
    fullDescription: { text: sarifText(rule?.description || title) },
    ...helpUri && { helpUri },
    help: { text: sarifText(helpText(rule, title)), markdown: helpMarkdown(rule, title) },
    defaultConfiguration: { level: LEVEL[severity] },
    properties: { tags, precision: "very-high", "problem.severity": PROBLEM_SEVERITY[severity], "security-severity": SECURITY_SEVERITY[severity] }
  };
}
function helpText(rule, title) {
  if (!rule) return title;
  return [rule.description || title, rule.remediation && `How to fix: ${rule.remediation}`, ...rule.references].filter(Boolean).join("\n\n");
}
function helpMarkdown(rule, title) {
  const text2 = (value) => rule?.custom ? markdownWithCode(value) : value;
  if (!rule) return markdownWithCode(title);
  const references = rule.custom ? rule.references.map((reference) => `- ${markdownWithCode(reference)}`) : rule.references.map((reference) => `- <${reference}>`);
  return [
    text2(rule.description || title),
    rule.remediation ? `**How to fix:** ${text2(rule.remediation)}` : "",
    references.length ? `**References:**

${references.join("\n")}` : ""
  ].filter(Boolean).join("\n\n");
}
function formatResult(finding, ruleIndex2, fingerprint, context) {
  const object = describeObjects(finding);
  const subject = [object, `from ${describeTarget(finding.target)}`].filter(Boolean).join(" ");
  const location = finding.location;
  const file = repositoryPath(location?.file ?? finding.target.path, context);
  const region = location ? { startLine: location.line, ...location.column && { startColumn: location.column } } : { startLine: 1 };
  return {
    ruleId: finding.ruleId,
    ruleIndex: ruleIndex2,
    level: LEVEL[finding.severity],
    message: { text: sarifText(`${finding.message} (${subject})`) },
    locations: [{ physicalLocation: { artifactLocation: { uri: encodePath(file), uriBaseId: "%SRCROOT%" }, region } }],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
    ...finding.suppressed && {
      suppressions: [{ kind: finding.suppressed.by === "config" ? "external" : "inSource", status: "accepted", justification: sarifText(finding.suppressed.reason) }]
    },
    properties: {
      target: sarifText(describeTarget(finding.target)),
      ...object && { object: sarifText(object) },
      ...finding.fieldPath && { fieldPath: finding.fieldPath.map((step) => typeof step === "string" ? sarifText(step) : step) }
    }
  };
}

// src/report/text.ts
function formatText(outcome) {
  const lines = outcome.findings.map((finding) => {
    const where = describeLocation(finding) || describeTarget(finding.target);
    const object = describeObjects(finding);
    const existing = finding.baseline === "existing" ? " \u2014 already in the base" : "";
    return `${where}: ${finding.severity} [${finding.ruleId}] ${finding.message}${object ? ` (${object})` : ""}${describeVariants(finding)}${existing}${acceptedNote(finding)}`;
  });
  if (outcome.comparison) lines.push(describeComparison(outcome));
  if (outcome.files) lines.push(`checked ${plural(outcome.files.checked, "file")} of ${outcome.files.total} (the others, and why, are in the JSON output and the job summary)`);
  for (const { rule, reason } of outcome.skippedRules ?? []) lines.push(`skipped ${rule}: ${reason}`);
  lines.push(`${describeCounts(outcome)}: ${outcome.verdict === "fail" ? "FAIL" : "pass"} (fail-on: ${outcome.failOn})`);
  return `${lines.map(logLine).join("\n")}
`;
}
function acceptedNote(finding) {
  const { suppressed } = finding;
  if (!suppressed) return "";
  const details = [suppressed.reason, suppressed.owner && `owner ${suppressed.owner}`, suppressed.expires && `until ${suppressed.expires}`].filter(Boolean);
  return ` \u2014 accepted by ${suppressed.by === "config" ? "an exception" : "an ignore annotation"} (${details.join("; ")})`;
}
function formatRendered(result) {
  const what = "failure" in result ? "could not be rendered" : `rendered ${plural(result.documents.length, "document")}`;
  return logLine(`${describeTarget(result.target)}: ${what}`);
}
function* jsonChunks(outcome) {
  const { findings } = outcome;
  const whole = jsonText(JSON.stringify({ ...outcome, findings: [], exceptions: appliedExceptions(findings) }, null, 2));
  const at3 = whole.indexOf('\n  "findings": []');
  if (at3 < 0 || findings.length === 0) {
    yield `${whole}
`;
    return;
  }
  yield `${whole.slice(0, at3)}
  "findings": [`;
  for (let start = 0; start < findings.length; start += JSON_BATCH) {
    const batch = jsonText(JSON.stringify(findings.slice(start, start + JSON_BATCH), null, 2));
    yield `${start ? "," : ""}
  ${batch.slice(2, -2).replaceAll("\n", "\n  ")}`;
  }
  yield `
  ]${whole.slice(at3 + '\n  "findings": []'.length)}
`;
}
var JSON_BATCH = 512;

// src/runner.ts
import { availableParallelism } from "node:os";
import { realpath as realpath3 } from "node:fs/promises";
import { isAbsolute as isAbsolute11, relative as relative13 } from "node:path";

// src/discover/accounting.ts
import { basename, dirname as dirname2, join as join9 } from "node:path/posix";
var ACCOUNTED = /\.(ya?ml|json|jsonnet|libsonnet|tpl|gotmpl)$/i;
function accountFiles(input) {
  const selection = parseSelection(input.paths);
  const candidates2 = input.files.filter((file) => isSelected(file, selection) && (ACCOUNTED.test(file) || KUSTOMIZATION_FILES.includes(basename(file))));
  const checked = checkedFiles(input);
  const known = new Map((input.notChecked ?? []).map((entry) => [entry.file, entry.reason]));
  const why = reasons(input);
  const notChecked2 = candidates2.filter((file) => !checked.has(file)).map((file) => ({ file, reason: known.get(file) ?? why(file) }));
  const unwalked = [];
  for (const directory of input.skippedDirectories ?? []) {
    for (const file of directory.files.filter((item) => isSelected(item, selection))) {
      unwalked.push({ file, reason: `dependency directory ${directory.path}/: add it to paths to check it` });
    }
  }
  for (const link of input.skippedLinks ?? []) {
    if (!link.directory && ACCOUNTED.test(link.path) && isSelected(link.path, selection)) unwalked.push({ file: link.path, reason: `symbolic link not followed: ${link.reason}` });
  }
  const total = candidates2.length + unwalked.length;
  const all = [...notChecked2, ...unwalked].sort((a, b2) => a.file.localeCompare(b2.file));
  return { total, checked: total - all.length, notChecked: all };
}
function checkedFiles(input) {
  const checked = /* @__PURE__ */ new Set();
  const charts = input.files.filter((file) => basename(file) === CHART_FILE).map(dirname2);
  const kustomizations = readKustomizations(input);
  for (const target of input.targets) {
    if (target.kind === "manifests") checked.add(target.path);
    if (target.kind === "helm") {
      for (const file of input.files) if (isWithin(file, target.path) && chartRole(file, charts, /* @__PURE__ */ new Set()) === "chart") checked.add(file);
      for (const file of target.helm?.valuesFiles ?? []) checked.add(file);
    }
    if (target.kind === "kustomize") {
      for (const directory of reachable(target.path, kustomizations)) {
        const kustomization = kustomizations.get(directory);
        checked.add(kustomization.file);
        for (const file of [...kustomization.references, ...kustomization.fragments, ...kustomization.generated]) checked.add(file);
        for (const chart of kustomization.helmCharts ?? []) for (const file of input.files) if (isWithin(file, chart.chartDirectory)) checked.add(file);
      }
    }
  }
  return checked;
}
function readKustomizations(input) {
  const kustomizations = /* @__PURE__ */ new Map();
  for (const file of input.files) {
    if (!KUSTOMIZATION_FILES.includes(basename(file)) || kustomizations.has(dirname2(file))) continue;
    const text2 = input.read(file);
    kustomizations.set(dirname2(file), { file, ...readKustomization(file, text2), generated: generatorInputs(dirname2(file), text2) });
  }
  return kustomizations;
}
function reachable(start, kustomizations) {
  const seen = new Set(kustomizations.has(start) ? [start] : []);
  const pending = [...seen];
  while (pending.length) {
    for (const path of kustomizations.get(pending.pop()).references) {
      if (kustomizations.has(path) && !seen.has(path)) {
        seen.add(path);
        pending.push(path);
      }
    }
  }
  return [...seen];
}
function reasons(input) {
  const charts = input.files.filter((file) => basename(file) === CHART_FILE).map(dirname2);
  const libraries = new Set(charts.filter((chart) => isLibraryChart(input.read(join9(chart, CHART_FILE)))));
  const rendered = new Set(input.targets.filter((target) => target.kind === "helm").map((target) => target.path));
  let unused;
  return (file) => {
    unused ??= notAppliedFiles(input, readKustomizations(input));
    const beside = unused.get(file);
    if (beside) return beside;
    if (/\.(jsonnet|libsonnet)$/i.test(file)) return "jsonnet: not supported";
    if (file === input.configFile) return "kube-policy-gate configuration";
    const chart = owningChart(file, charts);
    if (chart !== void 0 && libraries.has(chart)) return `library chart ${chart}: rendered only through the charts that depend on it`;
    if (chart !== void 0 && isChartTemplateFile(file, input.read(file), charts)) return chartTemplateReason(chart);
    if (chart !== void 0 && rendered.has(chart)) {
      return /values/i.test(basename(file)) ? `values file of chart ${chart} that no render uses` : `file of chart ${chart} that helm does not render`;
    }
    if (chart !== void 0) return `in chart ${chart}, which is not checked`;
    if (/\.(tpl|gotmpl)$/i.test(file)) return "template outside a Helm chart";
    if (KUSTOMIZATION_FILES.includes(basename(file))) return "kustomization that is not built (a Component no checked kustomization uses)";
    const text2 = input.read(file);
    return nonObjectFileReason(text2) ?? (isTemplated(text2) ? "template (Jinja or Go templating) that is not YAML as it stands" : "not a Kubernetes manifest (no apiVersion and kind)");
  };
}

// src/discover/gitops/argo.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { dirname as dirname3, matchesGlob } from "node:path/posix";

// src/discover/gitops/fields.ts
function unreadFields(value, spec, prefix = "") {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return [];
  const unread = [];
  for (const [key, item] of Object.entries(value)) {
    if (isZero(item)) continue;
    const name = `${prefix}${key}`;
    const rule = spec[key];
    if (rule === void 0) unread.push(name);
    else if (Array.isArray(rule)) {
      if (Array.isArray(item)) item.forEach((entry, index) => unread.push(...unreadFields(entry, rule[0], `${name}[${index}].`)));
    } else if (rule !== true) unread.push(...unreadFields(item, rule, `${name}.`));
  }
  return unread;
}
function isZero(value) {
  if (value === null || value === void 0 || value === false || value === "" || value === 0) return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === "object" && Object.keys(value).length === 0;
}
var KUSTOMIZE_SELECTOR = { group: true, version: true, kind: true, name: true, namespace: true, labelSelector: true, annotationSelector: true };
var ARGO_SOURCE = {
  repoURL: true,
  path: true,
  targetRevision: true,
  chart: true,
  ref: true,
  name: true,
  // A plugin source is reported as not checked as a whole.
  plugin: true,
  helm: {
    valueFiles: true,
    parameters: [{ name: true, value: true, forceString: true }],
    fileParameters: [{ name: true, path: true }],
    releaseName: true,
    values: true,
    valuesObject: true,
    ignoreMissingValueFiles: true,
    namespace: true,
    kubeVersion: true,
    apiVersions: true,
    // Which helm, credentials, and skipping CRDs, tests or schema validation: the objects judged are a superset.
    version: true,
    passCredentials: true,
    skipCrds: true,
    skipTests: true,
    skipSchemaValidation: true
  },
  kustomize: {
    namePrefix: true,
    nameSuffix: true,
    namespace: true,
    images: true,
    commonLabels: true,
    commonAnnotations: true,
    replicas: [{ name: true, count: true }],
    patches: [{ path: true, patch: true, target: KUSTOMIZE_SELECTOR, options: true }],
    components: true,
    ignoreMissingComponents: true,
    // Labels and which kustomize: no field a rule reads.
    version: true,
    forceCommonLabels: true,
    forceCommonAnnotations: true,
    labelWithoutSelector: true
  },
  // Jsonnet options are reported with the Jsonnet files they configure.
  directory: { recurse: true, include: true, exclude: true, jsonnet: true }
};
var FLUX_KUSTOMIZATION = {
  sourceRef: true,
  path: true,
  targetNamespace: true,
  namePrefix: true,
  nameSuffix: true,
  images: [{ name: true, newName: true, newTag: true, digest: true }],
  commonMetadata: { labels: true, annotations: true },
  patches: [{ patch: true, target: KUSTOMIZE_SELECTOR }],
  patchesStrategicMerge: true,
  patchesJson6902: [{ patch: true, target: KUSTOMIZE_SELECTOR }],
  components: true,
  ignoreMissingComponents: true,
  postBuild: { substitute: true, substituteFrom: [{ kind: true, name: true, optional: true }], substituteStrategy: true },
  // Scheduling, health, pruning, identity and decryption: what is applied stays the same.
  interval: true,
  retryInterval: true,
  timeout: true,
  prune: true,
  wait: true,
  force: true,
  healthChecks: true,
  healthCheckExprs: true,
  dependsOn: true,
  suspend: true,
  serviceAccountName: true,
  kubeConfig: true,
  decryption: true,
  deletionPolicy: true,
  buildMetadata: true,
  validation: true
};
var FLUX_HELMRELEASE = {
  chart: {
    spec: { chart: true, version: true, sourceRef: true, valuesFiles: true, ignoreMissingValuesFiles: true, interval: true, reconcileStrategy: true, verify: true },
    metadata: true
  },
  chartRef: true,
  releaseName: true,
  targetNamespace: true,
  values: true,
  valuesFrom: [{ kind: true, name: true, valuesKey: true, targetPath: true, optional: true }],
  // Scheduling, history, hooks and remediation: helm template renders hooks and CRDs, a superset of what installs.
  interval: true,
  kubeConfig: true,
  suspend: true,
  storageNamespace: true,
  dependsOn: true,
  timeout: true,
  maxHistory: true,
  serviceAccountName: true,
  persistentClient: true,
  driftDetection: true,
  install: true,
  upgrade: true,
  test: true,
  rollback: true,
  uninstall: true
};

// src/discover/gitops/argohelm.ts
import { join as join11 } from "node:path/posix";

// src/discover/gitops/repository.ts
import { join as join10 } from "node:path";
function normalizeRepositoryUrl(url) {
  let text2 = url.trim().toLowerCase();
  const scp = /^[^/@:]+@([^/:]+):(.+)$/.exec(text2);
  if (scp) text2 = `${scp[1]}/${scp[2]}`;
  text2 = text2.replace(/^[a-z+]+:\/\//, "").replace(/^[^/@]*@/, "");
  return text2.replace(/\/+$/, "").replace(/\.git$/, "").replace(/\/+$/, "");
}
async function repositoryUrls(root, env = process.env) {
  const urls = [];
  if (env.GITHUB_REPOSITORY) urls.push(`${env.GITHUB_SERVER_URL || "https://github.com"}/${env.GITHUB_REPOSITORY}`);
  const origin = await originUrl(root);
  if (origin) urls.push(origin);
  return [...new Set(urls.map(normalizeRepositoryUrl))];
}
function checkoutOf(context) {
  return context.checkout ?? { branches: [], tags: [] };
}
async function originUrl(root) {
  const ask = async (args) => {
    const result = await execTool("git", args, { cwd: root, timeoutMs: 1e4, maxOutputBytes: 64 * 1024 }).catch(() => void 0);
    return result?.code === 0 ? result.stdout.trim() || void 0 : void 0;
  };
  const key = ["--get", "remote.origin.url"];
  return await ask(["-C", root, "config", ...key]) ?? await ask(["config", `--file=${join10(root, ".git", "config")}`, ...key]);
}
function isThisRepository(url, urls) {
  return typeof url === "string" && urls.includes(normalizeRepositoryUrl(url));
}

// src/discover/gitops/source.ts
import { basename as basename2, normalize as normalize2 } from "node:path/posix";
function repositoryPath2(path) {
  if (typeof path !== "string") return void 0;
  const clean = normalize2(path.trim() || ".").replace(/^\/+/, "").replace(/(.)\/+$/, "$1");
  if (clean === ".." || clean.startsWith("../")) return void 0;
  return clean === "" ? "." : clean;
}
function sourceKind(path, files) {
  const within = (name) => files.includes(path === "." ? name : `${path}/${name}`);
  if (within(CHART_FILE)) return "helm";
  if (KUSTOMIZATION_FILES.some(within)) return "kustomize";
  return files.some((file) => isWithin(file, path) && file !== path) ? "directory" : "missing";
}
function directoryTargets(path, recurse, context, deployedBy) {
  return context.files.filter((file) => isWithin(file, path) && (recurse || !file.slice(path === "." ? 0 : path.length + 1).includes("/"))).filter((file) => isManifestFile(file, context.read(file))).map((file) => ({ kind: "manifests", path: file, deployedBy }));
}
var renderedBy = /* @__PURE__ */ new WeakMap();
function deployerOf(resource, context) {
  const { document } = resource;
  const deployer = {
    kind: resource.kind,
    name: resource.name,
    ...resource.namespace && { namespace: resource.namespace },
    file: document.sourceFile,
    line: document.textIsSource ? kindLine(resource) : lineOf2(context.read(document.sourceFile), resource.kind, resource.name)
  };
  renderedBy.set(deployer, resource.target);
  return deployer;
}
function derivedDeployer(from, changes) {
  const deployer = { ...from, ...changes };
  const target = renderedBy.get(from);
  if (target) renderedBy.set(deployer, target);
  return deployer;
}
function deployingTarget(target) {
  return target.deployedBy && renderedBy.get(target.deployedBy);
}
function kindLine(resource) {
  const { document } = resource;
  const position = locateInYaml(document.text, [...resource.documentPath ?? [], "kind"]);
  return position && position.depth === (resource.documentPath?.length ?? 0) + 1 ? document.firstLine + position.line - 1 : document.firstLine;
}
function lineOf2(text2, kind, name) {
  let start = 0;
  for (const chunk of text2.split(/^(?=---)/m)) {
    const kindAt = new RegExp(`^kind:\\s*${kind}\\s*$`, "m").exec(chunk);
    if (kindAt && new RegExp(`^\\s+name:\\s*["']?${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["']?\\s*$`, "m").test(chunk)) {
      return start + chunk.slice(0, kindAt.index).split("\n").length;
    }
    start += chunk.split("\n").length - 1;
  }
  return 1;
}
function describeDeployer(deployer) {
  return `${deployer.kind} ${deployer.namespace ? `${deployer.namespace}/` : ""}${deployer.name}`;
}
function notCheckedDeployment(deployer, message, severity = "warning") {
  return {
    ruleId: "not-checked",
    severity,
    title: `Not checked: what ${deployer.kind} ${deployer.name} deploys`,
    message: `${describeDeployer(deployer)} ${message}`,
    target: { kind: "manifests", path: deployer.file, deployedBy: deployer },
    location: { file: deployer.file, line: deployer.line }
  };
}
function remoteChartNotRendered(deployer, fetchable = true) {
  const network = fetchable ? "set allow-network to true to render it, " : "";
  return `remote chart: not rendered, so nothing it deploys was judged; ${network}vendor the chart into this repository and deploy it from there, or accept it with a config exception for rule not-checked in file ${deployer.file}`;
}
function record(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : {};
}
function strings(value) {
  return Array.isArray(value) ? value.filter((item) => typeof item === "string") : [];
}
function stringMap(value) {
  const entries = Object.entries(record(value)).filter(([, item]) => ["string", "number", "boolean"].includes(typeof item));
  return entries.length ? Object.fromEntries(entries.map(([key, item]) => [key, String(item)])) : void 0;
}

// src/discover/gitops/argohelm.ts
function helmVariant(chart, helm, source, context) {
  const valuesFiles = [];
  for (const raw of strings(helm.valueFiles)) {
    const file = repositoryFile(raw, chart ?? ".", source, context);
    if (typeof file !== "string") {
      if ("skip" in file && helm.ignoreMissingValueFiles === true) continue;
      return `reads the values file '${raw}' (helm.valueFiles), which ${file.problem}: it is not read, and what the source deploys is not checked`;
    }
    valuesFiles.push(file);
  }
  const inline = helm.valuesObject !== void 0 && helm.valuesObject !== null ? JSON.stringify(helm.valuesObject) : typeof helm.values === "string" && helm.values !== "" ? helm.values : void 0;
  const parameters = helmParameters(helm, chart ?? ".", source, context);
  if (typeof parameters === "string") return parameters;
  const values = [...inline === void 0 ? [] : [inline], ...parameters.values];
  const namespace2 = typeof helm.namespace === "string" && helm.namespace !== "" ? helm.namespace : source.namespace;
  return {
    releaseName: typeof helm.releaseName === "string" && helm.releaseName !== "" ? helm.releaseName : source.name,
    ...namespace2 && { namespace: namespace2 },
    valuesFiles,
    ...values.length && { values },
    ...parameters.set.length && { set: parameters.set },
    ...typeof helm.kubeVersion === "string" && helm.kubeVersion !== "" && { kubeVersion: helm.kubeVersion },
    ...strings(helm.apiVersions).length && { apiVersions: strings(helm.apiVersions) }
  };
}
function repositoryFile(raw, chart, source, context) {
  const reference = /^\$([^/]+)\/(.*)$/.exec(raw);
  const referenced = reference && source.refs.get(reference[1]);
  let path;
  if (referenced) {
    if (!isThisRepository(referenced.repoURL, context.repositoryUrls)) return { problem: `comes from the source '${reference[1]}' of ${String(referenced.repoURL)}, another repository` };
    const expanded = expandBuildVariables(reference[2], source);
    if (typeof expanded !== "string") return expanded;
    path = repositoryPath2(expanded.replace(/^\/+/, ""));
  } else {
    const expanded = expandBuildVariables(raw, source);
    if (typeof expanded !== "string") return expanded;
    if (/^[a-z][a-z0-9+.-]*:/i.test(expanded)) return { problem: "is a URL: remote values files are not fetched" };
    path = expanded.startsWith("/") ? repositoryPath2(expanded.replace(/^\/+/, "")) : repositoryPath2(join11(chart, expanded));
  }
  if (path === void 0) return { problem: "leads out of the repository" };
  if (!context.files.includes(path)) return { skip: true, problem: `is no file of this repository ('${path}')` };
  return path;
}
function expandBuildVariables(text2, source) {
  const known = {
    ARGOCD_APP_NAME: source.name,
    ARGOCD_APP_NAMESPACE: source.namespace ?? "",
    ARGOCD_APP_PROJECT_NAME: source.project,
    ARGOCD_APP_SOURCE_REPO_URL: source.repoURL,
    ARGOCD_APP_SOURCE_PATH: source.sourcePath,
    ARGOCD_APP_SOURCE_TARGET_REVISION: source.targetRevision
  };
  const unknown = ["ARGOCD_APP_REVISION", "ARGOCD_APP_REVISION_SHORT", "ARGOCD_APP_REVISION_SHORT_8", "KUBE_VERSION", "KUBE_API_VERSIONS"];
  let problem;
  const expanded = text2.replace(/\$(?:\{([^}]*)\}|([A-Za-z_][A-Za-z0-9_]*)|([*#$@!?\-0-9]))/g, (_whole, braced, bare, special) => {
    const name = braced ?? bare ?? special ?? "";
    if (name === "$") return "$";
    if (unknown.includes(name)) problem ??= `names $${name}, which only the Argo CD server knows`;
    return known[name] ?? "";
  });
  return problem ? { problem } : expanded;
}
function helmParameters(helm, chart, source, context) {
  const set2 = /* @__PURE__ */ new Map();
  const forced = /* @__PURE__ */ new Map();
  const files = /* @__PURE__ */ new Map();
  for (const parameter of Array.isArray(helm.parameters) ? helm.parameters.map(record) : []) {
    if (typeof parameter.name !== "string" || parameter.name === "") continue;
    const value = parameter.value === void 0 || parameter.value === null ? "" : String(parameter.value);
    if (parameter.forceString === true) forced.set(parameter.name, value);
    else set2.set(parameter.name, value);
  }
  for (const parameter of Array.isArray(helm.fileParameters) ? helm.fileParameters.map(record) : []) {
    if (typeof parameter.name !== "string" || parameter.name === "") continue;
    const file = repositoryFile(String(parameter.path ?? ""), chart, source, context);
    if (typeof file !== "string") return `reads the file '${String(parameter.path)}' (helm.fileParameters '${parameter.name}'), which ${file.problem}: it is not read, and what the source deploys is not checked`;
    files.set(parameter.name, context.read(file));
  }
  const documents = [];
  for (const [field2, entries] of [["parameters (forceString)", forced], ["fileParameters", files]]) {
    if (!entries.size) continue;
    const document = {};
    for (const [name, value] of entries) {
      if (!/^[^.[\]\\]+(\.[^.[\]\\]+)*$/.test(name)) return `sets helm.${field2} '${name}', a name with list indexes or escapes this gate does not model: what the source deploys is not checked`;
      if (field2 !== "fileParameters" && (value.includes("\\") || value.startsWith("{") && value.endsWith("}"))) {
        return `sets helm.${field2} '${name}' to '${value}', which helm reads with escapes or as a list; not modelled: what the source deploys is not checked`;
      }
      const overlapping = [...set2.keys()].find((other) => other !== name && (other.startsWith(`${name}.`) || name.startsWith(`${other}.`) || other.includes("[")));
      if (overlapping) return `sets helm.${field2} '${name}' beside the parameter '${overlapping}'; their order is not modelled: what the source deploys is not checked`;
      set2.delete(name);
      atPath(document, name.split("."), value);
    }
    documents.push(JSON.stringify(document));
  }
  return { set: [...set2].map(([name, value]) => `${name}=${escapeCommas(value)}`), values: documents };
}
function atPath(document, keys, value) {
  let current = document;
  for (const key of keys.slice(0, -1)) {
    const next = current[key];
    current = current[key] = next !== null && typeof next === "object" && !Array.isArray(next) ? next : {};
  }
  current[keys.at(-1)] = value;
}
function escapeCommas(value) {
  if (value.startsWith("{") && value.endsWith("}")) return value;
  let escaped2 = "";
  let previous = "";
  for (const char of value) {
    escaped2 += char === "," && previous !== "\\" ? "\\," : char;
    previous = char;
  }
  return escaped2;
}

// src/discover/gitops/argokustomize.ts
import { join as join12 } from "node:path/posix";
function kustomizeTargets(path, kustomize, deployer, context) {
  const options = {};
  for (const key of ["namePrefix", "nameSuffix", "namespace"]) if (typeof kustomize[key] === "string" && kustomize[key] !== "") options[key] = kustomize[key];
  const images = strings(kustomize.images).map(parseImage);
  if (images.length) options.images = images;
  const labels = stringMap(kustomize.commonLabels);
  if (labels) options.commonLabels = labels;
  const annotations = stringMap(kustomize.commonAnnotations);
  if (annotations) options.commonAnnotations = annotations;
  const edits = kustomizationEdits(path, kustomize, context);
  if (typeof edits === "string") return edits;
  if (edits) options.edits = edits;
  return [{ kind: "kustomize", path, deployedBy: deployer, ...Object.keys(options).length && { kustomize: options } }];
}
function kustomizationEdits(path, kustomize, context) {
  const edits = {};
  const patches = [];
  for (const [index, patch] of (Array.isArray(kustomize.patches) ? kustomize.patches.map(record) : []).entries()) {
    const entry = {};
    if (typeof patch.patch === "string" && patch.patch !== "") entry.patch = patch.patch;
    if (typeof patch.path === "string" && patch.path !== "") {
      const file = localPath(path, patch.path);
      if (file === void 0) return `applies the patch file '${patch.path}' (kustomize.patches[${index}].path), which leads out of the repository: it is not read, and what the source deploys is not checked`;
      if (!context.files.includes(file)) return `applies the patch file '${patch.path}' (kustomize.patches[${index}].path), which is no file of this repository: what the source deploys is not checked`;
      entry.path = patch.path;
    }
    if (patch.target !== void 0) entry.target = record(patch.target);
    if (patch.options !== void 0) entry.options = record(patch.options);
    patches.push(entry);
  }
  if (patches.length) edits.patches = patches;
  const components = [];
  for (const component of strings(kustomize.components)) {
    if (/^[a-z][a-z0-9+.-]*:\/\/|^git@|^github\.com\//i.test(component)) return `adds the remote component '${component}' (kustomize.components), which is not fetched: what the source deploys is not checked`;
    const directory = localPath(path, component);
    if (directory === void 0) return `adds the component '${component}' (kustomize.components), which leads out of the repository: it is not read, and what the source deploys is not checked`;
    const exists = context.files.some((file) => file.startsWith(`${directory}/`));
    if (!exists && kustomize.ignoreMissingComponents === true) continue;
    components.push(component);
  }
  if (components.length) edits.components = components;
  const replicas = (Array.isArray(kustomize.replicas) ? kustomize.replicas.map(record) : []).filter((replica) => typeof replica.name === "string").map((replica) => ({ name: replica.name, count: Number(replica.count) }));
  if (replicas.some((replica) => !Number.isInteger(replica.count))) return "sets kustomize.replicas with a count that is no whole number, which Argo CD refuses";
  if (replicas.length) edits.replicas = replicas;
  return Object.keys(edits).length ? edits : void 0;
}
function localPath(directory, path) {
  if (path.startsWith("/")) return void 0;
  return repositoryPath2(join12(directory, path));
}
function parseImage(text2) {
  const [old, replacement = old] = text2.includes("=") ? text2.split("=", 2) : [void 0, text2];
  const [withoutDigest, digest] = replacement.split("@", 2);
  const tagAt = withoutDigest.lastIndexOf(":");
  const hasTag = tagAt > withoutDigest.lastIndexOf("/");
  const newName = hasTag ? withoutDigest.slice(0, tagAt) : withoutDigest;
  const name = old ?? newName;
  return { name, ...newName !== name && { newName }, ...hasTag && { newTag: withoutDigest.slice(tagAt + 1) }, ...digest && { digest } };
}

// src/discover/gitops/revision.ts
import { readFileSync as readFileSync7 } from "node:fs";
var GIT_LIMITS3 = { timeoutMs: 1e4, maxOutputBytes: 64 * 1024 };
async function checkoutRevisions(root, env = process.env) {
  const branches = /* @__PURE__ */ new Set();
  const tags = /* @__PURE__ */ new Set();
  for (const name of [env.GITHUB_BASE_REF, env.GITHUB_HEAD_REF]) if (name) branches.add(name);
  const ref = env.GITHUB_REF ?? "";
  if (ref.startsWith("refs/heads/")) branches.add(ref.slice("refs/heads/".length));
  if (ref.startsWith("refs/tags/")) tags.add(ref.slice("refs/tags/".length));
  const current = await gitRef(root, ["symbolic-ref", "--quiet", "--short", "HEAD"]);
  if (current) branches.add(current);
  const remoteHead = (await gitRef(root, ["symbolic-ref", "--quiet", "--short", "refs/remotes/origin/HEAD"]))?.replace(/^origin\//, "");
  const defaultBranch = eventDefaultBranch(env.GITHUB_EVENT_PATH) ?? remoteHead;
  if (remoteHead && !env.GITHUB_BASE_REF) branches.add(remoteHead);
  return { branches: [...branches], tags: [...tags], ...defaultBranch && { defaultBranch } };
}
function eventDefaultBranch(path) {
  if (!path) return void 0;
  try {
    const event = JSON.parse(readFileSync7(path, "utf8"));
    const name = event.repository?.default_branch;
    return typeof name === "string" && name !== "" ? name : void 0;
  } catch {
    return void 0;
  }
}
async function gitRef(root, args) {
  const result = await execTool("git", ["-C", root, ...args], { cwd: root, ...GIT_LIMITS3 }).catch(() => void 0);
  return result?.code === 0 ? result.stdout.trim() || void 0 : void 0;
}
function fluxRevision(ref) {
  const text2 = (key) => typeof ref[key] === "string" && ref[key] !== "" ? ref[key] : void 0;
  const commit = text2("commit");
  if (commit) return { kind: "other", label: `commit '${commit}'` };
  const name = text2("name");
  if (name?.startsWith("refs/heads/")) return branch(name.slice("refs/heads/".length));
  if (name?.startsWith("refs/tags/")) return { kind: "tag", name: name.slice("refs/tags/".length), label: `tag '${name.slice("refs/tags/".length)}'` };
  if (name) return { kind: "other", label: `ref '${name}'` };
  const semver = text2("semver");
  if (semver) return { kind: "other", label: `the tags matching '${semver}'` };
  const tag = text2("tag");
  if (tag) return { kind: "tag", name: tag, label: `tag '${tag}'` };
  const named = text2("branch");
  return named ? branch(named) : { kind: "branch", name: "master", label: `branch 'master' (Flux's default without spec.ref)` };
}
function argoRevision(targetRevision) {
  const value = typeof targetRevision === "string" ? targetRevision.trim() : "";
  if (value === "" || value === "HEAD") return { kind: "default", label: `${value === "" ? "no targetRevision" : "'HEAD'"} (the default branch)` };
  if (value.startsWith("refs/heads/")) return branch(value.slice("refs/heads/".length));
  if (/^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(value)) return { kind: "other", label: `commit '${value}'` };
  if (value.startsWith("refs/tags/")) return { kind: "tag", name: value.slice("refs/tags/".length), label: `tag '${value.slice("refs/tags/".length)}'` };
  if (value.startsWith("refs/")) return { kind: "other", label: `ref '${value}'` };
  if (/[~^*<>=|]|\s-\s/.test(value)) return { kind: "other", label: `the tags matching '${value}'` };
  if (/^v?\d+\.\d+(\.\d+)?([-+][\w.-]*)?$/.test(value)) return { kind: "tag", name: value, label: `tag '${value}'` };
  return { kind: "unknown", name: value, label: `revision '${value}'` };
}
function branch(name) {
  return { kind: "branch", name, label: `branch '${name}'` };
}
function isThisRevision(revision, checkout) {
  switch (revision.kind) {
    case "branch":
      return !checkout.branches.length || checkout.branches.includes(revision.name);
    case "default":
      return checkout.defaultBranch === void 0 || !checkout.branches.length || checkout.branches.includes(checkout.defaultBranch);
    case "tag":
      return checkout.tags.includes(revision.name);
    case "unknown":
      return !checkout.branches.length || checkout.branches.includes(revision.name) || checkout.tags.includes(revision.name);
    case "other":
      return false;
  }
}
function describeCheckout(checkout) {
  const names = [...checkout.branches.map((name) => `'${name}'`), ...checkout.tags.map((name) => `tag '${name}'`)];
  return names.length ? `this checkout (${names.join(", ")})` : "this checkout";
}

// src/discover/gitops/argo.ts
function argoTargets(context) {
  const result = { targets: [], findings: [], notChecked: [] };
  for (const resource of context.resources.filter((item) => item.apiVersion.startsWith("argoproj.io/"))) {
    if (resource.kind === "Application") merge(result, applicationTargets(resource.object, deployerOf(resource, context), context));
    if (resource.kind === "ApplicationSet") merge(result, applicationSetTargets(resource, context));
  }
  return result;
}
function merge(into, from) {
  into.targets.push(...from.targets);
  into.findings.push(...from.findings);
  into.notChecked.push(...from.notChecked);
}
function applicationTargets(application, deployer, context) {
  const result = { targets: [], findings: [], notChecked: [] };
  const spec = record(application.spec);
  const hydrator = record(spec.sourceHydrator);
  const sources = spec.sourceHydrator !== void 0 ? [record(hydrator.drySource)] : Array.isArray(spec.sources) && spec.sources.length ? spec.sources.map(record) : [record(spec.source)];
  const refs = new Map(sources.filter((source) => typeof source.ref === "string" && source.ref !== "").map((source) => [source.ref, source]));
  const namespace2 = record(spec.destination).namespace;
  const name = record(application.metadata).name;
  const app = {
    deployer,
    name: typeof name === "string" ? name : deployer.name,
    namespace: typeof namespace2 === "string" && namespace2 !== "" ? namespace2 : void 0,
    project: typeof spec.project === "string" ? spec.project : "default",
    refs
  };
  for (const source of sources) {
    if (typeof source.ref === "string" && source.ref !== "" && source.path === void 0 && source.chart === void 0) continue;
    const unread = unreadFields(source, ARGO_SOURCE);
    if (unread.length) {
      result.findings.push(notCheckedDeployment(deployer, `sets ${unread.map((field2) => `'${field2}'`).join(", ")} in a source, which this gate does not model: that source is not checked`, "error"));
      continue;
    }
    const borrowed = otherRevisionValues(source, refs, context);
    if (borrowed) {
      result.findings.push(notCheckedDeployment(deployer, `${borrowed}: check it where it lives`, "notice"));
      continue;
    }
    if (typeof source.chart === "string" && source.chart !== "") {
      merge(result, chartSourceTargets(source, app, context));
      continue;
    }
    if (!isThisRepository(source.repoURL, context.repositoryUrls)) {
      result.findings.push(notCheckedDeployment(deployer, `deploys ${String(source.repoURL ?? "a source without repoURL")}, which is not this repository: check it where it lives`, "notice"));
      continue;
    }
    const revision = argoRevision(source.targetRevision);
    const checkout = checkoutOf(context);
    if (!isThisRevision(revision, checkout)) {
      result.findings.push(notCheckedDeployment(deployer, `deploys ${revision.label} of this repository (targetRevision), not ${describeCheckout(checkout)}: check it where it lives`, "notice"));
      continue;
    }
    merge(result, sourceTargets(source, app, context));
  }
  return result;
}
function otherRevisionValues(source, refs, context) {
  const checkout = checkoutOf(context);
  for (const file of strings(record(source.helm).valueFiles)) {
    const name = /^\$([^/]+)\//.exec(file)?.[1];
    const referenced = name === void 0 ? void 0 : refs.get(name);
    if (!referenced || !isThisRepository(referenced.repoURL, context.repositoryUrls)) continue;
    const revision = argoRevision(referenced.targetRevision);
    if (!isThisRevision(revision, checkout)) return `takes the values file '${file}' from ${revision.label} of this repository (the targetRevision of source '${name}'), not ${describeCheckout(checkout)}`;
  }
  return void 0;
}
var EXPLICIT_TYPES = ["kustomize", "helm", "directory", "plugin"];
function argoSourceType(source, path, files) {
  const explicit = EXPLICIT_TYPES.filter((type) => source[type] !== void 0 && source[type] !== null);
  if (explicit.length > 1) return explicit;
  if (explicit.length === 1) return explicit[0];
  const kind = sourceKind(path, files);
  const within = (name) => files.includes(path === "." ? name : `${path}/${name}`);
  return kind === "helm" && ["kustomization.yaml", "kustomization.yml", "Kustomization"].some(within) ? "kustomize" : kind;
}
function sourceTargets(source, app, context) {
  const result = { targets: [], findings: [], notChecked: [] };
  const path = repositoryPath2(source.path ?? ".");
  if (path === void 0) {
    result.findings.push(notCheckedDeployment(app.deployer, `deploys the path '${String(source.path)}', which leads out of the repository: it is not checked`, "error"));
    return result;
  }
  const type = argoSourceType(source, path, context.files);
  if (Array.isArray(type)) {
    result.findings.push(notCheckedDeployment(app.deployer, `sets ${type.join(" and ")} in one source, which Argo CD refuses ("multiple application sources defined"): nothing of it deploys`));
  } else if (type === "plugin") {
    const reason = `plugin directory: ${app.deployer.kind} ${app.deployer.name} renders it with a config management plugin, which is not run`;
    result.notChecked.push(...context.files.filter((file) => isWithin(file, path)).map((file) => ({ file, reason })));
    result.findings.push(notCheckedDeployment(app.deployer, `deploys ${path} through a config management plugin, which is not run: nothing it renders was checked`, "error"));
  } else if (type === "missing") {
    result.findings.push(notCheckedDeployment(app.deployer, `deploys '${path}', which is no directory of this repository`));
  } else if (type === "helm") {
    const variant = helmVariant(path, record(source.helm), { ...app, sourcePath: path, repoURL: String(source.repoURL ?? ""), targetRevision: String(source.targetRevision ?? "") }, context);
    if (typeof variant === "string") result.findings.push(notCheckedDeployment(app.deployer, variant, "error"));
    else result.targets.push(intoDestination({ kind: "helm", path, helm: variant, deployedBy: app.deployer }, app));
  } else if (type === "kustomize") {
    const targets = kustomizeTargets(path, record(source.kustomize), app.deployer, context);
    if (typeof targets === "string") result.findings.push(notCheckedDeployment(app.deployer, targets, "error"));
    else result.targets.push(...targets.map((target) => intoDestination(target, app)));
  } else {
    const directory = directorySourceTargets(path, record(source.directory), app.deployer, context);
    merge(result, { ...directory, targets: directory.targets.map((target) => intoDestination(target, app)) });
  }
  return result;
}
function intoDestination(target, app) {
  return app.namespace ? { ...target, namespace: app.namespace } : target;
}
function directorySourceTargets(path, directory, deployer, context) {
  const result = { targets: [], findings: [], notChecked: [] };
  const recurse = directory.recurse === true;
  const below = (file) => path === "." ? file : file.slice(path.length + 1);
  const included = (file) => {
    const relative17 = below(file);
    if (typeof directory.exclude === "string" && directory.exclude !== "" && argoGlob(directory.exclude, relative17)) return false;
    return typeof directory.include !== "string" || directory.include === "" || argoGlob(directory.include, relative17);
  };
  const jsonnet = context.files.filter((file) => isWithin(file, path) && file.endsWith(".jsonnet") && (recurse || !below(file).includes("/")) && included(file));
  if (jsonnet.length) {
    result.findings.push(notCheckedDeployment(deployer, `deploys Jsonnet (${jsonnet.slice(0, 3).join(", ")}${jsonnet.length > 3 ? ", \u2026" : ""}): Argo CD Jsonnet directories are not rendered, so what it deploys is not checked`, "error"));
    return result;
  }
  result.targets.push(...directoryTargets(path, recurse, context, deployer).filter((target) => included(target.path)));
  return result;
}
function argoGlob(pattern, path) {
  let source = "";
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index];
    if (char === "*") source += ".*";
    else if (char === "?") source += ".";
    else if (char === "{") source += "(?:";
    else if (char === "}") source += ")";
    else if (char === "," && source.includes("(?:")) source += "|";
    else if (char === "[") {
      const end = pattern.indexOf("]", index + 1);
      if (end < 0) return false;
      source += `[${pattern.slice(index + 1, end).replace(/^!/, "^").replace(/\\/g, "\\\\")}]`;
      index = end;
    } else if (char === "\\" && index + 1 < pattern.length) source += `\\${pattern[++index]}`;
    else source += char.replace(/[.+^$()|\\/]/g, "\\$&");
  }
  try {
    return new RegExp(`^${source}$`, "s").test(path);
  } catch {
    return false;
  }
}
function chartSourceTargets(source, app, context) {
  const result = { targets: [], findings: [], notChecked: [] };
  const version2 = typeof source.targetRevision === "string" && source.targetRevision !== "" ? source.targetRevision : void 0;
  const what = `the Helm chart '${String(source.chart)}'${version2 ? ` ${version2}` : ""} from ${String(source.repoURL)}`;
  if (!context.allowNetwork) {
    result.findings.push(notCheckedDeployment(app.deployer, `deploys ${what}: ${remoteChartNotRendered(app.deployer)}`, "error"));
    return result;
  }
  if (typeof source.repoURL !== "string" || source.repoURL === "") {
    result.findings.push(notCheckedDeployment(app.deployer, `deploys ${what}: not rendered, the source has no repoURL`));
    return result;
  }
  const repository = /^[a-z][a-z0-9+.-]*:\/\//i.test(source.repoURL) ? source.repoURL : `oci://${source.repoURL}`;
  const helm = record(source.helm);
  const files = strings(helm.valueFiles);
  const inChart = files.filter((file) => !file.startsWith("$"));
  const chart = { repository, name: String(source.chart), ...version2 && { version: version2 }, ...inChart.length && { valuesFiles: inChart } };
  const chartSource = { ...app, sourcePath: "", repoURL: source.repoURL, targetRevision: version2 ?? "" };
  const variant = helmVariant(void 0, { ...helm, valueFiles: files.filter((file) => file.startsWith("$")) }, chartSource, context);
  if (typeof variant === "string") result.findings.push(notCheckedDeployment(app.deployer, variant, "error"));
  else result.targets.push(intoDestination({ kind: "helm", path: app.deployer.file, chart, helm: variant, deployedBy: app.deployer }, app));
  return result;
}
function applicationSetTargets(resource, context) {
  const result = { targets: [], findings: [], notChecked: [] };
  const set2 = deployerOf(resource, context);
  const spec = record(resource.object.spec);
  const goTemplate = spec.goTemplate === true;
  for (const generator of Array.isArray(spec.generators) ? spec.generators.map(record) : []) {
    const parameters = generatorParameters(generator, context, goTemplate);
    if (typeof parameters === "string") {
      result.findings.push(notCheckedDeployment(set2, parameters, "error"));
      continue;
    }
    const template = mergeTemplate(spec.template, generatorTemplate(generator));
    for (const values of parameters) {
      let application = substitute(template, values);
      if (typeof spec.templatePatch === "string" && spec.templatePatch.trim() !== "") {
        const patched = applyTemplatePatch(application, spec.templatePatch, values);
        if (typeof patched === "string") {
          result.findings.push(notCheckedDeployment(set2, patched, "error"));
          continue;
        }
        application = patched;
      }
      const name = record(record(application).metadata).name;
      const text2 = JSON.stringify(application);
      if (/\{\{/.test(text2)) {
        result.findings.push(notCheckedDeployment(set2, `has a template this gate cannot fill in (${/\{\{[^}]*\}\}/.exec(text2)[0]}): the Application it makes was not checked`, "error"));
        continue;
      }
      const deployer = derivedDeployer(set2, { kind: "Application", name: `${typeof name === "string" ? name : "?"} (from ApplicationSet ${set2.name})` });
      merge(result, applicationTargets(record(application), deployer, context));
    }
  }
  return result;
}
function generatorTemplate(generator) {
  for (const value of Object.values(generator)) if (record(value).template !== void 0) return record(value).template;
  return void 0;
}
function mergeTemplate(base, over) {
  if (over === void 0 || over === null || over === "" || Array.isArray(over) && !over.length) return base;
  const isMap4 = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
  if (!isMap4(base) || !isMap4(over)) return over;
  const merged = { ...base };
  for (const [key, value] of Object.entries(over)) merged[key] = mergeTemplate(merged[key], value);
  return merged;
}
function applyTemplatePatch(application, patch, values) {
  const filled = substitute(patch, values);
  if (/\{\{/.test(filled)) return `has a templatePatch this gate cannot fill in (${/\{\{[^}]*\}\}/.exec(filled)[0]}): the Applications it makes are not checked`;
  let parsed;
  try {
    parsed = parseYaml(filled);
  } catch (error) {
    return `has a templatePatch that is not YAML once filled in (${error.message.split("\n")[0]}): the Applications it makes are not checked`;
  }
  return mergePatch(application, parsed);
}
function mergePatch(target, patch) {
  const isMap4 = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
  if (!isMap4(patch)) return patch;
  const merged = isMap4(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete merged[key];
    else merged[key] = mergePatch(merged[key], value);
  }
  return merged;
}
function generatorParameters(generator, context, goTemplate) {
  if (generator.list !== void 0) {
    const list3 = record(generator.list);
    let elements = Array.isArray(list3.elements) ? list3.elements : [];
    if (typeof list3.elementsYaml === "string" && list3.elementsYaml.trim() !== "") {
      try {
        const parsed = parseYaml(list3.elementsYaml);
        elements = [...elements, ...Array.isArray(parsed) ? parsed : []];
      } catch {
        return "has a list generator whose elementsYaml is not YAML: its Applications were not checked";
      }
    }
    return elements.map((element) => flatten(record(element)));
  }
  const git4 = record(generator.git);
  if (generator.git !== void 0 && Array.isArray(git4.directories)) {
    if (!isThisRepository(git4.repoURL, context.repositoryUrls)) return `has a git generator over ${String(git4.repoURL)}, which is not this repository: its Applications were not checked`;
    const revision = argoRevision(git4.revision);
    const checkout = checkoutOf(context);
    if (!isThisRevision(revision, checkout)) return `has a git generator over ${revision.label} of this repository (revision), not ${describeCheckout(checkout)}: its Applications were not checked`;
    const extra = flatten(record(git4.values), "values.");
    return gitDirectories(git4.directories.map(record), context.files).map((directory) => ({ ...pathParameters(directory, goTemplate), ...extra }));
  }
  return `has a ${Object.keys(generator).join(", ")} generator, which this gate does not follow (list and git directories are followed): its Applications were not checked`;
}
function gitDirectories(patterns, files) {
  const directories = /* @__PURE__ */ new Set();
  for (const file of files) for (let directory = dirname3(file); directory !== "."; directory = dirname3(directory)) directories.add(directory);
  const matches2 = (directory, entry) => typeof entry.path === "string" && matchesGlob(directory, entry.path);
  return [...directories].filter((directory) => patterns.some((entry) => entry.exclude !== true && matches2(directory, entry))).filter((directory) => !patterns.some((entry) => entry.exclude === true && matches2(directory, entry))).sort();
}
function pathParameters(directory, goTemplate) {
  const basename5 = directory.slice(directory.lastIndexOf("/") + 1);
  const normalized = basename5.toLowerCase().replace(/[^a-z0-9-.]/g, "-");
  const segments = Object.fromEntries(directory.split("/").map((segment, index) => [`path[${index}]`, segment]));
  return goTemplate ? { "path.path": directory, "path.basename": basename5, "path.basenameNormalized": normalized, ...Object.fromEntries(directory.split("/").map((segment, index) => [`path.segments ${index}`, segment])) } : { path: directory, "path.basename": basename5, "path.basenameNormalized": normalized, ...segments };
}
function flatten(value, prefix = "") {
  const flat = {};
  for (const [key, item] of Object.entries(value)) {
    if (item !== null && typeof item === "object" && !Array.isArray(item)) Object.assign(flat, flatten(item, `${prefix}${key}.`));
    else flat[`${prefix}${key}`] = String(item);
  }
  return flat;
}
function substitute(template, values) {
  if (typeof template === "string") {
    return template.replace(/\{\{-?\s*(?:index\s+)?\.?([\w.[\]-]+(?:\s+\d+)?)\s*-?\}\}/g, (whole, name) => values[name] ?? whole);
  }
  if (Array.isArray(template)) return template.map((item) => substitute(item, values));
  if (template !== null && typeof template === "object") return Object.fromEntries(Object.entries(template).map(([key, item]) => [key, substitute(item, values)]));
  return template;
}
function parseYaml(text2) {
  return (0, import_yaml2.parse)(text2);
}

// src/discover/gitops/flux.ts
var import_yaml3 = __toESM(require_dist(), 1);
import { basename as basename3, dirname as dirname4, join as join13, normalize as normalize3 } from "node:path/posix";
var BOOTSTRAP_SOURCE = "flux-system";
function fluxTargets(context) {
  const result = { targets: [], findings: [], notChecked: [] };
  for (const resource of context.resources) {
    const group = resource.apiVersion.split("/")[0];
    if (group === "kustomize.toolkit.fluxcd.io" && resource.kind === "Kustomization") add(result, kustomizationTargets(resource, context));
    if (group === "helm.toolkit.fluxcd.io" && resource.kind === "HelmRelease") add(result, helmReleaseTargets(resource, context));
  }
  return result;
}
function add(into, from) {
  if (Array.isArray(from)) into.targets.push(...from);
  else into.findings.push(from);
}
function foreignSource(reference, namespace2, context) {
  const kind = typeof reference.kind === "string" ? reference.kind : "GitRepository";
  const name = String(reference.name ?? "");
  if (kind !== "GitRepository") return `uses the ${kind} '${name}'`;
  const ns2 = typeof reference.namespace === "string" ? reference.namespace : namespace2;
  const source = context.resources.find(
    (resource) => resource.kind === "GitRepository" && resource.apiVersion.startsWith("source.toolkit.fluxcd.io/") && resource.name === name && (ns2 === void 0 || resource.namespace === void 0 || resource.namespace === ns2)
  );
  if (source) {
    const spec = record(source.object.spec);
    if (!isThisRepository(spec.url, context.repositoryUrls)) return `uses the GitRepository '${name}' (${String(spec.url)}), which is not this repository`;
    const revision = fluxRevision(record(spec.ref));
    const checkout = checkoutOf(context);
    return isThisRevision(revision, checkout) ? void 0 : `uses the GitRepository '${name}' on ${revision.label} of this repository, not ${describeCheckout(checkout)}`;
  }
  return name === BOOTSTRAP_SOURCE ? void 0 : `uses the GitRepository '${name}', which is not in this repository`;
}
function kustomizationTargets(resource, context) {
  const deployer = deployerOf(resource, context);
  const spec = record(resource.object.spec);
  const unread = unreadFields(spec, FLUX_KUSTOMIZATION, "spec.");
  if (unread.length) return notCheckedDeployment(deployer, `sets ${unread.map((field2) => `'${field2}'`).join(", ")}, which this gate does not model: what it deploys is not checked`, "error");
  const foreign = foreignSource(record(spec.sourceRef), resource.namespace, context);
  if (foreign) return notCheckedDeployment(deployer, `${foreign}: check it where it lives`, "notice");
  const path = sourcePath(spec.path ?? ".") ?? ".";
  const variables = substitution(record(spec.postBuild), resource.namespace, context);
  if (typeof variables === "string") return notCheckedDeployment(deployer, variables, "error");
  const extra = { deployedBy: deployer, ...variables && { substitute: variables } };
  const kind = sourceKind(path, context.files);
  if (kind === "missing") {
    const read = typeof spec.path === "string" && repositoryPath2(spec.path) !== path ? ` (Flux reads '${spec.path}' as '${path}', inside the source)` : "";
    return notCheckedDeployment(deployer, `deploys '${path}'${read}, which is no directory of this repository`);
  }
  const hasKustomization = KUSTOMIZATION_FILES.some((name) => context.files.includes(path === "." ? name : `${path}/${name}`));
  const options = kustomizeOptions(spec, path, hasKustomization, context);
  if (typeof options === "string") return notCheckedDeployment(deployer, options, "error");
  if (!hasKustomization && !options) return generatedParts(path, context, deployer).map((target) => ({ ...target, ...extra }));
  return [{ kind: "kustomize", path, ...extra, ...options && { kustomize: options } }];
}
function generatedParts(path, context, deployer) {
  const below = (file) => isWithin(file, path) && file !== path;
  const kustomizations = context.files.filter((file) => below(file) && KUSTOMIZATION_FILES.includes(basename3(file))).map(dirname4).filter((directory) => directory !== path);
  const builds2 = [...new Set(kustomizations)].filter((directory) => !kustomizations.some((other) => other !== directory && isWithin(directory, other)));
  const built = (file) => builds2.some((directory) => isWithin(file, directory));
  return [
    ...builds2.sort().map((directory) => ({ kind: "kustomize", path: directory, deployedBy: deployer })),
    ...directoryTargets(path, true, context, deployer).filter((target) => !built(target.path) && /\.ya?ml$/.test(target.path))
  ];
}
function kustomizeOptions(spec, path, hasKustomization, context) {
  const options = {};
  if (typeof spec.targetNamespace === "string" && spec.targetNamespace !== "") options.namespace = spec.targetNamespace;
  for (const key of ["namePrefix", "nameSuffix"]) if (typeof spec[key] === "string" && spec[key] !== "") options[key] = spec[key];
  const images = Array.isArray(spec.images) ? spec.images.map(record).filter((image) => typeof image.name === "string") : [];
  if (images.length) options.images = images;
  const metadata = record(spec.commonMetadata);
  const labels = stringMap(metadata.labels);
  if (labels) options.commonLabels = labels;
  const annotations = stringMap(metadata.annotations);
  if (annotations) options.commonAnnotations = annotations;
  const edits = {};
  const patches = (Array.isArray(spec.patches) ? spec.patches.map(record) : []).map((patch) => ({ patch: String(patch.patch ?? ""), ...patch.target !== void 0 && { target: record(patch.target) } }));
  if (patches.length) edits.patches = patches;
  const strategic = (Array.isArray(spec.patchesStrategicMerge) ? spec.patchesStrategicMerge : []).map((patch) => typeof patch === "string" ? patch : JSON.stringify(patch));
  if (strategic.length) edits.patchesStrategicMerge = strategic;
  const json = (Array.isArray(spec.patchesJson6902) ? spec.patchesJson6902.map(record) : []).map((patch) => ({ patch: JSON.stringify(patch.patch ?? []), target: record(patch.target) }));
  if (json.length) edits.patchesJson6902 = json;
  const components = [];
  for (const component of strings(spec.components)) {
    if (/^(git::|gh:|ssh:\/\/|https?:\/\/|git@|github\.com[:/])/i.test(component) || component.startsWith("/") || /^file:\/\//i.test(component)) {
      return `adds the component '${component}' (spec.components), which Flux refuses: a component must be a local relative path`;
    }
    const directory = repositoryPath2(join13(path, component));
    if (directory === void 0) return `adds the component '${component}' (spec.components), which leads out of the repository: it is not read, and what it deploys is not checked`;
    if (!context.files.some((file) => file.startsWith(`${directory}/`)) && spec.ignoreMissingComponents === true) continue;
    components.push(component);
  }
  if (components.length) edits.components = components;
  if (Object.keys(edits).length || !hasKustomization && Object.keys(options).length) {
    options.edits = { ...edits, ...!hasKustomization && { generate: true } };
  }
  return Object.keys(options).length ? options : void 0;
}
var VARIABLE_NAME = /^[_A-Za-z][_A-Za-z0-9]*$/;
function substitution(postBuild, namespace2, context) {
  if (!Object.keys(postBuild).length) return void 0;
  const variables = {};
  for (const reference of Array.isArray(postBuild.substituteFrom) ? postBuild.substituteFrom.map(record) : []) {
    const data = referencedData(reference, namespace2, context);
    if (data === void 0) {
      if (reference.optional === true) continue;
      return `takes substitution variables from ${String(reference.kind)} '${String(reference.name)}' (postBuild.substituteFrom), which is not among the objects of this repository: what it deploys is not checked`;
    }
    for (const [name, value] of Object.entries(data)) variables[name] = value.replaceAll("\n", "");
  }
  for (const [name, value] of Object.entries(record(postBuild.substitute))) variables[name] = String(value ?? "").replaceAll("\n", "");
  const invalid = Object.keys(variables).find((name) => !VARIABLE_NAME.test(name));
  if (invalid !== void 0) return `substitutes the variable '${invalid}', whose name Flux refuses (letters, digits and '_', not first a digit): nothing of it deploys`;
  if (!Object.keys(variables).length && postBuild.substituteStrategy !== "Always") return void 0;
  return variables;
}
function referencedData(reference, namespace2, context) {
  const object = configObject(reference, namespace2, context);
  if (!object) return void 0;
  const data = {};
  for (const [key, value] of Object.entries(record(object.data))) {
    if (typeof value === "string") data[key] = reference.kind === "Secret" ? Buffer.from(value, "base64").toString("utf8") : value;
  }
  if (reference.kind === "Secret") {
    for (const [key, value] of Object.entries(record(object.stringData))) if (typeof value === "string") data[key] = value;
  }
  return data;
}
function configObject(reference, namespace2, context) {
  const kind = reference.kind;
  if (kind !== "ConfigMap" && kind !== "Secret") return void 0;
  const name = String(reference.name);
  return context.resources.find(
    (resource) => resource.kind === kind && resource.apiVersion === "v1" && (resource.name === name || new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}-[a-z0-9]{10}$`).test(resource.name)) && (namespace2 === void 0 || resource.namespace === void 0 || resource.namespace === namespace2)
  )?.object;
}
function helmReleaseTargets(resource, context) {
  const deployer = deployerOf(resource, context);
  const spec = record(resource.object.spec);
  const unread = unreadFields(spec, FLUX_HELMRELEASE, "spec.");
  if (unread.length) return notCheckedDeployment(deployer, `sets ${unread.map((field2) => `'${field2}'`).join(", ")}, which this gate does not model: what it deploys is not checked`, "error");
  const chart = record(record(spec.chart).spec);
  const reference = record(spec.chartRef !== void 0 || spec.chart === void 0 ? spec.chartRef : chart.sourceRef);
  if (spec.chartRef !== void 0 || spec.chart === void 0 || reference.kind === "HelmRepository") {
    const what = spec.chart === void 0 || spec.chartRef !== void 0 ? `uses the chart of ${String(reference.kind ?? "a chartRef")} '${String(reference.name ?? "")}'` : `uses the HelmRepository '${String(reference.name ?? "")}' for the chart '${String(chart.chart)}'${typeof chart.version === "string" ? ` ${chart.version}` : ""}`;
    if (!context.allowNetwork) return notCheckedDeployment(deployer, `${what}: ${remoteChartNotRendered(deployer)}`, "error");
    const remote = spec.chart === void 0 || spec.chartRef !== void 0 ? ociRepositoryChart(reference, resource.namespace, context) : helmRepositoryChart(reference, chart, resource.namespace, context);
    if (typeof remote === "string") return notCheckedDeployment(deployer, `${what}: ${remote}`);
    const released2 = releaseValues(spec, resource.namespace, context);
    if (typeof released2 === "string") return notCheckedDeployment(deployer, released2, "error");
    return [{ kind: "helm", path: deployer.file, chart: remote, helm: releaseVariant(resource, spec, [], released2), deployedBy: deployer }];
  }
  const foreign = foreignSource(reference, resource.namespace, context);
  if (foreign) {
    const version2 = typeof chart.version === "string" ? ` ${chart.version}` : "";
    return notCheckedDeployment(deployer, `${foreign} for the chart '${String(chart.chart)}'${version2}: ${remoteChartNotRendered(deployer, false)}`, "error");
  }
  const path = sourcePath(chart.chart);
  if (path === void 0 || sourceKind(path, context.files) !== "helm") {
    const read = path !== void 0 && path !== chart.chart ? ` (Flux reads it as '${path}', inside the source)` : "";
    return notCheckedDeployment(deployer, `deploys the chart '${String(chart.chart)}'${read}, which is no chart directory of this repository: it is not checked`, "error");
  }
  const files = chartValuesFiles(path, chart, context);
  if (typeof files === "string") return notCheckedDeployment(deployer, files, "error");
  const released = releaseValues(spec, resource.namespace, context);
  if (typeof released === "string") return notCheckedDeployment(deployer, released, "error");
  return [{ kind: "helm", path, helm: releaseVariant(resource, spec, files.files, [...files.values, ...released]), deployedBy: deployer }];
}
function sourcePath(path) {
  if (typeof path !== "string" || path.trim() === "") return void 0;
  return repositoryPath2(normalize3(`/${path.trim()}`).replace(/^\/+/, "") || ".");
}
function chartValuesFiles(chart, spec, context) {
  const files = [];
  let merged = {};
  for (const raw of strings(spec.valuesFiles)) {
    const file = sourcePath(raw);
    if (file === void 0 || !context.files.includes(file)) {
      if (spec.ignoreMissingValuesFiles === true) continue;
      const read = file !== void 0 && file !== raw ? ` (Flux reads it as '${file}', inside the source)` : "";
      return `reads the values file '${raw}' (spec.chart.spec.valuesFiles)${read}, which is no file of this repository: it is not read, and what it deploys is not checked`;
    }
    const values = yamlMapping(context.read(file));
    if (values === void 0) return `reads the values file '${raw}' (spec.chart.spec.valuesFiles), which is not a YAML mapping: what it deploys is not checked`;
    merged = mergeMaps(merged, values);
    files.push(file);
  }
  if (!files.length) return { files, values: [] };
  const defaults = yamlMapping(context.files.includes(`${chart}/values.yaml`) ? context.read(`${chart}/values.yaml`) : "") ?? {};
  return { files, values: [JSON.stringify(withNulledDefaults(merged, defaults))] };
}
function yamlMapping(text2) {
  try {
    const value = (0, import_yaml3.parse)(text2) ?? {};
    return value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
  } catch {
    return void 0;
  }
}
var isMap2 = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
function mergeMaps(base, over) {
  const merged = { ...base };
  for (const [key, value] of Object.entries(over)) merged[key] = isMap2(value) && isMap2(merged[key]) ? mergeMaps(merged[key], value) : value;
  return merged;
}
function withNulledDefaults(values, defaults) {
  const result = { ...values };
  for (const [key, value] of Object.entries(defaults)) {
    if (!(key in result)) result[key] = null;
    else if (isMap2(result[key]) && isMap2(value)) result[key] = withNulledDefaults(result[key], value);
  }
  return result;
}
function sourceObject(kind, reference, namespace2, context) {
  const ns2 = typeof reference.namespace === "string" ? reference.namespace : namespace2;
  return context.resources.find(
    (resource) => resource.kind === kind && resource.apiVersion.startsWith("source.toolkit.fluxcd.io/") && resource.name === reference.name && (ns2 === void 0 || resource.namespace === void 0 || resource.namespace === ns2)
  )?.object;
}
function helmRepositoryChart(reference, chart, namespace2, context) {
  const repository = sourceObject("HelmRepository", reference, namespace2, context);
  if (!repository) return "not rendered, that HelmRepository is not among the objects of this repository";
  const url = record(repository.spec).url;
  if (typeof url !== "string" || typeof chart.chart !== "string") return "not rendered, the HelmRepository has no url or the release no chart name";
  const version2 = typeof chart.version === "string" ? chart.version : void 0;
  const valuesFiles = strings(chart.valuesFiles);
  return { repository: url, name: chart.chart, ...version2 && { version: version2 }, ...valuesFiles.length && { valuesFiles } };
}
function ociRepositoryChart(reference, namespace2, context) {
  if (reference.kind !== "OCIRepository") return `not rendered, a chartRef to a ${String(reference.kind)} is not followed (OCIRepository is)`;
  const repository = sourceObject("OCIRepository", reference, namespace2, context);
  if (!repository) return "not rendered, that OCIRepository is not among the objects of this repository";
  const spec = record(repository.spec);
  const ref = record(spec.ref);
  const url = typeof spec.url === "string" ? spec.url.replace(/\/+$/, "") : "";
  const slash = url.lastIndexOf("/");
  if (!url.startsWith("oci://") || slash < "oci://".length) return `not rendered, the OCIRepository url '${url}' is not oci://host/path/chart`;
  if (typeof ref.digest === "string") return "not rendered, a chart pinned by digest is not fetched";
  const version2 = typeof ref.semver === "string" ? ref.semver : typeof ref.tag === "string" ? ref.tag : void 0;
  return { repository: url.slice(0, slash), name: url.slice(slash + 1), ...version2 && { version: version2 } };
}
function releaseVariant(resource, spec, valuesFiles, values) {
  const targetNamespace = typeof spec.targetNamespace === "string" ? spec.targetNamespace : void 0;
  const name = typeof spec.releaseName === "string" ? spec.releaseName : targetNamespace ? `${targetNamespace}-${resource.name}` : resource.name;
  const namespace2 = targetNamespace ?? resource.namespace;
  return {
    releaseName: defaultReleaseName(name),
    ...namespace2 && { namespace: namespace2 },
    valuesFiles,
    ...values.length && { values }
  };
}
function releaseValues(spec, namespace2, context) {
  const values = [];
  for (const reference of Array.isArray(spec.valuesFrom) ? spec.valuesFrom.map(record) : []) {
    const text2 = referencedValues(reference, namespace2, context);
    if (text2 === void 0) {
      if (reference.optional === true) continue;
      return `takes values from ${String(reference.kind)} '${String(reference.name)}' (spec.valuesFrom), which is not among the objects of this repository: it was not rendered as Flux would`;
    }
    if (typeof reference.targetPath === "string" && reference.targetPath !== "") {
      const document = targetPathValue(reference.targetPath, text2);
      if (typeof document === "string") return document;
      values.push(JSON.stringify(document));
    } else {
      values.push(text2);
    }
  }
  if (spec.values !== void 0) values.push(JSON.stringify(spec.values));
  return values;
}
function referencedValues(reference, namespace2, context) {
  const object = configObject(reference, namespace2, context);
  if (!object) return void 0;
  const key = typeof reference.valuesKey === "string" ? reference.valuesKey : "values.yaml";
  const plain = record(object.stringData)[key] ?? (reference.kind === "ConfigMap" ? record(object.data)[key] : void 0);
  if (typeof plain === "string") return plain;
  const encoded = record(object.data)[key];
  return typeof encoded === "string" ? Buffer.from(encoded, "base64").toString("utf8") : void 0;
}
function targetPathValue(path, raw) {
  const quoted = raw.length >= 2 && (raw.startsWith('"') && raw.endsWith('"') || raw.startsWith("'") && raw.endsWith("'"));
  const value = quoted ? raw.replace(/^["']+|["']+$/g, "") : raw;
  const keys = path.trim().split(".");
  if (keys.some((key) => key === "" || /[[\]\\]/.test(key)) || /[,\\]/.test(value) || !quoted && value.startsWith("{")) {
    return `sets the values at '${path}' (spec.valuesFrom targetPath) to a value helm reads with list syntax, escapes or commas; not modelled: what it deploys is not checked`;
  }
  const typed = quoted ? value : typedValue(value);
  return keys.reverse().reduce((inner, key) => ({ [key]: inner }), typed);
}
function typedValue(value) {
  const lower = value.toLowerCase();
  if (lower === "true") return true;
  if (lower === "false") return false;
  if (lower === "null") return null;
  if (value === "0") return 0;
  if (value !== "" && value[0] !== "0" && /^[+-]?\d+$/.test(value) && Math.abs(Number(value)) < 2 ** 63) return Number(value);
  return value;
}

// src/discover/gitops/index.ts
function gitopsTargets(context) {
  const argo = argoTargets(context);
  const flux = fluxTargets(context);
  const targets = unique([...argo.targets, ...flux.targets], targetKey2);
  const findings = unique([...argo.findings, ...flux.findings], (finding) => JSON.stringify([finding.message, finding.location]));
  const notChecked2 = unique([...argo.notChecked, ...flux.notChecked], (entry) => entry.file);
  return { targets, findings, notChecked: notChecked2 };
}
function targetKey2(target) {
  const { deployedBy, ...rest } = target;
  const deployer = deployedBy && { kind: deployedBy.kind, name: deployedBy.name, namespace: deployedBy.namespace };
  return JSON.stringify({ ...rest, deployer });
}
function unique(items, key) {
  const seen = /* @__PURE__ */ new Set();
  return items.filter((item) => {
    const id = key(item);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

// src/discover/gitops/follow.ts
var MAX_DEPTH = 5;
var MAX_FOLLOWED = 1e3;
async function followDeployments(resources, context, renderAndParse, limits = { depth: MAX_DEPTH, total: MAX_FOLLOWED }) {
  const result = { targets: [], findings: [], notChecked: [] };
  const seen = /* @__PURE__ */ new Set();
  const findingKeys = /* @__PURE__ */ new Set();
  const report = (finding) => {
    const key = JSON.stringify([finding.message, finding.location]);
    if (!findingKeys.has(key)) result.findings.push(finding);
    findingKeys.add(key);
  };
  const ancestry = /* @__PURE__ */ new Map();
  let all = resources;
  for (let depth = 0; ; depth++) {
    const found = gitopsTargets({ ...context, resources: all });
    for (const finding of found.findings) report(finding);
    result.notChecked.push(...found.notChecked.filter((entry) => !result.notChecked.some((known) => known.file === entry.file)));
    const fresh = found.targets.filter((target) => !seen.has(targetKey2(target)));
    if (!fresh.length) break;
    for (const target of fresh) seen.add(targetKey2(target));
    if (depth >= limits.depth) {
      for (const target of fresh) report(notCheckedDeployment(target.deployedBy, `deploys ${target.path} more than ${limits.depth} deployments deep (deployments within deployments): not followed, so it is not checked`, "error"));
      break;
    }
    const followed = [];
    const cycles = /* @__PURE__ */ new Map();
    for (const target of fresh) {
      const parent = deployingTarget(target);
      const chain = parent && ancestry.has(parent) ? [...ancestry.get(parent), parent] : [];
      if (chain.some((ancestor) => ancestor.kind === target.kind && ancestor.path === target.path)) {
        const key = JSON.stringify([target.deployedBy.file, target.deployedBy.line, target.kind, target.path]);
        const cycle = cycles.get(key);
        if (cycle) cycle.count++;
        else cycles.set(key, { target, count: 1, chain });
        continue;
      }
      if (result.targets.length + followed.length >= limits.total) {
        report(notCheckedDeployment(target.deployedBy, `deploys ${target.path} beyond the budget of ${limits.total} followed deployments: not followed, so it is not checked`, "error"));
        continue;
      }
      ancestry.set(target, chain);
      followed.push(target);
    }
    for (const { target, count, chain } of cycles.values()) report(cycleFinding(target, count, chain));
    result.targets.push(...followed);
    if (!followed.length) break;
    all = [...all, ...await renderAndParse(followed)];
  }
  return { ...result, findings: oncePerObject(result.findings, result.targets) };
}
function oncePerObject(findings, targets) {
  const written = (deployer) => JSON.stringify([deployer.file, deployer.line, deployer.kind, deployer.name]);
  const throughDeployment = (target) => deployingTarget(target)?.deployedBy !== void 0;
  const deployed = new Set([...targets, ...findings.map((finding) => finding.target)].filter(throughDeployment).map((target) => written(target.deployedBy)));
  return findings.filter((finding) => !finding.target.deployedBy || throughDeployment(finding.target) || !deployed.has(written(finding.target.deployedBy)));
}
function cycleFinding(target, count, chain) {
  const start = chain.findIndex((ancestor) => ancestor.kind === target.kind && ancestor.path === target.path);
  const steps = chain.slice(start).map((ancestor) => `${ancestor.path}${ancestor.deployedBy ? ` (by ${describeDeployer(ancestor.deployedBy)})` : ""}`);
  const times = count > 1 ? ` (${count} such deployments)` : "";
  return notCheckedDeployment(
    target.deployedBy,
    `deploys ${target.path} again, which deploys it in turn: a cycle ${[...steps, target.path].join(" \u2192 ")}${times}; not followed further, so those deployments are not checked`,
    "error"
  );
}
function deployedTargets(discovered, deployed) {
  const key = (target) => JSON.stringify([target.kind, target.path]);
  const fromRepository = deployed.filter((target) => target.deployedBy && !target.chart);
  const paths = new Set(fromRepository.map(key));
  const generated2 = fromRepository.filter((target) => target.kustomize?.edits?.generate).map((target) => target.path);
  const below = (target) => target.kind !== "helm" && generated2.some((directory) => isWithin(target.path, directory));
  const alone = new Set(discovered.filter((target) => !target.deployedBy && !target.chart && target.variant === void 0 && (paths.has(key(target)) || below(target))));
  const gone = new Set([...alone].filter((target) => target.kind === "kustomize").map((target) => target.path));
  for (const target of discovered) {
    const includers = target.includedBy ?? [];
    if (target.kind === "kustomize" && target.variant === void 0 && includers.length && includers.every((path) => gone.has(path))) alone.add(target);
  }
  return alone;
}

// src/discover/notices.ts
function discoveryFindings(targets, skippedLinks, paths, skippedDirectories = [], { allowEmpty = false } = {}) {
  const selection = parseSelection(paths);
  const rendered = targets.filter((target) => target.kind !== "manifests").map((target) => target.path);
  const relevant2 = skippedLinks.filter(
    (link) => (link.directory || MANIFEST_EXTENSIONS.test(link.path) || rendered.some((path) => isWithin(link.path, path))) && isSelected(link.path, selection)
  );
  const findings = relevant2.map(({ path, reason }) => skippedLink(path, reason));
  for (const directory of skippedDirectories) {
    const files = directory.files.filter((file) => isSelected(file, selection));
    if (files.length) findings.push(notChecked(directory.path, files.length));
  }
  if (targets.length === 0) findings.unshift(noTargets(paths, allowEmpty));
  return findings;
}
function noTargets(paths, allowEmpty) {
  const where = paths.length ? paths.join(", ") : "the repository";
  return {
    ruleId: "no-targets",
    severity: allowEmpty ? "notice" : "error",
    title: "Nothing to check",
    message: `no kustomization, Helm chart or Kubernetes manifest was found in ${where}${allowEmpty ? "" : "; set allow-empty to true if that is expected"}`,
    target: { kind: "manifests", path: "." }
  };
}
function skippedLink(path, reason) {
  return {
    ruleId: "skipped-link",
    severity: "warning",
    title: "Not checked: symbolic link",
    message: `${path} is ${reason}; it was not followed and not checked`,
    target: { kind: "manifests", path },
    location: { file: path, line: 1 }
  };
}
function notChecked(path, count) {
  const files = count === 1 ? "1 YAML or JSON file that was" : `${count} YAML or JSON files that were`;
  return {
    ruleId: "not-checked",
    severity: "notice",
    title: "Not checked: dependency directory",
    message: `${path}/ holds ${files} not checked: dependency directories are skipped unless \`paths\` names them; to check them, add \`${path}\` to \`paths\` (keep \`.\` or your other entries to check the rest too)`,
    target: { kind: "manifests", path },
    location: { file: path, line: 1 }
  };
}

// src/discover/skaffold.ts
var import_yaml4 = __toESM(require_dist(), 1);
import { dirname as dirname5, join as join14, normalize as normalize4 } from "node:path/posix";
function readSkaffold(view, paths = []) {
  const files = /* @__PURE__ */ new Map();
  const findings = [];
  const selection = parseSelection(paths);
  for (const path of view.files) {
    if (!/\.ya?ml$/i.test(path)) continue;
    const text2 = view.read(path);
    if (!SKAFFOLD_API_VERSION.test(text2)) continue;
    const file = readConfigFile(path, text2);
    files.set(path, file);
    if (file.problem && isSelected(path, selection)) findings.push(notRead(path, file.problem));
  }
  const failures = /* @__PURE__ */ new Map();
  const runs = [...files.keys()].flatMap((entry) => runsFrom(entry, files, failures));
  for (const [path, problem] of failures) if (isSelected(path, selection)) findings.push(notRead(path, problem));
  const builds2 = /* @__PURE__ */ new Map();
  return {
    findings,
    buildsFor(target) {
      let found = builds2.get(target);
      if (!found) builds2.set(target, found = buildsOf(runs.filter((run) => deploys(run, target))));
      return found;
    }
  };
}
var SKAFFOLD_API_VERSION = /^apiVersion:[ \t]*["']?skaffold\/v/m;
var Invalid = class extends Error {
  constructor(path, message) {
    super(message);
    this.path = path;
  }
  path;
};
function readConfigFile(path, text2) {
  const lines = new import_yaml4.LineCounter();
  const documents = (0, import_yaml4.parseAllDocuments)(text2, { lineCounter: lines, uniqueKeys: true, merge: true });
  const configs = [];
  for (const [index, document] of documents.entries()) {
    const error = document.errors[0];
    if (error) return { path, configs: [], problem: { message: error.message.split("\n")[0].replace(/:$/, ""), line: error.linePos?.[0].line ?? 1 } };
    if (document.contents === null) continue;
    try {
      configs.push(readConfig(path, index, document, lines));
    } catch (problem) {
      if (!(problem instanceof Invalid)) throw problem;
      return { path, configs: [], problem: { message: problem.message, line: lineOf3(document, problem.path, lines) } };
    }
  }
  const names = configs.map((config) => config.name).filter((name) => name !== void 0);
  const repeated = names.find((name, index) => names.indexOf(name) !== index);
  if (repeated) return { path, configs: [], problem: { message: `two configs are named '${repeated}'; Skaffold expects config names unique in a file`, line: 1 } };
  return { path, configs };
}
function readConfig(file, index, document, lines) {
  if (!(0, import_yaml4.isMap)(document.contents)) throw new Invalid([], "the document is not a mapping; expected a Skaffold config");
  let raw;
  try {
    raw = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new Invalid([], `the document cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
  const apiVersion2 = raw.apiVersion;
  if (typeof apiVersion2 !== "string" || !/^skaffold\/v\d/.test(apiVersion2)) throw new Invalid(["apiVersion"], `apiVersion ${JSON.stringify(apiVersion2)} is not Skaffold's; expected skaffold/v<version> in every document of a Skaffold file`);
  if (raw.kind !== "Config") throw new Invalid(["kind"], `kind ${JSON.stringify(raw.kind)} is not Config; expected kind: Config`);
  const legacy = /^skaffold\/v[12](alpha|beta|$)/.test(apiVersion2);
  const name = optional(map(raw.metadata ?? {}, ["metadata"]).name, ["metadata", "name"], "string");
  const requireLines = Array.isArray(raw.requires) ? raw.requires.map((_2, i) => lineOf3(document, ["requires", i], lines)) : [];
  const config = { file, index, ...name && { name }, raw: upgrade(raw, [], legacy), legacy, requireLines };
  list2(raw.profiles ?? [], ["profiles"]).forEach((profile, i) => {
    const where = ["profiles", i];
    const fields = map(profile, where);
    optional(fields.name, [...where, "name"], "string");
    list2(fields.patches ?? [], [...where, "patches"]).forEach((patch, j2) => {
      const op = map(patch, [...where, "patches", j2]);
      for (const key of ["op", "path", "from"]) optional(op[key], [...where, "patches", j2, key], "string");
    });
    deployment(upgrade(fields, where, legacy), where);
  });
  deployment(config.raw, []);
  requirements(config.raw);
  return config;
}
function upgrade(pipeline, where, legacy) {
  if (!legacy || pipeline.deploy === void 0) return pipeline;
  const deploy = { ...map(pipeline.deploy, [...where, "deploy"]) };
  const manifests = {};
  if (deploy.kubectl != null) {
    const kubectl = { ...map(deploy.kubectl, [...where, "deploy", "kubectl"]) };
    if (kubectl.manifests !== void 0) manifests.rawYaml = strings2(kubectl.manifests, [...where, "deploy", "kubectl", "manifests"]);
    delete kubectl.manifests;
    deploy.kubectl = kubectl;
  }
  if (deploy.kustomize != null) {
    const kustomize = map(deploy.kustomize, [...where, "deploy", "kustomize"]);
    const path = optional(kustomize.path, [...where, "deploy", "kustomize", "path"], "string");
    const paths = kustomize.paths === void 0 ? [] : strings2(kustomize.paths, [...where, "deploy", "kustomize", "paths"]);
    manifests.kustomize = { paths: paths.length ? paths : [path ?? "."] };
    deploy.kubectl ??= {};
    delete deploy.kustomize;
  }
  if (deploy.kpt != null) throw new Invalid([...where, "deploy", "kpt"], `deploy.kpt of a v2 config cannot be upgraded by Skaffold v2 ("converting deploy.kpt isn't currently supported")`);
  if (deploy.helm != null) manifests.helm = deploy.helm;
  return { ...pipeline, deploy, ...Object.keys(manifests).length && { manifests } };
}
function deployment(pipeline, where) {
  const at3 = (...path) => [...where, ...path];
  const build2 = map(pipeline.build ?? {}, at3("build"));
  const images = list2(build2.artifacts ?? [], at3("build", "artifacts")).map((artifact, i) => artifactImage(map(artifact, at3("build", "artifacts", i)).image, at3("build", "artifacts", i, "image")));
  const manifests = map(pipeline.manifests ?? {}, at3("manifests"));
  const deploy = map(pipeline.deploy ?? {}, at3("deploy"));
  const kustomize = manifests.kustomize == null ? void 0 : map(manifests.kustomize, at3("manifests", "kustomize"));
  const charts = (helm, path) => helm == null ? [] : list2(map(helm, path).releases ?? [], [...path, "releases"]).flatMap((release, i) => {
    const chartPath = optional(map(release, [...path, "releases", i]).chartPath, [...path, "releases", i, "chartPath"], "string");
    return chartPath === void 0 ? [] : [chartPath];
  });
  const selector = map(pipeline.resourceSelector ?? {}, at3("resourceSelector"));
  const rawYaml = strings2(manifests.rawYaml ?? [], at3("manifests", "rawYaml"));
  const kpt = strings2(manifests.kpt ?? [], at3("manifests", "kpt"));
  return {
    images,
    rawYaml,
    kustomize: kustomize ? strings2(kustomize.paths ?? [], at3("manifests", "kustomize", "paths")) : [],
    charts: [...charts(manifests.helm, at3("manifests", "helm")), ...charts(deploy.helm, at3("deploy", "helm"))],
    kpt,
    // Skaffold's SetDefaultRenderer: any renderer, or a deployer that needs no manifests, keeps k8s/*.yaml away.
    configured: rawYaml.length > 0 || kpt.length > 0 || kustomize !== void 0 || manifests.helm != null || ["helm", "docker", "cloudrun"].some((key) => deploy[key] != null),
    allow: filters(selector.allow, at3("resourceSelector", "allow")),
    deny: filters(selector.deny, at3("resourceSelector", "deny"))
  };
}
function artifactImage(value, path) {
  if (typeof value !== "string" || value === "") throw new Invalid(path, `build artifact image is ${JSON.stringify(value)}; expected an image name`);
  const image = sanitizeImageName(value);
  const last = image.split("/").at(-1);
  if (image.includes("@") || last.includes(":")) throw new Invalid(path, `build artifact image '${value}' has a tag or digest; Skaffold expects a name alone (its tagger adds the tag)`);
  if (!REFERENCE_NAME.test(image)) throw new Invalid(path, `build artifact image '${value}' is not a valid image name; expected one such as frontend or ghcr.io/acme/frontend`);
  return image;
}
var REFERENCE_NAME = /^(?:(?:[a-z0-9]|[a-z0-9][a-z0-9-]*[a-z0-9])(?:\.(?:[a-z0-9]|[a-z0-9][a-z0-9-]*[a-z0-9]))*(?::[0-9]+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
function sanitizeImageName(image) {
  const bare = image.replace(/^ko:\/\//, "");
  const at3 = bare.search(/[:@][^/]*$/);
  return at3 < 0 ? bare.toLowerCase() : bare.slice(0, at3).toLowerCase() + bare.slice(at3);
}
function filters(value, path) {
  return list2(value ?? [], path).map((entry, i) => {
    const filter = map(entry, [...path, i]);
    const groupKind2 = optional(filter.groupKind, [...path, i, "groupKind"], "string");
    if (!groupKind2) throw new Invalid([...path, i, "groupKind"], "a resourceSelector entry has no groupKind; expected one such as Deployment.apps");
    return { groupKind: groupKind2, image: strings2(filter.image ?? [], [...path, i, "image"]) };
  });
}
function requirements(raw) {
  return list2(raw.requires ?? [], ["requires"]).map((entry, i) => {
    const where = ["requires", i];
    const requirement = map(entry, where);
    const path = optional(requirement.path, [...where, "path"], "string");
    const remote = ["git", "googleCloudStorage", "googleCloudBuildRepoV2"].some((key) => requirement[key] != null);
    return {
      file: remote ? null : path,
      configs: strings2(requirement.configs ?? [], [...where, "configs"]),
      activeProfiles: list2(requirement.activeProfiles ?? [], [...where, "activeProfiles"]).map((profile, j2) => {
        const fields = map(profile, [...where, "activeProfiles", j2]);
        return { name: String(optional(fields.name, [...where, "activeProfiles", j2, "name"], "string") ?? ""), activatedBy: strings2(fields.activatedBy ?? [], [...where, "activeProfiles", j2, "activatedBy"]) };
      })
    };
  });
}
function runsFrom(entry, files, failures) {
  const plain = collectRun(entry, files);
  if (plain.failed) {
    const { problem } = plain;
    if (problem && !files.get(problem.file)?.problem) failures.set(problem.file, problem);
    return [];
  }
  const names = new Set(plain.configs.flatMap(({ config }) => profileNames(config.raw)));
  const runs = [plain, ...[...names].map((name) => collectRun(entry, files, [name]))];
  return runs.flatMap((run) => run.failed ? [] : [toRun(run.configs)]);
}
function collectRun(entry, files, profiles = []) {
  const configs = [];
  const seen = /* @__PURE__ */ new Set();
  const visit = (path, selected, active) => {
    const file = files.get(path);
    if (file.problem) throw new RunFailure({ ...file.problem, file: path });
    for (const config of file.configs) {
      if (selected.length && !selected.includes(config.name ?? "")) continue;
      const applied = active.filter((name, i) => active.indexOf(name) === i && profileNames(config.raw).includes(name));
      const key = `${path}:${config.index}:${[...applied].sort().join(",")}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const raw = withProfiles(config, applied);
      if (!raw) throw new RunFailure();
      let effective;
      let required;
      try {
        effective = { config, deployment: deployment(raw, []) };
        required = requirements(raw);
      } catch (problem) {
        if (problem instanceof Invalid) throw new RunFailure();
        throw problem;
      }
      for (const [i, requirement] of required.entries()) {
        if (requirement.file === null) continue;
        const target = requiredFile(path, requirement.file, files);
        if (!target) throw new RunFailure({ message: `requires '${requirement.file}', which is no Skaffold config in the repository`, line: config.requireLines[i] ?? 1, file: path });
        const passed = requirement.activeProfiles.filter((profile) => !profile.activatedBy.length || profile.activatedBy.some((name) => applied.includes(name))).map((profile) => profile.name);
        visit(target, requirement.configs, [...passed, ...profiles]);
      }
      configs.push(effective);
    }
  };
  try {
    visit(entry, [], profiles);
  } catch (failure) {
    if (failure instanceof RunFailure) return { failed: true, problem: failure.problem };
    throw failure;
  }
  return { failed: false, configs };
}
var RunFailure = class extends Error {
  constructor(problem) {
    super(problem?.message ?? "skaffold run fails");
    this.problem = problem;
  }
  problem;
};
function requiredFile(from, path, files) {
  if (path === void 0) return from;
  const resolved = repositoryPath3(dirname5(from), path);
  if (resolved === void 0) return void 0;
  return [resolved, join14(resolved, "skaffold.yaml")].find((candidate) => files.has(candidate));
}
function profileNames(raw) {
  return (raw.profiles ?? []).map((profile) => profile.name).filter((name) => typeof name === "string");
}
function toRun(configs) {
  const run = { images: /* @__PURE__ */ new Set(), kinds: {}, rawYaml: [], kustomize: /* @__PURE__ */ new Set(), charts: /* @__PURE__ */ new Set(), kpt: [] };
  const allow = [];
  const deny = [];
  for (const { config, deployment: deployment2 } of configs) {
    const base = dirname5(config.file);
    const paths = (entries) => entries.flatMap((entry) => repositoryPath3(base, entry) ?? []);
    const rawYaml = deployment2.configured || configs.length > 1 ? deployment2.rawYaml : ["k8s/*.yaml"];
    for (const image of deployment2.images) run.images.add(image);
    run.rawYaml.push(...paths(rawYaml));
    for (const path of paths(deployment2.kustomize)) run.kustomize.add(path);
    for (const path of paths(deployment2.charts)) run.charts.add(path);
    run.kpt.push(...paths(deployment2.kpt));
    allow.push(...deployment2.allow);
    deny.push(...deployment2.deny);
  }
  run.kinds = replacedKinds(allow, deny);
  return run;
}
function repositoryPath3(base, path) {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path) || path.startsWith("/") || path.includes("{{")) return void 0;
  const resolved = normalize4(join14(base, path)).replace(/\/$/, "");
  return resolved === ".." || resolved.startsWith("../") ? void 0 : resolved;
}
function withProfiles(config, names) {
  let raw = config.raw;
  for (const name of names) {
    const profile = config.raw.profiles.find((candidate) => candidate.name === name);
    raw = overlay(raw, upgrade(profile, [], config.legacy), []);
    for (const patch of profile.patches ?? []) {
      const patched = applyPatch(raw, patch, config.legacy);
      if (!patched) return void 0;
      raw = patched;
    }
  }
  return raw;
}
var PIPELINE_FIELDS = ["build", "test", "manifests", "deploy", "portForward", "resourceSelector", "verify", "customActions"];
var REPLACED = /* @__PURE__ */ new Set(["manifests.kustomize", "manifests.helm", "manifests.transform", "manifests.validate", "deploy.docker", "deploy.helm", "deploy.kpt", "deploy.kubectl", "deploy.cloudrun"]);
var BUILD_TYPES = ["local", "googleCloudBuild", "cluster"];
function overlay(base, profile, path) {
  if (path.length === 0) {
    const merged2 = { ...base };
    const fields2 = profile;
    for (const key of PIPELINE_FIELDS) if (key in fields2) merged2[key] = overlay(merged2[key], fields2[key], [key]);
    return merged2;
  }
  if (profile === void 0 || profile === null || profile === "" || profile === 0 || profile === false) return base;
  if (Array.isArray(profile)) return profile.length ? profile : base;
  if (typeof profile !== "object" || REPLACED.has(path.join(".")) || typeof base !== "object" || base === null || Array.isArray(base)) return profile;
  const merged = { ...base };
  const fields = profile;
  if (path.join(".") === "build" && BUILD_TYPES.some((type) => fields[type] != null)) for (const type of BUILD_TYPES) delete merged[type];
  for (const [key, value] of Object.entries(fields)) merged[key] = overlay(merged[key], value, [...path, key]);
  return merged;
}
var PATCH_MIGRATIONS = [
  ["/deploy/kubectl/manifests", ["/manifests/rawYaml"]],
  ["/deploy/kustomize/paths", ["/manifests/kustomize/paths"]],
  ["/deploy/helm", ["/manifests/helm", "/deploy/helm"]]
];
function applyPatch(raw, patch, legacy) {
  const op = patch.op || "replace";
  let paths = [String(patch.path ?? "")];
  let from = patch.from === void 0 ? void 0 : String(patch.from);
  if (legacy) {
    const migrate = (path) => {
      const rule = PATCH_MIGRATIONS.find(([old]) => path === old || path.startsWith(`${old}/`));
      return rule ? rule[1].map((prefix) => prefix + path.slice(rule[0].length)) : [path];
    };
    paths = migrate(paths[0]);
    from = from === void 0 ? void 0 : migrate(from)[0];
  }
  if ([...paths, from ?? ""].some((path) => path.includes("="))) return void 0;
  const document = structuredClone(raw);
  for (const path of paths) if (!patchAt(document, op, path, from, patch.value)) return void 0;
  return document;
}
function patchAt(document, op, path, from, value) {
  if (op === "move" || op === "copy") {
    const source = from === void 0 ? void 0 : locate(document, from);
    if (!source) return false;
    const moved = get(source.container, source.key);
    if (op === "move" && !remove(source.container, source.key)) return false;
    const target2 = locate(document, path);
    return target2 !== void 0 && set(target2.container, target2.key, structuredClone(moved));
  }
  const target = locate(document, path);
  if (!target) return false;
  const { container, key } = target;
  switch (op) {
    case "add":
      if (!Array.isArray(container)) return set(container, key, value);
      if (key === "-") return container.push(value) > 0;
      return isIndex(key) && Number(key) <= container.length && container.splice(Number(key), 0, value) !== void 0;
    case "remove":
      return remove(container, key);
    case "replace":
      return get(container, key) != null && set(container, key, value);
    case "test":
      return JSON.stringify(get(container, key) ?? null) === JSON.stringify(value ?? null);
    default:
      return false;
  }
}
function locate(document, pointer) {
  if (!pointer.startsWith("/") || pointer === "/") return void 0;
  const tokens = pointer.slice(1).split("/").map((token) => token.replaceAll("~1", "/").replaceAll("~0", "~"));
  let container = document;
  for (const token of tokens.slice(0, -1)) {
    container = typeof container === "object" && container !== null ? get(container, token) : void 0;
    if (typeof container !== "object" || container === null) return void 0;
  }
  return { container, key: tokens.at(-1) };
}
function isIndex(key) {
  return /^\d+$/.test(key);
}
function get(container, key) {
  if (!Array.isArray(container)) return Object.hasOwn(container, key) ? container[key] : void 0;
  return isIndex(key) ? container[Number(key)] : void 0;
}
function set(container, key, value) {
  if (!Array.isArray(container)) {
    container[key] = value;
    return true;
  }
  if (!isIndex(key)) return false;
  container[Number(key)] = value;
  return true;
}
function remove(container, key) {
  if (!Array.isArray(container)) return Object.hasOwn(container, key) && delete container[key];
  return isIndex(key) && Number(key) < container.length && container.splice(Number(key), 1).length === 1;
}
var EVERY_IMAGE = [".*"];
var CONFLUENT = [".spec.image.application", ".spec.image.init"];
var DEFAULT_ALLOWLIST = {
  Pod: EVERY_IMAGE,
  Service: EVERY_IMAGE,
  "DaemonSet.apps": EVERY_IMAGE,
  "Deployment.apps": EVERY_IMAGE,
  "ReplicaSet.apps": EVERY_IMAGE,
  "StatefulSet.apps": EVERY_IMAGE,
  "CronJob.batch": EVERY_IMAGE,
  "Job.batch": EVERY_IMAGE,
  "DaemonSet.extensions": EVERY_IMAGE,
  "Deployment.extensions": EVERY_IMAGE,
  "ReplicaSet.extensions": EVERY_IMAGE,
  "Service.serving.knative.dev": EVERY_IMAGE,
  "Fleet.agones.dev": EVERY_IMAGE,
  "GameServer.agones.dev": EVERY_IMAGE,
  "Rollout.argoproj.io": EVERY_IMAGE,
  "Workflow.argoproj.io": EVERY_IMAGE,
  "CronWorkflow.argoproj.io": EVERY_IMAGE,
  "WorkflowTemplate.argoproj.io": EVERY_IMAGE,
  "ClusterWorkflowTemplate.argoproj.io": EVERY_IMAGE,
  "Connect.platform.confluent.io": CONFLUENT,
  "ControlCenter.platform.confluent.io": CONFLUENT,
  "Kafka.platform.confluent.io": CONFLUENT,
  "KsqlDB.platform.confluent.io": CONFLUENT,
  "SchemaRegistry.platform.confluent.io": CONFLUENT,
  "Zookeeper.platform.confluent.io": CONFLUENT,
  "Job.run.googleapis.com": EVERY_IMAGE,
  "WorkerPool.run.googleapis.com": EVERY_IMAGE,
  "KafkaConnect.kafka.strimzi.io": [".spec.image"],
  "Kafka.kafka.strimzi.io": [".spec.kafka.image", ".spec.zookeeper.image", ".spec.entityOperator.topicOperator.image", ".spec.entityOperator.userOperator.image", ".spec.kafkaExporter.image."]
};
function replacedKinds(allow, deny) {
  const kinds = { ...DEFAULT_ALLOWLIST };
  for (const filter of allow) kinds[groupKind(filter.groupKind)] = filter.image.map((path) => path === ".*" ? path : path.replaceAll(".*", ""));
  for (const filter of deny) delete kinds[groupKind(filter.groupKind)];
  return Object.fromEntries(Object.entries(kinds).filter(([, paths]) => paths.length > 0).sort(([a], [b2]) => a.localeCompare(b2)));
}
function groupKind(value) {
  const dot = value.indexOf(".");
  return dot < 0 || dot === value.length - 1 ? value.replace(/\.$/, "") : value;
}
function deploys(run, target) {
  if (target.deployedBy || target.chart) return false;
  switch (target.kind) {
    case "manifests":
      return run.rawYaml.some((pattern) => matchesRawYaml(target.path, pattern)) || run.kpt.some((directory) => isWithin(target.path, directory));
    case "kustomize":
      return run.kustomize.has(target.path) || (target.includedBy ?? []).some((overlay2) => run.kustomize.has(overlay2));
    case "helm":
      return run.charts.has(target.path);
  }
}
function matchesRawYaml(file, pattern) {
  if (file === pattern) return true;
  if (!/[*?[]/.test(pattern)) return false;
  const glob = pattern.replace(/\*+/g, "*").replace(/[{}()!+@]/g, (character) => `\\${character}`);
  const selection = { includes: [glob], excludes: [] };
  for (let path = file; path !== "." && path !== ""; path = dirname5(path)) if (isSelected(path, selection)) return true;
  return false;
}
function buildsOf(runs) {
  const byKinds = /* @__PURE__ */ new Map();
  for (const run of runs) {
    if (!run.images.size) continue;
    const key = JSON.stringify(run.kinds);
    const build2 = byKinds.get(key) ?? { images: [], kinds: run.kinds };
    build2.images = [.../* @__PURE__ */ new Set([...build2.images, ...run.images])].sort();
    byKinds.set(key, build2);
  }
  return [...byKinds.values()];
}
function notRead(file, problem) {
  return {
    ruleId: "not-checked",
    severity: "notice",
    title: "Not read: Skaffold config",
    message: `${file}: ${problem.message}. Skaffold would refuse this config, so the images it builds are judged as written`,
    target: { kind: "manifests", path: file },
    location: { file, line: problem.line }
  };
}
function lineOf3(document, path, lines) {
  for (let length = path.length; length >= 0; length--) {
    const node = document.getIn(path.slice(0, length), true);
    if (node?.range) return lines.linePos(node.range[0]).line;
  }
  return 1;
}
function map(value, path) {
  if (typeof value === "object" && value !== null && !Array.isArray(value)) return value;
  throw new Invalid(path, `${dotted(path)} is ${describe2(value)}; expected a mapping`);
}
function list2(value, path) {
  if (Array.isArray(value)) return value;
  throw new Invalid(path, `${dotted(path)} is ${describe2(value)}; expected a list`);
}
function strings2(value, path) {
  return list2(value, path).map((entry, i) => {
    if (typeof entry === "string") return entry;
    throw new Invalid([...path, i], `${dotted([...path, i])} is ${describe2(entry)}; expected a string`);
  });
}
function optional(value, path, type) {
  if (value === void 0 || value === null || typeof value === type) return value ?? void 0;
  throw new Invalid(path, `${dotted(path)} is ${describe2(value)}; expected a ${type}`);
}
function dotted(path) {
  return path.map((part, i) => typeof part === "number" ? `[${part}]` : i ? `.${part}` : part).join("") || "the document";
}
function describe2(value) {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "empty";
  return typeof value === "object" ? "a mapping" : JSON.stringify(value);
}

// src/outcome.ts
var RANK = { error: 3, warning: 2, notice: 1 };
var OVERLAY_SET_RULES = /* @__PURE__ */ new Set(["image-tag", "image-digest"]);
function decideOutcome(findings, failOn, targets, resources) {
  const counts = { error: 0, warning: 0, notice: 0 };
  const counted = findings.filter(isCounted);
  for (const finding of counted) counts[finding.severity]++;
  const verdict = counted.some((finding) => fails(finding, failOn)) ? "fail" : "pass";
  const sorted = sortFindings(findings);
  const prints = fingerprints(sorted);
  return { findings: sorted.map((finding, index) => ({ ...finding, fingerprint: prints[index] })), counts, failOn, verdict, targets, resources };
}
function isCounted(finding) {
  return !finding.suppressed && finding.baseline !== "existing";
}
function withoutRepeats(findings) {
  const at3 = (finding) => [finding.ruleId, finding.location?.file, finding.location?.line, finding.location?.column, finding.message];
  const key = (finding, target) => JSON.stringify([target, ...at3(finding)]);
  const fromBases = new Set(findings.flatMap((finding) => (finding.target.includedBy ?? []).map((overlay2) => key(finding, overlay2))));
  const fromBase = (finding) => fromBases.size > 0 && fromBases.has(key(finding, finding.target.path));
  const own = new Set(findings.map((finding) => key(finding, finding.target.path)));
  const unrendered = new Set(findings.filter((finding) => finding.ruleId === PIPELINE_RULES.render).map((finding) => finding.target.path));
  const fixedByEveryIncluder = (finding) => {
    const includers = finding.target.includedBy ?? [];
    if (!includers.length || finding.target.deployedBy || !OVERLAY_SET_RULES.has(finding.ruleId)) return false;
    return includers.every((overlay2) => !unrendered.has(overlay2) && !own.has(key(finding, overlay2)));
  };
  const seen = /* @__PURE__ */ new Map();
  const copied = /* @__PURE__ */ new Set();
  const kept = [];
  for (const finding of findings) {
    if (fromBase(finding) || fixedByEveryIncluder(finding)) continue;
    const variant = finding.target.variant;
    const named = variant === void 0 ? finding : { ...finding, variants: [variant] };
    if (!finding.location) {
      kept.push(named);
      continue;
    }
    const { kind, namespace: namespace2, name } = finding.resource ?? {};
    const same = JSON.stringify([...at3(finding), kind, namespace2, name]);
    const known = seen.get(same);
    if (known === void 0) {
      seen.set(same, kept.length);
      kept.push(named);
    } else {
      if (!copied.has(known)) kept[known] = { ...kept[known] };
      copied.add(known);
      const first = kept[known];
      if (variant !== void 0 && first.variants && !first.variants.includes(variant)) first.variants.push(variant);
      if (!first.target.deployedBy && finding.target.deployedBy) first.target = finding.target;
    }
  }
  return kept;
}
function foldByPlace(findings) {
  const first = /* @__PURE__ */ new Map();
  const copied = /* @__PURE__ */ new Set();
  const kept = [];
  for (const finding of findings) {
    const { location, resource } = finding;
    if (!location) {
      kept.push(finding);
      continue;
    }
    const deployer = finding.target.deployedBy;
    const message = finding.ruleId === "not-checked" && deployer ? JSON.stringify([deployer.kind, deployer.name, deployer.file, deployer.line]) : messageShape(finding);
    const key = JSON.stringify([finding.ruleId, finding.severity, location.file, location.line, location.column, message, finding.suppressed ?? null]);
    const at3 = first.get(key);
    if (at3 !== void 0 && [kept[at3], ...kept[at3].alsoFor ?? []].some((other) => sameResource(other, finding) && other.message !== finding.message)) {
      kept.push(finding);
      continue;
    }
    if (at3 === void 0) {
      first.set(key, kept.length);
      kept.push(finding);
      continue;
    }
    if (!copied.has(at3)) {
      const into2 = kept[at3];
      kept[at3] = { ...into2, alsoFor: [...into2.alsoFor ?? []], ...into2.variants && { variants: [...into2.variants] } };
      copied.add(at3);
    }
    const into = kept[at3];
    into.alsoFor.push({ ...resource && { resource }, target: finding.target, ...finding.fieldPath && { fieldPath: finding.fieldPath }, message: finding.message }, ...finding.alsoFor ?? []);
    for (const variant of finding.variants ?? []) if (into.variants && !into.variants.includes(variant)) into.variants.push(variant);
  }
  return kept;
}
function sameResource(a, b2) {
  const [x, y] = [a.resource, b2.resource];
  return x !== void 0 && y !== void 0 && x.kind === y.kind && x.namespace === y.namespace && x.name === y.name;
}
function messageShape(finding) {
  const quoted = finding.message.replace(/"(?:[^"\\]|\\.)*"/g, '"\u2026"').replace(/\b(?:init|ephemeral) container "…"/g, 'container "\u2026"');
  const kind = finding.resource?.kind;
  return kind ? quoted.replaceAll(`this ${kind}`, "this \u2026") : quoted;
}
function sortFindings(findings) {
  return [...findings].sort(
    (a, b2) => Number(a.baseline === "existing") - Number(b2.baseline === "existing") || RANK[b2.severity] - RANK[a.severity] || (a.location?.file ?? "").localeCompare(b2.location?.file ?? "") || (a.location?.line ?? 0) - (b2.location?.line ?? 0) || a.ruleId.localeCompare(b2.ruleId) || a.message.localeCompare(b2.message)
  );
}
function fails(finding, failOn) {
  return failOn !== "never" && RANK[finding.severity] >= RANK[failOn];
}
function failingCount(outcome) {
  return outcome.findings.filter((finding) => isCounted(finding) && fails(finding, outcome.failOn)).length;
}

// src/policy/data.ts
var import_yaml5 = __toESM(require_dist(), 1);
import { readFileSync as readFileSync8, realpathSync as realpathSync2 } from "node:fs";
import { isAbsolute as isAbsolute6, relative as relative6, resolve as resolve5, sep as sep5 } from "node:path";
function loadPolicyData(files, root) {
  return files.reduce((data, file) => mergeData(data, readDataFile(file, root)), {});
}
function readDataFile(file, root) {
  const path = resolve5(root, file);
  let text2;
  try {
    const real = realpathSync2(path);
    const inside = relative6(realpathSync2(root), real);
    if (!isAbsolute6(file) && (inside.startsWith(`..${sep5}`) || inside === ".." || isAbsolute6(inside))) {
      throw new ConfigError(`Invalid policy-data '${file}': it leads to ${real}, outside the repository. Expected a file inside it.`);
    }
    text2 = readFileSync8(real, "utf8");
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(`Invalid policy-data '${file}': ${errorMessage(error)}. Expected a JSON or YAML file.`);
  }
  let value;
  try {
    value = (0, import_yaml5.parse)(text2, { uniqueKeys: true, maxAliasCount: 100 });
  } catch (error) {
    throw new ConfigError(`Invalid policy-data '${file}': ${errorMessage(error).split("\n")[0]}. Expected a JSON or YAML object.`);
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new ConfigError(`Invalid policy-data '${file}': the document is ${Array.isArray(value) ? "a list" : value === null ? "empty" : `a ${typeof value}`}. Expected an object whose keys become data.<key>.`);
  }
  return value;
}
function mergeData(base, over) {
  const merged = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const before = merged[key];
    merged[key] = isObject(before) && isObject(value) ? mergeData(before, value) : value;
  }
  return merged;
}
function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

// src/policy/load.ts
import { tmpdir } from "node:os";

// src/policy/sources/bundled.ts
async function loadBundledSource(bundleDir, threads) {
  const bundle = await loadBundle(bundleDir);
  const evaluator = await createEvaluator(bundle, {});
  return {
    origin: "kube-policy-gate",
    style: "kpg",
    rules: bundle.rules,
    threadable: bundle.wasm,
    evaluateAll: evaluateWith(evaluator, (data) => data, bundle.wasm, threads),
    dataProblems(data) {
      evaluator.setData(data);
      return evaluator.dataProblems().map((problem) => `${problem.path.join(".")}: ${problem.message}`);
    }
  };
}
function kpgSource(compiled2, policy) {
  const evaluator = evaluatorFor(policy);
  const rules = compiled2.notes ? describedRules(compiled2.notes, compiled2.origin) : [];
  const known = new Set(rules.map((rule) => rule.id));
  const evaluate4 = (resources, data) => {
    try {
      evaluator.setData(mergeData(compiled2.data, withoutRun(data)));
    } catch (error) {
      return resources.map((resource) => ({ resource, error: errorMessage(error) }));
    }
    return evaluator.evaluateAll(resources);
  };
  const describe3 = (evaluations) => {
    for (const id of reportedRules(evaluations)) {
      if (known.has(id)) continue;
      known.add(id);
      rules.push(customRule(id, compiled2.origin, {}));
    }
    return evaluations;
  };
  return {
    origin: compiled2.origin,
    style: "kpg",
    rules,
    evaluateAll: (resources, data) => describe3(evaluate4(resources, data))
  };
}
function evaluateWith(evaluator, dataFor, wasm, threads) {
  return (resources, data) => {
    const pool = threads?.pool(wasm);
    if (pool) return pool.then((threaded) => threaded.evaluate(resources, dataFor(data)));
    evaluator.setData(dataFor(data));
    return evaluator.evaluateAll(resources);
  };
}
function withoutRun(data) {
  const kpg = data.kpg;
  if (typeof kpg !== "object" || kpg === null || !("run" in kpg)) return data;
  const { run: _run, ...rest } = kpg;
  return { ...data, kpg: rest };
}
function reportedRules(evaluations) {
  return new Set(evaluations.flatMap((evaluation) => "violations" in evaluation ? evaluation.violations.map((violation) => violation.rule) : []));
}
function describedRules(notes, origin) {
  return Object.entries(notes).filter(([path]) => /^kpg\.rules\.[^.]+$/.test(path)).map(([path, note]) => customRule(note.id ?? path.slice("kpg.rules.".length).replaceAll("_", "-"), origin, note, path.slice("kpg.rules.".length)));
}
function customRule(id, origin, notes, name = id.replaceAll("-", "_")) {
  const severity = notes.severity === "warning" || notes.severity === "notice" ? notes.severity : "error";
  const rule = {
    id,
    package: name,
    title: notes.title ?? id,
    description: notes.description ?? `rule ${id} of policy bundle ${origin}`,
    severity,
    // Every profile, so that the profile never hides a rule the user asked for (`custom` says why).
    profiles: ["baseline", "restricted", "hardened"],
    optional: false,
    remediation: notes.remediation ?? "",
    references: notes.references ?? [],
    file: notes.file ?? origin,
    custom: true
  };
  return rule;
}

// src/policy/sources/index.ts
import { existsSync as existsSync7, realpathSync as realpathSync3 } from "node:fs";
import { stat as stat4 } from "node:fs/promises";
import { isAbsolute as isAbsolute8, relative as relative8, resolve as resolve7, sep as sep7 } from "node:path";

// src/policy/guard.ts
import { MessageChannel, receiveMessageOnPort } from "node:worker_threads";
var DEFAULT_POLICY_BUDGET_MS = 12e4;
var STARTUP_MS = 6e4;
var PolicyBudget = class {
  spentMs = 0;
  /** Why the policies sharing this budget no longer run. */
  stopped;
  totalMs;
  // No parameter properties: threads run these sources with types stripped under vitest.
  constructor(totalMs) {
    this.totalMs = totalMs;
  }
  get remainingMs() {
    return Math.max(0, this.totalMs - this.spentMs);
  }
};
var PolicyStopped = class extends Error {
  name = "PolicyStopped";
};
function startGuardedHost(options) {
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const worker = startThread("worker", { workerData: { role: "guarded", signal: signal.buffer, port: port2, builtins: options.builtins }, transferList: [port2] });
  worker.unref();
  port1.unref();
  const channel = new Channel(worker, port1, signal, options.budget);
  channel.awaitReady();
  let next = 0;
  return {
    load(wasm, label) {
      const id = next++;
      const entrypoints = channel.call({ op: "load", id, wasm }, label, "loading");
      const stopped = channel.stopped;
      return {
        entrypoints: stopped ? [] : entrypoints,
        ...stopped && { stopped },
        setData: (data) => void channel.call({ op: "setData", id, data }, label, "evaluating"),
        evaluate: (input, entrypoint) => channel.call({ op: "evaluate", id, input, entrypoint }, label, "evaluating")
      };
    },
    close: async () => {
      await worker.terminate();
    }
  };
}
function loadGuardedPolicy(wasm, options) {
  return startGuardedHost(options).load(wasm, options.label);
}
var Channel = class {
  stopped;
  worker;
  port;
  signal;
  budget;
  constructor(worker, port, signal, budget) {
    this.worker = worker;
    this.port = port;
    this.signal = signal;
    this.budget = budget;
  }
  awaitReady() {
    const reply = this.wait(STARTUP_MS);
    if (!reply) {
      void this.worker.terminate();
      throw new Error(`the evaluation thread did not start within ${STARTUP_MS / 1e3} s`);
    }
  }
  /** One request within what is left of the budget; once stopped, loading gives nothing and evaluating throws at once. */
  call(request, label, doing) {
    const { budget } = this;
    this.stopped ??= budget.stopped;
    if (this.stopped) {
      if (doing === "loading") return void 0;
      throw new PolicyStopped(this.stopped);
    }
    const started = performance.now();
    this.port.postMessage(request);
    const reply = this.wait(budget.remainingMs);
    budget.spentMs += performance.now() - started;
    if (!reply) {
      void this.worker.terminate();
      budget.stopped ??= stopMessage(label, budget, doing);
      this.stopped = budget.stopped;
      if (doing === "loading") return void 0;
      throw new PolicyStopped(this.stopped);
    }
    if ("error" in reply) throw new Error(reply.error);
    return reply.value;
  }
  /** The next reply, or undefined when none came within `ms`. */
  wait(ms2) {
    const deadline = performance.now() + ms2;
    for (; ; ) {
      const seen = Atomics.load(this.signal, 0);
      const received = receiveMessageOnPort(this.port);
      if (received) return received.message;
      const left = deadline - performance.now();
      if (left <= 0) return void 0;
      Atomics.wait(this.signal, 0, seen, left);
    }
  }
};
function stopMessage(label, budget, doing) {
  const seconds2 = Math.round(budget.totalMs / 100) / 10;
  const what = doing === "loading" ? "did not finish loading within" : "ran past";
  return `${label} ${what} its time budget (${seconds2} s of evaluation in all, the render-timeout) and was stopped; this object was not judged by it`;
}

// src/policy/sources/result-path.ts
function resultPath(value, object) {
  if (Array.isArray(value)) return value.every((part) => typeof part === "string" || typeof part === "number") ? value : [];
  if (typeof value !== "string") return [];
  let node = object;
  return [...value.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map(([, key, bracket]) => {
    const segment = bracket !== void 0 ? Number(bracket) : Array.isArray(node) && /^\d+$/.test(key) ? Number(key) : key;
    node = node?.[segment];
    return segment;
  });
}

// src/policy/sources/conftest.ts
var RULE_NAME = /^(deny|warn|violation)(_\w+)?$/;
function isConftestRule(name) {
  return RULE_NAME.test(name);
}
function conftestEntrypoints(entrypoints) {
  return entrypoints.filter((entrypoint) => isConftestRule(entrypoint.split("/").at(-1) ?? ""));
}
function conftestRuleId(entrypoint) {
  return entrypoint.replaceAll("/", ".");
}
var CONFTEST_BATCH = "kpg_conftest/batch";
var BATCH_SIZE = 50;
function batchModule(entrypoints) {
  const fields = entrypoints.map((entrypoint) => `"${conftestRuleId(entrypoint)}": data.${conftestRuleId(entrypoint)}`).join(", ");
  return `# Generated by kube-policy-gate: all conftest rules over input.objects in one call.
package kpg_conftest

batch := [r | obj := input.objects[_]; r := {${fields}} with input as obj]
`;
}
function conftestSource(compiled2, policy, entrypoints) {
  const rules = entrypoints.map((entrypoint) => conftestRule(conftestRuleId(entrypoint), compiled2));
  const evaluateBatch = (batch) => {
    try {
      const results = policy.evaluate({ objects: batch.map((resource) => resource.object) }, CONFTEST_BATCH);
      if (!Array.isArray(results) || results.length !== batch.length) throw new Error("an object fell out of the batch");
      return batch.map((resource, index) => ({
        resource,
        violations: rules.flatMap((rule) => toViolations(results[index][rule.id], rule.id, resource.object))
      }));
    } catch {
      return batch.map(evaluate4);
    }
  };
  const evaluate4 = (resource) => {
    const input = toArrayBuffer(JSON.stringify(resource.object));
    const violations = [];
    for (const entrypoint of entrypoints) {
      const rule = conftestRuleId(entrypoint);
      try {
        violations.push(...toViolations(policy.evaluate(input, entrypoint), rule, resource.object));
      } catch (error) {
        return { resource, error: `${rule} (${compiled2.origin}): ${errorMessage(error)}` };
      }
    }
    return { resource, violations };
  };
  return {
    origin: compiled2.origin,
    style: "conftest",
    rules,
    evaluateAll(resources, data) {
      try {
        policy.setData(mergeData(compiled2.data, data));
      } catch (error) {
        return resources.map((resource) => ({ resource, error: `${compiled2.origin}: ${errorMessage(error)}` }));
      }
      if (!policy.entrypoints.includes(CONFTEST_BATCH)) return resources.map(evaluate4);
      const evaluations = [];
      for (let start = 0; start < resources.length; start += BATCH_SIZE) evaluations.push(...evaluateBatch(resources.slice(start, start + BATCH_SIZE)));
      return evaluations;
    }
  };
}
function conftestRule(id, compiled2) {
  const pkg = id.slice(0, id.lastIndexOf("."));
  const name = id.slice(id.lastIndexOf(".") + 1);
  const notes = { description: `conftest rule ${name} of package ${pkg} (${compiled2.origin})`, ...compiled2.notes?.[id] };
  return customRule(id, compiled2.origin, { ...notes, severity: name.startsWith("warn") ? "warning" : "error" }, pkg);
}
function toViolations(result, rule, object) {
  if (result === void 0 || result === false) return [];
  const items = Array.isArray(result) ? result : [result];
  return items.map((item) => {
    if (typeof item === "string") return { rule, message: item, path: [] };
    if (typeof item === "object" && item !== null && typeof item.msg === "string") {
      const { msg, details } = item;
      return { rule, message: msg, path: resultPath(details?.path ?? details?.field, object) };
    }
    throw new Error(`a result is ${JSON.stringify(item)}, expected a string or an object with a string msg`);
  });
}
function toArrayBuffer(text2) {
  const bytes2 = new TextEncoder().encode(text2);
  return bytes2.buffer.slice(bytes2.byteOffset, bytes2.byteOffset + bytes2.byteLength);
}

// src/policy/sources/gatekeeper-compile.ts
import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readFile as readFile2, rename, rm, writeFile } from "node:fs/promises";
import { join as join15 } from "node:path";
import { gunzipSync } from "node:zlib";
var COMPILE_VERSION = "kpg-gatekeeper-1";
var WRAPPER_PACKAGE = "kpg_gatekeeper";
var WRAPPER = `package ${WRAPPER_PACKAGE}

import rego.v1

format(pattern, values) := ${GO_SPRINTF}(pattern, [mark(value) | some value in values])

mark(value) := {"${SET_MARK}": [member | some member in value]} if is_set(value)

mark(value) := value if not is_set(value)
`;
async function compileTemplate(template, options) {
  const modules = templateModules(template);
  const entrypoint = `${packageOf(template)}/violation`;
  const key = createHash("sha256").update(JSON.stringify([COMPILE_VERSION, template.regoVersion, entrypoint, modules.map((module) => module.text), WASM_BUILTINS])).digest("hex");
  const cached = join15(options.cacheDir, "gatekeeper", `${key}.wasm`);
  const wasm = await readFile2(cached).catch(() => void 0);
  if (wasm) return { wasm: arrayBuffer(wasm), entrypoint };
  const built = await build(template, modules, entrypoint, options);
  await mkdir(join15(options.cacheDir, "gatekeeper"), { recursive: true });
  const partial = `${cached}.${process.pid}.partial`;
  await writeFile(partial, built);
  await rename(partial, cached);
  return { wasm: arrayBuffer(built), entrypoint };
}
function templateModules(template) {
  const libsField = template.regoField.replace(/rego$/, "libs");
  return [
    { file: "rego.rego", field: template.regoField, text: routeSprintf(template.rego) },
    ...template.libs.map((lib, index) => ({ file: `libs-${index}.rego`, field: `${libsField}[${index}]`, text: routeSprintf(lib) })),
    { file: `${WRAPPER_PACKAGE}.rego`, field: "the kube-policy-gate sprintf wrapper", text: WRAPPER }
  ];
}
function packageOf(template) {
  const match = /^[ \t]*package[ \t]+([A-Za-z_][\w.]*)/m.exec(stripComments(template.rego));
  if (!match) throw new ConfigError(`${template.file}: ConstraintTemplate '${template.name}': ${template.regoField} has no package line`);
  return match[1].replaceAll(".", "/");
}
function stripComments(rego) {
  return rego.replace(/#.*$/gm, "");
}
function routeSprintf(rego) {
  let out = "";
  let index = 0;
  while (index < rego.length) {
    const char = rego[index];
    const end = char === '"' ? stringEnd(rego, index) : char === "`" ? rego.indexOf("`", index + 1) + 1 || rego.length : char === "#" ? lineEnd(rego, index) : -1;
    if (end >= 0) {
      out += rego.slice(index, end);
      index = end;
      continue;
    }
    const word = /[A-Za-z_][\w]*/y;
    word.lastIndex = index;
    const found = word.exec(rego);
    if (!found) {
      out += char;
      index += 1;
      continue;
    }
    const call = found[0] === "sprintf" && !/\.\s*$/.test(out) && /^\s*\(/.test(rego.slice(word.lastIndex, word.lastIndex + 64));
    out += call ? `data.${WRAPPER_PACKAGE}.format` : found[0];
    index = word.lastIndex;
  }
  return out;
}
function stringEnd(text2, start) {
  for (let index = start + 1; index < text2.length; index += 1) {
    if (text2[index] === "\\") index += 1;
    else if (text2[index] === '"' || text2[index] === "\n") return index + 1;
  }
  return text2.length;
}
function lineEnd(text2, start) {
  const end = text2.indexOf("\n", start);
  return end < 0 ? text2.length : end;
}
async function build(template, modules, entrypoint, options) {
  const opa = options.opa();
  await mkdir(options.cacheDir, { recursive: true });
  const work = await mkdtemp(join15(options.cacheDir, "gatekeeper-build-"));
  try {
    await mkdir(join15(work, "modules"));
    for (const module of modules) await writeFile(join15(work, "modules", module.file), module.text);
    await writeFile(join15(work, "capabilities.json"), JSON.stringify(await capabilities(opa, work)));
    const args = ["build", "-t", "wasm", "-e", entrypoint, "--capabilities", "capabilities.json", "-o", "bundle.tar.gz"];
    if (template.regoVersion === "v0") args.push("--v0-compatible");
    const result = await execTool(opa, [...args, "modules"], { cwd: work, timeoutMs: 12e4, maxOutputBytes: 16 * 1024 * 1024 });
    if (result.code !== 0) throw new ConfigError(buildError(template, modules, entrypoint, result.timedOut ? "timed out after 120 s" : `${result.stdout}
${result.stderr}`));
    return extractPolicy(await readFile2(join15(work, "bundle.tar.gz")));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
function buildError(template, modules, entrypoint, stderr) {
  const where = `${template.file}: ConstraintTemplate '${template.name}'`;
  const unsupported = [...new Set([...stderr.matchAll(/undefined function ([\w.]+)/g)].map((match) => match[1]))];
  if (unsupported.length) {
    return `${where} calls ${unsupported.join(", ")}, which the WebAssembly evaluator cannot run (it runs ${WASM_BUILTINS.length} of OPA's builtins, plus ${Object.keys(GATEKEEPER_BUILTINS).filter((name) => name !== GO_SPRINTF).join(", ")}).`;
  }
  if (/entrypoint .* does not refer to a rule/.test(stderr)) return `${where} has no violation rule (${entrypoint}); Gatekeeper queries violation[{"msg": ...}].`;
  let message = stderr.trim().replace(/^error: (load error: )?\d+ errors? occurred( during loading)?:\s*/, "").replace(/^error: /, "");
  for (const module of modules) message = message.replaceAll(`modules/${module.file}`, module.field);
  return `${where} does not compile (Rego ${template.regoVersion}):
${message}`;
}
var capabilitiesFile;
function capabilities(opa, cwd) {
  capabilitiesFile ??= (async () => {
    const result = await execTool(opa, ["capabilities", "--current"], { cwd, timeoutMs: 6e4, maxOutputBytes: 16 * 1024 * 1024 });
    if (result.code !== 0) throw new Error(`opa capabilities failed: ${result.stderr.trim()}`);
    const current = JSON.parse(result.stdout);
    const allowed = /* @__PURE__ */ new Set([...WASM_BUILTINS, ...Object.keys(GATEKEEPER_BUILTINS)]);
    const sprintf = current.builtins.find((builtin) => builtin.name === "sprintf");
    return { ...current, builtins: [...current.builtins.filter((builtin) => allowed.has(builtin.name)), { ...sprintf, name: GO_SPRINTF }] };
  })();
  capabilitiesFile.catch(() => capabilitiesFile = void 0);
  return capabilitiesFile;
}
function extractPolicy(archive) {
  const tar = gunzipSync(archive);
  for (let offset = 0; offset + 512 <= tar.length; ) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const name = cString(header.subarray(0, 100));
    const size = Number.parseInt(cString(header.subarray(124, 136)).trim() || "0", 8);
    if (name.replace(/^\/+/, "") === "policy.wasm") return Buffer.from(tar.subarray(offset + 512, offset + 512 + size));
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  throw new Error("opa build wrote a bundle without /policy.wasm");
}
function cString(bytes2) {
  const end = bytes2.indexOf(0);
  return bytes2.subarray(0, end < 0 ? bytes2.length : end).toString("utf8");
}
function arrayBuffer(bytes2) {
  return bytes2.buffer.slice(bytes2.byteOffset, bytes2.byteOffset + bytes2.byteLength);
}

// src/policy/sources/gatekeeper-match.ts
function matches(match, candidate) {
  if (!match) return true;
  if (!kindsMatch(match, candidate) || !scopeMatch(match, candidate) || !namespacesMatch(match, candidate) || !nameMatch(match, candidate)) return false;
  if (match.labelSelector && !selects(match.labelSelector, candidate.labels)) return false;
  if (match.source === "Generated") return false;
  return namespaceSelectorMatch(match, candidate);
}
function kindsMatch(match, candidate) {
  if (!match.kinds?.length) return true;
  return match.kinds.some(({ apiGroups = [], kinds = [] }) => anyOrIncludes(kinds, candidate.kind) && anyOrIncludes(apiGroups, candidate.group));
}
function anyOrIncludes(list3, value) {
  return list3.length === 0 || list3.includes("*") || list3.includes(value);
}
function isNamespace(candidate) {
  return candidate.kind === "Namespace" && candidate.group === "";
}
function scopeMatch(match, candidate) {
  const namespaced = candidate.namespace !== void 0 && candidate.namespace !== "";
  if (match.scope === "Cluster") return isNamespace(candidate) || !namespaced;
  if (match.scope === "Namespaced") return !isNamespace(candidate) && namespaced;
  return true;
}
function namespacesMatch(match, candidate) {
  const namespace2 = isNamespace(candidate) ? candidate.name : candidate.namespace;
  if (!namespace2) return true;
  if (match.namespaces?.length && !match.namespaces.some((pattern) => wildcardMatches(pattern, namespace2))) return false;
  return !match.excludedNamespaces?.some((pattern) => wildcardMatches(pattern, namespace2));
}
function nameMatch(match, candidate) {
  if (!match.name) return true;
  if (wildcardMatches(match.name, candidate.name)) return true;
  return !!candidate.generateName && match.name.endsWith("*") && wildcardMatches(match.name, candidate.generateName);
}
function wildcardMatches(pattern, candidate) {
  const leading = pattern.startsWith("*");
  const trailing = pattern.length > 1 && pattern.endsWith("*");
  const core = pattern.slice(leading ? 1 : 0, trailing ? -1 : void 0);
  if (leading && trailing) return candidate.includes(core);
  if (leading) return candidate.endsWith(core);
  if (trailing) return candidate.startsWith(core);
  return pattern === candidate;
}
function namespaceSelectorMatch(match, candidate) {
  if (!match.namespaceSelector) return true;
  if (isNamespace(candidate)) return selects(match.namespaceSelector, candidate.labels);
  if (!candidate.namespace) return true;
  if (!candidate.namespaceObject) {
    return { unknown: `its namespaceSelector needs the labels of Namespace '${candidate.namespace}', which is not among the objects checked with this one` };
  }
  return selects(match.namespaceSelector, candidate.namespaceObject.metadata?.labels ?? {});
}
function selects(selector, labels) {
  const byLabel = Object.entries(selector.matchLabels ?? {}).every(([key, value]) => labels[key] === value);
  return byLabel && (selector.matchExpressions ?? []).every(({ key, operator, values = [] }) => {
    const has = Object.hasOwn(labels, key);
    if (operator === "In") return has && values.includes(labels[key]);
    if (operator === "NotIn") return !has || !values.includes(labels[key]);
    if (operator === "Exists") return has;
    return !has;
  });
}
function checkMatch(match, where) {
  if (match === void 0 || match === null) return void 0;
  if (!isObject2(match)) throw new ConfigError(`${where}: spec.match is ${JSON.stringify(match)}, expected a mapping`);
  for (const field2 of ["namespaces", "excludedNamespaces"]) {
    const value = match[field2];
    if (value !== void 0 && !(Array.isArray(value) && value.every((item) => typeof item === "string"))) {
      throw new ConfigError(`${where}: spec.match.${field2} is ${JSON.stringify(value)}, expected a list of namespace names (a leading or trailing * globs)`);
    }
  }
  if (match.kinds !== void 0 && !(Array.isArray(match.kinds) && match.kinds.every((entry) => isObject2(entry) && stringList(entry.apiGroups) && stringList(entry.kinds)))) {
    throw new ConfigError(`${where}: spec.match.kinds is ${JSON.stringify(match.kinds)}, expected a list of {apiGroups: [...], kinds: [...]}`);
  }
  if (match.scope !== void 0 && !["*", "Cluster", "Namespaced"].includes(match.scope)) {
    throw new ConfigError(`${where}: spec.match.scope is ${JSON.stringify(match.scope)}, expected *, Cluster or Namespaced`);
  }
  if (match.source !== void 0 && !["All", "Generated", "Original"].includes(match.source)) {
    throw new ConfigError(`${where}: spec.match.source is ${JSON.stringify(match.source)}, expected All, Generated or Original`);
  }
  if (match.name !== void 0 && typeof match.name !== "string") throw new ConfigError(`${where}: spec.match.name is ${JSON.stringify(match.name)}, expected a name (a leading or trailing * globs)`);
  for (const field2 of ["labelSelector", "namespaceSelector"]) {
    if (match[field2] !== void 0 && match[field2] !== null) checkSelector(match[field2], `${where}: spec.match.${field2}`);
  }
  return match;
}
var OPERATORS = ["In", "NotIn", "Exists", "DoesNotExist"];
function checkSelector(selector, where) {
  if (!isObject2(selector)) throw new ConfigError(`${where} is ${JSON.stringify(selector)}, expected {matchLabels, matchExpressions}`);
  const labels = selector.matchLabels;
  if (labels !== void 0 && !(isObject2(labels) && Object.values(labels).every((value) => typeof value === "string"))) {
    throw new ConfigError(`${where}.matchLabels is ${JSON.stringify(labels)}, expected a mapping of label names to string values`);
  }
  const expressions = selector.matchExpressions ?? [];
  if (!Array.isArray(expressions)) throw new ConfigError(`${where}.matchExpressions is ${JSON.stringify(expressions)}, expected a list`);
  expressions.forEach((expression, index) => {
    const at3 = `${where}.matchExpressions[${index}]`;
    if (!isObject2(expression) || typeof expression.key !== "string" || !OPERATORS.includes(expression.operator)) {
      throw new ConfigError(`${at3} is ${JSON.stringify(expression)}, expected {key, operator: ${OPERATORS.join("|")}, values}`);
    }
    const values = expression.values ?? [];
    if (!stringList(values)) throw new ConfigError(`${at3}.values is ${JSON.stringify(values)}, expected a list of strings`);
    const needsValues = expression.operator === "In" || expression.operator === "NotIn";
    if (needsValues !== values.length > 0) {
      throw new ConfigError(`${at3}: operator ${String(expression.operator)} ${needsValues ? "needs" : "takes no"} values`);
    }
  });
}
function stringList(value) {
  return value === void 0 || Array.isArray(value) && value.every((item) => typeof item === "string");
}
function isObject2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/policy/sources/gatekeeper-objects.ts
var import_yaml6 = __toESM(require_dist(), 1);
import { readdir as readdir2, readFile as readFile3, stat } from "node:fs/promises";
import { isAbsolute as isAbsolute7, join as join16, relative as relative7, resolve as resolve6, sep as sep6 } from "node:path";
var TEMPLATE_API = "templates.gatekeeper.sh/";
var CONSTRAINT_API = "constraints.gatekeeper.sh/";
async function readPolicyObjects(paths, root) {
  const found = { templates: [], constraints: [] };
  for (const path of paths) {
    for (const file of await yamlFiles(resolve6(root, path))) {
      const name = displayPath2(root, file);
      for (const object of await readObjects(file, name)) {
        if (isTemplate(object)) found.templates.push(readTemplate(object, name));
        else if (isConstraint(object)) found.constraints.push(readConstraint(object, name));
      }
    }
  }
  return found;
}
async function yamlFiles(path) {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw new ConfigError(`Policy bundle '${path}' could not be read (${errorMessage(error)}). Expected a file or directory of Gatekeeper YAML.`);
  }
  if (!info.isDirectory()) return /\.ya?ml$/i.test(path) ? [path] : [];
  const entries = await readdir2(path, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && /\.ya?ml$/i.test(entry.name)).map((entry) => join16(entry.parentPath, entry.name)).filter((file) => !relative7(path, file).split(sep6).some((part) => part.startsWith("."))).sort();
}
function displayPath2(root, file) {
  const inside = relative7(root, file);
  return inside && !inside.startsWith("..") && !isAbsolute7(inside) ? inside.split(sep6).join("/") : file;
}
async function readObjects(file, name) {
  const text2 = await readFile3(file, "utf8");
  if (!text2.includes(TEMPLATE_API) && !text2.includes(CONSTRAINT_API)) return [];
  const objects = [];
  for (const document of (0, import_yaml6.parseAllDocuments)(text2, KUBERNETES_YAML)) {
    const problem = document.errors[0];
    if (problem) {
      const line = text2.slice(0, problem.pos[0]).split("\n").length;
      throw new ConfigError(`${name}:${line}: not valid YAML (${problem.message.split("\n")[0]}). Expected ConstraintTemplate and constraint objects.`);
    }
    const value = document.toJS({ maxAliasCount: 100 });
    if (isObject3(value)) objects.push(value);
  }
  return objects;
}
function isTemplate(object) {
  return object.kind === "ConstraintTemplate" && String(object.apiVersion).startsWith(TEMPLATE_API);
}
function isConstraint(object) {
  return String(object.apiVersion).startsWith(CONSTRAINT_API);
}
function readTemplate(object, file) {
  const metadata = record2(object.metadata);
  const name = String(metadata.name ?? "");
  const where = `${file}: ConstraintTemplate '${name}'`;
  const kind = record2(record2(record2(record2(object.spec).crd).spec).names).kind;
  if (typeof kind !== "string" || !kind) throw new ConfigError(`${where} has no spec.crd.spec.names.kind (the kind its constraints use)`);
  const targets = record2(object.spec).targets;
  if (!Array.isArray(targets) || targets.length !== 1 || !isObject3(targets[0])) {
    throw new ConfigError(`${where}: spec.targets must hold exactly one target (admission.k8s.gatekeeper.sh), found ${JSON.stringify(targets)}`);
  }
  const source = regoSource(targets[0]);
  if (!source) {
    const engines = Array.isArray(targets[0].code) ? targets[0].code.map((code) => record2(code).engine).filter(Boolean) : [];
    const reason = engines.length ? `has only ${engines.join(", ")} code (CEL), which kube-policy-gate cannot evaluate; add a \`engine: Rego\` entry to spec.targets[0].code` : "has no Rego (spec.targets[0].rego or a spec.targets[0].code entry with engine: Rego)";
    return { name, kind, file, reason };
  }
  const annotations = record2(metadata.annotations);
  const libs = source.libs ?? [];
  if (typeof source.rego !== "string" || !Array.isArray(libs) || !libs.every((lib) => typeof lib === "string")) {
    throw new ConfigError(`${where}: ${source.field} must be a string and its libs a list of strings`);
  }
  return {
    name,
    kind,
    file,
    rego: source.rego,
    libs,
    regoVersion: source.version === "v1" ? "v1" : "v0",
    regoField: source.field,
    title: stringOr(annotations["metadata.gatekeeper.sh/title"], kind),
    description: stringOr(annotations.description, "").trim()
  };
}
function regoSource(target) {
  const code = Array.isArray(target.code) ? target.code : [];
  const index = code.findIndex((entry) => record2(entry).engine === "Rego");
  if (index >= 0) {
    const source = record2(record2(code[index]).source);
    return { rego: source.rego, libs: source.libs, version: source.version, field: `spec.targets[0].code[${index}].source.rego` };
  }
  if (target.rego !== void 0) return { rego: target.rego, libs: target.libs, field: "spec.targets[0].rego" };
  return void 0;
}
function readConstraint(object, file) {
  const name = String(record2(object.metadata).name ?? "");
  const kind = String(object.kind ?? "");
  const where = `${file}: ${kind} '${name}'`;
  if (!name || !kind) throw new ConfigError(`${file}: a constraint (${CONSTRAINT_API}*) without kind or metadata.name`);
  const spec = record2(object.spec);
  const parameters = spec.parameters ?? {};
  if (!isObject3(parameters)) throw new ConfigError(`${where}: spec.parameters is ${JSON.stringify(parameters)}, expected a mapping`);
  return { kind, name, file, match: checkMatch(spec.match, where), parameters, action: enforcementAction(spec, where) };
}
function enforcementAction(spec, where) {
  const action = spec.enforcementAction ?? "deny";
  if (action === "deny" || action === "warn" || action === "dryrun") return action;
  if (action !== "scoped") throw new ConfigError(`${where}: spec.enforcementAction is ${JSON.stringify(action)}, expected deny, warn, dryrun or scoped`);
  const scoped = spec.scopedEnforcementActions;
  if (!Array.isArray(scoped) || scoped.length === 0) throw new ConfigError(`${where}: enforcementAction scoped needs spec.scopedEnforcementActions`);
  const admission = ["validation.gatekeeper.sh", "gator.gatekeeper.sh", "vap.k8s.io", "*"];
  const actions = scoped.map((entry, index) => {
    const { action: scopedAction, enforcementPoints } = record2(entry);
    if (scopedAction !== "deny" && scopedAction !== "warn" && scopedAction !== "dryrun") {
      throw new ConfigError(`${where}: spec.scopedEnforcementActions[${index}].action is ${JSON.stringify(scopedAction)}, expected deny, warn or dryrun`);
    }
    const points = Array.isArray(enforcementPoints) ? enforcementPoints.map((point) => record2(point).name) : [];
    return points.some((point) => admission.includes(point)) ? scopedAction : "dryrun";
  });
  return ["deny", "warn", "dryrun"].find((candidate) => actions.includes(candidate));
}
function record2(value) {
  return isObject3(value) ? value : {};
}
function isObject3(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function stringOr(value, fallback) {
  return typeof value === "string" && value ? value : fallback;
}

// src/policy/sources/gatekeeper.ts
var SEVERITY = { deny: "error", warn: "warning", dryrun: "notice" };
var OPA_MISSING = "Gatekeeper ConstraintTemplates are compiled with opa, which is not on PATH. On GitHub runners add `- uses: open-policy-agent/setup-opa@v2` before this step; elsewhere install it from https://www.openpolicyagent.org/docs/#running-opa.";
var COMPILE_CONCURRENCY = 4;
async function loadGatekeeper(paths, options) {
  const { templates, constraints } = await readPolicyObjects(paths, options.root);
  if (templates.length === 0 && constraints.length === 0) return void 0;
  if (constraints.length === 0) {
    throw new ConfigError(`${paths.join(", ")}: ${templates.length} ConstraintTemplate(s) (${templates.map((template) => template.kind).join(", ")}) and no constraints; Gatekeeper enforces a template only through a constraint of its kind.`);
  }
  const used = usedTemplates(templates, constraints, paths);
  const opa = () => findTool("opa") ?? fail(OPA_MISSING);
  const built = await mapLimited([...new Set(used.values())], COMPILE_CONCURRENCY, async (template) => [template, await compileTemplate(template, { cacheDir: options.cacheDir, opa })]);
  const host = startGuardedHost({ budget: new PolicyBudget(options.budgetMs ?? DEFAULT_POLICY_BUDGET_MS), builtins: "gatekeeper" });
  const compiled2 = new Map(built.map(([template, { wasm, entrypoint }]) => [template, { policy: instantiate(host, wasm, template), entrypoint }]));
  const bound = constraints.map((constraint) => ({ constraint, id: ruleId(constraint), ...compiled2.get(used.get(constraint.kind)) }));
  const readsInventory = new Set([...compiled2].filter(([template]) => /\bdata\.inventory\b/.test([template.rego, ...template.libs].join("\n"))).map(([, { policy }]) => policy));
  return {
    origin: paths.join(", "),
    style: "gatekeeper",
    rules: bound.map(({ constraint, id }) => ruleInfo(constraint, id, used.get(constraint.kind))),
    evaluateAll(resources) {
      if (readsInventory.size) {
        const data = { inventory: inventory(resources) };
        try {
          for (const policy of readsInventory) setData(policy, data);
        } catch (error) {
          return resources.map((resource) => ({ resource, error: errorMessage(error) }));
        }
      }
      const namespaces = new Map(resources.filter((resource) => resource.kind === "Namespace" && resource.apiVersion === "v1").map((resource) => [resource.name, resource.object]));
      return resources.map((resource) => evaluate(resource, bound, namespaces));
    }
  };
}
function usedTemplates(templates, constraints, paths) {
  const byKind = /* @__PURE__ */ new Map();
  for (const template of templates) {
    const other = byKind.get(template.kind);
    if (other) throw new ConfigError(`${template.file}: ConstraintTemplate '${template.name}' defines kind ${template.kind}, which '${other.name}' (${other.file}) already defines`);
    byKind.set(template.kind, template);
  }
  const used = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Map();
  for (const constraint of constraints) {
    const where = `${constraint.file}: ${constraint.kind} '${constraint.name}'`;
    const template = byKind.get(constraint.kind);
    if (!template) {
      const known = [...byKind.keys()].join(", ") || "none";
      throw new ConfigError(`${where} has no ConstraintTemplate defining kind ${constraint.kind} under ${paths.join(", ")} (templates found: ${known}). Add the template (gatekeeper-library keeps it in template.yaml beside samples/).`);
    }
    if (!("rego" in template)) throw new ConfigError(`${where}: its ConstraintTemplate '${template.name}' (${template.file}) ${template.reason}.`);
    const earlier = seen.get(ruleId(constraint));
    if (earlier) throw new ConfigError(`${where} is defined twice (also in ${earlier.file}); Gatekeeper keeps one constraint per kind and name.`);
    seen.set(ruleId(constraint), constraint);
    used.set(constraint.kind, template);
  }
  return used;
}
function ruleId(constraint) {
  return `${constraint.kind}/${constraint.name}`;
}
function ruleInfo(constraint, id, template) {
  const rule = {
    id,
    package: template.name,
    title: template.title,
    description: template.description || `Gatekeeper constraint ${id} (ConstraintTemplate ${template.name}).`,
    severity: SEVERITY[constraint.action],
    profiles: ["baseline", "restricted", "hardened"],
    optional: false,
    remediation: `Change the object so that constraint ${id} (${constraint.file}) allows it, or narrow the constraint's spec.match.`,
    references: [],
    file: constraint.file,
    custom: true
  };
  return rule;
}
function instantiate(host, wasm, template) {
  try {
    return host.load(wasm, `ConstraintTemplate '${template.name}' (${template.file})`);
  } catch (error) {
    throw new Error(`load ConstraintTemplate '${template.name}' (${template.file}): ${errorMessage(error)}`, { cause: error });
  }
}
function setData(policy, data) {
  try {
    policy.setData(data);
  } catch (error) {
    throw new Error(`set Gatekeeper inventory: ${errorMessage(error)}`, { cause: error });
  }
}
function evaluate(resource, bound, namespaces) {
  const candidate = toCandidate(resource, namespaces);
  const review = toReview(resource, candidate);
  const violations = [];
  for (const { constraint, id, policy, entrypoint } of bound) {
    const matched = matches(constraint.match, candidate);
    if (typeof matched === "object") return { resource, error: `${id}: ${matched.unknown}` };
    if (!matched) continue;
    try {
      violations.push(...toViolations2(id, policy.evaluate({ review, parameters: constraint.parameters }, entrypoint), resource.object));
    } catch (error) {
      return { resource, error: `${id}: ${errorMessage(error)}` };
    }
  }
  return { resource, violations };
}
function toCandidate(resource, namespaces) {
  const metadata = record3(resource.object.metadata);
  const namespace2 = resource.namespace || void 0;
  return {
    group: groupVersion(resource.apiVersion).group,
    kind: resource.kind,
    name: resource.name,
    ...typeof metadata.generateName === "string" && { generateName: metadata.generateName },
    ...namespace2 && { namespace: namespace2 },
    labels: stringRecord(metadata.labels),
    ...namespace2 && namespaces.has(namespace2) && { namespaceObject: namespaces.get(namespace2) }
  };
}
function toReview(resource, candidate) {
  const { group, version: version2 } = groupVersion(resource.apiVersion);
  return {
    kind: { group, version: version2, kind: resource.kind },
    name: resource.name,
    ...candidate.namespace && { namespace: candidate.namespace },
    operation: "CREATE",
    userInfo: {},
    object: resource.object,
    ...candidate.namespaceObject && { namespaceObject: candidate.namespaceObject }
  };
}
function groupVersion(apiVersion2) {
  const slash = apiVersion2.indexOf("/");
  return slash < 0 ? { group: "", version: apiVersion2 } : { group: apiVersion2.slice(0, slash), version: apiVersion2.slice(slash + 1) };
}
function toViolations2(id, result, object) {
  if (!Array.isArray(result)) throw new Error(`violation returned ${JSON.stringify(result)}, expected a set of {"msg": ...}`);
  return result.map((item) => {
    const { msg, details } = record3(item);
    const detail = record3(details);
    return { rule: id, message: typeof msg === "string" ? msg : JSON.stringify(msg), path: resultPath(detail.path ?? detail.field, object) };
  });
}
function inventory(resources) {
  const cluster = {};
  const namespace2 = {};
  for (const resource of resources) {
    const scope = resource.namespace ? namespace2[resource.namespace] ??= {} : cluster;
    const kinds = scope[resource.apiVersion] ??= {};
    (kinds[resource.kind] ??= {})[resource.name] = resource.object;
  }
  return { cluster, namespace: namespace2 };
}
function record3(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : {};
}
function stringRecord(value) {
  return Object.fromEntries(Object.entries(record3(value)).filter((entry) => typeof entry[1] === "string"));
}
async function mapLimited(items, limit, map2) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await map2(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
function fail(message) {
  throw new ConfigError(message);
}

// src/policy/sources/rego.ts
import { createHash as createHash2, randomBytes } from "node:crypto";
import { existsSync as existsSync6 } from "node:fs";
import { lstat, mkdir as mkdir2, readFile as readFile5, readdir as readdir3, realpath, rename as rename2, rm as rm2, stat as stat3, writeFile as writeFile2 } from "node:fs/promises";
import { dirname as dirname6, join as join17, posix as posix4 } from "node:path";

// src/policy/sources/wasm.ts
import { createReadStream } from "node:fs";
import { readFile as readFile4, stat as stat2 } from "node:fs/promises";
var MAX_MEMBER_BYTES = 256 * 1024 * 1024;
var MAX_ARCHIVE_BYTES = 128 * 1024 * 1024;
var MAX_ARCHIVE_ENTRIES = 1e4;
var WASM_MAGIC2 = Buffer.from([0, 97, 115, 109]);
var BundleTooLarge = class extends PolicyStopped {
  name = "BundleTooLarge";
};
async function readBundleArchive(path, origin, limits = {}) {
  const members = /* @__PURE__ */ new Map();
  const wanted = /* @__PURE__ */ new Set(["policy.wasm", "data.json", ".manifest"]);
  const oversized = [];
  try {
    await readArchive(path, origin, limits, (entry) => collect(entry, wanted, members, oversized));
  } catch (error) {
    if (error instanceof BundleTooLarge) throw error;
    throw new ConfigError(`Policy bundle '${origin}' could not be read as a .tar.gz archive (${errorMessage(error)}). Expected an OPA bundle built with \`opa build -t wasm\`.`);
  }
  if (oversized.length) throw new ConfigError(`Policy bundle '${origin}' holds ${oversized.join(", ")}, more than any policy should be.`);
  const wasm = members.get(manifestModule(members.get(".manifest"), origin) ?? "policy.wasm");
  if (!wasm) {
    throw new ConfigError(`Policy bundle '${origin}' holds no policy.wasm. Expected an OPA bundle built with \`opa build -t wasm -e <entrypoint>\` (without -t wasm it holds only Rego).`);
  }
  return { origin, wasm: checkedWasm(wasm, origin), data: bundleData(members.get("data.json"), origin) };
}
function readArchive(path, origin, limits, onEntry) {
  const maxBytes = limits.maxBytes ?? MAX_ARCHIVE_BYTES;
  const maxEntries = limits.maxEntries ?? MAX_ARCHIVE_ENTRIES;
  let bytes2 = 0;
  let entries = 0;
  return new Promise((resolve13, reject) => {
    const file = createReadStream(path);
    const stop = (error) => {
      file.destroy();
      reject(error);
    };
    const parser = new rt({
      strict: true,
      onReadEntry: (entry) => {
        bytes2 += entry.size;
        entries += 1;
        const over = entries > maxEntries ? `more than ${maxEntries.toLocaleString("en-US")} entries` : bytes2 > maxBytes ? `more than ${formatBytes(maxBytes)} once uncompressed (${formatBytes(bytes2)} declared so far)` : void 0;
        if (over) {
          const error = new BundleTooLarge(`policy bundle '${origin}' holds ${over}, past what a policy bundle may; it was not read, and this object was not judged by it`);
          parser.abort(error);
          stop(error);
          return;
        }
        onEntry(entry);
        entry.resume();
      }
    });
    parser.on("error", stop);
    parser.on("abort", stop);
    parser.on("end", () => resolve13());
    file.on("error", stop);
    file.pipe(parser);
  });
}
async function readWasmFile(path, origin) {
  const size = (await stat2(path)).size;
  if (size > MAX_MEMBER_BYTES) throw new ConfigError(`Policy bundle '${origin}' is ${size} bytes, more than any policy module should be.`);
  return { origin, wasm: checkedWasm(await readFile4(path), origin), data: {} };
}
function collect(entry, wanted, members, oversized) {
  const name = entry.path.replace(/^(\.?\/)+/, "");
  if (!wanted.has(name) && !name.endsWith(".wasm")) return;
  if (entry.size > MAX_MEMBER_BYTES) {
    oversized.push(`${name} (${entry.size} bytes)`);
    return;
  }
  const chunks = [];
  entry.on("data", (chunk) => chunks.push(chunk));
  entry.on("end", () => members.set(name, Buffer.concat(chunks)));
}
function manifestModule(manifest, origin) {
  if (!manifest) return void 0;
  const parsed = parseJson(manifest, `${origin}: .manifest`);
  const module = parsed?.wasm?.[0]?.module;
  return typeof module === "string" ? module.replace(/^\/+/, "") : void 0;
}
function bundleData(bytes2, origin) {
  if (!bytes2) return {};
  const data = parseJson(bytes2, `${origin}: data.json`);
  if (typeof data !== "object" || data === null || Array.isArray(data)) throw new ConfigError(`Policy bundle '${origin}': data.json is not a JSON object.`);
  return data;
}
function parseJson(bytes2, what) {
  try {
    return JSON.parse(bytes2.toString("utf8"));
  } catch (error) {
    throw new ConfigError(`Policy bundle ${what} is not valid JSON (${errorMessage(error)}).`);
  }
}
function checkedWasm(bytes2, origin) {
  if (!bytes2.subarray(0, 4).equals(WASM_MAGIC2)) {
    throw new ConfigError(`Policy bundle '${origin}' is not a WebAssembly module (no \\0asm header). Expected a .wasm compiled by \`opa build -t wasm\`.`);
  }
  return bytes2.buffer.slice(bytes2.byteOffset, bytes2.byteOffset + bytes2.byteLength);
}
async function instantiate2(policy, budget) {
  let guarded;
  try {
    guarded = loadGuardedPolicy(policy.wasm, { budget, label: `policy bundle '${policy.origin}'` });
  } catch (error) {
    throw new ConfigError(`Policy bundle '${policy.origin}' could not be loaded (${errorMessage(error)}). Expected a module compiled by \`opa build -t wasm\`.`);
  }
  return {
    entrypoints: [...guarded.entrypoints].sort(),
    ...guarded.stopped && { stopped: guarded.stopped },
    setData(data) {
      try {
        guarded.setData(data);
      } catch (error) {
        if (error instanceof PolicyStopped) throw error;
        throw new Error(`set data of policy bundle '${policy.origin}': ${errorMessage(error)}`, { cause: error });
      }
    },
    evaluate: (input, entrypoint) => guarded.evaluate(input, entrypoint)
  };
}

// src/policy/sources/rego.ts
var CACHE_FORMAT = 2;
var DATA_FILE = /\.(json|ya?ml)$/;
var TEST_FILE = /_test\.rego$/;
var OPA_LIMITS = { timeoutMs: 12e4, maxOutputBytes: 64 * 1024 * 1024 };
var GET_OPA = "Add the open-policy-agent/setup-opa action before this step on GitHub, or run scripts/install-tools.sh locally, or pass a bundle built with `opa build -t wasm` instead of the directory.";
async function readRegoDirectory(directory, origin, namespaces) {
  const files = await readPolicyFiles(directory, origin);
  const modules = files.filter((file) => file.path.endsWith(".rego") && !TEST_FILE.test(file.path)).map((file) => parseModule(file.bytes.toString("utf8")));
  const packages = [...new Set(modules.flatMap((module) => module.package ? [module.package] : []))].sort();
  return { origin, files, packages, entrypoints: chooseEntrypoints(modules, namespaces) };
}
function noRulesError(directory, namespaces) {
  return new ConfigError(
    `Policy directory '${directory.origin}' has no rules to evaluate; its packages are ${directory.packages.join(", ") || "none"}. Expected violations in package kpg (our style), deny, warn, violation rules (or deny_*, warn_*, violation_*) in package ${namespaces.join(", ")} (policy-namespaces names others), or Gatekeeper ConstraintTemplates with their constraints.`
  );
}
async function compileRegoDirectory(directory, options) {
  const { origin, files, entrypoints } = directory;
  const opa = findTool("opa");
  if (!opa) throw new ConfigError(`Policy directory '${origin}' holds Rego that must be compiled with opa, and opa was not found on PATH. ${GET_OPA}`);
  const key = await cacheKey(files, entrypoints, opa, options.regoVersion);
  const cached = join17(options.cacheDir, "kube-policy-gate-policies", key);
  if (!existsSync6(`${cached}.tar.gz`) || !existsSync6(`${cached}.json`)) await compile(files, { opa, entrypoints, origin, regoVersion: options.regoVersion, cached });
  const notes = JSON.parse(await readFile5(`${cached}.json`, "utf8"));
  return { ...await readBundleArchive(`${cached}.tar.gz`, origin), notes };
}
async function readPolicyFiles(directory, origin) {
  const names = (await readdir3(directory, { recursive: true })).map((name) => name.split("\\").join("/")).sort();
  const files = [];
  for (const name of names) {
    if (!name.endsWith(".rego") && !DATA_FILE.test(name) || name.split("/").some((part) => part.startsWith("."))) continue;
    const info = await lstat(join17(directory, name));
    if (info.isSymbolicLink()) throw new ConfigError(`Policy directory '${origin}' holds a symbolic link, '${name}'. Expected regular files only (a link may lead out of the repository).`);
    if (info.isFile()) files.push({ path: name, bytes: await readFile5(join17(directory, name)) });
  }
  return files;
}
function parseModule(text2) {
  const pkg = /^package\s+([A-Za-z_][\w.]*)/m.exec(text2)?.[1];
  const rules = [...text2.matchAll(/^(?:default\s+)?([A-Za-z_]\w*)\s*(?=\[|contains\b|if\b|:=|=|\{)/gm)].map((match) => match[1]);
  return { package: pkg, rules: rules.filter((rule) => rule !== "package" && rule !== "import") };
}
function chooseEntrypoints(modules, namespaces) {
  const entrypoints = /* @__PURE__ */ new Set();
  for (const module of modules) {
    if (module.package === void 0) continue;
    for (const rule of module.rules) {
      if (module.package === "kpg" && (rule === "violations" || rule === "batch")) entrypoints.add(rule === "batch" ? BATCH_ENTRYPOINT : ENTRYPOINT);
      else if (namespaces.includes(module.package) && isConftestRule(rule)) entrypoints.add(`${module.package.replaceAll(".", "/")}/${rule}`);
    }
  }
  if (entrypoints.size === 1 && entrypoints.has(BATCH_ENTRYPOINT)) return [];
  return [...entrypoints].sort();
}
async function cacheKey(files, entrypoints, opa, regoVersion) {
  const hash2 = createHash2("sha256");
  const binary = await realpath(opa);
  const { size, mtimeMs } = await stat3(binary);
  hash2.update(JSON.stringify({ CACHE_FORMAT, entrypoints, regoVersion, opa: [binary, size, mtimeMs], WASM_BUILTINS }));
  for (const file of files) hash2.update(`\0${file.path}\0${file.bytes.length}\0`).update(file.bytes);
  return hash2.digest("hex");
}
async function compile(files, job) {
  const work = `${job.cached}.tmp-${randomBytes(6).toString("hex")}`;
  const source = join17(work, "src");
  await mkdir2(dirname6(job.cached), { recursive: true });
  try {
    for (const file of files) {
      await mkdir2(dirname6(join17(source, file.path)), { recursive: true });
      await writeFile2(join17(source, file.path), file.bytes);
    }
    const version2 = job.regoVersion === "v0" ? ["--v0-compatible"] : [];
    const capabilities2 = join17(work, "capabilities.json");
    const opaBuiltins = await writeWasmCapabilities(job.opa, source, capabilities2);
    const conftest = conftestEntrypoints(job.entrypoints);
    if (conftest.length) await writeFile2(join17(source, "kpg_conftest_batch.rego"), batchModule(conftest));
    const entrypoints = [...job.entrypoints, ...conftest.length ? [CONFTEST_BATCH] : []].flatMap((entrypoint) => ["-e", entrypoint]);
    const bundle = join17(work, "bundle.tar.gz");
    const built = await execTool(job.opa, ["build", "-t", "wasm", ...entrypoints, "--capabilities", capabilities2, "--ignore", "*_test.rego", ...version2, "-o", bundle, "."], { cwd: source, ...OPA_LIMITS });
    if (built.code !== 0) throw new ConfigError(buildError2(built.stderr || built.stdout, job, opaBuiltins));
    const notes = ruleNotes(await runOpa(job.opa, ["inspect", "-a", "-f", "json", ...version2, "."], source), files, job.origin);
    await writeFile2(join17(work, "notes.json"), JSON.stringify(notes));
    await rename2(join17(work, "notes.json"), `${job.cached}.json`);
    await rename2(bundle, `${job.cached}.tar.gz`);
  } finally {
    await rm2(work, { recursive: true, force: true });
  }
}
async function runOpa(opa, args, cwd) {
  const result = await execTool(opa, args, { cwd, ...OPA_LIMITS });
  if (result.code !== 0) throw new Error(`opa ${args[0]} failed: ${trimStderr(result.stderr) || `exit code ${result.code}`}`);
  return result.stdout;
}
async function writeWasmCapabilities(opa, cwd, path) {
  const current = JSON.parse(await runOpa(opa, ["capabilities", "--current"], cwd));
  const supported = new Set(WASM_BUILTINS);
  await writeFile2(path, JSON.stringify({ ...current, builtins: current.builtins.filter((builtin) => supported.has(builtin.name)) }));
  return new Set(current.builtins.map((builtin) => builtin.name));
}
function buildError2(stderr, job, opaBuiltins) {
  const errors = [...stderr.matchAll(/(\S+\.rego):(\d+): (\w+): (.*)/g)].map(([, file, line, kind, message]) => ({ at: `${posix4.join(job.origin, file)}:${line}`, kind, message }));
  const unsupported = errors.map((error) => ({ ...error, builtin: /^undefined function (\S+)$/.exec(error.message)?.[1] })).filter((error) => error.builtin && opaBuiltins.has(error.builtin));
  if (unsupported.length) {
    const uses = unsupported.map((error) => `${error.builtin} (${error.at})`).join(", ");
    return `Policy directory '${job.origin}' calls ${uses}: not available to policies compiled to WebAssembly, as this gate runs them. Rewrite the rule without it (pass such values in data).`;
  }
  const text2 = errors.length ? errors.map((error) => `${error.at}: ${error.kind}: ${error.message}`).join("\n") : trimStderr(stderr);
  const hint = job.regoVersion === "v1" && /`(if|contains)` keyword is required/.test(text2) ? "\nIt looks like Rego v0: set rego-version to v0." : "";
  return `Policy directory '${job.origin}' does not compile (opa build, Rego ${job.regoVersion}):
${text2}${hint}`;
}
function ruleNotes(inspectJson, files, origin) {
  const notes = {};
  for (const file of files) {
    if (!file.path.endsWith(".rego") || TEST_FILE.test(file.path)) continue;
    const module = parseModule(file.bytes.toString("utf8"));
    if (!module.package) continue;
    const where = posix4.join(origin, file.path);
    notes[module.package] ??= { file: where };
    for (const rule of module.rules) notes[`${module.package}.${rule}`] ??= { file: where };
  }
  for (const entry of JSON.parse(inspectJson).annotations ?? []) {
    const path = entry.path.slice(1).map((element) => element.value).join(".");
    notes[path] = { ...notes[path], ...fromAnnotations(entry.annotations) };
  }
  return notes;
}
function fromAnnotations(annotations) {
  const custom = annotations.custom ?? {};
  const related = Array.isArray(annotations.related_resources) ? annotations.related_resources.map((resource) => String(resource.ref)) : void 0;
  const notes = {
    id: stringOf(custom.id),
    title: stringOf(annotations.title),
    description: stringOf(annotations.description)?.trim(),
    severity: stringOf(custom.severity),
    remediation: stringOf(custom.remediation)?.trim(),
    references: Array.isArray(custom.references) ? custom.references.map(String) : related
  };
  return Object.fromEntries(Object.entries(notes).filter(([, value]) => value !== void 0));
}
function stringOf(value) {
  return typeof value === "string" && value !== "" ? value : void 0;
}

// src/policy/sources/index.ts
var EXPECTED = "Expected an OPA bundle (.tar.gz) or a .wasm built with `opa build -t wasm`, a directory of .rego files, or Gatekeeper YAML";
async function loadPolicySources(entries, options) {
  for (const entry of entries) {
    if (!existsSync7(resolve7(options.root, entry))) throw new ConfigError(`Invalid policy-bundles entry '${entry}': it does not exist. ${EXPECTED}.`);
    checkInside(entry, options.root);
  }
  const gatekeeper = await loadGatekeeper(entries, options);
  const sources = [];
  for (const entry of entries) {
    const budget = new PolicyBudget(options.budgetMs ?? DEFAULT_POLICY_BUDGET_MS);
    let compiled2;
    try {
      compiled2 = await loadEntry(entry, options);
    } catch (error) {
      if (!(error instanceof BundleTooLarge)) throw error;
      sources.push(stoppedSource(entry, error.message));
      continue;
    }
    if (compiled2) sources.push(...await sourcesOf(compiled2, budget));
  }
  if (gatekeeper) sources.push(gatekeeper);
  return withUniqueRuleIds(sources);
}
function checkInside(entry, root) {
  if (isAbsolute8(entry)) return;
  const real = realpathSync3(resolve7(root, entry));
  const inside = relative8(realpathSync3(root), real);
  if (inside === ".." || inside.startsWith(`..${sep7}`) || isAbsolute8(inside)) {
    throw new ConfigError(`Invalid policy-bundles entry '${entry}': it leads to ${real}, outside the repository. Expected a file or directory inside it.`);
  }
}
function stoppedSource(origin, reason) {
  return { origin, style: "kpg", rules: [], evaluateAll: (resources) => resources.map((resource) => ({ resource, error: reason })) };
}
async function loadEntry(entry, options) {
  const path = resolve7(options.root, entry);
  if ((await stat4(path)).isDirectory()) {
    const directory = await readRegoDirectory(path, entry, options.namespaces);
    if (directory.entrypoints.length) return compileRegoDirectory(directory, options);
    if (await holdsGatekeeper(entry, options)) return void 0;
    throw noRulesError(directory, options.namespaces);
  }
  if (/\.(tar\.gz|tgz)$/i.test(path)) return readBundleArchive(path, entry);
  if (/\.wasm$/i.test(path)) return readWasmFile(path, entry);
  if (/\.ya?ml$/i.test(path) && await holdsGatekeeper(entry, options)) return void 0;
  throw new ConfigError(`Invalid policy-bundles entry '${entry}'. ${EXPECTED}.`);
}
async function holdsGatekeeper(entry, options) {
  const { templates, constraints } = await readPolicyObjects([entry], options.root);
  return templates.length + constraints.length > 0;
}
async function sourcesOf(compiled2, budget) {
  const policy = await instantiate2(compiled2, budget);
  if (policy.stopped) return [stoppedSource(compiled2.origin, policy.stopped)];
  const sources = [];
  if (policy.entrypoints.includes(ENTRYPOINT)) sources.push(kpgSource(compiled2, policy));
  const conftest = conftestEntrypoints(policy.entrypoints);
  if (conftest.length) sources.push(conftestSource(compiled2, policy, conftest));
  if (sources.length === 0) {
    throw new ConfigError(
      `Policy bundle '${compiled2.origin}' has no entrypoint this gate can evaluate; it has ${policy.entrypoints.join(", ") || "none"}. Expected ${ENTRYPOINT} (our style) or conftest rules such as main/deny, main/warn, main/violation: build with \`opa build -t wasm -e main/deny -e main/warn\`.`
    );
  }
  return sources;
}
function withUniqueRuleIds(sources) {
  const seen = /* @__PURE__ */ new Map();
  return sources.map((source) => {
    const rules = source.rules.filter((rule) => {
      const first = seen.get(rule.id);
      if (first === void 0) {
        seen.set(rule.id, source.origin);
        return true;
      }
      if (source.style === "conftest") return false;
      throw new ConfigError(`Rule '${rule.id}' is defined by both policy bundle '${first}' and '${source.origin}'. Expected each rule id once: rename one (METADATA custom.id).`);
    });
    return rules.length === source.rules.length ? source : { ...source, rules };
  });
}

// src/policy/load.ts
async function loadPolicies(options) {
  const threads = new EvaluationThreads();
  const bundled = options.policyMode === "replace" ? [] : [await loadBundledSource(options.bundleDir, threads)];
  const custom = await loadPolicySources(options.policyBundles, {
    root: options.root,
    regoVersion: options.regoVersion,
    namespaces: options.policyNamespaces.length ? options.policyNamespaces : ["main"],
    cacheDir: options.cacheDir ?? process.env.RUNNER_TEMP ?? tmpdir(),
    // A policy from the repository gets what a render gets: render-timeout (which a pull request may lower, never
    // raise), here for all its loading and evaluating in the run (guard.ts).
    budgetMs: options.renderTimeoutMs
  });
  if (bundled.length + custom.length === 0) {
    throw new ConfigError("Invalid policy-mode 'replace' with no policy-bundles. Expected policy-bundles naming your policies, or policy-mode 'extend'.");
  }
  const sources = withUniqueRuleIds([...bundled, ...custom]);
  const rules = sources.flatMap((source) => source.rules);
  if (options.config) checkRuleIds(options.config, rules);
  const choices = ruleChoices(options.config);
  const data = mergeData(loadPolicyData(options.policyData, options.root), { kpg: { parameters: parameterData(rules, choices) } });
  const problems = sources.flatMap((source) => source.dataProblems?.(data) ?? []);
  if (problems.length) throw new ConfigError([`Invalid policy data (from policy-data or the config's rule parameters):`, ...problems]);
  return { sources, choices, enabled: /* @__PURE__ */ new Set([...options.enable ?? [], ...choices.enabled]), data, threads };
}
function configuredRules(policies) {
  return configureRules(policies.sources.flatMap((source) => source.rules), policies.choices);
}

// src/policy/inventory.ts
function inventories(resources, skaffold) {
  const everywhere = /* @__PURE__ */ new Set();
  const byTarget = /* @__PURE__ */ new Map();
  for (const resource of resources) {
    if (resource.kind !== "NetworkPolicy" || !resource.apiVersion.startsWith("networking.k8s.io/")) continue;
    if (isImplicitNamespace(resource)) {
      const local = byTarget.get(resource.target) ?? /* @__PURE__ */ new Set();
      local.add(resource.namespace ?? "default");
      byTarget.set(resource.target, local);
    } else {
      everywhere.add(resource.namespace);
    }
  }
  return (target) => {
    const builds2 = skaffold?.(target) ?? [];
    return { network_policy_namespaces: [.../* @__PURE__ */ new Set([...everywhere, ...byTarget.get(target) ?? []])].sort(), ...builds2.length && { skaffold: builds2 } };
  };
}
function isImplicitNamespace(resource) {
  if (resource.namespace === void 0) return true;
  const helm = resource.target.helm;
  return resource.target.kind === "helm" && !helm?.namespace && resource.namespace === "default";
}
function policyData(inventory2, run, versions) {
  return { kpg: { inventory: inventory2, ...run && { run }, ...versions } };
}

// src/render/index.ts
import { existsSync as existsSync10 } from "node:fs";
import { cp, mkdtemp as mkdtemp4, readdir as readdir4, readFile as readFile7, rm as rm5, writeFile as writeFile4 } from "node:fs/promises";
import { tmpdir as tmpdir3 } from "node:os";
import { basename as basename4, dirname as dirname8, join as join21, relative as relative11, resolve as resolve10 } from "node:path";

// src/discover/gitops/envsubst.ts
var SubstitutionError = class extends Error {
};
var SubstitutionBudgetError = class extends Error {
};
var SCAN_IDENT = 1;
var SCAN_LBRACK = 2;
var SCAN_RBRACK = 4;
var SCAN_ESCAPE = 8;
var ESCAPE_DOLLAR = 1;
var ESCAPE_ALL = 3;
var EOF = "";
var Scanner = class {
  constructor(buf) {
    this.buf = buf;
  }
  buf;
  pos = 0;
  start = 0;
  width = 0;
  mode = 0;
  escapeChars = 0;
  accept = () => true;
  skipped = [];
  read() {
    if (this.pos >= this.buf.length) {
      this.width = 0;
      return EOF;
    }
    const code = this.buf.codePointAt(this.pos);
    const rune = String.fromCodePoint(code);
    this.width = rune.length;
    this.pos += this.width;
    return rune;
  }
  unread() {
    this.pos -= this.width;
  }
  /** The character just read is dropped from the token and the one after it (the escaped one) is taken as read. */
  skip() {
    this.skipped.push(this.pos - 1);
    const next = this.buf.codePointAt(this.pos);
    this.pos += next === void 0 ? 0 : String.fromCodePoint(next).length;
  }
  peek() {
    const rune = this.read();
    this.unread();
    return rune;
  }
  string() {
    if (!this.skipped.length) return this.buf.slice(this.start, this.pos);
    let text2 = "";
    let from = this.start;
    for (const at3 of this.skipped) {
      text2 += this.buf.slice(from, at3);
      from = at3 + 1;
    }
    return text2 + this.buf.slice(from, this.pos);
  }
  scan() {
    this.start = this.pos;
    this.skipped = [];
    const rune = this.read();
    if (rune === EOF) return "eof";
    if (this.scanLbrack(rune)) return "lbrack";
    if (this.scanRbrack(rune)) return "rbrack";
    if (this.scanIdent(rune)) return "ident";
    return "illegal";
  }
  scanIdent(first) {
    if (!(this.mode & SCAN_IDENT)) return false;
    if (this.scanEscaped(first)) this.skip();
    else if (!this.accept(first, this.pos - this.start)) return false;
    for (; ; ) {
      const rune = this.read();
      if (rune === EOF) {
        this.unread();
        break;
      }
      if (this.scanLbrack(rune)) {
        this.unread();
        this.unread();
        break;
      }
      if (this.scanEscaped(rune)) {
        this.skip();
        continue;
      }
      if (!this.accept(rune, this.pos - this.start)) {
        this.unread();
        break;
      }
    }
    return true;
  }
  scanLbrack(rune) {
    if (!(this.mode & SCAN_LBRACK)) return false;
    if (rune === "$") {
      if (this.read() === "{") return true;
      this.unread();
    }
    return false;
  }
  scanRbrack(rune) {
    return Boolean(this.mode & SCAN_RBRACK) && rune === "}";
  }
  scanEscaped(rune) {
    if (!(this.mode & SCAN_ESCAPE)) return false;
    if (rune === "$" && this.escapeChars & ESCAPE_DOLLAR && this.peek() === "$") return true;
    if (rune === "\\" && this.escapeChars & 2) return ["/", "\\"].includes(this.peek());
    return false;
  }
};
var acceptRune = () => true;
var acceptIdent = (rune) => /^[\p{L}\p{Nd}_]$/u.test(rune);
var acceptColon = (rune) => rune === ":";
var acceptOneHash = (rune, index) => rune === "#" && index === 1;
var acceptNotClosing = (rune) => rune !== "}";
var acceptHashFunc = (rune, index) => rune === "#" && index < 3;
var acceptPercentFunc = (rune, index) => rune === "%" && index < 3;
var acceptDefaultFunc = (rune, index) => index === 1 && rune === ":" || index === 2 && "=-?+".includes(rune);
var acceptReplaceFunc = (rune, index) => index === 1 && rune === "/" || index === 2 && "/#%".includes(rune);
var acceptOneEqual = (rune, index) => index === 1 && rune === "=";
var acceptOneColon = (rune, index) => index === 1 && rune === ":";
var rejectColonClose = (rune) => rune !== ":" && rune !== "}";
var acceptSlash = (rune) => rune === "/";
var acceptNotSlash = (rune) => rune !== "/";
var acceptCasingFunc = (rune, index) => (rune === "," || rune === "^") && index < 3;
var BAD_SUBSTITUTION = "bad substitution";
function parseSubstitution(text2) {
  const scanner = new Scanner(text2);
  const fail2 = (message) => {
    throw new SubstitutionError(message);
  };
  const parseAny = () => {
    const nodes = [];
    for (; ; ) {
      scanner.accept = acceptRune;
      scanner.mode = SCAN_IDENT | SCAN_LBRACK | SCAN_ESCAPE;
      scanner.escapeChars = ESCAPE_DOLLAR;
      const token = scanner.scan();
      if (token === "ident") nodes.push({ text: scanner.string() });
      else if (token === "eof") return nodes.length === 1 ? nodes[0] : nodes;
      else if (token === "lbrack") nodes.push(parseFunc());
      else return fail2(BAD_SUBSTITUTION);
    }
  };
  const parseFunc = () => {
    scanner.escapeChars = ESCAPE_ALL;
    if (scanner.peek() === "#") return parseLenFunc();
    scanner.accept = acceptIdent;
    scanner.mode = SCAN_IDENT;
    if (scanner.scan() !== "ident") return fail2("unable to parse variable name");
    const name = scanner.string();
    switch (scanner.peek()) {
      case ":":
        return parseDefaultOrSubstr(name);
      case "=":
        return parseDefaultFunc(name);
      case ",":
      case "^":
        return parseSimpleFunc(name, acceptCasingFunc);
      case "/":
        return parseReplaceFunc(name);
      case "#":
        return parseRemoveFunc(name, acceptHashFunc);
      case "%":
        return parseRemoveFunc(name, acceptPercentFunc);
    }
    scanner.accept = acceptIdent;
    scanner.mode = SCAN_RBRACK;
    if (scanner.scan() !== "rbrack") return fail2("missing closing brace");
    return { param: name, name: "", args: [] };
  };
  const parseParam = (accept, mode) => {
    scanner.accept = accept;
    scanner.mode = mode | SCAN_LBRACK;
    const token = scanner.scan();
    if (token === "lbrack") return parseFunc();
    if (token === "ident" || token === "rbrack") return { text: scanner.string() };
    return fail2("unable to parse substitution within function");
  };
  const operator = (accept, message = BAD_SUBSTITUTION) => {
    scanner.accept = accept;
    scanner.mode = SCAN_IDENT;
    if (scanner.scan() !== "ident") fail2(message);
    return scanner.string();
  };
  const consumeRbrack = () => {
    scanner.mode = SCAN_RBRACK;
    if (scanner.scan() !== "rbrack") fail2(BAD_SUBSTITUTION);
  };
  const parseDefaultOrSubstr = (name) => {
    scanner.read();
    const next = scanner.peek();
    scanner.unread();
    return "=-?+".includes(next) && next !== "" ? parseDefaultFunc(name) : parseSubstrFunc(name);
  };
  const parseSubstrFunc = (name) => {
    const node = { param: name, name: operator(acceptOneColon), args: [] };
    node.args.push(parseParam(rejectColonClose, SCAN_IDENT));
    scanner.accept = acceptColon;
    scanner.mode = SCAN_IDENT | SCAN_RBRACK;
    const token = scanner.scan();
    if (token === "rbrack") return node;
    if (token !== "ident") fail2(BAD_SUBSTITUTION);
    node.args.push(parseParam(acceptNotClosing, SCAN_IDENT));
    consumeRbrack();
    return node;
  };
  const parseRemoveFunc = (name, accept) => {
    const node = { param: name, name: operator(accept), args: [parseParam(acceptNotClosing, SCAN_IDENT)] };
    consumeRbrack();
    return node;
  };
  const parseReplaceFunc = (name) => {
    const node = { param: name, name: operator(acceptReplaceFunc), args: [parseParam(acceptNotSlash, SCAN_IDENT | SCAN_ESCAPE)] };
    operator(acceptSlash);
    if (scanner.peek() !== "}") node.args.push(parseParam(acceptNotClosing, SCAN_IDENT | SCAN_ESCAPE));
    consumeRbrack();
    return node;
  };
  const parseDefaultFunc = (name) => {
    const node = { param: name, name: operator(scanner.peek() === "=" ? acceptOneEqual : acceptDefaultFunc, "unable to parse default function"), args: [] };
    for (; ; ) {
      if (scanner.peek() === "}") {
        consumeRbrack();
        return node;
      }
      node.args.push(parseParam(acceptNotClosing, SCAN_IDENT));
    }
  };
  const parseSimpleFunc = (name, accept) => {
    const node = { param: name, name: operator(accept), args: [] };
    consumeRbrack();
    return node;
  };
  const parseLenFunc = () => {
    const name = operator(acceptOneHash);
    scanner.accept = acceptIdent;
    scanner.mode = SCAN_IDENT;
    if (scanner.scan() !== "ident") fail2(BAD_SUBSTITUTION);
    const node = { param: scanner.string(), name, args: [] };
    consumeRbrack();
    return node;
  };
  return parseAny();
}
function substituteVariables(text2, variables, budget) {
  const tree = parseSubstitution(text2);
  const lookup2 = (name) => Object.hasOwn(variables, name) ? variables[name] : "";
  return evaluate2(tree, lookup2, budget);
}
function evaluate2(node, lookup2, budget) {
  const out = [];
  const write = (piece) => {
    spend(budget, Buffer.byteLength(piece));
    out.push(piece);
  };
  const stack = [node];
  while (stack.length) {
    const current = stack.pop();
    if (Array.isArray(current)) for (let index = current.length - 1; index >= 0; index--) stack.push(current[index]);
    else if ("text" in current) write(current.text);
    else write(callFunction(current, lookup2, budget));
  }
  return out.join("");
}
function spend(budget, bytes2) {
  if (bytes2 > budget.bytes) throw new SubstitutionBudgetError("the substituted text outgrows the budget");
  budget.bytes -= bytes2;
}
function callFunction(node, lookup2, budget) {
  const args = node.args.map((arg) => evaluate2(arg, lookup2, { bytes: budget.bytes }));
  const value = lookup2(node.param);
  const fn = lookupFunction(node.name, args.length);
  if (fn === replaceAll && args.length) spend({ ...budget }, replacedLength(value, args[0], args[1] ?? ""));
  if (fn === toDefault && value === "") spend({ ...budget }, args.reduce((sum, arg) => sum + Buffer.byteLength(arg), 0));
  return fn(value, args);
}
function lookupFunction(name, args) {
  switch (name) {
    case ",":
      return (value) => firstRune(value, (rune) => rune.toLowerCase());
    case ",,":
      return (value) => value.toLowerCase();
    case "^":
      return (value) => firstRune(value, (rune) => rune.toUpperCase());
    case "^^":
      return (value) => value.toUpperCase();
    case "#":
      return args === 0 ? (value) => String(Buffer.byteLength(value)) : (value, [pattern]) => pattern === void 0 ? value : trimShortest(value, pattern);
    case "##":
      return (value, [pattern]) => pattern === void 0 ? value : trimLongest(value, pattern);
    case "%":
      return (value, [pattern]) => pattern === void 0 ? value : reverse(trimShortest(reverse(value), reverse(pattern)));
    case "%%":
      return (value, [pattern]) => pattern === void 0 ? value : reverse(trimLongest(reverse(value), reverse(pattern)));
    case ":":
      return toSubstring;
    case "/#":
      return (value, [from, to2]) => from !== void 0 && to2 !== void 0 && value.startsWith(from) ? to2 + value.slice(from.length) : value;
    case "/%":
      return (value, [from, to2]) => from !== void 0 && to2 !== void 0 && value.endsWith(from) ? value.slice(0, value.length - from.length) + to2 : value;
    case "/":
      return (value, [from, to2 = ""]) => from === void 0 ? value : replaceFirst(value, from, to2);
    case "//":
      return replaceAll;
    default:
      return toDefault;
  }
}
function toDefault(value, args) {
  return value === "" && args.length ? args.join("") : value;
}
function firstRune(value, change) {
  if (value === "") return value;
  const rune = String.fromCodePoint(value.codePointAt(0));
  return change(rune) + value.slice(rune.length);
}
function atoi(text2) {
  if (!/^[+-]?\d+$/.test(text2)) return void 0;
  const value = Number(text2);
  return Math.abs(value) <= 2 ** 63 ? value : void 0;
}
function toSubstring(value, args) {
  if (!args.length) return value;
  const bytes2 = Buffer.from(value);
  let pos = atoi(args[0]);
  if (pos === void 0) return value;
  if (pos < 0) pos = Math.max(0, bytes2.length + pos);
  if (args.length === 1) return pos < bytes2.length ? bytes2.subarray(pos).toString() : "";
  const length = atoi(args[1]);
  if (length === void 0) return value;
  if (pos + length >= bytes2.length) return pos < bytes2.length ? bytes2.subarray(pos).toString() : "";
  return bytes2.subarray(pos, pos + length).toString();
}
function replaceFirst(value, from, to2) {
  if (from === "") return to2 + value;
  const at3 = value.indexOf(from);
  return at3 < 0 ? value : value.slice(0, at3) + to2 + value.slice(at3 + from.length);
}
function replaceAll(value, args) {
  if (!args.length) return value;
  const [from, to2 = ""] = args;
  if (from === "") return [...value].map((rune) => to2 + rune).join("") + to2;
  return value.split(from).join(to2);
}
function replacedLength(value, from, to2) {
  const count = from === "" ? [...value].length + 1 : value.split(from).length - 1;
  return Buffer.byteLength(value) + count * (Buffer.byteLength(to2) - Buffer.byteLength(from));
}
function reverse(text2) {
  return [...text2].reverse().join("");
}
function trimShortest(value, pattern) {
  let shortest = "";
  for (let cut = 0; cut < value.length; cut++) {
    const match = pathMatch(pattern, value.slice(0, value.length - cut));
    if (match === void 0) return value;
    if (match) shortest = value.slice(0, value.length - cut);
  }
  return shortest === "" ? value : value.slice(shortest.length);
}
function trimLongest(value, pattern) {
  for (let cut = 0; cut < value.length; cut++) {
    const match = pathMatch(pattern, value.slice(0, value.length - cut));
    if (match === void 0) return value;
    if (match) return value.slice(value.length - cut);
  }
  return value;
}
function pathMatch(pattern, name) {
  let rest = pattern;
  outer: while (rest.length > 0) {
    const { star, chunk, after } = scanChunk(rest);
    rest = after;
    if (star && chunk === "") return true;
    const first = matchChunk(chunk, name);
    if (first === null) return void 0;
    if (first !== false && (first.length === 0 || rest.length > 0)) {
      name = first;
      continue;
    }
    if (star) {
      for (let index = 0; index < name.length; index++) {
        const tail = matchChunk(chunk, name.slice(index + 1));
        if (tail === null) return void 0;
        if (tail !== false) {
          if (rest.length === 0 && tail.length > 0) continue;
          name = tail;
          continue outer;
        }
      }
    }
    return false;
  }
  return name.length === 0;
}
function scanChunk(pattern) {
  let star = false;
  while (pattern.startsWith("*")) {
    pattern = pattern.slice(1);
    star = true;
  }
  let inRange = false;
  let index = 0;
  scan: for (; index < pattern.length; index++) {
    switch (pattern[index]) {
      case "\\":
        if (index + 1 < pattern.length) index++;
        break;
      case "[":
        inRange = true;
        break;
      case "]":
        inRange = false;
        break;
      case "*":
        if (!inRange) break scan;
    }
  }
  return { star, chunk: pattern.slice(0, index), after: pattern.slice(index) };
}
function matchChunk(chunk, s3) {
  while (chunk.length > 0) {
    if (s3.length === 0) return false;
    const head = chunk[0];
    if (head === "[") {
      const rune = String.fromCodePoint(s3.codePointAt(0));
      s3 = s3.slice(rune.length);
      chunk = chunk.slice(1);
      let negated = false;
      if (chunk.startsWith("^")) {
        negated = true;
        chunk = chunk.slice(1);
      }
      let matched = false;
      let ranges = 0;
      for (; ; ) {
        if (chunk.startsWith("]") && ranges > 0) {
          chunk = chunk.slice(1);
          break;
        }
        const low = escaped(chunk);
        if (!low) return null;
        let high = low;
        chunk = low.rest;
        if (chunk.startsWith("-")) {
          const upper = escaped(chunk.slice(1));
          if (!upper) return null;
          high = upper;
          chunk = upper.rest;
        }
        if (low.rune <= rune.codePointAt(0) && rune.codePointAt(0) <= high.rune) matched = true;
        ranges++;
      }
      if (matched === negated) return false;
    } else if (head === "?") {
      s3 = s3.slice(String.fromCodePoint(s3.codePointAt(0)).length);
      chunk = chunk.slice(1);
    } else {
      if (head === "\\") {
        chunk = chunk.slice(1);
        if (chunk.length === 0) return null;
      }
      if (chunk[0] !== s3[0]) return false;
      s3 = s3.slice(1);
      chunk = chunk.slice(1);
    }
  }
  return s3;
}
function escaped(chunk) {
  if (chunk.length === 0 || chunk[0] === "-" || chunk[0] === "]") return void 0;
  if (chunk[0] === "\\") {
    chunk = chunk.slice(1);
    if (chunk.length === 0) return void 0;
  }
  const rune = chunk.codePointAt(0);
  const rest = chunk.slice(String.fromCodePoint(rune).length);
  return rest.length === 0 ? void 0 : { rune, rest };
}

// src/discover/gitops/kustomization.ts
var import_yaml7 = __toESM(require_dist(), 1);
function editKustomization(text2, edits, files = []) {
  const parsed = text2 === void 0 ? generated(files) : (0, import_yaml7.parse)(text2);
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error("the kustomization is not a YAML mapping");
  const kustomization = parsed;
  const append2 = (field2, items) => {
    if (!items?.length) return;
    kustomization[field2] = [...Array.isArray(kustomization[field2]) ? kustomization[field2] : [], ...items];
  };
  if (edits.namespace !== void 0) kustomization.namespace = edits.namespace;
  if (edits.namePrefix !== void 0) kustomization.namePrefix = edits.namePrefix;
  if (edits.nameSuffix !== void 0) kustomization.nameSuffix = edits.nameSuffix;
  append2("patches", edits.patches);
  append2("components", edits.components);
  append2("patchesStrategicMerge", edits.patchesStrategicMerge);
  append2("patchesJson6902", edits.patchesJson6902);
  if (edits.images?.length) kustomization.images = mergedImages(kustomization.images, edits.images);
  if (edits.replicas?.length) kustomization.replicas = mergedReplicas(kustomization.replicas, edits.replicas);
  return (0, import_yaml7.stringify)(kustomization);
}
function generated(files) {
  const kustomizations = new Set(files.filter((file) => /(^|\/)(kustomization\.ya?ml|Kustomization)$/.test(file)).map((file) => file.slice(0, file.lastIndexOf("/") + 1)));
  const under = (file) => [...kustomizations].some((directory) => directory !== "" && file.startsWith(directory));
  const resources = [
    ...[...kustomizations].filter((directory) => directory !== "" && ![...kustomizations].some((other) => other !== directory && other !== "" && directory.startsWith(other))).map((directory) => `./${directory.slice(0, -1)}`),
    ...files.filter((file) => /\.ya?ml$/.test(file) && !under(file)).map((file) => `./${file}`)
  ].sort();
  const kustomization = { apiVersion: "kustomize.config.k8s.io/v1beta1", kind: "Kustomization" };
  if (resources.length) kustomization.resources = resources;
  else kustomization.namespace = "_placeholder";
  return kustomization;
}
function mergedImages(existing, edits) {
  const images = (Array.isArray(existing) ? existing : []).map((image) => ({ ...image }));
  for (const edit of edits) {
    const found = images.find((image) => image.name === edit.name);
    if (!found) {
      images.push({ ...edit });
      continue;
    }
    if (edit.newName) found.newName = edit.newName;
    if (edit.newTag || edit.digest) {
      found.newTag = edit.newTag;
      found.digest = edit.digest;
    }
  }
  return images.map((image) => Object.fromEntries(Object.entries(image).filter(([, value]) => value !== void 0 && value !== "")));
}
function mergedReplicas(existing, edits) {
  const replicas = (Array.isArray(existing) ? existing : []).filter((entry) => !edits.some((edit) => edit.name === entry?.name));
  return [...replicas, ...edits];
}

// src/render/kustomize.ts
import { mkdtemp as mkdtemp2, rm as rm3, writeFile as writeFile3 } from "node:fs/promises";
import { tmpdir as tmpdir2 } from "node:os";
import { isAbsolute as isAbsolute9, join as join18, relative as relative9, resolve as resolve8 } from "node:path";
var import_yaml8 = __toESM(require_dist(), 1);
var ORIGIN_ANNOTATION = "config.kubernetes.io/origin";
var TRANSFORMATIONS_ANNOTATION = "alpha.config.kubernetes.io/transformations";
async function renderKustomize(target, context) {
  const command = kustomizeCommand();
  await fenceKustomize(target, context);
  const targetDir = resolve8(context.root, target.path);
  const wrapper = await mkdtemp2(join18(tmpdir2(), "kpg-kustomize-"));
  try {
    await writeFile3(join18(wrapper, "kustomization.yaml"), wrapperKustomization(relative9(wrapper, targetDir), target.kustomize));
    const limits = { timeoutMs: context.timeoutMs, maxOutputBytes: context.maxRenderBytes };
    const result = await execTool(command.file, [...command.args, ...helmArgs(target), "--", wrapper], { cwd: context.root, ...limits, network: context.allowNetwork });
    const stopped = stoppedReason(result, command.label, limits);
    if (stopped) throw new Error(stopped);
    if (result.code !== 0) {
      throw new Error(`${command.label} failed${offlineHint(result.stderr, context.allowNetwork)}: ${cleanMessage(result.stderr, { wrapper, targetDir, root: context.root, targetPath: target.path })}`);
    }
    return splitDocuments(result.stdout).filter((document) => !isBlankDocument(document.text)).map((document) => originOf(document.text, wrapper, context.root, target.path));
  } finally {
    await rm3(wrapper, { recursive: true, force: true });
  }
}
async function fenceKustomize(target, context) {
  const helm = target.kustomize?.enableHelm === true;
  const fetches = [];
  const problem = kustomizeProblem(context.root, target.path, { network: context.allowNetwork, helm, fetches });
  if (problem) throw new RenderRefusal(problem);
  await guardFetches(fetches, context.allowNetworkHosts);
  const namespace2 = target.kustomize?.namespace;
  const invalid = helm && namespace2 !== void 0 ? namespaceProblem(namespace2) : void 0;
  if (invalid) throw new Error(`the namespace '${namespace2}' set for ${target.path} ${invalid}; kustomize hands it to helm as --namespace`);
}
function kustomizeCommand() {
  const kustomize = findTool("kustomize");
  if (kustomize) return { file: kustomize, args: ["build"], label: "kustomize build" };
  const kubectl = findTool("kubectl");
  if (kubectl) return { file: kubectl, args: ["kustomize"], label: "kubectl kustomize" };
  throw new Error("neither `kustomize` nor `kubectl` was found on PATH; install kustomize (scripts/install-tools.sh does)");
}
function helmArgs(target) {
  if (!target.kustomize?.enableHelm) return [];
  const helm = findTool("helm");
  if (!helm) throw new Error("`helm` was not found on PATH; install Helm (scripts/install-tools.sh does) to render helmCharts");
  return ["--enable-helm", `--helm-command=${helm}`];
}
function wrapperKustomization(relativeTarget, options = {}) {
  const { enableHelm: _2, ...overrides } = options;
  return [
    "apiVersion: kustomize.config.k8s.io/v1beta1",
    "kind: Kustomization",
    "resources:",
    `- ${JSON.stringify(relativeTarget.split("\\").join("/"))}`,
    "buildMetadata: [originAnnotations, transformerAnnotations]",
    ...Object.entries(overrides).map(([key, value]) => `${key}: ${JSON.stringify(value)}`),
    ""
  ].join("\n");
}
function cleanMessage(stderr, paths) {
  const message = stderr.replaceAll(relative9(paths.wrapper, paths.targetDir), paths.targetPath).replaceAll(`${paths.root}/`, "").replaceAll(paths.wrapper, "<wrapper>").replace(/^Error: /, "");
  return trimStderr(message);
}
function originOf(text2, wrapper, root, targetPath) {
  const { origin, generator, transformations } = buildMetadata(text2);
  const inside = (path) => {
    const file = repoPath2(root, resolve8(wrapper, path));
    return file.startsWith("../") || isAbsolute9(file) ? void 0 : file;
  };
  const sourceFile = origin === void 0 ? void 0 : inside(origin);
  const steps = transformations.map(({ file, kind }) => ({ file: inside(file), kind }));
  return {
    text: text2,
    firstLine: 1,
    sourceFile: sourceFile ?? `${targetPath}/kustomization.yaml`,
    relatedFiles: [...new Set(steps.flatMap((step) => /Patch/.test(step.kind) && step.file || []))],
    textIsSource: false,
    internalAnnotations: [ORIGIN_ANNOTATION, TRANSFORMATIONS_ANNOTATION],
    ...steps.length > 0 && { transformations: steps.map((step) => step.file ? step : { kind: step.kind }) },
    ...sourceFile && generator && { generator }
  };
}
function buildMetadata(text2) {
  const origin = /config\.kubernetes\.io\/origin: \|\n\s+(path|configuredIn): (.+)\n(?:\s+configuredBy:\n\s+apiVersion: \S+\n\s+kind: (\w+))?/.exec(text2);
  const transformations = [...text2.matchAll(/- configuredIn: (.+)\n\s+configuredBy:\n\s+apiVersion: builtin\n\s+kind: (\w+)/g)];
  const plain = (value) => !/^\s*[|>"'&*!{[]/.test(value);
  if ((origin === null || plain(origin[2])) && transformations.every((match) => plain(match[1]))) {
    return {
      origin: origin?.[2].trim(),
      generator: origin?.[1] === "configuredIn" ? origin[3] : void 0,
      transformations: transformations.map((match) => ({ file: match[1].trim(), kind: match[2] }))
    };
  }
  return parsedBuildMetadata(text2);
}
function parsedBuildMetadata(text2) {
  let annotations = {};
  try {
    const object = load(text2);
    annotations = object?.metadata?.annotations ?? {};
  } catch {
    return { transformations: [] };
  }
  const read = (value) => typeof value === "string" ? (0, import_yaml8.parse)(value) : void 0;
  const origin = read(annotations[ORIGIN_ANNOTATION]);
  const transformations = read(annotations[TRANSFORMATIONS_ANNOTATION]);
  const steps = (Array.isArray(transformations) ? transformations : []).filter((entry) => typeof entry?.configuredBy?.kind === "string" && typeof entry?.configuredIn === "string").map((entry) => ({ file: entry.configuredIn, kind: entry.configuredBy.kind }));
  const path = origin?.path ?? origin?.configuredIn;
  const generator = origin?.path === void 0 && typeof origin?.configuredBy?.kind === "string" ? origin.configuredBy.kind : void 0;
  return { origin: typeof path === "string" ? path : void 0, generator, transformations: steps };
}
function repoPath2(root, absolute) {
  return relative9(root, absolute).split("\\").join("/");
}

// src/render/plain.ts
import { constants as constants2 } from "node:buffer";
import { readFile as readFile6, stat as stat5 } from "node:fs/promises";
import { join as join19 } from "node:path";
var MAX_TEXT_BYTES = constants2.MAX_STRING_LENGTH;
async function renderManifests(target, context) {
  const path = join19(context.root, target.path);
  const { size } = await stat5(path);
  if (size > context.maxRenderBytes) {
    throw new Error(`the file has ${size} bytes, more than max-render-bytes (${formatBytes(context.maxRenderBytes)}): too large to judge. Raise max-render-bytes, or leave the file out with paths ('!${target.path}') if it deploys nothing`);
  }
  if (size > MAX_TEXT_BYTES) throw new Error(`the file has ${size} bytes, more than one text can hold (${formatBytes(MAX_TEXT_BYTES)}): too large to judge`);
  const text2 = decode(await readFile6(path));
  return splitDocuments(text2).map((document) => ({
    text: document.text,
    firstLine: document.firstLine,
    sourceFile: target.path,
    relatedFiles: [],
    textIsSource: true
  }));
}
function decode(bytes2) {
  if (bytes2[0] === 255 && bytes2[1] === 254) return new TextDecoder("utf-16le").decode(bytes2);
  if (bytes2[0] === 254 && bytes2[1] === 255) return new TextDecoder("utf-16be").decode(bytes2);
  return bytes2.toString("utf8");
}

// src/render/remote.ts
import { existsSync as existsSync9 } from "node:fs";
import { dirname as dirname7, isAbsolute as isAbsolute10, relative as relative10, resolve as resolve9, sep as sep8 } from "node:path";

// src/render/remotecache.ts
import { createHash as createHash3 } from "node:crypto";
import { existsSync as existsSync8, readdirSync as readdirSync4, readFileSync as readFileSync9 } from "node:fs";
import { mkdir as mkdir3, mkdtemp as mkdtemp3, rename as rename3, rm as rm4 } from "node:fs/promises";
import { homedir as homedir2 } from "node:os";
import { join as join20 } from "node:path";
function chartCacheDir(env = process.env) {
  if (env.RUNNER_TEMP) return join20(env.RUNNER_TEMP, "kube-policy-gate", "charts");
  return join20(env.XDG_CACHE_HOME || join20(homedir2(), ".cache"), "kube-policy-gate", "charts");
}
function describeChart(chart) {
  return `${chart.name}${chart.version ? ` ${chart.version}` : ""} from ${chart.repository}`;
}
function pullArgs(chart, directory) {
  const version2 = requestedVersion(chart.version);
  const flags = ["pull", "--untar", `--untardir=${directory}`, `--destination=${directory}`, ...version2 ? [`--version=${version2}`] : []];
  if (chart.repository.startsWith("oci://")) return [...flags, "--", `${chart.repository.replace(/\/+$/, "")}/${chart.name}`];
  return [...flags, `--repo=${chart.repository}`, "--", chart.name];
}
function checkRepository(chart) {
  if (!/^(https?|oci):\/\/[^/]/i.test(chart.repository) || /[\s\p{Cc}]/u.test(chart.repository)) {
    throw new Error(`the chart repository '${chart.repository}' of ${chart.name} is not an http(s):// Helm repository or an oci:// registry`);
  }
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(chart.name)) throw new Error(`'${chart.name}' is not a chart name (letters, digits, '.', '_' and '-')`);
}
function isExactVersion(version2) {
  return version2 !== void 0 && /^v?\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/.test(version2);
}
function requestedVersion(version2) {
  const trimmed = version2?.trim();
  return trimmed && trimmed !== "*" ? trimmed : void 0;
}
function cacheKey2(chart, version2) {
  const hash2 = createHash3("sha256").update(`${chart.repository.replace(/\/+$/, "")}
${chart.name}
${version2}`).digest("hex").slice(0, 16);
  return `${chart.name}-${version2.replace(/[^A-Za-z0-9._-]/g, "_")}-${hash2}`;
}
var pulls = /* @__PURE__ */ new Map();
function pullChart(chart, context, env = process.env) {
  const cache = chartCacheDir(env);
  const request = JSON.stringify([cache, chart.repository, chart.name, chart.version]);
  let pull = pulls.get(request);
  if (!pull) {
    pull = pullInto(cache, chart, context);
    pulls.set(request, pull);
    pull.catch(() => pulls.delete(request));
  }
  return pull;
}
async function pullInto(cache, chart, context) {
  checkRepository(chart);
  if (isExactVersion(chart.version)) {
    const cached = chartIn(join20(cache, cacheKey2(chart, chart.version)));
    if (cached) return cached;
  }
  await guardFetches([chart.repository], context.allowNetworkHosts);
  const helm = findTool("helm");
  if (!helm) throw new Error("`helm` was not found on PATH; install Helm (scripts/install-tools.sh does)");
  await mkdir3(cache, { recursive: true });
  const staging = await mkdtemp3(join20(cache, ".pull-"));
  try {
    const limits = { timeoutMs: context.timeoutMs, maxOutputBytes: context.maxRenderBytes };
    const result = await execTool(helm, pullArgs(chart, staging), { cwd: staging, ...limits, network: true });
    const stopped = stoppedReason(result, "helm pull", limits);
    if (stopped) throw new Error(stopped);
    if (result.code !== 0) throw new Error(`helm pull of ${describeChart(chart)} failed: ${trimStderr(result.stderr.replaceAll(`${staging}/`, ""))}`);
    const pulled = chartIn(staging);
    if (!pulled) throw new Error(`helm pull of ${describeChart(chart)} left no chart`);
    const final = join20(cache, cacheKey2(chart, chartVersion(pulled) ?? chart.version ?? "latest"));
    await rename3(staging, final).catch(async () => {
      if (!chartIn(final)) throw new Error(`could not keep ${describeChart(chart)} in the cache ${cache}`);
    });
    return chartIn(final);
  } finally {
    await rm4(staging, { recursive: true, force: true });
  }
}
function chartIn(directory) {
  if (!existsSync8(directory)) return void 0;
  const charts = readdirSync4(directory, { withFileTypes: true }).filter((entry) => entry.isDirectory() && existsSync8(join20(directory, entry.name, "Chart.yaml")));
  return charts.length === 1 ? join20(directory, charts[0].name) : void 0;
}
function chartVersion(chartDir) {
  try {
    const version2 = readFirstMapping(readFileSync9(join20(chartDir, "Chart.yaml"), "utf8"), { uniqueKeys: false })?.version;
    return typeof version2 === "string" || typeof version2 === "number" ? String(version2) : void 0;
  } catch {
    return void 0;
  }
}

// src/render/remote.ts
async function renderRemoteChart(target, context) {
  const chart = target.chart;
  if (!context.allowNetwork) throw new Error(`${describeChart(chart)} is a remote chart: set allow-network to true to render it`);
  const directory = await pullChart(chart, context);
  const helm = target.helm ?? { releaseName: chart.name, valuesFiles: [] };
  const inChart = (chart.valuesFiles ?? []).map((file) => chartFile(directory, file, describeChart(chart)));
  let documents;
  try {
    documents = await renderHelm({ ...target, path: directory, helm: { ...helm, valuesFiles: [...inChart, ...helm.valuesFiles] } }, context);
  } catch (error) {
    throw new Error(errorMessage(error).replaceAll(`${dirname7(directory)}/`, ""));
  }
  const location = target.deployedBy ? { file: target.deployedBy.file, line: target.deployedBy.line } : { file: target.path, line: 1 };
  const repositoryValues = helm.valuesFiles.filter((file) => !isAbsolute10(file));
  return documents.map((document) => ({ ...document, sourceFile: location.file, relatedFiles: repositoryValues, location }));
}
function chartFile(directory, file, chart) {
  const path = resolve9(directory, file);
  const inside = relative10(directory, path);
  if (inside === "" || inside === ".." || inside.startsWith(`..${sep8}`) || !existsSync9(path)) throw new Error(`values file '${file}' is not a file of the chart ${chart}`);
  return path;
}

// src/render/index.ts
var RENDERERS = {
  kustomize: renderKustomize,
  helm: renderHelm,
  manifests: renderManifests
};
async function renderTarget(target, context) {
  const inline = await inlineValues(target);
  let edited;
  try {
    if (target.kind === "helm" && !target.chart) await buildDependencies(target.path, context);
    edited = target.kind === "kustomize" && target.kustomize?.edits ? await editedKustomization(target, context) : void 0;
    const render = target.chart ? renderRemoteChart : RENDERERS[target.kind];
    const documents = edited ? (await render(edited.target, edited.context)).map(edited.restore) : await render(inline.target, context);
    const budget = { bytes: context.maxRenderBytes };
    return { target, documents: documents.map((document) => finished(document, target, inline.directory, budget)) };
  } catch (error) {
    const restore = (text2) => edited ? edited.restoreText(text2) : text2;
    const message = restore(errorMessage(error).replaceAll(`${inline.directory}/`, ""));
    const at3 = error instanceof RenderRefusal && !target.chart ? { file: restore(error.location.file), line: error.location.line } : void 0;
    return { target, failure: renderFailure(target, message, at3) };
  } finally {
    if (inline.directory) await rm5(inline.directory, { recursive: true, force: true });
    await edited?.dispose();
  }
}
async function editedKustomization(target, context) {
  const source = resolve10(context.root, target.path);
  const atRoot = target.path === ".";
  const copy = await mkdtemp4(atRoot ? join21(tmpdir3(), "kpg-edited-") : join21(dirname8(source), `.kpg-edited-${basename4(source)}-`));
  const dispose = () => rm5(copy, { recursive: true, force: true });
  try {
    await cp(source, copy, { recursive: true, filter: (path) => !basename4(path).startsWith(".kpg-edited-") });
    const name = KUSTOMIZATION_FILES.find((file) => !target.kustomize.edits.generate && existsIn(copy, file));
    const files = name ? [] : await listFiles2(copy);
    const text2 = name ? await readFile7(join21(copy, name), "utf8") : void 0;
    await writeFile4(join21(copy, name ?? "kustomization.yaml"), editKustomization(text2, target.kustomize.edits, files));
  } catch (error) {
    await dispose();
    throw new Error(`could not apply ${target.deployedBy?.kind ?? "the deployer"}'s changes to the kustomization of ${target.path}: ${errorMessage(error).replaceAll(`${copy}/`, "")}`);
  }
  const copyPath = atRoot ? "." : relative11(context.root, copy).split("\\").join("/");
  const { edits: _2, ...wrapperOptions } = target.kustomize;
  const fromCopy = (path) => atRoot || path !== copyPath && !path.startsWith(`${copyPath}/`) ? path : `${target.path}${path.slice(copyPath.length)}`;
  const restoreText = (text2) => atRoot ? text2.replaceAll(`${copy}/`, "") : text2.replaceAll(copyPath, target.path);
  return {
    target: { ...target, path: copyPath, kustomize: wrapperOptions },
    context: atRoot ? { ...context, root: copy } : context,
    restore: (document) => ({
      ...document,
      sourceFile: fromCopy(document.sourceFile),
      relatedFiles: document.relatedFiles.map(fromCopy),
      ...document.transformations && { transformations: document.transformations.map((step) => step.file ? { ...step, file: fromCopy(step.file) } : step) }
    }),
    restoreText,
    dispose
  };
}
function existsIn(directory, name) {
  return existsSync10(join21(directory, name));
}
async function listFiles2(directory) {
  const entries = await readdir4(directory, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => relative11(directory, join21(entry.parentPath, entry.name)).split("\\").join("/"));
}
async function inlineValues(target) {
  const values = target.helm?.values ?? [];
  if (!target.helm || !values.length) return { target };
  const directory = await mkdtemp4(join21(tmpdir3(), "kpg-values-"));
  const files = await Promise.all(
    values.map(async (text2, index) => {
      const file = join21(directory, `values-${index}.yaml`);
      await writeFile4(file, text2);
      return file;
    })
  );
  return { target: { ...target, helm: { ...target.helm, valuesFiles: [...target.helm.valuesFiles, ...files] } }, directory };
}
function finished(document, target, inlineDirectory, budget) {
  const relatedFiles = inlineDirectory ? document.relatedFiles.filter((file) => !file.startsWith(inlineDirectory)) : document.relatedFiles;
  const text2 = target.substitute ? substitute2(document.text, target.substitute, budget) : document.text;
  return { ...document, text: text2, relatedFiles };
}
var SUBSTITUTE_KEY = "kustomize.toolkit.fluxcd.io/substitute";
function substitute2(text2, variables, budget = { bytes: Number.MAX_SAFE_INTEGER }) {
  if (text2.includes(SUBSTITUTE_KEY) && substitutionDisabled(text2)) {
    budget.bytes -= Buffer.byteLength(text2);
    return text2;
  }
  const limit = budget.bytes;
  try {
    return substituteVariables(text2, variables, budget);
  } catch (error) {
    if (error instanceof SubstitutionBudgetError) {
      throw new Error(`postBuild substitution makes the render larger than max-render-bytes (${limit} bytes left of it): stopped before the text was built`);
    }
    throw new Error(`postBuild substitution failed as Flux's would (${errorMessage(error)})`);
  }
}
function substitutionDisabled(text2) {
  try {
    const metadata = load(text2)?.metadata;
    return metadata?.labels?.[SUBSTITUTE_KEY] === "disabled" || metadata?.annotations?.[SUBSTITUTE_KEY] === "disabled";
  } catch {
    return false;
  }
}
function targetEntryFile(target) {
  if (target.kind === "manifests") return target.path;
  if (target.kind === "helm") return join21(target.path, "Chart.yaml").replaceAll("\\", "/");
  return target.path === "." ? "kustomization.yaml" : `${target.path}/kustomization.yaml`;
}
function renderFailure(target, message, at3) {
  return {
    ruleId: PIPELINE_RULES.render,
    severity: "error",
    title: `Could not render ${target.kind} target`,
    message,
    target,
    // A pulled chart's failure belongs to the object that names the chart.
    location: target.chart && target.deployedBy ? { file: target.deployedBy.file, line: target.deployedBy.line } : at3 ?? { file: targetEntryFile(target), line: 1 }
  };
}

// src/render/sandbox.ts
import { copyFile, lstat as lstat2, mkdir as mkdir4, mkdtemp as mkdtemp5, readdir as readdir5, realpath as realpath2, rm as rm6, stat as stat6 } from "node:fs/promises";
import { tmpdir as tmpdir4 } from "node:os";
import { join as join22, relative as relative12, sep as sep9 } from "node:path";
var NOT_COPIED = /* @__PURE__ */ new Set([".git", "node_modules"]);
var NEVER_COPIED = /* @__PURE__ */ new Set(["node_modules"]);
async function createSandbox(checkout, env = process.env, { maxEntries = MAX_WALKED_ENTRIES } = {}) {
  const realRoot = await realpath2(checkout);
  const root = await mkdtemp5(join22(env.RUNNER_TEMP || tmpdir4(), "kpg-sandbox-"));
  const linked = /* @__PURE__ */ new Set();
  const ancestors = /* @__PURE__ */ new Set([realRoot]);
  let copied = 0;
  const copyDirectory = async (from, real, to2) => {
    const entries = (await readdir5(from, { withFileTypes: true })).filter(
      (entry) => !(from === checkout && NOT_COPIED.has(entry.name)) && !(NEVER_COPIED.has(entry.name) && entry.isDirectory()) && join22(from, entry.name) !== root
    );
    copied += entries.length;
    if (copied > maxEntries) throw tooManyEntries(copied, maxEntries);
    await mapLimited2(
      entries.filter((entry) => entry.isFile()),
      FILE_COPIES,
      (entry) => copyFile(join22(from, entry.name), join22(to2, entry.name))
    );
    for (const entry of entries.filter((candidate) => !candidate.isFile())) {
      const source = join22(from, entry.name);
      const admitted = await admit(source, join22(real, entry.name), realRoot, ancestors, linked);
      if (admitted.kind === "file") await copyFile(source, join22(to2, entry.name));
      else if (admitted.kind === "directory") {
        await mkdir4(join22(to2, entry.name));
        ancestors.add(admitted.real);
        await copyDirectory(source, admitted.real, join22(to2, entry.name));
        ancestors.delete(admitted.real);
      }
    }
  };
  try {
    await copyDirectory(checkout, realRoot, root);
  } catch (error) {
    await rm6(root, { recursive: true, force: true });
    throw error;
  }
  return { root, dispose: () => rm6(root, { recursive: true, force: true }) };
}
function tooManyEntries(copied, maxEntries) {
  return new ConfigError(
    `The repository holds more than ${maxEntries.toLocaleString("en-US")} files and directories to copy for rendering (${copied.toLocaleString("en-US")} counted so far, .git and node_modules left out). Set working-directory (--root on the command line) to the directory that deploys: only its tree is copied.`
  );
}
var FILE_COPIES = 32;
async function mapLimited2(items, limit, work) {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++]);
  }));
}
async function admit(source, real, realRoot, ancestors, linked) {
  const info = await lstat2(source);
  if (!info.isSymbolicLink()) return info.isFile() ? { kind: "file" } : info.isDirectory() ? { kind: "directory", real } : { kind: "skip" };
  const resolved = await realpath2(source).catch(() => void 0);
  if (resolved === void 0) return { kind: "skip" };
  const inside = relative12(realRoot, resolved);
  if (inside === ".." || inside.startsWith(`..${sep9}`) || inside === resolved || NOT_COPIED.has(inside.split(sep9)[0])) return { kind: "skip" };
  const target = await stat6(resolved);
  if (target.isDirectory()) {
    if (ancestors.has(resolved) || linked.has(resolved)) return { kind: "skip" };
    linked.add(resolved);
    return { kind: "directory", real: resolved };
  }
  return target.isFile() ? { kind: "file" } : { kind: "skip" };
}

// src/shard/commit.ts
var GIT_LIMITS4 = { timeoutMs: 3e4, maxOutputBytes: 64 * 1024 };
var SHA3 = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
async function checkoutCommit(root) {
  const result = await execTool("git", ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"], { cwd: root, ...GIT_LIMITS4 }).catch(() => void 0);
  const sha = result?.code === 0 ? result.stdout.trim() : "";
  return SHA3.test(sha) ? sha : void 0;
}

// src/runner.ts
async function check(options) {
  const root = await confineRoot(options.root, options.workspace ?? options.root);
  const policies = await loadPolicies({ ...options, root });
  const listing = await listFiles(root, options.paths);
  const { files } = listing;
  checkAll(
    () => checkPaths(options.paths, listing),
    () => checkValuesFiles(options.valuesFiles, options.config?.variants ?? [], new Set(files))
  );
  const sandbox = await createSandbox(root);
  try {
    const read = cachedReader(sandbox.root, options.maxRenderBytes);
    const view = { files, read: (path) => read(path) ?? "", readIfReadable: read };
    const discovered = discoverTargets(view, options);
    checkVariants(options.config?.variants ?? [], discovered);
    const set2 = new RenderedSet();
    const crdApiVersions = definitionApiVersions(crdsInFiles(files.map((path) => ({ path, text: view.read(path) }))));
    const renders = { ...options, root: sandbox.root, crdApiVersions };
    set2.add(await renderAll(discovered, renders));
    const [urls, checkout] = await Promise.all([repositoryUrls(root), checkoutRevisions(root)]);
    const deployments = await followDeployments(
      [...set2.context],
      { ...view, repositoryUrls: urls, checkout, allowNetwork: options.allowNetwork },
      async (more) => set2.add(await renderAll(more, renders))
    );
    const deployedAlone = deployedTargets(discovered, deployments.targets);
    for (let index = set2.results.length - 1; index >= 0; index--) if (deployedAlone.has(set2.results[index].target)) set2.results.splice(index, 1);
    const targets = [...discovered.filter((target) => !deployedAlone.has(target)), ...deployments.targets];
    const findings = set2.results.flatMap((result) => "failure" in result ? [result.failure] : []);
    append(findings, deployments.findings);
    append(findings, discoveryFindings(targets, listing.skippedLinks, options.paths, listing.skippedDirectories, { allowEmpty: options.allowEmpty }));
    const skaffold = readSkaffold(view, options.paths);
    append(findings, skaffold.findings);
    const judged = await evaluate3(set2, targets, policies, options, { read, root: sandbox.root, files, skaffold });
    const { scope } = judged;
    const common = scope ? [...findings, ...judged.parseFindings] : [];
    if (scope && scope.shard.index > 1) findings.length = 0;
    else append(findings, judged.parseFindings);
    append(findings, judged.findings);
    const accepted = foldByPlace(applyExceptions(withoutRepeats(findings), options.config?.exceptions ?? [], options.now ?? /* @__PURE__ */ new Date()));
    const configuration = describeConfiguration(options.config);
    const accounting = { ...view, paths: options.paths, targets: [...discovered, ...deployments.targets], ...listing, notChecked: deployments.notChecked, configFile: options.config?.file };
    const outcome = decideOutcome(accepted, options.failOn, targets.length, judged.objects);
    const judgement = { skippedRules: judged.skippedRules, podSecurity: judged.podSecurity };
    const part = scope && { shard: shardPart(scope, common, judged.findings, options.config?.exceptions ?? [], options.now ?? /* @__PURE__ */ new Date(), await checkoutCommit(root)) };
    return { ...outcome, rules: configuredRules(policies), files: accountFiles(accounting), ...judgement, ...configuration && { configuration }, ...part };
  } finally {
    await sandbox.dispose();
  }
}
async function confineRoot(root, workspace) {
  const [realRoot, realWorkspace] = await Promise.all([realpath3(root).catch(() => void 0), realpath3(workspace)]);
  const shown2 = relative13(workspace, root) || ".";
  if (realRoot === void 0) throw new ConfigError(`Invalid working-directory '${shown2}'. Expected a directory that exists in the workspace.`);
  const inside = relative13(realWorkspace, realRoot);
  if (inside.startsWith("..") || isAbsolute11(inside)) {
    throw new ConfigError(`Invalid working-directory '${shown2}'. It leads to ${realRoot} through a symbolic link; expected a directory inside the workspace.`);
  }
  return realRoot;
}
function renderAll(targets, options) {
  const context = { root: options.root, timeoutMs: options.renderTimeoutMs, allowNetwork: options.allowNetwork, allowNetworkHosts: options.allowNetworkHosts, maxRenderBytes: options.maxRenderBytes, crdApiVersions: options.crdApiVersions };
  const render = async (target) => {
    const result = await renderTarget(target, context);
    options.onRendered?.(result);
    return result;
  };
  const results = new Array(targets.length);
  const indexed = targets.map((target, index) => ({ target, index }));
  const run = (group, limit) => mapConcurrently(group, limit, async ({ target, index }) => results[index] = await render(target));
  const plain = (target) => target.kind === "manifests" && !target.chart;
  return Promise.all([run(indexed.filter(({ target }) => plain(target)), PLAIN_READS), run(indexed.filter(({ target }) => !plain(target)), availableParallelism())]).then(() => results);
}
var PLAIN_READS = 32;
function append(into, items) {
  for (const item of items) into.push(item);
}
async function evaluate3(set2, targets, policies, options, sandbox) {
  const context = set2.context;
  const selection = {
    profile: options.profile,
    enabled: policies.enabled,
    disabled: new Set(policies.choices.disabled),
    namespaces: namespaceLevels(context),
    trustNamespaceLabels: options.trustNamespaceLabels
  };
  const versions = versionData(options, context);
  const skipped = skippedRules(configuredRules(policies), versions.kube_version);
  const run = runnableRules(rulesToRun(configuredRules(policies), selection.profile, selection.enabled), configuredRules(policies), skipped);
  const inventoryFor = inventories(context, sandbox.skaffold.buildsFor);
  const scope = options.shard && shardScope(options.shard, targets, renderedSizes(set2), selection.namespaces, options.profile);
  const streamed = await streamObjects(set2, {
    sources: policies.sources,
    threads: policies.threads,
    // Read when deciding starts: a prebuilt bundle's rules are described as they first report.
    rules: () => configuredRules(policies),
    selection,
    locate: createLocator(sandbox.read),
    dataFor: (target) => mergeData(policies.data, policyData(inventoryFor(target), run, versions)),
    shard: scope,
    root: sandbox.root,
    files: sandbox.files,
    threadCount: options.threadCount
  });
  const levels = options.trustNamespaceLabels === false ? /* @__PURE__ */ new Map() : selection.namespaces;
  return {
    ...streamed,
    findings: scope ? scope.keep(streamed.findings) : streamed.findings,
    scope,
    skippedRules: skipped,
    podSecurity: pssJudgements(streamed.namespaces, levels, profileLevel(options.profile), versions)
  };
}
function renderedSizes(set2) {
  const sizes = /* @__PURE__ */ new Map();
  for (const result of set2.results) {
    if ("documents" in result && result.documents.length > 0) sizes.set(result.target, result.documents.reduce((sum, document) => sum + document.text.length, 0));
  }
  return sizes;
}
async function mapConcurrently(items, limit, work) {
  const results = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  });
  await Promise.all(lanes);
  return results;
}

// src/compare/baseline.ts
import { mkdtemp as mkdtemp6, realpath as realpath4, rm as rm7 } from "node:fs/promises";
import { tmpdir as tmpdir5 } from "node:os";
import { isAbsolute as isAbsolute12, join as join23, relative as relative14, resolve as resolve11 } from "node:path";

// src/compare/compare.ts
var PASSES = [
  (finding) => [findingIdentity(finding), finding.target.kind, finding.target.path, finding.target.helm?.valuesFiles ?? []],
  (finding) => findingIdentity(finding),
  (finding) => {
    const [rule, subject, path, variant, deployer] = findingIdentity(finding);
    return [rule, subject, path.map((step) => typeof step === "number" ? "#" : step), variant, deployer, finding.message];
  }
];
function matchFindings(head, base) {
  const owner = /* @__PURE__ */ new Map();
  const members = (findings) => findings.filter((finding) => !couldNotCheck(finding)).flatMap((finding) => objectsOf(finding).map((member) => (owner.set(member, finding), member)));
  let open = members(head);
  let left = members(base);
  for (const key of PASSES) {
    const waiting = /* @__PURE__ */ new Map();
    for (const finding of left) push(waiting, JSON.stringify(key(finding)), finding);
    open = open.filter((finding) => !waiting.get(JSON.stringify(key(finding)))?.shift());
    left = [...waiting.values()].flat();
  }
  const unmatched = new Set(open.map((member) => owner.get(member)));
  const gone = new Set(left);
  const matchedBase = new Set([...owner.entries()].filter(([member]) => !gone.has(member)).map(([, finding]) => finding));
  const news = (finding) => couldNotCheck(finding) || unmatched.has(finding);
  return {
    findings: head.map((finding) => ({ ...finding, baseline: news(finding) ? "new" : "existing" })),
    fixed: base.filter((finding) => !couldNotCheck(finding) && !matchedBase.has(finding) && !finding.suppressed)
  };
}
function objectsOf(finding) {
  if (!finding.alsoFor?.length) return [finding];
  const { alsoFor, ...first } = finding;
  return [first, ...alsoFor.map((folded) => ({ ...first, ...folded, fieldPath: folded.fieldPath }))];
}
function compareOutcomes(head, base) {
  if ("problem" in base) {
    const counted = head.findings.filter((finding) => !finding.suppressed).filter(isCounted).length;
    return { ...head, comparison: { introduced: counted, existing: 0, fixed: 0, notice: `Could not compare with the base, so every finding counts (none can be told apart from the base's). ${base.problem}` } };
  }
  const { findings, fixed } = matchFindings(head.findings, base.findings);
  const decided = decideOutcome(findings, head.failOn, head.targets, head.resources);
  const unaccepted = findings.filter((finding) => !finding.suppressed);
  const notice = [base.note, notCheckedNotice(base.findings)].filter(Boolean).join(" ");
  return {
    ...head,
    ...decided,
    comparison: {
      base: base.commit,
      introduced: unaccepted.filter(isCounted).length,
      existing: unaccepted.length - unaccepted.filter(isCounted).length,
      fixed: fixed.length,
      ...notice && { notice }
    }
  };
}
function notCheckedNotice(base) {
  const targets = new Set(base.filter(couldNotCheck).map((finding) => finding.target.path));
  if (targets.size === 0) return void 0;
  const shown2 = [...targets].slice(0, 5).join(", ");
  return `The base commit could not be checked in ${targets.size === 1 ? "one place" : `${targets.size} places`} (${shown2}${targets.size > 5 ? ", \u2026" : ""}): findings there that the base did not show count as new.`;
}
function push(map2, key, value) {
  const list3 = map2.get(key);
  if (list3) list3.push(value);
  else map2.set(key, [value]);
}

// src/compare/baseline.ts
var GIT_LIMITS5 = { timeoutMs: 12e4, maxOutputBytes: 1024 * 1024 };
async function compareWithBase(head, options, base) {
  return compareOutcomes(head, await judgeBase(options, base));
}
async function judgeBase(options, base) {
  if (base === void 0) return { problem: "This run is not for a pull request, so there is no base commit to compare with." };
  if (typeof base === "string") return checkBase(options, base);
  const root = await realpath4(options.root);
  const chosen = await pullRequestBase(root, base);
  if (chosen.sha === void 0) return { problem: chosen.problem };
  const run = await checkBase(options, chosen.sha);
  if (!("problem" in run) && chosen.how === "event" && await behind(root, chosen.sha)) {
    return {
      ...run,
      note: `The checkout is not GitHub's merge commit and the base ${chosen.sha.slice(0, 12)} moved on since the pull request branched: findings the base has fixed since count as new here. Check out the merge commit (actions/checkout's default for pull_request) to compare with what the pull request merges into.`
    };
  }
  return run;
}
async function checkBase(options, ref) {
  const root = await realpath4(options.root);
  const top = await git3(root, ["rev-parse", "--show-toplevel"]).catch(() => void 0);
  if (top === void 0) return { problem: `The base '${ref}' could not be checked: ${root} is not in a git checkout.` };
  const commit = await git3(top, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]).catch(() => void 0);
  if (commit === void 0) return { problem: `The base '${ref}' is not a commit in the checkout. Fetch it (actions/checkout with fetch-depth: 0).` };
  const directory = await mkdtemp6(join23(tmpdir5(), "kpg-base-"));
  const tree = join23(directory, "tree");
  try {
    await git3(top, ["-c", "core.hooksPath=/dev/null", "worktree", "add", "--detach", "--quiet", tree, commit]);
    const outcome = await check({ ...samePolicies(options, root), root: join23(tree, relative14(await realpath4(top), root)), workspace: tree, onRendered: void 0 });
    return { commit, findings: outcome.findings };
  } catch (error) {
    return { problem: `The base commit ${commit.slice(0, 12)} could not be checked: ${errorMessage(error)}` };
  } finally {
    await git3(top, ["worktree", "remove", "--force", tree]).catch(() => void 0);
    await rm7(directory, { recursive: true, force: true });
    await git3(top, ["worktree", "prune"]).catch(() => void 0);
  }
}
async function behind(root, base) {
  const result = await execTool("git", ["merge-base", "--is-ancestor", base, "HEAD"], { cwd: root, ...GIT_LIMITS5 });
  return result.code === 1;
}
function samePolicies(options, root) {
  const absolute = (path) => isAbsolute12(path) ? path : resolve11(root, path);
  return { ...options, policyBundles: options.policyBundles.map(absolute), policyData: options.policyData.map(absolute) };
}
async function git3(cwd, args) {
  const result = await execTool("git", args, { cwd, ...GIT_LIMITS5 });
  if (result.code !== 0) throw new Error(`git ${args.find((arg) => !arg.startsWith("-") && !arg.includes("="))}: ${trimStderr(result.stderr) || `exit ${result.code}`}`);
  return result.stdout.trim();
}

// src/report/files.ts
import { readFileSync as readFileSync10 } from "node:fs";
import { mkdir as mkdir5, writeFile as writeFile5 } from "node:fs/promises";
import { tmpdir as tmpdir6 } from "node:os";
import { dirname as dirname9, join as join24, relative as relative15, resolve as resolve12, sep as sep10 } from "node:path";
var FileOutputs = { sarifFile: "sarif-file", reportFile: "report-file" };
function reportPaths(checked, env) {
  const directory = join24(env.RUNNER_TEMP || tmpdir6(), "kube-policy-gate");
  const workspace = checked.workspace ?? checked.root;
  return { sarif: checked.sarifFile ? resolve12(workspace, checked.sarifFile) : join24(directory, "results.sarif"), report: join24(directory, "report.json") };
}
function actionReportContext(checked, env, toolVersion) {
  const pathPrefix = relative15(checked.workspace ?? checked.root, checked.root).split(sep10).join("/");
  const repositoryUrl = repositoryUrlFrom(env);
  const sha = env.GITHUB_SHA && /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(env.GITHUB_SHA) ? env.GITHUB_SHA : void 0;
  const rulesDocUrl = rulesDocUrlFrom(env, repositoryUrl, sha);
  return { rules: readBundledRules(), pathPrefix, toolVersion, ...repositoryUrl && { repositoryUrl }, ...sha && { sha }, ...rulesDocUrl && { rulesDocUrl } };
}
async function writeReportFiles(outcome, context, paths) {
  const files = [
    [FileOutputs.sarifFile, paths.sarif, () => formatSarifText(outcome, context)],
    // A finding batch at a time (writeFile takes an iterable): a big run's report is never one string.
    [FileOutputs.reportFile, paths.report, () => jsonChunks(outcome)]
  ];
  const outputs = {};
  const problems = [];
  for (const [output, path, format] of files) {
    try {
      await mkdir5(dirname9(path), { recursive: true });
      await writeFile5(path, format());
      outputs[output] = path;
    } catch (error) {
      problems.push(`${output} ${path}: ${errorMessage(error)}`);
    }
  }
  return { outputs, ...problems.length && { problem: `Report files could not be written (${problems.join("; ")})` } };
}
function readBundledRules(directory = defaultBundleDir()) {
  const path = join24(directory, "rules.json");
  try {
    return parseRules(path, readFileSync10(path));
  } catch {
    return [];
  }
}

// src/shard/merge.ts
import { readdir as readdir6, readFile as readFile8 } from "node:fs/promises";
import { join as join25, relative as relative16 } from "node:path";
async function readShardReports(directory) {
  const files = await jsonFiles(directory).catch((error) => {
    throw new ConfigError(`Invalid merge-reports '${directory}': ${errorMessage(error)}. Expected the directory the shards' reports were downloaded to.`);
  });
  if (files.length === 0) throw new ConfigError(`Invalid merge-reports '${directory}': it holds no .json report. Expected the JSON reports (report-file) of every shard.`);
  const reports = await Promise.all(files.map(async (file) => parseShardReport(relative16(directory, file) || file, await readFile8(file, "utf8"))));
  return mergeShards(reports, directory);
}
async function jsonFiles(directory) {
  const entries = await readdir6(directory, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith(".json")).map((entry) => join25(entry.parentPath, entry.name)).sort();
}
function parseShardReport(file, text2) {
  let value;
  try {
    value = JSON.parse(text2);
  } catch (error) {
    throw new ConfigError(`Invalid shard report '${file}': it is not JSON (${errorMessage(error)}). Expected the report-file of a run with shard: i/n.`);
  }
  const shard = value?.shard;
  if (typeof shard !== "object" || shard === null || shard.format !== SHARD_FORMAT) {
    throw new ConfigError(`Invalid shard report '${file}': it has no shard part of format ${SHARD_FORMAT}. Expected the report-file of a run with shard: i/n.`);
  }
  if (shard.version !== package_default.version) {
    throw new ConfigError(`Invalid shard report '${file}': written by kube-policy-gate ${String(shard.version)}, this is ${package_default.version}. Expected every shard and the merge to run the same version.`);
  }
  const outcome = value;
  if (!Array.isArray(outcome.findings) || !Array.isArray(shard.evaluated) || !Array.isArray(shard.common) || !Array.isArray(shard.targets)) {
    throw new ConfigError(`Invalid shard report '${file}': it is incomplete (findings or its shard part missing). Expected the report-file as a shard wrote it.`);
  }
  const { index, count } = shard;
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(count) || !(index >= 1 && index <= count && count <= MAX_SHARDS)) {
    throw new ConfigError(`Invalid shard report '${file}': it claims shard ${JSON.stringify(index)}/${JSON.stringify(count)}. Expected shard i/n with 1 \u2264 i \u2264 n \u2264 ${MAX_SHARDS}, as a shard writes it.`);
  }
  if (index !== 1 && shard.common.length > 0) {
    throw new ConfigError(`Invalid shard report '${file}': shard ${index}/${count} carries the run's common findings, which only shard 1 writes. Expected the report-file as a shard wrote it.`);
  }
  return { file, outcome };
}
function mergeShards(reports, directory = ".") {
  const first = checkComplete(reports, directory);
  const { shard, failOn, targets, resources, findings: _findings, counts: _counts, verdict: _verdict, exceptions: _exceptions, ...facts } = first.outcome;
  const evaluated = reports.flatMap((report) => report.outcome.shard.evaluated).sort((a, b2) => a.order[0] - b2.order[0] || a.order[1] - b2.order[1]).map((entry) => entry.finding);
  const accepted = foldByPlace(applyExceptions(withoutRepeats([...shard.common, ...evaluated]), shard.exceptions, new Date(shard.now)));
  return { ...decideOutcome(accepted, failOn, targets, resources), ...facts };
}
function checkComplete(reports, directory) {
  const sorted = [...reports].sort((a, b2) => a.outcome.shard.index - b2.outcome.shard.index || compare2(a.file, b2.file));
  const first = sorted[0];
  const { count } = first.outcome.shard;
  const byIndex = /* @__PURE__ */ new Map();
  for (const report of sorted) {
    const { index, count: total } = report.outcome.shard;
    const name = `'${report.file}' (shard ${index}/${total})`;
    if (total !== count) throw new ConfigError(`Invalid shard report ${name}: '${first.file}' is shard ${first.outcome.shard.index}/${count}. Expected every report to split the run the same way.`);
    const twin = byIndex.get(index);
    if (twin) throw new ConfigError(`Invalid shard report ${name}: '${twin.file}' is shard ${index}/${count} too. Expected each shard once.`);
    byIndex.set(index, report);
    const differs = differentFact(report.outcome, first.outcome);
    if (differs) {
      throw new ConfigError(`Invalid shard report ${name}: its ${differs} differs from '${first.file}'. Expected shards of one run (the same commit, settings, policies and files).`);
    }
  }
  const missing = Array.from({ length: count }, (_2, i) => i + 1).filter((index) => !byIndex.has(index));
  if (missing.length) {
    throw new ConfigError(`Missing shard reports in '${directory}': ${missing.map((index) => `${index}/${count}`).join(", ")} (found ${sorted.map((report) => `'${report.file}'`).join(", ")}). Expected the report of every shard 1..${count}.`);
  }
  return byIndex.get(1);
}
var SAME_IN_EVERY_SHARD = [
  ["commit", (outcome) => outcome.shard.commit ?? null],
  ["list of targets", (outcome) => outcome.shard.targets],
  ["fail-on", (outcome) => outcome.failOn],
  ["configuration", (outcome) => outcome.configuration ?? null],
  ["exceptions", (outcome) => outcome.shard.exceptions],
  ["policy set (its rules)", (outcome) => outcome.rules ?? null],
  ["count of targets and objects", (outcome) => [outcome.targets, outcome.resources]],
  ["file accounting", (outcome) => outcome.files ?? null],
  ["Pod Security judgement (levels, skipped rules)", (outcome) => [outcome.podSecurity ?? null, outcome.skippedRules ?? null]]
];
function differentFact(outcome, first) {
  return SAME_IN_EVERY_SHARD.find(([, fact]) => JSON.stringify(fact(outcome)) !== JSON.stringify(fact(first)))?.[0];
}
function compare2(a, b2) {
  return a < b2 ? -1 : a > b2 ? 1 : 0;
}

export {
  execTool,
  package_default,
  Inputs,
  oneOf,
  pendingChanges,
  configuredSettings,
  GitHubApiError,
  TOTAL_WAIT_SECONDS,
  connectGitHub,
  checksOutPullRequest,
  readPullRequest,
  runUrl,
  pullRequestTrust,
  refTrust,
  couldNotCheck,
  repositoryPath,
  changeRank,
  lineUrl,
  ruleDocUrl,
  ruleIndex,
  repositoryUrlFrom,
  describeObjects,
  describeTarget,
  describeVariants,
  describeLocation,
  describeComparison,
  plural,
  describeCounts,
  logLine,
  commandData,
  commandProperty,
  markdown,
  markdownWithCode,
  xml,
  xmlAttribute,
  SARIF_MAX_RESULTS,
  sarifOmissions,
  describeSarifOmissions,
  formatSarifText,
  fails,
  failingCount,
  formatText,
  formatRendered,
  jsonChunks,
  check,
  compareWithBase,
  FileOutputs,
  reportPaths,
  actionReportContext,
  writeReportFiles,
  readBundledRules,
  readShardReports
};
