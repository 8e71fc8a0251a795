import { createRequire as __kpgCreateRequire } from 'node:module';
const require = __kpgCreateRequire(import.meta.url);
import {
  require_tunnel,
  require_undici
} from "./chunks/chunk-MFPGV2JL.js";
import {
  FileOutputs,
  GitHubApiError,
  Inputs,
  SARIF_MAX_RESULTS,
  TOTAL_WAIT_SECONDS,
  actionReportContext,
  changeRank,
  check,
  checksOutPullRequest,
  commandData,
  commandProperty,
  compareWithBase,
  configuredSettings,
  connectGitHub,
  couldNotCheck,
  describeComparison,
  describeCounts,
  describeObjects,
  describeSarifOmissions,
  describeTarget,
  describeVariants,
  execTool,
  failingCount,
  formatRendered,
  formatText,
  lineUrl,
  markdown,
  markdownWithCode,
  oneOf,
  package_default,
  pendingChanges,
  plural,
  pullRequestTrust,
  readPullRequest,
  readShardReports,
  reportPaths,
  repositoryPath,
  repositoryUrlFrom,
  ruleDocUrl,
  ruleIndex,
  runUrl,
  sarifOmissions,
  writeReportFiles
} from "./chunks/chunk-SUTNBQKA.js";
import "./chunks/chunk-BJLYVYLH.js";
import {
  ConfigError,
  appliedExceptions,
  errorMessage
} from "./chunks/chunk-WIGKCINW.js";
import "./chunks/chunk-XF2EGZJT.js";
import {
  __export,
  __toESM
} from "./chunks/chunk-EVY675CJ.js";

// node_modules/@actions/core/lib/core.js
var core_exports = {};
__export(core_exports, {
  ExitCode: () => ExitCode,
  addPath: () => addPath,
  debug: () => debug,
  endGroup: () => endGroup,
  error: () => error,
  exportVariable: () => exportVariable,
  getBooleanInput: () => getBooleanInput,
  getIDToken: () => getIDToken,
  getInput: () => getInput,
  getMultilineInput: () => getMultilineInput,
  getState: () => getState,
  group: () => group,
  info: () => info,
  isDebug: () => isDebug,
  markdownSummary: () => markdownSummary,
  notice: () => notice,
  platform: () => platform_exports,
  saveState: () => saveState,
  setCommandEcho: () => setCommandEcho,
  setFailed: () => setFailed,
  setOutput: () => setOutput,
  setSecret: () => setSecret,
  startGroup: () => startGroup,
  summary: () => summary,
  toPlatformPath: () => toPlatformPath,
  toPosixPath: () => toPosixPath,
  toWin32Path: () => toWin32Path,
  warning: () => warning
});

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
function issue(name, message = "") {
  issueCommand(name, {}, message);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter3 = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter3)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter3}"`);
  }
  if (convertedValue.includes(delimiter3)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter3}"`);
  }
  return `${key}<<${delimiter3}${os2.EOL}${convertedValue}${os2.EOL}${delimiter3}`;
}

// node_modules/@actions/core/lib/core.js
import * as os5 from "os";
import * as path5 from "path";

// node_modules/@actions/http-client/lib/index.js
import * as http from "http";
import * as https from "https";

// node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
  const usingSsl = reqUrl.protocol === "https:";
  if (checkBypass(reqUrl)) {
    return void 0;
  }
  const proxyVar = (() => {
    if (usingSsl) {
      return process.env["https_proxy"] || process.env["HTTPS_PROXY"];
    } else {
      return process.env["http_proxy"] || process.env["HTTP_PROXY"];
    }
  })();
  if (proxyVar) {
    try {
      return new DecodedURL(proxyVar);
    } catch (_a) {
      if (!proxyVar.startsWith("http://") && !proxyVar.startsWith("https://"))
        return new DecodedURL(`http://${proxyVar}`);
    }
  } else {
    return void 0;
  }
}
function checkBypass(reqUrl) {
  if (!reqUrl.hostname) {
    return false;
  }
  const reqHost = reqUrl.hostname;
  if (isLoopbackAddress(reqHost)) {
    return true;
  }
  const noProxy = process.env["no_proxy"] || process.env["NO_PROXY"] || "";
  if (!noProxy) {
    return false;
  }
  let reqPort;
  if (reqUrl.port) {
    reqPort = Number(reqUrl.port);
  } else if (reqUrl.protocol === "http:") {
    reqPort = 80;
  } else if (reqUrl.protocol === "https:") {
    reqPort = 443;
  }
  const upperReqHosts = [reqUrl.hostname.toUpperCase()];
  if (typeof reqPort === "number") {
    upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
  }
  for (const upperNoProxyItem of noProxy.split(",").map((x) => x.trim().toUpperCase()).filter((x) => x)) {
    if (upperNoProxyItem === "*" || upperReqHosts.some((x) => x === upperNoProxyItem || x.endsWith(`.${upperNoProxyItem}`) || upperNoProxyItem.startsWith(".") && x.endsWith(`${upperNoProxyItem}`))) {
      return true;
    }
  }
  return false;
}
function isLoopbackAddress(host) {
  const hostLower = host.toLowerCase();
  return hostLower === "localhost" || hostLower.startsWith("127.") || hostLower.startsWith("[::1]") || hostLower.startsWith("[0:0:0:0:0:0:0:1]");
}
var DecodedURL = class extends URL {
  constructor(url, base) {
    super(url, base);
    this._decodedUsername = decodeURIComponent(super.username);
    this._decodedPassword = decodeURIComponent(super.password);
  }
  get username() {
    return this._decodedUsername;
  }
  get password() {
    return this._decodedPassword;
  }
};

// node_modules/@actions/http-client/lib/index.js
var tunnel = __toESM(require_tunnel(), 1);
var import_undici = __toESM(require_undici(), 1);
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var HttpCodes;
(function(HttpCodes2) {
  HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
  HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
  HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
  HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
  HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
  HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
  HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
  HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
  HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
  HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
  HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
  HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
  HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
  HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
  HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
  HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
  HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
  HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
  HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
  HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
  HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
  HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
  HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
  HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
  HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
  HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
  HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function(Headers2) {
  Headers2["Accept"] = "accept";
  Headers2["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function(MediaTypes2) {
  MediaTypes2["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
var HttpRedirectCodes = [
  HttpCodes.MovedPermanently,
  HttpCodes.ResourceMoved,
  HttpCodes.SeeOther,
  HttpCodes.TemporaryRedirect,
  HttpCodes.PermanentRedirect
];
var HttpResponseRetryCodes = [
  HttpCodes.BadGateway,
  HttpCodes.ServiceUnavailable,
  HttpCodes.GatewayTimeout
];
var RetryableHttpVerbs = ["OPTIONS", "GET", "DELETE", "HEAD"];
var ExponentialBackoffCeiling = 10;
var ExponentialBackoffTimeSlice = 5;
var HttpClientError = class _HttpClientError extends Error {
  constructor(message, statusCode) {
    super(message);
    this.name = "HttpClientError";
    this.statusCode = statusCode;
    Object.setPrototypeOf(this, _HttpClientError.prototype);
  }
};
var HttpClientResponse = class {
  constructor(message) {
    this.message = message;
  }
  readBody() {
    return __awaiter(this, void 0, void 0, function* () {
      return new Promise((resolve2) => __awaiter(this, void 0, void 0, function* () {
        let output = Buffer.alloc(0);
        this.message.on("data", (chunk) => {
          output = Buffer.concat([output, chunk]);
        });
        this.message.on("end", () => {
          resolve2(output.toString());
        });
      }));
    });
  }
  readBodyBuffer() {
    return __awaiter(this, void 0, void 0, function* () {
      return new Promise((resolve2) => __awaiter(this, void 0, void 0, function* () {
        const chunks = [];
        this.message.on("data", (chunk) => {
          chunks.push(chunk);
        });
        this.message.on("end", () => {
          resolve2(Buffer.concat(chunks));
        });
      }));
    });
  }
};
var HttpClient = class {
  constructor(userAgent, handlers, requestOptions) {
    this._ignoreSslError = false;
    this._allowRedirects = true;
    this._allowRedirectDowngrade = false;
    this._maxRedirects = 50;
    this._allowRetries = false;
    this._maxRetries = 1;
    this._keepAlive = false;
    this._disposed = false;
    this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
    this.handlers = handlers || [];
    this.requestOptions = requestOptions;
    if (requestOptions) {
      if (requestOptions.ignoreSslError != null) {
        this._ignoreSslError = requestOptions.ignoreSslError;
      }
      this._socketTimeout = requestOptions.socketTimeout;
      if (requestOptions.allowRedirects != null) {
        this._allowRedirects = requestOptions.allowRedirects;
      }
      if (requestOptions.allowRedirectDowngrade != null) {
        this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
      }
      if (requestOptions.maxRedirects != null) {
        this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
      }
      if (requestOptions.keepAlive != null) {
        this._keepAlive = requestOptions.keepAlive;
      }
      if (requestOptions.allowRetries != null) {
        this._allowRetries = requestOptions.allowRetries;
      }
      if (requestOptions.maxRetries != null) {
        this._maxRetries = requestOptions.maxRetries;
      }
    }
  }
  options(requestUrl, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("OPTIONS", requestUrl, null, additionalHeaders || {});
    });
  }
  get(requestUrl, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("GET", requestUrl, null, additionalHeaders || {});
    });
  }
  del(requestUrl, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("DELETE", requestUrl, null, additionalHeaders || {});
    });
  }
  post(requestUrl, data, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("POST", requestUrl, data, additionalHeaders || {});
    });
  }
  patch(requestUrl, data, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("PATCH", requestUrl, data, additionalHeaders || {});
    });
  }
  put(requestUrl, data, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("PUT", requestUrl, data, additionalHeaders || {});
    });
  }
  head(requestUrl, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("HEAD", requestUrl, null, additionalHeaders || {});
    });
  }
  sendStream(verb, requestUrl, stream, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request(verb, requestUrl, stream, additionalHeaders);
    });
  }
  /**
   * Gets a typed object from an endpoint
   * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
   */
  getJson(requestUrl_1) {
    return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
      additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
      const res = yield this.get(requestUrl, additionalHeaders);
      return this._processResponse(res, this.requestOptions);
    });
  }
  postJson(requestUrl_1, obj_1) {
    return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
      const data = JSON.stringify(obj, null, 2);
      additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
      additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
      const res = yield this.post(requestUrl, data, additionalHeaders);
      return this._processResponse(res, this.requestOptions);
    });
  }
  putJson(requestUrl_1, obj_1) {
    return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
      const data = JSON.stringify(obj, null, 2);
      additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
      additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
      const res = yield this.put(requestUrl, data, additionalHeaders);
      return this._processResponse(res, this.requestOptions);
    });
  }
  patchJson(requestUrl_1, obj_1) {
    return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
      const data = JSON.stringify(obj, null, 2);
      additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
      additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
      const res = yield this.patch(requestUrl, data, additionalHeaders);
      return this._processResponse(res, this.requestOptions);
    });
  }
  /**
   * Makes a raw http request.
   * All other methods such as get, post, patch, and request ultimately call this.
   * Prefer get, del, post and patch
   */
  request(verb, requestUrl, data, headers) {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._disposed) {
        throw new Error("Client has already been disposed.");
      }
      const parsedUrl = new URL(requestUrl);
      let info2 = this._prepareRequest(verb, parsedUrl, headers);
      const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb) ? this._maxRetries + 1 : 1;
      let numTries = 0;
      let response;
      do {
        response = yield this.requestRaw(info2, data);
        if (response && response.message && response.message.statusCode === HttpCodes.Unauthorized) {
          let authenticationHandler;
          for (const handler of this.handlers) {
            if (handler.canHandleAuthentication(response)) {
              authenticationHandler = handler;
              break;
            }
          }
          if (authenticationHandler) {
            return authenticationHandler.handleAuthentication(this, info2, data);
          } else {
            return response;
          }
        }
        let redirectsRemaining = this._maxRedirects;
        while (response.message.statusCode && HttpRedirectCodes.includes(response.message.statusCode) && this._allowRedirects && redirectsRemaining > 0) {
          const redirectUrl = response.message.headers["location"];
          if (!redirectUrl) {
            break;
          }
          const parsedRedirectUrl = new URL(redirectUrl);
          if (parsedUrl.protocol === "https:" && parsedUrl.protocol !== parsedRedirectUrl.protocol && !this._allowRedirectDowngrade) {
            throw new Error("Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.");
          }
          yield response.readBody();
          if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
            for (const header in headers) {
              if (header.toLowerCase() === "authorization") {
                delete headers[header];
              }
            }
          }
          info2 = this._prepareRequest(verb, parsedRedirectUrl, headers);
          response = yield this.requestRaw(info2, data);
          redirectsRemaining--;
        }
        if (!response.message.statusCode || !HttpResponseRetryCodes.includes(response.message.statusCode)) {
          return response;
        }
        numTries += 1;
        if (numTries < maxTries) {
          yield response.readBody();
          yield this._performExponentialBackoff(numTries);
        }
      } while (numTries < maxTries);
      return response;
    });
  }
  /**
   * Needs to be called if keepAlive is set to true in request options.
   */
  dispose() {
    if (this._agent) {
      this._agent.destroy();
    }
    this._disposed = true;
  }
  /**
   * Raw request.
   * @param info
   * @param data
   */
  requestRaw(info2, data) {
    return __awaiter(this, void 0, void 0, function* () {
      return new Promise((resolve2, reject) => {
        function callbackForResult(err, res) {
          if (err) {
            reject(err);
          } else if (!res) {
            reject(new Error("Unknown error"));
          } else {
            resolve2(res);
          }
        }
        this.requestRawWithCallback(info2, data, callbackForResult);
      });
    });
  }
  /**
   * Raw request with callback.
   * @param info
   * @param data
   * @param onResult
   */
  requestRawWithCallback(info2, data, onResult) {
    if (typeof data === "string") {
      if (!info2.options.headers) {
        info2.options.headers = {};
      }
      info2.options.headers["Content-Length"] = Buffer.byteLength(data, "utf8");
    }
    let callbackCalled = false;
    function handleResult(err, res) {
      if (!callbackCalled) {
        callbackCalled = true;
        onResult(err, res);
      }
    }
    const req = info2.httpModule.request(info2.options, (msg) => {
      const res = new HttpClientResponse(msg);
      handleResult(void 0, res);
    });
    let socket;
    req.on("socket", (sock) => {
      socket = sock;
    });
    req.setTimeout(this._socketTimeout || 3 * 6e4, () => {
      if (socket) {
        socket.end();
      }
      handleResult(new Error(`Request timeout: ${info2.options.path}`));
    });
    req.on("error", function(err) {
      handleResult(err);
    });
    if (data && typeof data === "string") {
      req.write(data, "utf8");
    }
    if (data && typeof data !== "string") {
      data.on("close", function() {
        req.end();
      });
      data.pipe(req);
    } else {
      req.end();
    }
  }
  /**
   * Gets an http agent. This function is useful when you need an http agent that handles
   * routing through a proxy server - depending upon the url and proxy environment variables.
   * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
   */
  getAgent(serverUrl) {
    const parsedUrl = new URL(serverUrl);
    return this._getAgent(parsedUrl);
  }
  getAgentDispatcher(serverUrl) {
    const parsedUrl = new URL(serverUrl);
    const proxyUrl = getProxyUrl(parsedUrl);
    const useProxy = proxyUrl && proxyUrl.hostname;
    if (!useProxy) {
      return;
    }
    return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
  }
  _prepareRequest(method, requestUrl, headers) {
    const info2 = {};
    info2.parsedUrl = requestUrl;
    const usingSsl = info2.parsedUrl.protocol === "https:";
    info2.httpModule = usingSsl ? https : http;
    const defaultPort = usingSsl ? 443 : 80;
    info2.options = {};
    info2.options.host = info2.parsedUrl.hostname;
    info2.options.port = info2.parsedUrl.port ? parseInt(info2.parsedUrl.port) : defaultPort;
    info2.options.path = (info2.parsedUrl.pathname || "") + (info2.parsedUrl.search || "");
    info2.options.method = method;
    info2.options.headers = this._mergeHeaders(headers);
    if (this.userAgent != null) {
      info2.options.headers["user-agent"] = this.userAgent;
    }
    info2.options.agent = this._getAgent(info2.parsedUrl);
    if (this.handlers) {
      for (const handler of this.handlers) {
        handler.prepareRequest(info2.options);
      }
    }
    return info2;
  }
  _mergeHeaders(headers) {
    if (this.requestOptions && this.requestOptions.headers) {
      return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
    }
    return lowercaseKeys(headers || {});
  }
  /**
   * Gets an existing header value or returns a default.
   * Handles converting number header values to strings since HTTP headers must be strings.
   * Note: This returns string | string[] since some headers can have multiple values.
   * For headers that must always be a single string (like Content-Type), use the
   * specialized _getExistingOrDefaultContentTypeHeader method instead.
   */
  _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
    let clientHeader;
    if (this.requestOptions && this.requestOptions.headers) {
      const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
      if (headerValue) {
        clientHeader = typeof headerValue === "number" ? headerValue.toString() : headerValue;
      }
    }
    const additionalValue = additionalHeaders[header];
    if (additionalValue !== void 0) {
      return typeof additionalValue === "number" ? additionalValue.toString() : additionalValue;
    }
    if (clientHeader !== void 0) {
      return clientHeader;
    }
    return _default;
  }
  /**
   * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
   * Always returns a single string (not an array) since Content-Type should be a single value.
   * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
   * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
   * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
   */
  _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
    let clientHeader;
    if (this.requestOptions && this.requestOptions.headers) {
      const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
      if (headerValue) {
        if (typeof headerValue === "number") {
          clientHeader = String(headerValue);
        } else if (Array.isArray(headerValue)) {
          clientHeader = headerValue.join(", ");
        } else {
          clientHeader = headerValue;
        }
      }
    }
    const additionalValue = additionalHeaders[Headers.ContentType];
    if (additionalValue !== void 0) {
      if (typeof additionalValue === "number") {
        return String(additionalValue);
      } else if (Array.isArray(additionalValue)) {
        return additionalValue.join(", ");
      } else {
        return additionalValue;
      }
    }
    if (clientHeader !== void 0) {
      return clientHeader;
    }
    return _default;
  }
  _getAgent(parsedUrl) {
    let agent;
    const proxyUrl = getProxyUrl(parsedUrl);
    const useProxy = proxyUrl && proxyUrl.hostname;
    if (this._keepAlive && useProxy) {
      agent = this._proxyAgent;
    }
    if (!useProxy) {
      agent = this._agent;
    }
    if (agent) {
      return agent;
    }
    const usingSsl = parsedUrl.protocol === "https:";
    let maxSockets = 100;
    if (this.requestOptions) {
      maxSockets = this.requestOptions.maxSockets || http.globalAgent.maxSockets;
    }
    if (proxyUrl && proxyUrl.hostname) {
      const agentOptions = {
        maxSockets,
        keepAlive: this._keepAlive,
        proxy: Object.assign(Object.assign({}, (proxyUrl.username || proxyUrl.password) && {
          proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
        }), { host: proxyUrl.hostname, port: proxyUrl.port })
      };
      let tunnelAgent;
      const overHttps = proxyUrl.protocol === "https:";
      if (usingSsl) {
        tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
      } else {
        tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
      }
      agent = tunnelAgent(agentOptions);
      this._proxyAgent = agent;
    }
    if (!agent) {
      const options = { keepAlive: this._keepAlive, maxSockets };
      agent = usingSsl ? new https.Agent(options) : new http.Agent(options);
      this._agent = agent;
    }
    if (usingSsl && this._ignoreSslError) {
      agent.options = Object.assign(agent.options || {}, {
        rejectUnauthorized: false
      });
    }
    return agent;
  }
  _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
    let proxyAgent;
    if (this._keepAlive) {
      proxyAgent = this._proxyAgentDispatcher;
    }
    if (proxyAgent) {
      return proxyAgent;
    }
    const usingSsl = parsedUrl.protocol === "https:";
    proxyAgent = new import_undici.ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, (proxyUrl.username || proxyUrl.password) && {
      token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString("base64")}`
    }));
    this._proxyAgentDispatcher = proxyAgent;
    if (usingSsl && this._ignoreSslError) {
      proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
        rejectUnauthorized: false
      });
    }
    return proxyAgent;
  }
  _getUserAgentWithOrchestrationId(userAgent) {
    const baseUserAgent = userAgent || "actions/http-client";
    const orchId = process.env["ACTIONS_ORCHESTRATION_ID"];
    if (orchId) {
      const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, "_");
      return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
    }
    return baseUserAgent;
  }
  _performExponentialBackoff(retryNumber) {
    return __awaiter(this, void 0, void 0, function* () {
      retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
      const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
      return new Promise((resolve2) => setTimeout(() => resolve2(), ms));
    });
  }
  _processResponse(res, options) {
    return __awaiter(this, void 0, void 0, function* () {
      return new Promise((resolve2, reject) => __awaiter(this, void 0, void 0, function* () {
        const statusCode = res.message.statusCode || 0;
        const response = {
          statusCode,
          result: null,
          headers: {}
        };
        if (statusCode === HttpCodes.NotFound) {
          resolve2(response);
        }
        function dateTimeDeserializer(key, value) {
          if (typeof value === "string") {
            const a = new Date(value);
            if (!isNaN(a.valueOf())) {
              return a;
            }
          }
          return value;
        }
        let obj;
        let contents;
        try {
          contents = yield res.readBody();
          if (contents && contents.length > 0) {
            if (options && options.deserializeDates) {
              obj = JSON.parse(contents, dateTimeDeserializer);
            } else {
              obj = JSON.parse(contents);
            }
            response.result = obj;
          }
          response.headers = res.message.headers;
        } catch (err) {
        }
        if (statusCode > 299) {
          let msg;
          if (obj && obj.message) {
            msg = obj.message;
          } else if (contents && contents.length > 0) {
            msg = contents;
          } else {
            msg = `Failed request: (${statusCode})`;
          }
          const err = new HttpClientError(msg, statusCode);
          err.result = response.result;
          reject(err);
        } else {
          resolve2(response);
        }
      }));
    });
  }
};
var lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => (c[k.toLowerCase()] = obj[k], c), {});

// node_modules/@actions/http-client/lib/auth.js
var __awaiter2 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var BearerCredentialHandler = class {
  constructor(token) {
    this.token = token;
  }
  // currently implements pre-authorization
  // TODO: support preAuth = false where it hooks on 401
  prepareRequest(options) {
    if (!options.headers) {
      throw Error("The request has no headers");
    }
    options.headers["Authorization"] = `Bearer ${this.token}`;
  }
  // This handler cannot handle 401
  canHandleAuthentication() {
    return false;
  }
  handleAuthentication() {
    return __awaiter2(this, void 0, void 0, function* () {
      throw new Error("not implemented");
    });
  }
};

// node_modules/@actions/core/lib/oidc-utils.js
var __awaiter3 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var OidcClient = class _OidcClient {
  static createHttpClient(allowRetry = true, maxRetry = 10) {
    const requestOptions = {
      allowRetries: allowRetry,
      maxRetries: maxRetry
    };
    return new HttpClient("actions/oidc-client", [new BearerCredentialHandler(_OidcClient.getRequestToken())], requestOptions);
  }
  static getRequestToken() {
    const token = process.env["ACTIONS_ID_TOKEN_REQUEST_TOKEN"];
    if (!token) {
      throw new Error("Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable");
    }
    return token;
  }
  static getIDTokenUrl() {
    const runtimeUrl = process.env["ACTIONS_ID_TOKEN_REQUEST_URL"];
    if (!runtimeUrl) {
      throw new Error("Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable");
    }
    return runtimeUrl;
  }
  static getCall(id_token_url) {
    return __awaiter3(this, void 0, void 0, function* () {
      var _a;
      const httpclient = _OidcClient.createHttpClient();
      const res = yield httpclient.getJson(id_token_url).catch((error2) => {
        throw new Error(`Failed to get ID Token. 
 
        Error Code : ${error2.statusCode}
 
        Error Message: ${error2.message}`);
      });
      const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
      if (!id_token) {
        throw new Error("Response json body do not have ID Token field");
      }
      return id_token;
    });
  }
  static getIDToken(audience) {
    return __awaiter3(this, void 0, void 0, function* () {
      try {
        let id_token_url = _OidcClient.getIDTokenUrl();
        if (audience) {
          const encodedAudience = encodeURIComponent(audience);
          id_token_url = `${id_token_url}&audience=${encodedAudience}`;
        }
        debug(`ID token url is ${id_token_url}`);
        const id_token = yield _OidcClient.getCall(id_token_url);
        setSecret(id_token);
        return id_token;
      } catch (error2) {
        throw new Error(`Error message: ${error2.message}`);
      }
    });
  }
};

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter4 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter4(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter4(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter4(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var markdownSummary = _summary;
var summary = _summary;

// node_modules/@actions/core/lib/path-utils.js
import * as path from "path";
function toPosixPath(pth) {
  return pth.replace(/[\\]/g, "/");
}
function toWin32Path(pth) {
  return pth.replace(/[/]/g, "\\");
}
function toPlatformPath(pth) {
  return pth.replace(/[/\\]/g, path.sep);
}

// node_modules/@actions/core/lib/platform.js
var platform_exports = {};
__export(platform_exports, {
  arch: () => arch,
  getDetails: () => getDetails,
  isLinux: () => isLinux,
  isMacOS: () => isMacOS,
  isWindows: () => isWindows,
  platform: () => platform
});
import os4 from "os";

// node_modules/@actions/exec/lib/exec.js
import { StringDecoder } from "string_decoder";

// node_modules/@actions/exec/lib/toolrunner.js
import * as os3 from "os";
import * as events from "events";
import * as child from "child_process";
import * as path4 from "path";

// node_modules/@actions/io/lib/io.js
import * as path3 from "path";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
import * as path2 from "path";
var __awaiter5 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;
function exists(fsPath) {
  return __awaiter5(this, void 0, void 0, function* () {
    try {
      yield stat(fsPath);
    } catch (err) {
      if (err.code === "ENOENT") {
        return false;
      }
      throw err;
    }
    return true;
  });
}
function isRooted(p) {
  p = normalizeSeparators(p);
  if (!p) {
    throw new Error('isRooted() parameter "p" cannot be empty');
  }
  if (IS_WINDOWS) {
    return p.startsWith("\\") || /^[A-Z]:/i.test(p);
  }
  return p.startsWith("/");
}
function tryGetExecutablePath(filePath, extensions) {
  return __awaiter5(this, void 0, void 0, function* () {
    let stats = void 0;
    try {
      stats = yield stat(filePath);
    } catch (err) {
      if (err.code !== "ENOENT") {
        console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
      }
    }
    if (stats && stats.isFile()) {
      if (IS_WINDOWS) {
        const upperExt = path2.extname(filePath).toUpperCase();
        if (extensions.some((validExt) => validExt.toUpperCase() === upperExt)) {
          return filePath;
        }
      } else {
        if (isUnixExecutable(stats)) {
          return filePath;
        }
      }
    }
    const originalFilePath = filePath;
    for (const extension of extensions) {
      filePath = originalFilePath + extension;
      stats = void 0;
      try {
        stats = yield stat(filePath);
      } catch (err) {
        if (err.code !== "ENOENT") {
          console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
        }
      }
      if (stats && stats.isFile()) {
        if (IS_WINDOWS) {
          try {
            const directory = path2.dirname(filePath);
            const upperName = path2.basename(filePath).toUpperCase();
            for (const actualName of yield readdir(directory)) {
              if (upperName === actualName.toUpperCase()) {
                filePath = path2.join(directory, actualName);
                break;
              }
            }
          } catch (err) {
            console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
          }
          return filePath;
        } else {
          if (isUnixExecutable(stats)) {
            return filePath;
          }
        }
      }
    }
    return "";
  });
}
function normalizeSeparators(p) {
  p = p || "";
  if (IS_WINDOWS) {
    p = p.replace(/\//g, "\\");
    return p.replace(/\\\\+/g, "\\");
  }
  return p.replace(/\/\/+/g, "/");
}
function isUnixExecutable(stats) {
  return (stats.mode & 1) > 0 || (stats.mode & 8) > 0 && process.getgid !== void 0 && stats.gid === process.getgid() || (stats.mode & 64) > 0 && process.getuid !== void 0 && stats.uid === process.getuid();
}

// node_modules/@actions/io/lib/io.js
var __awaiter6 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
function which(tool, check2) {
  return __awaiter6(this, void 0, void 0, function* () {
    if (!tool) {
      throw new Error("parameter 'tool' is required");
    }
    if (check2) {
      const result = yield which(tool, false);
      if (!result) {
        if (IS_WINDOWS) {
          throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
        } else {
          throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
        }
      }
      return result;
    }
    const matches = yield findInPath(tool);
    if (matches && matches.length > 0) {
      return matches[0];
    }
    return "";
  });
}
function findInPath(tool) {
  return __awaiter6(this, void 0, void 0, function* () {
    if (!tool) {
      throw new Error("parameter 'tool' is required");
    }
    const extensions = [];
    if (IS_WINDOWS && process.env["PATHEXT"]) {
      for (const extension of process.env["PATHEXT"].split(path3.delimiter)) {
        if (extension) {
          extensions.push(extension);
        }
      }
    }
    if (isRooted(tool)) {
      const filePath = yield tryGetExecutablePath(tool, extensions);
      if (filePath) {
        return [filePath];
      }
      return [];
    }
    if (tool.includes(path3.sep)) {
      return [];
    }
    const directories = [];
    if (process.env.PATH) {
      for (const p of process.env.PATH.split(path3.delimiter)) {
        if (p) {
          directories.push(p);
        }
      }
    }
    const matches = [];
    for (const directory of directories) {
      const filePath = yield tryGetExecutablePath(path3.join(directory, tool), extensions);
      if (filePath) {
        matches.push(filePath);
      }
    }
    return matches;
  });
}

// node_modules/@actions/exec/lib/toolrunner.js
import { setTimeout as setTimeout2 } from "timers";
var __awaiter7 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var IS_WINDOWS2 = process.platform === "win32";
var ToolRunner = class extends events.EventEmitter {
  constructor(toolPath, args, options) {
    super();
    if (!toolPath) {
      throw new Error("Parameter 'toolPath' cannot be null or empty.");
    }
    this.toolPath = toolPath;
    this.args = args || [];
    this.options = options || {};
  }
  _debug(message) {
    if (this.options.listeners && this.options.listeners.debug) {
      this.options.listeners.debug(message);
    }
  }
  _getCommandString(options, noPrefix) {
    const toolPath = this._getSpawnFileName();
    const args = this._getSpawnArgs(options);
    let cmd = noPrefix ? "" : "[command]";
    if (IS_WINDOWS2) {
      if (this._isCmdFile()) {
        cmd += toolPath;
        for (const a of args) {
          cmd += ` ${a}`;
        }
      } else if (options.windowsVerbatimArguments) {
        cmd += `"${toolPath}"`;
        for (const a of args) {
          cmd += ` ${a}`;
        }
      } else {
        cmd += this._windowsQuoteCmdArg(toolPath);
        for (const a of args) {
          cmd += ` ${this._windowsQuoteCmdArg(a)}`;
        }
      }
    } else {
      cmd += toolPath;
      for (const a of args) {
        cmd += ` ${a}`;
      }
    }
    return cmd;
  }
  _processLineBuffer(data, strBuffer, onLine) {
    try {
      let s = strBuffer + data.toString();
      let n = s.indexOf(os3.EOL);
      while (n > -1) {
        const line = s.substring(0, n);
        onLine(line);
        s = s.substring(n + os3.EOL.length);
        n = s.indexOf(os3.EOL);
      }
      return s;
    } catch (err) {
      this._debug(`error processing line. Failed with error ${err}`);
      return "";
    }
  }
  _getSpawnFileName() {
    if (IS_WINDOWS2) {
      if (this._isCmdFile()) {
        return process.env["COMSPEC"] || "cmd.exe";
      }
    }
    return this.toolPath;
  }
  _getSpawnArgs(options) {
    if (IS_WINDOWS2) {
      if (this._isCmdFile()) {
        let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
        for (const a of this.args) {
          argline += " ";
          argline += options.windowsVerbatimArguments ? a : this._windowsQuoteCmdArg(a);
        }
        argline += '"';
        return [argline];
      }
    }
    return this.args;
  }
  _endsWith(str, end) {
    return str.endsWith(end);
  }
  _isCmdFile() {
    const upperToolPath = this.toolPath.toUpperCase();
    return this._endsWith(upperToolPath, ".CMD") || this._endsWith(upperToolPath, ".BAT");
  }
  _windowsQuoteCmdArg(arg) {
    if (!this._isCmdFile()) {
      return this._uvQuoteCmdArg(arg);
    }
    if (!arg) {
      return '""';
    }
    const cmdSpecialChars = [
      " ",
      "	",
      "&",
      "(",
      ")",
      "[",
      "]",
      "{",
      "}",
      "^",
      "=",
      ";",
      "!",
      "'",
      "+",
      ",",
      "`",
      "~",
      "|",
      "<",
      ">",
      '"'
    ];
    let needsQuotes = false;
    for (const char of arg) {
      if (cmdSpecialChars.some((x) => x === char)) {
        needsQuotes = true;
        break;
      }
    }
    if (!needsQuotes) {
      return arg;
    }
    let reverse = '"';
    let quoteHit = true;
    for (let i = arg.length; i > 0; i--) {
      reverse += arg[i - 1];
      if (quoteHit && arg[i - 1] === "\\") {
        reverse += "\\";
      } else if (arg[i - 1] === '"') {
        quoteHit = true;
        reverse += '"';
      } else {
        quoteHit = false;
      }
    }
    reverse += '"';
    return reverse.split("").reverse().join("");
  }
  _uvQuoteCmdArg(arg) {
    if (!arg) {
      return '""';
    }
    if (!arg.includes(" ") && !arg.includes("	") && !arg.includes('"')) {
      return arg;
    }
    if (!arg.includes('"') && !arg.includes("\\")) {
      return `"${arg}"`;
    }
    let reverse = '"';
    let quoteHit = true;
    for (let i = arg.length; i > 0; i--) {
      reverse += arg[i - 1];
      if (quoteHit && arg[i - 1] === "\\") {
        reverse += "\\";
      } else if (arg[i - 1] === '"') {
        quoteHit = true;
        reverse += "\\";
      } else {
        quoteHit = false;
      }
    }
    reverse += '"';
    return reverse.split("").reverse().join("");
  }
  _cloneExecOptions(options) {
    options = options || {};
    const result = {
      cwd: options.cwd || process.cwd(),
      env: options.env || process.env,
      silent: options.silent || false,
      windowsVerbatimArguments: options.windowsVerbatimArguments || false,
      failOnStdErr: options.failOnStdErr || false,
      ignoreReturnCode: options.ignoreReturnCode || false,
      delay: options.delay || 1e4
    };
    result.outStream = options.outStream || process.stdout;
    result.errStream = options.errStream || process.stderr;
    return result;
  }
  _getSpawnOptions(options, toolPath) {
    options = options || {};
    const result = {};
    result.cwd = options.cwd;
    result.env = options.env;
    result["windowsVerbatimArguments"] = options.windowsVerbatimArguments || this._isCmdFile();
    if (options.windowsVerbatimArguments) {
      result.argv0 = `"${toolPath}"`;
    }
    return result;
  }
  /**
   * Exec a tool.
   * Output will be streamed to the live console.
   * Returns promise with return code
   *
   * @param     tool     path to tool to exec
   * @param     options  optional exec options.  See ExecOptions
   * @returns   number
   */
  exec() {
    return __awaiter7(this, void 0, void 0, function* () {
      if (!isRooted(this.toolPath) && (this.toolPath.includes("/") || IS_WINDOWS2 && this.toolPath.includes("\\"))) {
        this.toolPath = path4.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
      }
      this.toolPath = yield which(this.toolPath, true);
      return new Promise((resolve2, reject) => __awaiter7(this, void 0, void 0, function* () {
        this._debug(`exec tool: ${this.toolPath}`);
        this._debug("arguments:");
        for (const arg of this.args) {
          this._debug(`   ${arg}`);
        }
        const optionsNonNull = this._cloneExecOptions(this.options);
        if (!optionsNonNull.silent && optionsNonNull.outStream) {
          optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + os3.EOL);
        }
        const state = new ExecState(optionsNonNull, this.toolPath);
        state.on("debug", (message) => {
          this._debug(message);
        });
        if (this.options.cwd && !(yield exists(this.options.cwd))) {
          return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
        }
        const fileName = this._getSpawnFileName();
        const cp = child.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
        let stdbuffer = "";
        if (cp.stdout) {
          cp.stdout.on("data", (data) => {
            if (this.options.listeners && this.options.listeners.stdout) {
              this.options.listeners.stdout(data);
            }
            if (!optionsNonNull.silent && optionsNonNull.outStream) {
              optionsNonNull.outStream.write(data);
            }
            stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
              if (this.options.listeners && this.options.listeners.stdline) {
                this.options.listeners.stdline(line);
              }
            });
          });
        }
        let errbuffer = "";
        if (cp.stderr) {
          cp.stderr.on("data", (data) => {
            state.processStderr = true;
            if (this.options.listeners && this.options.listeners.stderr) {
              this.options.listeners.stderr(data);
            }
            if (!optionsNonNull.silent && optionsNonNull.errStream && optionsNonNull.outStream) {
              const s = optionsNonNull.failOnStdErr ? optionsNonNull.errStream : optionsNonNull.outStream;
              s.write(data);
            }
            errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
              if (this.options.listeners && this.options.listeners.errline) {
                this.options.listeners.errline(line);
              }
            });
          });
        }
        cp.on("error", (err) => {
          state.processError = err.message;
          state.processExited = true;
          state.processClosed = true;
          state.CheckComplete();
        });
        cp.on("exit", (code) => {
          state.processExitCode = code;
          state.processExited = true;
          this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
          state.CheckComplete();
        });
        cp.on("close", (code) => {
          state.processExitCode = code;
          state.processExited = true;
          state.processClosed = true;
          this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
          state.CheckComplete();
        });
        state.on("done", (error2, exitCode) => {
          if (stdbuffer.length > 0) {
            this.emit("stdline", stdbuffer);
          }
          if (errbuffer.length > 0) {
            this.emit("errline", errbuffer);
          }
          cp.removeAllListeners();
          if (error2) {
            reject(error2);
          } else {
            resolve2(exitCode);
          }
        });
        if (this.options.input) {
          if (!cp.stdin) {
            throw new Error("child process missing stdin");
          }
          cp.stdin.end(this.options.input);
        }
      }));
    });
  }
};
function argStringToArray(argString) {
  const args = [];
  let inQuotes = false;
  let escaped = false;
  let arg = "";
  function append(c) {
    if (escaped && c !== '"') {
      arg += "\\";
    }
    arg += c;
    escaped = false;
  }
  for (let i = 0; i < argString.length; i++) {
    const c = argString.charAt(i);
    if (c === '"') {
      if (!escaped) {
        inQuotes = !inQuotes;
      } else {
        append(c);
      }
      continue;
    }
    if (c === "\\" && escaped) {
      append(c);
      continue;
    }
    if (c === "\\" && inQuotes) {
      escaped = true;
      continue;
    }
    if (c === " " && !inQuotes) {
      if (arg.length > 0) {
        args.push(arg);
        arg = "";
      }
      continue;
    }
    append(c);
  }
  if (arg.length > 0) {
    args.push(arg.trim());
  }
  return args;
}
var ExecState = class _ExecState extends events.EventEmitter {
  constructor(options, toolPath) {
    super();
    this.processClosed = false;
    this.processError = "";
    this.processExitCode = 0;
    this.processExited = false;
    this.processStderr = false;
    this.delay = 1e4;
    this.done = false;
    this.timeout = null;
    if (!toolPath) {
      throw new Error("toolPath must not be empty");
    }
    this.options = options;
    this.toolPath = toolPath;
    if (options.delay) {
      this.delay = options.delay;
    }
  }
  CheckComplete() {
    if (this.done) {
      return;
    }
    if (this.processClosed) {
      this._setResult();
    } else if (this.processExited) {
      this.timeout = setTimeout2(_ExecState.HandleTimeout, this.delay, this);
    }
  }
  _debug(message) {
    this.emit("debug", message);
  }
  _setResult() {
    let error2;
    if (this.processExited) {
      if (this.processError) {
        error2 = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
      } else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
        error2 = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
      } else if (this.processStderr && this.options.failOnStdErr) {
        error2 = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
      }
    }
    if (this.timeout) {
      clearTimeout(this.timeout);
      this.timeout = null;
    }
    this.done = true;
    this.emit("done", error2, this.processExitCode);
  }
  static HandleTimeout(state) {
    if (state.done) {
      return;
    }
    if (!state.processClosed && state.processExited) {
      const message = `The STDIO streams did not close within ${state.delay / 1e3} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
      state._debug(message);
    }
    state._setResult();
  }
};

// node_modules/@actions/exec/lib/exec.js
var __awaiter8 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
function exec(commandLine, args, options) {
  return __awaiter8(this, void 0, void 0, function* () {
    const commandArgs = argStringToArray(commandLine);
    if (commandArgs.length === 0) {
      throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
    }
    const toolPath = commandArgs[0];
    args = commandArgs.slice(1).concat(args || []);
    const runner = new ToolRunner(toolPath, args, options);
    return runner.exec();
  });
}
function getExecOutput(commandLine, args, options) {
  return __awaiter8(this, void 0, void 0, function* () {
    var _a, _b;
    let stdout = "";
    let stderr = "";
    const stdoutDecoder = new StringDecoder("utf8");
    const stderrDecoder = new StringDecoder("utf8");
    const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
    const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
    const stdErrListener = (data) => {
      stderr += stderrDecoder.write(data);
      if (originalStdErrListener) {
        originalStdErrListener(data);
      }
    };
    const stdOutListener = (data) => {
      stdout += stdoutDecoder.write(data);
      if (originalStdoutListener) {
        originalStdoutListener(data);
      }
    };
    const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
    const exitCode = yield exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
    stdout += stdoutDecoder.end();
    stderr += stderrDecoder.end();
    return {
      exitCode,
      stdout,
      stderr
    };
  });
}

// node_modules/@actions/core/lib/platform.js
var __awaiter9 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var getWindowsInfo = () => __awaiter9(void 0, void 0, void 0, function* () {
  const { stdout: version } = yield getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', void 0, {
    silent: true
  });
  const { stdout: name } = yield getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', void 0, {
    silent: true
  });
  return {
    name: name.trim(),
    version: version.trim()
  };
});
var getMacOsInfo = () => __awaiter9(void 0, void 0, void 0, function* () {
  var _a, _b, _c, _d;
  const { stdout } = yield getExecOutput("sw_vers", void 0, {
    silent: true
  });
  const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : "";
  const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : "";
  return {
    name,
    version
  };
});
var getLinuxInfo = () => __awaiter9(void 0, void 0, void 0, function* () {
  const { stdout } = yield getExecOutput("lsb_release", ["-i", "-r", "-s"], {
    silent: true
  });
  const [name, version] = stdout.trim().split("\n");
  return {
    name,
    version
  };
});
var platform = os4.platform();
var arch = os4.arch();
var isWindows = platform === "win32";
var isMacOS = platform === "darwin";
var isLinux = platform === "linux";
function getDetails() {
  return __awaiter9(this, void 0, void 0, function* () {
    return Object.assign(Object.assign({}, yield isWindows ? getWindowsInfo() : isMacOS ? getMacOsInfo() : getLinuxInfo()), {
      platform,
      arch,
      isWindows,
      isMacOS,
      isLinux
    });
  });
}

// node_modules/@actions/core/lib/core.js
var __awaiter10 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function exportVariable(name, val) {
  const convertedVal = toCommandValue(val);
  process.env[name] = convertedVal;
  const filePath = process.env["GITHUB_ENV"] || "";
  if (filePath) {
    return issueFileCommand("ENV", prepareKeyValueMessage(name, val));
  }
  issueCommand("set-env", { name }, convertedVal);
}
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function addPath(inputPath) {
  const filePath = process.env["GITHUB_PATH"] || "";
  if (filePath) {
    issueFileCommand("PATH", inputPath);
  } else {
    issueCommand("add-path", {}, inputPath);
  }
  process.env["PATH"] = `${inputPath}${path5.delimiter}${process.env["PATH"]}`;
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function getMultilineInput(name, options) {
  const inputs = getInput(name, options).split("\n").filter((x) => x !== "");
  if (options && options.trimWhitespace === false) {
    return inputs;
  }
  return inputs.map((input) => input.trim());
}
function getBooleanInput(name, options) {
  const trueValue = ["true", "True", "TRUE"];
  const falseValue = ["false", "False", "FALSE"];
  const val = getInput(name, options);
  if (trueValue.includes(val))
    return true;
  if (falseValue.includes(val))
    return false;
  throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}
Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os5.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setCommandEcho(enabled) {
  issue("echo", enabled ? "on" : "off");
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function isDebug() {
  return process.env["RUNNER_DEBUG"] === "1";
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os5.EOL);
}
function startGroup(name) {
  issue("group", name);
}
function endGroup() {
  issue("endgroup");
}
function group(name, fn) {
  return __awaiter10(this, void 0, void 0, function* () {
    startGroup(name);
    let result;
    try {
      result = yield fn();
    } finally {
      endGroup();
    }
    return result;
  });
}
function saveState(name, value) {
  const filePath = process.env["GITHUB_STATE"] || "";
  if (filePath) {
    return issueFileCommand("STATE", prepareKeyValueMessage(name, value));
  }
  issueCommand("save-state", { name }, toCommandValue(value));
}
function getState(name) {
  return process.env[`STATE_${name}`] || "";
}
function getIDToken(aud) {
  return __awaiter10(this, void 0, void 0, function* () {
    return yield OidcClient.getIDToken(aud);
  });
}

// src/github/publish.ts
import { readFileSync } from "node:fs";
import { relative as relative2, sep as sep3 } from "node:path";

// src/report/annotations.ts
var ANNOTATIONS_PER_LEVEL = 10;
function formatAnnotations(outcome, reserved = {}, context = {}) {
  const limits = {
    error: ANNOTATIONS_PER_LEVEL,
    warning: ANNOTATIONS_PER_LEVEL - (reserved.warning ?? 0),
    notice: ANNOTATIONS_PER_LEVEL - (reserved.notice ?? 0)
  };
  if (outcome.verdict === "fail") limits.error--;
  const counted = outcome.findings.filter((candidate) => !candidate.suppressed);
  const overflowing = ["error", "warning", "notice"].some((level) => counted.filter((finding) => annotationLevel(finding) === level).length > limits[level]);
  if (overflowing) limits.notice--;
  const annotations = chooseAnnotated(counted, limits, context).map((finding) => toAnnotation(finding, context));
  const hidden = counted.length - annotations.length;
  if (hidden > 0) {
    annotations.push({
      level: "notice",
      message: `${hidden} more finding${hidden === 1 ? " is" : "s are"} not annotated here (GitHub shows ${ANNOTATIONS_PER_LEVEL} per level); the job summary lists them as far as 1 MiB allows, the report-file output (JSON) all ${counted.length}.`,
      properties: { title: "kube-policy-gate: more findings in the job summary" }
    });
  }
  return annotations;
}
function chooseAnnotated(findings, limits, context = {}) {
  const seenInFile = /* @__PURE__ */ new Map();
  const ranked = findings.map((finding, index) => {
    const rank = changeRank(finding, context.changed) + (finding.baseline === "existing" ? 3 : 0);
    const key = `${finding.severity}\0${rank}\0${finding.location?.file ?? ""}`;
    const nth = seenInFile.get(key) ?? 0;
    seenInFile.set(key, nth + 1);
    return { finding, index, rank, nth };
  });
  ranked.sort((a, b) => a.rank - b.rank || a.nth - b.nth || a.index - b.index);
  const used = { error: 0, warning: 0, notice: 0 };
  const chosen = [];
  for (const candidate of ranked) {
    const level = annotationLevel(candidate.finding);
    if (used[level] >= limits[level]) continue;
    used[level]++;
    chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.index - b.index).map(({ finding }) => finding);
}
function toAnnotation(finding, context) {
  const subject = [describeObjects(finding), `from ${describeTarget(finding.target)}${describeVariants(finding)}`].filter(Boolean).join(" ");
  const existing = finding.baseline === "existing" ? " (already in the base: not counted)" : "";
  const message = commandData(`${finding.message}
${subject} [${finding.ruleId}]${existing}`);
  const { location } = finding;
  return {
    level: annotationLevel(finding),
    message,
    properties: {
      title: commandProperty(finding.title),
      ...location && { file: commandProperty(repositoryPath(location.file, context)), startLine: location.line, ...location.column && { startColumn: location.column } }
    }
  };
}
function annotationLevel(finding) {
  return finding.baseline === "existing" ? "notice" : finding.severity;
}
function emitAnnotations(annotations, sink) {
  for (const annotation of annotations) sink[annotation.level](annotation.message, annotation.properties);
}

// src/report/summary.ts
var SUMMARY_LIMIT_BYTES = 1e6;
var RESERVED_BYTES = 2e3;
var SEVERITY_ORDER = ["error", "warning", "notice"];
function formatSummary(outcome, limitBytes = SUMMARY_LIMIT_BYTES, context = {}) {
  const out = new Page(limitBytes - RESERVED_BYTES);
  out.add(...formatHead(outcome, context));
  if (outcome.findings.length === 0 && !outcome.files?.notChecked.length) return out.finish(["No findings.", ""]);
  const rules = ruleIndex(context);
  const notChecked = outcome.findings.filter(couldNotCheck);
  const checked = outcome.findings.filter((finding) => !couldNotCheck(finding));
  formatNotChecked(out, outcome, notChecked, context);
  if (checked.length) {
    formatRules(out, checked, rules, context);
    formatTargets(out, outcome.findings);
  }
  out.add(...formatExceptions(outcome));
  if (checked.length) formatFiles(out, checked, rules, context);
  return out.finish([...out.omitted ? truncation(out.omitted, outcome.findings.length) : [], ...sarifNote(outcome, context)]);
}
function sarifNote(outcome, context) {
  const { overLimit, withoutLine } = sarifOmissions(outcome, context);
  if (!overLimit && !withoutLine) return [];
  return ["", `**SARIF:** ${describeSarifOmissions(outcome, { overLimit, withoutLine })} The \`report-file\` output (JSON) holds every finding.`, ""];
}
var ERROR_SUMMARY_PROBLEMS = 50;
function formatErrorSummary(problems, configuration) {
  const shown = problems.slice(0, ERROR_SUMMARY_PROBLEMS);
  const more = problems.length - shown.length;
  const why = configuration ? `Nothing was checked: fix ${problems.length === 1 ? "this configuration error" : `these ${problems.length} configuration errors`} (the inputs, the config file or the files they name) first.` : "Nothing was checked: kube-policy-gate stopped on an unexpected error. Please report it with this message.";
  return [
    `## \u274C kube-policy-gate: ${configuration ? "configuration error" : "could not run"}`,
    "",
    why,
    "",
    ...shown.map((problem) => `- ${markdown(problem)}`),
    ...more > 0 ? [`- \u2026 and ${plural(more, "more problem")}: the log lists them all.`] : [],
    ""
  ].join("\n");
}
var Page = class {
  lines = [];
  size = 0;
  /** Findings not shown because the page was full. */
  omitted = 0;
  full = false;
  limit;
  constructor(limit) {
    this.limit = limit;
  }
  /** Adds the lines if they all fit; false (and the page is full from then on) if not. */
  add(...lines) {
    const bytes = lines.reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0);
    if (this.full || this.size + bytes > this.limit) {
      this.full = true;
      return false;
    }
    this.lines.push(...lines);
    this.size += bytes;
    return true;
  }
  /** Closing lines (a section's end tag) always go in: their room is reserved. */
  close(...lines) {
    this.lines.push(...lines);
  }
  finish(tail) {
    return [...this.lines, ...tail].join("\n");
  }
};
function truncation(omitted, total) {
  return [
    "",
    `**Truncated:** ${total - omitted} of ${plural(total, "finding")} shown, since GitHub drops a job summary over 1 MiB. The \`report-file\` output (JSON) holds every finding.`,
    ""
  ];
}
function formatHead(outcome, context) {
  const icon = outcome.verdict === "fail" ? "\u274C" : "\u2705";
  const unjudged = unjudgedDeployments(outcome);
  const lines = [
    `## ${icon} kube-policy-gate: ${outcome.verdict === "fail" ? "failed" : "passed"}${unjudged ? ` (${plural(unjudged, "deployment")} not judged)` : ""}`,
    "",
    `**${markdown(describeCounts(outcome))}** (fail-on: \`${outcome.failOn}\`)`,
    ""
  ];
  lines.push(...formatPending(outcome));
  if (outcome.files) lines.push(`Checked ${plural(outcome.files.checked, "file")} of ${outcome.files.total}.`, "");
  if (outcome.comparison) lines.push(markdown(describeComparison(outcome)), ...outcome.comparison.notice ? ["", `> ${markdown(outcome.comparison.notice)}`] : [], "");
  if (context.changed) {
    const counted = outcome.findings.filter((finding) => !finding.suppressed);
    const onLines = counted.filter((finding) => changeRank(finding, context.changed) === 0).length;
    const inFiles = counted.filter((finding) => changeRank(finding, context.changed) === 1).length;
    lines.push(`In code this pull request changes: ${plural(onLines, "finding")} on changed lines (marked \u270F\uFE0F below), ${inFiles} more in changed files.`, "");
  }
  return [...lines, ...formatConfiguration(outcome), ...formatVersions(outcome)];
}
function unjudgedDeployments(outcome) {
  const deployers = /* @__PURE__ */ new Set();
  for (const finding of outcome.findings.filter(couldNotCheck)) {
    for (const { target } of [finding, ...finding.alsoFor ?? []]) {
      const deployer = target.deployedBy;
      if (deployer) deployers.add(JSON.stringify([deployer.kind, deployer.namespace, deployer.name, deployer.file]));
    }
  }
  return deployers.size;
}
function formatVersions(outcome) {
  const lines = [];
  const judged = outcome.podSecurity ?? [];
  if (judged.length) {
    const each = judged.map(({ namespace, level, version }) => `${markdown(namespace)} ${level} ${version}`).join(", ");
    lines.push(`Pod Security by namespace: ${each}.`, "");
  }
  for (const { rule, reason } of outcome.skippedRules ?? []) lines.push(`Skipped ${markdown(rule)}: ${markdown(reason)}.`, "");
  return lines;
}
function formatConfiguration(outcome) {
  const config = outcome.configuration;
  if (!config) return [];
  const code = (ids) => ids.map(markdown).join(", ");
  const changes = [
    config.disabled.length ? `disables ${code(config.disabled)}` : "",
    config.enabled.length ? `enables ${code(config.enabled)}` : "",
    config.regraded.length ? `re-grades ${config.regraded.map(({ rule, severity }) => `${code([rule])} to ${severity}`).join(", ")}` : "",
    config.parameters.length ? `sets parameters of ${code(config.parameters)}` : "",
    config.exceptions ? `declares ${config.exceptions} exception${config.exceptions === 1 ? "" : "s"}` : ""
  ].filter(Boolean);
  const what = changes.length ? changes.join("; ") : "changes no rule";
  return [`Config file ${markdown(config.file)}: ${what}.`, ""];
}
function formatPending(outcome) {
  const configuration = outcome.configuration;
  const from = configuration?.trustedFrom;
  const pending = configuration?.pending ?? [];
  const lines = [];
  if (from && "problem" in from) lines.push(`> The base branch's config could not be read, so this pull request's config applies only where it is stricter than the defaults: ${markdown(from.problem)}`, "");
  if (pending.length === 0) return lines;
  lines.push(`**Pending until merged** (${plural(pending.length, "change")} to ${markdown(configuration.file)} that would loosen the gate):`, "");
  for (const change of pending) lines.push(`- ${markdown(change.message)}${change.line ? ` (line ${change.line})` : ""}`);
  return [...lines, ""];
}
function formatExceptions(outcome) {
  const applied = appliedExceptions(outcome.findings);
  if (applied.length === 0) return [];
  const rows = applied.map((exception) => {
    const where = exception.file ? `${markdown(exception.file)}${exception.line ? `:${exception.line}` : ""}` : "";
    const by = exception.by === "config" ? "config" : "annotation";
    return `| ${by} | ${where} | ${markdown(exception.reason)} | ${markdown(exception.owner ?? "")} | ${markdown(exception.expires ?? "")} | ${exception.findings} |`;
  });
  return ["### Exceptions applied", "", "| By | Where | Reason | Owner | Expires | Findings |", "| --- | --- | --- | --- | --- | --- |", ...rows, ""];
}
function formatNotChecked(out, outcome, findings, context) {
  const files = outcome.files?.notChecked ?? [];
  if (findings.length === 0 && files.length === 0) return;
  out.add("### \u26A0\uFE0F Not checked", "", "| Severity | Where | Problem | Details |", "| --- | --- | --- | --- |");
  for (const finding of findings) {
    const where = finding.location ? formatFile(finding, context) : markdown(describeTarget(finding.target));
    const severity = finding.suppressed ? `${finding.severity} (accepted)` : finding.severity;
    if (!out.add(`| ${severity} | ${where} | ${markdownWithCode(finding.title)} | ${markdownWithCode(finding.message)} |`)) out.omitted++;
  }
  for (const file of files) out.add(`| | ${markdown(repositoryPath(file.file, context))} | not checked | ${markdown(file.reason)} |`);
  out.add("");
}
function formatRules(out, findings, rules, context) {
  const byRule = groupBy(findings, (finding) => finding.ruleId);
  const rows = [...byRule].map(([id, group2]) => ({ id, group: group2, worst: worstSeverity(group2), counted: group2.filter((finding) => !finding.suppressed).length }));
  rows.sort((a, b) => SEVERITY_ORDER.indexOf(a.worst) - SEVERITY_ORDER.indexOf(b.worst) || b.counted - a.counted || a.id.localeCompare(b.id));
  out.add("### Rules", "", "| Rule | Severity | Findings | How to fix |", "| --- | --- | --- | --- |");
  for (const { id, group: group2, worst, counted } of rows) {
    const rule = rules.get(id);
    const url = ruleDocUrl(rule, context);
    const name = url ? `[${markdown(id)}](${url})` : markdown(id);
    const title = markdownWithCode(rule?.title ?? group2[0].title);
    const accepted = group2.length - counted;
    const count = `${counted}${accepted ? ` (+${accepted} accepted)` : ""}`;
    out.add(`| **${name}**<br>${title} | ${worst} | ${count} | ${markdownWithCode(rule?.remediation ?? "")} |`);
  }
  out.add("");
}
function formatTargets(out, findings) {
  const byTarget = groupBy(
    findings.filter((finding) => !finding.suppressed),
    (finding) => describeTarget(finding.target)
  );
  if (byTarget.size === 0) return;
  const count = (group2, severity) => group2.filter((finding) => finding.severity === severity).length;
  const rows = [...byTarget].sort(([, a], [, b]) => count(b, "error") - count(a, "error") || count(b, "warning") - count(a, "warning") || count(b, "notice") - count(a, "notice"));
  out.add("### Targets", "", "| Target | Errors | Warnings | Notices |", "| --- | --- | --- | --- |");
  for (const [name, group2] of rows) {
    const cell = (severity) => count(group2, severity) || "";
    out.add(`| ${markdown(name)} | ${cell("error")} | ${cell("warning")} | ${cell("notice")} |`);
  }
  out.add("");
}
function formatFiles(out, findings, rules, context) {
  const byFile = [...groupBy(findings, (finding) => finding.location?.file ?? "")];
  const rank = (group2) => Math.min(...group2.map((finding) => changeRank(finding, context.changed)));
  const worst = (group2) => {
    const counted = group2.filter((finding) => !finding.suppressed);
    return counted.length ? SEVERITY_ORDER.indexOf(worstSeverity(counted)) : SEVERITY_ORDER.length;
  };
  const ordered = byFile.map((entry, index) => ({ entry, index, rank: rank(entry[1]), worst: worst(entry[1]) })).sort((a, b) => a.rank - b.rank || a.worst - b.worst || a.index - b.index);
  out.add("### Findings by file", "");
  for (const { entry: [file, group2], rank: fileRank } of ordered) {
    const rows = [...group2].sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0));
    const name = file ? `<code>${markdown(repositoryPath(file, context))}</code>` : "Without a file";
    const changed = fileRank < 2 ? " \xB7 changed in this pull request" : "";
    const summary2 = `<details><summary>${name} \u2014 ${describeGroup(group2)}${changed}</summary>`;
    if (!out.add(summary2, "", "| Line | Severity | Rule | Object | Message |", "| --- | --- | --- | --- | --- |")) {
      out.omitted += group2.length;
      continue;
    }
    for (const finding of rows) if (!out.add(formatRow(finding, rules, context))) out.omitted++;
    out.close("", "</details>", "");
  }
}
function describeGroup(group2) {
  const counted = group2.filter((finding) => !finding.suppressed);
  const parts = SEVERITY_ORDER.map((severity) => [severity, counted.filter((finding) => finding.severity === severity).length]).filter(([, count]) => count > 0).map(([severity, count]) => plural(count, severity));
  const accepted = group2.length - counted.length;
  if (accepted) parts.push(`${accepted} accepted`);
  return parts.join(", ");
}
function formatRow(finding, rules, context) {
  const line = finding.location ? String(finding.location.line) : "";
  const url = lineUrl(finding, context);
  const where = url ? `[${line}](${url})` : line;
  const mark = changeRank(finding, context.changed) === 0 ? "&nbsp;\u270F\uFE0F" : "";
  const severity = finding.suppressed ? `${finding.severity} (accepted)` : finding.severity;
  const title = rules.get(finding.ruleId)?.title ?? finding.title;
  const rule = `${markdown(finding.ruleId)}<br><sub>${markdownWithCode(title)}</sub>`;
  const object = `${markdown(describeObjects(finding))}<br><sub>${markdown(describeTarget(finding.target))}</sub>`;
  return `| ${where}${mark} | ${severity} | ${rule} | ${object} | ${markdown(finding.message)} |`;
}
function formatFile(finding, context) {
  const { location } = finding;
  if (!location) return "";
  const text = markdown(repositoryPath(location.file, context));
  const url = lineUrl(finding, context)?.replace(/#L\d+$/, "");
  return url ? `[${text}](${url})` : text;
}
function worstSeverity(findings) {
  return SEVERITY_ORDER.find((severity) => findings.some((finding) => finding.severity === severity)) ?? "notice";
}
function groupBy(items, key) {
  const groups = /* @__PURE__ */ new Map();
  for (const item of items) {
    const name = key(item);
    const group2 = groups.get(name);
    if (group2) group2.push(item);
    else groups.set(name, [item]);
  }
  return groups;
}

// src/report/checks.ts
var CHECK_RUN_NAME = "kube-policy-gate";
var ANNOTATIONS_PER_REQUEST = 50;
var MAX_ANNOTATIONS = 1e3;
var OUTPUT_LIMIT = 65535;
var TITLE_LIMIT = 255;
var MESSAGE_LIMIT = 65536;
var LEVELS = { error: "failure", warning: "warning", notice: "notice" };
function formatCheckRun(outcome, options) {
  const counted = changedFirst(
    outcome.findings.filter((finding) => !finding.suppressed),
    options.changed
  );
  const located = annotationOrder(counted.filter((finding) => finding.location), options.changed);
  const annotations = located.slice(0, MAX_ANNOTATIONS).map((finding) => toAnnotation2(finding, options));
  const title = checkTitle(outcome);
  const left = located.length - annotations.length;
  const shown = left ? `${annotations.length} of ${located.length} findings with a source line are annotated here (new errors and warnings first, at most ${MAX_ANNOTATIONS} a run); the report-file output (JSON) holds every finding.` : "";
  const text = unlocatedText(counted);
  const batches = [];
  for (let start = 0; start < annotations.length; start += ANNOTATIONS_PER_REQUEST) batches.push(annotations.slice(start, start + ANNOTATIONS_PER_REQUEST));
  if (batches.length === 0) batches.push([]);
  let sent = 0;
  const summaries = batches.map((batch, index) => {
    sent += batch.length;
    const partial = index < batches.length - 1 ? `\u26A0\uFE0F This check run holds ${sent} of ${annotations.length} annotations: if this line is still here, writing the rest failed (the workflow run's log says why).` : "";
    return withTail(checkSummary(outcome, counted, options.changed), [shown, partial]);
  });
  const [first = [], ...rest] = batches;
  return {
    create: {
      name: options.checkName ?? CHECK_RUN_NAME,
      head_sha: options.headSha,
      status: "completed",
      conclusion: outcome.verdict === "fail" ? "failure" : "success",
      ...options.detailsUrl && { details_url: options.detailsUrl },
      output: { title, summary: summaries[0], ...text && { text }, annotations: first }
    },
    updates: rest.map((batch, index) => ({ output: { title, summary: summaries[index + 1], annotations: batch } }))
  };
}
function withTail(summary2, tail) {
  const end = tail.filter(Boolean).map((line) => `

${line}`).join("");
  return clipBytes(summary2, OUTPUT_LIMIT - Buffer.byteLength(end)) + end;
}
function annotationOrder(findings, changed) {
  const key = (finding) => [finding.baseline === "existing" ? 1 : 0, finding.severity === "notice" ? 1 : 0, changeRank(finding, changed), SEVERITY_ORDER2[finding.severity]];
  return findings.map((finding, index) => ({ finding, index, key: key(finding) })).sort((a, b) => compareKeys(a.key, b.key) || a.index - b.index).map(({ finding }) => finding);
}
var SEVERITY_ORDER2 = { error: 0, warning: 1, notice: 2 };
function compareKeys(a, b) {
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return a[index] - b[index];
  return 0;
}
function checkTitle(outcome) {
  const { error: error2, warning: warning2, notice: notice2 } = outcome.counts;
  if (error2 + warning2 + notice2 === 0) return "No findings";
  return [plural(error2, "error"), plural(warning2, "warning"), plural(notice2, "notice")].join(", ");
}
function changedFirst(findings, changed) {
  return findings.map((finding, index) => ({ finding, index, rank: changeRank(finding, changed) + (finding.baseline === "existing" ? 3 : 0) })).sort((a, b) => a.rank - b.rank || a.index - b.index).map(({ finding }) => finding);
}
function checkSummary(outcome, counted, changed) {
  const verdict = outcome.verdict === "fail" ? `\u274C Failed: findings at or above fail-on \`${outcome.failOn}\`.` : `\u2705 Passed (fail-on: \`${outcome.failOn}\`).`;
  const lines = [verdict, "", ...formatPending(outcome), `**${markdown(describeCounts(outcome))}**`, ...outcome.comparison ? ["", markdown(describeComparison(outcome))] : []];
  if (changed) {
    const onLines = counted.filter((finding) => changeRank(finding, changed) === 0).length;
    const inFiles = counted.filter((finding) => changeRank(finding, changed) < 2).length;
    lines.push("", `${plural(onLines, "finding")} on lines this pull request changes, ${inFiles} in files it changes.`);
  }
  return lines.join("\n");
}
function unlocatedText(counted) {
  const unlocated = counted.filter((finding) => !finding.location);
  if (unlocated.length === 0) return "";
  const head = ["### Findings without a source line", "", "| Severity | Rule | Object | Message |", "| --- | --- | --- | --- |"];
  const rows = [];
  let size = Buffer.byteLength(head.join("\n")) + 200;
  for (const finding of unlocated) {
    const object = [describeObjects(finding), describeTarget(finding.target)].filter(Boolean).join(" in ");
    const row = `| ${finding.severity} | ${markdown(clipBytes(finding.ruleId, 200))} | ${markdown(clipBytes(object, 1e3))} | ${markdown(clipBytes(finding.message, 1e3))} |`;
    const bytes = Buffer.byteLength(row) + 1;
    if (size + bytes > OUTPUT_LIMIT) break;
    size += bytes;
    rows.push(row);
  }
  const rest = unlocated.length - rows.length;
  return [...head, ...rows, ...rest > 0 ? ["", `\u2026and ${rest} more not shown here; the job summary lists them.`] : []].join("\n");
}
function toAnnotation2(finding, context) {
  const location = finding.location;
  const subject = [describeObjects(finding), `from ${describeTarget(finding.target)}`].filter(Boolean).join(" ");
  return {
    path: repositoryPath(location.file, context),
    start_line: location.line,
    end_line: location.line,
    ...location.column && { start_column: location.column, end_column: location.column },
    annotation_level: LEVELS[annotationLevel(finding)],
    message: clipBytes(`${finding.message}
${subject} [${finding.ruleId}]${finding.baseline === "existing" ? " (already in the base: not counted)" : ""}`, MESSAGE_LIMIT),
    title: clipBytes(finding.title || finding.ruleId, TITLE_LIMIT)
  };
}
function clipBytes(text, limit) {
  if (text.length * 3 <= limit) return text;
  const bytes = Buffer.from(text, "utf8");
  if (bytes.length <= limit) return text;
  let end = Math.max(0, limit - ELLIPSIS_BYTES);
  while (end > 0 && (bytes[end] & 192) === 128) end--;
  return `${bytes.subarray(0, end).toString("utf8")}\u2026`;
}
var ELLIPSIS_BYTES = 3;

// src/report/comment.ts
var COMMENT_MARKER = "<!-- kube-policy-gate:sticky-comment -->";
function commentMarker(label) {
  return label ? `<!-- kube-policy-gate:sticky-comment:${label} -->` : COMMENT_MARKER;
}
var COMMENT_LIMIT = 65536;
var TOP_FINDINGS = 10;
function wantsComment(mode, outcome) {
  return mode === "always" || mode === "on-failure" && outcome.verdict === "fail";
}
function formatComment(outcome, options = {}, limit = COMMENT_LIMIT) {
  const failed2 = outcome.verdict === "fail";
  const counted = changedFirst(
    outcome.findings.filter((finding) => !finding.suppressed),
    options.changed
  );
  const head = [
    options.marker ?? COMMENT_MARKER,
    `### ${failed2 ? "\u274C" : "\u2705"} kube-policy-gate${options.label ? ` (${markdown(options.label)})` : ""}: ${failed2 ? "failed" : "passed"}`,
    "",
    `**${markdown(describeCounts(outcome))}** (fail-on: \`${outcome.failOn}\`)`,
    "",
    ...clipped(formatPending(outcome), PENDING_LIMIT),
    ...changeLines(outcome, counted, options)
  ];
  const link = options.runUrl ? [`[Full report in the workflow run](${options.runUrl})`, ""] : [];
  const top = counted.slice(0, TOP_FINDINGS);
  const table = top.length ? [`#### ${top.length < counted.length ? `Top ${top.length} of ${counted.length} findings` : plural(counted.length, "finding")}`, "", "| Severity | Where | Rule | Object | Message |", "| --- | --- | --- | --- | --- |"] : [];
  let size = Buffer.byteLength([...head, ...table, ...link].join("\n")) + 200;
  let shown = 0;
  for (const finding of top) {
    const row = formatRow2(finding, options);
    const bytes = Buffer.byteLength(row) + 1;
    if (size + bytes > limit) break;
    size += bytes;
    table.push(row);
    shown++;
  }
  const rest = top.length - shown;
  const tail = rest > 0 ? ["", `\u2026${plural(rest, "more finding")} not shown: the comment is limited to ${limit} bytes.`] : [];
  return [...head, ...table, ...tail, ...table.length ? [""] : [], ...link].join("\n").trimEnd() + "\n";
}
var PENDING_LIMIT = 8e3;
function clipped(lines, limit) {
  let size = 0;
  const kept = [];
  for (const line of lines) {
    size += Buffer.byteLength(line) + 1;
    if (size > limit) return [...kept, "- \u2026the job summary lists the rest.", ""];
    kept.push(line);
  }
  return kept;
}
function changeLines(outcome, counted, options) {
  const lines = [];
  const comparison = options.comparison ?? outcome.comparison;
  if (comparison) {
    const { introduced, fixed } = comparison;
    lines.push(`Compared with the base branch: **${introduced} new**, ${fixed} fixed.`);
  }
  if (options.changed) {
    const onLines = counted.filter((finding) => changeRank(finding, options.changed) === 0).length;
    lines.push(`${plural(onLines, "finding")} on lines this pull request changes.`);
  }
  return lines.length ? [...lines, ""] : [];
}
function formatRow2(finding, options) {
  const resource = describeObjects(finding);
  return `| ${finding.severity} | ${formatWhere(finding, options)} | ${markdown(finding.ruleId)} | ${markdown(clipBytes(resource, 200))} | ${markdown(clipBytes(finding.message, 500))} |`;
}
function formatWhere(finding, options) {
  const location = finding.location;
  if (!location) return markdown(clipBytes(finding.target.path, 200));
  const shown = `${markdown(clipBytes(location.file, 200))}:${location.line}`;
  const url = lineUrl(finding, options);
  return url ? `[${shown}](${url})` : shown;
}

// src/github/category.ts
function runIdentity(categoryInput, job, matrixJson) {
  const given = categoryInput.trim();
  if (given) return { category: given.replace(/\/+$/, ""), label: given.replace(/\/+$/, "") };
  const values = matrixValues(matrixJson);
  const category = ["kube-policy-gate", ...job ? [job] : [], ...values.map(([key, value]) => `${key}:${value}`)].join("/");
  return values.length ? { category, label: values.map(([key, value]) => `${key}:${value}`).join(", ") } : { category };
}
function matrixValues(text) {
  let matrix;
  try {
    matrix = JSON.parse(text || "null");
  } catch {
    return [];
  }
  if (matrix === null || typeof matrix !== "object" || Array.isArray(matrix)) return [];
  return Object.entries(matrix).map(([key, value]) => [key, typeof value === "string" ? value : JSON.stringify(value)]);
}
function safeLabel(label) {
  return label.replace(/[\u0000-\u001f\u007f<>]/g, " ").replace(/-{2,}/g, "-").slice(0, 100).trim();
}

// src/github/diff.ts
function changedLines(changes, directory = "") {
  const prefix = directory.replace(/^(\.\/)+|^\.$|\/+$/g, "");
  const sets = { files: /* @__PURE__ */ new Set(), lines: /* @__PURE__ */ new Set() };
  for (const file of changes.files) {
    if (file.status === "removed") continue;
    const path6 = prefix ? file.path.startsWith(`${prefix}/`) ? file.path.slice(prefix.length + 1) : void 0 : file.path;
    if (path6 === void 0) continue;
    sets.files.add(path6);
    for (const range of file.lines ?? []) {
      for (let line = range.start; line <= range.end; line++) sets.lines.add(`${path6}:${line}`);
    }
  }
  return sets;
}
var HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;
function parsePatch(patch) {
  const ranges = [];
  let line = 0;
  let inHunk = false;
  for (const text of patch.split("\n")) {
    const hunk = HUNK.exec(text);
    if (hunk) {
      line = Number(hunk[1]);
      inHunk = true;
      continue;
    }
    if (!inHunk) continue;
    if (text.startsWith("+")) {
      addLine(ranges, line);
      line++;
    } else if (text.startsWith(" ")) {
      line++;
    } else if (!text.startsWith("-") && !text.startsWith("\\")) {
      inHunk = false;
    }
  }
  return ranges;
}
function addLine(ranges, line) {
  const last = ranges.at(-1);
  if (last && last.end === line - 1) last.end = line;
  else ranges.push({ start: line, end: line });
}
function parseGitDiff(text) {
  const files = [];
  for (const section of text.split(/^(?=diff --git )/m)) {
    if (!section.startsWith("diff --git ")) continue;
    const file = parseSection(section);
    if (file) files.push(file);
  }
  return files;
}
function parseSection(section) {
  const header = section.slice(0, section.search(/^@@ /m) >>> 0);
  const field = (name) => {
    const match = new RegExp(`^${name} (.*)$`, "m").exec(header);
    return match ? unquotePath(match[1]) : void 0;
  };
  const from = field("rename from") ?? field("copy from") ?? stripPrefix(field("---"), "a/");
  const to = field("rename to") ?? field("copy to") ?? stripPrefix(field("\\+\\+\\+"), "b/");
  const names = to === void 0 && from === void 0 ? headerPaths(section) : void 0;
  const path6 = to ?? from ?? names?.to;
  if (path6 === void 0) return void 0;
  const status = /^new file mode/m.test(header) ? "added" : /^deleted file mode/m.test(header) ? "removed" : /^rename from/m.test(header) ? "renamed" : /^copy from/m.test(header) ? "copied" : "modified";
  const lines = /^Binary files /m.test(header) ? void 0 : parsePatch(section);
  return {
    path: status === "removed" ? from ?? path6 : path6,
    status,
    ...(status === "renamed" || status === "copied") && from !== void 0 && { previousPath: from },
    ...status !== "removed" && lines && { lines }
  };
}
function headerPaths(section) {
  const first = section.slice("diff --git ".length, section.indexOf("\n") >>> 0);
  if (first.startsWith('"')) {
    const match = /^("(?:[^"\\]|\\.)*") ("(?:[^"\\]|\\.)*"|\S.*)$/.exec(first);
    const to = match ? stripPrefix(unquotePath(match[2]), "b/") : void 0;
    return to === void 0 ? void 0 : { to };
  }
  const half = (first.length - 1) / 2;
  const a = first.slice(0, half);
  const b = first.slice(half + 1);
  if (Number.isInteger(half) && a.slice(2) === b.slice(2)) return { to: b.slice(2) };
  return void 0;
}
function stripPrefix(path6, prefix) {
  if (path6 === void 0 || path6 === "/dev/null") return void 0;
  return path6.startsWith(prefix) ? path6.slice(prefix.length) : path6;
}
var C_ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };
function unquotePath(text) {
  const value = text.replace(/\t$/, "");
  if (!value.startsWith('"') || !value.endsWith('"') || value.length < 2) return value;
  const bytes = [];
  const body = value.slice(1, -1);
  for (let index = 0; index < body.length; index++) {
    const character = body[index];
    if (character !== "\\") {
      bytes.push(...Buffer.from(character, "utf8"));
      continue;
    }
    const next = body[index + 1] ?? "";
    const octal = /^[0-7]{3}/.exec(body.slice(index + 1));
    if (octal) {
      bytes.push(parseInt(octal[0], 8));
      index += 3;
    } else {
      bytes.push(C_ESCAPES[next] ?? next.charCodeAt(0));
      index += 1;
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

// src/github/changes.ts
var GIT_LIMITS = { timeoutMs: 6e4, maxOutputBytes: 256 * 1024 * 1024 };
async function readChanges(pull, checkout, api) {
  const fromGit = await gitChanges(pull, checkout).catch(() => void 0);
  if (fromGit) return { changes: fromGit };
  if (!api) return { problem: "the base commit is not in the checkout and there is no token for the pull request files API" };
  try {
    const files = await api.listPullRequestFiles(pull.repository, pull.number);
    return { changes: { source: "api", files: files.map(toChangedFile) } };
  } catch (error2) {
    return { problem: `the base commit is not in the checkout (fetch-depth: 0 brings it) and ${errorMessage(error2)}` };
  }
}
async function gitChanges(pull, checkout) {
  const git = (args) => execTool("git", ["-c", "core.quotePath=true", "-c", "diff.noprefix=false", ...args], { cwd: checkout, ...GIT_LIMITS });
  const base = await git(["merge-base", pull.baseSha, pull.headSha]);
  const mergeBase = base.stdout.trim();
  if (base.code !== 0 || !/^[0-9a-f]{40,64}$/.test(mergeBase)) return void 0;
  const diff = await git(["diff", "--unified=0", "--no-color", "--no-ext-diff", "--no-textconv", "-M", mergeBase, pull.headSha, "--"]);
  if (diff.code !== 0) return void 0;
  return { source: "git", files: parseGitDiff(diff.stdout) };
}
var API_STATUSES = /* @__PURE__ */ new Set(["added", "modified", "removed", "renamed", "copied", "changed", "unchanged"]);
function toChangedFile(file) {
  const status = API_STATUSES.has(file.status) ? file.status : "modified";
  return {
    path: file.filename,
    status,
    ...file.previous_filename && { previousPath: file.previous_filename },
    // No patch: binary, or too large for the API; the file still counts as changed.
    ...file.patch !== void 0 && status !== "removed" && { lines: parsePatch(file.patch) }
  };
}

// src/github/checks.ts
async function publishCheckRun(api, repository, requests) {
  let created;
  try {
    created = await api.createCheckRun(repository, requests.create);
  } catch (error2) {
    return failed(error2);
  }
  const url = created.html_url ?? void 0;
  for (const [index, update] of requests.updates.entries()) {
    try {
      await api.updateCheckRun(repository, created.id, update);
    } catch (error2) {
      const result = failed(error2);
      return { ...result, ...url && { url }, reason: `${result.reason} (after ${index + 1} of ${requests.updates.length + 1} requests; the check run holds the annotations sent before and says so)` };
    }
  }
  return { published: true, ...url && { url } };
}
function refusalOf(error2) {
  if (!(error2 instanceof GitHubApiError)) return "other";
  if (error2.rateLimited) return "rate-limited";
  return error2.status === 403 ? "forbidden" : "other";
}
function failed(error2) {
  return { published: false, refusal: refusalOf(error2), reason: error2 instanceof Error ? error2.message : String(error2) };
}

// src/github/comment.ts
async function upsertComment(api, pull, body, updateOnly = false, marker = COMMENT_MARKER) {
  const existing = findOurComment(await api.listIssueComments(pull.repository, pull.number), marker);
  if (existing) {
    if (existing.body === body) return { action: "none" };
    const updated = await api.updateIssueComment(pull.repository, existing.id, body);
    return { action: "updated", ...updated.html_url && { url: updated.html_url } };
  }
  if (updateOnly) return { action: "none" };
  const created = await api.createIssueComment(pull.repository, pull.number, body);
  const oldest = findOurComment(await api.listIssueComments(pull.repository, pull.number), marker);
  if (oldest && oldest.id !== created.id) {
    await api.deleteIssueComment(pull.repository, created.id);
    const updated = await api.updateIssueComment(pull.repository, oldest.id, body);
    return { action: "updated", ...updated.html_url && { url: updated.html_url } };
  }
  return { action: "created", ...created.html_url && { url: created.html_url } };
}
function findOurComment(comments, marker = COMMENT_MARKER) {
  return comments.find((comment) => (comment.body ?? "").startsWith(`${marker}
`) && comment.user?.type === "Bot");
}

// src/github/publish.ts
function readGitHubSettings(read) {
  return {
    token: read(Inputs.githubToken).trim(),
    comment: oneOf(Inputs.comment, read(Inputs.comment) || "off", ["off", "on-failure", "always"])
  };
}
function readRunNaming(read, env) {
  return { identity: runIdentity(read(Inputs.category), env.GITHUB_JOB, read(Inputs.matrix)), sarifMaxResults: maxResults(read(Inputs.sarifMaxResults)) };
}
function maxResults(value) {
  const text = value.trim();
  if (!text) return SARIF_MAX_RESULTS;
  const number = Number(text);
  if (!/^\d+$/.test(text) || number < 1 || number > SARIF_MAX_RESULTS) {
    throw new ConfigError(`Invalid ${Inputs.sarifMaxResults} '${value}'. Expected a whole number from 1 to ${SARIF_MAX_RESULTS} (code scanning rejects more results in a run).`);
  }
  return number;
}
function naming(identity) {
  const label = identity?.label ? safeLabel(identity.label) : "";
  return label ? { checkName: `${CHECK_RUN_NAME} (${label})`, marker: commentMarker(label), label } : { checkName: CHECK_RUN_NAME, marker: commentMarker() };
}
async function openPullRequest(settings, env, checked, log) {
  const pull = readPullRequest(readEvent(env.GITHUB_EVENT_PATH), env);
  if (!pull) return void 0;
  const api = settings.token ? await connectGitHub(settings.token, env.GITHUB_API_URL || "https://api.github.com") : void 0;
  const workspace = checked.workspace ?? checked.root;
  const directory = relative2(workspace, checked.root).split(sep3).join("/");
  if (env.GITHUB_EVENT_NAME === "pull_request_target" && await checksOutPullRequest(workspace, pull.headSha) === false) {
    log.warning(PULL_REQUEST_TARGET_BASE);
  }
  const { changes, problem } = await readChanges(pull, workspace, api);
  if (problem) log.info(commandData(`The lines this pull request changes are unknown: ${problem}.`));
  const changed = changes && changedLines(changes, directory);
  const repositoryUrl = repositoryUrlFrom(env);
  const report = { pathPrefix: directory, sha: pull.headSha, ...repositoryUrl && { repositoryUrl }, ...changed && { changed } };
  return { pull, ...api && { api }, ...changes && { changes }, report, comment: settings.comment, env };
}
var PULL_REQUEST_TARGET_BASE = "This pull_request_target run checked out the base branch (actions/checkout's default for this event), so it judged the base, not the pull request's changes. Check out the pull request's head (with: ref: ${{ github.event.pull_request.head.sha }}, persist-credentials: false); kube-policy-gate only reads those files, but keep other steps of a job with a write token away from them.";
async function publishToPullRequest(outcome, context, log, identity) {
  const { api, pull, env } = context;
  if (!api) {
    log.info("No github-token: no check run and no comment.");
    return;
  }
  const refused = [];
  const limited = [];
  const details = runUrl(env);
  const { checkName, marker, label } = naming(identity);
  const requests = formatCheckRun(outcome, { ...context.report, headSha: pull.headSha, checkName, ...details && { detailsUrl: details } });
  const check2 = await publishCheckRun(api, pull.repository, requests);
  if (check2.published) log.info(`Check run ${requests.create.name} written with ${requests.create.output.annotations.length + requests.updates.reduce((sum, update) => sum + update.output.annotations.length, 0)} annotations${check2.url ? `: ${check2.url}` : ""}.`);
  else if (check2.refusal === "forbidden") refused.push("the check run (needs `checks: write`)");
  else if (check2.refusal === "rate-limited") limited.push(`the check run${check2.url ? ` (${check2.url} is incomplete and says so)` : ""}: ${check2.reason}`);
  else log.warning(commandData(`The check run could not be written (the findings are in the annotations and the job summary): ${check2.reason}`));
  const comment = commentAction(context.comment, outcome);
  if (comment && limited.length) limited.push("the pull request comment was not attempted");
  else if (comment) {
    const body = formatComment(outcome, { ...context.report, marker, ...label && { label }, ...details && { runUrl: details } });
    try {
      const result = await upsertComment(api, pull, body, comment === "update-only", marker);
      if (result.action !== "none") log.info(`Pull request comment ${result.action}${result.url ? `: ${result.url}` : ""}.`);
    } catch (error2) {
      const refusal = refusalOf(error2);
      if (refusal === "forbidden") refused.push("the pull request comment (needs `pull-requests: write`)");
      else if (refusal === "rate-limited") limited.push(`the pull request comment: ${errorMessage(error2)}`);
      else log.warning(commandData(`The pull request comment could not be written: ${errorMessage(error2)}`));
    }
  }
  if (refused.length) {
    const why = context.pull.fromFork ? "this pull request comes from a fork, and its token is read-only" : "the token lacks the permission";
    log.notice(`GitHub refused ${refused.join(" and ")}: ${why}. The findings are in the annotations of this step and the job summary.`);
  }
  if (limited.length) {
    log.warning(commandData(`GitHub rate limited this token, and the wait it asked for passed this run's budget (${TOTAL_WAIT_SECONDS} s in all) \u2014 not a missing permission. Not written: ${limited.join("; ")}. The verdict stands; the findings are in the annotations of this step and the job summary.`));
  }
}
function commentAction(mode, outcome) {
  if (wantsComment(mode, outcome)) return "upsert";
  return mode === "on-failure" ? "update-only" : void 0;
}
function readEvent(path6) {
  if (!path6) return void 0;
  try {
    return JSON.parse(readFileSync(path6, "utf8"));
  } catch {
    return void 0;
  }
}

// src/report/outputs.ts
var Outputs = {
  errors: "errors",
  warnings: "warnings",
  notices: "notices",
  findings: "findings",
  suppressed: "suppressed",
  verdict: "verdict",
  newFindings: "new-findings",
  configPending: "config-pending"
};
function formatOutputs(outcome) {
  const pending = outcome.configuration?.pending;
  return {
    [Outputs.errors]: String(outcome.counts.error),
    [Outputs.warnings]: String(outcome.counts.warning),
    [Outputs.notices]: String(outcome.counts.notice),
    [Outputs.findings]: String(outcome.counts.error + outcome.counts.warning + outcome.counts.notice),
    [Outputs.suppressed]: String(outcome.findings.filter((finding) => finding.suppressed).length),
    [Outputs.verdict]: outcome.verdict,
    // Set only when the base was compared: unset reads as empty in a workflow.
    ...outcome.comparison && { [Outputs.newFindings]: String(outcome.comparison.introduced) },
    // On a pull request: what its config changes that waits for the merge (src/config/trust.ts). Unset when the
    // config applied as written (no pull request, or no config on either side).
    ...pending && { [Outputs.configPending]: String(pending.length) }
  };
}
function errorOutputs() {
  return { [Outputs.verdict]: "error" };
}

// src/main.ts
async function run() {
  try {
    const read = (name) => getInput(name);
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const github = readGitHubSettings(read);
    const naming2 = readRunNaming(read, process.env);
    const settings = configuredSettings(read, workspace, void 0, await pullRequestTrust(read(Inputs.config), workspace, github.token, process.env));
    const checked = settings.mergeReports ? await readShardReports(settings.mergeReports) : await check({ ...settings, onRendered: (result) => info(formatRendered(result)) });
    if (settings.shard) return await reportShard(checked, settings);
    const log = countingLog();
    announceTrust(settings.config, log);
    const pull = await openPullRequest(github, process.env, settings, log).catch((error2) => {
      log.warning(commandData(`The pull request's changes could not be read (findings are reported without them): ${errorMessage(error2)}`));
      return void 0;
    });
    const outcome = settings.newFindingsOnly ? await compareWithBase(checked, settings, pull?.pull) : checked;
    if (outcome.comparison?.notice) log.notice(commandData(outcome.comparison.notice));
    info(formatText(outcome).trimEnd());
    const sarif = { category: naming2.identity.category, maxResults: naming2.sarifMaxResults };
    const context = { ...actionReportContext(settings, process.env, package_default.version), ...pull?.report, ...outcome.rules && { rules: outcome.rules }, ...sarif };
    if (pull) await publishToPullRequest(outcome, pull, log, naming2.identity).catch((error2) => log.warning(commandData(`The pull request could not be reported to: ${errorMessage(error2)}`)));
    const files = await writeReportFiles(outcome, context, reportPaths(settings, process.env));
    announceSarifOmissions(outcome, sarif, files.outputs, log);
    const problems = [await writeSummary(outcome, context), files.problem, setOutputs({ ...formatOutputs(outcome), ...files.outputs })].filter((problem) => problem !== void 0);
    for (const problem of problems) warning(commandData(problem));
    emitAnnotations(formatAnnotations(outcome, { warning: problems.length + log.count.warning, notice: log.count.notice }, context), core_exports);
    if (outcome.verdict === "fail") {
      setFailed(`${plural(failingCount(outcome), "finding")} at or above fail-on '${outcome.failOn}' (${describeCounts(outcome)})`);
    }
  } catch (error2) {
    await reportError(error2);
  }
}
async function reportError(error2) {
  const configuration = error2 instanceof ConfigError;
  const problems = configuration ? error2.problems : [errorMessage(error2)];
  setFailed(commandData(problems.join("\n")));
  const summary2 = process.env.GITHUB_STEP_SUMMARY ? await writeSummaryText(formatErrorSummary(problems, configuration), "the error is in the log above") : void 0;
  for (const problem of [summary2, setOutputs(errorOutputs())]) if (problem) warning(commandData(problem));
}
async function reportShard(outcome, settings) {
  info(formatText(outcome).trimEnd());
  const context = { ...actionReportContext(settings, process.env, package_default.version), ...outcome.rules && { rules: outcome.rules } };
  const files = await writeReportFiles(outcome, context, reportPaths(settings, process.env));
  if (files.problem) throw new Error(files.problem);
  const problem = setOutputs({ ...formatOutputs(outcome), ...files.outputs });
  if (problem) warning(commandData(problem));
}
async function writeSummary(outcome, context) {
  if (!process.env.GITHUB_STEP_SUMMARY) return void 0;
  return writeSummaryText(formatSummary(outcome, void 0, context), "the findings are in the log above");
}
async function writeSummaryText(markdown2, instead) {
  try {
    await summary.addRaw(markdown2).write();
    return void 0;
  } catch (error2) {
    return `The job summary could not be written (${instead}): ${errorMessage(error2)}`;
  }
}
function setOutputs(outputs) {
  const failed2 = [];
  let reason = "";
  for (const [name, value] of Object.entries(outputs)) {
    try {
      setOutput(name, value);
    } catch (error2) {
      failed2.push(name);
      reason = errorMessage(error2);
    }
  }
  return failed2.length ? `The step outputs ${failed2.join(", ")} could not be set: ${reason}` : void 0;
}
function announceTrust(config, log) {
  const base = config?.trust?.base;
  if (base && "problem" in base) {
    log.notice(commandData(`The base branch's config could not be read, so this pull request's config applies only where it is stricter than the defaults: ${base.problem}`));
  }
  const pending = pendingChanges(config);
  for (const change of pending.slice(0, PENDING_NOTICES)) {
    const where = { title: "kube-policy-gate: pending until merged", file: commandProperty(change.file), ...change.line && { startLine: change.line } };
    log.notice(commandData(`Pending until merged: ${change.message}.`), where);
  }
  const more = pending.length - PENDING_NOTICES;
  if (more > 0) log.notice(`${plural(more, "more config change")} pending until merged: the job summary lists them all.`);
}
function announceSarifOmissions(outcome, options, files, log) {
  const omissions = sarifOmissions(outcome, options);
  if (!omissions.overLimit && !omissions.withoutLine) return;
  const report = files[FileOutputs.reportFile];
  log.notice(commandData(`${describeSarifOmissions(outcome, omissions)} ${report ? `The full JSON report is ${report} (the report-file output).` : "The job summary lists every finding."}`));
}
var PENDING_NOTICES = 5;
function countingLog() {
  const count = { warning: 0, notice: 0 };
  return {
    count,
    info: (message) => info(message),
    notice: (message, properties) => {
      count.notice++;
      notice(message, properties);
    },
    warning: (message) => {
      count.warning++;
      warning(message);
    }
  };
}

// src/index.ts
await run();
