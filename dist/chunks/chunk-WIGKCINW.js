import { createRequire as __kpgCreateRequire } from 'node:module';
const require = __kpgCreateRequire(import.meta.url);
import {
  loadPolicy
} from "./chunk-XF2EGZJT.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-EVY675CJ.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap6 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar7 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection2(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode2(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar7(node) || isCollection2(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias3;
    exports.isCollection = isCollection2;
    exports.isDocument = isDocument;
    exports.isMap = isMap6;
    exports.isNode = isNode2;
    exports.isPair = isPair;
    exports.isScalar = isScalar7;
    exports.isSeq = isSeq4;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit3(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity2.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit3.BREAK = BREAK;
    visit3.SKIP = SKIP;
    visit3.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity2.isNode(ctrl) || identity2.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity2.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity2.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity2.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity2.isNode(ctrl) || identity2.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity2.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity2.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity2.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity2.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity2.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity2.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity2.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity2.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity2.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity2.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity2.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit3;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var visit3 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts2 = line.trim().split(/[ \t]+/);
        const name = parts2.shift();
        switch (name) {
          case "%TAG": {
            if (parts2.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts2.length < 2)
                return false;
            }
            const [handle, prefix] = parts2;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts2.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts2;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity2.isNode(doc.contents)) {
          const tags = {};
          visit3.visit(doc.contents, (_key, node) => {
            if (identity2.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var visit3 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit3.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity2.isScalar(ref.node) || identity2.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity2.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity2 = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity2.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity2.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit3 = require_visit();
    var identity2 = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity2.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit3.visit(doc, {
            Node: (_key, node) => {
              if (identity2.isAlias(node) || identity2.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity2.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity2.isCollection(node)) {
        let count2 = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count2)
            count2 = c;
        }
        return count2;
      } else if (identity2.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity2.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity2.isDocument(value))
        value = value.contents;
      if (identity2.isNode(value))
        return value;
      if (identity2.isPair(value)) {
        const map = ctx.schema[identity2.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity2.MAP] : Symbol.iterator in Object(value) ? schema[identity2.SEQ] : schema[identity2.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity2 = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity2.isNode(it) || identity2.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity2.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity2.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity2.isScalar(node) ? node.value : node;
        else
          return identity2.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity2.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity2.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity2.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity2.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock2) => ({
      indentAtStart: isBlock2 ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity2 = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity2.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity2.isScalar(node) || identity2.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity2.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity2.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity2.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity2.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity2.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity2.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity2.isCollection(key) || !identity2.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity2.isCollection(key) || (identity2.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity2.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity2.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity2.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity2.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning2) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning2);
        else
          console.warn(warning2);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge2 = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey2 = (ctx, key) => (merge2.identify(key) || identity2.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge2.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge2.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity2.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity2.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity2.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey2;
    exports.merge = merge2;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge2 = require_merge();
    var stringify = require_stringify();
    var identity2 = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity2.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge2.isMergeKey(ctx, key))
        merge2.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity2.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity2 = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity2.NODE_TYPE, { value: identity2.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity2.isNode(key))
          key = key.clone(schema);
        if (identity2.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity2.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity2.isPair(item)) {
          const ik = identity2.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity2.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity2.isPair(item)) {
          const ik = identity2.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity2.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity2.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity2.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity2.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity2.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity2.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity2.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity2.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity2.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity2.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity2.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity2.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity2.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity2.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity2.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag2 = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag2.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag2;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag2 = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag2.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag2;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity2.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity2.isPair(item))
            continue;
          else if (identity2.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity2.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity2.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity2.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity2.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity2.isPair(pair) ? identity2.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set3 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set3.items.push(Pair.createPair(value, null, ctx));
          }
        return set3;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set2 = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity2.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts2 = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts2.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts2 = [value % _60];
      if (value < 60) {
        parts2.unshift(0);
      } else {
        value = (value - parts2[0]) / _60;
        parts2.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts2[0]) / _60;
          parts2.unshift(value);
        }
      }
      return sign + parts2.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set2 = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge2.merge,
      omap.omap,
      pairs.pairs,
      set2.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set2 = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge2.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set2.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge2.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set2.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge2.merge) ? schemaTags.concat(merge2.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge2.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema3 = class _Schema {
      constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge2);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity2.MAP, { value: map.map });
        Object.defineProperty(this, identity2.SCALAR, { value: string.string });
        Object.defineProperty(this, identity2.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema3;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity2.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema3 = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity2.NODE_TYPE, { value: identity2.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity2.NODE_TYPE]: { value: identity2.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity2.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity2.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity2.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity2.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity2.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity2.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity2.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema3.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity2.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count2 = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count2 = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count2);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity2.isScalar(a) && identity2.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep2 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock2 = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap6 = fc.start.source === "{";
      const fcName = isMap6 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap6 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap6 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity2.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap6 && !sep2 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock2(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock2(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap6 && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock2(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap6) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap6 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity2.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content;
          sep2 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue2(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue2(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep2 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep2 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity2.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity2.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity2.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity2.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity2.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity2.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity2.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity2 = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity2.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity2 = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning2) => {
          const pos = getErrorPos(source);
          if (warning2)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity2.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity2.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning2) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning2);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep2, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep2)
        for (const st of sep2)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit3(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit3.BREAK = BREAK;
    visit3.SKIP = SKIP;
    visit3.REMOVE = REMOVE;
    visit3.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit3.parentCollection = (cst, path) => {
      const parent = visit3.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit3;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection2 = (token) => !!token && "items" in token;
    var isScalar7 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection2;
    exports.isScalar = isScalar7;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete2 = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete2;
        let next = this.next ?? "stream";
        while (next && (incomplete2 || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter3 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter3;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list5, type) {
      for (let i = 0; i < list5.length; ++i)
        if (list5[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list5) {
      for (let i = 0; i < list5.length; ++i) {
        switch (list5[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete2 = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete2))
          yield* this.next(lexeme);
        if (!incomplete2)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar.end) {
            sep2 = scalar.end;
            sep2.push(this.sourceToken);
            delete scalar.end;
          } else
            sep2 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep2 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity2 = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments6(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument4(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse4(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument4(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning2) => log.warn(doc.options.logLevel, warning2));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity2.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse4;
    exports.parseAllDocuments = parseAllDocuments6;
    exports.parseDocument = parseDocument4;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema3 = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit3 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema3.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity2.isAlias;
    exports.isCollection = identity2.isCollection;
    exports.isDocument = identity2.isDocument;
    exports.isMap = identity2.isMap;
    exports.isNode = identity2.isNode;
    exports.isPair = identity2.isPair;
    exports.isScalar = identity2.isScalar;
    exports.isSeq = identity2.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit3.visit;
    exports.visitAsync = visit3.visitAsync;
  }
});

// src/errors.ts
var ConfigError = class extends Error {
  name = "ConfigError";
  /** Each mistake on its own, in the order to read them (one for most errors); the message is them one per line. */
  problems;
  constructor(problems) {
    const list5 = typeof problems === "string" ? [problems] : [...problems];
    super(list5.join("\n"));
    this.problems = list5;
  }
};
function checkAll(...checks) {
  const problems = [];
  for (const check of checks) {
    try {
      check();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length) throw new ConfigError(problems);
}
function errorMessage(error) {
  if (error instanceof Error) return error.message;
  if (typeof error === "string") return error;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}

// src/secrets/trace.ts
import { basename as basename5 } from "node:path/posix";

// src/discover/index.ts
import { basename as basename4, dirname as dirname5 } from "node:path/posix";

// src/discover/helm.ts
import { basename, dirname, join, normalize, relative } from "node:path/posix";

// src/discover/read.ts
var import_yaml = __toESM(require_dist(), 1);
function readFirstMapping(text, options) {
  const [document] = (0, import_yaml.parseAllDocuments)(text, { version: "1.1", uniqueKeys: options.uniqueKeys });
  if (!document || document.errors.length || !(0, import_yaml.isMap)(document.contents)) return void 0;
  if (document.contents.items.some((pair) => (0, import_yaml.isScalar)(pair.key) && pair.key.source === "<<")) return void 0;
  try {
    return document.toJS({ maxAliasCount: 100 });
  } catch {
    return void 0;
  }
}

// src/discover/helm.ts
var CHART_FILE = "Chart.yaml";
var CHART_OWN_FILES = /* @__PURE__ */ new Set([CHART_FILE, "Chart.lock", "requirements.yaml", "requirements.lock", "values.yaml", "values.yml", "values.schema.json"]);
var RENDERED_DIRECTORIES = ["templates/", "crds/", "charts/"];
function chartFile(chart) {
  return chart === "." ? CHART_FILE : `${chart}/${CHART_FILE}`;
}
function isLibraryChart(chartYaml) {
  return readFirstMapping(chartYaml, { uniqueKeys: false })?.type === "library";
}
function owningChart(file, charts) {
  return charts.filter((chart) => isWithin(file, chart)).sort((a, b) => b.length - a.length)[0];
}
function chartRole(file, charts, libraries) {
  const chart = owningChart(file, charts);
  if (chart === void 0) return "none";
  const inChart = chart === "." ? file : relative(chart, file);
  if (CHART_OWN_FILES.has(inChart)) return "chart";
  if (libraries.has(chart) && !inChart.startsWith("charts/") && RENDERED_DIRECTORIES.some((directory) => inChart.startsWith(directory))) {
    return "library";
  }
  return RENDERED_DIRECTORIES.some((directory) => inChart.startsWith(directory)) ? "chart" : "none";
}
function parentChart(chart, charts) {
  if (chart === "." || basename(dirname(chart)) !== "charts") return void 0;
  const parent = dirname(dirname(chart));
  return charts.includes(parent) ? parent : void 0;
}
var LOCK_FILES = ["Chart.lock", "requirements.lock"];
function fileDependencies(chart, read) {
  const locked = LOCK_FILES.flatMap((file) => dependencyEntries(chart, file, read) ?? []);
  return listedDependencies(chart, read).flatMap((entry) => {
    const directory = fileDirectory(chart, entry.repository);
    if (directory === void 0 || directory === chart || entry.name === void 0) return [];
    if (locked.some((lock) => lock.name === entry.name && fileDirectory(chart, lock.repository) !== directory)) return [];
    const alias = typeof entry.alias === "string" && entry.alias !== "" ? entry.alias : void 0;
    const tags = Array.isArray(entry.tags) ? entry.tags.map(String) : [];
    return [
      {
        chart: directory,
        key: alias ?? entry.name,
        ...typeof entry.condition === "string" && entry.condition.trim() !== "" && { condition: entry.condition },
        ...tags.length > 0 && { tags }
      }
    ];
  });
}
function needsFetching(chart, read, files) {
  const vendored = new Set(
    files.flatMap((file) => {
      const inCharts = chart === "." ? file : file.slice(chart.length + 1);
      if (!isWithin(file, chart) || !inCharts.startsWith("charts/")) return [];
      return [inCharts.split("/")[1]];
    })
  );
  const isVendored = (name) => vendored.has(name) || [...vendored].some((entry) => entry.startsWith(`${name}-`) && entry.endsWith(".tgz"));
  return listedDependencies(chart, read).some(
    (entry) => entry.name !== void 0 && !String(entry.repository ?? "").startsWith("file://") && !isVendored(entry.name)
  );
}
function listedDependencies(chart, read) {
  return dependencyEntries(chart, "requirements.yaml", read) ?? dependencyEntries(chart, CHART_FILE, read) ?? [];
}
function dependencyEntries(chart, file, read) {
  const text = read(chart === "." ? file : `${chart}/${file}`);
  const listed = text ? readFirstMapping(text, { uniqueKeys: false })?.dependencies : void 0;
  if (!Array.isArray(listed)) return void 0;
  return listed.filter((entry) => typeof entry === "object" && entry !== null && !Array.isArray(entry)).map((entry) => ({ ...entry, name: typeof entry.name === "string" || typeof entry.name === "number" ? String(entry.name) : void 0 }));
}
function fileDirectory(chart, repository) {
  if (typeof repository !== "string" || !repository.startsWith("file://")) return void 0;
  const path = repository.slice("file://".length);
  if (path.startsWith("/")) return void 0;
  const directory = normalize(join(chart, path)).replace(/(.)\/+$/, "$1");
  return directory === ".." || directory.startsWith("../") ? void 0 : directory;
}
function isDependencyEnabled(dependency, values) {
  let enabled = true;
  const tags = (dependency.tags ?? []).map((tag) => valueAt(values, ["tags", tag])).filter((value) => typeof value === "boolean");
  if (tags.length && !tags.includes(true)) enabled = false;
  for (const path of (dependency.condition ?? "").trim().split(",").filter(Boolean)) {
    const value = valueAt(values, path.split("."));
    if (typeof value === "boolean") return value;
  }
  return enabled;
}
function valueAt(values, path) {
  for (const layer of values) {
    let node = layer;
    let depth = 0;
    while (depth < path.length && typeof node === "object" && node !== null && !Array.isArray(node) && Object.hasOwn(node, path[depth])) {
      node = node[path[depth]];
      depth++;
    }
    if (depth === path.length) return node;
    if (depth > 0 && (typeof node !== "object" || node === null || Array.isArray(node))) return void 0;
  }
  return void 0;
}
function defaultReleaseName(chart) {
  const label = basename(chart).toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/-{2,}/g, "-").replace(/^-+/, "").slice(0, 53).replace(/-+$/, "");
  return label || "release";
}
function isWithin(path, directory) {
  return directory === "." || path === directory || path.startsWith(`${directory}/`);
}

// src/discover/kustomize.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { dirname as dirname2, join as join2 } from "node:path/posix";
var KUSTOMIZATION_FILES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
function readKustomization(file, text) {
  const spec = readFirstMapping(text, { uniqueKeys: true });
  const fragments = fragmentPaths(dirname2(file), spec === void 0 ? leniently(text) : [spec]);
  if (spec === void 0) return { component: false, references: [], fragments, unread: true };
  const helmCharts = helmChartsOf(dirname2(file), spec);
  const references = [.../* @__PURE__ */ new Set([...referencedPaths(dirname2(file), spec), ...fragments])];
  return { component: spec.kind === "Component", references, fragments, ...helmCharts.length && { helmCharts } };
}
function leniently(text) {
  const [document] = (0, import_yaml2.parseAllDocuments)(text, { version: "1.1", uniqueKeys: false });
  if (!document || !(0, import_yaml2.isMap)(document.contents)) return [];
  const readings = [];
  const read = (pair) => {
    try {
      const value = (0, import_yaml2.isNode)(pair.value) ? pair.value.toJS(document, { maxAliasCount: 100 }) : pair.value;
      if ((0, import_yaml2.isScalar)(pair.key) && pair.key.source === "<<") readings.push(...[value].flat().filter(isRecord));
      else if ((0, import_yaml2.isScalar)(pair.key)) readings.push({ [String(pair.key.value)]: value });
    } catch {
    }
  };
  for (const pair of document.contents.items) read(pair);
  return readings;
}
function helmChartsOf(directory, spec) {
  const globals = spec.helmGlobals;
  const home = typeof globals?.chartHome === "string" ? globals.chartHome : "charts";
  return list(spec.helmCharts).flatMap((entry) => {
    const chart = entry;
    if (typeof chart?.name !== "string") return [];
    const repo = typeof chart.repo === "string" && chart.repo !== "" ? { repo: chart.repo } : {};
    return [{ name: chart.name, chartDirectory: join2(directory, home, chart.name), ...repo }];
  });
}
function referencedPaths(directory, spec) {
  return repositoryPaths(directory, [...list(spec.resources), ...list(spec.bases), ...list(spec.components), ...list(spec.crds)]);
}
function fragmentPaths(directory, readings) {
  const paths = (value) => list(value).map((entry) => typeof entry === "string" ? entry : entry?.path);
  const entries = readings.flatMap((spec) => [
    ...list(spec.patchesStrategicMerge),
    ...paths(spec.patches),
    ...paths(spec.patchesJson6902),
    ...paths(spec.replacements),
    // Plugin configurations: kustomize runs them (and fails on a Pod), it does not deploy them.
    ...list(spec.generators),
    ...list(spec.transformers),
    ...list(spec.validators)
  ]);
  return [...new Set(repositoryPaths(directory, entries))];
}
function repositoryPaths(directory, entries) {
  return entries.filter((entry) => typeof entry === "string" && entry !== "" && !entry.includes("\n") && !/^[a-z]+:\/\//i.test(entry)).map((entry) => join2(directory, entry).replace(/(.)\/+$/, "$1"));
}
function list(value) {
  return Array.isArray(value) ? value : [];
}
function isRecord(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function generatorInputs(directory, text) {
  const spec = readFirstMapping(text, { uniqueKeys: false }) ?? {};
  const generators = [spec.configMapGenerator, spec.secretGenerator].flatMap((value) => Array.isArray(value) ? value : []);
  return generators.flatMap(
    (generator) => [...strings(generator?.files), ...strings(generator?.envs), ...strings([generator?.env])].map((entry) => join2(directory, entry.slice(entry.indexOf("=") + 1)))
  );
}
function commentedOut(kustomizationText, name) {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^\\s*#\\s*-?\\s*(?:path:\\s*)?(?:\\./)?${escaped}\\s*(?:#.*)?$`, "m").test(kustomizationText);
}
function strings(value) {
  return Array.isArray(value) ? value.filter((item) => typeof item === "string") : [];
}

// node_modules/js-yaml/dist/js-yaml.mjs
var NOT_RESOLVED = /* @__PURE__ */ Symbol("NOT_RESOLVED");
function defineScalarTag(tagName, options) {
  return {
    tagName,
    nodeKind: "scalar",
    implicit: options.implicit ?? false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    implicitFirstChars: options.implicitFirstChars ?? null,
    resolve: options.resolve,
    identify: options.identify,
    represent: options.represent ?? ((data) => String(data)),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineSequenceTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "sequence",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addItem: options.addItem,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineMappingTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "mapping",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addPair: options.addPair,
    has: options.has,
    keys: options.keys,
    get: options.get,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
  resolve: (source) => source,
  identify: (data) => typeof data === "string"
});
var NULL_VALUES$1 = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES$1.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: ["n"],
  resolve: (source, isExplicit) => {
    if (source === "null" || isExplicit && source === "") return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var NULL_VALUES = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var TRUE_VALUES$2 = [
  "true",
  "True",
  "TRUE"
];
var FALSE_VALUES$2 = [
  "false",
  "False",
  "FALSE"
];
var boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "t",
    "T",
    "f",
    "F"
  ],
  resolve: (source) => {
    if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
var boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: ["t", "f"],
  resolve: (source) => {
    if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES = [
  "true",
  "True",
  "TRUE",
  "y",
  "Y",
  "yes",
  "Yes",
  "YES",
  "on",
  "On",
  "ON"
];
var FALSE_VALUES = [
  "false",
  "False",
  "FALSE",
  "n",
  "N",
  "no",
  "No",
  "NO",
  "off",
  "Off",
  "OFF"
];
var boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "y",
    "Y",
    "n",
    "N",
    "t",
    "T",
    "f",
    "F",
    "o",
    "O"
  ],
  resolve: (source) => {
    if (TRUE_VALUES.indexOf(source) !== -1) return true;
    if (FALSE_VALUES.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$2(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger$2,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$1(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlInteger$1,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
  let value = source.replace(/_/g, "");
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  if (value.includes(":")) {
    let result = 0;
    for (const part of value.split(":")) result = result * 60 + Number(part);
    return sign * result;
  }
  if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
  if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
  if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase();
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  const result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$2(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat$2,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$2
});
var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
    let value = source.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".includes(value[0])) value = value.slice(1);
    if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    if (value === ".nan") return NaN;
    const result2 = sign * parseFloat(value);
    return Number.isFinite(result2) ? result2 : NOT_RESOLVED;
  }
  if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = Number(source);
  if (Number.isFinite(result)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$1(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlFloat$1,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$1
});
var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
  if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase().replace(/_/g, "");
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  let result = 0;
  if (value.includes(":")) {
    for (const part of value.split(":")) result = result * 60 + Number(part);
    result *= sign;
  } else result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat
});
var mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
  implicit: true,
  implicitFirstChars: ["<"],
  resolve: (source, isExplicit) => {
    if (source === "<<" || isExplicit && source === "") return "<<";
    return NOT_RESOLVED;
  },
  identify: () => false
});
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
  const input = source.replace(/\s/g, "");
  if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
  const binary = atob(input);
  const result = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) result[index] = binary.charCodeAt(index);
  return result;
}
function representYamlBinary(object) {
  let binary = "";
  for (let index = 0; index < object.length; index++) binary += String.fromCharCode(object[index]);
  return btoa(binary);
}
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
  resolve: resolveYamlBinary,
  identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
  represent: representYamlBinary
});
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
  const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
  date.setUTCFullYear(year, month, day);
  return date;
}
function resolveYamlTimestamp(source) {
  let match = YAML_DATE_REGEXP.exec(source);
  if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
  if (match === null) return NOT_RESOLVED;
  const year = +match[1];
  const month = +match[2] - 1;
  const day = +match[3];
  if (!match[4]) {
    const date2 = makeUtcDate(year, month, day);
    if (date2.getUTCFullYear() !== year || date2.getUTCMonth() !== month || date2.getUTCDate() !== day) return NOT_RESOLVED;
    return date2;
  }
  const hour = +match[4];
  const minute = +match[5];
  const second = +match[6];
  let fraction = 0;
  if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
  if (match[7]) {
    let value = match[7].slice(0, 3);
    while (value.length < 3) value += "0";
    fraction = +value;
  }
  const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
  if (match[9]) {
    const offsetHour = +match[10];
    const offsetMinute = +(match[11] || 0);
    if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
    const offset = (offsetHour * 60 + offsetMinute) * 6e4;
    date.setTime(date.getTime() - (match[9] === "-" ? -offset : offset));
  }
  return date;
}
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
  implicit: true,
  implicitFirstChars: [..."0123456789"],
  resolve: resolveYamlTimestamp,
  identify: (object) => object instanceof Date,
  represent: (object) => object.toISOString()
});
var seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
  create: () => [],
  addItem: (container, item) => {
    container.push(item);
  },
  identify: Array.isArray
});
function isPlainObject(data) {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
  const prototype = Object.getPrototypeOf(data);
  return prototype === null || prototype === Object.prototype;
}
function pick(object, keys) {
  const result = {};
  for (const key of keys) if (object[key] !== void 0) result[key] = object[key];
  return result;
}
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
  create: () => ({
    list: [],
    seen: /* @__PURE__ */ new Set()
  }),
  addItem: (carrier, item) => {
    let key;
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve an ordered map item";
      key = item.keys().next().value;
    } else if (isPlainObject(item)) {
      const itemKeys = Object.keys(item);
      if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
      key = itemKeys[0];
    } else return "cannot resolve an ordered map item";
    if (carrier.seen.has(key)) return "duplicate key in ordered map";
    carrier.seen.add(key);
    carrier.list.push(item);
    return "";
  },
  finalize: (carrier) => carrier.list,
  identify: () => false
});
var pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
  create: () => [],
  addItem: (container, item) => {
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve a pairs item";
      container.push(item.entries().next().value);
      return "";
    }
    if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
    const object = item;
    const keys = Object.keys(object);
    if (keys.length !== 1) return "cannot resolve a pairs item";
    container.push([keys[0], object[keys[0]]]);
    return "";
  },
  identify: () => false
});
var mapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of Object.keys(o)) map.set(key, o[key]);
    return map;
  },
  addPair: (container, key, value) => {
    if (key !== null && typeof key === "object") return "object-based map does not support complex keys";
    const normalizedKey = String(key);
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key) => {
    if (key !== null && typeof key === "object") return false;
    return Object.prototype.hasOwnProperty.call(container, String(key));
  },
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    const normalizedKey = String(key);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
  create: () => /* @__PURE__ */ new Set(),
  identify: (data) => data instanceof Set,
  represent: (data) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of data) map.set(key, null);
    return map;
  },
  addPair: (container, key, value) => {
    if (value !== null) return "cannot resolve a set item";
    container.add(key);
    return "";
  },
  has: (container, key) => container.has(key),
  keys: (container) => container.keys(),
  get: () => null
});
function createTagDefinitionMap() {
  return {
    scalar: /* @__PURE__ */ Object.create(null),
    sequence: /* @__PURE__ */ Object.create(null),
    mapping: /* @__PURE__ */ Object.create(null)
  };
}
function createTagDefinitionListMap() {
  return {
    scalar: [],
    sequence: [],
    mapping: []
  };
}
function compileTags(tags) {
  const result = [];
  for (const tag of tags) {
    let index = result.length;
    for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
      const previous = result[previousIndex];
      if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
        index = previousIndex;
        break;
      }
    }
    result[index] = tag;
  }
  return result;
}
var Schema = class Schema2 {
  tags;
  /** @internal */
  implicitScalarTags;
  /**
  * Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
  * the resolvers that may match that key, in schema order; a key absent from
  * the map uses
  * {@link Schema.implicitScalarAnyFirstChar}
  * (resolvers that declared no first-char constraint, so they apply to any
  * first character).
  */
  implicitScalarByFirstChar;
  implicitScalarAnyFirstChar;
  /**
  * The default scalar tag (`!!str`), resolved once so the composer's fallback
  * for unresolved plain scalars avoids a keyed lookup per scalar.
  *
  * @internal
  */
  defaultScalarTag;
  /**
  * The default container tags (`!!seq` / `!!map`), used by the dumper: when a
  * value is identified by its default tag, the tag is implicit and not
  * printed. Undefined if the schema does not define them (then such values
  * can't be dumped).
  *
  * @internal
  */
  defaultSequenceTag;
  /** @internal */
  defaultMappingTag;
  exact;
  prefix;
  constructor(tags) {
    const compiledTags = compileTags(tags);
    const implicitScalarTags = [];
    const exact = createTagDefinitionMap();
    const prefix = createTagDefinitionListMap();
    for (const tag of compiledTags) {
      if (tag.nodeKind === "scalar" && tag.implicit) {
        if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
        implicitScalarTags.push(tag);
      }
      switch (tag.nodeKind) {
        case "scalar":
          if (tag.matchByTagPrefix) prefix.scalar.push(tag);
          else exact.scalar[tag.tagName] = tag;
          break;
        case "sequence":
          if (tag.matchByTagPrefix) prefix.sequence.push(tag);
          else exact.sequence[tag.tagName] = tag;
          break;
        case "mapping":
          if (tag.matchByTagPrefix) prefix.mapping.push(tag);
          else exact.mapping[tag.tagName] = tag;
      }
    }
    const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
    const keys = /* @__PURE__ */ new Set();
    for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key of tag.implicitFirstChars) keys.add(key);
    const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
    for (const key of keys) implicitScalarByFirstChar.set(key, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1));
    const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
    if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
    this.tags = compiledTags;
    this.implicitScalarTags = implicitScalarTags;
    this.implicitScalarByFirstChar = implicitScalarByFirstChar;
    this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
    this.defaultScalarTag = defaultScalarTag;
    this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
    this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
    this.exact = exact;
    this.prefix = prefix;
  }
  /** @internal */
  lookupScalarTag(tagName) {
    const exactTag = this.exact.scalar[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupSequenceTag(tagName) {
    const exactTag = this.exact.sequence[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupMappingTag(tagName) {
    const exactTag = this.exact.mapping[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  resolveImplicitScalarTag(source) {
    const candidates = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
    for (const tag2 of candidates) {
      const value = tag2.resolve(source, false, tag2.tagName);
      if (value !== NOT_RESOLVED) return {
        value,
        tag: tag2
      };
    }
    const tag = this.defaultScalarTag;
    return {
      value: tag.resolve(source, false, tag.tagName),
      tag
    };
  }
  /**
  * Creates a new schema with the specified tags added. If a tag already
  * exists, it is replaced by the specified tag.
  *
  * @example
  *
  * ```javascript
  * import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
  *
  * const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
  * ```
  */
  withTags(...tags) {
    let flatTags = [];
    for (const tag of tags) flatTags = flatTags.concat(tag);
    return new Schema2([...this.tags, ...flatTags]);
  }
};
var FAILSAFE_SCHEMA = new Schema([
  strTag,
  seqTag,
  mapTag
]);
var JSON_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullJsonTag,
  boolJsonTag,
  intJsonTag,
  floatJsonTag
]);
var CORE_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullCoreTag,
  boolCoreTag,
  intCoreTag,
  floatCoreTag
]);
var YAML11_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullYaml11Tag,
  boolYaml11Tag,
  intYaml11Tag,
  floatYaml11Tag,
  timestampTag,
  mergeTag,
  binaryTag,
  omapTag,
  pairsTag,
  setTag
]);
var DUMP_SCHEMA = YAML11_SCHEMA.withTags({
  ...intYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = intYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
  }
}, {
  ...floatYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
  }
});
var realMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => /* @__PURE__ */ new Map(),
  addPair: (container, key, value) => {
    container.set(key, value);
    return "";
  },
  has: (container, key) => container.has(key),
  keys: (container) => container.keys(),
  get: (container, key) => container.get(key),
  identify: (data) => data instanceof Map || isPlainObject(data),
  represent: (data) => {
    if (data instanceof Map) return data;
    const map = /* @__PURE__ */ new Map();
    const obj = data;
    for (const key of Object.keys(obj)) map.set(key, obj[key]);
    return map;
  }
});
function normalizeKey(key) {
  if (Array.isArray(key)) {
    const array = Array.prototype.slice.call(key);
    for (let index = 0; index < array.length; index++) {
      if (Array.isArray(array[index])) return null;
      if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
    }
    return String(array);
  }
  if (typeof key === "object" && Object.prototype.toString.call(key) === "[object Object]") return "[object Object]";
  return String(key);
}
var legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of Object.keys(o)) map.set(key, o[key]);
    return map;
  },
  addPair: (container, key, value) => {
    const normalizedKey = normalizeKey(key);
    if (normalizedKey === null) return "nested arrays are not supported inside keys";
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key) => {
    const normalizedKey = normalizeKey(key);
    return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
  },
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    const normalizedKey = String(key);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var DEFAULT_SNIPPET_OPTIONS = {
  maxLength: 79,
  indent: 1,
  linesBefore: 3,
  linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
  let head = "";
  let tail = "";
  const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
  if (position - lineStart > maxHalfLength) {
    head = " ... ";
    lineStart = position - maxHalfLength + head.length;
  }
  if (lineEnd - position > maxHalfLength) {
    tail = " ...";
    lineEnd = position + maxHalfLength - tail.length;
  }
  return {
    str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
    pos: position - lineStart + head.length
  };
}
function padStart(string, max) {
  return " ".repeat(Math.max(max - string.length, 0)) + string;
}
function makeSnippet(mark, options) {
  if (!mark.buffer) return null;
  const opts = {
    ...DEFAULT_SNIPPET_OPTIONS,
    ...options
  };
  const re = /\r?\n|\r|\0/g;
  const lineStarts = [0];
  const lineEnds = [];
  let match;
  let foundLineNo = -1;
  while (match = re.exec(mark.buffer)) {
    lineEnds.push(match.index);
    lineStarts.push(match.index + match[0].length);
    if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
  }
  if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
  let result = "";
  const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
  const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
  for (let i = 1; i <= opts.linesBefore; i++) {
    if (foundLineNo - i < 0) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
    result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line2.str}
${result}`;
  }
  const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
  result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}
`;
  result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^
`;
  for (let i = 1; i <= opts.linesAfter; i++) {
    if (foundLineNo + i >= lineEnds.length) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
    result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line2.str}
`;
  }
  return result.replace(/\n$/, "");
}
function formatError(exception, compact) {
  let where = "";
  if (!exception.mark) return exception.reason;
  if (exception.mark.name) where += `in "${exception.mark.name}" `;
  where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
  if (!compact && exception.mark.snippet) where += `

${exception.mark.snippet}`;
  return `${exception.reason} ${where}`;
}
var YAMLException = class YAMLException2 extends Error {
  reason;
  mark;
  /**
  * Optional `mark` contains source snippet data. Usually, use
  * {@link YAMLException.throwAt} instead of passing it directly.
  */
  constructor(reason, mark) {
    super();
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
  }
  /**
  * Returns the formatted error, omitting the source snippet in compact mode.
  */
  toString(compact) {
    return `${this.name}: ${formatError(this, compact)}`;
  }
  /**
  * Builds a YAMLException with a source snippet and throws it. `source` is
  * the raw input text; `position` is an offset into it.
  */
  static throwAt(source, position, message, filename = "") {
    let line = 0;
    let lineStart = 0;
    for (let index = 0; index < position; index++) {
      const ch = source.charCodeAt(index);
      if (ch === 10) {
        line++;
        lineStart = index + 1;
      } else if (ch === 13) {
        line++;
        if (source.charCodeAt(index + 1) === 10) index++;
        lineStart = index + 1;
      }
    }
    const mark = {
      name: filename,
      buffer: source,
      position,
      line,
      column: position - lineStart
    };
    mark.snippet = makeSnippet(mark);
    throw new YAMLException2(message, mark);
  }
};
var EVENT_ID = {
  DOCUMENT: 1,
  SEQUENCE: 2,
  MAPPING: 3,
  SCALAR: 4,
  ALIAS: 5,
  POP: 6
};
var SCALAR_STYLE = {
  PLAIN: 1,
  SINGLE_QUOTED: 2,
  DOUBLE_QUOTED: 3,
  LITERAL_BLOCK: 4,
  FOLDED_BLOCK: 5
};
var COLLECTION_STYLE = {
  BLOCK: 1,
  FLOW: 2
};
var CHOMPING_MODE = {
  CLIP: 1,
  STRIP: 2,
  KEEP: 3
};
var NO_RANGE$3 = -1;
function simpleEscapeSequence(c) {
  switch (c) {
    case 48:
      return "\0";
    case 97:
      return "\x07";
    case 98:
      return "\b";
    case 116:
      return "	";
    case 9:
      return "	";
    case 110:
      return "\n";
    case 118:
      return "\v";
    case 102:
      return "\f";
    case 114:
      return "\r";
    case 101:
      return "\x1B";
    case 32:
      return " ";
    case 34:
      return '"';
    case 47:
      return "/";
    case 92:
      return "\\";
    case 78:
      return "\x85";
    case 95:
      return "\xA0";
    case 76:
      return "\u2028";
    case 80:
      return "\u2029";
    default:
      return "";
  }
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i = 0; i < 256; i++) {
  simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
  simpleEscapeMap[i] = simpleEscapeSequence(i);
}
function charFromCodepoint(c) {
  if (c <= 65535) return String.fromCharCode(c);
  return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
  if (c >= 48 && c <= 57) return c - 48;
  return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  return 8;
}
function skipFoldedBreaks(input, position, end) {
  let breaks = 0;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10) {
      breaks++;
      position++;
    } else if (ch === 13) {
      breaks++;
      position++;
      if (input.charCodeAt(position) === 10) position++;
    } else if (ch === 32 || ch === 9) position++;
    else break;
  }
  return {
    position,
    breaks
  };
}
function foldedBreaks(count2) {
  if (count2 === 1) return " ";
  return "\n".repeat(count2 - 1);
}
function getPlainValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 39) {
      result += input.slice(captureStart, position) + "'";
      position += 2;
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 92) {
      result += input.slice(captureStart, position);
      position++;
      const escaped = input.charCodeAt(position);
      if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
      else if (escaped < 256 && simpleEscapeCheck[escaped]) {
        result += simpleEscapeMap[escaped];
        position++;
      } else {
        let hexLength = escapedHexLen$1(escaped);
        let hexResult = 0;
        for (; hexLength > 0; hexLength--) {
          position++;
          const digit = fromHexCode$1(input.charCodeAt(position));
          hexResult = (hexResult << 4) + digit;
        }
        result += charFromCodepoint(hexResult);
        position++;
      }
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
  const textIndent = indent < 0 ? 0 : indent;
  const region = input.slice(start, end).replace(/\r\n?/g, "\n");
  const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
  let result = "";
  let didReadContent = false;
  let emptyLines = 0;
  let atMoreIndented = false;
  for (const line of lines) {
    let column = 0;
    while (column < textIndent && line.charCodeAt(column) === 32) column++;
    if (indent < 0 || column >= line.length) {
      emptyLines++;
      continue;
    }
    const content = line.slice(textIndent);
    const first = content.charCodeAt(0);
    if (folded) {
      if (first === 32 || first === 9) {
        atMoreIndented = true;
        result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
      } else if (atMoreIndented) {
        atMoreIndented = false;
        result += "\n".repeat(emptyLines + 1);
      } else if (emptyLines === 0) {
        if (didReadContent) result += " ";
      } else result += "\n".repeat(emptyLines);
    } else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
    result += content;
    didReadContent = true;
    emptyLines = 0;
  }
  if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
  else if (chomping !== CHOMPING_MODE.STRIP) {
    if (didReadContent) result += "\n";
  }
  return result;
}
function getScalarValue(input, scalar) {
  if (scalar.valueStart === NO_RANGE$3) return "";
  const { valueStart, valueEnd } = scalar;
  if (scalar.fast) return input.slice(valueStart, valueEnd);
  switch (scalar.style) {
    case SCALAR_STYLE.SINGLE_QUOTED:
      return getSingleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return getDoubleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.LITERAL_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, false);
    case SCALAR_STYLE.FOLDED_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, true);
    default:
      return getPlainValue(input, valueStart, valueEnd);
  }
}
var DEFAULT_TAG_HANDLERS = Object.assign(/* @__PURE__ */ Object.create(null), {
  "!": "!",
  "!!": "tag:yaml.org,2002:"
});
var TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
var TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
function tagPercentDecode(source) {
  let result = "";
  let index = 0;
  while (index < source.length) {
    if (source.charCodeAt(index) !== 37) {
      result += source[index++];
      continue;
    }
    let ch = parseInt(source.slice(index + 1, index + 3), 16);
    index += 3;
    if (ch >= 192) {
      let remaining = ch < 224 ? 1 : ch < 240 ? 2 : 3;
      ch &= (1 << 6 - remaining) - 1;
      while (remaining-- > 0) {
        ch = ch << 6 | parseInt(source.slice(index + 1, index + 3), 16) & 63;
        index += 3;
      }
    }
    if (ch < 65536) result += String.fromCharCode(ch);
    else {
      ch -= 65536;
      result += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
    }
  }
  return result;
}
function tagNameFull(rawTag, tagHandlers) {
  if (rawTag.startsWith("!<") && rawTag.endsWith(">")) return tagPercentDecode(rawTag.slice(2, -1));
  const handleEnd = rawTag.indexOf("!", 1);
  const handle = handleEnd === -1 ? "!" : rawTag.slice(0, handleEnd + 1);
  return tagPercentDecode(tagHandlers?.[handle] ?? DEFAULT_TAG_HANDLERS[handle] ?? handle) + tagPercentDecode(rawTag.slice(handle.length));
}
var NO_RANGE$2 = -1;
var MERGE_TAG_NAME = "tag:yaml.org,2002:merge";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
  filename: "",
  schema: CORE_SCHEMA,
  json: false,
  maxTotalMergeKeys: 1e4,
  maxAliases: -1
};
function eventPosition$1(event) {
  if ("tagStart" in event && event.tagStart !== NO_RANGE$2) return event.tagStart;
  if ("anchorStart" in event && event.anchorStart !== NO_RANGE$2) return event.anchorStart;
  if ("valueStart" in event && event.valueStart !== NO_RANGE$2) return event.valueStart;
  if ("start" in event) return event.start;
  return 0;
}
function throwError$1(state, message) {
  YAMLException.throwAt(state.source, state.position, message, state.filename);
}
function finalizeCollection(state, position, tag, carrier) {
  try {
    return tag.finalize(carrier);
  } catch (error) {
    if (error instanceof YAMLException) throw error;
    YAMLException.throwAt(state.source, position, error instanceof Error ? error.message : String(error), state.filename);
  }
}
function constructScalar(state, event) {
  const source = getScalarValue(state.source, event);
  const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
  const strTag2 = state.schema.defaultScalarTag;
  if (rawTag !== "") {
    if (rawTag === "!") return {
      value: source,
      tag: strTag2
    };
    const tagName = tagNameFull(rawTag, state.tagHandlers);
    const scalarTag = state.schema.lookupScalarTag(tagName);
    if (scalarTag) {
      const result = scalarTag.resolve(source, true, tagName);
      if (result === NOT_RESOLVED) throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
      return {
        value: result,
        tag: scalarTag
      };
    }
    const collectionTagDef = state.schema.lookupMappingTag(tagName) ?? state.schema.lookupSequenceTag(tagName);
    if (collectionTagDef) {
      if (source !== "") throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
      const carrier = collectionTagDef.create(tagName);
      return {
        value: collectionTagDef.carrierIsResult ? carrier : finalizeCollection(state, state.position, collectionTagDef, carrier),
        tag: collectionTagDef
      };
    }
    throwError$1(state, `unknown scalar tag !<${tagName}>`);
  }
  if (event.style === SCALAR_STYLE.PLAIN) return state.schema.resolveImplicitScalarTag(source);
  return {
    value: strTag2.resolve(source, false, strTag2.tagName),
    tag: strTag2
  };
}
function collectionTagName(state, event, defaultTagName) {
  const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
  return rawTag === "" || rawTag === "!" ? defaultTagName : tagNameFull(rawTag, state.tagHandlers);
}
function isMappingTag(tag) {
  return tag.nodeKind === "mapping";
}
function chargeMergeWork(state) {
  state.totalMergeKeys++;
  if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) throwError$1(state, `merge keys exceeded maxTotalMergeKeys (${state.maxTotalMergeKeys})`);
}
function mergeKeys(state, frame, source, sourceTag) {
  chargeMergeWork(state);
  for (const sourceKey of sourceTag.keys(source)) {
    chargeMergeWork(state);
    if (frame.tag.has(frame.value, sourceKey)) continue;
    const err = frame.tag.addPair(frame.value, sourceKey, sourceTag.get(source, sourceKey));
    if (err) throwError$1(state, err);
    frame.overridable ??= /* @__PURE__ */ new Set();
    frame.overridable.add(sourceKey);
  }
}
function mergeSource(state, frame, source, sourceTag) {
  state.position = frame.keyPosition;
  if (isMappingTag(sourceTag)) mergeKeys(state, frame, source, sourceTag);
  else if (sourceTag.nodeKind === "sequence" && Array.isArray(source)) {
    if (source.length > 100) throwError$1(state, "abnormal merge sequence size");
    for (const element of source) {
      const elementTag = state.nodeTags.get(element);
      if (!elementTag) throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
      mergeKeys(state, frame, element, elementTag);
    }
  } else throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
}
function addMappingValue(state, frame, key, value, tag) {
  state.position = frame.keyPosition;
  if (frame.keyIsMerge) {
    mergeSource(state, frame, value, tag);
    return;
  }
  if (!state.json && frame.tag.has(frame.value, key) && !frame.overridable?.has(key)) throwError$1(state, "duplicated mapping key");
  const err = frame.tag.addPair(frame.value, key, value);
  if (err) throwError$1(state, err);
  frame.overridable?.delete(key);
}
function addValue(state, value, tag) {
  const frame = state.frames[state.frames.length - 1];
  if (frame.kind === "document") {
    frame.value = value;
    frame.hasValue = true;
  } else if (frame.kind === "sequence") {
    if (isMappingTag(tag)) state.nodeTags.set(value, tag);
    const err = frame.tag.addItem(frame.value, value, frame.index++);
    if (err) throwError$1(state, err);
  } else if (frame.hasKey) {
    const key = frame.key;
    frame.key = void 0;
    frame.hasKey = false;
    addMappingValue(state, frame, key, value, tag);
  } else {
    frame.key = value;
    frame.keyPosition = state.position;
    frame.hasKey = true;
    frame.keyIsMerge = tag.tagName === MERGE_TAG_NAME;
  }
}
function storeAnchor(state, event, value, tag, isValueFinal) {
  if (event.anchorStart !== NO_RANGE$2) {
    const anchor = {
      value,
      tag,
      isValueFinal
    };
    state.anchors.set(state.source.slice(event.anchorStart, event.anchorEnd), anchor);
    return anchor;
  }
  return null;
}
function constructFromEvents(events, options) {
  const state = {
    ...DEFAULT_CONSTRUCTOR_OPTIONS,
    ...options,
    events,
    documents: [],
    eventIndex: 0,
    position: 0,
    frames: [],
    anchors: /* @__PURE__ */ new Map(),
    nodeTags: /* @__PURE__ */ new Map(),
    tagHandlers: /* @__PURE__ */ Object.create(null),
    totalMergeKeys: 0,
    aliasCount: 0
  };
  while (state.eventIndex < state.events.length) {
    const event = state.events[state.eventIndex++];
    state.position = eventPosition$1(event);
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        state.anchors = /* @__PURE__ */ new Map();
        state.nodeTags = /* @__PURE__ */ new Map();
        state.aliasCount = 0;
        state.tagHandlers = /* @__PURE__ */ Object.create(null);
        for (const directive of event.directives) if (directive.kind === "tag") state.tagHandlers[directive.handle] = directive.prefix;
        state.frames.push({
          kind: "document",
          position: state.position,
          value: void 0,
          hasValue: false
        });
        break;
      case EVENT_ID.SCALAR: {
        const { value, tag } = constructScalar(state, event);
        storeAnchor(state, event, value, tag, true);
        addValue(state, value, tag);
        break;
      }
      case EVENT_ID.SEQUENCE: {
        const tagName = collectionTagName(state, event, "tag:yaml.org,2002:seq");
        const tag = state.schema.lookupSequenceTag(tagName);
        if (!tag) throwError$1(state, `unknown sequence tag !<${tagName}>`);
        const value = tag.create(tagName);
        const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
        state.frames.push({
          kind: "sequence",
          position: state.position,
          value,
          tag,
          anchor,
          index: 0
        });
        break;
      }
      case EVENT_ID.MAPPING: {
        const tagName = collectionTagName(state, event, "tag:yaml.org,2002:map");
        const tag = state.schema.lookupMappingTag(tagName);
        if (!tag) throwError$1(state, `unknown mapping tag !<${tagName}>`);
        const value = tag.create(tagName);
        const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
        state.frames.push({
          kind: "mapping",
          position: state.position,
          value,
          tag,
          anchor,
          key: void 0,
          keyPosition: state.position,
          hasKey: false,
          keyIsMerge: false,
          overridable: null
        });
        break;
      }
      case EVENT_ID.ALIAS: {
        if (state.maxAliases !== -1 && ++state.aliasCount > state.maxAliases) throwError$1(state, `aliases exceeded maxAliases (${state.maxAliases})`);
        const name = state.source.slice(event.anchorStart, event.anchorEnd);
        const anchor = state.anchors.get(name);
        if (!anchor) throwError$1(state, `unidentified alias "${name}"`);
        if (!anchor.isValueFinal) throwError$1(state, `recursive alias "${name}" is not supported for tag ${anchor.tag.tagName} because it uses finalize()`);
        addValue(state, anchor.value, anchor.tag);
        break;
      }
      case EVENT_ID.POP: {
        const frame = state.frames.pop();
        if (frame.kind === "mapping" && frame.hasKey) {
          state.position = frame.keyPosition;
          throwError$1(state, "incomplete mapping pair in event stream");
        }
        if (frame.kind === "document") state.documents.push(frame.value);
        else {
          const value = frame.tag.carrierIsResult ? frame.value : finalizeCollection(state, frame.position, frame.tag, frame.value);
          if (frame.anchor) {
            frame.anchor.value = value;
            frame.anchor.isValueFinal = true;
          }
          addValue(state, value, frame.tag);
        }
        break;
      }
    }
  }
  return state.documents;
}
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
  filename: "",
  maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
  state.events.push({
    type: EVENT_ID.DOCUMENT,
    explicitStart,
    explicitEnd,
    directives: state.directives
  });
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.SEQUENCE,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.MAPPING,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function insertFlowPairMappingEvent(state, snapshot) {
  state.events.splice(snapshot.eventsLength, 0, {
    type: EVENT_ID.MAPPING,
    start: snapshot.position,
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1,
    style: COLLECTION_STYLE.FLOW
  });
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
  state.events.push({
    type: EVENT_ID.SCALAR,
    valueStart,
    valueEnd,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style,
    chomping,
    indent,
    fast
  });
}
function addAliasEvent(state, anchorStart, anchorEnd) {
  state.events.push({
    type: EVENT_ID.ALIAS,
    anchorStart,
    anchorEnd
  });
}
function addPopEvent(state) {
  state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
  addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
  return {
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1
  };
}
function snapshotState(state) {
  return {
    position: state.position,
    line: state.line,
    lineStart: state.lineStart,
    lineIndent: state.lineIndent,
    firstTabInLine: state.firstTabInLine,
    eventsLength: state.events.length
  };
}
function restoreState(state, snapshot) {
  state.position = snapshot.position;
  state.line = snapshot.line;
  state.lineStart = snapshot.lineStart;
  state.lineIndent = snapshot.lineIndent;
  state.firstTabInLine = snapshot.firstTabInLine;
  state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
  YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c) {
  return c === 10 || c === 13;
}
function isWhiteSpace(c) {
  return c === 9 || c === 32;
}
function isWsOrEol(c) {
  return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
  return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
  return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
  if (c >= 48 && c <= 57) return c - 48;
  const lc = c | 32;
  if (lc >= 97 && lc <= 102) return lc - 97 + 10;
  return -1;
}
function escapedHexLen(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  if (c === 85) return 8;
  return 0;
}
function isSimpleEscape(c) {
  return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
  if (state.input.charCodeAt(state.position) === 10) state.position++;
  else {
    state.position++;
    if (state.input.charCodeAt(state.position) === 10) state.position++;
  }
  state.line++;
  state.lineStart = state.position;
  state.lineIndent = 0;
  state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
  let lineBreaks = 0;
  let ch = state.input.charCodeAt(state.position);
  let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
  while (ch !== 0) {
    while (isWhiteSpace(ch)) {
      hasSeparation = true;
      if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
      ch = state.input.charCodeAt(++state.position);
    }
    if (allowComments && hasSeparation && ch === 35) do
      ch = state.input.charCodeAt(++state.position);
    while (!isEol(ch) && ch !== 0);
    if (!isEol(ch)) break;
    consumeLineBreak(state);
    lineBreaks++;
    hasSeparation = true;
    ch = state.input.charCodeAt(state.position);
    while (ch === 32) {
      state.lineIndent++;
      ch = state.input.charCodeAt(++state.position);
    }
  }
  return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
  const ch = state.input.charCodeAt(position);
  if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
    const following = state.input.charCodeAt(position + 3);
    return following === 0 || isWsOrEol(following);
  }
  return false;
}
function skipByteOrderMark(state) {
  if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
    state.position++;
    state.lineStart = state.position;
  }
}
function testDocumentBoundary(state) {
  if (state.position !== state.lineStart) return false;
  if (testDocumentSeparator(state)) return true;
  if (state.input.charCodeAt(state.position) !== 65279) return false;
  const snapshot = snapshotState(state);
  skipByteOrderMark(state);
  skipSeparationSpace(state, true);
  const ch = state.input.charCodeAt(state.position);
  const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
  restoreState(state, snapshot);
  return result;
}
function skipUntilLineEnd(state) {
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
  const match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
  if (match !== null) {
    state.position = start + match.index + match[0].length - 1;
    throwError(state, "the stream contains non-printable characters");
  }
}
function readTagProperty(state, props, inFlow) {
  if (state.input.charCodeAt(state.position) !== 33) return false;
  if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
  const start = state.position;
  let isVerbatim = false;
  let isNamed = false;
  let tagHandle = "!";
  let ch = state.input.charCodeAt(++state.position);
  if (ch === 60) {
    isVerbatim = true;
    ch = state.input.charCodeAt(++state.position);
  } else if (ch === 33) {
    isNamed = true;
    tagHandle = "!!";
    ch = state.input.charCodeAt(++state.position);
  }
  let suffixStart = state.position;
  let tagName;
  if (isVerbatim) {
    while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
    if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
    tagName = state.input.slice(suffixStart, state.position);
    state.position++;
  } else {
    while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
      if (ch === 33) {
        if (!isNamed) {
          tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
          if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
          isNamed = true;
          suffixStart = state.position + 1;
        } else throwError(state, "tag suffix cannot contain exclamation marks");
      }
      ch = state.input.charCodeAt(++state.position);
    }
    tagName = state.input.slice(suffixStart, state.position);
    if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
  }
  if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
  if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
  props.tagStart = start;
  props.tagEnd = state.position;
  return true;
}
function readAnchorProperty(state, props) {
  if (state.input.charCodeAt(state.position) !== 38) return false;
  if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
  props.anchorStart = start;
  props.anchorEnd = state.position;
  return true;
}
function readAlias(state, props) {
  if (state.input.charCodeAt(state.position) !== 42) return false;
  if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
  addAliasEvent(state, start, state.position);
  return true;
}
function readFlowScalarBreak(state, nodeIndent) {
  skipSeparationSpace(state, false);
  if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 39) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 39) {
      if (state.input.charCodeAt(state.position + 1) === 39) {
        simple = false;
        state.position += 2;
        continue;
      }
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 34) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 34) {
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (ch === 92) {
      simple = false;
      const escaped = state.input.charCodeAt(++state.position);
      if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
      else if (isSimpleEscape(escaped)) state.position++;
      else {
        let hexLength = escapedHexLen(escaped);
        if (hexLength === 0) throwError(state, "unknown escape sequence");
        while (hexLength-- > 0) {
          state.position++;
          if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
        }
        state.position++;
      }
    } else if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  let chomping = CHOMPING_MODE.CLIP;
  let indent = -1;
  let detectedIndent = false;
  if (ch !== 124 && ch !== 62) return false;
  const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    const current = state.input.charCodeAt(state.position);
    const digit = fromDecimalCode(current);
    if (current === 43 || current === 45) {
      if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
      chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
      state.position++;
    } else if (digit >= 0) {
      if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
      if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
      indent = parentIndent + digit - 1;
      detectedIndent = true;
      state.position++;
    } else break;
  }
  let hadWhitespace = false;
  while (isWhiteSpace(state.input.charCodeAt(state.position))) {
    hadWhitespace = true;
    state.position++;
  }
  if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
  let contentIndent = detectedIndent ? indent : -1;
  let maxLeadingIndent = 0;
  const valueStart = state.position;
  let valueEnd = state.position;
  while (state.input.charCodeAt(state.position) !== 0) {
    const linePosition = state.position;
    let column = 0;
    while (state.input.charCodeAt(linePosition + column) === 32) column++;
    const first = state.input.charCodeAt(linePosition + column);
    if (first === 0) {
      if (contentIndent >= 0) {
        if (column > contentIndent) valueEnd = linePosition + column;
      } else if (column > 0) valueEnd = linePosition + column;
      break;
    }
    if (testDocumentBoundary(state)) break;
    if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
    if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
      if (first === 9 && column < parentIndent) {
        state.position = linePosition + column;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (column >= parentIndent && column < maxLeadingIndent) {
        state.position = linePosition + column;
        throwError(state, "bad indentation of a mapping entry");
      }
    }
    if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
    const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
    if (first !== 0 && !isEol(first) && column < requiredIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    skipUntilLineEnd(state);
    valueEnd = state.position;
    if (isEol(state.input.charCodeAt(state.position))) {
      consumeLineBreak(state);
      valueEnd = state.position;
    }
  }
  checkPrintable(state, valueStart, valueEnd);
  addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
  return true;
}
function canStartPlainScalar(state, nodeContext) {
  const ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
  if (ch === 63 || ch === 45) {
    const following = state.input.charCodeAt(state.position + 1);
    if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
  }
  return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
  if (!canStartPlainScalar(state, nodeContext)) return false;
  const start = state.position;
  let end = state.position;
  let ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  let multiline = false;
  while (ch !== 0) {
    if (testDocumentBoundary(state)) break;
    if (ch === 58) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
    } else if (ch === 35) {
      if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
    } else if (inFlow && isFlowIndicator(ch)) break;
    else if (isEol(ch)) {
      const savedPosition = state.position;
      const savedLine = state.line;
      const savedLineStart = state.lineStart;
      const savedLineIndent = state.lineIndent;
      skipSeparationSpace(state, false);
      if (state.lineIndent >= nodeIndent) {
        multiline = true;
        ch = state.input.charCodeAt(state.position);
        continue;
      }
      state.position = savedPosition;
      state.line = savedLine;
      state.lineStart = savedLineStart;
      state.lineIndent = savedLineIndent;
      break;
    }
    if (!isWhiteSpace(ch)) end = state.position + 1;
    ch = state.input.charCodeAt(++state.position);
  }
  if (end === start) return false;
  checkPrintable(state, start, end);
  addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
  return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
  const startLine = state.line;
  skipSeparationSpace(state, true);
  if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  const isMapping4 = ch === 123;
  const start = state.position;
  let readNext = true;
  if (ch !== 91 && ch !== 123) return false;
  const terminator = isMapping4 ? 125 : 93;
  if (isMapping4) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    skipFlowSeparationSpace(state, nodeIndent);
    let ch2 = state.input.charCodeAt(state.position);
    if (ch2 === terminator) {
      state.position++;
      addPopEvent(state);
      return true;
    } else if (!readNext) throwError(state, "missed comma between flow collection entries");
    else if (ch2 === 44) throwError(state, "expected the node content, but found ','");
    let isPair = false;
    let isExplicitPair = false;
    if (ch2 === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
      isPair = isExplicitPair = true;
      state.position += 1;
      skipFlowSeparationSpace(state, nodeIndent);
    }
    const entryLine = state.line;
    const entryStart = snapshotState(state);
    const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
    skipFlowSeparationSpace(state, nodeIndent);
    ch2 = state.input.charCodeAt(state.position);
    if ((isMapping4 || isExplicitPair || state.line === entryLine) && ch2 === 58) {
      isPair = true;
      state.position++;
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping4) {
        insertFlowPairMappingEvent(state, entryStart);
        if (!keyWasRead) addEmptyScalarEvent(state);
      } else if (!keyWasRead) addEmptyScalarEvent(state);
      if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping4) addPopEvent(state);
    } else if (isMapping4 && isPair) {
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
    } else if (isMapping4) addEmptyScalarEvent(state);
    else if (isPair) {
      insertFlowPairMappingEvent(state, entryStart);
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
      addPopEvent(state);
    }
    ch2 = state.input.charCodeAt(state.position);
    if (ch2 === 44) {
      readNext = true;
      state.position++;
    } else readNext = false;
  }
  throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
  if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
  addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
  while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
    if (state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const entryLine = state.line;
    state.position++;
    const hadBreak = skipSeparationSpace(state, true) > 0;
    if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
    if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
    else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
    skipSeparationSpace(state, true);
    if (state.lineIndent < nodeIndent || state.position >= state.length) break;
    if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
    if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
  }
  addPopEvent(state);
  return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
  let atExplicitKey = false;
  let detected = false;
  let mappingOpened = false;
  let pendingExplicitKey = false;
  if (state.firstTabInLine !== -1) return false;
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0) {
    if (!atExplicitKey && state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const following = state.input.charCodeAt(state.position + 1);
    const entryLine = state.line;
    if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
      if (!mappingOpened) {
        addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
        mappingOpened = true;
      }
      if (ch === 63) {
        if (atExplicitKey) addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = true;
      } else if (atExplicitKey) atExplicitKey = false;
      else {
        addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = false;
      }
      state.position += 1;
      pendingExplicitKey = true;
    } else {
      if (atExplicitKey) {
        addEmptyScalarEvent(state);
        atExplicitKey = false;
      }
      const beforeKey = snapshotState(state);
      if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
      if (state.line === entryLine) {
        ch = state.input.charCodeAt(state.position);
        while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
        if (ch === 58) {
          ch = state.input.charCodeAt(++state.position);
          if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
          if (!mappingOpened) {
            state.events.splice(beforeKey.eventsLength, 0, {
              type: EVENT_ID.MAPPING,
              start: beforeKey.position,
              anchorStart: props.anchorStart,
              anchorEnd: props.anchorEnd,
              tagStart: props.tagStart,
              tagEnd: props.tagEnd,
              style: COLLECTION_STYLE.BLOCK
            });
            mappingOpened = true;
          }
          detected = true;
          atExplicitKey = false;
          pendingExplicitKey = false;
        } else if (detected) throwError(state, "expected ':' after a mapping key");
        else {
          if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
            restoreState(state, beforeKey);
            return false;
          }
          return true;
        }
      } else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
      else {
        if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
          restoreState(state, beforeKey);
          return false;
        }
        return true;
      }
    }
    if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
    if (!atExplicitKey) {
      if (pendingExplicitKey) {
        addEmptyScalarEvent(state);
        pendingExplicitKey = false;
      }
    }
    skipSeparationSpace(state, true);
    ch = state.input.charCodeAt(state.position);
    if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
    else if (state.lineIndent < nodeIndent) break;
  }
  if (!detected) return false;
  if (atExplicitKey) addEmptyScalarEvent(state);
  if (mappingOpened) addPopEvent(state);
  return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
  if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
  state.depth++;
  let indentStatus = 1;
  let atNewLine = false;
  let hasContent = false;
  let propertyStart = null;
  const props = emptyProperties();
  let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
  let allowBlockCollections = allowBlockScalars;
  const allowBlockStyles = allowBlockScalars;
  if (allowToSeek && skipSeparationSpace(state, true)) {
    atNewLine = true;
    if (state.lineIndent > parentIndent) indentStatus = 1;
    else if (state.lineIndent === parentIndent) indentStatus = 0;
    else indentStatus = -1;
  }
  if (indentStatus === 1) while (true) {
    const ch = state.input.charCodeAt(state.position);
    const propertyState = snapshotState(state);
    if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
    if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
      const fallbackState = snapshotState(state);
      const flowIndent = parentIndent + 1;
      if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) {
        state.depth--;
        return true;
      }
      restoreState(state, fallbackState);
    }
    if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
    if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
    if (propertyStart === null) propertyStart = propertyState;
    if (skipSeparationSpace(state, true)) {
      atNewLine = true;
      allowBlockCollections = allowBlockStyles;
      if (state.lineIndent > parentIndent) indentStatus = 1;
      else if (state.lineIndent === parentIndent) indentStatus = 0;
      else indentStatus = -1;
    } else allowBlockCollections = false;
  }
  if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
  if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
    const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
    const blockIndent = state.position - state.lineStart;
    if (indentStatus === 1) {
      if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
      else {
        const ch = state.input.charCodeAt(state.position);
        if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
          const fallbackState = snapshotState(state);
          const propertyIndent = propertyStart.position - propertyStart.lineStart;
          restoreState(state, propertyStart);
          if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) hasContent = true;
          else restoreState(state, fallbackState);
        }
        if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
      }
    } else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
  }
  allowBlockScalars = allowBlockScalars && !hasContent;
  if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
    addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
    hasContent = true;
  }
  state.depth--;
  return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
  if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
  state.position++;
  const nameStart = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
  const name = state.input.slice(nameStart, state.position);
  const args = [];
  if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
  while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
    while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
    if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
    const start = state.position;
    while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
    args.push(state.input.slice(start, state.position));
  }
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  if (name === "YAML") {
    if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
    if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
    const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
    if (match === null) throwError(state, "ill-formed argument of the YAML directive");
    if (parseInt(match[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
    state.directives.push({
      kind: "yaml",
      version: args[0]
    });
  } else if (name === "TAG") {
    if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
    const [handle, prefix] = args;
    if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
    if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
    if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
    state.tagHandlers[handle] = prefix;
    state.directives.push({
      kind: "tag",
      handle,
      prefix
    });
  }
  return true;
}
function readDocument(state) {
  state.directives = [];
  state.tagHandlers = /* @__PURE__ */ Object.create(null);
  let hasDirectives = false;
  skipSeparationSpace(state, true);
  while (readDirective(state)) {
    hasDirectives = true;
    skipSeparationSpace(state, true);
  }
  let explicitStart = false;
  let explicitEnd = false;
  let allowCompact = true;
  if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
    explicitStart = true;
    const markerLine = state.line;
    state.position += 3;
    skipSeparationSpace(state, true);
    allowCompact = state.line > markerLine;
  } else if (hasDirectives) throwError(state, "directives end mark is expected");
  const documentEventIndex = state.events.length;
  if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
    state.position += 3;
    skipSeparationSpace(state, true);
    return;
  }
  addDocumentEvent(state, explicitStart, false);
  if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
  skipSeparationSpace(state, true);
  if (state.position === state.lineStart && testDocumentSeparator(state)) {
    explicitEnd = state.input.charCodeAt(state.position) === 46;
    if (explicitEnd) {
      const markerLine = state.line;
      state.position += 3;
      skipSeparationSpace(state, true);
      if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
    }
  }
  const documentEvent = state.events[documentEventIndex];
  if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
  addPopEvent(state);
  if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
function parseEvents(input, options) {
  const length = input.length;
  const state = {
    ...DEFAULT_PARSER_OPTIONS,
    ...options,
    input: `${input}\0`,
    length,
    position: 0,
    line: 0,
    lineStart: 0,
    lineIndent: 0,
    firstTabInLine: -1,
    depth: 0,
    directives: [],
    tagHandlers: /* @__PURE__ */ Object.create(null),
    events: []
  };
  const nullpos = input.indexOf("\0");
  if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
  while (state.position < state.length) {
    skipByteOrderMark(state);
    skipSeparationSpace(state, true);
    if (state.position >= state.length) break;
    const documentStart = state.position;
    readDocument(state);
    if (state.position === documentStart)
      throwError(state, "can not read a document");
  }
  return state.events;
}
var DEFAULT_LOAD_OPTIONS = {
  ...DEFAULT_PARSER_OPTIONS,
  ...DEFAULT_CONSTRUCTOR_OPTIONS
};
function loadDocuments(input, options = {}) {
  const opts = {
    ...DEFAULT_LOAD_OPTIONS,
    ...options
  };
  const source = String(input);
  const PARSER_OPT_KEYS = Object.keys(DEFAULT_PARSER_OPTIONS);
  const CONSTRUCTOR_OPT_KEYS = Object.keys(DEFAULT_CONSTRUCTOR_OPTIONS);
  return constructFromEvents(parseEvents(source, pick(opts, PARSER_OPT_KEYS)), {
    ...pick(opts, CONSTRUCTOR_OPT_KEYS),
    source
  });
}
function load(input, options) {
  const documents = loadDocuments(input, options);
  if (documents.length === 0) throw new YAMLException("expected a document, but the input is empty");
  if (documents.length === 1) return documents[0];
  throw new YAMLException("expected a single document in the stream, but found more");
}
function hasBit(mask, bit) {
  return (mask & 1 << bit) !== 0;
}
var DEFAULT_SCALAR_STYLE_RULES = {
  applyQuoteFlowKeysOption,
  doubleQuoteForInvisibles,
  doubleQuoteWhitespaceOnly,
  applyForceQuotesOption,
  tryLongOrMultilineAsBlock,
  quoteInvalidPlain,
  fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
  if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
  return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
  if (!layout.presenterOptions.quoteFlowKeys) return;
  if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
  layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
  if (!layout.presenterOptions.forceQuotes) return;
  if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
  if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
  layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
  if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
  const value = layout.node.value;
  const multiline = value.indexOf("\n") !== -1;
  if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
    if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
    return;
  }
  const w = layout.presenterOptions.lineWidth;
  if (w === -1) {
    if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
    return;
  }
  const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
  let position = 0;
  let shouldFold = false;
  while (position <= value.length) {
    let lineEnd = value.length;
    const nextLineBreak = value.indexOf("\n", position);
    if (nextLineBreak !== -1) lineEnd = nextLineBreak;
    const line = value.slice(position, lineEnd);
    if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
    if (nextLineBreak === -1) break;
    position = nextLineBreak + 1;
  }
  if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
  else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
  if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
var SRC_B_CHAR = "[\\n\\r]";
var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
var SRC_S_WHITE = "[ \\t]";
var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
var NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
var NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
var NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
var NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
var NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
var NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
var BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
var DEFAULT_PRESENTER_OPTIONS = {
  indent: 2,
  seqNoIndent: false,
  seqInlineFirst: true,
  lineWidth: 80,
  flowBracketPadding: false,
  flowSkipCommaSpace: false,
  flowSkipColonSpace: false,
  quoteFlowKeys: false,
  quoteStyle: "single",
  forceQuotes: false,
  scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name)),
  tagBeforeAnchor: false
};
var DEFAULT_DUMP_OPTIONS = {
  ...DEFAULT_PRESENTER_OPTIONS,
  schema: DUMP_SCHEMA,
  skipInvalid: false,
  noRefs: false,
  flowLevel: -1,
  sortKeys: false,
  transform: () => {
  }
};
var EVENT_DOCUMENT = EVENT_ID.DOCUMENT;
var EVENT_SEQUENCE = EVENT_ID.SEQUENCE;
var EVENT_MAPPING = EVENT_ID.MAPPING;
var EVENT_SCALAR = EVENT_ID.SCALAR;
var EVENT_ALIAS = EVENT_ID.ALIAS;
var EVENT_POP = EVENT_ID.POP;
var SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
var SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
var SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
var SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
var SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
var COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
var COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
var CHOMPING_CLIP = CHOMPING_MODE.CLIP;
var CHOMPING_STRIP = CHOMPING_MODE.STRIP;
var CHOMPING_KEEP = CHOMPING_MODE.KEEP;

// src/manifests/scalars.ts
var BOOLEANS = new Map([
  ...["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"].map((word) => [word, true]),
  ...["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"].map((word) => [word, false])
]);
var SPECIAL_FLOATS = new Map([
  ...[".nan", ".NaN", ".NAN"].map((word) => [word, Number.NaN]),
  ...[".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"].map((word) => [word, Number.POSITIVE_INFINITY]),
  ...["-.inf", "-.Inf", "-.INF"].map((word) => [word, Number.NEGATIVE_INFINITY])
]);
var YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
var GO_INTEGER = /^([-+]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/;
var TIMESTAMP_START = /^[0-9]{4}-/;
var NULLS = /* @__PURE__ */ new Set(["", "~", "null", "Null", "NULL"]);
var nullTag = {
  tag: "tag:yaml.org,2002:null",
  default: true,
  test: /^(?:~|null|Null|NULL)?$/,
  resolve: () => null,
  identify: (value) => value === null
};
var boolTag = {
  tag: "tag:yaml.org,2002:bool",
  default: true,
  test: /^(?:[yYnN]|[yY]es|YES|[nN]o|NO|[tT]rue|TRUE|[fF]alse|FALSE|[oO]n|ON|[oO]ff|OFF)$/,
  resolve: (source) => BOOLEANS.get(source),
  identify: (value) => typeof value === "boolean"
};
var specialFloatTag = {
  tag: "tag:yaml.org,2002:float",
  default: true,
  test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/,
  resolve: (source) => SPECIAL_FLOATS.get(source)
};
function resolvePlain(source) {
  if (NULLS.has(source)) return null;
  const word = BOOLEANS.get(source) ?? SPECIAL_FLOATS.get(source);
  if (word !== void 0) return word;
  return /^[-+.0-9]/.test(source) ? resolveNumber(source) ?? source : source;
}
function explicitTag(name, fits) {
  return {
    tag: `tag:yaml.org,2002:${name}`,
    resolve: (source, onError) => {
      const value = resolvePlain(source);
      if (fits(value, source)) return value;
      onError(`cannot decode \`${source}\` as a !!${name} (go-yaml refuses it)`);
      return source;
    }
  };
}
var EXPLICIT_TAGS = [
  explicitTag("bool", (value) => typeof value === "boolean"),
  explicitTag("int", (value, source) => typeof value === "number" && isGoInteger(source)),
  explicitTag("float", (value) => typeof value === "number"),
  explicitTag("null", (value) => value === null)
];
var binaryTag2 = {
  tag: "tag:yaml.org,2002:binary",
  resolve: (source, onError) => {
    const base64 = source.replace(/[\r\n]/g, "");
    if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(base64)) {
      onError("!!binary value contains invalid base64 data");
      return source;
    }
    return new TextDecoder().decode(Buffer.from(base64, "base64"));
  }
};
var numberTag = {
  tag: "tag:yaml.org,2002:int",
  default: true,
  test: /^[-+.0-9][-+.0-9a-zA-Z_]*$/,
  resolve: (source) => resolveNumber(source) ?? source,
  identify: (value) => typeof value === "number"
};
function resolveNumber(source) {
  if (source.startsWith(".")) return goParseFloat(source);
  if (TIMESTAMP_START.test(source)) return void 0;
  const plain = source.replaceAll("_", "");
  const integer = GO_INTEGER.exec(plain);
  if (integer) return goInteger(integer[1], integer[2]);
  if (YAML_STYLE_FLOAT.test(plain)) return goParseFloat(plain);
  return void 0;
}
function isGoInteger(source) {
  return !TIMESTAMP_START.test(source) && GO_INTEGER.test(source.replaceAll("_", ""));
}
function goInteger(sign, digits) {
  const lower = digits.toLowerCase();
  let magnitude;
  if (lower.startsWith("0x")) magnitude = Number.parseInt(lower.slice(2), 16);
  else if (lower.startsWith("0o")) magnitude = Number.parseInt(lower.slice(2), 8);
  else if (lower.startsWith("0b")) magnitude = Number.parseInt(lower.slice(2), 2);
  else if (lower.length > 1 && lower.startsWith("0")) magnitude = Number.parseInt(lower.slice(1), 8);
  else magnitude = Number.parseInt(lower, 10);
  return sign === "-" ? -magnitude : magnitude;
}
function goParseFloat(text) {
  if (!/^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(text)) return void 0;
  return Number.parseFloat(text);
}
function goFloatKey(value) {
  if (Number.isNaN(value)) return ".nan";
  if (!Number.isFinite(value)) return value > 0 ? ".inf" : "-.inf";
  const single = Math.fround(value);
  if (single === 0) return Object.is(single, -0) ? "-0" : "0";
  if (!Number.isFinite(single)) return single > 0 ? "+Inf" : "-Inf";
  let digits = "";
  let exponent = 0;
  for (let precision = 1; precision <= 9; precision++) {
    const [mantissa, power] = Math.abs(single).toExponential(precision - 1).split("e");
    if (Math.fround(Number(`${mantissa}e${power}`)) === Math.abs(single)) {
      digits = mantissa.replace(".", "");
      exponent = Number(power);
      break;
    }
  }
  const sign = single < 0 ? "-" : "";
  if (exponent < -4 || exponent >= 6) {
    const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${mantissa}e${exponent < 0 ? "-" : "+"}${String(Math.abs(exponent)).padStart(2, "0")}`;
  }
  if (exponent < 0) return `${sign}0.${"0".repeat(-exponent - 1)}${digits}`;
  const whole = digits.padEnd(exponent + 1, "0");
  const fraction = digits.slice(exponent + 1);
  return `${sign}${whole.slice(0, exponent + 1)}${fraction ? `.${fraction}` : ""}`;
}
function wordKeyString(source) {
  if (source !== "" && NULLS.has(source)) return "null";
  const value = BOOLEANS.get(source) ?? SPECIAL_FLOATS.get(source);
  return value === void 0 ? void 0 : String(value);
}
var KUBERNETES_SCALARS = [nullTag, boolTag, specialFloatTag, numberTag, ...EXPLICIT_TAGS, binaryTag2];
var KUBERNETES_YAML = {
  version: "1.1",
  schema: "failsafe",
  customTags: KUBERNETES_SCALARS,
  merge: false,
  uniqueKeys: false,
  prettyErrors: false,
  strict: false
};
var KUBERNETES_FAST_SCHEMA = FAILSAFE_SCHEMA.withTags(
  defineScalarTag("tag:yaml.org,2002:null", {
    implicit: true,
    resolve: (source) => NULLS.has(source) ? null : NOT_RESOLVED,
    identify: (value) => value === null
  }),
  defineScalarTag("tag:yaml.org,2002:bool", {
    implicit: true,
    resolve: (source) => BOOLEANS.get(source) ?? NOT_RESOLVED,
    identify: (value) => typeof value === "boolean"
  }),
  defineScalarTag("tag:yaml.org,2002:float", {
    implicit: true,
    resolve: (source) => {
      const value = SPECIAL_FLOATS.get(source) ?? (/^[-+.0-9]/.test(source) ? resolveNumber(source) : void 0);
      if (value === void 0) return NOT_RESOLVED;
      if (!isGoInteger(source) && String(value) !== goFloatKey(value)) throw new Error("float spelled differently by Go");
      return value;
    },
    identify: (value) => typeof value === "number"
  })
);

// src/manifests/split.ts
function splitDocuments(stream) {
  return [...documentsOf(stream)];
}
function* documentsOf(stream) {
  let start = 0;
  let startLine = 1;
  let line = 1;
  for (let at3 = 0; ; line++) {
    const end = stream.indexOf("\n", at3);
    const lineEnd = end === -1 ? stream.length : end;
    if (stream.startsWith("---", at3) && isSeparator(stream.slice(at3, lineEnd))) {
      yield { text: stream.slice(start, Math.max(start, at3 - 1)), firstLine: startLine };
      if (end === -1) return;
      start = end + 1;
      startLine = line + 1;
    }
    if (end === -1) break;
    at3 = end + 1;
  }
  yield { text: stream.slice(start), firstLine: startLine };
}
function isSeparator(line) {
  if (!line.startsWith("---")) return false;
  const rest = goTrimSpace(line.slice(3));
  return rest === "" || rest.startsWith("#");
}
var GO_TRIM = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g;
function goTrimSpace(text) {
  return text.replace(GO_TRIM, "");
}
function isBlankDocument(text) {
  for (const raw of text.replace(/^\uFEFF/, "").split(/\r\n|[\n\r\u0085\u2028\u2029]/)) {
    const line = raw.replace(/^[ \t]+|[ \t]+$/g, "");
    if (line === "" || line.startsWith("#") || line === "..." || line.startsWith("%")) continue;
    return false;
  }
  return true;
}

// src/discover/walk.ts
import { readdir, realpath, stat } from "node:fs/promises";
import { isAbsolute, join as join3, relative as relative2, sep } from "node:path";

// src/discover/select.ts
import { matchesGlob } from "node:path/posix";
function parseSelection(patterns) {
  const includes = [];
  const excludes = [];
  for (const raw of patterns) {
    const pattern2 = raw.trim();
    if (!pattern2) continue;
    if (pattern2.startsWith("!")) excludes.push(...expand(pattern2.slice(1)));
    else includes.push(...expand(pattern2));
  }
  return { includes: includes.length ? includes : ["**"], excludes };
}
function expand(pattern2) {
  const clean = pattern2.replace(/^\.\/+/, "").replace(/\/+$/, "");
  if (clean === "" || clean === ".") return ["**"];
  return /[*?[\]{}]/.test(clean) && clean.endsWith("**") ? [clean] : [clean, `${clean}/**`];
}
function isSelected(path, selection) {
  return selection.includes.some((glob) => matchesPath(path, glob)) && !selection.excludes.some((glob) => matchesPath(path, glob));
}
function matchesPath(path, glob) {
  return matchesGlob(hideDots(path), hideDots(glob));
}
function hideDots(text) {
  return text.replace(/(^|[/{,])\.(?=[^/])/g, "$1");
}
function namesDirectory(path, selection) {
  const name = path.slice(path.lastIndexOf("/") + 1);
  return selection.includes.some((glob) => {
    const segments = glob.split("/");
    return segments.some((segment, index) => segment === name && matchesPath(path, segments.slice(0, index + 1).join("/")));
  });
}
function unmatchedPatterns(patterns, files) {
  return patterns.map((raw) => raw.trim()).filter((pattern2) => pattern2 !== "" && !pattern2.startsWith("!")).filter((pattern2) => {
    const globs = expand(pattern2);
    if (globs.includes("**")) return false;
    return !files.some((file) => globs.some((glob) => matchesPath(file, glob)));
  });
}
function checkPaths(paths, listing) {
  const everything = [...listing.files, ...listing.skippedDirectories.flatMap((directory) => directory.files), ...listing.skippedLinks.map((link) => link.path)];
  const unmatched = unmatchedPatterns(paths, everything);
  if (unmatched.length) {
    throw new ConfigError(`Invalid paths entry ${unmatched.map((pattern2) => `'${pattern2}'`).join(", ")}: it matches no file. Expected a file, directory or glob that exists, relative to the repository root.`);
  }
}

// src/discover/walk.ts
var DEPENDENCY_DIRECTORIES = /* @__PURE__ */ new Set(["node_modules", "vendor", "__pycache__"]);
var MANIFEST_EXTENSIONS = /\.(ya?ml|json)$/i;
var MAX_WALKED_ENTRIES = 1e5;
async function listFiles(root, paths = [], { maxEntries = MAX_WALKED_ENTRIES } = {}) {
  const realRoot = await realpath(root);
  const selection = parseSelection(paths);
  const listing = { files: [], skippedLinks: [], skippedDirectories: [] };
  const linkedDirectories = /* @__PURE__ */ new Set();
  const ancestors = /* @__PURE__ */ new Set([realRoot]);
  let walked = 0;
  const visit3 = async (directory, real) => {
    const entries = await readDirectory(root, directory);
    walked += entries.length;
    if (walked > maxEntries) throw tooManyEntries(walked, maxEntries);
    for (const entry of entries) {
      if (entry.name === ".git") continue;
      const path = directory ? `${directory}/${entry.name}` : entry.name;
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      let target = join3(real, entry.name);
      if (entry.isSymbolicLink()) {
        const resolved = await resolveLink(join3(root, path), realRoot);
        if ("reason" in resolved) {
          listing.skippedLinks.push({ path, reason: resolved.reason, directory: resolved.isDirectory });
          continue;
        }
        if (resolved.isDirectory && (ancestors.has(resolved.real) || linkedDirectories.has(resolved.real))) continue;
        if (resolved.isDirectory) linkedDirectories.add(resolved.real);
        ({ isDirectory, isFile } = resolved);
        target = resolved.real;
      }
      if (isDirectory && isSkipped(path, entry.name, selection)) {
        const files = await manifestFilesBelow(root, path);
        if (files.length) listing.skippedDirectories.push({ path, files });
      } else if (isDirectory) {
        ancestors.add(target);
        await visit3(path, target);
        ancestors.delete(target);
      } else if (isFile) {
        listing.files.push(path);
      }
    }
  };
  await visit3("", realRoot);
  listing.files.sort();
  listing.skippedDirectories.sort((a, b) => a.path.localeCompare(b.path));
  return listing;
}
async function readDirectory(root, directory) {
  try {
    return await readdir(join3(root, directory), { withFileTypes: true });
  } catch (error) {
    throw new ConfigError(`Directory '${directory || "."}' of the repository could not be read (${errorMessage(error)}). Expected a tree of readable directories.`);
  }
}
function tooManyEntries(walked, maxEntries) {
  return new ConfigError(
    `The repository holds more than ${maxEntries.toLocaleString("en-US")} files and directories (${walked.toLocaleString("en-US")} counted so far, .git and dependency directories left out): more than kube-policy-gate walks and copies for rendering. Set working-directory (--root on the command line) to the directory that deploys: only its tree is walked.`
  );
}
function isSkipped(path, name, selection) {
  return DEPENDENCY_DIRECTORIES.has(name) && !namesDirectory(path, selection);
}
async function manifestFilesBelow(root, directory) {
  const base = join3(root, directory);
  try {
    const entries = await readdir(base, { recursive: true, withFileTypes: true });
    return entries.filter((entry) => entry.isFile() && MANIFEST_EXTENSIONS.test(entry.name)).map((entry) => `${directory}/${relative2(base, join3(entry.parentPath, entry.name)).split(sep).join("/")}`).sort();
  } catch {
    return [];
  }
}
async function resolveLink(path, realRoot) {
  let real;
  try {
    real = await realpath(path);
  } catch {
    return { reason: "a broken symbolic link", isDirectory: false };
  }
  const info = await stat(real);
  const inside = relative2(realRoot, real);
  if (inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    return { reason: `a symbolic link to ${real}, outside the checkout`, isDirectory: info.isDirectory() };
  }
  if (inside.split(sep).includes(".git")) {
    return { reason: `a symbolic link into .git (${inside.split(sep).join("/")})`, isDirectory: info.isDirectory() };
  }
  return { real, isDirectory: info.isDirectory(), isFile: info.isFile() };
}

// src/discover/manifest.ts
function isManifestFile(path, text, { unparsable = true } = {}) {
  if (!MANIFEST_EXTENSIONS.test(path)) return false;
  if (text === void 0) return unparsable;
  const mentions = text.includes("apiVersion") && text.includes("kind");
  if (!mentions && !text.includes("\\")) return hasLostUtf16Bom(text);
  if (mentions && /[\u0085\u2028\u2029]/.test(text)) return true;
  return hasObject(text, mentions, unparsable);
}
function hasObject(text, mentions, unparsable) {
  if (text.trimStart().startsWith("{")) {
    try {
      return isObject(JSON.parse(text));
    } catch {
    }
  }
  for (const document of documentsOf(text)) {
    if (isBlankDocument(document.text)) continue;
    let value;
    try {
      value = load(document.text, { schema: KUBERNETES_FAST_SCHEMA });
    } catch {
      if (mentions && unparsable) return true;
      continue;
    }
    if (isObject(value)) return true;
    if (mentions && isMapping(value) && Object.hasOwn(value, "<<")) return true;
  }
  return false;
}
function isObject(value) {
  if (!isMapping(value)) return false;
  const { apiVersion, kind, items } = value;
  return typeof kind === "string" && (typeof apiVersion === "string" || Array.isArray(items));
}
function isMapping(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function hasLostUtf16Bom(text) {
  return text.startsWith("\uFFFD\uFFFD") && text.includes("\0");
}

// src/discover/crds.ts
function crdDefinitions(objects) {
  const definitions = [];
  for (const object of objects) {
    const definition = crdDefinition(object);
    if (definition) definitions.push(definition);
  }
  return definitions;
}
function crdDefinition(object) {
  if (!isMapping2(object) || object.kind !== "CustomResourceDefinition") return void 0;
  if (typeof object.apiVersion !== "string" || !object.apiVersion.startsWith("apiextensions.k8s.io/")) return void 0;
  const spec = object.spec;
  if (!isMapping2(spec) || typeof spec.group !== "string" || spec.group === "") return void 0;
  const kind = isMapping2(spec.names) ? spec.names.kind : void 0;
  if (typeof kind !== "string" || kind === "") return void 0;
  const listed = Array.isArray(spec.versions) ? spec.versions.filter(isMapping2).filter((entry) => !isFalse(entry.served)).map((entry) => entry.name) : [];
  const single = typeof spec.version === "string" ? [spec.version] : [];
  const versions = [...new Set([...listed, ...single].filter((name) => typeof name === "string" && name !== ""))];
  return { group: spec.group, kind, versions };
}
function crdsInFiles(files) {
  const objects = [];
  for (const { path, text } of files) {
    if (!/\.(ya?ml|json)$/i.test(path) || !text.includes("CustomResourceDefinition")) continue;
    for (const document of documentsOf(text)) {
      if (!document.text.includes("CustomResourceDefinition") || isBlankDocument(document.text)) continue;
      try {
        objects.push(load(document.text, { schema: FAILSAFE_SCHEMA }));
      } catch {
      }
    }
  }
  return crdDefinitions(objects);
}
function isFalse(value) {
  return value === false || typeof value === "string" && /^(false|False|FALSE|no|No|NO|off|Off|OFF|n|N)$/.test(value);
}
function isMapping2(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

// src/discover/kinds.ts
var TOOL_CONFIGS = [
  { apiVersion: /^kind\.(x-k8s|sigs\.k8s)\.io\//, kind: /^Cluster$/, what: "kind cluster config" },
  { apiVersion: /^k3d\.io\//, what: "k3d cluster config" },
  { apiVersion: /^skaffold\/v\d/, what: "Skaffold config" },
  // Core v1 has no kind Config: `apiVersion: v1, kind: Config` is only ever a kubeconfig.
  { apiVersion: /^v1$/, kind: /^Config$/, what: "kubeconfig" },
  { apiVersion: /^kustomize\.config\.k8s\.io\//, what: "kustomization" },
  { apiVersion: /^builtin$/, what: "kustomize plugin config" },
  { apiVersion: /^config\.kubernetes\.io\//, what: "KRM function input" },
  { apiVersion: /^(fn\.)?kpt\.dev\//, what: "kpt config" },
  { apiVersion: /^schema\.plugin\.fluxcd\.io\//, what: "Flux schema config" },
  { apiVersion: /^kubeadm\.k8s\.io\//, what: "kubeadm config" },
  { apiVersion: /^controller-runtime\.sigs\.k8s\.io\//, kind: /^ControllerManagerConfig(uration)?$/, what: "controller-runtime manager config" },
  { apiVersion: /^client\.authentication\.k8s\.io\//, what: "client credential plugin config" },
  { apiVersion: /^clusterctl\.cluster\.x-k8s\.io\//, what: "clusterctl config" },
  { apiVersion: /^ctlptl\.dev\//, what: "ctlptl cluster config" },
  { apiVersion: /^tilt\.dev\//, what: "Tilt config" },
  // Talos machine configuration documents: a bare `v1alpha1`, which no Kubernetes group serves.
  { apiVersion: /^v1alpha1$/, what: "Talos machine config" },
  { apiVersion: /^(kapp|kbld|vendir)\.k14s\.io\//, what: "Carvel tool config" },
  { apiVersion: /^meta\.pkg\.crossplane\.io\//, what: "Crossplane package metadata" },
  { apiVersion: /^cli\.kyverno\.io\//, what: "Kyverno CLI test" },
  { apiVersion: /^([a-z0-9-]+\.)*backstage\.io\//, what: "Backstage catalog entity" },
  { apiVersion: /^garden\.io\//, what: "Garden config" }
];
var LEGACY_GROUPS = /* @__PURE__ */ new Set(["apps", "batch", "autoscaling", "policy", "extensions"]);
var OPERATOR_SUFFIXES = [
  "k8s.io",
  "x-k8s.io",
  "k8s.aws",
  "cert-manager.io",
  "coreos.com",
  "argoproj.io",
  "toolkit.fluxcd.io",
  "fluxcd.controlplane.io",
  "bitnami.com",
  "external-secrets.io",
  "keda.sh",
  "kyverno.io",
  "istio.io",
  "cilium.io",
  "projectcalico.org",
  "traefik.io",
  "traefik.containo.us",
  "knative.dev",
  "tekton.dev",
  "kruise.io",
  "velero.io",
  "karpenter.sh",
  "crossplane.io",
  "upbound.io",
  "cnpg.io",
  "opentelemetry.io",
  "jaegertracing.io",
  "gatekeeper.sh",
  "linkerd.io",
  "konghq.com",
  "nginx.org",
  "openshift.io",
  "strimzi.io",
  "min.io",
  "integreatly.org",
  "victoriametrics.com",
  "kubevirt.io",
  "rook.io",
  "longhorn.io",
  "open-cluster-management.io",
  "cattle.io",
  "kubeflow.org",
  "ray.io",
  "dapr.io",
  "getambassador.io",
  "kiali.io",
  "chaos-mesh.org",
  "litmuschaos.io",
  "onepassword.com",
  "hashicorp.com",
  "banzaicloud.com",
  "grafana.com"
];
function classifyDocument(object, context = {}) {
  const { apiVersion, kind } = object;
  if (typeof apiVersion !== "string" || apiVersion === "" || typeof kind !== "string" || kind === "") return { kubernetes: true };
  const group = apiGroup(apiVersion);
  if (context.crdGroups?.has(group)) return { kubernetes: true };
  if (Array.isArray(object.items)) return { kubernetes: true };
  const tool = TOOL_CONFIGS.find((entry) => entry.apiVersion.test(apiVersion) && (!entry.kind || entry.kind.test(kind)));
  if (tool) return { kubernetes: false, what: tool.what };
  if (servedGroup(group, context) || isMapping3(object.metadata)) return { kubernetes: true };
  return { kubernetes: false, what: `${kind} of \`${apiVersion}\` without metadata (a group that neither Kubernetes, a CRD in the repository nor a known operator serves)` };
}
function notAnObjectReason(what) {
  return `${what}, not a Kubernetes object`;
}
function apiGroup(apiVersion) {
  const slash = apiVersion.lastIndexOf("/");
  return slash === -1 ? apiVersion === "v1" ? "" : apiVersion : apiVersion.slice(0, slash);
}
function servedGroup(group, context) {
  if (group === "" || LEGACY_GROUPS.has(group) || context.crdGroups?.has(group)) return true;
  return OPERATOR_SUFFIXES.some((suffix) => group === suffix || group.endsWith(`.${suffix}`));
}
function nonObjectFileReason(text, context = {}) {
  if (!mayHoldNonObjects(text, context)) return void 0;
  const values = parsedDocuments(text);
  if (!values) return void 0;
  let reason;
  for (const value of values) {
    if (!isTyped(value)) continue;
    const classification = classifyDocument(value, context);
    if (classification.kubernetes) return void 0;
    reason ??= notAnObjectReason(classification.what);
  }
  return reason;
}
function mayHoldNonObjects(text, context) {
  if (!text.includes("apiVersion")) return false;
  if (/\bkind"?[ \t]*:[ \t]*["']?Config\b/.test(text)) return true;
  const values = [...text.matchAll(/"?apiVersion"?[ \t]*:[ \t]*["']?([^\s"',}#]+)/g)].map((match) => match[1]);
  return values.length === 0 || values.some((apiVersion) => TOOL_CONFIGS.some((entry) => entry.apiVersion.test(apiVersion)) || !servedGroup(apiGroup(apiVersion), context));
}
function isChartTemplateFile(file, text, charts) {
  if (owningChart(file, charts) === void 0 || chartRole(file, charts, /* @__PURE__ */ new Set()) !== "none") return false;
  return /\{\{[\s\S]*?\}\}/.test(text);
}
function chartTemplateReason(chart) {
  return `template file of chart ${chart} (its templates load it with .Files or tpl; judged in what they render)`;
}
function isMapping3(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
var POD_TEMPLATES = {
  Pod: { template: [], selector: false },
  Deployment: { template: ["spec", "template"], selector: true },
  StatefulSet: { template: ["spec", "template"], selector: true },
  DaemonSet: { template: ["spec", "template"], selector: true },
  ReplicaSet: { template: ["spec", "template"], selector: true },
  Job: { template: ["spec", "template"], selector: false },
  CronJob: { template: ["spec", "jobTemplate", "spec", "template"], selector: false }
};
function fragmentReason(text) {
  const values = parsedDocuments(text);
  if (!values?.length) return void 0;
  for (const value of values) {
    if (!isMapping3(value)) return void 0;
    const shape = typeof value.kind === "string" ? POD_TEMPLATES[value.kind] : void 0;
    if (!shape || !incomplete(value, shape)) return void 0;
  }
  return "a patch fragment (a workload without the selector or images the API server requires)";
}
function incomplete(object, shape) {
  const at3 = (from, path) => path.reduce((value, key) => isMapping3(value) ? value[key] : void 0, from);
  const spec = at3(object, [...shape.template, "spec"]);
  const containers = isMapping3(spec) ? [spec.containers, spec.initContainers].flatMap((list5) => Array.isArray(list5) ? list5 : []) : [];
  if (containers.length === 0) return false;
  if (shape.selector && !isMapping3(at3(object, ["spec", "selector"]))) return true;
  return containers.some((container) => !isMapping3(container) || typeof container.image !== "string" || container.image === "");
}
function everyDocumentNameless(text) {
  const typed = parsedDocuments(text)?.filter(isTyped) ?? [];
  return typed.length > 0 && typed.every((value) => !isMapping3(value.metadata));
}
function parsedDocuments(text) {
  const values = [];
  for (const document of documentsOf(text)) {
    if (isBlankDocument(document.text)) continue;
    try {
      values.push(load(document.text, { schema: KUBERNETES_FAST_SCHEMA }));
    } catch {
      return void 0;
    }
  }
  return values;
}
function isTyped(value) {
  return isMapping3(value) && typeof value.apiVersion === "string" && typeof value.kind === "string";
}

// src/discover/testharness.ts
var import_yaml3 = __toESM(require_dist(), 1);
import { basename as basename2, dirname as dirname3, join as join4, normalize as normalize2 } from "node:path/posix";
var KUTTL_ASSERTION = /^\d+-(assert|errors)\.ya?ml$/;
function testAssertions(view) {
  const found = /* @__PURE__ */ new Map();
  const files = new Set(view.files);
  for (const file of view.files) {
    if (!/\.ya?ml$/i.test(file)) continue;
    if (KUTTL_ASSERTION.test(basename2(file))) {
      found.set(file, "kuttl assertion (matched against the cluster, never applied)");
      continue;
    }
    const text = view.read(file);
    if (!/^apiVersion:\s*["']?chainsaw\.kyverno\.io\//m.test(text)) continue;
    for (const assertion of chainsawAssertions(text)) {
      const path = normalize2(join4(dirname3(file), assertion));
      if (files.has(path)) found.set(path, `Chainsaw assertion of ${file} (matched against the cluster, never applied)`);
    }
  }
  return found;
}
function chainsawAssertions(text) {
  const paths = [];
  for (const document of (0, import_yaml3.parseAllDocuments)(text, { uniqueKeys: false })) {
    let test;
    try {
      test = document.toJS({ maxAliasCount: 100 });
    } catch {
      continue;
    }
    const spec = record(record(test).spec);
    for (const step2 of list2(spec.steps)) {
      for (const phase of ["try", "catch", "finally", "cleanup"]) {
        for (const operation of list2(record(step2)[phase])) {
          for (const kind of ["assert", "error"]) {
            const file = record(record(operation)[kind]).file;
            if (typeof file === "string" && file !== "" && !/[*?[{$]/.test(file)) paths.push(file);
          }
        }
      }
    }
  }
  return paths;
}
function record(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : {};
}
function list2(value) {
  return Array.isArray(value) ? value : [];
}

// src/config/suggest.ts
import { basename as basename3, dirname as dirname4, join as join5 } from "node:path/posix";
function suggestion(word, known) {
  const best = closest(word, known);
  return best === void 0 ? "" : ` (did you mean '${best}'?)`;
}
function closest(word, known) {
  const limit = Math.max(2, Math.floor(word.length / 3));
  let best;
  let bestDistance = limit + 1;
  for (const candidate of known) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
function editDistance(a, b) {
  let before = Array.from({ length: b.length + 1 }, () => 0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      let distance = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) distance = Math.min(distance, before[j - 2] + 1);
      current.push(distance);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length];
}
function closestFile(path, files) {
  const directory = dirname4(path);
  const name = basename3(path);
  const stem = name.replace(/\.[^.]*$/, "").toLowerCase();
  const all = [...files];
  const extension = (file) => /\.[^.]*$/.exec(file)?.[0].toLowerCase() ?? "";
  const siblings = all.filter((file) => dirname4(file) === directory).map((file) => basename3(file));
  const longer = siblings.filter((sibling2) => stem.length >= 3 && sibling2.toLowerCase() !== name.toLowerCase() && sibling2.toLowerCase().startsWith(stem)).sort((a, b) => Number(extension(a) !== extension(name)) - Number(extension(b) !== extension(name)) || a.length - b.length);
  const sibling = longer[0] ?? closest(name, siblings);
  if (sibling !== void 0) return join5(directory, sibling);
  return all.filter((file) => basename3(file) === name).sort((a, b) => a.length - b.length)[0];
}

// src/discover/index.ts
function discoverTargets(repository, options) {
  const selection = parseSelection(options.paths);
  const charts = repository.files.filter((file) => basename4(file) === CHART_FILE).map(dirname5);
  const libraries = new Set(charts.filter((chart) => isLibraryChart(repository.read(chartFile(chart)))));
  const role = (file) => chartRole(file, charts, libraries);
  const kustomizations = readKustomizations(repository, (file) => role(file) !== "chart");
  const kustomize = kustomizeTargets(kustomizations, selection, helmChartsEnabled(kustomizations, new Set(repository.files), options));
  const rendered = renderedByKustomize(kustomize, kustomizations);
  const unused = notAppliedFiles(repository, kustomizations);
  const valuesFiles = new Set(options.valuesFiles);
  let crdGroups;
  const kindContext = () => ({ crdGroups: crdGroups ??= new Set(crdsInFiles(repository.files.map((path) => ({ path, text: repository.read(path) }))).map((crd) => crd.group)) });
  const plain = repository.files.filter(
    (file) => isSelected(file, selection) && !KUSTOMIZATION_FILES.includes(basename4(file)) && role(file) !== "chart" && !valuesFiles.has(file) && !rendered.has(file) && !unused.has(file) && isManifestFile(file, repository.readIfReadable ? repository.readIfReadable(file) : repository.read(file), {
      unparsable: role(file) === "none" && !isChartTemplateFile(file, repository.read(file), charts) && !isTemplated(repository.read(file))
    }) && nonObjectFileReason(repository.read(file), kindContext()) === void 0
  );
  const targets = [
    ...withVariants(kustomize, options.config?.variants ?? []),
    ...helmTargets(charts, libraries, selection, repository, options).flatMap((path) => chartTargets(path, options, charts, repository.files)),
    ...plain.map((path) => ({ kind: "manifests", path }))
  ];
  return targets.sort((a, b) => a.path.localeCompare(b.path) || a.kind.localeCompare(b.kind));
}
function notAppliedFiles(repository, kustomizations) {
  const found = new Map([...testAssertions(repository), ...unusedBesideKustomizations(repository, kustomizations)]);
  for (const file of repository.files) {
    if (found.has(file) || !/\.(ya?ml|json)$/i.test(file)) continue;
    const text = repository.read(file);
    const maybe = /\bkind"?\s*:/.test(text) && (!text.includes("image") || /\b(Deployment|StatefulSet|DaemonSet|ReplicaSet)\b/.test(text) && !text.includes("selector"));
    const fragment = maybe ? fragmentReason(text) : void 0;
    if (fragment) found.set(file, `${fragment}: nothing applies it as it stands`);
  }
  return found;
}
function isTemplated(text) {
  return /\{%|\{\{/.test(text);
}
function unusedBesideKustomizations(repository, kustomizations) {
  const used = /* @__PURE__ */ new Set();
  const generated = /* @__PURE__ */ new Map();
  for (const [directory, kustomization] of kustomizations) {
    for (const file of [...kustomization.references, ...kustomization.fragments]) used.add(file);
    for (const file of generatorInputs(directory, repository.read(kustomization.file))) generated.set(file, kustomization.file);
  }
  let skaffold;
  const skaffoldNames = (directory) => (skaffold ??= repository.files.filter((file) => /\.ya?ml$/.test(file)).map((file) => repository.read(file)).filter((text) => /^apiVersion:\s*["']?skaffold\//m.test(text))).some((text) => text.includes(directory));
  const unused = /* @__PURE__ */ new Map();
  for (const file of repository.files) {
    const kustomization = kustomizations.get(dirname5(file));
    if (!kustomization || kustomization.unread || used.has(file) || KUSTOMIZATION_FILES.includes(basename4(file)) || !/\.(ya?ml|json)$/i.test(file)) continue;
    const text = repository.read(file);
    const input = generated.get(file);
    if (input !== void 0) {
      if (everyDocumentNameless(text)) unused.set(file, `configuration read by a generator of ${input} (data of the object it generates, which is checked)`);
      continue;
    }
    const fragment = fragmentReason(text) ?? (everyDocumentNameless(text) ? "configuration without metadata (no object: the API server needs a name)" : void 0);
    if (fragment) unused.set(file, `${fragment} beside ${kustomization.file}, which does not use it`);
    else if (commentedOut(repository.read(kustomization.file), basename4(file)) && !skaffoldNames(dirname5(file))) {
      unused.set(file, `commented out of ${kustomization.file}: kustomize does not deploy it`);
    }
  }
  return unused;
}
function readKustomizations(repository, isOwn) {
  const kustomizations = /* @__PURE__ */ new Map();
  for (const file of repository.files) {
    if (!KUSTOMIZATION_FILES.includes(basename4(file)) || !isOwn(file) || kustomizations.has(dirname5(file))) continue;
    kustomizations.set(dirname5(file), { file, ...readKustomization(file, repository.read(file)) });
  }
  return kustomizations;
}
function kustomizeTargets(kustomizations, selection, enableHelm) {
  const selected = [...kustomizations].filter(([, kustomization]) => !kustomization.component && isSelected(kustomization.file, selection)).map(([directory]) => directory);
  const reach = new Map(selected.map((directory) => [directory, reachable(directory, kustomizations)]));
  return selected.map((path) => {
    const includedBy = selected.filter((other) => other !== path && reach.get(other).has(path));
    const helm = [path, ...reach.get(path)].some(enableHelm) ? { kustomize: { enableHelm: true } } : {};
    return includedBy.length ? { kind: "kustomize", path, includedBy, ...helm } : { kind: "kustomize", path, ...helm };
  });
}
function renderedByKustomize(targets, kustomizations) {
  const rendered = /* @__PURE__ */ new Set();
  for (const target of targets) {
    for (const directory of [target.path, ...reachable(target.path, kustomizations)]) {
      const kustomization = kustomizations.get(directory);
      for (const path of [...kustomization?.references ?? [], ...kustomization?.fragments ?? []]) rendered.add(path);
    }
  }
  return rendered;
}
function reachable(start, kustomizations) {
  const seen = /* @__PURE__ */ new Set();
  const pending = [start];
  while (pending.length) {
    for (const path of kustomizations.get(pending.pop())?.references ?? []) {
      if (kustomizations.has(path) && !seen.has(path)) {
        seen.add(path);
        pending.push(path);
      }
    }
  }
  return seen;
}
function helmTargets(charts, libraries, selection, repository, options) {
  const candidates = new Set(charts.filter((chart) => isSelected(chartFile(chart), selection) && !libraries.has(chart)));
  const subcharts2 = renderedWithParent(candidates, charts, repository, options);
  return [...candidates].filter((chart) => !subcharts2.has(chart));
}
function renderedWithParent(candidates, charts, repository, options) {
  const subcharts2 = /* @__PURE__ */ new Set();
  for (const chart of candidates) {
    for (let parent = parentChart(chart, charts); parent !== void 0; parent = parentChart(parent, charts)) {
      if (candidates.has(parent)) subcharts2.add(chart);
    }
  }
  const read = (path) => repository.read(path);
  const listed = [...candidates].flatMap((parent) => fileDependencies(parent, read).map((dependency) => ({ parent, dependency })));
  const isSubchart = (chart) => subcharts2.has(chart) || listed.some(({ dependency }) => dependency.chart === chart);
  const configured = new Set((options.config?.variants ?? []).map((variant) => variant.path));
  for (const { parent, dependency } of listed) {
    const { chart } = dependency;
    if (subcharts2.has(chart) || !candidates.has(chart) || !isWithin(chart, parent) || configured.has(chart)) continue;
    if (!options.allowNetwork && needsFetching(parent, read, repository.files)) continue;
    const conditional = dependency.condition !== void 0 || dependency.tags !== void 0;
    if (conditional && (isSubchart(parent) || !keptInEveryRender(dependency, parent, repository, options, charts))) continue;
    subcharts2.add(chart);
  }
  return subcharts2;
}
function keptInEveryRender(dependency, parent, repository, options, charts) {
  const values = (file) => {
    const text = repository.read(file);
    return text.trim() === "" ? {} : readFirstMapping(text, { uniqueKeys: false });
  };
  return chartTargets(parent, options, charts, repository.files).every((target) => {
    if (target.helm?.set?.length) return false;
    const layers = [...target.helm?.valuesFiles ?? []].reverse().concat(parent === "." ? "values.yaml" : `${parent}/values.yaml`).map(values);
    return layers.every((layer) => layer !== void 0) && isDependencyEnabled(dependency, layers);
  });
}
function helmVariant(chart, options, charts) {
  const valuesFiles = options.valuesFiles.filter((file) => {
    const owner = owningChart(file, charts);
    return owner === void 0 || owner === chart;
  });
  return {
    releaseName: options.releaseName || defaultReleaseName(chart),
    namespace: options.namespace || void 0,
    valuesFiles,
    kubeVersion: options.kubeVersion || void 0
  };
}
function checkValuesFiles(files, variants, existing) {
  const missing = (file, of = "") => {
    if (existing.has(file)) return [];
    const meant = closestFile(file, existing);
    return [`Invalid values-files entry '${file}'${of}: it does not exist${meant ? ` (did you mean '${meant}'?)` : ""}. Expected a file in the repository (paths are relative to its root).`];
  };
  const problems = [...files.flatMap((file) => missing(file)), ...variants.flatMap((variant) => variant.valuesFiles.flatMap((file) => missing(file, ` of variant ${variant.name}`)))];
  if (problems.length) throw new ConfigError(problems);
}
function helmChartsEnabled(kustomizations, files, options) {
  return (directory) => {
    const charts = kustomizations.get(directory)?.helmCharts ?? [];
    if (!charts.length || options.enableHelm === false) return false;
    if (options.enableHelm === true || options.allowNetwork) return true;
    return charts.every((chart) => files.has(chartFile(chart.chartDirectory)));
  };
}
function chartTargets(chart, options, charts, files) {
  const base = helmVariant(chart, options, charts);
  const configured = (options.config?.variants ?? []).filter((variant) => variant.path === chart);
  if (configured.length) {
    return configured.map((variant) => ({
      kind: "helm",
      path: chart,
      variant: variant.name,
      helm: {
        releaseName: variant.releaseName ?? base.releaseName,
        namespace: variant.namespace ?? base.namespace,
        valuesFiles: variant.valuesFiles,
        kubeVersion: variant.kubeVersion ?? base.kubeVersion,
        ...variant.set.length && { set: variant.set },
        ...variant.apiVersions.length && { apiVersions: variant.apiVersions }
      }
    }));
  }
  const ci = options.helmCiValues === false ? [] : ciValuesFiles(chart, files);
  if (!ci.length) return [{ kind: "helm", path: chart, helm: base }];
  return ci.map((file) => ({ kind: "helm", path: chart, variant: ciVariantName(file), helm: { ...base, valuesFiles: [...base.valuesFiles.filter((other) => other !== file), file] } }));
}
function ciValuesFiles(chart, files) {
  const prefix = chart === "." ? "ci/" : `${chart}/ci/`;
  return files.filter((file) => file.startsWith(prefix) && /^[^/]+-values\.ya?ml$/.test(file.slice(prefix.length)));
}
function ciVariantName(file) {
  return basename4(file).replace(/-values\.ya?ml$/, "");
}
function withVariants(targets, variants) {
  return targets.flatMap((target) => {
    const own = variants.filter((variant) => variant.path === target.path);
    if (!own.length) return [target];
    return own.map((variant) => ({
      ...target,
      variant: variant.name,
      ...variant.namespace && { kustomize: { ...target.kustomize, namespace: variant.namespace } }
    }));
  });
}
function checkVariants(variants, targets) {
  const problems = variants.flatMap((variant) => {
    const target = targets.find((candidate) => candidate.path === variant.path && candidate.kind !== "manifests");
    if (!target) return [`Invalid variants entry '${variant.path}' (${variant.name}). Expected a Helm chart or kustomization directory that is checked (under paths).`];
    const helmOnly = variant.valuesFiles.length || variant.set.length || variant.releaseName || variant.kubeVersion || variant.apiVersions.length;
    if (target.kind === "kustomize" && helmOnly) {
      return [`Invalid variants entry '${variant.path}' (${variant.name}): it is a kustomization, which takes only a namespace. Expected values-files, set, release-name, kube-version and api-versions on Helm charts only.`];
    }
    return [];
  });
  if (problems.length) throw new ConfigError(problems);
}

// src/secrets/provenance.ts
var import_yaml4 = __toESM(require_dist(), 1);
function traceSecretValues(values, sources, known = []) {
  const scalars = new ScalarIndex();
  const texts = [...sources.map((source) => source.text), ...known];
  return values.map(({ field, key, value }) => {
    const { raw, encoded } = forms(field, value);
    const deployed = sources.filter((source) => !source.fixture);
    const fixture = locate(raw, encoded, sources.filter((source) => source.fixture), scalars);
    if (fixture) {
      const also = locate(raw, encoded, deployed, scalars, true);
      return also ? { field, key, origin: "committed", ...also } : { field, key, origin: "fixture", ...fixture };
    }
    const found = locate(raw, encoded, deployed, scalars);
    if (found) return { field, key, origin: "committed", ...found };
    const token = raw === void 0 ? void 0 : unknownRandomToken(raw, texts);
    return token === void 0 ? { field, key, origin: "undecided" } : { field, key, origin: "generated", token };
  });
}
function plainSecretVerdict(provenances) {
  if (provenances.length > 0 && provenances.every((provenance) => provenance.origin === "generated" || provenance.origin === "fixture")) return { report: false };
  const committed = provenances.find((provenance) => provenance.origin === "committed");
  return committed?.origin === "committed" ? { report: true, location: { file: committed.file, line: committed.line } } : { report: true };
}
var LISTED = /^(plain-text values committed to the repository \()([^)]*)(\))/;
function plainSecretKeys(message) {
  const list5 = LISTED.exec(message)?.[2];
  if (!list5) return void 0;
  const [credentials = "", identifiers] = list5.split(", beside ");
  const read = (entries, identifier) => entries.split(", ").map((entry) => {
    const match = /^(data|stringData)\.([-._a-zA-Z0-9]+?)(?:\[([-._a-zA-Z0-9]+)\])?$/.exec(entry);
    return match ? { field: match[1], key: match[2], ...match[3] && { inner: match[3] }, ...identifier && { identifier: true } } : void 0;
  });
  const keys = [...read(credentials, false), ...identifiers === void 0 ? [] : read(identifiers, true)];
  return keys.every((key) => key !== void 0) ? keys : void 0;
}
function listOnly(message, kept) {
  const listed = LISTED.exec(message);
  if (!listed) return message;
  const identifiers = listed[2].split(", beside ")[1];
  const list5 = kept.map(({ field, key, inner }) => `${field}.${key}${inner ? `[${inner}]` : ""}`).join(", ") + (identifiers === void 0 ? "" : `, beside ${identifiers}`);
  return `${listed[1]}${list5}${listed[3]}${message.slice(listed[0].length)}`;
}
function secretValues(object, keys) {
  return keys.flatMap(({ field, key, inner }) => {
    const map = object[field];
    const value = map !== null && typeof map === "object" ? map[key] : void 0;
    return typeof value === "string" ? [{ field, key, value, ...inner && { inner } }] : [];
  });
}
function innerValue(config, inner) {
  const escaped = inner.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const entry = new RegExp(`(?:^|[\\s"'{,])${escaped}["']?\\s*[:=]\\s*("[^"]*"|'[^']*'|[^\\s,}\\]]+)`);
  for (const line of config.split("\n")) {
    const value = entry.exec(line)?.[1];
    if (value) return /^["']/.test(value) ? value.slice(1, -1) : value;
  }
  return void 0;
}
function forms(field, value) {
  if (field === "stringData") return { raw: value, encoded: Buffer.from(value).toString("base64") };
  const encoded = value.replace(/\s+/g, "");
  const bytes = Buffer.from(encoded, "base64");
  if (bytes.toString("base64") !== encoded) return { raw: value, encoded: value };
  try {
    return { raw: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoded };
  } catch {
    return { encoded };
  }
}
function locate(raw, encoded, sources, scalars, valuesOnly = false) {
  const needles = [raw, encoded].filter((needle) => needle !== void 0 && needle.trim() !== "");
  for (const { file, text } of sources) {
    const offsets = needles.map((needle) => wordOffset(text, needle));
    if (/\.(ya?ml|json)$/i.test(file) && (offsets.some((offset2) => offset2 !== -1) || mayBeEscaped(raw, text))) {
      const line = scalars.lineOf(file, text, needles, valuesOnly);
      if (line !== void 0) return { file, line };
      if (valuesOnly) continue;
    }
    const offset = offsets.find((candidate) => candidate !== -1);
    if (offset !== void 0) return { file, line: lineAt(text, offset) };
  }
  return void 0;
}
function wordOffset(text, needle) {
  for (let at3 = text.indexOf(needle); at3 !== -1; at3 = text.indexOf(needle, at3 + 1)) {
    if (!isWordCharacter(text[at3 - 1]) || !isWordCharacter(needle[0])) {
      if (!isWordCharacter(text[at3 + needle.length]) || !isWordCharacter(needle[needle.length - 1])) return at3;
    }
  }
  return -1;
}
function isWordCharacter(character) {
  return character !== void 0 && /[A-Za-z0-9+/=_]/.test(character);
}
function mayBeEscaped(raw, text) {
  if (raw === void 0 || !/["'\\\n\t]/.test(raw)) return false;
  const longest = (raw.match(/[A-Za-z0-9]+/g) ?? []).reduce((a, b) => b.length > a.length ? b : a, "");
  return longest.length >= 4 && text.includes(longest);
}
var ScalarIndex = class {
  files = /* @__PURE__ */ new Map();
  lineOf(file, text, needles, valuesOnly = false) {
    let scalars = this.files.get(file);
    if (!scalars) {
      scalars = readScalars(text);
      this.files.set(file, scalars);
    }
    return scalars.find((scalar) => needles.includes(scalar.value) && !(valuesOnly && scalar.isKey))?.line;
  }
};
function readScalars(text) {
  const lineCounter = new import_yaml4.LineCounter();
  const scalars = [];
  for (const document of (0, import_yaml4.parseAllDocuments)(text, { version: "1.1", lineCounter, uniqueKeys: false, prettyErrors: false })) {
    (0, import_yaml4.visit)(document, {
      Scalar(key, node) {
        if (!(0, import_yaml4.isScalar)(node) || !node.range) return;
        const value = typeof node.value === "string" ? node.value : node.source ?? String(node.value);
        scalars.push({ value, line: lineCounter.linePos(node.range[0]).line, isKey: key === "key" });
      }
    });
  }
  return scalars;
}
function unknownRandomToken(raw, texts) {
  for (const token of new Set(raw.match(/[A-Za-z0-9]{8,}/g) ?? [])) {
    const kinds = [/[a-z]/, /[A-Z]/, /[0-9]/].filter((kind) => kind.test(token)).length;
    if (kinds >= 2 && !texts.some((text) => text.includes(token))) return token;
  }
  return void 0;
}
function lineAt(text, offset) {
  let line = 1;
  for (let at3 = text.indexOf("\n"); at3 !== -1 && at3 < offset; at3 = text.indexOf("\n", at3 + 1)) line++;
  return line;
}

// src/secrets/trace.ts
var PLAIN_SECRET = "plain-secret";
function createSecretTracer(repository) {
  let everything;
  return (resource, message) => {
    const credentials = (plainSecretKeys(message) ?? []).filter((key) => !key.identifier);
    const values = secretValues(resource.object, credentials);
    if (values.length === 0) return { report: true };
    const sources = sourceFiles(resource).flatMap((file) => {
      const text = repository.read(file);
      return text === void 0 ? [] : [{ file, text, ...isTestFixture(file, resource.target) && { fixture: true } }];
    });
    everything ??= [...repository.files()].flatMap((file) => repository.read(file) ?? []);
    const known = [...renderSettings(resource.target), ...everything];
    const whole = traceSecretValues(values, sources, known);
    const provenances = values.some((value) => value.inner) ? byInnerCredential(whole, traceSecretValues(values.map(innerCredential), sources, known)) : whole;
    const verdict = plainSecretVerdict(provenances);
    const kept = provenances.filter((provenance) => provenance.origin !== "generated" && provenance.origin !== "fixture");
    if (!verdict.report || kept.length === provenances.length) return verdict;
    return { ...verdict, message: listOnly(message, credentials.filter((key) => kept.some((provenance) => provenance.field === key.field && provenance.key === key.key))) };
  };
}
function sourceFiles(resource) {
  const { target, document } = resource;
  const isValues = (file) => /(^|[-_.])values([-_.][^/]*)?\.(ya?ml|json)$/i.test(basename5(file));
  const ordered = [
    ...[...target.helm?.valuesFiles ?? []].reverse(),
    ...target.deployedBy ? [target.deployedBy.file] : [],
    ...document.relatedFiles.filter(isValues),
    document.sourceFile,
    ...document.relatedFiles.filter((file) => !isValues(file))
  ];
  return [...new Set(ordered)];
}
function byInnerCredential(whole, inner) {
  return whole.map((provenance, index) => {
    const credential = inner[index];
    if (provenance.origin === "committed" || provenance.origin === "fixture") {
      const inside = credential.origin === provenance.origin && credential.file === provenance.file && credential.line >= provenance.line;
      return inside ? credential : provenance;
    }
    return credential;
  });
}
function innerCredential(value) {
  if (!value.inner) return value;
  const config = value.field === "data" ? Buffer.from(value.value, "base64").toString("utf8") : value.value;
  const inner = innerValue(config, value.inner);
  if (inner === void 0) return value;
  return { field: value.field, key: value.key, value: value.field === "data" ? Buffer.from(inner).toString("base64") : inner };
}
function isTestFixture(file, target) {
  return target.kind === "helm" && target.chart === void 0 && ciValuesFiles(target.path, [file]).length > 0;
}
function renderSettings(target) {
  const helm = target.helm;
  return [helm?.releaseName, helm?.namespace, ...helm?.values ?? [], ...helm?.set ?? [], target.kustomize?.namespace, ...Object.values(target.substitute ?? {})].filter(
    (text) => typeof text === "string" && text !== ""
  );
}

// src/model.ts
var SEVERITIES = ["error", "warning", "notice"];
var PIPELINE_RULES = {
  render: "render-error",
  parse: "parse-error",
  evaluation: "evaluation-error"
};

// src/config/exceptions.ts
import { matchesGlob as matchesGlob2 } from "node:path/posix";
var EXCEPTION_EXPIRED = "exception-expired";
var EXCEPTION_UNUSED = "exception-unused";
var NAMED_ONLY = /* @__PURE__ */ new Set([...Object.values(PIPELINE_RULES), "not-checked"]);
function applyExceptions(findings, exceptions, now) {
  const active = exceptions.filter((exception) => !hasExpired(exception, now));
  const used = /* @__PURE__ */ new Set();
  const marked = findings.map((finding) => {
    const matching = active.filter((exception) => matchesFinding(exception, finding));
    matching.forEach((exception) => used.add(exception));
    const first = matching[0];
    return first && !finding.suppressed ? { ...finding, suppressed: suppressionBy(first) } : finding;
  });
  const expired = exceptions.filter((exception) => hasExpired(exception, now)).map((exception) => expiredFinding(exception, findings));
  const unused = active.filter((exception) => !used.has(exception)).map(unusedFinding);
  return [...marked, ...expired, ...unused];
}
function hasExpired(exception, now) {
  if (exception.expires === void 0) return false;
  const [year, month, day] = exception.expires.split("-").map(Number);
  return now.getTime() >= Date.UTC(year, month - 1, day + 1);
}
function matchesFinding(exception, finding) {
  if (!exception.rules.some((pattern2) => matchesRule(pattern2, finding.ruleId))) return false;
  const resource = finding.resource;
  const namespace = resource?.namespace ?? finding.target.helm?.namespace;
  return matchesName(exception.kind, resource?.kind) && matchesName(exception.namespace, namespace) && matchesName(exception.name, resource?.name) && matchesPath2(exception.target, finding.target.path) && matchesPath2(exception.file, finding.location?.file);
}
var PROBES = {
  rules: ["privileged", "host-namespaces", "main.deny", "x"],
  names: ["x", "web-1", "kube-system", "a.b_c", "Deployment", "ClusterRoleBinding"],
  paths: ["x", "deploy/web/pod.yaml", "charts/a/templates/b.yaml", ".github/k8s/x.yaml"]
};
function selectsEverything(exception) {
  const all = (pattern2, probes, match) => pattern2 === void 0 || probes.every((probe) => match(pattern2, probe));
  const everyRule = exception.rules.some((pattern2) => PROBES.rules.every((id) => matchesGlob2(id, pattern2)));
  const names = (pattern2, value) => matchesName(pattern2, value);
  const paths = (pattern2, value) => matchesPath2(pattern2, value);
  return everyRule && all(exception.kind, PROBES.names, names) && all(exception.namespace, PROBES.names, names) && all(exception.name, PROBES.names, names) && all(exception.target, PROBES.paths, paths) && all(exception.file, PROBES.paths, paths);
}
function matchesRule(pattern2, ruleId) {
  if (pattern2 === ruleId) return true;
  return !NAMED_ONLY.has(ruleId) && matchesGlob2(ruleId, pattern2);
}
function matchesName(pattern2, value) {
  if (pattern2 === void 0) return true;
  return value !== void 0 && matchesGlob2(value, pattern2);
}
function matchesPath2(pattern2, path) {
  if (pattern2 === void 0) return true;
  if (path === void 0) return false;
  const clean = pattern2.replace(/^\.\/+/, "").replace(/\/+$/, "");
  return [clean, `${clean}/**`].some((glob) => matchesGlob2(hideDots2(path), hideDots2(glob)));
}
function hideDots2(text) {
  return text.replace(/(^|[/{,])\.(?=[^/])/g, "$1");
}
function suppressionBy(exception) {
  const { reason, owner, expires, source } = exception;
  return { by: "config", reason, ...owner === void 0 ? {} : { owner }, ...expires === void 0 ? {} : { expires }, file: source.file, line: source.line };
}
function expiredFinding(exception, findings) {
  const hidden = findings.filter((finding) => matchesFinding(exception, finding)).length;
  const now = hidden === 0 ? "it matches no finding now; remove it" : `${hidden === 1 ? "1 finding it accepted is" : `${hidden} findings it accepted are`} reported again; fix them, or renew the exception with a new date`;
  return configFinding(exception, {
    ruleId: EXCEPTION_EXPIRED,
    severity: "error",
    title: "Exception expired",
    message: `${describeException(exception)} expired on ${exception.expires}: ${now}`
  });
}
function unusedFinding(exception) {
  return configFinding(exception, {
    ruleId: EXCEPTION_UNUSED,
    severity: "notice",
    title: "Exception matched nothing",
    message: `${describeException(exception)} matched no finding: remove it, or correct its rules or selector`
  });
}
function configFinding(exception, fields) {
  const { file, line } = exception.source;
  return { ...fields, target: { kind: "manifests", path: file }, location: { file, line } };
}
function describeException(exception) {
  const selector = ["kind", "namespace", "name", "target", "file"].filter((key) => exception[key] !== void 0).map((key) => `${key} ${exception[key]}`);
  const on = selector.length ? ` on ${selector.join(", ")}` : "";
  const owner = exception.owner === void 0 ? "" : `owner: ${exception.owner}; `;
  return `the exception for ${exception.rules.join(", ")}${on} (${owner}reason: ${exception.reason})`;
}
function appliedExceptions(findings) {
  const applied = /* @__PURE__ */ new Map();
  for (const { suppressed } of findings) {
    if (!suppressed) continue;
    const key = JSON.stringify([suppressed.by, suppressed.file, suppressed.line, suppressed.reason]);
    const entry = applied.get(key);
    if (entry) entry.findings++;
    else applied.set(key, { ...suppressed, findings: 1 });
  }
  return [...applied.values()];
}

// src/config/annotations.ts
var IGNORE_ANNOTATION = "kube-policy-gate.io/ignore";
var IGNORE_REASON_ANNOTATION = "kube-policy-gate.io/ignore-reason";
var IGNORE_WITHOUT_REASON = "ignore-without-reason";
var IGNORE_UNKNOWN_RULE = "ignore-unknown-rule";
var IGNORE_FIELD_PATH = ["metadata", "annotations", IGNORE_ANNOTATION];
function applyAnnotations(resource, findings, knownIds, locate2) {
  const annotations = annotationsOf(resource.object);
  const value = annotations[IGNORE_ANNOTATION];
  if (value === void 0) return { findings, warnings: [] };
  const location = locate2?.(IGNORE_FIELD_PATH);
  const reason = typeof annotations[IGNORE_REASON_ANNOTATION] === "string" ? annotations[IGNORE_REASON_ANNOTATION].trim() : "";
  if (!reason) return { findings, warnings: [withoutReason(resource, location)] };
  const ids = String(value).split(",").map((id) => id.trim()).filter(Boolean);
  const unknown = ids.filter((id) => id !== "*" && !knownIds.includes(id));
  const suppression = { by: "annotation", reason, ...location ? { file: location.file, line: location.line } : {} };
  const marked = findings.map(
    (finding) => !finding.suppressed && ids.some((id) => id === finding.ruleId || id === "*" && matchesRule(id, finding.ruleId)) ? { ...finding, suppressed: suppression } : finding
  );
  return { findings: marked, warnings: unknown.map((id) => unknownRule(resource, id, knownIds, location)) };
}
function annotationsOf(object) {
  const metadata = object.metadata;
  if (typeof metadata !== "object" || metadata === null) return {};
  const annotations = metadata.annotations;
  return typeof annotations === "object" && annotations !== null ? annotations : {};
}
function withoutReason(resource, location) {
  return warning(resource, location, {
    ruleId: IGNORE_WITHOUT_REASON,
    title: "Ignore annotation without a reason",
    message: `${IGNORE_ANNOTATION} on ${resource.kind} ${resource.name} is not applied: it needs a non-empty ${IGNORE_REASON_ANNOTATION} annotation saying why the findings are acceptable`
  });
}
function unknownRule(resource, id, knownIds, location) {
  return warning(resource, location, {
    ruleId: IGNORE_UNKNOWN_RULE,
    title: "Ignore annotation names an unknown rule",
    message: `${IGNORE_ANNOTATION} on ${resource.kind} ${resource.name} names '${id}', which is no rule${suggestion(id, knownIds)}; it ignores nothing`
  });
}
function warning(resource, location, fields) {
  const { apiVersion, kind, namespace, name } = resource;
  return {
    ...fields,
    severity: "warning",
    target: resource.target,
    resource: namespace === void 0 ? { apiVersion, kind, name } : { apiVersion, kind, namespace, name },
    fieldPath: IGNORE_FIELD_PATH,
    ...location ? { location } : {}
  };
}

// src/config/rules.ts
import { matchesGlob as matchesGlob3 } from "node:path/posix";

// src/config/document.ts
var import_yaml5 = __toESM(require_dist(), 1);
var MAX_CONFIG_BYTES = 1024 * 1024;
var MAX_CONFIG_DEPTH = 64;
var MAX_CONFIG_ALIASES = 100;
function parseConfigDocument(file, text) {
  const size = Buffer.byteLength(text);
  if (size > MAX_CONFIG_BYTES) throw new ConfigError(`${file}: ${size} bytes is too big for a config file; expected at most ${MAX_CONFIG_BYTES} bytes (1 MiB) of settings`);
  const lineCounter = new import_yaml5.LineCounter();
  const doc = (0, import_yaml5.parseDocument)(text, { lineCounter, uniqueKeys: false, prettyErrors: false, version: "1.2", schema: "core" });
  const syntax = doc.errors[0];
  if (syntax) {
    const line = lineCounter.linePos(syntax.pos[0]).line;
    const why = /call stack/i.test(syntax.message) ? `nested too deeply; expected settings at most ${MAX_CONFIG_DEPTH} levels deep` : `YAML syntax error: ${syntax.message}; expected a YAML mapping of settings`;
    throw new ConfigError(`${file}:${line}: ${why}`);
  }
  const lines = /* @__PURE__ */ new Map();
  const sources = /* @__PURE__ */ new Map();
  const duplicates = [];
  const lineOf2 = (node) => lineCounter.linePos(node?.range?.[0] ?? 0).line;
  const visit3 = (node, path, line) => {
    if (path.length > MAX_CONFIG_DEPTH) throw new ConfigError(`${file}:${line}: nested more than ${MAX_CONFIG_DEPTH} levels deep; expected settings at most ${MAX_CONFIG_DEPTH} levels deep`);
    lines.set(pathKey(path), line);
    if ((0, import_yaml5.isScalar)(node) && node.source !== void 0) sources.set(pathKey(path), String(node.source));
    if ((0, import_yaml5.isSeq)(node)) node.items.forEach((item, index) => visit3(item, [...path, index], lineOf2(item)));
    if (!(0, import_yaml5.isMap)(node)) return;
    const seen = /* @__PURE__ */ new Map();
    for (const pair of node.items) {
      const key = (0, import_yaml5.isScalar)(pair.key) ? String(pair.key.value) : String(pair.key);
      const keyLine = lineOf2(pair.key);
      const first = seen.get(key);
      if (first !== void 0) duplicates.push(`${file}:${keyLine}: ${formatKeyPath([...path, key])}: duplicate key '${key}' (first at line ${first}); expected each key once`);
      else seen.set(key, keyLine);
      if (first === void 0) visit3(pair.value, [...path, key], keyLine);
    }
  };
  visit3(doc.contents, [], lineOf2(doc.contents));
  const value = toValue(file, doc, lineCounter);
  return { file, value: value ?? void 0, lines, sources, duplicates };
}
function toValue(file, doc, lineCounter) {
  try {
    return doc.toJS({ maxAliasCount: MAX_CONFIG_ALIASES });
  } catch (error) {
    let first;
    (0, import_yaml5.visit)(doc, { Alias: (_key, node) => (first ??= node, import_yaml5.visit.BREAK) });
    const line = lineCounter.linePos(first?.range?.[0] ?? 0).line;
    const why = error instanceof ReferenceError ? `its aliases expand past ${MAX_CONFIG_ALIASES} nodes (an alias bomb)` : `it could not be read (${errorMessage(error)})`;
    throw new ConfigError(`${file}:${line}: ${why}; expected plain settings, with few aliases (*name)`);
  }
}
function lineAt2(document, path) {
  for (let depth = path.length; depth >= 0; depth--) {
    const line = document.lines.get(pathKey(path.slice(0, depth)));
    if (line !== void 0) return line;
  }
  return 1;
}
function pathKey(path) {
  return JSON.stringify(path.map(String));
}
function formatKeyPath(path) {
  if (path.length === 0) return "top level";
  return path.map((segment, index) => {
    if (typeof segment === "number") return `[${segment}]`;
    if (!/^[A-Za-z0-9_-]+$/.test(segment)) return `[${JSON.stringify(segment)}]`;
    return index === 0 ? segment : `.${segment}`;
  }).join("");
}
function problemAt(document, path, message) {
  return `${document.file}:${lineAt2(document, path)}: ${formatKeyPath(path)}: ${message}`;
}

// src/config/rules.ts
var EXCEPTABLE_FINDINGS = [...Object.values(PIPELINE_RULES), "not-checked", "namespace-pss-relaxed"];
function checkRuleIds(applied, rules, otherIds = EXCEPTABLE_FINDINGS) {
  const config = applied.trust ? applied.trust.proposed : applied;
  const problems = config ? ruleIdProblems(config, rules, otherIds) : [];
  if (problems.length) throw new ConfigError(problems);
}
function ruleIdProblems(config, rules, otherIds = EXCEPTABLE_FINDINGS) {
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const ids = [...byId.keys()];
  const problems = [];
  const at3 = (path, message) => problems.push(problemAt(config.document, path, message));
  for (const [id, setting] of Object.entries(config.rules)) {
    const rule = byId.get(id);
    if (!rule) at3(["rules", id], `unknown rule '${id}'${suggestion(id, ids)}; expected a rule id of the bundled or your own policies`);
    else if (rule.parameters) for (const problem of parameterProblems(rule, rule.parameters, setting.parameters ?? {})) at3(["rules", id, "parameters", ...problem.path], problem.message);
  }
  const exceptable = [...ids, ...otherIds];
  config.exceptions.forEach((exception, index) => {
    exception.rules.forEach((pattern2, position) => {
      if (pattern2 === "*" || exceptable.some((id) => id === pattern2 || matchesGlob3(id, pattern2))) return;
      at3(exceptionRulePath(config, index, position), `'${pattern2}' matches no rule${suggestion(pattern2, exceptable)}; expected a rule id or a glob of rule ids`);
    });
  });
  return problems;
}
function exceptionRulePath(config, index, position) {
  const entries = config.document.value.exceptions;
  return Array.isArray(entries?.[index]?.rules) ? ["exceptions", index, "rules", position] : ["exceptions", index, "rules"];
}
function parameterProblems(rule, known, parameters) {
  const names = known.map((parameter) => parameter.name);
  return Object.entries(parameters).flatMap(([name, value]) => {
    const parameter = known.find((candidate) => candidate.name === name);
    if (!parameter) {
      const expected = names.length ? `expected one of ${names.join(", ")}` : `rule ${rule.id} takes no parameters`;
      return [{ path: [name], message: `unknown parameter '${name}' of rule ${rule.id}${suggestion(name, names)}; ${expected}` }];
    }
    if (parameter.type && !hasType(value, parameter.type)) {
      return [{ path: [name], message: `${JSON.stringify(value)} is ${jsonType(value)}; expected ${parameter.type}` }];
    }
    const itemType = parameter.items?.type;
    if (itemType && Array.isArray(value)) {
      const index = value.findIndex((item) => !hasType(item, itemType));
      if (index >= 0) return [{ path: [name, index], message: `${JSON.stringify(value[index])} is ${jsonType(value[index])}; expected a list of ${itemType}s` }];
    }
    return [];
  });
}
function hasType(value, type) {
  const actual = jsonType(value);
  if (type === "integer") return Number.isInteger(value);
  if (type === "number") return actual === "number";
  return !["string", "boolean", "array", "object", "null"].includes(type) || actual === type;
}
function jsonType(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}
function ruleChoices(config) {
  const choices = { enabled: [], disabled: [], severities: {}, parameters: {} };
  for (const [id, setting] of Object.entries(config?.rules ?? {})) {
    if (setting.enabled === true) choices.enabled.push(id);
    if (setting.enabled === false) choices.disabled.push(id);
    if (setting.severity) choices.severities[id] = setting.severity;
    if (setting.parameters) choices.parameters[id] = setting.parameters;
  }
  return choices;
}
function configureRules(rules, choices) {
  const disabled = new Set(choices.disabled);
  return rules.filter((rule) => !disabled.has(rule.id)).map((rule) => choices.severities[rule.id] ? { ...rule, severity: choices.severities[rule.id] } : rule);
}
function parameterData(rules, choices) {
  const packages = new Map(rules.map((rule) => [rule.id, rule.package]));
  return Object.fromEntries(Object.entries(choices.parameters).flatMap(([id, values]) => packages.has(id) ? [[packages.get(id), values]] : []));
}
function describeConfiguration(config) {
  if (!config) return void 0;
  const choices = ruleChoices(config);
  return {
    file: config.file,
    disabled: choices.disabled,
    enabled: choices.enabled,
    regraded: Object.entries(choices.severities).map(([rule, severity]) => ({ rule, severity })),
    parameters: Object.keys(choices.parameters),
    exceptions: config.exceptions.length,
    ...config.trust && { pending: config.trust.pending, trustedFrom: config.trust.base }
  };
}

// src/render/randomnames.ts
var RANDOM = /\b(?:randAlphaNum|randAlpha|randNumeric|randAscii|randInt|randBytes|uuidv4|now|unixEpoch|date|dateInZone|htmlDate|htmlDateInZone|genPrivateKey)\b/;
var NAME_LINE = /^\s*(?:-\s+)?name:\s*(.*?)\s*$/;
var ACTION = /\{\{[\s\S]*?\}\}/g;
function randomNamePatterns(template) {
  if (!RANDOM.test(template)) return [];
  const patterns = [];
  for (const line of template.split("\n")) {
    const value = NAME_LINE.exec(line)?.[1];
    if (!value || !RANDOM.test(value)) continue;
    const unquoted = /^(["'])(.*)\1$/.exec(value)?.[2] ?? value;
    let source = "^";
    const random = [];
    let from = 0;
    for (const action of unquoted.matchAll(ACTION)) {
      source += escape(unquoted.slice(from, action.index));
      source += "(.*?)";
      random.push(RANDOM.test(action[0]));
      from = action.index + action[0].length;
    }
    source += `${escape(unquoted.slice(from))}$`;
    patterns.push({ source, random });
  }
  return patterns;
}
function stableName(name, patterns) {
  for (const pattern2 of patterns ?? []) {
    const match = new RegExp(pattern2.source, "sd").exec(name);
    if (!match?.indices) continue;
    let rebuilt = "";
    let from = 0;
    pattern2.random.forEach((random, index) => {
      const [start, end] = match.indices[index + 1] ?? [from, from];
      rebuilt += name.slice(from, start) + (random ? "*" : name.slice(start, end));
      from = end;
    });
    return rebuilt + name.slice(from);
  }
  return void 0;
}
function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// src/policy/decision.ts
var ENFORCE_LABEL = "pod-security.kubernetes.io/enforce";
var NAMESPACE_RELAXED = "namespace-pss-relaxed";
var STRICTNESS = { privileged: 0, baseline: 1, restricted: 2 };
function profileLevel(profile) {
  return profile === "baseline" ? "baseline" : "restricted";
}
function ruleSelected(rule, profile, enabled = /* @__PURE__ */ new Set(), namespaceLevel) {
  if (enabled.has(rule.id) || rule.custom) return true;
  if (rule.optional) return profile === "hardened";
  const pss = rule.profiles.includes("baseline") || rule.profiles.includes("restricted");
  if (!pss) return profile === "default" || profile === "hardened";
  const level = namespaceLevel ?? profileLevel(profile);
  return level === "restricted" || level === "baseline" && rule.profiles.includes("baseline");
}
function rulesToRun(rules, profile, enabled = /* @__PURE__ */ new Set()) {
  return rules.filter((rule) => ruleSelected(rule, profile, enabled, "restricted") || ruleSelected(rule, profile, enabled)).map((rule) => rule.package);
}
function namespaceLevels(resources) {
  const levels = /* @__PURE__ */ new Map();
  for (const resource of resources) {
    const level = enforceLevel(resource);
    if (level === void 0) continue;
    const known = levels.get(resource.name);
    if (known === void 0 || STRICTNESS[level] > STRICTNESS[known]) levels.set(resource.name, level);
  }
  return levels;
}
function enforceLevel(resource) {
  if (resource.kind !== "Namespace" || resource.apiVersion !== "v1") return void 0;
  const labels = resource.object.metadata?.labels;
  const value = labels?.[ENFORCE_LABEL];
  if (value === void 0) return void 0;
  return value === "privileged" || value === "baseline" ? value : "restricted";
}
function createDecider(rules, selection, locate2, traceSecret) {
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const trusted = selection.trustNamespaceLabels === false ? void 0 : selection.namespaces;
  const floor = profileLevel(selection.profile);
  let hidden = /* @__PURE__ */ new Map();
  let counted = /* @__PURE__ */ new WeakSet();
  let findings = [];
  let annotated = /* @__PURE__ */ new Set();
  let relaxing = /* @__PURE__ */ new Set();
  const hide = (namespace, resource) => {
    const entry = hidden.get(namespace) ?? { findings: 0, objects: 0 };
    entry.findings++;
    if (!counted.has(resource)) entry.objects++;
    counted.add(resource);
    hidden.set(namespace, entry);
  };
  return {
    add(evaluations) {
      for (const evaluation2 of evaluations) {
        const { resource } = evaluation2;
        if (hasIgnoreAnnotation(resource.object)) annotated.add(resource);
        const level = enforceLevel(resource);
        if (level !== void 0 && STRICTNESS[level] < STRICTNESS[floor]) relaxing.add(resource);
        if ("error" in evaluation2) {
          findings.push({ ...evaluationFailure(resource, evaluation2.error), location: locate2(resource, []) });
          continue;
        }
        const namespace = resource.namespace ?? "default";
        for (const violation of evaluation2.violations) {
          if (selection.disabled?.has(violation.rule)) continue;
          const rule = byId.get(violation.rule);
          if (rule && !ruleSelected(rule, selection.profile, selection.enabled, trusted?.get(namespace))) {
            if (ruleSelected(rule, selection.profile, selection.enabled)) hide(namespace, resource);
            continue;
          }
          if (violation.rule === PLAIN_SECRET && traceSecret) {
            const verdict = traceSecret(resource, violation.message);
            if (!verdict.report) continue;
            findings.push({ ...violationFinding(resource, violation, rule, locate2), ...verdict.location && { location: verdict.location }, ...verdict.message && { message: verdict.message } });
            continue;
          }
          findings.push(violationFinding(resource, violation, rule, locate2));
        }
      }
    },
    take() {
      const part = { findings, hidden: [...hidden], annotated: [...annotated], relaxing: [...relaxing] };
      [findings, hidden, counted, annotated, relaxing] = [[], /* @__PURE__ */ new Map(), /* @__PURE__ */ new WeakSet(), /* @__PURE__ */ new Set(), /* @__PURE__ */ new Set()];
      return part;
    },
    merge(part) {
      for (const finding of part.findings) findings.push(finding);
      for (const [namespace, entry] of part.hidden) {
        const known = hidden.get(namespace) ?? { findings: 0, objects: 0 };
        hidden.set(namespace, { findings: known.findings + entry.findings, objects: known.objects + entry.objects });
      }
      for (const resource of part.annotated) annotated.add(resource);
      for (const resource of part.relaxing) relaxing.add(resource);
    },
    finish() {
      const all = [...findings, ...relaxedNamespaces([...relaxing], selection, hidden, locate2)];
      return honourAnnotations(all, [...annotated], [...byId.keys(), ...EXCEPTABLE_FINDINGS], locate2);
    }
  };
}
function honourAnnotations(findings, annotated, knownIds, locate2) {
  if (annotated.length === 0) return findings;
  const result = [...findings];
  const warnings = [];
  for (const resource of annotated) {
    const own = result.flatMap((finding, index) => finding.target === resource.target && sameObject(finding.resource, resource) ? [index] : []);
    const applied = applyAnnotations(resource, own.map((index) => result[index]), knownIds, (path) => locate2(resource, path));
    own.forEach((index, position) => result[index] = applied.findings[position]);
    warnings.push(...applied.warnings);
  }
  return [...result, ...warnings];
}
function hasIgnoreAnnotation(object) {
  const annotations = object.metadata?.annotations;
  return typeof annotations === "object" && annotations !== null && IGNORE_ANNOTATION in annotations;
}
function sameObject(ref, resource) {
  return ref !== void 0 && ref.kind === resource.kind && ref.name === resource.name && ref.namespace === resource.namespace && ref.apiVersion === resource.apiVersion;
}
function violationFinding(resource, violation, rule, locate2) {
  return {
    ruleId: violation.rule,
    severity: rule?.severity ?? "error",
    title: rule?.title ?? violation.rule,
    message: violation.message,
    target: resource.target,
    resource: identity(resource),
    fieldPath: violation.path,
    location: locate2(resource, violation.path)
  };
}
function relaxedNamespaces(resources, selection, hidden, locate2) {
  const floor = profileLevel(selection.profile);
  const fieldPath = ["metadata", "labels", ENFORCE_LABEL];
  return resources.flatMap((resource) => {
    const level = enforceLevel(resource);
    if (level === void 0 || STRICTNESS[level] >= STRICTNESS[floor]) return [];
    const hides = hidden.get(resource.name);
    const finding = {
      ruleId: NAMESPACE_RELAXED,
      severity: hides ? "error" : "notice",
      title: "Namespace relaxes Pod Security",
      message: `Namespace ${resource.name} enforces Pod Security level ${level}, below ${floor}: ${consequence(floor, level, hides, selection.trustNamespaceLabels !== false)}`,
      target: resource.target,
      resource: identity(resource),
      fieldPath,
      location: locate2(resource, fieldPath)
    };
    return [finding];
  });
}
function consequence(floor, level, hides, trusted) {
  if (!trusted) return `the label is not trusted (trust-namespace-labels is false), so its objects are judged at ${floor}`;
  if (!hides) return `it hides no finding today, but Pods in it are judged at ${level}`;
  const objects = hides.objects;
  return `${count(hides.findings, "finding")} on ${count(objects, "object")} in it ${hides.findings === 1 ? "is" : "are"} not reported`;
}
function count(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function identity(resource) {
  const { apiVersion, kind, namespace, name } = resource;
  const stable = stableName(name, resource.document.randomNames);
  return { apiVersion, kind, ...namespace !== void 0 && { namespace }, name, ...stable !== void 0 && { stableName: stable } };
}
function evaluationFailure(resource, error) {
  return {
    ruleId: PIPELINE_RULES.evaluation,
    severity: "error",
    title: "Could not evaluate an object",
    message: `policy evaluation failed: ${error}`,
    target: resource.target,
    resource: identity(resource),
    fieldPath: []
  };
}

// src/manifests/source.ts
import { readFileSync, statSync } from "node:fs";
import { join as join9 } from "node:path";

// src/manifests/templatescan.ts
var ACTION2 = /\{\{-?([\s\S]*?)-?\}\}/g;
var CONTROL_WORD = /^\s*(if|else|end|with|range|define|block|break|continue)\b|^\s*\/\*|^\s*\$[\w]*\s*:?=/;
var VALUES_REF = /(?<![\w)\]])\$?\.Values((?:\.[\w-]+)*)/g;
function scanTemplate(text) {
  const lines = logicalLines(text).map(({ line, raw }) => classify(line, raw));
  linkStructure(lines);
  resolveScopes(lines);
  return lines;
}
function logicalLines(text) {
  const physical = text.split("\n");
  const out = [];
  for (let i = 0; i < physical.length; i++) {
    let raw = physical[i].replace(/\r$/, "");
    const start = i;
    while (countOf(raw, "{{") > countOf(raw, "}}") && i + 1 < physical.length) raw += `
${physical[++i].replace(/\r$/, "")}`;
    out.push({ line: start, raw });
    for (let j = start + 1; j <= i; j++) out.push({ line: j, raw: "" });
  }
  return out;
}
function countOf(text, token) {
  return text.split(token).length - 1;
}
function classify(line, raw) {
  const indent = raw.length - raw.trimStart().length;
  const actions = [...raw.matchAll(ACTION2)].map((match) => match[1].trim());
  const literal = raw.replace(ACTION2, "").trim();
  if (raw.trim() === "") return { line, indent, kind: "blank" };
  if (literal === "") {
    const output = actions.filter((action2) => !CONTROL_WORD.test(action2));
    if (output.length === 0) return { line, indent, kind: "control", control: controlOf(actions[0] ?? "") };
    const action = output.join(" ");
    return { line, indent, kind: "block", blockIndent: indentOf(action), include: includeOf(action), values: printedValues(action) };
  }
  const key = /^(?:-[ \t]+)*["']?([\w./-]+)["']?[ \t]*:(?:[ \t]|$)/.exec(raw.trimStart())?.[1];
  const valueText = key === void 0 ? raw : raw.slice(raw.indexOf(":") + 1);
  return {
    line,
    indent,
    kind: "pattern",
    pattern: patternOf(raw),
    key,
    item: /^-(?:[ \t]|$)/.test(raw.trimStart()),
    tail: actions.some((action) => /\b(?:nindent|toYaml|include|tpl)\b/.test(action)),
    reads: readsOf(valueText),
    includes: [...valueText.matchAll(/\b(?:include|template)\s+"([^"]+)"/g)].map((match) => match[1])
  };
}
function readsOf(text) {
  return [...text.matchAll(ACTION2)].flatMap((match) => {
    const action = match[1].trim();
    const refs = [...action.matchAll(VALUES_REF)].map((ref) => ref[1].split(".").filter(Boolean));
    if (refs.length) return refs;
    const path = expressionPath(action.split(/[\s|)]/)[0]);
    return path ? [path] : [];
  });
}
function controlOf(action) {
  const word = /^(if|else|end|with|range|define)\b/.exec(action)?.[1];
  const assignment = /^(\$\w+)\s*:?=\s*(.*)$/s.exec(action);
  if (assignment) return { word: "other", assigns: assignment[1], values: expressionPath(assignment[2].split(/[\s|)]/)[0]) };
  if (!word) return { word: "other" };
  const name = word === "define" ? /"([^"]+)"/.exec(action)?.[1] : void 0;
  return { word, ...name && { name }, ...word === "with" && { values: leadingValues(action.slice(4)) } };
}
function leadingValues(expression) {
  const match = /^\s*\(?\s*\$?\.Values((?:\.[\w-]+)*)\s*\)?\s*(?:$|\|)/.exec(expression);
  return match ? match[1].split(".").filter(Boolean) : void 0;
}
function indentOf(action) {
  const match = /\bn?indent\s+(\d+)/.exec(action);
  return match ? Number(match[1]) : void 0;
}
function includeOf(action) {
  if (/"value"/.test(action)) return void 0;
  return /\b(?:include|template)\s+"([^"]+)"/.exec(action)?.[1];
}
var PRINTED = [/\b(?:toYaml|toJson)\s+\(?\s*(?:(?:omit|deepCopy)\s+)?\(?\s*((?:\$|\.)[\w.$-]*)/, /((?:\$|\.)[\w.$-]*)\s*\|\s*toYaml/, /"value"\s+\(?\s*((?:\$|\.)[\w.$-]*)/];
function printedValues(action) {
  for (const pattern2 of PRINTED) {
    const expression = pattern2.exec(action)?.[1];
    if (expression !== void 0) return expressionPath(expression);
  }
  return void 0;
}
function expressionPath(expression) {
  const values = /^\$?\.Values((?:\.[\w-]+)*)$/.exec(expression);
  if (values) return values[1].split(".").filter(Boolean);
  if (expression === "." || /^\.[\w-]+(\.[\w-]+)*$/.test(expression)) return [".", ...expression.split(".").filter(Boolean)];
  const variable = /^(\$[\w]+)((?:\.[\w-]+)*)$/.exec(expression);
  if (variable && variable[1] !== "$") return [variable[1], ...variable[2].split(".").filter(Boolean)];
  return void 0;
}
function patternOf(raw) {
  let source = "";
  let last = 0;
  for (const match of raw.matchAll(ACTION2)) {
    source += escape2(raw.slice(last, match.index)) + ".*?";
    last = match.index + match[0].length;
  }
  source += escape2(raw.slice(last).trimEnd());
  return new RegExp(`^${source.replace(/(?:[ \t]|\\t)+(?=\.\*\?)/g, "[ \\t]*")}[ \\t]*$`);
}
function escape2(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function linkStructure(lines) {
  const open = [];
  lines.forEach((line, index) => {
    const word = line.control?.word;
    if (word === "if" || word === "with" || word === "range" || word === "define") {
      line.branches = [];
      open.push(index);
    } else if (word === "else" && open.length) {
      lines[open.at(-1)].branches.push(index);
    } else if (word === "end" && open.length) {
      lines[open.pop()].end = index;
    }
  });
}
function resolveScopes(lines) {
  const variables = /* @__PURE__ */ new Map();
  const dots = [];
  lines.forEach((line, index) => {
    while (dots.length && dots.at(-1).until < index) dots.pop();
    const dot = dots.at(-1)?.dot;
    const control = line.control;
    if (control?.assigns) variables.set(control.assigns, resolve(control.values, dot, variables));
    if (control && line.end !== void 0) {
      const bodyEnd = (line.branches?.[0] ?? line.end) - 1;
      const inner = control.word === "with" ? resolve(control.values, dot, variables) : control.word === "if" ? dot : void 0;
      dots.push({ until: bodyEnd, dot: inner });
    }
    if (line.values) line.values = resolve(line.values, dot, variables);
    if (line.reads) line.reads = line.reads.map((read) => resolve(read, dot, variables)).filter((read) => read !== void 0);
  });
}
function resolve(path, dot, variables) {
  if (!path) return void 0;
  if (path[0] === ".") return dot ? [...dot, ...path.slice(1)] : void 0;
  const head = path[0];
  if (typeof head === "string" && head.startsWith("$")) {
    const base = variables.get(head);
    return base ? [...base, ...path.slice(1)] : void 0;
  }
  return path;
}

// src/manifests/align.ts
var MATCH = 2;
var LITERAL = 1e-7;
var VALUE = 1e-5;
var BLOCK_LINE = 1;
var SKIP_PATTERN = -1;
var SKIP_RENDERED = -3;
var NONE = -Infinity;
function alignRendered(rendered, template, helpers, valueOf) {
  const scanned = scan(template.text);
  const defines = collectDefines(template, scanned, helpers);
  const renderedLines2 = rendered.split("\n").map((line) => line.replace(/\r$/, ""));
  const origins = new Array(renderedLines2.length);
  const indexes = renderedLines2.flatMap((line, index) => isNoise(line) ? [] : [index]);
  const context = { defines, expected: expectedLines(valueOf) };
  alignInto(origins, renderedLines2, indexes, 0, { file: template.file, ...scanned, start: 0, end: scanned.lines.length }, context, 0);
  return origins;
}
function scan(text) {
  const lines = scanTemplate(text);
  const raw = text.split("\n").map((line) => line.replace(/\r$/, ""));
  return { lines, raw, separators: separatorsOf(raw, lines) };
}
function separatorsOf(raw, lines) {
  const separators = /* @__PURE__ */ new Set();
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (line.control?.word === "define" && line.end !== void 0) index = line.end;
    else if (line.kind === "pattern" && raw[line.line].startsWith("---")) separators.add(index);
  }
  return separators;
}
function isNoise(line) {
  const trimmed = line.trim();
  return trimmed === "" || trimmed === "---" || /^# Source: /.test(line);
}
function collectDefines(template, scanned, helpers) {
  const defines = /* @__PURE__ */ new Map();
  const add = (file, from) => {
    from.lines.forEach((line, index) => {
      const name = line.control?.word === "define" ? line.control.name : void 0;
      if (name !== void 0 && line.end !== void 0 && !defines.has(name)) defines.set(name, { file, ...from, start: index + 1, end: line.end });
    });
  };
  add(template.file, scanned);
  const chart = chartOf(template.file);
  const ordered = [...helpers].sort((a, b) => Number(chartOf(b.file) === chart) - Number(chartOf(a.file) === chart));
  for (const helper of ordered) add(helper.file, scanHelper(helper));
  return defines;
}
var scannedHelpers = /* @__PURE__ */ new Map();
function scanHelper(helper) {
  const key = `${helper.file}
${helper.text}`;
  let scanned = scannedHelpers.get(key);
  if (!scanned) {
    scanned = scan(helper.text);
    if (scannedHelpers.size > 64) scannedHelpers.clear();
    scannedHelpers.set(key, scanned);
  }
  return scanned;
}
function chartOf(file) {
  const at3 = file.lastIndexOf("/templates/");
  return at3 === -1 ? file : file.slice(0, at3);
}
function alignInto(origins, rendered, indexes, shift, span, context, depth) {
  const steps = viterbi(indexes.map((index) => rendered[index].slice(shift)), span, context.expected);
  let runStart = -1;
  steps.forEach((step2, k) => {
    const index = indexes[k];
    if (!step2) return;
    const line = span.lines[step2.line];
    const continues = step2.inBlock && k > 0 && steps[k - 1]?.line === step2.line;
    if (!continues) runStart = index;
    origins[index] = { file: span.file, lines: span.lines, index: step2.line, ...line.kind === "block" && { blockStart: runStart } };
  });
  if (depth >= 6) return;
  for (const run of blockRuns(steps, indexes)) {
    const line = span.lines[run.line];
    const define = line.include === void 0 ? void 0 : context.defines.get(line.include);
    if (!define || line.kind !== "block") continue;
    const innerShift = line.blockIndent !== void 0 ? shift + line.blockIndent : Math.min(...run.indexes.map((index) => indentOfText(rendered[index])));
    alignInto(origins, rendered, run.indexes, innerShift, define, context, depth + 1);
  }
}
function expectedLines(valueOf) {
  const known = /* @__PURE__ */ new Map();
  return (span, index) => {
    if (!valueOf) return void 0;
    let lines = known.get(span.lines);
    if (!lines) known.set(span.lines, lines = new Array(span.lines.length).fill(null));
    if (lines[index] === null) lines[index] = printedText(span.raw[span.lines[index].line] ?? "", span.lines[index], span.file, valueOf);
    return lines[index];
  };
}
var ACTION3 = /\{\{(-?)([\s\S]*?)(-?)\}\}/g;
var PLAIN_VALUE = /^\s*(?:\$\w*)?(?:\.[\w-]+)+\s*(\|\s*quote\s*)?$/;
function printedText(raw, line, file, valueOf) {
  if (line.kind !== "pattern" || !line.reads?.length) return void 0;
  const actions = [...raw.matchAll(ACTION3)];
  if (actions.length !== line.reads.length) return void 0;
  let text = "";
  let last = 0;
  for (const [k, action] of actions.entries()) {
    const plain = PLAIN_VALUE.exec(action[2]);
    const value = plain && !action[3] ? valueOf(file, line.reads[k]) : void 0;
    if (value === void 0 || plain[1] && /["\\]/.test(value)) return void 0;
    const before = raw.slice(last, action.index);
    text += (action[1] ? before.trimEnd() : before) + (plain[1] ? `"${value}"` : value);
    last = action.index + action[0].length;
  }
  return (text + raw.slice(last)).trimEnd();
}
function blockRuns(steps, indexes) {
  const runs = [];
  steps.forEach((step2, k) => {
    if (!step2) return;
    const last = runs.at(-1);
    if (last && step2.inBlock && steps[k - 1]?.line === step2.line) last.indexes.push(indexes[k]);
    else runs.push({ line: step2.line, indexes: [indexes[k]] });
  });
  return runs;
}
function indentOfText(text) {
  return text.length - text.trimStart().length;
}
function viterbi(rendered, span, expected) {
  const { lines, start, end, separators } = span;
  const n = end - start;
  const size = 2 * n + 1;
  const edges = epsilonEdges(lines, start, end, separators);
  const { matched, indents } = patternFacts(lines);
  let score = new Float64Array(size).fill(NONE);
  score[0] = 0;
  for (const separator of separators) if (separator >= start && separator < end) score[separator - start + 1] = 0;
  const from = [];
  const by = [];
  for (const text of rendered) {
    const origin = closure(score, edges, n);
    const next = new Float64Array(size).fill(NONE);
    const prev = new Int32Array(size).fill(-1);
    const used = new Int32Array(size).fill(-1);
    const offer = (state2, value, source, line) => {
      if (value > next[state2]) {
        next[state2] = value;
        prev[state2] = source;
        used[state2] = line;
      }
    };
    const indent = indentOfText(text);
    for (let s = 0; s < size; s++) {
      const value = score[s];
      if (value === NONE) continue;
      const source = origin[s];
      offer(s, value + SKIP_RENDERED, source, -1);
      if (s >= n) {
        const i = s - n - 1;
        if (i < 0) continue;
        const line2 = lines[start + i];
        const limit = line2.kind === "block" ? line2.blockIndent ?? 0 : line2.indent + 1;
        if (indent >= limit) offer(s, value + BLOCK_LINE, source, i);
        continue;
      }
      const line = lines[start + s];
      if (line.kind === "pattern" && (indents[start + s] < 0 || indents[start + s] === indent) && line.pattern.test(text)) {
        const printed = line.reads?.length ? expected(span, start + s) : void 0;
        offer(line.tail ? n + 1 + s : s + 1, value + matched[start + s] + (printed !== void 0 && printed === text.trimEnd() ? VALUE : 0), source, s);
      } else if (line.kind === "block" && indent >= (line.blockIndent ?? 0)) offer(n + 1 + s, value + BLOCK_LINE, source, s);
    }
    from.push(prev);
    by.push(used);
    score = next;
  }
  const final = closure(score, edges, n);
  let state = bestState(score, final, n);
  const steps = new Array(rendered.length);
  for (let k = rendered.length - 1; k >= 0 && state >= 0; k--) {
    const line = by[k][state];
    steps[k] = line < 0 ? void 0 : { line: start + line, inBlock: state > n };
    state = from[k][state];
  }
  return steps;
}
function patternFacts(lines) {
  let facts = knownFacts.get(lines);
  if (!facts) {
    facts = { matched: new Float64Array(lines.length), indents: new Int32Array(lines.length).fill(-1) };
    const { matched, indents } = facts;
    lines.forEach((line, i) => {
      if (!line.pattern) return;
      const source = line.pattern.source;
      const literal = source.replace(/^\^|\$$|\.\*\?|\[ \\t\]\*|\s/g, "").replace(/\\(.)/g, "$1");
      matched[i] = MATCH + LITERAL * Math.min(literal.length, 100);
      const lead = /^\^( *)(?!\s|\.\*\?|\[ \\t\]\*|\$)/.exec(source);
      if (lead) indents[i] = lead[1].length;
    });
    knownFacts.set(lines, facts);
  }
  return facts;
}
var knownFacts = /* @__PURE__ */ new WeakMap();
function bestState(score, origin, n) {
  if (score[n] > NONE) return origin[n];
  let best = -1;
  for (let s = 0; s < score.length; s++) if (best < 0 || score[s] > score[best]) best = s;
  return score[best] > NONE ? origin[best] : -1;
}
function epsilonEdges(lines, start, end, separators) {
  const n = end - start;
  const edges = Array.from({ length: 2 * n + 1 }, () => []);
  const add = (from, to, cost = 0) => {
    if (to >= 0 && to <= n) edges[from].push({ to, cost });
  };
  for (let i = 0; i < n; i++) {
    const line = lines[start + i];
    edges[n + 1 + i].push({ to: i + 1, cost: 0 });
    const word = line.control?.word;
    if (separators.has(start + i)) add(i, n);
    else if (line.kind === "pattern") add(i, i + 1, SKIP_PATTERN);
    else if (word === "define" && line.end !== void 0) add(i, line.end - start + 1);
    else if (word === "else") {
      const opener = lines.findIndex((candidate) => candidate.branches?.includes(start + i));
      const close = opener >= 0 ? lines[opener].end : void 0;
      add(i, close === void 0 ? i + 1 : close - start);
    } else add(i, i + 1);
    if ((word === "if" || word === "with" || word === "range") && line.end !== void 0) {
      for (const branch of line.branches ?? []) add(i, branch - start + 1);
      add(i, line.end - start);
      if (word === "range") add(line.end - start, i + 1);
    }
  }
  return edges;
}
function closure(score, edges, n) {
  const origin = new Int32Array(score.length);
  for (let s = 0; s < score.length; s++) origin[s] = s;
  const relax = (s) => {
    const value = score[s];
    if (value === NONE) return false;
    let changed = false;
    for (const edge of edges[s]) {
      if (value + edge.cost > score[edge.to]) {
        score[edge.to] = value + edge.cost;
        origin[edge.to] = origin[s];
        changed = true;
      }
    }
    return changed;
  };
  for (let s = n + 1; s < score.length; s++) relax(s);
  for (let pass = 0; pass < 4; pass++) {
    let changed = false;
    for (let s = 0; s <= n; s++) changed = relax(s) || changed;
    if (!changed) break;
  }
  return origin;
}

// src/manifests/deployervalues.ts
var import_yaml9 = __toESM(require_dist(), 1);
import { basename as basename6, dirname as dirname6, join as join6, normalize as normalize3 } from "node:path/posix";

// src/manifests/locate.ts
var import_yaml7 = __toESM(require_dist(), 1);

// src/manifests/decode.ts
var import_yaml6 = __toESM(require_dist(), 1);
var DecodeError = class extends Error {
  /** Character offset in the parsed text. */
  offset;
  // No parameter property: evaluation threads run the sources with types stripped under vitest.
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
};
var MAX_ALIASED_NODES = 1e5;
function decodeDocument(doc) {
  const context = { doc, active: /* @__PURE__ */ new Set(), aliased: 0, unconvertible: /* @__PURE__ */ new WeakMap() };
  const value = decode(doc.contents, context, 0);
  throwUnconvertible(value, context.unconvertible);
  return value;
}
function throwUnconvertible(root, unconvertible) {
  const stack = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== "object") continue;
    const error = unconvertible.get(value);
    if (error) throw error;
    for (const child of Object.values(value)) stack.push(child);
  }
}
function decode(node, context, aliasDepth) {
  if (aliasDepth > 0 && ++context.aliased > MAX_ALIASED_NODES) {
    throw new DecodeError("aliases expand this document past 100000 values (a YAML alias bomb); Kubernetes clients refuse it too", offsetOf(node));
  }
  if (node === null || node === void 0) return null;
  if ((0, import_yaml6.isAlias)(node)) return throughAlias(node, context, aliasDepth, (target) => decode(target, context, aliasDepth + 1));
  if ((0, import_yaml6.isScalar)(node)) return node.value ?? null;
  if ((0, import_yaml6.isSeq)(node)) return node.items.map((item) => decode(item, context, aliasDepth));
  if ((0, import_yaml6.isMap)(node)) {
    const out = { object: {}, goKeys: /* @__PURE__ */ new Map() };
    decodeMapping(node, out, context, aliasDepth);
    return out.object;
  }
  throw new DecodeError("unsupported YAML node", offsetOf(node));
}
function decodeMapping(map, out, context, aliasDepth) {
  const seen = /* @__PURE__ */ new Set();
  for (const pair of map.items) {
    if (isMergeKey(pair.key)) {
      merge(pair.value, out, context, aliasDepth, offsetOf(pair.key));
      continue;
    }
    const key = goKey(pair.key, context, aliasDepth);
    if (key === NULL_KEY) {
      markUnconvertible(out, context, new DecodeError("a mapping key is empty or null, which Kubernetes clients refuse", offsetOf(pair.key)));
      decode(pair.value, context, aliasDepth);
      continue;
    }
    if (seen.has(key.go)) {
      throw new DecodeError(`duplicate key \`${key.json}\` (Kubernetes clients keep one of them in an undefined order)`, offsetOf(pair.key));
    }
    seen.add(key.go);
    set(out, key, decode(pair.value, context, aliasDepth), context, offsetOf(pair.key));
  }
}
function merge(value, out, context, aliasDepth, at3) {
  const mergeOne = (node) => {
    if ((0, import_yaml6.isMap)(node)) return decodeMapping(node, out, context, aliasDepth);
    if ((0, import_yaml6.isAlias)(node)) {
      return throughAlias(node, context, aliasDepth, (target) => {
        if (!(0, import_yaml6.isMap)(target)) throw wantMap(at3);
        decodeMapping(target, out, context, aliasDepth + 1);
      });
    }
    throw wantMap(at3);
  };
  if ((0, import_yaml6.isSeq)(value)) {
    for (let i = value.items.length - 1; i >= 0; i--) mergeOne(value.items[i]);
  } else {
    mergeOne(value);
  }
}
function wantMap(at3) {
  return new DecodeError("map merge requires map or sequence of maps as the value (go-yaml refuses this `<<`)", at3);
}
function throughAlias(alias, context, aliasDepth, use) {
  context.targets ??= anchorTargets(context.doc);
  const target = (0, import_yaml6.isAlias)(alias) ? context.targets.get(alias) : void 0;
  if (!target) throw new DecodeError(`unknown anchor '${(0, import_yaml6.isAlias)(alias) ? alias.source : ""}' referenced`, offsetOf(alias));
  if (context.active.has(target)) throw new DecodeError(`anchor '${(0, import_yaml6.isAlias)(alias) ? alias.source : ""}' value contains itself`, offsetOf(alias));
  context.active.add(target);
  try {
    return use(target);
  } finally {
    context.active.delete(target);
  }
}
function anchorTargets(doc) {
  const targets = /* @__PURE__ */ new Map();
  const latest = /* @__PURE__ */ new Map();
  (0, import_yaml6.visit)(doc, {
    Node(_key, node) {
      if ((0, import_yaml6.isAlias)(node)) targets.set(node, latest.get(node.source));
      else if (((0, import_yaml6.isScalar)(node) || (0, import_yaml6.isCollection)(node)) && node.anchor) latest.set(node.anchor, node);
    }
  });
  return targets;
}
function isMergeKey(key) {
  if (!(0, import_yaml6.isScalar)(key) || key.value !== "<<") return false;
  if (key.tag === "tag:yaml.org,2002:merge") return true;
  return key.type === "PLAIN" && (key.tag === void 0 || key.tag === "!");
}
var NULL_KEY = /* @__PURE__ */ Symbol("null key");
function goKey(node, context, aliasDepth) {
  const scalar = (0, import_yaml6.isAlias)(node) ? throughAlias(node, context, aliasDepth, (target) => target) : node;
  if (!(0, import_yaml6.isScalar)(scalar)) throw new DecodeError("a mapping key is a list or a mapping, which Kubernetes clients refuse", offsetOf(node));
  const value = scalar.value;
  if (typeof value === "string") return { json: value, go: `s:${value}` };
  if (typeof value === "boolean") return { json: String(value), go: `b:${value}` };
  if (typeof value === "number") {
    const integer = isIntegerScalar(scalar);
    const json = integer ? String(value) : goFloatKey(value);
    return { json, go: `${integer ? "i" : "f"}:${json}` };
  }
  return NULL_KEY;
}
function markUnconvertible(out, context, error) {
  if (!context.unconvertible.has(out.object)) context.unconvertible.set(out.object, error);
}
function isIntegerScalar(scalar) {
  const source = scalar.source;
  return typeof source === "string" && isGoInteger(source);
}
function set(out, key, value, context, at3) {
  const previous = out.goKeys.get(key.json);
  if (previous !== void 0 && previous !== key.go) {
    markUnconvertible(out, context, new DecodeError(`two keys both read as \`${key.json}\` (Kubernetes clients keep one of them in an undefined order)`, at3));
  }
  out.goKeys.set(key.json, key.go);
  Object.defineProperty(out.object, key.json, { value, enumerable: true, writable: true, configurable: true });
}
function offsetOf(node) {
  return node?.range?.[0] ?? 0;
}

// src/manifests/paths.ts
function childAt(value, element) {
  if (value === null || typeof value !== "object") return void 0;
  return value[element];
}
function valueAt2(value, path) {
  let current = value;
  for (const element of path) current = childAt(current, element);
  return current;
}
function nameOf(value) {
  const name = childAt(value, "name");
  return typeof name === "string" ? name : void 0;
}

// src/manifests/fastlocate.ts
function locateInBlockYaml(text, path, rendered) {
  const root = blockTree(text);
  const first = root?.entries[0];
  if (!root || !first) return void 0;
  let here = first;
  let node = root;
  let renderedNode = rendered;
  let depth = 0;
  for (const element of path) {
    const renderedChild = childAt(renderedNode, element);
    const next = step(node, element, rendered !== void 0, renderedChild);
    if (next === UNSURE) return void 0;
    if (next === void 0) break;
    here = next;
    node = next.value;
    renderedNode = renderedChild;
    depth++;
  }
  return { line: here.line + 1, column: here.column + 1, depth };
}
var UNSURE = /* @__PURE__ */ Symbol("unsure");
function step(node, element, byName, renderedChild) {
  if (node.kind === "seq" && typeof element === "number") {
    if (!Number.isInteger(element) || element < 0) return UNSURE;
    const name = byName ? nameOf(renderedChild) : void 0;
    return name === void 0 ? node.items[element] : itemNamed(node, name);
  }
  if (node.kind === "map") return entryWithKey(node, String(element));
  return node.kind === "flow" && !node.empty ? UNSURE : void 0;
}
function entryWithKey(map, key) {
  let found;
  for (const entry of map.entries) {
    if (entry.key === void 0) return UNSURE;
    if (entry.key !== key) continue;
    if (found) return UNSURE;
    found = entry;
  }
  return found;
}
function itemNamed(seq, name) {
  for (const item of seq.items) {
    const value = item.value;
    if (value.kind === "flow" && value.mapping && !value.empty) return UNSURE;
    if (value.kind !== "map") continue;
    const itemName = nameEntryValue(value);
    if (itemName === UNSURE) return UNSURE;
    if (itemName === name) return item;
  }
  return void 0;
}
function nameEntryValue(map) {
  const entry = map.entries.find((candidate) => candidate.key === "name");
  if (!entry) return null;
  const value = entry.value;
  if (value.kind === "scalar") return value.text === void 0 ? UNSURE : value.text;
  return value.kind === "flow" ? UNSURE : null;
}
var NULL_SCALAR = { kind: "scalar", text: null };
var UNKNOWN_SCALAR = { kind: "scalar", text: void 0 };
var recentTrees = /* @__PURE__ */ new Map();
var RECENT_TREES = 8;
function blockTree(text) {
  if (recentTrees.has(text)) return recentTrees.get(text);
  const tree = parseBlockTree(text);
  if (recentTrees.size >= RECENT_TREES) recentTrees.delete(recentTrees.keys().next().value);
  recentTrees.set(text, tree);
  return tree;
}
var UNSUPPORTED_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u0085\u2028\u2029\ufeff]/;
var LONE_CARRIAGE_RETURN = /\r(?!\n)/;
var LINE_BREAK = /\r?\n/;
function parseBlockTree(text) {
  if (UNSUPPORTED_CHARACTERS.test(text)) return void 0;
  let lines;
  if (text.includes("\r")) {
    if (LONE_CARRIAGE_RETURN.test(text)) return void 0;
    lines = text.split(LINE_BREAK);
  } else {
    lines = text.split("\n");
  }
  try {
    return new BlockParser(lines).parseDocument();
  } catch (error) {
    if (error === DECLINE) return void 0;
    throw error;
  }
}
var DECLINE = /* @__PURE__ */ Symbol("decline");
var SPACE = 32;
var TAB = 9;
var HASH = 35;
var DASH = 45;
var COLON = 58;
var DOUBLE_QUOTE = 34;
var SINGLE_QUOTE = 39;
var BACKSLASH = 92;
var PIPE = 124;
var GREATER = 62;
var AMPERSAND = 38;
var ASTERISK = 42;
var INDICATORS = "?:,[]{}#&*!|>'\"%@`";
var MAX_KEY_LENGTH = 1e3;
var BlockParser = class {
  /** The current line: the one being read, or after nextSignificant() the next line that holds content. */
  i = 0;
  lines;
  // A plain field, not a parameter property: Node runs the sources by stripping types (evaluation threads under vitest).
  constructor(lines) {
    this.lines = lines;
  }
  parseDocument() {
    if (this.nextSignificant() !== 0) throw DECLINE;
    const root = this.parseMap(0);
    if (this.nextSignificant() !== -1) throw DECLINE;
    return root;
  }
  /** Moves past blank and comment lines; returns the indentation of the next content line, -1 at the end. */
  nextSignificant() {
    for (; this.i < this.lines.length; this.i++) {
      const line = this.lines[this.i];
      const indent = indentOf2(line);
      const rest = skipBlanks(line, indent);
      if (rest === line.length || line.charCodeAt(rest) === HASH) continue;
      if (rest !== indent) throw DECLINE;
      if (indent === 0 && isDocumentMarker(line)) throw DECLINE;
      return indent;
    }
    return -1;
  }
  /** A block mapping whose first key starts at `column` of the current line (possibly after a `- `). */
  parseMap(column) {
    const entries = [];
    for (; ; ) {
      entries.push(this.parseEntry(column));
      const indent = this.nextSignificant();
      if (indent < column) return { kind: "map", entries };
      if (indent > column) throw DECLINE;
    }
  }
  parseEntry(column) {
    const line = this.i;
    const key = readKey(this.lines[line], column);
    if (!key) throw DECLINE;
    const value = this.parseEntryValue(key.valueStart, column);
    return { key: key.text, line, column, value };
  }
  /** The value after `key:`; `owner` is the mapping's indentation, which nested content must exceed. */
  parseEntryValue(from, owner) {
    const line = this.lines[this.i];
    let start = skipBlanks(line, from);
    let anchored = false;
    if (line.charCodeAt(start) === AMPERSAND) {
      anchored = true;
      const nameEnd = endOfToken(line, start);
      if (nameEnd === start + 1 || hasFlowIndicator(line, start, nameEnd)) throw DECLINE;
      start = skipBlanks(line, nameEnd);
    }
    if (start === line.length || line.charCodeAt(start) === HASH) {
      this.i++;
      return this.parseNestedValue(owner);
    }
    if (line.charCodeAt(start) === ASTERISK) {
      if (anchored) throw DECLINE;
      const nameEnd = endOfToken(line, start);
      if (hasFlowIndicator(line, start, nameEnd)) throw DECLINE;
      expectNothingAfter(line, nameEnd);
      this.i++;
      return UNKNOWN_SCALAR;
    }
    const value = this.parseInlineValue(start, owner);
    return anchored && value.kind === "scalar" ? UNKNOWN_SCALAR : value;
  }
  /** A value that starts on a later line: a block node indented deeper, a sequence at the key's indent, or null. */
  parseNestedValue(owner) {
    const indent = this.nextSignificant();
    if (indent > owner) return this.parseIndentedNode(indent);
    if (indent === owner && isDashAt(this.lines[this.i], indent)) return this.parseSeq(indent);
    return NULL_SCALAR;
  }
  /** A collection on its own lines; a scalar that starts on the line after its key is left to the parser. */
  parseIndentedNode(indent) {
    return isDashAt(this.lines[this.i], indent) ? this.parseSeq(indent) : this.parseMap(indent);
  }
  /** A scalar or flow collection starting at `start` of the current line. */
  parseInlineValue(start, owner) {
    const line = this.lines[this.i];
    const code = line.charCodeAt(start);
    if (code === PIPE || code === GREATER) return this.parseBlockScalar(start, owner);
    if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) return this.parseQuoted(start, owner);
    if (code === 91 || code === 123) return this.parseFlow(start, owner);
    if (!isPlainStart(line, start)) throw DECLINE;
    return this.parsePlain(start, owner);
  }
  /** A block sequence whose dashes sit at column `indent`. */
  parseSeq(indent) {
    const items = [];
    for (; ; ) {
      items.push(this.parseItem(indent));
      const next = this.nextSignificant();
      if (next < indent) break;
      if (next > indent) throw DECLINE;
      if (!isDashAt(this.lines[this.i], indent)) break;
    }
    return { kind: "seq", items };
  }
  parseItem(dash) {
    const lineIndex = this.i;
    const line = this.lines[lineIndex];
    const start = skipSpaces(line, dash + 1);
    if (start === line.length || line.charCodeAt(start) === HASH) {
      this.i++;
      const indent = this.nextSignificant();
      if (indent <= dash) throw DECLINE;
      const itemLine = this.i;
      return { line: itemLine, column: indent, value: this.parseIndentedNode(indent) };
    }
    if (line.charCodeAt(start) === TAB || isDashAt(line, start)) throw DECLINE;
    const value = readKey(line, start) ? this.parseMap(start) : this.parseInlineValue(start, dash);
    return { line: lineIndex, column: start, value };
  }
  /** `|` or `>` with optional chomping and indentation indicators; skips the content lines. */
  parseBlockScalar(start, owner) {
    const line = this.lines[this.i];
    let explicitIndent = 0;
    let chomping = false;
    let k = start + 1;
    for (; k < line.length && k < start + 3; k++) {
      const code = line.charCodeAt(k);
      if (code >= 49 && code <= 57 && !explicitIndent) explicitIndent = code - 48;
      else if ((code === 43 || code === DASH) && !chomping) chomping = true;
      else break;
    }
    expectNothingAfter(line, k);
    this.i++;
    this.skipBlockScalarContent(owner, explicitIndent ? owner + explicitIndent : 0);
    return UNKNOWN_SCALAR;
  }
  /**
   * Content lines are blank or indented deeper than `owner`; the first other line ends the scalar. Lines
   * between `owner` and the content's indentation would be errors, so rather than guess, decline.
   */
  skipBlockScalarContent(owner, explicitContentIndent) {
    let contentIndent = explicitContentIndent;
    let widestLeadingBlank = 0;
    for (; this.i < this.lines.length; this.i++) {
      const line = this.lines[this.i];
      const indent = indentOf2(line);
      if (indent === line.length) {
        if (!contentIndent) widestLeadingBlank = Math.max(widestLeadingBlank, indent);
        continue;
      }
      if (indent <= owner) {
        if (line.charCodeAt(indent) === TAB) throw DECLINE;
        return;
      }
      if (!contentIndent) {
        if (line.charCodeAt(indent) === TAB || widestLeadingBlank > indent) throw DECLINE;
        contentIndent = indent;
      } else if (indent < contentIndent) {
        throw DECLINE;
      }
    }
  }
  /** A single- or double-quoted scalar, possibly continued on lines indented deeper than `owner`. */
  parseQuoted(start, owner) {
    const firstLine = this.lines[this.i];
    const quote = firstLine.charCodeAt(start);
    let line = firstLine;
    let close = closingQuote(line, start + 1, quote);
    while (close < 0) {
      this.i++;
      if (this.i >= this.lines.length) throw DECLINE;
      line = this.lines[this.i];
      const indent = indentOf2(line);
      if (indent === line.length) continue;
      if (indent <= owner) throw DECLINE;
      close = closingQuote(line, indent, quote);
    }
    expectNothingAfter(line, close + 1);
    this.i++;
    return { kind: "scalar", text: line === firstLine ? quotedText(line, start, close, quote) : void 0 };
  }
  /**
   * A flow collection: only its extent is read. Continuation lines must be deeper than `owner`, except for a
   * closing bracket at `owner`'s column, which the yaml parser accepts too.
   */
  parseFlow(start, owner) {
    const firstLine = this.lines[this.i];
    const state = { closers: [], nodeStart: true };
    let line = firstLine;
    let end = flowEnd(line, start, state);
    while (end < 0) {
      this.i++;
      if (this.i >= this.lines.length) throw DECLINE;
      line = this.lines[this.i];
      const indent = indentOf2(line);
      if (skipBlanks(line, indent) === line.length) continue;
      const code = line.charCodeAt(indent);
      if (code === TAB || indent < owner || indent === owner && code !== 93 && code !== 125) throw DECLINE;
      end = flowEnd(line, indent, state);
    }
    expectNothingAfter(line, end + 1);
    this.i++;
    const empty = line === firstLine && skipBlanks(line, start + 1) === end;
    return { kind: "flow", mapping: firstLine.charCodeAt(start) === 123, empty };
  }
  /** A plain scalar; later lines deeper than `owner` continue it (and make its value unsure). */
  parsePlain(start, owner) {
    const line = this.lines[this.i];
    const end = plainEnd(line, start);
    const commented = end < line.length;
    this.i++;
    if (!commented && this.skipPlainContinuation(owner)) return UNKNOWN_SCALAR;
    return { kind: "scalar", text: plainValue(trimBlanksEnd(line, start, end)) };
  }
  /** Skips continuation lines of a multi-line plain scalar; true when there were any. */
  skipPlainContinuation(owner) {
    let continued = false;
    for (let j = this.i; j < this.lines.length; j++) {
      const line = this.lines[j];
      const indent = indentOf2(line);
      if (indent === line.length) continue;
      if (indent <= owner || line.charCodeAt(indent) === HASH) break;
      if (!isPlainStart(line, indent) || line.charCodeAt(indent) === DASH) throw DECLINE;
      if (plainEnd(line, indent) < line.length) throw DECLINE;
      continued = true;
      this.i = j + 1;
    }
    return continued;
  }
};
function hasFlowIndicator(line, start, end) {
  return /[,[\]{}]/.test(line.slice(start, end));
}
function isBlank(code) {
  return code === SPACE || code === TAB;
}
function indentOf2(line) {
  let k = 0;
  while (line.charCodeAt(k) === SPACE) k++;
  return k;
}
function skipSpaces(line, from) {
  let k = from;
  while (line.charCodeAt(k) === SPACE) k++;
  return k;
}
function skipBlanks(line, from) {
  let k = from;
  while (isBlank(line.charCodeAt(k))) k++;
  return k;
}
function endOfToken(line, from) {
  let k = from + 1;
  while (k < line.length && !isBlank(line.charCodeAt(k))) k++;
  return k;
}
function trimBlanksEnd(line, start, end) {
  let k = end;
  while (k > start && isBlank(line.charCodeAt(k - 1))) k--;
  return line.slice(start, k);
}
function isSeparated(line, k) {
  return k >= line.length || isBlank(line.charCodeAt(k));
}
function isDocumentMarker(line) {
  return (line.startsWith("---") || line.startsWith("...")) && isSeparated(line, 3);
}
function isDashAt(line, column) {
  if (line.charCodeAt(column) !== DASH) return false;
  if (line.charCodeAt(column + 1) === TAB) throw DECLINE;
  return isSeparated(line, column + 1);
}
function expectNothingAfter(line, from) {
  if (from >= line.length) return;
  if (!isBlank(line.charCodeAt(from))) throw DECLINE;
  const k = skipBlanks(line, from);
  if (k < line.length && line.charCodeAt(k) !== HASH) throw DECLINE;
}
function isPlainStart(line, k) {
  const code = line.charCodeAt(k);
  if (k >= line.length || isBlank(code)) return false;
  if (code === DASH) return !isSeparated(line, k + 1);
  return !INDICATORS.includes(line[k]);
}
function plainEnd(line, start) {
  for (let k = start; k < line.length; k++) {
    const code = line.charCodeAt(k);
    if (code === HASH && isBlank(line.charCodeAt(k - 1))) return k;
    if (code === COLON && isSeparated(line, k + 1)) throw DECLINE;
  }
  return line.length;
}
function readKey(line, start) {
  const code = line.charCodeAt(start);
  if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) return readQuotedKey(line, start, code);
  if (!isPlainStart(line, start)) return void 0;
  for (let k = start; k < line.length; k++) {
    const here = line.charCodeAt(k);
    if (here === HASH && isBlank(line.charCodeAt(k - 1))) return void 0;
    if (here !== COLON || !isSeparated(line, k + 1)) continue;
    if (k - start > MAX_KEY_LENGTH) throw DECLINE;
    return { text: plainKey(trimBlanksEnd(line, start, k)), valueStart: k + 1 };
  }
  return void 0;
}
function readQuotedKey(line, start, quote) {
  const close = closingQuote(line, start + 1, quote);
  if (close < 0) return void 0;
  const colon = skipBlanks(line, close + 1);
  if (line.charCodeAt(colon) !== COLON || !isSeparated(line, colon + 1)) return void 0;
  const text = quotedText(line, start, close, quote);
  if (text === void 0) throw DECLINE;
  return { text, valueStart: colon + 1 };
}
function closingQuote(line, from, quote) {
  for (let k = from; k < line.length; k++) {
    const code = line.charCodeAt(k);
    if (quote === DOUBLE_QUOTE && code === BACKSLASH) {
      k++;
    } else if (code === quote) {
      if (quote === SINGLE_QUOTE && line.charCodeAt(k + 1) === SINGLE_QUOTE) k++;
      else return k;
    }
  }
  return -1;
}
function quotedText(line, start, close, quote) {
  const raw = line.slice(start + 1, close);
  if (quote === SINGLE_QUOTE) return raw.replaceAll("''", "'");
  return raw.includes("\\") ? void 0 : raw;
}
function plainKey(raw) {
  const word = wordKeyString(raw);
  if (word !== void 0) return word;
  return isCertainString(raw) ? raw : void 0;
}
function plainValue(raw) {
  if (wordKeyString(raw) !== void 0) return null;
  return isCertainString(raw) ? raw : void 0;
}
var NUMBER_CHARACTERS = "0123456789_+-.:eExXabcdefABCDEFtTzZiInN 	";
function isCertainString(raw) {
  const code = raw.charCodeAt(0);
  const letter = (code | 32) >= 97 && (code | 32) <= 122;
  if (letter || code === 95 || code === 47 || code === 36) return true;
  if (raw === "<<") return false;
  for (let k = 0; k < raw.length; k++) {
    if (!NUMBER_CHARACTERS.includes(raw[k])) return true;
  }
  return false;
}
function flowEnd(line, from, state) {
  const closers = state.closers;
  for (let k = from; k < line.length; k++) {
    const code = line.charCodeAt(k);
    if (code === 91 || code === 123) {
      closers.push(code + 2);
      state.nodeStart = true;
    } else if (code === 93 || code === 125) {
      if (closers.pop() !== code) throw DECLINE;
      if (closers.length === 0) return k;
      state.nodeStart = false;
    } else if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) {
      if (!state.nodeStart) throw DECLINE;
      k = closingQuote(line, k + 1, code);
      if (k < 0) throw DECLINE;
      state.nodeStart = false;
    } else if (code === HASH && (k === 0 || isBlank(line.charCodeAt(k - 1)))) {
      return -1;
    } else if (code === 44) {
      state.nodeStart = true;
    } else if (code === COLON) {
      state.nodeStart = isSeparated(line, k + 1);
    } else if (!isBlank(code)) {
      state.nodeStart = false;
    }
  }
  return -1;
}

// src/manifests/linebreaks.ts
var GO_YAML_BREAKS = /* @__PURE__ */ new Map([
  ["\r", "U+000D (CARRIAGE RETURN)"],
  ["\x85", "U+0085 (NEXT LINE)"],
  ["\u2028", "U+2028 (LINE SEPARATOR)"],
  ["\u2029", "U+2029 (PARAGRAPH SEPARATOR)"]
]);
var NEEDS_NORMALISING = /[\r\u0085\u2028\u2029\uFEFF]/;
function normaliseLineBreaks(text) {
  if (!NEEDS_NORMALISING.test(text)) return { text, hidden: [], original: (line2, column) => ({ line: line2, column }) };
  const bom = text.startsWith("\uFEFF") ? 1 : 0;
  const starts = [[1, bom]];
  const hidden = [];
  const parts2 = [];
  let line = 1;
  let lineStart = 0;
  let copied = bom;
  for (const match of text.matchAll(/[\n\r\u0085\u2028\u2029]/g)) {
    const i = match.index;
    const char = match[0];
    parts2.push(text.slice(copied, i));
    copied = i + 1;
    if (char === "\n") {
      parts2.push("\n");
      line++;
      lineStart = i + 1;
      starts.push([line, 0]);
    } else if (char === "\r" && (text[i + 1] === "\n" || i + 1 === text.length)) {
    } else {
      hidden.push({ line, column: i - lineStart + 1, character: GO_YAML_BREAKS.get(char) });
      parts2.push("\n");
      starts.push([line, i - lineStart + 1]);
    }
  }
  parts2.push(text.slice(copied));
  const out = parts2.join("");
  return {
    text: out,
    hidden,
    original: (outLine, column) => {
      const [originalLine, offset] = starts[Math.min(Math.max(outLine, 1), starts.length) - 1];
      return { line: originalLine, column: column + offset };
    }
  };
}
function describeHiddenLineBreak(hiddenBreak) {
  return `${hiddenBreak.character} at column ${hiddenBreak.column}: Kubernetes clients (go-yaml) read it as a line break, so what follows it is YAML to the cluster even where an editor shows one line (inside a comment too); use an ordinary line break, or write it as an escape in a double-quoted string`;
}

// src/manifests/lists.ts
function flattenLists(root) {
  const objects = [];
  const problems = [];
  const stack = [{ object: root, path: [] }];
  while (stack.length > 0) {
    const { object, path } = stack.pop();
    if (!Object.hasOwn(object, "items")) {
      objects.push({ object, path });
      continue;
    }
    const items = object.items;
    if (items === null) continue;
    if (!Array.isArray(items)) {
      problems.push({ message: `\`items\` is ${describe(items)}: Kubernetes clients read an object with \`items\` as a list and refuse it`, path: [...path, "items"] });
      continue;
    }
    const children = [];
    items.forEach((item, index) => {
      const itemPath = [...path, "items", index];
      if (item === null || typeof item !== "object" || Array.isArray(item)) {
        problems.push({ message: `item ${index} of a list is ${describe(item)}, not a Kubernetes object`, path: itemPath });
      } else {
        children.push({ object: inheritKind(item, object), path: itemPath });
      }
    });
    stack.push(...children.reverse());
  }
  return { objects, problems };
}
function inheritKind(item, list5) {
  if (nonEmptyString(item.kind) || nonEmptyString(item.apiVersion)) return item;
  const kind = nonEmptyString(list5.kind) ? list5.kind.replace(/List$/, "") : "";
  const apiVersion = nonEmptyString(list5.apiVersion) ? list5.apiVersion : "";
  return { ...item, apiVersion, kind };
}
function nonEmptyString(value) {
  return typeof value === "string" && value !== "";
}
function describe(value) {
  if (value === null || value === void 0) return "empty";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return `a ${typeof value} scalar`;
}

// src/manifests/locate.ts
function locateInYaml(text, path, rendered) {
  const normalised = normaliseLineBreaks(text);
  const position = locateInBlockYaml(normalised.text, path, rendered) ?? locateWithParser(normalised.text, path, rendered);
  return position && { ...position, ...normalised.original(position.line, position.column) };
}
function locateWithParser(text, path, rendered) {
  const doc = parsedDocument(text);
  let node = doc.contents;
  let offset = doc.contents?.range?.[0];
  if (offset === void 0) return void 0;
  let depth = 0;
  let renderedNode = rendered;
  for (const element of path) {
    const renderedChild = childAt(renderedNode, element);
    if ((0, import_yaml7.isSeq)(node) && typeof element === "number" && rendered !== void 0) {
      const name = nameOf(renderedChild);
      const item = name === void 0 ? node.items[element] : node.items.find((candidate) => (0, import_yaml7.isMap)(candidate) && candidate.get("name") === name);
      if (!item) break;
      node = item;
      offset = item.range?.[0] ?? offset;
    } else if ((0, import_yaml7.isMap)(node)) {
      const pair = entryWritten(doc, node, String(element), 0);
      if (!pair) break;
      offset = pair.key.range?.[0] ?? offset;
      node = pair.value;
    } else if ((0, import_yaml7.isSeq)(node) && typeof element === "number" && element < node.items.length) {
      node = node.items[element];
      offset = node?.range?.[0] ?? offset;
    } else {
      break;
    }
    renderedNode = renderedChild;
    depth++;
  }
  return { ...lineAndColumn(text, offset), depth };
}
function entryWritten(doc, map, key, depth) {
  const target = (0, import_yaml7.isAlias)(map) ? map.resolve(doc) : map;
  if (!(0, import_yaml7.isMap)(target) || depth > 32) return void 0;
  let written;
  for (const pair of target.items) {
    if (isMergeKey(pair.key)) {
      const sources = (0, import_yaml7.isSeq)(pair.value) ? pair.value.items : [pair.value];
      for (const source of sources) {
        const merged = entryWritten(doc, source, key, depth + 1);
        if (merged) {
          written = merged;
          break;
        }
      }
    } else if ((0, import_yaml7.isScalar)(pair.key) && String(pair.key.value) === key) {
      written = pair;
    }
  }
  return written;
}
var recentDocuments = /* @__PURE__ */ new Map();
var RECENT_DOCUMENTS = 16;
function parsedDocument(text) {
  let doc = recentDocuments.get(text);
  if (doc) {
    recentDocuments.delete(text);
  } else {
    doc = (0, import_yaml7.parseDocument)(text, KUBERNETES_YAML);
    if (recentDocuments.size >= RECENT_DOCUMENTS) recentDocuments.delete(recentDocuments.keys().next().value);
  }
  recentDocuments.set(text, doc);
  return doc;
}
function readObject(text) {
  try {
    const doc = (0, import_yaml7.parseDocument)(normaliseLineBreaks(text).text, KUBERNETES_YAML);
    const value = doc.errors.length === 0 ? decodeDocument(doc) : void 0;
    return value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
  } catch {
    return void 0;
  }
}
function quickIdentity(text) {
  const kind = /^kind:[ \t]*["']?([\w.-]+)["']?[ \t]*(?:#.*)?$/m.exec(text)?.[1];
  const name = /^metadata:[ \t]*\n(?:[ \t]+.*\n)*?[ \t]+name:[ \t]*["']?([^"'\s#]+)/m.exec(text)?.[1];
  return kind ? { kind, name } : void 0;
}
function lineAndColumn(text, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

// src/manifests/valuessource.ts
var import_yaml8 = __toESM(require_dist(), 1);
function textOrigin(file, text, at3 = [], firstLine = 1, indent = 0) {
  return {
    file,
    locate: (path) => {
      const position = safeLocate(text, [...at3, ...path]);
      if (!position || position.depth < at3.length) return void 0;
      return { line: firstLine - 1 + position.line, column: position.column + indent, depth: position.depth - at3.length };
    },
    value: (path) => valueAt2(parsedText(text), [...at3, ...path])
  };
}
function safeLocate(text, path) {
  try {
    return locateInYaml(text, path);
  } catch {
    return void 0;
  }
}
function parsedText(text) {
  if (parsedYaml.has(text)) return parsedYaml.get(text);
  let result;
  try {
    result = (0, import_yaml8.parse)(text);
  } catch {
    result = void 0;
  }
  if (parsedYaml.size >= PARSED_YAML) parsedYaml.delete(parsedYaml.keys().next().value);
  parsedYaml.set(text, result);
  return result;
}
var parsedYaml = /* @__PURE__ */ new Map();
var PARSED_YAML = 64;

// src/manifests/deployervalues.ts
function deployerOrigins(read, target) {
  const deployer = target.deployedBy;
  if (!deployer || target.kind !== "helm") return [];
  let known = sourcesByReader.get(read);
  if (!known) sourcesByReader.set(read, known = /* @__PURE__ */ new WeakMap());
  let sources = known.get(target);
  if (!sources) known.set(target, sources = findSources(read, target, deployer));
  return sources;
}
var sourcesByReader = /* @__PURE__ */ new WeakMap();
function findSources(read, target, deployer) {
  const text = read(deployer.file);
  if (text === void 0) return [];
  const document = documentAt(text, deployer.line);
  if (!document) return [];
  const object = record2(parsedText(document.text));
  if (object.kind === "HelmRelease") return releaseSources(read, target, deployer.file, document, object);
  if (object.kind === "Application" || object.kind === "ApplicationSet") return applicationSources(target, deployer.file, document, object);
  return [];
}
function documentAt(text, line) {
  return splitDocuments(text).findLast((document) => document.firstLine <= line);
}
function releaseSources(read, target, file, document, object) {
  const spec = record2(object.spec);
  const sources = [];
  if (spec.values !== void 0) {
    const values = (path) => valueAt2(kubernetesValues(document.text), ["spec", "values", ...path]);
    sources.push(agreeing(textOrigin(file, document.text, ["spec", "values"], document.firstLine), values, target.helm?.values?.at(-1)));
  }
  const entries = Array.isArray(spec.valuesFrom) ? spec.valuesFrom.map(record2) : [];
  const released = releasedDocuments(target, spec, entries.length);
  for (let index = entries.length - 1; index >= 0; index--) {
    const entry = entries[index];
    const entryAt = positionIn(document, ["spec", "valuesFrom", index]);
    if (typeof entry.targetPath === "string" && entry.targetPath !== "") {
      const keys = entry.targetPath.trim().split(".");
      const line = positionIn(document, ["spec", "valuesFrom", index, "targetPath"]) ?? entryAt;
      if (line) sources.push(settingSource(file, keys, line, void 0));
      continue;
    }
    const inRepository = configSource(read, dirname6(file), file, entry);
    if (inRepository) sources.push(released ? agreeing(inRepository.origin, inRepository.value, released[index]) : inRepository.origin);
    else if (entryAt && released) sources.push(fixedSource(file, entryAt, released[index]));
  }
  const valuesFrom = positionIn(document, ["spec", "valuesFrom"]);
  if (!released && valuesFrom) for (const text of releasedTexts(target, spec).reverse()) sources.push(fixedSource(file, valuesFrom, text));
  return sources;
}
function releasedDocuments(target, spec, entries) {
  const texts = releasedTexts(target, spec);
  return texts.length === entries ? texts : void 0;
}
function releasedTexts(target, spec) {
  const values = target.helm?.values ?? [];
  const start = target.helm?.valuesFiles.length ? 1 : 0;
  return values.slice(start, spec.values === void 0 ? void 0 : -1);
}
function configSource(read, directory, releaseFile, entry) {
  const { kind, name } = entry;
  if (kind !== "ConfigMap" && kind !== "Secret" || typeof name !== "string") return void 0;
  const key = typeof entry.valuesKey === "string" ? entry.valuesKey : "values.yaml";
  const kustomizationFile = ["kustomization.yaml", "kustomization.yml", "Kustomization"].map((file) => join6(directory, file)).find((file) => read(file) !== void 0);
  const kustomization = record2(kustomizationFile ? parsedText(read(kustomizationFile)) : void 0);
  const generators = list3(kind === "ConfigMap" ? kustomization.configMapGenerator : kustomization.secretGenerator).map(record2);
  for (const generator of generators.filter((candidate) => candidate.name === name)) {
    for (const spec of list3(generator.files)) {
      if (typeof spec !== "string") continue;
      const [fileKey, path] = spec.includes("=") ? [spec.slice(0, spec.indexOf("=")), spec.slice(spec.indexOf("=") + 1)] : [basename6(spec), spec];
      const file = normalize3(join6(directory, path));
      const text = fileKey === key ? read(file) : void 0;
      if (text !== void 0) return { origin: textOrigin(file, text), value: (path2) => valueAt2(kubernetesValues(text), path2) };
    }
  }
  const files = [releaseFile, ...list3(kustomization.resources).flatMap((resource) => typeof resource === "string" ? [normalize3(join6(directory, resource))] : [])];
  for (const file of new Set(files)) {
    for (const document of splitDocuments(read(file) ?? "")) {
      const object = record2(parsedText(document.text));
      if (object.kind !== kind || record2(object.metadata).name !== name) continue;
      const block = blockSource(file, document, [kind === "Secret" ? "stringData" : "data", key]) ?? (kind === "Secret" ? blockSource(file, document, ["data", key], true) : void 0);
      if (block) return block;
    }
  }
  return void 0;
}
function applicationSources(target, file, document, object) {
  const helmPath = helmSourcePath(target, object);
  if (!helmPath) return [];
  const helm = record2(valueAt2(object, helmPath));
  const sources = [];
  const parameters = list3(helm.parameters).map(record2);
  for (let index = parameters.length - 1; index >= 0; index--) {
    const { name, value } = parameters[index];
    const line = positionIn(document, [...helmPath, "parameters", index, "value"]) ?? positionIn(document, [...helmPath, "parameters", index]);
    if (typeof name !== "string" || name === "" || !line) continue;
    const given = value === void 0 || value === null ? "" : String(value);
    if (parameterValue(target, name) === given) sources.push(settingSource(file, name.split("."), line, given));
  }
  const fileParameters = list3(helm.fileParameters).map(record2);
  for (let index = fileParameters.length - 1; index >= 0; index--) {
    const { name } = fileParameters[index];
    const line = positionIn(document, [...helmPath, "fileParameters", index, "path"]) ?? positionIn(document, [...helmPath, "fileParameters", index]);
    if (typeof name === "string" && name !== "" && line) sources.push(settingSource(file, name.split("."), line, void 0));
  }
  const inline = target.helm?.values?.[0];
  if (helm.valuesObject !== void 0 && helm.valuesObject !== null) {
    sources.push(agreeing(textOrigin(file, document.text, [...helmPath, "valuesObject"], document.firstLine), (path) => valueAt2(kubernetesValues(document.text), [...helmPath, "valuesObject", ...path]), inline));
  } else {
    const block = blockSource(file, document, [...helmPath, "values"]);
    if (block) sources.push(agreeing(block.origin, block.value, inline));
  }
  return sources;
}
function helmSourcePath(target, object) {
  const base = object.kind === "ApplicationSet" ? ["spec", "template", "spec"] : ["spec"];
  const spec = record2(valueAt2(object, base));
  const candidates = spec.source !== void 0 ? [[...base, "source"]] : list3(spec.sources).map((_, index) => [...base, "sources", index]);
  const helm = candidates.filter((path) => childAt(valueAt2(object, path), "helm") !== void 0);
  const chart = (path) => {
    const source = record2(valueAt2(object, path));
    if (target.chart) return source.chart === target.chart.name;
    return typeof source.path === "string" && normalize3(source.path.replace(/^\/+/, "") || ".").replace(/\/+$/, "") === target.path;
  };
  const found = helm.length === 1 ? helm[0] : helm.find(chart);
  return found && [...found, "helm"];
}
function agreeing(origin, value, rendered) {
  const document = rendered === void 0 ? void 0 : kubernetesValues(rendered);
  return {
    ...origin,
    locate: (path) => {
      const position = origin.locate(path);
      if (!position || position.depth < path.length) return position;
      const given = value(path);
      if (given !== null && typeof given === "object") return position;
      return JSON.stringify(given) === JSON.stringify(valueAt2(document, path)) ? position : void 0;
    }
  };
}
function parameterValue(target, name) {
  const set2 = (target.helm?.set ?? []).findLast((entry) => entry.startsWith(`${name}=`));
  if (set2 !== void 0) return set2.slice(name.length + 1).replace(/\\,/g, ",");
  for (const text of [...target.helm?.values ?? []].reverse()) {
    const value = valueAt2(kubernetesValues(text), name.split("."));
    if (typeof value === "string") return value;
  }
  return void 0;
}
function kubernetesValues(text) {
  if (!kubernetesTexts.has(text)) {
    let parsed;
    try {
      parsed = (0, import_yaml9.parse)(text, KUBERNETES_YAML);
    } catch {
      parsed = void 0;
    }
    if (kubernetesTexts.size >= KUBERNETES_TEXTS) kubernetesTexts.delete(kubernetesTexts.keys().next().value);
    kubernetesTexts.set(text, parsed);
  }
  return kubernetesTexts.get(text);
}
var kubernetesTexts = /* @__PURE__ */ new Map();
var KUBERNETES_TEXTS = 32;
function settingSource(file, keys, line, value) {
  const covers = (path) => keys.length <= path.length && keys.every((key, index) => String(path[index]) === key);
  return {
    file,
    locate: (path) => covers(path) ? { line: line.line, column: line.column, depth: path.length } : void 0,
    value: (path) => covers(path) && path.length === keys.length ? value : void 0
  };
}
function fixedSource(file, line, text) {
  const inner = textOrigin(file, text);
  return {
    file,
    locate: (path) => {
      const position = inner.locate(path);
      return position && { line: line.line, column: line.column, depth: position.depth };
    },
    value: inner.value
  };
}
function blockSource(file, document, path, base64 = false) {
  const position = safeLocate2(document.text, path);
  if (!position || position.depth < path.length) return void 0;
  const lines = document.text.split("\n");
  if (base64 || !/:\s*\|[-+0-9]*\s*(#.*)?$/.test(lines[position.line - 1] ?? "")) {
    const raw = valueAt2(kubernetesValues(document.text), path);
    if (typeof raw !== "string") return void 0;
    const text2 = base64 ? Buffer.from(raw, "base64").toString("utf8") : raw;
    const keyLine = { line: document.firstLine - 1 + position.line, column: position.column, depth: path.length };
    return { origin: fixedSource(file, keyLine, text2), value: (inner) => valueAt2(kubernetesValues(text2), inner) };
  }
  const content = [];
  let indent;
  for (const line of lines.slice(position.line)) {
    if (line.trim() === "") {
      content.push("");
      continue;
    }
    const own = line.length - line.trimStart().length;
    indent ??= own;
    if (own < indent || own <= position.column - 1) break;
    content.push(line.slice(indent));
  }
  if (indent === void 0) return void 0;
  const text = content.join("\n");
  return { origin: textOrigin(file, text, [], document.firstLine + position.line, indent), value: (inner) => valueAt2(kubernetesValues(text), inner) };
}
function positionIn(document, path) {
  const position = safeLocate2(document.text, path);
  return position && position.depth === path.length ? { line: document.firstLine - 1 + position.line, column: position.column, depth: path.length } : void 0;
}
function safeLocate2(text, path) {
  try {
    return locateInYaml(text, path);
  } catch {
    return void 0;
  }
}
function record2(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : {};
}
function list3(value) {
  return Array.isArray(value) ? value : [];
}

// src/manifests/helmvalues.ts
function locateValues(read, target, chartDir, path, minimum = path.length) {
  let best;
  for (const { origin, prefix } of valuesOrigins(read, target, chartDir, path[0] === "global")) {
    const position = origin.locate([...prefix, ...path]);
    const depth = (position?.depth ?? 0) - prefix.length;
    if (!position || depth < minimum || depth <= (best?.depth ?? -1)) continue;
    best = { location: { file: origin.file, line: position.line, column: position.column }, depth };
    if (depth === path.length) break;
  }
  return best?.location;
}
function valuesOrigins(read, target, chartDir, global) {
  const keys = global ? [] : chartChain(read, target.path, chartDir).slice(1).map((chart) => chart.key);
  return [
    ...deployerOrigins(read, target).map((origin) => ({ origin, prefix: keys })),
    ...valuesSources(read, target, chartDir, global).map(({ file, prefix }) => ({ origin: textOrigin(file, read(file) ?? ""), prefix }))
  ];
}
function valuesSources(read, target, chartDir, global) {
  const chain = chartChain(read, target.path, chartDir);
  const keys = chain.slice(1).map((chart) => chart.key);
  const user = [...target.helm?.valuesFiles ?? []].reverse().map((file) => ({ file, prefix: global ? [] : keys }));
  const charts = chain.map((chart, level) => ({ file: chart.dir === "." ? "values.yaml" : `${chart.dir}/values.yaml`, prefix: global ? [] : keys.slice(level) }));
  return [...user, ...charts];
}
var MAX_NESTING = 16;
function chartChain(read, root, chartDir) {
  let chains = knownChains.get(read);
  if (!chains) knownChains.set(read, chains = /* @__PURE__ */ new Map());
  const key = `${root}\0${chartDir}`;
  let chain = chains.get(key);
  if (!chain) chains.set(key, chain = findChain(read, root, chartDir));
  return chain;
}
var knownChains = /* @__PURE__ */ new WeakMap();
function findChain(read, root, chartDir) {
  const start = [{ dir: root, key: "" }];
  const seen = /* @__PURE__ */ new Set([root]);
  for (let queue = [start]; queue.length; ) {
    const chain = queue.shift();
    const { dir } = chain.at(-1);
    if (dir === chartDir) return chain;
    if (chain.length > MAX_NESTING) continue;
    for (const next of subcharts(read, dir, chartDir)) {
      if (seen.has(next.dir)) continue;
      seen.add(next.dir);
      queue.push([...chain, next]);
    }
  }
  return start;
}
function subcharts(read, dir, chartDir) {
  const found = [];
  const charts = dir === "." ? "charts/" : `${dir}/charts/`;
  if (chartDir.startsWith(charts)) {
    const folder = chartDir.slice(charts.length).split("/")[0];
    found.push({ dir: `${charts}${folder}`, key: subchartKey(read, dir, `${charts}${folder}`, folder) });
  }
  for (const dependency of fileDependencies(dir, read)) found.push({ dir: dependency.chart, key: dependency.key });
  return found;
}
function subchartKey(read, parent, dir, folder) {
  const name = readYaml(read, `${dir}/Chart.yaml`)?.name ?? folder;
  const dependencies = readYaml(read, parent === "." ? "Chart.yaml" : `${parent}/Chart.yaml`)?.dependencies;
  const entry = Array.isArray(dependencies) ? dependencies.find((dependency) => dependency?.name === name && typeof dependency?.alias === "string") : void 0;
  return typeof entry?.alias === "string" ? entry.alias : name;
}
function readYaml(read, file) {
  const text = read(file);
  const value = text === void 0 ? void 0 : parsedText(text);
  return value && typeof value === "object" && !Array.isArray(value) ? value : void 0;
}

// src/manifests/helmlocate.ts
var alignments = /* @__PURE__ */ new WeakMap();
function locateThroughTemplate(resource, path, read, helpers) {
  const { document } = resource;
  const origins = originsOf(document, read, helpers, resource.target);
  if (!origins) return void 0;
  const documentPath = [...resource.documentPath ?? [], ...path];
  const lines = renderedLines(document.text, documentPath);
  const depth = lines.length - 1;
  const origin = origins[lines[depth]];
  if (!origin) return void 0;
  const line = origin.lines[origin.index];
  const chartDir = chartOf(origin.file);
  const values = (valuesPath, minimum) => valuesPath && valuesPath.length > 0 ? locateValues(read, resource.target, chartDir, valuesPath, minimum) : void 0;
  const template = { file: origin.file, line: line.line + 1, column: line.indent + 1 };
  if (line.kind === "block") {
    const first2 = lines.findIndex((rendered2) => sameBlock(origins[rendered2], origin));
    const below = documentPath.slice(Math.max(0, first2 - 1), depth);
    return (line.values && values([...line.values, ...below], line.values.length)) ?? template;
  }
  const rendered = valueAt2(resource.object, path.slice(0, depth - (resource.documentPath?.length ?? 0)));
  const isScalar7 = rendered === null || typeof rendered !== "object";
  const first = lines.findIndex((at3) => sameLine(origins[at3], origin));
  const tailed = printedByTail(origin, read, first, depth, isScalar7);
  if (tailed) return values([...tailed, ...documentPath.slice(first, depth)], tailed.length) ?? template;
  if (!isScalar7 && line.key !== void 0 && !line.item) {
    const printed = contentBlock(document.text, lines[depth], origins);
    if (printed) return values(printed, printed.length) ?? template;
  }
  const followIncludes = isScalar7 && path[0] !== "metadata";
  const reads = isScalar7 ? [...line.reads ?? [], ...followIncludes ? includedReads(line.includes ?? [], helpers, read) : []] : [];
  if (reads.length) return values(pickRead(reads)) ?? template;
  return values(exposedBlock(origin, rendered)) ?? template;
}
function originsOf(document, read, helpers, target) {
  if (alignments.has(document)) return alignments.get(document);
  const key = [document.sourceFile, ...helpers, document.text].join("\0");
  if (alignedTexts.has(key)) {
    const known = alignedTexts.get(key) ?? void 0;
    alignments.set(document, known);
    return known;
  }
  const origins = alignOrigins(document, read, helpers, target);
  if (alignedTexts.size >= ALIGNED_TEXTS) alignedTexts.delete(alignedTexts.keys().next().value);
  alignedTexts.set(key, origins ?? null);
  return origins;
}
var alignedTexts = /* @__PURE__ */ new Map();
var ALIGNED_TEXTS = 512;
function alignOrigins(document, read, helpers, target) {
  const text = read(document.sourceFile);
  const origins = text === void 0 ? void 0 : alignRendered(
    document.text,
    { file: document.sourceFile, text },
    helpers.flatMap((file) => {
      const helper = read(file);
      return helper === void 0 ? [] : [{ file, text: helper }];
    }),
    valuesOf(read, target)
  );
  alignments.set(document, origins);
  return origins;
}
function valuesOf(read, target) {
  return (file, path) => {
    for (const { origin, prefix } of valuesOrigins(read, target, chartOf(file), path[0] === "global")) {
      const value = origin.value([...prefix, ...path]);
      if (value === void 0) continue;
      if (typeof value === "string") return value;
      return typeof value === "boolean" || typeof value === "number" && Number.isSafeInteger(value) ? String(value) : void 0;
    }
    return void 0;
  };
}
function renderedLines(text, path) {
  const lines = [0];
  for (let k = 1; k <= path.length; k++) {
    const position = locateInYaml(text, path.slice(0, k));
    if (!position || position.depth < k) break;
    lines.push(position.line - 1);
  }
  return lines;
}
function sameBlock(a, b) {
  return sameLine(a, b) && a.blockStart === b.blockStart;
}
function sameLine(a, b) {
  return a !== void 0 && a.lines === b.lines && a.index === b.index;
}
function printedByTail(origin, read, first, depth, isScalar7) {
  const line = origin.lines[origin.index];
  if (line.kind !== "pattern" || !line.tail || line.key === void 0 || line.item || first < 0 || first === depth && isScalar7) return void 0;
  if (line.reads?.length) return pickRead(line.reads);
  const text = read(origin.file)?.split("\n")[line.line] ?? "";
  return /\btoYaml\s+\.\s*(?:\||-?\}\})|\{\{-?\s*\.\s*\|\s*toYaml\b/.test(text) ? withValues(origin.lines, origin.index) : void 0;
}
function withValues(lines, index) {
  for (let at3 = index - 1; at3 >= 0; at3--) {
    const opener = lines[at3];
    if (opener.end === void 0 || opener.end < index) continue;
    if (opener.control?.word === "range" || opener.control?.word === "define") return void 0;
    if (opener.control?.word === "with") return (opener.branches?.[0] ?? opener.end) > index ? opener.control.values : void 0;
  }
  return void 0;
}
function contentBlock(text, keyLine, origins) {
  const rendered = text.split("\n");
  const indent = indentOf3(rendered[keyLine]);
  let block;
  for (let at3 = keyLine + 1; at3 < rendered.length; at3++) {
    const content = rendered[at3];
    if (content.trim() === "" || content.trim().startsWith("#")) continue;
    if (indentOf3(content) < indent || indentOf3(content) === indent && !/^-(?:[ \t]|$)/.test(content.trimStart())) break;
    const origin = origins[at3];
    if (!origin || origin.lines[origin.index].kind !== "block" || block && !sameBlock(origin, block)) return void 0;
    block = origin;
  }
  return block && block.lines[block.index].values;
}
function indentOf3(text) {
  return text.length - text.trimStart().length;
}
function exposedBlock(origin, rendered) {
  const { lines, index } = origin;
  const line = lines[index];
  const children = childLines(lines, index);
  if (line.key !== void 0 && !line.item) return soleBlock(children);
  if (!line.item || childAt(rendered, "securityContext") !== void 0) return void 0;
  const key = children.find((child) => child.kind === "pattern" && child.key === "securityContext");
  return key ? soleBlock(childLines(lines, lines.indexOf(key))) : void 0;
}
function childLines(lines, index) {
  const line = lines[index];
  const indent = line.item ? line.indent + 1 : line.indent;
  const children = [];
  for (let i = index + 1; i < lines.length; i++) {
    const child = lines[i];
    if (child.kind === "blank" || child.kind === "control") {
      children.push(child);
      continue;
    }
    const childIndent = child.kind === "block" ? child.blockIndent ?? child.indent : child.indent;
    if (childIndent <= indent) break;
    children.push(child);
  }
  return children;
}
function soleBlock(children) {
  const printing = children.filter((child) => child.kind === "pattern" || child.kind === "block");
  const block = printing[0];
  return printing.length === 1 && block?.kind === "block" ? block.values : void 0;
}
function includedReads(names, helpers, read) {
  return names.flatMap((name) => {
    for (const file of helpers) {
      const text = read(file) ?? "";
      const start = text.indexOf(`define "${name}"`);
      if (start === -1) continue;
      const end = text.indexOf("{{- define", start + 1);
      const body = text.slice(start, end === -1 ? void 0 : end);
      return [...body.matchAll(VALUES_REF)].map((match) => match[1].split(".").filter(Boolean));
    }
    return [];
  });
}
function pickRead(all) {
  const own = all.filter((path) => path[0] !== "global");
  const reads = own.length ? own : all;
  return reads.find((path) => path.at(-1) === "digest") ?? reads.find((path) => path.at(-1) === "tag") ?? reads.at(-1);
}

// src/manifests/kustomizelocate.ts
import { dirname as dirname8, join as join8 } from "node:path/posix";

// src/manifests/kustomizefile.ts
var import_yaml10 = __toESM(require_dist(), 1);
import { dirname as dirname7, join as join7 } from "node:path/posix";
function readKustomization2(file, read) {
  const text = read(file);
  if (text === void 0) return void 0;
  let spec;
  try {
    spec = (0, import_yaml10.parse)(text);
  } catch {
    return void 0;
  }
  if (spec === null || typeof spec !== "object" || Array.isArray(spec)) return void 0;
  const record3 = spec;
  const entry = (key, index, value, target) => patchOf(file, text, [key, index], value, target, read);
  return {
    file,
    text,
    spec: record3,
    patches: {
      PatchStrategicMergeTransformer: list4(record3.patchesStrategicMerge).flatMap((value, index) => entry("patchesStrategicMerge", index, value) ?? []),
      PatchTransformer: list4(record3.patches).flatMap((value, index) => entry("patches", index, value, value?.target) ?? []),
      PatchJson6902Transformer: list4(record3.patchesJson6902).flatMap((value, index) => entry("patchesJson6902", index, value, value?.target) ?? [])
    }
  };
}
function patchOf(file, text, at3, value, target, read) {
  const record3 = typeof value === "object" && value !== null ? value : {};
  const inline = typeof value === "string" && value.includes("\n") ? inlineSnippet(file, text, at3) : typeof record3.patch === "string" ? inlineSnippet(file, text, [...at3, "patch"]) : void 0;
  const path = typeof value === "string" && !inline ? value : typeof record3.path === "string" ? record3.path : void 0;
  const snippet = inline ?? (path === void 0 ? void 0 : fileSnippet(join7(dirname7(file), path), read));
  if (!snippet) return void 0;
  const selector = selectorOf(target);
  const ops = jsonOps(snippet.text);
  if (ops) return { type: "json6902", ops, snippet, target: selector };
  const documents = splitDocuments(snippet.text).map((document) => ({ ...snippet, text: document.text, firstLine: snippet.firstLine + document.firstLine - 1 }));
  return { type: "merge", documents, target: selector };
}
function fileSnippet(file, read) {
  const text = read(file);
  return text === void 0 ? void 0 : { file, text, firstLine: 1, indent: 0 };
}
function inlineSnippet(file, text, at3) {
  const key = locateInYaml(text, at3);
  if (!key || key.depth < at3.length) return void 0;
  const lines = text.split("\n");
  const value = (0, import_yaml10.parse)(text);
  const patch = at3.reduce((node, element) => node?.[element], value);
  if (typeof patch !== "string") return void 0;
  const keyLine = lines[key.line - 1] ?? "";
  if (!/:\s*\|[-+0-9]*\s*(?:#.*)?$/.test(keyLine) && !/^\s*-\s*\|[-+0-9]*\s*$/.test(keyLine)) {
    return { file, text: "", firstLine: key.line, indent: 0 };
  }
  const content = lines.slice(key.line).find((line) => line.trim() !== "") ?? "";
  return { file, text: patch, firstLine: key.line + 1, indent: content.length - content.trimStart().length };
}
function jsonOps(text) {
  if (!/^\s*(?:\[|-)/.test(text.replace(/^(?:\s*#.*\n)*/, ""))) return void 0;
  try {
    const [document] = (0, import_yaml10.parseAllDocuments)(text);
    const value = document?.toJS();
    if (!Array.isArray(value)) return void 0;
    return value.map((op) => ({ op: String(op?.op), path: typeof op?.path === "string" ? op.path : "", hasValue: op !== null && typeof op === "object" && "value" in op }));
  } catch {
    return void 0;
  }
}
function selectorOf(value) {
  if (typeof value !== "object" || value === null) return void 0;
  const record3 = value;
  const text = (key) => typeof record3[key] === "string" ? record3[key] : void 0;
  return { group: text("group"), version: text("version"), kind: text("kind"), name: text("name") };
}
function selects(selector, apiVersion, kind, names) {
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : ["", apiVersion];
  const matches = (pattern2, value) => {
    if (pattern2 === void 0 || pattern2 === "") return true;
    try {
      return new RegExp(`^(?:${pattern2})$`).test(value);
    } catch {
      return pattern2 === value;
    }
  };
  return matches(selector.group, group) && matches(selector.version, version) && matches(selector.kind, kind) && names.some((name) => matches(selector.name, name));
}
function list4(value) {
  return Array.isArray(value) ? value : [];
}

// src/manifests/kustomizelocate.ts
function createKustomizeLocator(read) {
  const kustomizations = /* @__PURE__ */ new Map();
  const kustomization = (file) => {
    if (!kustomizations.has(file)) kustomizations.set(file, readKustomization2(file, read));
    return kustomizations.get(file);
  };
  return (resource, path) => {
    const { document } = resource;
    const steps = stepsOf(resource, kustomization);
    const innermost = steps.length > 0 ? steps[0].names : unhashed(resource);
    const origin = document.generator ? generatorCandidate(resource, path, document.sourceFile, innermost, steps, kustomization, read) : originCandidate(resource, path, read, innermost);
    const setters = steps.toReversed().flatMap((step2) => stepCandidates(step2, resource, path));
    const exact = (candidate) => candidate !== void 0 && candidate.depth >= path.length;
    const ordered = isBlock(valueAt2(resource.object, path)) ? [origin, ...setters] : [...setters, origin];
    const found = ordered.find(exact);
    if (found) return found.location;
    let best;
    for (const candidate of [origin, ...setters]) if (candidate && (!best || candidate.depth > best.depth)) best = candidate;
    return best?.location ?? { file: document.sourceFile, line: 1 };
  };
}
function isBlock(value) {
  if (value === void 0 || value === null) return true;
  if (Array.isArray(value)) return value.some((item) => typeof item === "object" && item !== null);
  return typeof value === "object";
}
function unhashed(resource) {
  const name = resource.document.generator ? resource.name.replace(/-[a-z0-9]{10}$/, "") : resource.name;
  return [name];
}
function stepsOf(resource, kustomization) {
  const runs = [];
  for (const run of resource.document.transformations ?? []) {
    const last = runs.at(-1);
    if (!last || last.file !== run.file || last.kind !== run.kind) runs.push(run);
  }
  let name = unhashed(resource)[0];
  const current = [];
  const overrides = resource.target.kustomize ?? {};
  for (const run of runs.toReversed()) {
    const spec = run.file ? kustomization(run.file)?.spec ?? {} : overrides;
    current.push(name);
    if (/Prefix/.test(run.kind) && typeof spec.namePrefix === "string" && name.startsWith(spec.namePrefix)) name = name.slice(spec.namePrefix.length);
    if (/Suffix/.test(run.kind) && typeof spec.nameSuffix === "string" && name.endsWith(spec.nameSuffix)) name = name.slice(0, name.length - spec.nameSuffix.length);
  }
  current.reverse();
  const innermost = name;
  return runs.map((run, index) => ({
    kind: run.kind,
    kustomization: run.file ? kustomization(run.file) : void 0,
    names: [.../* @__PURE__ */ new Set([innermost, ...current.slice(0, index + 1)])]
  }));
}
function originCandidate(resource, path, read, names) {
  const file = resource.document.sourceFile;
  const text = read(file);
  if (text === void 0) return void 0;
  const found = sourceObject(text, resource.kind, names);
  if (!found) return void 0;
  return positionIn2({ file, text: found.text, firstLine: found.firstLine, indent: 0 }, [...found.itemPath, ...path], nest(found.itemPath, resource.object), found.itemPath.length);
}
function sourceObject(fileText, kind, names) {
  const documents = splitDocuments(fileText);
  const ofKind = [];
  for (const document of documents) {
    const identity2 = quickIdentity(document.text);
    if (identity2?.kind === kind) {
      if (identity2.name !== void 0 && names.includes(identity2.name)) return { ...document, itemPath: [] };
      ofKind.push({ ...document, itemPath: [] });
    } else if (/^items[ \t]*:/m.test(document.text)) {
      const root = readObject(document.text);
      for (const item of root ? flattenLists(root).objects : []) {
        if (item.path.length === 0 || item.object.kind !== kind) continue;
        const name = item.object.metadata?.name;
        if (typeof name === "string" && names.includes(name)) return { ...document, itemPath: item.path };
        ofKind.push({ ...document, itemPath: item.path });
      }
    }
  }
  return ofKind.length === 1 ? ofKind[0] : void 0;
}
var GENERATOR_KEYS = { ConfigMapGenerator: "configMapGenerator", SecretGenerator: "secretGenerator" };
function generatorCandidate(resource, path, origin, names, steps, kustomization, read) {
  const key = GENERATOR_KEYS[resource.document.generator];
  if (!key) return void 0;
  const files = [`${resource.target.path}/kustomization.yaml`, ...steps.toReversed().flatMap((step2) => step2.kustomization?.file ?? []), origin];
  let created;
  for (const file of new Set(files)) {
    const spec = kustomization(file);
    if (!spec) continue;
    list4(spec.spec[key]).forEach((entry, index) => {
      const record3 = entry ?? {};
      if (created?.depth === path.length || typeof record3.name !== "string" || !names.includes(record3.name)) return;
      const dataKey = ["data", "stringData", "binaryData"].includes(String(path[0])) && path.length === 2 ? String(path[1]) : void 0;
      const holding = dataKey === void 0 ? void 0 : dataSource(spec, [key, index], record3, dataKey, read);
      if (holding) created = { location: holding, depth: path.length };
      else if (file === origin && !created) created = { location: at(spec.file, locateInYaml(spec.text, [key, index])), depth: path.length === 0 ? 0 : -1 };
    });
    if (created?.depth === path.length) return created;
  }
  return created && { ...created, depth: Math.max(created.depth, 0) };
}
function dataSource(spec, at_, entry, key, read) {
  const literal = list4(entry.literals).findIndex((value) => typeof value === "string" && value.split("=")[0].trim() === key);
  if (literal >= 0) return at(spec.file, locateInYaml(spec.text, [...at_, "literals", literal]));
  const file = list4(entry.files).findIndex((value) => typeof value === "string" && (value.split("=")[0] === key || !value.includes("=") && value.split("/").at(-1) === key));
  if (file >= 0) return at(spec.file, locateInYaml(spec.text, [...at_, "files", file]));
  const envs = [...list4(entry.envs), ...typeof entry.env === "string" ? [entry.env] : []];
  for (const env of envs) {
    if (typeof env !== "string") continue;
    const envFile = join8(dirname8(spec.file), env);
    const line = (read(envFile) ?? "").split("\n").findIndex((text) => text.split("=")[0].trim() === key);
    if (line >= 0) return { file: envFile, line: line + 1 };
  }
  return void 0;
}
function stepCandidates(step2, resource, path) {
  const spec = step2.kustomization;
  if (!spec) return wrapperCandidate(step2, resource, path);
  const patches = spec.patches[step2.kind];
  if (patches) return patches.toReversed().flatMap((patch) => patchCandidate(patch, step2, resource, path) ?? []);
  const entry = transformerEntry(step2.kind, spec.spec, resource, path, step2.names);
  if (!entry) return [];
  return [{ location: at(spec.file, locateInYaml(spec.text, entry)), depth: path.length }];
}
function wrapperCandidate(step2, resource, path) {
  const deployer = resource.target.deployedBy;
  const entry = transformerEntry(step2.kind, resource.target.kustomize ?? {}, resource, path, step2.names);
  return deployer && entry ? [{ location: { file: deployer.file, line: deployer.line }, depth: path.length }] : [];
}
function transformerEntry(kind, spec, resource, path, names) {
  const last = path.at(-1);
  const joined = path.join(".");
  switch (kind) {
    case "NamespaceTransformer":
      return joined === "metadata.namespace" && typeof spec.namespace === "string" ? ["namespace"] : void 0;
    case "PrefixTransformer":
      return joined === "metadata.name" && spec.namePrefix ? ["namePrefix"] : void 0;
    case "SuffixTransformer":
      return joined === "metadata.name" && spec.nameSuffix ? ["nameSuffix"] : void 0;
    case "LabelTransformer":
      return path.at(-2) === "labels" ? labelEntry(spec, String(last)) : void 0;
    case "AnnotationsTransformer":
      return path.at(-2) === "annotations" && Object.hasOwn(spec.commonAnnotations ?? {}, String(last)) ? ["commonAnnotations", String(last)] : void 0;
    case "ReplicaCountTransformer": {
      const index = list4(spec.replicas).findIndex((entry) => names.includes(String(childAt(entry, "name"))));
      return joined === "spec.replicas" && index >= 0 ? ["replicas", index, "count"] : void 0;
    }
    case "ImageTagTransformer":
      return last === "image" ? imageEntry(spec, valueAt2(resource.object, path)) : void 0;
    case "ReplacementTransformer":
      return replacementEntry(spec, resource, path, names);
    default:
      return void 0;
  }
}
function labelEntry(spec, key) {
  const labels = list4(spec.labels);
  for (let index = labels.length - 1; index >= 0; index--) {
    if (Object.hasOwn(childAt(labels[index], "pairs") ?? {}, key)) return ["labels", index, "pairs", key];
  }
  return Object.hasOwn(spec.commonLabels ?? {}, key) ? ["commonLabels", key] : void 0;
}
function imageEntry(spec, image) {
  if (typeof image !== "string") return void 0;
  const [, repository, tag, digest] = /^(.*?)(?::([\w.-]+))?(?:@(\S+))?$/.exec(image) ?? [];
  const entries = list4(spec.images);
  for (let index = entries.length - 1; index >= 0; index--) {
    const entry = entries[index] ?? {};
    const name = entry.newName ?? entry.name;
    if (name !== repository || entry.newTag !== void 0 && String(entry.newTag) !== tag || entry.digest !== void 0 && entry.digest !== digest) continue;
    const key = ["newTag", "digest", "newName"].find((field) => entry[field] !== void 0) ?? "name";
    return ["images", index, key];
  }
  return void 0;
}
function replacementEntry(spec, resource, path, names) {
  const replacements = list4(spec.replacements);
  for (let r = replacements.length - 1; r >= 0; r--) {
    const targets = list4(childAt(replacements[r], "targets"));
    for (let t = targets.length - 1; t >= 0; t--) {
      const target = targets[t];
      const select = target?.select ?? {};
      if (!selects(select, resource.apiVersion, resource.kind, names)) continue;
      if (list4(target.reject).some((reject) => selects(reject, resource.apiVersion, resource.kind, names))) continue;
      const fieldPaths = list4(target.fieldPaths);
      const f = fieldPaths.findIndex((fieldPath) => typeof fieldPath === "string" && fieldPathMatches(fieldPath, path, resource.object));
      if (f >= 0) return ["replacements", r, "targets", t, "fieldPaths", f];
    }
  }
  return void 0;
}
function fieldPathMatches(fieldPath, path, object) {
  const elements = fieldPath.match(/\[[^\]]*\]|[^.[\]]+/g) ?? [];
  if (elements.length !== path.length) return false;
  let node = object;
  return elements.every((element, index) => {
    const actual = path[index];
    const item = /^\[(.+?)=(.*)\]$/.exec(element);
    const ok = element === "*" || (item ? String(childAt(childAt(node, actual), item[1])) === item[2] : element === String(actual));
    node = childAt(node, actual);
    return ok;
  });
}
function patchCandidate(patch, step2, resource, path) {
  if (patch.target && !selects(patch.target, resource.apiVersion, resource.kind, step2.names)) return void 0;
  if (patch.type === "json6902") return patch.target ? jsonPatchCandidate(patch, resource, path) : void 0;
  let best;
  for (const document of patch.documents) {
    if (!patch.target) {
      const identity2 = quickIdentity(document.text);
      if (identity2?.kind !== resource.kind || identity2.name === void 0 || !step2.names.includes(identity2.name)) continue;
    }
    const candidate = positionIn2(document, path, resource.object, 0);
    if (candidate && (!best || candidate.depth > best.depth)) best = candidate;
  }
  return best;
}
function jsonPatchCandidate(patch, resource, path) {
  for (let index = patch.ops.length - 1; index >= 0; index--) {
    const op = patch.ops[index];
    if (!["add", "replace", "copy", "move"].includes(op.op)) continue;
    const pointer = pointerPath(op.path, resource.object);
    if (!pointer || pointer.length > path.length || !pointer.every((element, i) => element === path[i])) continue;
    const rest = path.slice(pointer.length);
    if (!op.hasValue) return { location: lineOf(patch.snippet, locateInYaml(patch.snippet.text, [index, "path"])), depth: path.length };
    const inValue = nest([index, "value"], valueAt2(resource.object, pointer));
    const candidate = positionIn2(patch.snippet, [index, "value", ...rest], inValue, 2);
    if (candidate) return { ...candidate, depth: candidate.depth + pointer.length };
  }
  return void 0;
}
function pointerPath(pointer, object) {
  if (!pointer.startsWith("/")) return void 0;
  const path = [];
  let node = object;
  for (const raw of pointer.slice(1).split("/")) {
    const token = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    const element = Array.isArray(node) ? token === "-" ? node.length - 1 : Number(token) : token;
    path.push(element);
    node = childAt(node, element);
  }
  return path;
}
function positionIn2(snippet, path, rendered, skip) {
  if (snippet.text === "") return { location: { file: snippet.file, line: snippet.firstLine }, depth: 0 };
  const position = locateInYaml(snippet.text, path, rendered);
  if (!position || position.depth < skip) return void 0;
  return { location: lineOf(snippet, position), depth: position.depth - skip };
}
function lineOf(snippet, position) {
  if (!position) return { file: snippet.file, line: snippet.firstLine };
  return { file: snippet.file, line: snippet.firstLine + position.line - 1, column: position.column + snippet.indent };
}
function at(file, position) {
  return position ? { file, line: position.line, column: position.column } : { file, line: 1 };
}
function nest(prefix, object) {
  let value = object;
  for (const element of prefix.toReversed()) {
    if (typeof element === "number") {
      const items = [];
      items[element] = value;
      value = items;
    } else {
      value = { [element]: value };
    }
  }
  return value;
}

// src/manifests/templates.ts
function locateInTemplate(text, path, expected) {
  const keys = path.filter((element) => typeof element === "string");
  if (keys.length === 0) return void 0;
  const rawLines = text.split("\n");
  const lines = rawLines.map(parseKeyLine);
  const valuePattern = expected === void 0 || expected === "" ? void 0 : tokenPattern(expected);
  for (let keyIndex = keys.length - 1; keyIndex >= 0; keyIndex--) {
    let best;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (!line || line.key !== keys[keyIndex]) continue;
      const score = ancestorsMatched(lines, i, keys, keyIndex);
      const valueMatched = valuePattern !== void 0 && keyIndex === keys.length - 1 && valueHolds(rawLines, lines, i, valuePattern);
      if (!best || Number(valueMatched) > Number(best.valueMatched) || valueMatched === best.valueMatched && score > best.score) {
        best = { line: i + 1, column: line.indent + 1, depth: keyIndex + 1, valueMatched, score };
      }
    }
    if (best) {
      const { score: _score, ...match } = best;
      return match;
    }
  }
  return void 0;
}
function includedTemplates(template, helpers) {
  const defined = /* @__PURE__ */ new Map();
  for (const helper of helpers) for (const block of defineBlocks(helper.file, helper.text)) defined.set(block.name, block);
  const found = /* @__PURE__ */ new Map();
  let frontier = includedNames(template);
  for (let level = 0; level < 3 && frontier.length; level++) {
    const next = [];
    for (const name of frontier) {
      const block = defined.get(name);
      if (!block || found.has(name)) continue;
      found.set(name, block);
      next.push(...includedNames(block.text));
    }
    frontier = next;
  }
  return [...found.values()];
}
var DEFINE = /\{\{-?\s*define\s+"([^"]+)"\s*-?\}\}/;
var INCLUDE = /\b(?:include|template)\s+"([^"]+)"/g;
function includedNames(text) {
  return [...text.matchAll(INCLUDE)].map((match) => match[1]);
}
function defineBlocks(file, text) {
  const lines = text.split("\n");
  const starts = lines.flatMap((line, index) => {
    const name = DEFINE.exec(line)?.[1];
    return name === void 0 ? [] : [{ name, index }];
  });
  return starts.map(({ name, index }, n) => ({
    name,
    file,
    firstLine: index + 1,
    text: lines.slice(index, starts[n + 1]?.index ?? lines.length).join("\n")
  }));
}
function parseKeyLine(raw) {
  const match = /^([ \t]*)(?:-[ \t]+)*["']?([A-Za-z0-9_.\/-]+)["']?[ \t]*:(?:[ \t]|$)/.exec(raw);
  if (!match) return void 0;
  const indent = raw.length - raw.trimStart().replace(/^(-[ \t]+)+/, "").length;
  return { key: match[2], indent };
}
function ancestorsMatched(lines, i, keys, keyIndex) {
  let indent = lines[i].indent;
  let want = keyIndex - 1;
  let score = 0;
  for (let j = i - 1; j >= 0 && want >= 0 && indent > 0; j--) {
    const line = lines[j];
    if (!line || line.indent >= indent) continue;
    indent = line.indent;
    if (line.key === keys[want]) {
      score++;
      want--;
    }
  }
  return score;
}
function valueHolds(raw, lines, i, pattern2) {
  const indent = lines[i].indent;
  if (pattern2.test(raw[i].slice(raw[i].indexOf(":") + 1))) return true;
  for (let j = i + 1; j < raw.length && j < i + 200; j++) {
    const text = raw[j];
    if (text.trim() === "") continue;
    const lineIndent = text.length - text.trimStart().length;
    if (lineIndent < indent || lineIndent === indent && !text.trimStart().startsWith("-")) break;
    if (pattern2.test(text)) return true;
  }
  return false;
}
function tokenPattern(value) {
  const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?:^|[^\\w.-])${escaped}(?:$|[^\\w.-])`);
}

// src/manifests/source.ts
function cachedReader(root, maxBytes = Number.POSITIVE_INFINITY) {
  const cache = /* @__PURE__ */ new Map();
  return (path) => {
    if (!cache.has(path)) {
      try {
        const file = join9(root, path);
        cache.set(path, statSync(file).size > maxBytes ? void 0 : readFileSync(file, "utf8"));
      } catch {
        cache.set(path, void 0);
      }
    }
    return cache.get(path);
  };
}
function createLocator(read) {
  const locateKustomize = createKustomizeLocator(read);
  return (resource, path) => {
    const { document, target } = resource;
    if (document.location) return document.location;
    if (document.textIsSource) {
      const position = locateInYaml(document.text, inDocument(resource, path), nestAt(resource.documentPath ?? [], resource.object));
      return at2(document.sourceFile, document.firstLine, position);
    }
    if (target.kind === "helm") return locateHelm(resource, path, read);
    return locateKustomize(resource, path);
  };
}
function locateHelm(resource, path, read) {
  const { document } = resource;
  const traced = locateThroughTemplate(resource, path, read, document.relatedFiles.filter(isHelperFile));
  if (traced) return traced;
  const template = read(document.sourceFile) ?? "";
  const helpers = document.relatedFiles.filter(isHelperFile).map((file) => ({ file, text: read(file) ?? "" }));
  const sources = [
    { file: document.sourceFile, firstLine: 1, text: template },
    ...includedTemplates(template, helpers),
    ...document.relatedFiles.filter((file) => !isHelperFile(file)).map((file) => ({ file, firstLine: 1, text: read(file) ?? "" }))
  ];
  const expected = scalarAt(resource.object, path);
  let best;
  for (const source of sources) {
    const position = locateInTemplate(source.text, inDocument(resource, path), expected);
    if (position && (!best || position.depth > best.position.depth || position.depth === best.position.depth && position.valueMatched && !best.position.valueMatched)) {
      best = { file: source.file, firstLine: source.firstLine, position };
    }
  }
  return best ? at2(best.file, best.firstLine, best.position) : { file: document.sourceFile, line: 1 };
}
function isHelperFile(file) {
  const name = file.slice(file.lastIndexOf("/") + 1);
  return file.includes("/templates/") && (name.startsWith("_") || name.endsWith(".tpl"));
}
function inDocument(resource, path) {
  return resource.documentPath ? [...resource.documentPath, ...path] : path;
}
function nestAt(prefix, object) {
  let value = object;
  for (const element of [...prefix].reverse()) {
    if (typeof element === "number") {
      const list5 = [];
      list5[element] = value;
      value = list5;
    } else {
      value = { [element]: value };
    }
  }
  return value;
}
function scalarAt(object, path) {
  const value = valueAt2(object, path);
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? String(value) : void 0;
}
function at2(file, firstLine, position) {
  if (!position) return { file, line: firstLine };
  return { file, line: firstLine + position.line - 1, column: position.column };
}

// src/policy/evaluate.ts
var ENTRYPOINT = "kpg/violations";
var BATCH_ENTRYPOINT = "kpg/batch";
var DATA_PROBLEMS_ENTRYPOINT = "kpg/parameter_errors";
var BATCH_SIZE = 50;
async function createEvaluator(bundle, data) {
  let policy;
  try {
    policy = await loadPolicy(bundle.wasm);
    policy.setData(data);
  } catch (error) {
    throw new Error(`load policy: ${errorMessage(error)}`, { cause: error });
  }
  return evaluatorFor({
    entrypoints: Object.keys(policy.entrypoints),
    setData: (next) => policy.setData(next),
    evaluate: (input, entrypoint) => policy.evaluate(input, entrypoint)[0]?.result
  });
}
function evaluatorFor(policy) {
  if (!policy.entrypoints.includes(ENTRYPOINT)) {
    throw new Error(`load policy: the bundle has no entrypoint ${ENTRYPOINT} (it has ${policy.entrypoints.join(", ") || "none"})`);
  }
  const evaluate = (resource) => {
    try {
      return { resource, violations: toViolations(policy.evaluate(resource.object, ENTRYPOINT)) };
    } catch (error) {
      return { resource, error: errorMessage(error) };
    }
  };
  const evaluateBatch = (batch) => {
    try {
      const perObject = policy.evaluate({ objects: batch.map((resource) => resource.object) }, BATCH_ENTRYPOINT);
      if (!Array.isArray(perObject) || perObject.length !== batch.length) throw new Error(`${BATCH_ENTRYPOINT} returned ${batch.length} objects' worth of nothing`);
      return batch.map((resource, index) => ({ resource, violations: toViolations(perObject[index]) }));
    } catch {
      return batch.map(evaluate);
    }
  };
  const batched = policy.entrypoints.includes(BATCH_ENTRYPOINT);
  return {
    setData(data) {
      try {
        policy.setData(data);
      } catch (error) {
        throw new Error(`set policy data: ${errorMessage(error)}`, { cause: error });
      }
    },
    evaluate,
    dataProblems() {
      if (!policy.entrypoints.includes(DATA_PROBLEMS_ENTRYPOINT)) return [];
      return toViolations(policy.evaluate({}, DATA_PROBLEMS_ENTRYPOINT));
    },
    evaluateAll(resources) {
      if (!batched) return resources.map(evaluate);
      const evaluations = [];
      for (let start = 0; start < resources.length; start += BATCH_SIZE) evaluations.push(...evaluateBatch(resources.slice(start, start + BATCH_SIZE)));
      return evaluations;
    }
  };
}
function toViolations(result) {
  if (!Array.isArray(result)) throw new Error(`${ENTRYPOINT} returned ${JSON.stringify(result)}, expected a set of violations`);
  return result.map((item) => ({
    rule: String(item.rule),
    message: String(item.message),
    path: Array.isArray(item.path) ? item.path : []
  }));
}

// src/manifests/parse.ts
var import_yaml11 = __toESM(require_dist(), 1);

// src/discover/gitops/namespace.ts
var CLUSTER_SCOPED = {
  "": ["Namespace", "Node", "PersistentVolume", "ComponentStatus"],
  "rbac.authorization.k8s.io": ["ClusterRole", "ClusterRoleBinding"],
  "storage.k8s.io": ["StorageClass", "CSIDriver", "CSINode", "VolumeAttachment", "VolumeAttributesClass"],
  "apiextensions.k8s.io": ["CustomResourceDefinition"],
  "admissionregistration.k8s.io": [
    "ValidatingWebhookConfiguration",
    "MutatingWebhookConfiguration",
    "ValidatingAdmissionPolicy",
    "ValidatingAdmissionPolicyBinding",
    "MutatingAdmissionPolicy",
    "MutatingAdmissionPolicyBinding"
  ],
  "apiregistration.k8s.io": ["APIService"],
  "scheduling.k8s.io": ["PriorityClass"],
  "node.k8s.io": ["RuntimeClass"],
  "networking.k8s.io": ["IngressClass", "IPAddress", "ServiceCIDR"],
  "policy": ["PodSecurityPolicy"],
  "certificates.k8s.io": ["CertificateSigningRequest", "ClusterTrustBundle"],
  "flowcontrol.apiserver.k8s.io": ["FlowSchema", "PriorityLevelConfiguration"],
  "resource.k8s.io": ["DeviceClass"],
  "storagemigration.k8s.io": ["StorageVersionMigration"],
  "internal.apiserver.k8s.io": ["StorageVersion"],
  "authentication.k8s.io": ["TokenReview", "SelfSubjectReview"],
  "authorization.k8s.io": ["SubjectAccessReview", "SelfSubjectAccessReview", "SelfSubjectRulesReview"],
  "templates.gatekeeper.sh": ["ConstraintTemplate"],
  "argoproj.io": ["ClusterWorkflowTemplate"]
};
var CLUSTER_SCOPED_GROUPS = /* @__PURE__ */ new Set(["constraints.gatekeeper.sh"]);
function isClusterScoped(apiVersion, kind) {
  const group = apiVersion.includes("/") ? apiVersion.slice(0, apiVersion.indexOf("/")) : "";
  if (CLUSTER_SCOPED[group]?.includes(kind) || CLUSTER_SCOPED_GROUPS.has(group)) return true;
  return group.includes(".") && !group.endsWith(".k8s.io") && /^Cluster[A-Z]/.test(kind);
}
function targetNamespace(target) {
  if (target.namespace) return target.namespace;
  if (target.kind === "helm") return target.helm?.namespace || "default";
  return void 0;
}
function applyTargetNamespace(target, object) {
  const metadata = object.metadata;
  if (metadata === null || typeof metadata !== "object" || Array.isArray(metadata)) return void 0;
  const own = metadata.namespace;
  if (typeof own === "string" && own !== "") return own;
  const { apiVersion, kind } = object;
  if (typeof apiVersion !== "string" || typeof kind !== "string" || isClusterScoped(apiVersion, kind)) return void 0;
  const namespace = targetNamespace(target);
  if (namespace !== void 0) metadata.namespace = namespace;
  return namespace;
}
function deploymentNamespace(target) {
  if (!target.deployedBy) return void 0;
  return target.namespace ?? target.helm?.namespace ?? target.kustomize?.namespace;
}

// src/manifests/parse.ts
function parseRendered(target, documents) {
  const resources = [];
  const findings = [];
  for (const document of documents) {
    const normalised = normaliseLineBreaks(document.text);
    if (isBlankDocument(normalised.text)) continue;
    const problem = (message, line) => findings.push(parseFinding(target, document, message, line));
    for (const hidden of normalised.hidden) problem(describeHiddenLineBreak(hidden), hidden.line);
    const result = parseObject(normalised.text);
    if ("problem" in result) {
      problem(result.problem, normalised.original(result.line, 1).line);
      continue;
    }
    const lineOf2 = (path) => lineInDocument(normalised, path, result.object);
    const { objects, problems } = flattenLists(result.object);
    for (const listProblem of problems) problem(listProblem.message, lineOf2(listProblem.path));
    for (const { object, path } of objects) {
      removeAnnotations(object, document.internalAnnotations);
      applyTargetNamespace(target, object);
      const identity2 = identify(object);
      if (typeof identity2 === "string") {
        problem(identity2, lineOf2(path));
      } else {
        resources.push({ ...identity2, object, target, document, ...path.length > 0 && { documentPath: path } });
      }
    }
  }
  return { resources, findings };
}
function parseObject(text) {
  const fast = fastLoad(text);
  const value = fast === FAST_PATH_DECLINED ? slowLoad(text) : { value: fast };
  if ("problem" in value) return value;
  if (value.value === null || typeof value.value !== "object" || Array.isArray(value.value)) {
    return { problem: `expected a Kubernetes object (a mapping), found ${describe2(value.value)}`, line: 1 };
  }
  return { object: value.value };
}
var FAST_PATH_DECLINED = /* @__PURE__ */ Symbol("declined");
var POSSIBLE_NULL_KEY = /(?:^|[\s{,[?-])(?:~|null|Null|NULL)?[ \t]*:(?:[\s,\]}]|$)|^[ \t-]*\?/m;
function fastLoad(text) {
  if (text.includes("&") || text.includes("<<") || POSSIBLE_NULL_KEY.test(text)) return FAST_PATH_DECLINED;
  try {
    return load(text, { schema: KUBERNETES_FAST_SCHEMA, maxAliases: 0 });
  } catch {
    return FAST_PATH_DECLINED;
  }
}
function slowLoad(text) {
  try {
    const doc = (0, import_yaml11.parseDocument)(text, KUBERNETES_YAML);
    const error = doc.errors[0];
    if (error) return { problem: `invalid YAML: ${error.message.split("\n")[0]}`, line: lineAt3(text, error.pos[0]) };
    return { value: decodeDocument(doc) };
  } catch (error) {
    if (error instanceof DecodeError) return { problem: `invalid YAML: ${error.message}`, line: lineAt3(text, error.offset) };
    return { problem: `invalid YAML: ${error instanceof RangeError ? "nested too deeply" : errorMessage(error)}`, line: 1 };
  }
}
function lineAt3(text, offset) {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}
function lineInDocument(normalised, path, object) {
  if (path.length === 0) return 1;
  try {
    const position = locateInYaml(normalised.text, path, object);
    return position ? normalised.original(position.line, position.column).line : 1;
  } catch {
    return 1;
  }
}
function removeAnnotations(object, keys) {
  const metadata = object.metadata;
  const annotations = metadata?.annotations;
  if (!keys || !metadata || !annotations || typeof annotations !== "object") return;
  for (const key of keys) delete annotations[key];
  if (Object.keys(annotations).length === 0) delete metadata.annotations;
}
function identify(object) {
  const { apiVersion, kind } = object;
  const metadata = object.metadata;
  if (typeof apiVersion !== "string" || apiVersion === "") return "not a Kubernetes object: `apiVersion` is missing or not a string";
  if (typeof kind !== "string" || kind === "") return "not a Kubernetes object: `kind` is missing or not a string";
  const name = metadata?.name ?? metadata?.generateName;
  if ((typeof name !== "string" || name === "") && !COMPONENT_CONFIG.test(apiVersion)) return `${kind} has no \`metadata.name\``;
  const namespace = typeof metadata?.namespace === "string" ? metadata.namespace : void 0;
  return { apiVersion, kind, name: typeof name === "string" ? name : "", namespace };
}
var COMPONENT_CONFIG = /^([a-z0-9-]+\.)*(config\.k8s\.io|kubeadm\.k8s\.io|audit\.k8s\.io|apiserver\.k8s\.io)\//;
function describe2(value) {
  if (value === null || value === void 0) return "an empty value";
  if (Array.isArray(value)) return "a list";
  return `a ${typeof value} scalar`;
}
function parseFinding(target, document, problem, line) {
  return {
    ruleId: PIPELINE_RULES.parse,
    severity: "error",
    title: "Could not parse a rendered document",
    message: document.textIsSource ? problem : `${problem} (in the output rendered from ${document.sourceFile})`,
    target,
    location: { file: document.sourceFile, line: document.textIsSource ? document.firstLine + line - 1 : 1 }
  };
}

// src/manifests/context.ts
var KINDS = ["Namespace", "NetworkPolicy", "Application", "Kustomization", "HelmRelease", "Repository", "Bucket"];
var VALUES_KINDS = ["ConfigMap", "Secret"];
var pattern = (words) => new RegExp(`${words.join("|")}|binary|\\\\`);
var CONTEXT = pattern(KINDS);
var CONTEXT_WITH_VALUES = pattern([...KINDS, ...VALUES_KINDS]);
function isContextObject(kind, apiVersion, withValues2) {
  if (kind === "Namespace" || kind === "NetworkPolicy") return true;
  if (apiVersion.startsWith("argoproj.io/") && kind.startsWith("Application")) return true;
  if (apiVersion.includes(".toolkit.fluxcd.io/") && (kind === "Kustomization" || kind === "HelmRelease" || kind.endsWith("Repository") || kind === "Bucket")) return true;
  return withValues2 && apiVersion === "v1" && (kind === "ConfigMap" || kind === "Secret");
}
function mayHoldContext(document, withValues2) {
  return (withValues2 ? CONTEXT_WITH_VALUES : CONTEXT).test(document.text);
}

// src/stream.ts
import { availableParallelism } from "node:os";

// src/policy/threads.ts
import { existsSync } from "node:fs";
import { dirname as dirname9, join as join10 } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
var MIN_SLICE = 32;
async function createEvaluationPool(wasm, count2) {
  const module = await globalThis.WebAssembly.compile(wasm);
  const threads = Array.from({ length: count2 }, () => {
    const thread2 = { worker: startThread("worker", { workerData: { module } }), pending: /* @__PURE__ */ new Map() };
    thread2.worker.unref();
    thread2.worker.on("message", (reply) => {
      const resolve2 = thread2.pending.get(reply.id);
      thread2.pending.delete(reply.id);
      resolve2?.(reply);
    });
    const fail = (error) => {
      thread2.failure = new Error(`evaluation thread failed: ${error.message}`, { cause: error });
      for (const resolve2 of thread2.pending.values()) resolve2({ id: -1, results: [], fatal: thread2.failure.message });
      thread2.pending.clear();
    };
    thread2.worker.on("error", fail);
    thread2.worker.on("exit", (code) => thread2.failure ?? fail(new Error(`exited with code ${code}`)));
    return thread2;
  });
  let nextId = 0;
  const ask = (thread2, objects, data) => {
    if (thread2.failure) return Promise.resolve({ id: -1, results: [], fatal: thread2.failure.message });
    const id = nextId++;
    const request = { id, objects, ...thread2.data !== data && { data } };
    thread2.data = data;
    return new Promise((resolve2) => {
      thread2.pending.set(id, resolve2);
      thread2.worker.postMessage(request);
    });
  };
  let turn = 0;
  return {
    async evaluate(resources, data) {
      const json = JSON.stringify(data);
      const slices = Math.max(1, Math.min(threads.length, Math.floor(resources.length / MIN_SLICE)));
      const size = Math.ceil(resources.length / slices);
      const parts2 = Array.from({ length: slices }, (_, index) => resources.slice(index * size, (index + 1) * size));
      const replies = await Promise.all(parts2.map((part) => ask(threads[turn++ % threads.length], part.map((resource) => JSON.stringify(resource.object)), json)));
      const evaluations = [];
      replies.forEach((reply, index) => {
        if (reply.fatal !== void 0) throw new Error(reply.fatal);
        parts2[index].forEach((resource, position) => evaluations.push(evaluation(resource, reply.results[position])));
      });
      return evaluations;
    },
    async close() {
      await Promise.all(threads.map((thread2) => thread2.worker.terminate()));
    }
  };
}
function evaluation(resource, result) {
  if ("error" in result) return { resource, error: result.error };
  try {
    return { resource, violations: toViolations(result.violations) };
  } catch (error) {
    return { resource, error: error instanceof Error ? error.message : String(error) };
  }
}
function startThread(name, options) {
  const here = dirname9(fileURLToPath(import.meta.url));
  const built = [join10(here, `${name}.js`), join10(here, "..", `${name}.js`)].find((candidate) => existsSync(candidate));
  if (built) return new Worker(built, options);
  const source = [join10(here, `${name}.ts`), join10(here, "..", `${name}.ts`)].find((candidate) => existsSync(candidate));
  if (!source) throw new Error(`the script of thread ${name} is missing beside ${here}`);
  const bootstrap = `const { registerHooks } = require('node:module');
registerHooks({
  resolve(specifier, context, next) {
    try {
      return next(specifier, context);
    } catch (error) {
      if (!specifier.startsWith('.') || !specifier.endsWith('.js')) throw error;
      return next(specifier.slice(0, -3) + '.ts', context);
    }
  },
});
import(${JSON.stringify(pathToFileURL(source).href)});`;
  return new Worker(bootstrap, { ...options, eval: true });
}
var EvaluationThreads = class {
  #count = 0;
  #pools = /* @__PURE__ */ new Map();
  /** Evaluate on `count` threads from now on (0 or 1: in process). */
  use(count2) {
    this.#count = count2 > 1 ? count2 : 0;
  }
  /** The pool for this module, or undefined to evaluate in process. */
  pool(wasm) {
    if (this.#count === 0) return void 0;
    let pool = this.#pools.get(wasm);
    if (!pool) this.#pools.set(wasm, pool = createEvaluationPool(wasm, this.#count));
    return pool;
  }
  async close() {
    const pools = await Promise.allSettled(this.#pools.values());
    this.#pools.clear();
    await Promise.all(pools.map((pool) => pool.status === "fulfilled" ? pool.value.close() : void 0));
  }
};

// src/stream-threads.ts
var PARTS_PER_THREAD = 2;
var YOUNG_GENERATION_MB = 16;
async function streamOnThreads(set2, options, count2, modules, decider, tally) {
  set2.dropParses();
  const targets = set2.results.map((result) => result.target);
  const indexOf = new Map(targets.map((target, index) => [target, index]));
  const init = {
    modules: await Promise.all(modules.map((wasm) => globalThis.WebAssembly.compile(wasm))),
    rules: options.rules(),
    selection: options.selection,
    root: options.root,
    files: options.files,
    targets,
    withValues: set2.withValues,
    shard: options.shard && { own: targets.flatMap((target, index) => options.shard.owns(target) ? [index] : []), relaxed: [...options.shard.relaxed] }
  };
  const threads = Array.from({ length: count2 }, () => thread(startThread("stream-worker", { workerData: init, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } })));
  const relink = (item) => ({ ...item, target: targets[item.target] });
  const inFlight = [];
  const mergeOldest = async () => {
    const reply = await inFlight.shift();
    if (reply.error !== void 0) throw new Error(reply.error);
    tally.merge({ ...reply, parseFindings: reply.parseFindings.map(relink) });
    const decided = reply.decided;
    decider.merge({
      findings: decided.findings.map(relink),
      hidden: decided.hidden,
      annotated: decided.annotated.map(relink),
      relaxing: decided.relaxing.map(relink)
    });
  };
  try {
    let turn = 0;
    for (const part of parts(set2, options.dataFor, false)) {
      const request = {
        parts: part.targets.map(({ target, documents }) => ({ target: indexOf.get(target), documents, scanned: documents.map((document) => set2.scanned(document)) }))
      };
      inFlight.push(threads[turn++ % threads.length].ask(request, JSON.stringify(part.data)));
      if (inFlight.length >= threads.length * PARTS_PER_THREAD) await mergeOldest();
    }
    while (inFlight.length > 0) await mergeOldest();
  } finally {
    await Promise.allSettled(inFlight);
    await Promise.all(threads.map((entry) => entry.worker.terminate()));
  }
}
function thread(worker) {
  const pending = /* @__PURE__ */ new Map();
  let failure;
  let lastData;
  let nextId = 0;
  worker.on("message", (reply) => {
    pending.get(reply.id)?.(reply);
    pending.delete(reply.id);
  });
  const fail = (why) => {
    failure ??= `an evaluation thread failed: ${why}`;
    for (const [id, resolve2] of pending) resolve2({ id, error: failure, parseFindings: [], objects: 0, namespaces: [] });
    pending.clear();
  };
  worker.on("error", (error) => fail(error.message));
  worker.on("exit", (code) => fail(`it exited with code ${code}`));
  return {
    worker,
    ask(request, data) {
      const id = nextId++;
      if (failure) return Promise.resolve({ id, error: failure, parseFindings: [], objects: 0, namespaces: [] });
      const message = { ...request, id, ...data !== lastData && { data } };
      lastData = data;
      return new Promise((resolve2) => {
        pending.set(id, resolve2);
        worker.postMessage(message);
      });
    }
  };
}

// src/stream.ts
var PART_DOCUMENTS = 256;
var PARTS_IN_FLIGHT = 3;
var THREADS_FROM_DOCUMENTS = 2e3;
var RenderedSet = class {
  results = [];
  context = [];
  #parsed = /* @__PURE__ */ new Map();
  #withValues = false;
  /** Adds render results; returns the context objects found in them (and in earlier ones, once valuesFrom matters). */
  add(results) {
    this.results.push(...results);
    const found = this.#scan(results);
    if (!this.#withValues && this.context.some(readsValueObjects)) {
      this.#withValues = true;
      found.push(...this.#scan(this.results, true));
    }
    return found;
  }
  /** The document's parse, from the scan when it was parsed then (once: the entry is dropped). */
  parse(target, document) {
    const parsed = this.#parsed.get(document);
    if (!parsed) return parseRendered(target, [document]);
    this.#parsed.delete(document);
    return parsed;
  }
  /** Whether a parsed object is context that the scan missed (a bug: its judgement would be wrong). */
  missed(resource, document) {
    return isContextObject(resource.kind, resource.apiVersion, this.#withValues) && !this.#scanned.has(document);
  }
  /** Whether ConfigMaps and Secrets are context (a Flux HelmRelease was found). */
  get withValues() {
    return this.#withValues;
  }
  scanned(document) {
    return this.#scanned.has(document);
  }
  /** Forgets the scan's parses: threads parse every document themselves. */
  dropParses() {
    this.#parsed.clear();
  }
  #scanned = /* @__PURE__ */ new WeakSet();
  #scan(results, rescan = false) {
    const found = [];
    for (const result of results) {
      if ("failure" in result) continue;
      for (const document of result.documents) {
        if (this.#scanned.has(document)) {
          const values = rescan ? (this.#parsed.get(document)?.resources ?? []).filter((resource) => isContextObject(resource.kind, resource.apiVersion, true) && !isContextObject(resource.kind, resource.apiVersion, false)) : [];
          this.context.push(...values);
          found.push(...values);
          continue;
        }
        if (!mayHoldContext(document, this.#withValues)) continue;
        this.#scanned.add(document);
        const parsed = parseRendered(result.target, [document]);
        this.#parsed.set(document, parsed);
        const context = parsed.resources.filter((resource) => isContextObject(resource.kind, resource.apiVersion, this.#withValues));
        this.context.push(...context);
        found.push(...context);
      }
    }
    return found;
  }
};
async function streamObjects(set2, options) {
  const documents = set2.results.reduce((sum, result) => sum + ("documents" in result ? result.documents.length : 0), 0);
  const threads = options.threadCount ?? (documents >= THREADS_FROM_DOCUMENTS ? availableParallelism() : 0);
  const decider = createDecider(options.rules(), options.selection, options.locate, secretTracer(options.root, options.files));
  const tally = new Tally();
  const threadable = options.sources.map((source) => source.threadable).filter((wasm) => wasm !== void 0);
  if (threads > 1 && threadable.length === options.sources.length) {
    await streamOnThreads(set2, options, threads, threadable, decider, tally);
  } else {
    options.threads.use(threads);
    try {
      await streamInProcess(set2, options, decider, tally);
    } finally {
      await options.threads.close();
    }
  }
  return { parseFindings: tally.parseFindings, findings: decider.finish(), objects: tally.objects, namespaces: [...tally.namespaces.values()] };
}
var Tally = class {
  parseFindings = [];
  objects = 0;
  namespaces = /* @__PURE__ */ new Map();
  count(resource) {
    this.objects++;
    const kind = resource.kind === "Namespace" ? "Namespace" : "object";
    const key = `${kind}\0${resource.namespace ?? ""}`;
    if (!this.namespaces.has(key)) this.namespaces.set(key, { kind, namespace: resource.namespace });
  }
  merge(other) {
    for (const finding of other.parseFindings) this.parseFindings.push(finding);
    this.objects += other.objects;
    for (const [key, entry] of other.namespaces) if (!this.namespaces.has(key)) this.namespaces.set(key, entry);
  }
};
function parsePart(targets, parse4, missed, tally, evaluates) {
  return targets.map(({ target, documents }) => {
    const evaluated = [];
    documents.forEach((document, index) => {
      const parsed = parse4(target, document, index);
      for (const finding of parsed.findings) tally.parseFindings.push(finding);
      for (const resource of parsed.resources) {
        if (missed(resource, document, index)) throw new Error(`internal error: ${resource.kind} ${resource.name} in ${document.sourceFile} was not found before evaluation`);
        tally.count(resource);
        if (!evaluates || evaluates(resource)) evaluated.push(resource);
      }
    });
    return evaluated;
  });
}
function shardFilter(shard) {
  return shard && ((resource) => shard.owns(resource.target) || shard.relaxed.has(resource.namespace ?? "default"));
}
async function streamInProcess(set2, options, decider, tally) {
  const wholeTargets = options.sources.some((source) => source.style === "gatekeeper");
  const evaluates = shardFilter(options.shard);
  const inFlight = [];
  const decideOldest = async () => {
    for (const evaluations of await inFlight.shift()) decider.add(evaluations);
  };
  try {
    for (const part of parts(set2, options.dataFor, wholeTargets)) {
      const groups = parsePart(part.targets, (target, document) => set2.parse(target, document), (resource, document) => set2.missed(resource, document), tally, evaluates);
      inFlight.push(evaluatePart(groups, options.sources, part.data));
      if (inFlight.length >= PARTS_IN_FLIGHT) await decideOldest();
    }
    while (inFlight.length > 0) await decideOldest();
  } finally {
    await Promise.allSettled(inFlight);
  }
}
async function evaluatePart(groups, sources, data) {
  const all = groups.flat();
  if (all.length === 0) return [];
  const bySource = await Promise.all(sources.map((source) => source.evaluateAll(all, data)));
  const ordered = [];
  let start = 0;
  for (const group of groups) {
    for (const evaluations of bySource) ordered.push(evaluations.slice(start, start + group.length));
    start += group.length;
  }
  return ordered;
}
function* parts(set2, dataFor, wholeTargets) {
  let part;
  let key = "";
  let size = 0;
  for (const [index, result] of set2.results.entries()) {
    if (!("documents" in result)) continue;
    const data = dataFor(result.target);
    const dataKey = JSON.stringify(data);
    const documents = result.documents;
    set2.results[index] = { target: result.target, documents: [] };
    for (let start = 0; start < documents.length || start === 0; start += PART_DOCUMENTS) {
      const slice = wholeTargets ? documents : documents.slice(start, start + PART_DOCUMENTS);
      if (part && (dataKey !== key || size + slice.length > PART_DOCUMENTS || wholeTargets)) {
        yield part;
        part = void 0;
      }
      part ??= { targets: [], data };
      key = dataKey;
      size = part.targets.reduce((sum, entry) => sum + entry.documents.length, 0) + slice.length;
      part.targets.push({ target: result.target, documents: slice });
      if (wholeTargets) break;
    }
  }
  if (part) yield part;
}
function readsValueObjects(resource) {
  if (resource.kind === "HelmRelease") return true;
  const spec = resource.object.spec;
  return resource.kind === "Kustomization" && resource.apiVersion.startsWith("kustomize.toolkit.fluxcd.io/") && Array.isArray(spec?.postBuild?.substituteFrom);
}
function secretTracer(root, files) {
  return createSecretTracer({ files: () => files, read: cachedReader(root, MAX_SECRET_SOURCE_BYTES) });
}
var MAX_SECRET_SOURCE_BYTES = 4 * 1024 * 1024;

export {
  ConfigError,
  checkAll,
  errorMessage,
  splitDocuments,
  isBlankDocument,
  require_dist,
  readFirstMapping,
  CHART_FILE,
  isLibraryChart,
  owningChart,
  chartRole,
  defaultReleaseName,
  isWithin,
  KUSTOMIZATION_FILES,
  readKustomization,
  generatorInputs,
  load,
  KUBERNETES_YAML,
  parseSelection,
  isSelected,
  checkPaths,
  MANIFEST_EXTENSIONS,
  MAX_WALKED_ENTRIES,
  listFiles,
  isManifestFile,
  crdsInFiles,
  nonObjectFileReason,
  isChartTemplateFile,
  chartTemplateReason,
  suggestion,
  discoverTargets,
  notAppliedFiles,
  isTemplated,
  checkValuesFiles,
  checkVariants,
  randomNamePatterns,
  SEVERITIES,
  PIPELINE_RULES,
  applyExceptions,
  selectsEverything,
  describeException,
  appliedExceptions,
  IGNORE_WITHOUT_REASON,
  IGNORE_UNKNOWN_RULE,
  MAX_CONFIG_BYTES,
  parseConfigDocument,
  lineAt2 as lineAt,
  pathKey,
  formatKeyPath,
  problemAt,
  checkRuleIds,
  ruleIdProblems,
  ruleChoices,
  configureRules,
  parameterData,
  describeConfiguration,
  NAMESPACE_RELAXED,
  profileLevel,
  rulesToRun,
  namespaceLevels,
  createDecider,
  deploymentNamespace,
  locateInYaml,
  cachedReader,
  createLocator,
  ENTRYPOINT,
  BATCH_ENTRYPOINT,
  createEvaluator,
  evaluatorFor,
  startThread,
  EvaluationThreads,
  parseRendered,
  isContextObject,
  RenderedSet,
  streamObjects,
  Tally,
  parsePart,
  secretTracer
};
