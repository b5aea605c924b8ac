"use strict";
(() => {
  var __defProp = Object.defineProperty;
  var __export = (target, all) => {
    for (var name in all)
      __defProp(target, name, { get: all[name], enumerable: true });
  };

  // node_modules/zod/v4/core/util.js
  function getEnumValues(entries) {
    const numericValues = Object.values(entries).filter((v) => typeof v === "number");
    const values = Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
    return values;
  }
  function jsonStringifyReplacer(_, value) {
    if (typeof value === "bigint")
      return value.toString();
    return value;
  }
  var Cached = class {
    constructor(getter) {
      this._getter = getter;
      this._value = void 0;
    }
    get value() {
      const getter = this._getter;
      if (getter !== void 0) {
        this._value = getter();
        this._getter = void 0;
      }
      return this._value;
    }
  };
  function cached(getter) {
    return new Cached(getter);
  }
  function nullish(input) {
    return input === null || input === void 0;
  }
  function cleanRegex(source) {
    const start = source.startsWith("^") ? 1 : 0;
    const end = source.endsWith("$") ? source.length - 1 : source.length;
    return source.slice(start, end);
  }
  function assignProp(target, prop, value) {
    Object.defineProperty(target, prop, {
      value,
      writable: true,
      enumerable: true,
      configurable: true
    });
  }
  var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
  };
  function isObject(data) {
    return typeof data === "object" && data !== null && !Array.isArray(data);
  }
  var propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
  function escapeRegex(str) {
    return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  function clone(inst, def, params2) {
    const cl = new inst._zod.constr(def ?? inst._zod.def);
    if (!def || params2?.parent)
      cl._zod.parent = inst;
    return cl;
  }
  function normalizeParams(_params) {
    const params2 = _params;
    if (!params2)
      return {};
    if (typeof params2 === "string")
      return { error: () => params2 };
    if (params2?.message !== void 0) {
      if (params2?.error !== void 0)
        throw new Error("Cannot specify both `message` and `error` params");
      params2.error = params2.message;
    }
    delete params2.message;
    if (typeof params2.error === "string")
      return { ...params2, error: () => params2.error };
    return params2;
  }
  function optionalKeys(shape) {
    return Object.keys(shape).filter((k) => {
      return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
    });
  }
  var NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
    safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    int32: [-2147483648, 2147483647],
    uint32: [0, 4294967295],
    float32: [-34028234663852886e22, 34028234663852886e22],
    float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
  }))();
  function aborted(x, startIndex = 0) {
    if (x.aborted === true)
      return true;
    for (let i = startIndex; i < x.issues.length; i++) {
      if (x.issues[i]?.continue !== true) {
        return true;
      }
    }
    return false;
  }
  function explicitlyAborted(x, startIndex = 0) {
    if (x.aborted === true)
      return true;
    for (let i = startIndex; i < x.issues.length; i++) {
      if (x.issues[i]?.continue === false) {
        return true;
      }
    }
    return false;
  }
  function prefixIssues(path, issues) {
    return issues.map((iss) => {
      var _a3;
      (_a3 = iss).path ?? (_a3.path = []);
      iss.path.unshift(path);
      return iss;
    });
  }
  function unwrapMessage(message) {
    return typeof message === "string" ? message : message?.message;
  }
  function sizeCaps(defChecks) {
    const caps = [];
    for (const ch of defChecks ?? []) {
      const d = ch._zod.def;
      if (!/_(length|size)$|_equals$/.test(d.check))
        break;
      const max = d.maximum ?? d.length ?? d.size;
      if (max >= 0)
        caps.push([max, ch]);
    }
    return caps;
  }
  function attachSchema(issues, start, inst) {
    var _a3;
    for (let i = start; i < issues.length; i++) {
      (_a3 = issues[i]).schema ?? (_a3.schema = inst);
    }
  }
  function finalizeIssue(iss, ctx, config2) {
    var _a3;
    const traits = iss.inst?._zod?.traits;
    if (traits?.has("$ZodType")) {
      if (traits.has("$ZodCheck"))
        (_a3 = iss).schema ?? (_a3.schema = iss.inst);
      else
        iss.schema = iss.inst;
    }
    const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
    const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
    const full = {};
    for (const k of Object.keys(iss)) {
      if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
        continue;
      full[k] = iss[k];
    }
    full.path ?? (full.path = []);
    full.message = message;
    if (ctx?.reportInput) {
      full.input = iss.input;
    }
    return full;
  }
  var highSurrogate = /[\uD800-\uDBFF]/;
  function codePointLength(str) {
    const units = str.length;
    if (!highSurrogate.test(str))
      return units;
    let count2 = units;
    for (let i = 0; i < units - 1; i++) {
      if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
        count2--;
        i++;
      }
    }
    return count2;
  }
  function getLengthableOrigin(input) {
    if (Array.isArray(input))
      return "array";
    if (typeof input === "string")
      return "string";
    return "unknown";
  }
  function issue(...args) {
    const [iss, input, inst] = args;
    if (typeof iss === "string") {
      return {
        message: iss,
        code: "custom",
        input,
        inst
      };
    }
    return { ...iss };
  }
  function members(proto, table) {
    for (const key2 in table) {
      const desc = Object.getOwnPropertyDescriptor(table, key2);
      if (desc.get)
        Object.defineProperty(proto, key2, { ...desc, enumerable: false });
      else
        defineBound(proto, key2, desc.value);
    }
  }
  function own(inst, key2, value, enumerable = true) {
    Object.defineProperty(inst, key2, { configurable: true, writable: true, enumerable, value });
    return value;
  }
  function hide(inst, key2, value) {
    return own(inst, key2, value, false);
  }
  function defineBound(proto, key2, fn) {
    Object.defineProperty(proto, key2, {
      configurable: true,
      get() {
        return this == null ? fn : own(this, key2, fn.bind(this));
      },
      set(value) {
        own(this, key2, value);
      }
    });
  }
  function claim(inst, sentinel) {
    const proto = Object.getPrototypeOf(inst);
    return sentinel in proto ? void 0 : proto;
  }
  var installing;
  var broke = false;
  var breaker = {
    configurable: true,
    get() {
      broke = true;
      return void 0;
    }
  };
  function defineLazyInternal(inst, key2, compute) {
    const proto = Object.getPrototypeOf(inst._zod);
    if (key2 in proto && installing !== inst._zod) {
      installing = void 0;
      return;
    }
    installing = inst._zod;
    Object.defineProperty(proto, key2, {
      configurable: true,
      get() {
        Object.defineProperty(this, key2, breaker);
        const outer = broke;
        broke = false;
        try {
          const value = compute(this);
          if (broke)
            delete this[key2];
          else
            Object.defineProperty(this, key2, { configurable: true, writable: true, value });
          broke = broke || outer;
          return value;
        } catch (err) {
          delete this[key2];
          broke = broke || outer;
          throw err;
        }
      },
      set(value) {
        Object.defineProperty(this, key2, { configurable: true, writable: true, value });
      }
    });
  }
  function installLazyProp(inst, key2, make, enumerable) {
    const proto = claim(inst, key2);
    if (!proto)
      return;
    Object.defineProperty(proto, key2, {
      configurable: true,
      get() {
        const desc = { configurable: true, writable: true, enumerable, value: void 0 };
        Object.defineProperty(this, key2, desc);
        desc.value = make(this);
        Object.defineProperty(this, key2, desc);
        return desc.value;
      },
      set(value) {
        Object.defineProperty(this, key2, { configurable: true, writable: true, enumerable, value });
      }
    });
  }

  // node_modules/zod/v4/core/core.js
  var _a;
  var _zodDesc = { value: void 0, enumerable: false };
  var _E = "captureStackTrace" in Error ? Error : null;
  function newError(Definition) {
    const E = _E;
    if (E) {
      const saved2 = E.stackTraceLimit;
      if (typeof saved2 === "number") {
        try {
          E.stackTraceLimit = 0;
        } catch {
          _E = null;
          return new Definition();
        }
        try {
          return new Definition();
        } finally {
          E.stackTraceLimit = saved2;
        }
      }
    }
    return new Definition();
  }
  // @__NO_SIDE_EFFECTS__
  function $constructor(name, initializer2, proto, params2) {
    const zodProto = {};
    function Internals(def) {
      this.def = def;
      this.constr = _;
      this.traits = /* @__PURE__ */ new Set();
    }
    Internals.prototype = zodProto;
    const protoMembers = proto;
    const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
    function init(inst, def) {
      if (!inst._zod) {
        _zodDesc.value = new Internals(def);
        try {
          Object.defineProperty(inst, "_zod", _zodDesc);
        } finally {
          _zodDesc.value = void 0;
        }
      } else if (inst._zod.traits.has(name)) {
        return;
      }
      inst._zod.traits.add(name);
      initializer2(inst, def);
      if (initialized) {
        const own2 = Object.getPrototypeOf(inst);
        const ctorProto = inst._zod.constr.prototype;
        let up = own2;
        while (up && up !== ctorProto)
          up = Object.getPrototypeOf(up);
        const target = up ?? own2;
        if (!initialized.has(target)) {
          initialized.add(target);
          members(target, protoMembers);
        }
      }
      const proto2 = _.prototype;
      for (const k in proto2) {
        if (!Object.prototype.hasOwnProperty.call(proto2, k))
          continue;
        if (!(k in inst)) {
          inst[k] = proto2[k].bind(inst);
        }
      }
    }
    const Parent = params2?.Parent ?? Object;
    class Definition extends Parent {
    }
    Object.defineProperty(Definition, "name", { value: name });
    function _(def) {
      const inst = params2?.Parent ? newError(Definition) : this;
      init(inst, def);
      const deferred = inst._zod.deferred;
      if (deferred) {
        for (const fn of deferred) {
          fn();
        }
        inst._zod.deferred = void 0;
      }
      const pp = globalThis.__zod_globalConfig?.postProcessor;
      if (pp)
        pp(inst);
      return inst;
    }
    Object.defineProperty(_, "init", { value: init });
    Object.defineProperty(_, Symbol.hasInstance, {
      value: (inst) => {
        if (params2?.Parent && inst instanceof params2.Parent)
          return true;
        return inst?._zod?.traits?.has(name);
      }
    });
    Object.defineProperty(_, "name", { value: name });
    return _;
  }
  var $ZodAsyncError = class extends Error {
    constructor() {
      super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
    }
  };
  (_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
  var globalConfig = globalThis.__zod_globalConfig;
  function config(newConfig) {
    if (newConfig)
      Object.assign(globalConfig, newConfig);
    return globalConfig;
  }

  // node_modules/zod/v4/core/errors.js
  function _getMessage() {
    const internals = this._zod;
    internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
    return internals.message;
  }
  function _setMessage(value) {
    this._zod.message = value;
  }
  var _messageDesc = {
    get: _getMessage,
    set: _setMessage,
    enumerable: true,
    configurable: true
  };
  var _issuesDesc = { value: void 0, enumerable: false };
  var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
  var initializer = (inst, def) => {
    inst.name = "$ZodError";
    _issuesDesc.value = def;
    Object.defineProperty(inst, "issues", _issuesDesc);
    _issuesDesc.value = void 0;
    Object.defineProperty(inst, "message", _messageDesc);
    const proto = Object.getPrototypeOf(inst);
    if (!_installedToString.has(proto)) {
      _installedToString.add(proto);
      Object.defineProperty(proto, "toString", {
        configurable: true,
        enumerable: false,
        get() {
          const value = () => this.message;
          Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
          return value;
        },
        set(value) {
          Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
        }
      });
    }
  };
  var $ZodError = $constructor("$ZodError", initializer);
  var $ZodRealError = $constructor("$ZodError", initializer, void 0, {
    Parent: Error
  });

  // node_modules/zod/v4/core/parse.js
  var _parse = (_Err) => {
    const fn = (schema, value, _ctx, _params) => {
      const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
      const result = schema._zod.run({ value, issues: [] }, ctx);
      if (result instanceof Promise) {
        throw new $ZodAsyncError();
      }
      if (result.issues.length) {
        const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
        captureStackTrace(e, _params?.callee ?? fn);
        throw e;
      }
      return result.value;
    };
    return fn;
  };
  var parse = /* @__PURE__ */ _parse($ZodRealError);
  var _parseAsync = (_Err) => {
    const fn = async (schema, value, _ctx, params2) => {
      const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
      let result = schema._zod.run({ value, issues: [] }, ctx);
      if (result instanceof Promise)
        result = await result;
      if (result.issues.length) {
        const e = new (params2?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
        captureStackTrace(e, params2?.callee ?? fn);
        throw e;
      }
      return result.value;
    };
    return fn;
  };
  var parseAsync = /* @__PURE__ */ _parseAsync($ZodRealError);
  var _safeParse = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
      throw new $ZodAsyncError();
    }
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
  };
  var safeParse = /* @__PURE__ */ _safeParse($ZodRealError);
  function failure(Err, issues, ctx) {
    let error;
    return {
      success: false,
      get error() {
        if (!error) {
          error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
          issues = void 0;
          ctx = void 0;
        }
        return error;
      },
      set error(e) {
        error = e;
        issues = void 0;
        ctx = void 0;
      }
    };
  }
  var _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
      result = await result;
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
  };
  var safeParseAsync = /* @__PURE__ */ _safeParseAsync($ZodRealError);

  // node_modules/zod/v4/core/regexes.js
  var duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
  var httpProtocol = /^https?$/;
  var dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
  function anchor(source) {
    return new RegExp(`^${source}$`);
  }
  var date = /* @__PURE__ */ anchor(dateSource);
  function timeSource(args) {
    const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
    const regex = typeof args.precision === "number" ? args.precision === -1 ? `${hhmm}` : args.precision === 0 ? `${hhmm}:[0-5]\\d` : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}` : args.seconds ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?` : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
    return regex;
  }
  function time(args) {
    return new RegExp(`^${timeSource(args)}$`);
  }
  function datetime(args) {
    const opts = ["Z"];
    if (args.offset)
      opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
    const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
    const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
    return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
  }
  var anyString = /^[\s\S]{0,}$/;
  var number = /^-?\d+(?:\.\d+)?$/;
  var boolean = /^(?:true|false)$/i;

  // node_modules/zod/v4/core/checks.js
  var $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
    var _a3;
    inst._zod ?? (inst._zod = {});
    inst._zod.def = def;
    (_a3 = inst._zod).onattach ?? (_a3.onattach = []);
  });
  var _whenHasLength = (payload2) => {
    const val = payload2.value;
    return !nullish(val) && val.length !== void 0;
  };
  var numericOriginMap = {
    number: "number",
    bigint: "bigint",
    object: "date"
  };
  var $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload2) => {
      if (def.inclusive ? payload2.value <= def.value : payload2.value < def.value) {
        return;
      }
      payload2.issues.push({
        origin: numericOriginMap[typeof payload2.value] ?? origin,
        code: "too_big",
        maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
        input: payload2.value,
        inclusive: def.inclusive,
        inst,
        continue: !def.abort
      });
    };
  });
  var $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload2) => {
      if (def.inclusive ? payload2.value >= def.value : payload2.value > def.value) {
        return;
      }
      payload2.issues.push({
        origin: numericOriginMap[typeof payload2.value] ?? origin,
        code: "too_small",
        minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
        input: payload2.value,
        inclusive: def.inclusive,
        inst,
        continue: !def.abort
      });
    };
  });
  var $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
    $ZodCheck.init(inst, def);
    def.format = def.format || "float64";
    const isInt = def.format?.includes("int");
    const origin = isInt ? "int" : "number";
    const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
    inst._zod.check = (payload2) => {
      const input = payload2.value;
      if (isInt) {
        if (!Number.isInteger(input)) {
          payload2.issues.push({
            expected: origin,
            format: def.format,
            code: "invalid_type",
            continue: false,
            input,
            inst
          });
          return;
        }
        if (!Number.isSafeInteger(input)) {
          if (input > 0) {
            payload2.issues.push({
              input,
              code: "too_big",
              maximum: Number.MAX_SAFE_INTEGER,
              note: "Integers must be within the safe integer range.",
              inst,
              origin,
              inclusive: true,
              continue: !def.abort
            });
          } else {
            payload2.issues.push({
              input,
              code: "too_small",
              minimum: Number.MIN_SAFE_INTEGER,
              note: "Integers must be within the safe integer range.",
              inst,
              origin,
              inclusive: true,
              continue: !def.abort
            });
          }
          return;
        }
      }
      if (input < minimum) {
        payload2.issues.push({
          origin: "number",
          input,
          code: "too_small",
          minimum,
          inclusive: true,
          inst,
          continue: !def.abort
        });
      }
      if (input > maximum) {
        payload2.issues.push({
          origin: "number",
          input,
          code: "too_big",
          maximum,
          inclusive: true,
          inst,
          continue: !def.abort
        });
      }
    };
  });
  var $ZodCheckMaxLength = /* @__PURE__ */ $constructor("$ZodCheckMaxLength", (inst, def) => {
    var _a3;
    $ZodCheck.init(inst, def);
    (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
    inst._zod.check = (payload2) => {
      const input = payload2.value;
      const units = input.length;
      const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
      if (length <= def.maximum)
        return;
      const origin = getLengthableOrigin(input);
      payload2.issues.push({
        origin,
        code: "too_big",
        maximum: def.maximum,
        inclusive: true,
        input,
        inst,
        continue: !def.abort
      });
    };
  });
  var $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
    var _a3;
    $ZodCheck.init(inst, def);
    (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
    inst._zod.check = (payload2) => {
      const input = payload2.value;
      const units = input.length;
      const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units;
      if (length >= def.minimum)
        return;
      const origin = getLengthableOrigin(input);
      payload2.issues.push({
        origin,
        code: "too_small",
        minimum: def.minimum,
        inclusive: true,
        input,
        inst,
        continue: !def.abort
      });
    };
  });
  var $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
    var _a3, _b;
    $ZodCheck.init(inst, def);
    if (def.pattern)
      (_a3 = inst._zod).check ?? (_a3.check = (payload2) => {
        def.pattern.lastIndex = 0;
        if (def.pattern.test(payload2.value))
          return;
        payload2.issues.push({
          origin: "string",
          code: "invalid_format",
          format: def.format,
          input: payload2.value,
          ...def.pattern ? { pattern: def.pattern.toString() } : {},
          inst,
          continue: !def.abort
        });
      });
    else
      (_b = inst._zod).check ?? (_b.check = () => {
      });
  });
  var $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
    $ZodCheckStringFormat.init(inst, def);
    inst._zod.check = (payload2) => {
      def.pattern.lastIndex = 0;
      if (def.pattern.test(payload2.value))
        return;
      payload2.issues.push({
        origin: "string",
        code: "invalid_format",
        format: "regex",
        input: payload2.value,
        pattern: def.pattern.toString(),
        inst,
        continue: !def.abort
      });
    };
  });
  var $ZodCheckOverwrite = /* @__PURE__ */ $constructor("$ZodCheckOverwrite", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload2) => {
      payload2.value = def.tx(payload2.value);
    };
  });

  // node_modules/zod/v4/core/versions.js
  var version = {
    major: 4,
    minor: 6,
    patch: 7
  };

  // node_modules/zod/v4/core/schemas.js
  var $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
    var _a3;
    inst ?? (inst = {});
    inst._zod.def = def;
    inst._zod.bag = inst._zod.bag || {};
    inst._zod.version = version;
    const defChecks = inst._zod.def.checks;
    const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
    for (const ch of checks) {
      for (const fn of ch._zod.onattach) {
        fn(inst);
      }
    }
    if (checks.length === 0) {
      (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
      inst._zod.deferred?.push(() => {
        inst._zod.run = inst._zod.parse;
      });
    } else {
      const runChecks = (payload2, checks2, ctx) => {
        if (payload2.memo)
          return payload2;
        let isAborted = aborted(payload2);
        let asyncResult;
        for (const ch of checks2) {
          if (ch._zod.def.when) {
            if (explicitlyAborted(payload2))
              continue;
            const shouldRun = ch._zod.def.when(payload2);
            if (!shouldRun)
              continue;
          } else if (isAborted) {
            continue;
          }
          const currLen = payload2.issues.length;
          const _ = ch._zod.check(payload2);
          if (_ instanceof Promise && ctx?.async === false) {
            throw new $ZodAsyncError();
          }
          if (asyncResult || _ instanceof Promise) {
            asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
              await _;
              const nextLen = payload2.issues.length;
              if (nextLen === currLen)
                return;
              attachSchema(payload2.issues, currLen, inst);
              if (!isAborted)
                isAborted = aborted(payload2, currLen);
            });
          } else {
            const nextLen = payload2.issues.length;
            if (nextLen === currLen)
              continue;
            attachSchema(payload2.issues, currLen, inst);
            if (!isAborted)
              isAborted = aborted(payload2, currLen);
          }
        }
        if (asyncResult) {
          return asyncResult.then(() => {
            return payload2;
          });
        }
        return payload2;
      };
      const handleCanaryResult = (canary, payload2, ctx) => {
        if (aborted(canary)) {
          canary.aborted = true;
          return canary;
        }
        const checkResult = runChecks(payload2, checks, ctx);
        if (checkResult instanceof Promise) {
          if (ctx.async === false)
            throw new $ZodAsyncError();
          return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
        }
        return inst._zod.parse(checkResult, ctx);
      };
      inst._zod.run = (payload2, ctx) => {
        if (ctx.skipChecks) {
          return inst._zod.parse(payload2, ctx);
        }
        if (ctx.direction === "backward") {
          const canary = inst._zod.parse({ value: payload2.value, issues: [] }, { ...ctx, skipChecks: true });
          if (canary instanceof Promise) {
            return canary.then((canary2) => {
              return handleCanaryResult(canary2, payload2, ctx);
            });
          }
          return handleCanaryResult(canary, payload2, ctx);
        }
        const result = inst._zod.parse(payload2, ctx);
        if (result instanceof Promise) {
          if (ctx.async === false)
            throw new $ZodAsyncError();
          return result.then((result2) => runChecks(result2, checks, ctx));
        }
        return runChecks(result, checks, ctx);
      };
    }
  }, {
    // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
    get "~standard"() {
      return hide(this, "~standard", standardProps(this));
    },
    set "~standard"(value) {
      own(this, "~standard", value);
    }
  });
  var toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
  async function validateAsync(inst, value) {
    const ctx = { async: true };
    return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
  }
  function standardProps(inst) {
    return {
      validate: (value) => {
        const ctx = { async: false };
        try {
          const r = inst._zod.run({ value, issues: [] }, ctx);
          if (!(r instanceof Promise))
            return toStandardResult(r, ctx);
        } catch (_) {
        }
        return validateAsync(inst, value);
      },
      vendor: "zod",
      version: 1
    };
  }
  var $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = def.pattern ?? anyString;
    inst._zod.parse = (payload2, _) => {
      if (def.coerce)
        try {
          payload2.value = String(payload2.value);
        } catch (_2) {
        }
      if (typeof payload2.value === "string")
        return payload2;
      payload2.issues.push({
        expected: "string",
        code: "invalid_type",
        input: payload2.value,
        inst
      });
      return payload2;
    };
  });
  var $ZodStringFormat = /* @__PURE__ */ $constructor("$ZodStringFormat", (inst, def) => {
    $ZodCheckStringFormat.init(inst, def);
    $ZodString.init(inst, def);
  });
  var URL_BAD_FORMAT = 1;
  var URL_UNPARSEABLE = 2;
  function canParseURL(input) {
    try {
      if (typeof URL !== "undefined" && typeof URL.canParse === "function")
        return URL.canParse(input);
      new URL(input);
      return true;
    } catch {
      return false;
    }
  }
  function validateURL(trimmed, def) {
    if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
      return canParseURL(trimmed) || URL_UNPARSEABLE;
    }
    return parseURLObject(trimmed, def);
  }
  function parseURLObject(trimmed, def) {
    if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
      return URL_BAD_FORMAT;
    }
    try {
      if (typeof URL !== "undefined") {
        const URLStatic = URL;
        if (typeof URLStatic.parse === "function")
          return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
      }
      return new URL(trimmed);
    } catch {
      return URL_UNPARSEABLE;
    }
  }
  var asciiTabOrNewline = /[\t\n\r]/g;
  function stripTabAndNewline(value) {
    return value.replace(asciiTabOrNewline, "");
  }
  function urlHostnameOk(url3, hostname) {
    hostname.lastIndex = 0;
    return hostname.test(url3.hostname);
  }
  function urlProtocolOk(url3, protocol) {
    protocol.lastIndex = 0;
    return protocol.test(url3.protocol.endsWith(":") ? url3.protocol.slice(0, -1) : url3.protocol);
  }
  var $ZodURL = /* @__PURE__ */ $constructor("$ZodURL", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload2) => {
      try {
        const trimmed = payload2.value.trim();
        const url3 = validateURL(trimmed, def);
        if (url3 === URL_BAD_FORMAT) {
          payload2.issues.push({
            code: "invalid_format",
            format: "url",
            note: "Invalid URL format",
            input: payload2.value,
            inst,
            continue: !def.abort
          });
          return;
        }
        if (url3 === URL_UNPARSEABLE) {
          payload2.issues.push({
            code: "invalid_format",
            format: "url",
            input: payload2.value,
            inst,
            continue: !def.abort
          });
          return;
        }
        if (url3 === true) {
          payload2.value = stripTabAndNewline(trimmed);
          return;
        }
        if (def.hostname && !urlHostnameOk(url3, def.hostname)) {
          payload2.issues.push({
            code: "invalid_format",
            format: "url",
            note: "Invalid hostname",
            pattern: def.hostname.source,
            input: payload2.value,
            inst,
            continue: !def.abort
          });
        }
        if (def.protocol && !urlProtocolOk(url3, def.protocol)) {
          payload2.issues.push({
            code: "invalid_format",
            format: "url",
            note: "Invalid protocol",
            pattern: def.protocol.source,
            input: payload2.value,
            inst,
            continue: !def.abort
          });
        }
        payload2.value = def.normalize ? url3.href : stripTabAndNewline(trimmed);
        return;
      } catch (_) {
        payload2.issues.push({
          code: "invalid_format",
          format: "url",
          input: payload2.value,
          inst,
          continue: !def.abort
        });
      }
    };
  });
  var $ZodISODateTime = /* @__PURE__ */ $constructor("$ZodISODateTime", (inst, def) => {
    def.pattern ?? (def.pattern = datetime(def));
    $ZodStringFormat.init(inst, def);
  });
  var $ZodISODate = /* @__PURE__ */ $constructor("$ZodISODate", (inst, def) => {
    def.pattern ?? (def.pattern = date);
    $ZodStringFormat.init(inst, def);
  });
  var $ZodISOTime = /* @__PURE__ */ $constructor("$ZodISOTime", (inst, def) => {
    def.pattern ?? (def.pattern = time(def));
    $ZodStringFormat.init(inst, def);
  });
  var $ZodISODuration = /* @__PURE__ */ $constructor("$ZodISODuration", (inst, def) => {
    def.pattern ?? (def.pattern = duration);
    $ZodStringFormat.init(inst, def);
  });
  var $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = number;
    inst._zod.parse = (payload2, _ctx) => {
      if (def.coerce)
        try {
          payload2.value = Number(payload2.value);
        } catch (_) {
        }
      const input = payload2.value;
      if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
        return payload2;
      }
      const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
      payload2.issues.push({
        expected: "number",
        code: "invalid_type",
        input,
        inst,
        ...received ? { received } : {}
      });
      return payload2;
    };
  });
  var $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
    $ZodCheckNumberFormat.init(inst, def);
    $ZodNumber.init(inst, def);
  });
  var $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = boolean;
    inst._zod.parse = (payload2, _ctx) => {
      if (def.coerce)
        try {
          payload2.value = Boolean(payload2.value);
        } catch (_) {
        }
      const input = payload2.value;
      if (typeof input === "boolean")
        return payload2;
      payload2.issues.push({
        expected: "boolean",
        code: "invalid_type",
        input,
        inst
      });
      return payload2;
    };
  });
  var $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload2, _ctx) => {
      payload2.issues.push({
        expected: "never",
        code: "invalid_type",
        input: payload2.value,
        inst
      });
      return payload2;
    };
  });
  function capSize(inst, size) {
    const caps = sizeCaps(inst._zod.def.checks);
    if (!caps.length)
      return;
    const cap = Math.min(...caps.map((c) => c[0]));
    const parse2 = inst._zod.parse;
    inst._zod.parse = (payload2, ctx) => {
      const n = size(payload2.value);
      if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
        for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
          if (n > max && ch._zod.def.when(payload2)) {
            const start = payload2.issues.length;
            ch._zod.check(payload2);
            payload2.issues[start].continue = false;
            attachSchema(payload2.issues, start, inst);
            return payload2;
          }
        }
      }
      return parse2(payload2, ctx);
    };
  }
  var arraySize = (input) => Array.isArray(input) ? input.length : -1;
  function handleArrayResult(result, final, index) {
    if (result.issues.length) {
      final.issues.push(...prefixIssues(index, result.issues));
    }
    final.value[index] = result.value;
  }
  var $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload2, ctx) => {
      const input = payload2.value;
      if (!Array.isArray(input)) {
        payload2.issues.push({
          expected: "array",
          code: "invalid_type",
          input,
          inst
        });
        return payload2;
      }
      payload2.value = memo ? memo.alloc(inst, payload2, Array(input.length), ctx) : Array(input.length);
      const proms = [];
      const abortEarly = ctx?.abortEarly;
      for (let i = 0; i < input.length; i++) {
        const item = input[i];
        const result = def.element._zod.run({
          value: item,
          issues: []
        }, ctx);
        if (result instanceof Promise) {
          proms.push(result.then((result2) => handleArrayResult(result2, payload2, i)));
        } else {
          handleArrayResult(result, payload2, i);
          if (abortEarly && result.issues.length !== 0 && aborted(result))
            break;
        }
      }
      if (proms.length) {
        return Promise.all(proms).then(() => payload2);
      }
      return payload2;
    };
    capSize(inst, arraySize);
  });
  function handlePropertyResult(result, final, key2, input, optin, optout) {
    const isPresent = key2 in input;
    const isOptionalOut = optout === "optional";
    if (!isPresent && isOptionalOut && optin === "optional") {
      return;
    }
    if (result.issues.length) {
      if (optin !== void 0 && isOptionalOut && !isPresent) {
        return;
      }
      final.issues.push(...prefixIssues(key2, result.issues));
    }
    if (!isPresent && optin === void 0) {
      if (!result.issues.length) {
        final.issues.push({
          code: "invalid_type",
          expected: "nonoptional",
          input: void 0,
          path: [key2]
        });
      }
      return;
    }
    if (result.value === void 0) {
      if (isPresent || optin === "defaulted" && !isOptionalOut) {
        final.value[key2] = void 0;
      }
    } else {
      final.value[key2] = result.value;
    }
  }
  var NO_SYMBOL_KEYS = [];
  function normalizeDef(def) {
    const keys = Object.keys(def.shape);
    const ownSymbols = Object.getOwnPropertySymbols(def.shape);
    const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
    const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
    for (const k of allKeys) {
      if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
        throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
      }
    }
    const okeys = optionalKeys(def.shape);
    return {
      ...def,
      allKeys,
      symbolKeys,
      // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
      keySet: new Set(keys),
      numKeys: keys.length,
      optionalKeys: new Set(okeys)
    };
  }
  function handleCatchall(proms, input, payload2, ctx, def, inst, abortEarly) {
    const unrecognized = [];
    const keySet = def.keySet;
    const _catchall = def.catchall._zod;
    const t = _catchall.def.type;
    const optin = _catchall.optin;
    const optout = _catchall.optout;
    let seen = 0;
    for (const key2 in input) {
      if (abortEarly && payload2.issues.length !== seen) {
        if (aborted(payload2, seen))
          break;
        seen = payload2.issues.length;
      }
      if (keySet.has(key2))
        continue;
      if (key2 === "__proto__") {
        if (t === "never")
          unrecognized.push(key2);
        continue;
      }
      if (t === "never") {
        unrecognized.push(key2);
        continue;
      }
      const r = _catchall.run({ value: input[key2], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((r2) => handlePropertyResult(r2, payload2, key2, input, optin, optout)));
      } else {
        handlePropertyResult(r, payload2, key2, input, optin, optout);
      }
    }
    if (unrecognized.length) {
      payload2.issues.push({
        code: "unrecognized_keys",
        keys: unrecognized,
        input,
        inst,
        // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
        continue: true
      });
    }
    if (!proms.length)
      return payload2;
    return Promise.all(proms).then(() => {
      return payload2;
    });
  }
  var $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
    $ZodType.init(inst, def);
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    const sh = desc?.get ? desc.get.raw : def.shape ?? {};
    if (sh) {
      const get = () => {
        const newSh = { ...sh };
        Object.defineProperty(def, "shape", { value: newSh });
        get.raw = newSh;
        return newSh;
      };
      get.raw = sh;
      Object.defineProperty(def, "shape", { get });
    }
    const _normalized = cached(() => normalizeDef(def));
    defineLazyInternal(inst, "propValues", (zod) => {
      const shape = zod.def.shape;
      const propValues = {};
      for (const key2 in shape) {
        const field = shape[key2]._zod;
        if (field.values) {
          if (!Object.prototype.hasOwnProperty.call(propValues, key2)) {
            assignProp(propValues, key2, /* @__PURE__ */ new Set());
          }
          for (const v of field.values)
            propValues[key2].add(v);
          if (field.optin !== void 0)
            propValues[key2].add(void 0);
        }
      }
      return propValues;
    });
    const isObject2 = isObject;
    const catchall = def.catchall;
    let value;
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload2, ctx) => {
      value ?? (value = _normalized.value);
      const input = payload2.value;
      if (!isObject2(input)) {
        payload2.issues.push({
          expected: "object",
          code: "invalid_type",
          input,
          inst
        });
        return payload2;
      }
      payload2.value = memo ? memo.alloc(inst, payload2, {}, ctx) : {};
      const proms = [];
      const shape = value.shape;
      const abortEarly = ctx?.abortEarly;
      let seen = payload2.issues.length;
      for (const key2 of value.allKeys) {
        if (abortEarly && payload2.issues.length !== seen) {
          if (aborted(payload2, seen))
            break;
          seen = payload2.issues.length;
        }
        if (key2 === "__proto__")
          continue;
        const el = shape[key2];
        const optin = el._zod.optin;
        const optout = el._zod.optout;
        const r = el._zod.run({ value: input[key2], issues: [] }, ctx);
        if (r instanceof Promise) {
          proms.push(r.then((r2) => handlePropertyResult(r2, payload2, key2, input, optin, optout)));
        } else {
          handlePropertyResult(r, payload2, key2, input, optin, optout);
        }
      }
      if (!catchall) {
        return proms.length ? Promise.all(proms).then(() => payload2) : payload2;
      }
      return handleCatchall(proms, input, payload2, ctx, _normalized.value, inst, abortEarly === true);
    };
  });
  function handleUnionResults(results, final, inst, ctx) {
    for (const result of results) {
      if (result.issues.length === 0) {
        final.value = result.value;
        return final;
      }
    }
    const nonaborted = results.filter((r) => !aborted(r));
    if (nonaborted.length === 1) {
      final.value = nonaborted[0].value;
      return nonaborted[0];
    }
    final.issues.push({
      code: "invalid_union",
      input: final.value,
      inst,
      errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
    });
    return final;
  }
  var $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
    defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
    defineLazyInternal(inst, "values", (zod) => {
      if (zod.def.options.every((o) => o._zod.values)) {
        return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
      }
      return void 0;
    });
    defineLazyInternal(inst, "pattern", (zod) => {
      if (zod.def.options.every((o) => o._zod.pattern)) {
        const patterns = zod.def.options.map((o) => o._zod.pattern);
        return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
      }
      return void 0;
    });
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload2, ctx) => {
      if (first) {
        return first(payload2, ctx);
      }
      let async = false;
      const results = [];
      for (const option of def.options) {
        const result = option._zod.run({
          value: payload2.value,
          issues: []
        }, ctx);
        if (result instanceof Promise) {
          results.push(result);
          async = true;
        } else {
          if (result.issues.length === 0)
            return result;
          results.push(result);
        }
      }
      if (!async)
        return handleUnionResults(results, payload2, inst, ctx);
      return Promise.all(results).then((results2) => {
        return handleUnionResults(results2, payload2, inst, ctx);
      });
    };
  });
  var $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
    $ZodType.init(inst, def);
    const values = getEnumValues(def.entries);
    const valuesSet = new Set(values);
    inst._zod.values = valuesSet;
    defineLazyInternal(inst, "pattern", (zod) => {
      const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
      return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload2, _ctx) => {
      const input = payload2.value;
      if (valuesSet.has(input)) {
        return payload2;
      }
      payload2.issues.push({
        code: "invalid_value",
        values,
        input,
        inst
      });
      return payload2;
    };
  });
  var $ZodLiteral = /* @__PURE__ */ $constructor("$ZodLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const values = new Set(def.values);
    inst._zod.values = values;
    defineLazyInternal(inst, "pattern", (zod) => {
      const vals = zod.def.values;
      return new RegExp(vals.length ? `^(${vals.map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o)).join("|")})$` : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload2, _ctx) => {
      const input = payload2.value;
      if (values.has(input)) {
        return payload2;
      }
      payload2.issues.push({
        code: "invalid_value",
        values: def.values,
        input,
        inst
      });
      return payload2;
    };
  });
  function handleOptionalResult(payload2, result) {
    payload2.value = result.issues.length ? void 0 : result.value;
    return payload2;
  }
  var $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    inst._zod.optout = "optional";
    defineLazyInternal(inst, "values", (zod) => {
      const values = zod.def.innerType._zod.values;
      return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
    });
    defineLazyInternal(inst, "pattern", (zod) => {
      const pattern = zod.def.innerType._zod.pattern;
      return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
    });
    inst._zod.parse = (payload2, ctx) => {
      if (payload2.value === void 0) {
        if (def.innerType._zod.optin !== "defaulted")
          return payload2;
        const result = def.innerType._zod.run({ value: payload2.value, issues: [] }, ctx);
        if (result instanceof Promise)
          return result.then((result2) => handleOptionalResult(payload2, result2));
        return handleOptionalResult(payload2, result);
      }
      return def.innerType._zod.run(payload2, ctx);
    };
  });
  var $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
    $ZodCheck.init(inst, def);
    $ZodType.init(inst, def);
    inst._zod.parse = (payload2, _) => {
      return payload2;
    };
    inst._zod.check = (payload2) => {
      const input = payload2.value;
      const r = def.fn(input);
      if (r instanceof Promise) {
        return r.then((r2) => handleRefineResult(r2, payload2, input, inst));
      }
      handleRefineResult(r, payload2, input, inst);
      return;
    };
  });
  function handleRefineResult(result, payload2, input, inst) {
    if (!result) {
      const _iss = {
        code: "custom",
        input,
        inst,
        // incorporates params.error into issue reporting
        path: [...inst._zod.def.path ?? []],
        // incorporates params.error into issue reporting
        continue: !inst._zod.def.abort
        // params: inst._zod.def.params,
      };
      if (inst._zod.def.params)
        _iss.params = inst._zod.def.params;
      payload2.issues.push(issue(_iss));
    }
  }

  // node_modules/zod/v4/core/registries.js
  var _a2;
  var $ZodRegistry = class {
    constructor() {
      this._map = /* @__PURE__ */ new WeakMap();
      this._idmap = /* @__PURE__ */ new Map();
    }
    add(schema, ..._meta) {
      const meta2 = _meta[0];
      this._map.set(schema, meta2);
      if (meta2 && typeof meta2 === "object" && "id" in meta2) {
        this._idmap.set(meta2.id, schema);
      }
      return this;
    }
    clear() {
      this._map = /* @__PURE__ */ new WeakMap();
      this._idmap = /* @__PURE__ */ new Map();
      return this;
    }
    remove(schema) {
      const meta2 = this._map.get(schema);
      if (meta2 && typeof meta2 === "object" && "id" in meta2) {
        this._idmap.delete(meta2.id);
      }
      this._map.delete(schema);
      return this;
    }
    get(schema) {
      const p = schema._zod.parent;
      if (p) {
        const pm = { ...this.get(p) ?? {} };
        delete pm.id;
        const f = { ...pm, ...this._map.get(schema) };
        return Object.keys(f).length ? f : void 0;
      }
      return this._map.get(schema);
    }
    has(schema) {
      return this._map.has(schema);
    }
  };
  function registry() {
    return new $ZodRegistry();
  }
  (_a2 = globalThis).__zod_globalRegistry ?? (_a2.__zod_globalRegistry = registry());
  var globalRegistry = globalThis.__zod_globalRegistry;

  // node_modules/zod/v4/core/api.js
  function snapshotChecks(def) {
    if (def.checks)
      def.checks = [...def.checks];
    return def;
  }
  // @__NO_SIDE_EFFECTS__
  function _string(Class, params2) {
    return new Class(snapshotChecks({ type: "string", ...normalizeParams(params2) }));
  }
  // @__NO_SIDE_EFFECTS__
  function _url(Class, params2) {
    return new Class({
      type: "string",
      format: "url",
      check: "string_format",
      abort: false,
      ...normalizeParams(params2)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _isoDateTime(Class, params2) {
    return new Class({
      type: "string",
      format: "datetime",
      check: "string_format",
      offset: false,
      local: false,
      precision: null,
      ...normalizeParams(params2)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _isoDate(Class, params2) {
    return new Class({
      type: "string",
      format: "date",
      check: "string_format",
      ...normalizeParams(params2)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _isoTime(Class, params2) {
    return new Class({
      type: "string",
      format: "time",
      check: "string_format",
      precision: null,
      ...normalizeParams(params2)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _isoDuration(Class, params2) {
    return new Class({
      type: "string",
      format: "duration",
      check: "string_format",
      ...normalizeParams(params2)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _number(Class, params2) {
    return new Class(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params2) }));
  }
  // @__NO_SIDE_EFFECTS__
  function _int(Class, params2) {
    return new Class({
      type: "number",
      check: "number_format",
      abort: false,
      format: "safeint",
      ...normalizeParams(params2)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _boolean(Class, params2) {
    return new Class({
      type: "boolean",
      ...normalizeParams(params2)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _never(Class, params2) {
    return new Class({
      type: "never",
      ...normalizeParams(params2)
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _lte(value, params2) {
    return new $ZodCheckLessThan({
      check: "less_than",
      ...normalizeParams(params2),
      value,
      inclusive: true
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _gt(value, params2) {
    return new $ZodCheckGreaterThan({
      check: "greater_than",
      ...normalizeParams(params2),
      value,
      inclusive: false
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _gte(value, params2) {
    return new $ZodCheckGreaterThan({
      check: "greater_than",
      ...normalizeParams(params2),
      value,
      inclusive: true
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _maxLength(maximum, params2) {
    const ch = new $ZodCheckMaxLength({
      check: "max_length",
      ...normalizeParams(params2),
      maximum
    });
    return ch;
  }
  // @__NO_SIDE_EFFECTS__
  function _minLength(minimum, params2) {
    return new $ZodCheckMinLength({
      check: "min_length",
      ...normalizeParams(params2),
      minimum
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _regex(pattern, params2) {
    return new $ZodCheckRegex({
      check: "string_format",
      format: "regex",
      ...normalizeParams(params2),
      pattern
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _overwrite(tx) {
    return new $ZodCheckOverwrite({
      check: "overwrite",
      tx
    });
  }
  // @__NO_SIDE_EFFECTS__
  function _trim() {
    return /* @__PURE__ */ _overwrite((input) => input.trim());
  }
  // @__NO_SIDE_EFFECTS__
  function _refine(Class, fn, _params) {
    const schema = new Class({
      type: "custom",
      check: "custom",
      fn,
      ...normalizeParams(_params)
    });
    return schema;
  }

  // node_modules/zod/v4/mini/schemas.js
  var ZodMiniType = /* @__PURE__ */ $constructor("ZodMiniType", (inst, def) => {
    if (!inst._zod)
      throw new Error("Uninitialized schema in ZodMiniType.");
    $ZodType.init(inst, def);
    inst.def = def;
    inst.type = def.type;
  }, {
    // `with` is an alias for `check`: the same function object, not a wrapper.
    get with() {
      return this.check;
    },
    set with(value) {
      own(this, "with", value);
    },
    parse(data, params2) {
      return parse(this, data, params2, { callee: this.parse });
    },
    parseAsync(data, params2) {
      return parseAsync(this, data, params2, { callee: this.parseAsync });
    },
    safeParse(data, params2) {
      return safeParse(this, data, params2);
    },
    safeParseAsync(data, params2) {
      return safeParseAsync(this, data, params2);
    },
    check(...checks) {
      const def = this.def;
      return this.clone({
        ...def,
        checks: [
          ...def.checks ?? [],
          ...checks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
        ]
      }, { parent: true });
    },
    clone(_def, params2) {
      return clone(this, _def, params2);
    },
    brand() {
      return this;
    },
    register(reg, meta2) {
      reg.add(this, meta2);
      return this;
    },
    apply(fn, ...args) {
      return args.length === 0 ? fn(this) : fn(this, ...args);
    }
  });
  var ZodMiniString = /* @__PURE__ */ $constructor("ZodMiniString", (inst, def) => {
    $ZodString.init(inst, def);
    ZodMiniType.init(inst, def);
  });
  // @__NO_SIDE_EFFECTS__
  function string2(params2) {
    return _string(ZodMiniString, params2);
  }
  var ZodMiniStringFormat = /* @__PURE__ */ $constructor("ZodMiniStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    ZodMiniString.init(inst, def);
  });
  var ZodMiniURL = /* @__PURE__ */ $constructor("ZodMiniURL", (inst, def) => {
    $ZodURL.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
  });
  // @__NO_SIDE_EFFECTS__
  function url(params2) {
    return _url(ZodMiniURL, params2);
  }
  var ZodMiniNumber = /* @__PURE__ */ $constructor("ZodMiniNumber", (inst, def) => {
    $ZodNumber.init(inst, def);
    ZodMiniType.init(inst, def);
  });
  // @__NO_SIDE_EFFECTS__
  function number2(params2) {
    return _number(ZodMiniNumber, params2);
  }
  var ZodMiniNumberFormat = /* @__PURE__ */ $constructor("ZodMiniNumberFormat", (inst, def) => {
    $ZodNumberFormat.init(inst, def);
    ZodMiniNumber.init(inst, def);
  });
  function int(params2) {
    return _int(ZodMiniNumberFormat, params2);
  }
  var ZodMiniBoolean = /* @__PURE__ */ $constructor("ZodMiniBoolean", (inst, def) => {
    $ZodBoolean.init(inst, def);
    ZodMiniType.init(inst, def);
  });
  // @__NO_SIDE_EFFECTS__
  function boolean2(params2) {
    return _boolean(ZodMiniBoolean, params2);
  }
  var ZodMiniNever = /* @__PURE__ */ $constructor("ZodMiniNever", (inst, def) => {
    $ZodNever.init(inst, def);
    ZodMiniType.init(inst, def);
  });
  // @__NO_SIDE_EFFECTS__
  function never(params2) {
    return _never(ZodMiniNever, params2);
  }
  var ZodMiniArray = /* @__PURE__ */ $constructor("ZodMiniArray", (inst, def) => {
    $ZodArray.init(inst, def);
    ZodMiniType.init(inst, def);
  });
  // @__NO_SIDE_EFFECTS__
  function array(element, params2) {
    return new ZodMiniArray({
      type: "array",
      element,
      ...normalizeParams(params2)
    });
  }
  var ZodMiniObject = /* @__PURE__ */ $constructor("ZodMiniObject", (inst, def) => {
    $ZodObject.init(inst, def);
    ZodMiniType.init(inst, def);
    installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
  });
  // @__NO_SIDE_EFFECTS__
  function object(shape, params2) {
    const def = {
      type: "object",
      shape: shape ?? {},
      ...normalizeParams(params2)
    };
    return new ZodMiniObject(def);
  }
  // @__NO_SIDE_EFFECTS__
  function strictObject(shape, params2) {
    return new ZodMiniObject({
      type: "object",
      shape,
      catchall: /* @__PURE__ */ never(),
      ...normalizeParams(params2)
    });
  }
  var ZodMiniUnion = /* @__PURE__ */ $constructor("ZodMiniUnion", (inst, def) => {
    $ZodUnion.init(inst, def);
    ZodMiniType.init(inst, def);
  });
  // @__NO_SIDE_EFFECTS__
  function union(options, params2) {
    return new ZodMiniUnion({
      type: "union",
      options,
      ...normalizeParams(params2)
    });
  }
  var ZodMiniEnum = /* @__PURE__ */ $constructor("ZodMiniEnum", (inst, def) => {
    $ZodEnum.init(inst, def);
    ZodMiniType.init(inst, def);
    inst.options = [...inst._zod.values];
  });
  // @__NO_SIDE_EFFECTS__
  function _enum(values, params2) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    return new ZodMiniEnum({
      type: "enum",
      entries,
      ...normalizeParams(params2)
    });
  }
  var ZodMiniLiteral = /* @__PURE__ */ $constructor("ZodMiniLiteral", (inst, def) => {
    $ZodLiteral.init(inst, def);
    ZodMiniType.init(inst, def);
  });
  // @__NO_SIDE_EFFECTS__
  function literal(value, params2) {
    return new ZodMiniLiteral({
      type: "literal",
      values: Array.isArray(value) ? value : [value],
      ...normalizeParams(params2)
    });
  }
  var ZodMiniOptional = /* @__PURE__ */ $constructor("ZodMiniOptional", (inst, def) => {
    $ZodOptional.init(inst, def);
    ZodMiniType.init(inst, def);
  });
  // @__NO_SIDE_EFFECTS__
  function optional(innerType) {
    return new ZodMiniOptional({
      type: "optional",
      innerType
    });
  }
  var ZodMiniCustom = /* @__PURE__ */ $constructor("ZodMiniCustom", (inst, def) => {
    $ZodCustom.init(inst, def);
    ZodMiniType.init(inst, def);
  });
  // @__NO_SIDE_EFFECTS__
  function refine(fn, _params = {}) {
    return _refine(ZodMiniCustom, fn, _params);
  }

  // node_modules/zod/v4/mini/iso.js
  var iso_exports = {};
  __export(iso_exports, {
    ZodMiniISODate: () => ZodMiniISODate,
    ZodMiniISODateTime: () => ZodMiniISODateTime,
    ZodMiniISODuration: () => ZodMiniISODuration,
    ZodMiniISOTime: () => ZodMiniISOTime,
    date: () => date2,
    datetime: () => datetime2,
    duration: () => duration2,
    time: () => time2
  });
  var ZodMiniISODateTime = /* @__PURE__ */ $constructor("ZodMiniISODateTime", (inst, def) => {
    $ZodISODateTime.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
  });
  // @__NO_SIDE_EFFECTS__
  function datetime2(params2) {
    return _isoDateTime(ZodMiniISODateTime, params2);
  }
  var ZodMiniISODate = /* @__PURE__ */ $constructor("ZodMiniISODate", (inst, def) => {
    $ZodISODate.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
  });
  // @__NO_SIDE_EFFECTS__
  function date2(params2) {
    return _isoDate(ZodMiniISODate, params2);
  }
  var ZodMiniISOTime = /* @__PURE__ */ $constructor("ZodMiniISOTime", (inst, def) => {
    $ZodISOTime.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
  });
  // @__NO_SIDE_EFFECTS__
  function time2(params2) {
    return _isoTime(ZodMiniISOTime, params2);
  }
  var ZodMiniISODuration = /* @__PURE__ */ $constructor("ZodMiniISODuration", (inst, def) => {
    $ZodISODuration.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
  });
  // @__NO_SIDE_EFFECTS__
  function duration2(params2) {
    return _isoDuration(ZodMiniISODuration, params2);
  }

  // shared/src/fields.ts
  config({ jitless: true });
  var fieldMeta = registry();
  function required2(schema, meta2) {
    return schema.clone().register(fieldMeta, meta2);
  }
  function optional2(schema, meta2) {
    return optional(required2(schema, meta2));
  }
  var shortText = () => string2().check(_trim(), _minLength(1), _maxLength(200));
  var longText = () => string2().check(_trim(), _minLength(1), _maxLength(4e3));
  var dateTime = () => iso_exports.datetime({ offset: true });
  var date3 = () => iso_exports.date();
  var url2 = () => url({ protocol: /^https?$/ });
  var count = () => int().check(_gte(0), _lte(1e6));

  // shared/src/contexts/common.ts
  var polarity = _enum(["higher-is-better", "higher-is-worse"]);
  var scale = object({
    min: required2(number2(), { title: "Scale minimum", description: "The lowest value the model can give." }),
    max: required2(number2(), { title: "Scale maximum", description: "The highest value the model can give." }),
    polarity: required2(polarity, {
      title: "Polarity",
      description: "Whether a higher value is better (a hotter lead, a healthier customer) or worse (more risk)."
    }),
    unit: optional2(_enum(["points", "percent", "probability", "percentile"]), {
      title: "Unit",
      description: "What one step on the scale is: rule points, a percentage, a probability or a percentile."
    })
  }).check(
    refine((s) => s.max > s.min, { message: "max must be greater than min", path: ["max"] })
  );
  var score = () => object({
    value: required2(number2(), { title: "Value", description: "The number the model gave." }),
    scale: required2(scale, { title: "Scale", description: "The range and polarity the value is read on." })
  }).check(
    refine((s) => s.value >= s.scale.min && s.value <= s.scale.max, {
      message: "value is outside its scale",
      path: ["value"]
    })
  );
  var model = object({
    name: required2(shortText(), { title: "Model name", description: "The tool or model that produced the output." }),
    version: optional2(shortText(), { title: "Model version", description: "The model version, so outputs can be compared." })
  });
  var provenance = object({
    source: required2(shortText(), { title: "Source", description: "The system or conversation the fact came from." }),
    capturedBy: optional2(shortText(), { title: "Captured by", description: "Who recorded the fact." }),
    capturedAt: optional2(dateTime(), { title: "Captured at", description: "When the fact was recorded." }),
    evidenceUrl: optional2(url2(), { title: "Evidence link", description: "A link to the call, email or document that backs the fact." })
  });
  var factor = object({
    label: required2(shortText(), { title: "Factor", description: "What the model saw, in words a rep understands." }),
    direction: required2(_enum(["raises", "lowers"]), {
      title: "Direction",
      description: "Whether the factor pushed the score up or down."
    }),
    weight: required2(number2().check(_gte(0), _lte(1e6)), {
      title: "Weight",
      description: "How much the factor moved the score, in the units of the score scale."
    }),
    evidence: optional2(longText(), { title: "Evidence", description: "The observation behind the factor." }),
    source: optional2(shortText(), { title: "Source", description: "Where the evidence came from." }),
    observedAt: optional2(dateTime(), { title: "Observed at", description: "When the evidence was observed." })
  });
  var sentiment = _enum(["positive", "neutral", "negative"]);
  var severity = _enum(["low", "medium", "high", "critical"]);
  var action = object({
    action: required2(shortText(), { title: "Action", description: "What to do next." }),
    rationale: optional2(longText(), { title: "Rationale", description: "Why this action, in one or two sentences." }),
    owner: optional2(shortText(), { title: "Owner", description: "Who should do it." }),
    dueBy: optional2(dateTime(), { title: "Due by", description: "When it should be done." })
  });

  // shared/src/contexts/context.ts
  function defineContext(definition) {
    const versionSchema = definition.schema._zod.def.shape.schemaVersion;
    const version2 = [...versionSchema._zod.def.values][0];
    return { ...definition, version: version2 };
  }

  // shared/src/contexts/customer-health.ts
  var customerHealthV1 = object({
    schemaVersion: required2(literal(1), {
      title: "Schema version",
      description: "The version of this payload shape.",
      column: { name: "Health_Schema_Version", type: "number", role: "mirror" }
    }),
    score: required2(score(), {
      title: "Health score",
      description: "How healthy the customer is, on the scale the model states.",
      column: { name: "Health_Score", type: "number", role: "mirror", member: "value" }
    }),
    band: required2(shortText(), {
      title: "Health band",
      description: "The bucket the score falls in (healthy, at risk, critical), as the model names it.",
      column: { name: "Health_Band", type: "text", role: "mirror" }
    }),
    trend: optional2(_enum(["improving", "steady", "declining"]), {
      title: "Trend",
      description: "Which way health has moved since the last score."
    }),
    model: required2(model, { title: "Model", description: "The model that scored the account." }),
    scoredAt: required2(dateTime(), {
      title: "Scored at",
      description: "When the health score was computed; drives the freshness warning.",
      column: { name: "Health_Scored_At", type: "datetime", role: "mirror" }
    }),
    drivers: required2(array(factor), {
      title: "Drivers",
      description: "What moved health up or down: usage, support tickets, NPS, renewal status.",
      maxItems: 50
    }),
    intervention: optional2(action, {
      title: "Recommended intervention",
      description: "What CS should do about the current health."
    }),
    csmSentiment: optional2(
      object({
        sentiment: required2(sentiment, { title: "CSM sentiment", description: "The CSM's own read of the customer." }),
        note: optional2(longText(), { title: "Note", description: "Why the CSM feels that way." }),
        by: optional2(shortText(), { title: "By", description: "The CSM." }),
        at: optional2(dateTime(), { title: "At", description: "When the CSM gave the read." })
      }),
      { title: "CSM sentiment", description: "The customer success manager's read of the account." }
    )
  });
  var customerHealth = defineContext({
    kind: "customer-health",
    title: "Customer health",
    owner: "customer-success",
    schema: customerHealthV1,
    migrations: {},
    storage: {
      document: { name: "Health_Payload", type: "longtext", role: "own" },
      salesforce: ["Account"],
      hubspot: ["companies"]
    }
  });

  // shared/src/contexts/deal-risk.ts
  var forecastCategory = _enum(["pipeline", "best-case", "commit", "closed", "omitted"]);
  var riskFactor = object({
    label: required2(shortText(), { title: "Risk", description: "What puts the deal at risk." }),
    category: required2(
      _enum(["engagement", "stakeholder", "competition", "budget", "timeline", "technical", "legal", "other"]),
      { title: "Category", description: "The kind of risk." }
    ),
    severity: required2(severity, { title: "Severity", description: "How much the risk threatens the deal." }),
    detectedAt: optional2(dateTime(), { title: "Detected at", description: "When the risk was first seen." }),
    source: optional2(shortText(), { title: "Source", description: "Where the risk was detected." }),
    mitigation: optional2(longText(), { title: "Mitigation", description: "What is being done about it." }),
    owner: optional2(shortText(), { title: "Owner", description: "Who handles the mitigation." })
  });
  var dealRiskV1 = object({
    schemaVersion: required2(literal(1), {
      title: "Schema version",
      description: "The version of this payload shape.",
      column: { name: "Deal_Risk_Schema_Version", type: "number", role: "mirror" }
    }),
    winProbability: required2(score(), {
      title: "AI win probability",
      description: "The model's probability that the deal closes won, on the scale it states.",
      column: { name: "Win_Probability", type: "number", role: "mirror", member: "value" }
    }),
    model: required2(model, { title: "Model", description: "The model that scored the deal." }),
    scoredAt: required2(dateTime(), {
      title: "Scored at",
      description: "When the probability was computed; drives the freshness warning.",
      column: { name: "Deal_Risk_Scored_At", type: "datetime", role: "mirror" }
    }),
    repForecast: optional2(
      object({
        category: required2(forecastCategory, { title: "Forecast category", description: "The rep's forecast category." }),
        probability: optional2(number2().check(_gte(0), _lte(100)), {
          title: "Rep probability",
          description: "The rep's own win probability, in percent."
        }),
        updatedAt: optional2(dateTime(), { title: "Forecast updated", description: "When the rep last updated the forecast." })
      }),
      { title: "Rep's forecast", description: "The rep's own read of the deal.", owner: "sales" }
    ),
    riskFactors: required2(array(riskFactor), {
      title: "Risk factors",
      description: "What threatens the deal, by severity.",
      maxItems: 50
    })
  });
  var dealRisk = defineContext({
    kind: "deal-risk",
    title: "Deal risk",
    owner: "sales",
    schema: dealRiskV1,
    migrations: {},
    storage: {
      document: { name: "Deal_Risk_Payload", type: "longtext", role: "own" },
      salesforce: ["Opportunity"],
      hubspot: ["deals"]
    }
  });

  // shared/src/contexts/lead-score.ts
  var intentSignal = object({
    topic: required2(shortText(), { title: "Topic", description: "What the buyer is researching." }),
    strength: required2(_enum(["low", "medium", "high"]), { title: "Strength", description: "How strong the signal is." }),
    trend: optional2(_enum(["rising", "steady", "falling"]), { title: "Trend", description: "Whether interest is growing or fading." }),
    source: optional2(shortText(), { title: "Source", description: "The intent provider or channel." }),
    observedAt: optional2(dateTime(), { title: "Observed at", description: "When the signal was last seen." })
  });
  var feedbackEntry = object({
    verdict: required2(_enum(["helpful", "not-helpful", "disagree"]), {
      title: "Verdict",
      description: "The rep's one-click judgement of the score."
    }),
    reason: optional2(longText(), { title: "Reason", description: 'Why the rep disagrees; required with "disagree".' }),
    by: required2(shortText(), { title: "Given by", description: "The rep who gave the feedback." }),
    at: required2(dateTime(), { title: "Given at", description: "When the feedback was given." })
  }).check(
    refine((f) => f.verdict !== "disagree" || !!f.reason, { message: "a disagreement needs a reason", path: ["reason"] })
  );
  var disposition = object({
    status: required2(_enum(["accepted", "working", "rejected"]), {
      title: "Sales disposition",
      description: "What sales did with the lead: accepted, working it, or rejected."
    }),
    reason: optional2(longText(), { title: "Disposition reason", description: "Why sales rejected or accepted the lead." }),
    by: optional2(shortText(), { title: "Decided by", description: "Who decided." }),
    at: optional2(dateTime(), { title: "Decided at", description: "When it was decided." })
  });
  var leadScoreV2 = object({
    schemaVersion: required2(literal(2), {
      title: "Schema version",
      description: "The version of this payload shape.",
      column: { name: "Lead_Score_Schema_Version", type: "number", role: "mirror" }
    }),
    score: required2(score(), {
      title: "Lead score",
      description: "How likely the lead is to buy, on the scale the model states.",
      column: { name: "Lead_Score", type: "number", role: "mirror", member: "value" }
    }),
    band: required2(shortText(), {
      title: "Band",
      description: "The bucket the score falls in (A\u2013D, hot/warm/cold), as the model names it.",
      column: { name: "Lead_Score_Band", type: "text", role: "mirror" }
    }),
    model: required2(model, { title: "Model", description: "The model that scored the lead." }),
    scoredAt: required2(dateTime(), {
      title: "Scored at",
      description: "When the score was computed; drives the freshness warning.",
      column: { name: "Lead_Score_Scored_At", type: "datetime", role: "mirror" }
    }),
    factors: required2(array(factor), {
      title: "Factors",
      description: "The reasons the score went up or down, with weight and evidence.",
      maxItems: 50
    }),
    intentSignals: optional2(array(intentSignal), {
      title: "Intent signals",
      description: "Topics the buyer researches, from intent data.",
      maxItems: 50
    }),
    engagement: optional2(
      object({
        summary: required2(longText(), { title: "Engagement summary", description: "What the lead did, in a sentence or two." }),
        lastTouchAt: optional2(dateTime(), { title: "Last touch", description: "The latest marketing or sales touch." }),
        touches30d: optional2(count(), { title: "Touches (30 days)", description: "Touches in the last 30 days." })
      }),
      { title: "Engagement", description: "How the lead has engaged across channels." }
    ),
    nextAction: optional2(action, { title: "Recommended next action", description: "What the rep should do next, and why." }),
    disposition: optional2(disposition, {
      title: "Sales disposition",
      description: "What sales did with the lead.",
      owner: "sales",
      column: { name: "Lead_Disposition", type: "longtext", role: "own" }
    }),
    feedback: optional2(array(feedbackEntry), {
      title: "Rep feedback",
      description: "Helpful / not helpful / I disagree, from the reps who used the score.",
      owner: "sales",
      maxItems: 200,
      column: { name: "Lead_Score_Feedback", type: "longtext", role: "own" }
    })
  });
  var leadScoreV1 = object({
    schemaVersion: literal(1),
    score: number2(),
    band: string2(),
    model: string2(),
    scoredAt: string2(),
    reasons: optional(array(string2()))
  });
  var leadScore = defineContext({
    kind: "lead-score",
    title: "Lead score",
    owner: "marketing",
    schema: leadScoreV2,
    migrations: {
      1: (raw) => {
        const v1 = leadScoreV1.safeParse(raw);
        if (!v1.success) return raw;
        const { score: value, band, model: name, scoredAt, reasons = [] } = v1.data;
        return {
          schemaVersion: 2,
          score: { value, scale: { min: 0, max: 100, polarity: "higher-is-better", unit: "points" } },
          band,
          model: { name },
          scoredAt,
          // v1 reasons carried no direction or weight: keep them as evidence-free raising factors of equal weight.
          factors: reasons.map((label) => ({ label, direction: "raises", weight: 0 }))
        };
      }
    },
    storage: {
      document: { name: "Lead_Score_Payload", type: "longtext", role: "own" },
      salesforce: ["Lead", "Contact"],
      hubspot: ["contacts"]
    }
  });

  // shared/src/contexts/sales-to-cs.ts
  var fact = { provenance: optional2(provenance, { title: "Provenance", description: "Where this fact came from." }) };
  var successCriterion = object({
    metric: required2(shortText(), { title: "Metric", description: "What the customer will measure." }),
    baseline: optional2(shortText(), { title: "Baseline", description: "Where the metric stands today." }),
    target: required2(shortText(), { title: "Target", description: "Where the metric must get to." }),
    targetDate: optional2(date3(), { title: "Target date", description: "When the target must be reached." }),
    customerConfirmed: required2(boolean2(), {
      title: "Customer confirmed",
      description: "Whether the customer confirmed this criterion, or sales assumed it."
    }),
    ...fact
  });
  var commitment = object({
    item: required2(shortText(), { title: "Commitment", description: "What was promised." }),
    type: required2(_enum(["contractual", "sow", "informal", "roadmap"]), {
      title: "Commitment type",
      description: "Whether it is in the contract, the statement of work, said informally, or a roadmap promise."
    }),
    owner: optional2(shortText(), { title: "Owner", description: "Who must deliver it." }),
    dueDate: optional2(date3(), { title: "Due date", description: "When it is due." }),
    evidenceUrl: optional2(url2(), { title: "Evidence link", description: "Where the promise is written down." }),
    ...fact
  });
  var stakeholder = object({
    name: required2(shortText(), { title: "Name", description: "The stakeholder's name." }),
    title: optional2(shortText(), { title: "Job title", description: "The stakeholder's job title." }),
    role: required2(_enum(["champion", "economic-buyer", "influencer", "detractor", "power-user"]), {
      title: "Buying role",
      description: "The part the stakeholder played in the decision."
    }),
    sentiment: required2(sentiment, { title: "Sentiment", description: "How the stakeholder feels about us." }),
    ...fact
  });
  var knownRisk = object({
    risk: required2(shortText(), { title: "Risk", description: "What could stop the customer reaching the outcome." }),
    severity: required2(severity, { title: "Severity", description: "How bad it would be." }),
    likelihood: required2(_enum(["low", "medium", "high"]), { title: "Likelihood", description: "How likely it is." }),
    mitigation: optional2(longText(), { title: "Mitigation", description: "What reduces the risk." }),
    owner: optional2(shortText(), { title: "Owner", description: "Who watches the risk." }),
    ...fact
  });
  var returnReason = _enum([
    "missing-success-criteria",
    "unclear-commitments",
    "wrong-stakeholders",
    "commercial-mismatch",
    "other"
  ]);
  var salesToCsV1 = object({
    schemaVersion: required2(literal(1), {
      title: "Schema version",
      description: "The version of this payload shape.",
      column: { name: "Handoff_Schema_Version", type: "number", role: "mirror" }
    }),
    desiredOutcome: required2(
      object({
        requiredOutcome: required2(longText(), {
          title: "Required outcome",
          description: "The business result the customer bought us for.",
          mustHave: true
        }),
        approach: required2(longText(), {
          title: "How they get there",
          description: "How the customer needs to reach the outcome.",
          mustHave: true
        }),
        useCases: required2(array(shortText()).check(_minLength(1)), {
          title: "Top use cases",
          description: "The first use cases the customer will run.",
          mustHave: true,
          maxItems: 20
        })
      }),
      { title: "Desired outcome", description: "What success means to the customer." }
    ),
    successCriteria: required2(array(successCriterion).check(_minLength(1)), {
      title: "Success criteria",
      description: "Measurable targets, each marked as customer-confirmed or assumed.",
      mustHave: true,
      maxItems: 30
    }),
    commitments: required2(array(commitment).check(_minLength(1)), {
      title: "Commitments",
      description: "Everything promised during the sale: contractual, SOW, informal or roadmap.",
      mustHave: true,
      maxItems: 50
    }),
    commercialTerms: required2(
      object({
        products: required2(array(shortText()).check(_minLength(1)), {
          title: "Products in scope",
          description: "The products the customer bought.",
          mustHave: true,
          maxItems: 50
        }),
        arr: required2(number2().check(_gte(0), _lte(1e12)), {
          title: "ARR",
          description: "Annual recurring revenue of the contract.",
          mustHave: true,
          column: { name: "Handoff_ARR", type: "number", role: "mirror" }
        }),
        currency: required2(string2().check(_regex(/^[A-Z]{3}$/)), {
          title: "Currency",
          description: "The ISO 4217 currency code of the ARR.",
          mustHave: true
        }),
        termMonths: required2(int().check(_gte(1), _lte(120)), {
          title: "Term (months)",
          description: "The contract term in months.",
          mustHave: true
        }),
        renewalDate: required2(date3(), { title: "Renewal date", description: "When the contract renews.", mustHave: true }),
        nonStandardTerms: optional2(longText(), {
          title: "Non-standard terms",
          description: "Anything outside the standard contract."
        })
      }),
      { title: "Commercial terms", description: "What was sold, for how much and how long." }
    ),
    accountSentiment: optional2(sentiment, {
      title: "Sales' read of the account",
      description: "How sales feels about the account at close; compared with customer health."
    }),
    stakeholders: optional2(array(stakeholder), {
      title: "Stakeholders",
      description: "Who is who on the customer side, and how they feel.",
      maxItems: 50
    }),
    objections: optional2(
      array(
        object({
          objection: required2(shortText(), { title: "Objection", description: "What the customer pushed back on." }),
          resolution: required2(longText(), { title: "How it was overcome", description: "What answered the objection." })
        })
      ),
      { title: "Objections overcome", description: "Objections raised during the sale and how they were answered.", maxItems: 30 }
    ),
    competitors: optional2(array(shortText()), {
      title: "Competitors evaluated",
      description: "Who else the customer looked at.",
      maxItems: 20
    }),
    whyWon: optional2(longText(), { title: "Why we won", description: "Why the customer chose us." }),
    risks: optional2(array(knownRisk), { title: "Known risks", description: "Risks to the outcome CS should know.", maxItems: 30 }),
    technicalNeeds: optional2(
      object({
        integrations: optional2(array(shortText()), { title: "Integrations", description: "Systems to connect.", maxItems: 30 }),
        sso: optional2(boolean2(), { title: "Single sign-on", description: "Whether SSO is required." }),
        migration: optional2(longText(), { title: "Migration", description: "Data to move from the old system." }),
        compliance: optional2(array(shortText()), {
          title: "Compliance",
          description: "Regulations and certifications that apply.",
          maxItems: 20
        })
      }),
      { title: "Technical needs", description: "Integrations, SSO, migration and compliance." }
    ),
    timeline: optional2(
      object({
        closedWonAt: optional2(dateTime(), { title: "Closed won", description: "When the deal closed." }),
        submittedAt: optional2(dateTime(), {
          title: "Handoff submitted",
          description: "When the AE submitted the handoff.",
          column: { name: "Handoff_Submitted_At", type: "datetime", role: "mirror" }
        }),
        kickoffAt: optional2(dateTime(), { title: "Kickoff", description: "When the onboarding kickoff is planned." }),
        targetGoLive: optional2(date3(), { title: "Target go-live", description: "When the customer expects to go live." })
      }),
      { title: "Timeline", description: "Key dates from close to go-live." }
    ),
    review: optional2(
      object({
        status: required2(_enum(["draft", "submitted", "accepted", "returned"]), {
          title: "Handoff status",
          description: "Draft, submitted by sales, accepted by CS, or returned to sales.",
          column: { name: "Handoff_Status", type: "picklist", role: "own" }
        }),
        reviewedAt: optional2(dateTime(), {
          title: "Reviewed at",
          description: "When CS accepted or returned the handoff.",
          owner: "customer-success",
          column: { name: "Handoff_Reviewed_At", type: "datetime", role: "own" }
        }),
        reviewedBy: optional2(shortText(), {
          title: "Reviewed by",
          description: "The CS manager who accepted or returned it.",
          owner: "customer-success",
          column: { name: "Handoff_Reviewed_By", type: "text", role: "own" }
        }),
        returnReason: optional2(returnReason, {
          title: "Return reason",
          description: "Why CS sent the handoff back.",
          owner: "customer-success",
          column: { name: "Handoff_Return_Reason", type: "picklist", role: "own" }
        }),
        returnNote: optional2(longText(), {
          title: "Return note",
          description: "What sales must fix before resubmitting.",
          owner: "customer-success",
          column: { name: "Handoff_Return_Note", type: "longtext", role: "own" }
        })
      }),
      { title: "Review", description: "Where the handoff stands between sales and CS." }
    )
  });
  var salesToCs = defineContext({
    kind: "sales-to-cs",
    title: "Sales-to-CS handoff",
    owner: "sales",
    schema: salesToCsV1,
    migrations: {},
    storage: {
      document: { name: "Handoff_Payload", type: "longtext", role: "own" },
      snapshot: { name: "Handoff_Submitted_Payload", type: "longtext", role: "own" },
      completeness: { name: "Handoff_Completeness", type: "percent", role: "own" },
      salesforce: ["Opportunity"],
      hubspot: ["deals"]
    }
  });

  // shared/src/contexts/index.ts
  var contexts = {
    "lead-score": leadScore,
    "deal-risk": dealRisk,
    "sales-to-cs": salesToCs,
    "customer-health": customerHealth
  };
  var kinds = Object.keys(contexts);
  function isKind(value) {
    return Object.prototype.hasOwnProperty.call(contexts, value);
  }

  // shared/src/storage.ts
  var PREFIX = "HC";
  function salesforceFieldName(column2) {
    return `${PREFIX}_${column2.name}__c`;
  }
  function hubspotPropertyName(column2) {
    return `${PREFIX}_${column2.name}`.toLowerCase();
  }

  // shared/src/registry.ts
  function unwrap(schema) {
    let inner = schema;
    let isOptional = false;
    for (; ; ) {
      const def = inner._zod.def;
      if ((def.type === "optional" || def.type === "nullable" || def.type === "default") && def.innerType) {
        isOptional ||= def.type !== "nullable";
        inner = def.innerType;
      } else return { inner, optional: isOptional };
    }
  }
  function checkValue(def, check, key2) {
    for (const c of def.checks ?? []) if (c._zod.def.check === check) return c._zod.def[key2];
    return void 0;
  }
  function describeType(schema) {
    const { inner } = unwrap(schema);
    const def = inner._zod.def;
    switch (def.type) {
      case "string": {
        if (def.format === "datetime") return "date-time (ISO 8601 with offset)";
        if (def.format === "date") return "date (YYYY-MM-DD)";
        if (def.format === "url") return "URL (http or https)";
        const pattern = checkValue(def, "string_format", "pattern");
        if (pattern) return `text matching ${pattern}`;
        const max = checkValue(def, "max_length", "maximum");
        return max !== void 0 ? `text (at most ${max} characters)` : "text";
      }
      case "number":
        return def.format === "safeint" ? "whole number" : "number";
      case "boolean":
        return "true or false";
      case "enum":
        return `one of: ${Object.values(def.entries).join(", ")}`;
      case "literal":
        return `exactly ${[...def.values].join(" or ")}`;
      case "array":
        return `list of ${describeType(def.element)}`;
      case "object":
        return "object";
      default:
        return def.type;
    }
  }
  function walk(kind, owner, schema, prefix, out) {
    const { inner } = unwrap(schema);
    const def = inner._zod.def;
    if (def.type === "object") {
      for (const [key2, child] of Object.entries(def.shape)) {
        const { inner: childInner, optional: childOptional } = unwrap(child);
        const meta2 = fieldMeta.get(childInner);
        const path = prefix ? `${prefix}.${key2}` : key2;
        if (!meta2) throw new Error(`field ${kind}:${path} has no glossary entry`);
        const entry = {
          kind,
          path,
          title: meta2.title,
          description: meta2.description,
          type: describeType(childInner),
          owner: meta2.owner ?? owner,
          required: !childOptional,
          mustHave: !!meta2.mustHave,
          ...meta2.maxItems !== void 0 && { maxItems: meta2.maxItems }
        };
        if (meta2.column) {
          const { storage } = contexts[kind];
          entry.column = meta2.column;
          entry.salesforce = { objects: [...storage.salesforce], field: salesforceFieldName(meta2.column) };
          entry.hubspot = { objectTypes: [...storage.hubspot], property: hubspotPropertyName(meta2.column) };
        }
        out.push(entry);
        const childDef = childInner._zod.def;
        const nextOwner = meta2.owner ?? owner;
        if (childDef.type === "object") walk(kind, nextOwner, childInner, path, out);
        if (childDef.type === "array" && unwrap(childDef.element).inner._zod.def.type === "object")
          walk(kind, nextOwner, childDef.element, `${path}[]`, out);
      }
    }
  }
  function buildRegistry() {
    const out = [];
    for (const [kind, context] of Object.entries(contexts)) {
      walk(kind, context.owner, context.schema, "", out);
    }
    return out;
  }
  var registry2 = buildRegistry();
  function fieldsOf(kind) {
    return registry2.filter((f) => f.kind === kind);
  }
  function columnsOf(kind) {
    const { storage, title } = contexts[kind];
    const columns = [
      { column: storage.document, title, description: `The whole ${title.toLowerCase()} payload as validated JSON.` }
    ];
    if (storage.snapshot)
      columns.push({
        column: storage.snapshot,
        title: `${title} (as submitted)`,
        description: `The ${title.toLowerCase()} exactly as it stood when it was submitted; later edits do not change it.`
      });
    if (storage.completeness)
      columns.push({
        column: storage.completeness,
        title: `${title} completeness`,
        description: "The share of must-have fields filled in, for reports and list views."
      });
    for (const f of fieldsOf(kind)) if (f.column) columns.push({ column: f.column, title: f.title, description: f.description, path: f.path });
    return columns;
  }

  // shared/src/i18n/en.ts
  var en = {
    // Card titles
    "leadScore.title": "Lead score",
    "dealRisk.title": "Deal risk",
    "handoff.title": "Sales-to-CS handoff",
    "health.title": "Customer health",
    // States
    "state.loading": "Loading\u2026",
    "state.saving": "Saving\u2026",
    "state.saved": "Saved.",
    "state.saveFailed": "Could not save: {reason}",
    "state.concurrentEdit": "Someone else changed this record since you opened it. Your draft is kept; reload to see their changes.",
    "state.invalid": "This payload could not be read: {reason}",
    "state.unreadable": "This card could not read its data. Reload the page; if it persists, tell your admin.",
    "state.partial": "Some parts could not be read and are not shown.",
    "state.moreProblems.one": "{count} more problem is not listed.",
    "state.moreProblems.other": "{count} more problems are not listed.",
    "state.configIgnored": "Some Handoff Context settings were not valid; the defaults were used for: {paths}.",
    "leadScore.empty": "No lead score yet. It appears here once Marketing scores this lead.",
    "dealRisk.empty": "No deal risk score yet. It appears here once the deal is scored.",
    "handoff.empty": "No handoff yet. The account executive fills it in at close.",
    "health.empty": "No customer health score yet. It appears here once Customer Success scores the account.",
    // Access
    "access.salesforce": "You need the {permissionSet} permission set to see this. Ask your Salesforce admin.",
    "access.salesforceEdit": "You need the {permissionSet} permission set to change this. Ask your Salesforce admin.",
    "access.hubspot": "You need permission to view {objectType} properties in HubSpot to see this. Ask your HubSpot super admin.",
    "access.hubspotEdit": "You need permission to edit {objectType} properties in HubSpot to change this. Ask your HubSpot super admin.",
    // Section headings
    "section.whyScore": "Why this score",
    "section.factors": "Factors",
    "section.intentSignals": "Intent signals",
    "section.engagement": "Engagement",
    "section.nextAction": "Next action",
    "section.disposition": "Sales disposition",
    "section.feedback": "Rep feedback",
    "section.winProbability": "AI win probability",
    "section.repForecast": "Rep's forecast",
    "section.riskFactors": "Risk factors",
    "section.desiredOutcome": "Desired outcome",
    "section.successCriteria": "Success criteria",
    "section.commitments": "Commitments",
    "section.commercialTerms": "Commercial terms",
    "section.stakeholders": "Stakeholders",
    "section.objections": "Objections overcome",
    "section.competitors": "Competitors evaluated",
    "section.whyWon": "Why we won",
    "section.knownRisks": "Known risks",
    "section.technicalNeeds": "Technical needs",
    "section.timeline": "Timeline",
    "section.review": "Review",
    "section.drivers": "Drivers",
    "section.intervention": "Intervention",
    "section.csmSentiment": "CSM sentiment",
    "section.accountSentiment": "Sales' read of the account",
    "section.completeness": "Completeness",
    "section.freshness": "Freshness",
    "section.conflicts": "Conflicts",
    "section.notices": "Notices",
    "section.score": "Score",
    // Buttons
    "button.helpful": "Helpful",
    "button.notHelpful": "Not helpful",
    "button.disagree": "I disagree",
    "button.sendFeedback": "Send feedback",
    "button.cancel": "Cancel",
    "button.saveDraft": "Save draft",
    "button.submitHandoff": "Submit handoff",
    "button.acceptHandoff": "Accept handoff",
    "button.returnToSales": "Return to sales",
    "button.reload": "Reload",
    "button.retry": "Retry",
    "button.editHandoff": "Edit handoff",
    "button.add": "Add",
    "button.remove": "Remove",
    "button.showMore": "Show more",
    "button.showLess": "Show less",
    // Feedback and review forms
    "feedback.reasonLabel": "Why do you disagree?",
    "feedback.reasonHelp": "Tell Marketing what the score missed, so the model can learn.",
    "feedback.reasonRequired": "A reason is needed when you disagree.",
    "feedback.sent": "Thanks: your feedback was sent.",
    "feedback.by": "{name}, {date}",
    "feedback.helpfulCount.one": "{count} rep found this helpful",
    "feedback.helpfulCount.other": "{count} reps found this helpful",
    "feedback.notHelpfulCount.one": "{count} found it not helpful",
    "feedback.notHelpfulCount.other": "{count} found it not helpful",
    "feedback.disagreeCount.one": "{count} disagreed",
    "feedback.disagreeCount.other": "{count} disagreed",
    "feedback.summary": "{parts}.",
    "review.returnReasonLabel": "Why are you returning it?",
    "review.returnNoteLabel": "What must sales fix?",
    "review.returnNoteHelp": "Be specific: sales resubmits once this is fixed.",
    "review.acceptedBy": "Accepted by {name}, {date}",
    "review.returnedBy": "Returned by {name}, {date}",
    "review.accepted": "Accepted {date}",
    "review.returned": "Returned {date}",
    "review.reason": "Reason: {reason}",
    "review.waiting.one": "Submitted {count} day ago and still waiting for CS review.",
    "review.waiting.other": "Submitted {count} days ago and still waiting for CS review.",
    "review.draft": "This handoff is a draft: fill in the missing must-have fields, then submit it.",
    "review.returnedNotice": "CS returned this handoff: fix it and submit it again.",
    // Scores
    "score.outOf": "out of {max}",
    "score.range": "on a scale from {min} to {max}",
    "score.probability": "probability",
    "score.percentile": "percentile",
    "score.band": "Band {band}",
    "score.meterLabel": "{title}: {value} {scale}",
    "polarity.higherIsBetter": "Higher is better",
    "polarity.higherIsWorse": "Higher is worse",
    "level.high": "Strong",
    "level.medium": "Moderate",
    "level.low": "Weak",
    // Freshness
    "freshness.scored": "Scored {relative}",
    "freshness.model": "Model: {name}",
    "freshness.modelVersion": "Model: {name} {version}",
    "freshness.stale.leadScore.one": "Older than {count} day: ask Marketing to rescore.",
    "freshness.stale.leadScore.other": "Older than {count} days: ask Marketing to rescore.",
    "freshness.stale.dealRisk.one": "Older than {count} day: ask Sales to rescore the deal.",
    "freshness.stale.dealRisk.other": "Older than {count} days: ask Sales to rescore the deal.",
    "freshness.stale.health.one": "Older than {count} day: ask Customer Success to refresh the health score.",
    "freshness.stale.health.other": "Older than {count} days: ask Customer Success to refresh the health score.",
    "freshness.staleNotice": "This score is stale. {advice}",
    "freshness.unknown": "Date unknown",
    // Factors and drivers
    "factor.weight.points.one": "{sign}{weight} point",
    "factor.weight.points.other": "{sign}{weight} points",
    "factor.weight.percentagePoints.one": "{sign}{weight} percentage point",
    "factor.weight.percentagePoints.other": "{sign}{weight} percentage points",
    "factor.sentence.raises": "{label} raised the score by {weight}.",
    "factor.sentence.lowers": "{label} lowered the score by {weight}.",
    "factor.sentence.raisesPlain": "{label} raised the score.",
    "factor.sentence.lowersPlain": "{label} lowered the score.",
    "driver.sentence.raises": "{label} improved health by {weight}.",
    "driver.sentence.lowers": "{label} lowered health by {weight}.",
    "driver.sentence.raisesPlain": "{label} improved health.",
    "driver.sentence.lowersPlain": "{label} lowered health.",
    "detail.source": "Source: {source}",
    "detail.observed": "Observed {date}",
    "detail.detected": "Detected {date}",
    "detail.owner": "Owner: {owner}",
    "detail.due": "Due {date}",
    "detail.by": "By {name}",
    "detail.byAt": "By {name}, {date}",
    "detail.updated": "Updated {date}",
    "detail.evidence": "Evidence: {evidence}",
    "detail.severity": "Severity: {value}",
    "detail.likelihood": "Likelihood: {value}",
    "detail.trend": "Trend: {value}",
    "detail.strength": "Strength: {value}",
    // Engagement
    "engagement.lastTouch": "Last touch {date}",
    "engagement.touches.one": "{count} touch in the last 30 days",
    "engagement.touches.other": "{count} touches in the last 30 days",
    // Deal risk
    "forecast.probability": "{percent}",
    "forecast.fromCategory": "{percent}, from the forecast category",
    "forecast.gap.one": "AI {ai}, rep {rep}: {count} point apart.",
    "forecast.gap.other": "AI {ai}, rep {rep}: {count} points apart.",
    // Handoff
    "completeness.summary.one": "{filled} of {count} must-have field filled in",
    "completeness.summary.other": "{filled} of {count} must-have fields filled in",
    "completeness.missing": "Missing: {fields}",
    "completeness.complete": "All must-have fields are filled in.",
    "completeness.meterLabel": "Handoff completeness: {percent}",
    "criterion.confirmed": "Confirmed by the customer",
    "criterion.assumed": "Assumed by sales",
    "criterion.baseline": "Baseline: {value}",
    "criterion.targetBy": "By {date}",
    "provenance.source": "Source: {source}",
    "provenance.sourceBy": "Source: {source}, captured by {name}",
    "provenance.sourceAt": "Source: {source}, captured {date}",
    "provenance.sourceByAt": "Source: {source}, captured by {name}, {date}",
    "commercial.term.one": "{count} month",
    "commercial.term.other": "{count} months",
    "commercial.renews": "Renews {date}",
    "technical.ssoRequired": "Single sign-on required",
    "technical.ssoNotRequired": "Single sign-on not required",
    "text.labelled": "{label}: {value}",
    "text.none": "None",
    "text.yes": "Yes",
    "text.no": "No",
    // Conflicts
    "conflict.leadQuality.title": "Lead quality disagreement",
    "conflict.leadQuality.rejected": "Marketing scored this lead {score} ({level}), but sales rejected it.",
    "conflict.leadQuality.rejectedBand": "Marketing scored this lead {band} ({score}), but sales rejected it.",
    "conflict.leadQuality.disagree.one": "{count} rep disagrees with the score.",
    "conflict.leadQuality.disagree.other": "{count} reps disagree with the score.",
    "conflict.forecast.title": "Forecast discrepancy",
    "conflict.forecast.summary": "The AI's win probability ({ai}) and the rep's forecast ({rep}) are {gap} points apart; the limit is {threshold}.",
    "conflict.metric.title": "Metric contradiction",
    "conflict.metric.summary": "{field}: the payload says {documentValue}, but the {column} column says {columnValue}.",
    "conflict.metric.otherValue": "a different value",
    "conflict.health.title": "Customer health conflict",
    "conflict.health.lowButPositive": "Health is {level} ({score}), but sales read the account as positive at handoff.",
    "conflict.health.highButNegative": "Health is {level} ({score}), but sales read the account as negative at handoff.",
    "conflict.notify": "Notify: {roles}",
    "conflict.owner": "Decides: {role}",
    "conflict.deadline.at": "Decide by {date}",
    "conflict.deadline.overdue": "Decision overdue since {date}",
    "conflict.deadline.within.one": "Decide within {count} hour",
    "conflict.deadline.within.other": "Decide within {count} hours",
    "conflict.deadline.nextForecastMeeting": "Decide before the next forecast meeting",
    "conflict.deadline.nextCouncilMeeting": "Decide at the next AI coordination council meeting",
    // Roles (notify lists and decision owners)
    "role.revops": "RevOps",
    "role.revopsChair": "RevOps (council chair)",
    "role.salesManager": "Sales manager",
    "role.marketingDirector": "Marketing director",
    "role.vpSales": "VP Sales",
    "role.aiCouncil": "AI coordination council",
    "role.csDirector": "CS director",
    "role.accountOwner": "Account owner",
    "role.csManager": "CS manager",
    "role.accountExecutive": "Account executive",
    // Teams
    "enum.team.marketing": "Marketing",
    "enum.team.sales": "Sales",
    "enum.team.customerSuccess": "Customer Success",
    "enum.team.revops": "RevOps",
    // Enum values
    "enum.direction.raises": "Raises",
    "enum.direction.lowers": "Lowers",
    "enum.severity.low": "Low",
    "enum.severity.medium": "Medium",
    "enum.severity.high": "High",
    "enum.severity.critical": "Critical",
    "enum.likelihood.low": "Low",
    "enum.likelihood.medium": "Medium",
    "enum.likelihood.high": "High",
    "enum.strength.low": "Low",
    "enum.strength.medium": "Medium",
    "enum.strength.high": "High",
    "enum.intentTrend.rising": "Rising",
    "enum.intentTrend.steady": "Steady",
    "enum.intentTrend.falling": "Falling",
    "enum.healthTrend.improving": "Improving",
    "enum.healthTrend.steady": "Steady",
    "enum.healthTrend.declining": "Declining",
    "enum.riskCategory.engagement": "Engagement",
    "enum.riskCategory.stakeholder": "Stakeholder",
    "enum.riskCategory.competition": "Competition",
    "enum.riskCategory.budget": "Budget",
    "enum.riskCategory.timeline": "Timeline",
    "enum.riskCategory.technical": "Technical",
    "enum.riskCategory.legal": "Legal",
    "enum.riskCategory.other": "Other",
    "enum.forecastCategory.pipeline": "Pipeline",
    "enum.forecastCategory.bestCase": "Best case",
    "enum.forecastCategory.commit": "Commit",
    "enum.forecastCategory.closed": "Closed",
    "enum.forecastCategory.omitted": "Omitted",
    "enum.sentiment.positive": "Positive",
    "enum.sentiment.neutral": "Neutral",
    "enum.sentiment.negative": "Negative",
    "enum.stakeholderRole.champion": "Champion",
    "enum.stakeholderRole.economicBuyer": "Economic buyer",
    "enum.stakeholderRole.influencer": "Influencer",
    "enum.stakeholderRole.detractor": "Detractor",
    "enum.stakeholderRole.powerUser": "Power user",
    "enum.handoffStatus.none": "Not started",
    "enum.handoffStatus.draft": "Draft",
    "enum.handoffStatus.submitted": "Submitted, waiting for CS",
    "enum.handoffStatus.accepted": "Accepted by CS",
    "enum.handoffStatus.returned": "Returned to sales",
    "enum.commitmentType.contractual": "Contractual",
    "enum.commitmentType.sow": "Statement of work",
    "enum.commitmentType.informal": "Informal",
    "enum.commitmentType.roadmap": "Roadmap",
    "enum.disposition.accepted": "Accepted",
    "enum.disposition.working": "Working",
    "enum.disposition.rejected": "Rejected",
    "enum.verdict.helpful": "Helpful",
    "enum.verdict.notHelpful": "Not helpful",
    "enum.verdict.disagree": "Disagrees",
    "enum.returnReason.missingSuccessCriteria": "Success criteria missing or unclear",
    "enum.returnReason.unclearCommitments": "Commitments unclear",
    "enum.returnReason.wrongStakeholders": "Stakeholders wrong or missing",
    "enum.returnReason.commercialMismatch": "Commercial terms do not match the contract",
    "enum.returnReason.other": "Other",
    "enum.polarity.higherIsBetter": "Higher is better",
    "enum.polarity.higherIsWorse": "Higher is worse",
    "enum.unit.points": "Points",
    "enum.unit.percent": "Percent",
    "enum.unit.probability": "Probability",
    "enum.unit.percentile": "Percentile",
    // Handoff editor: field labels (the registry titles) and help (the registry definitions)
    "field.handoff.desiredOutcome": "Desired outcome",
    "help.handoff.desiredOutcome": "What success means to the customer.",
    "field.handoff.desiredOutcome.requiredOutcome": "Required outcome",
    "help.handoff.desiredOutcome.requiredOutcome": "The business result the customer bought us for.",
    "field.handoff.desiredOutcome.approach": "How they get there",
    "help.handoff.desiredOutcome.approach": "How the customer needs to reach the outcome.",
    "field.handoff.desiredOutcome.useCases": "Top use cases",
    "help.handoff.desiredOutcome.useCases": "The first use cases the customer will run.",
    "field.handoff.successCriteria": "Success criteria",
    "help.handoff.successCriteria": "Measurable targets, each marked as customer-confirmed or assumed.",
    "field.handoff.successCriteria.metric": "Metric",
    "help.handoff.successCriteria.metric": "What the customer will measure.",
    "field.handoff.successCriteria.baseline": "Baseline",
    "help.handoff.successCriteria.baseline": "Where the metric stands today.",
    "field.handoff.successCriteria.target": "Target",
    "help.handoff.successCriteria.target": "Where the metric must get to.",
    "field.handoff.successCriteria.targetDate": "Target date",
    "help.handoff.successCriteria.targetDate": "When the target must be reached.",
    "field.handoff.successCriteria.customerConfirmed": "Customer confirmed",
    "help.handoff.successCriteria.customerConfirmed": "Whether the customer confirmed this criterion, or sales assumed it.",
    "field.handoff.commitments": "Commitments",
    "help.handoff.commitments": "Everything promised during the sale: contractual, SOW, informal or roadmap.",
    "field.handoff.commitments.item": "Commitment",
    "help.handoff.commitments.item": "What was promised.",
    "field.handoff.commitments.type": "Commitment type",
    "help.handoff.commitments.type": "Whether it is in the contract, the statement of work, said informally, or a roadmap promise.",
    "field.handoff.commitments.owner": "Owner",
    "help.handoff.commitments.owner": "Who must deliver it.",
    "field.handoff.commitments.dueDate": "Due date",
    "help.handoff.commitments.dueDate": "When it is due.",
    "field.handoff.commitments.evidenceUrl": "Evidence link",
    "help.handoff.commitments.evidenceUrl": "Where the promise is written down.",
    "field.handoff.commercialTerms": "Commercial terms",
    "help.handoff.commercialTerms": "What was sold, for how much and how long.",
    "field.handoff.commercialTerms.products": "Products in scope",
    "help.handoff.commercialTerms.products": "The products the customer bought.",
    "field.handoff.commercialTerms.arr": "ARR",
    "help.handoff.commercialTerms.arr": "Annual recurring revenue of the contract.",
    "field.handoff.commercialTerms.currency": "Currency",
    "help.handoff.commercialTerms.currency": "The ISO 4217 currency code of the ARR.",
    "field.handoff.commercialTerms.termMonths": "Term (months)",
    "help.handoff.commercialTerms.termMonths": "The contract term in months.",
    "field.handoff.commercialTerms.renewalDate": "Renewal date",
    "help.handoff.commercialTerms.renewalDate": "When the contract renews.",
    "field.handoff.commercialTerms.nonStandardTerms": "Non-standard terms",
    "help.handoff.commercialTerms.nonStandardTerms": "Anything outside the standard contract.",
    "field.handoff.accountSentiment": "Sales' read of the account",
    "help.handoff.accountSentiment": "How sales feels about the account at close; compared with customer health.",
    "field.handoff.stakeholders": "Stakeholders",
    "help.handoff.stakeholders": "Who is who on the customer side, and how they feel.",
    "field.handoff.stakeholders.name": "Name",
    "help.handoff.stakeholders.name": "The stakeholder's name.",
    "field.handoff.stakeholders.title": "Job title",
    "help.handoff.stakeholders.title": "The stakeholder's job title.",
    "field.handoff.stakeholders.role": "Buying role",
    "help.handoff.stakeholders.role": "The part the stakeholder played in the decision.",
    "field.handoff.stakeholders.sentiment": "Sentiment",
    "help.handoff.stakeholders.sentiment": "How the stakeholder feels about us.",
    "field.handoff.objections": "Objections overcome",
    "help.handoff.objections": "Objections raised during the sale and how they were answered.",
    "field.handoff.objections.objection": "Objection",
    "help.handoff.objections.objection": "What the customer pushed back on.",
    "field.handoff.objections.resolution": "How it was overcome",
    "help.handoff.objections.resolution": "What answered the objection.",
    "field.handoff.competitors": "Competitors evaluated",
    "help.handoff.competitors": "Who else the customer looked at.",
    "field.handoff.whyWon": "Why we won",
    "help.handoff.whyWon": "Why the customer chose us.",
    "field.handoff.risks": "Known risks",
    "help.handoff.risks": "Risks to the outcome CS should know.",
    "field.handoff.risks.risk": "Risk",
    "help.handoff.risks.risk": "What could stop the customer reaching the outcome.",
    "field.handoff.risks.severity": "Severity",
    "help.handoff.risks.severity": "How bad it would be.",
    "field.handoff.risks.likelihood": "Likelihood",
    "help.handoff.risks.likelihood": "How likely it is.",
    "field.handoff.risks.mitigation": "Mitigation",
    "help.handoff.risks.mitigation": "What reduces the risk.",
    "field.handoff.risks.owner": "Owner",
    "help.handoff.risks.owner": "Who watches the risk.",
    "field.handoff.technicalNeeds": "Technical needs",
    "help.handoff.technicalNeeds": "Integrations, SSO, migration and compliance.",
    "field.handoff.technicalNeeds.integrations": "Integrations",
    "help.handoff.technicalNeeds.integrations": "Systems to connect.",
    "field.handoff.technicalNeeds.sso": "Single sign-on",
    "help.handoff.technicalNeeds.sso": "Whether SSO is required.",
    "field.handoff.technicalNeeds.migration": "Migration",
    "help.handoff.technicalNeeds.migration": "Data to move from the old system.",
    "field.handoff.technicalNeeds.compliance": "Compliance",
    "help.handoff.technicalNeeds.compliance": "Regulations and certifications that apply.",
    "field.handoff.timeline": "Timeline",
    "help.handoff.timeline": "Key dates from close to go-live.",
    "field.handoff.timeline.closedWonAt": "Closed won",
    "help.handoff.timeline.closedWonAt": "When the deal closed.",
    "field.handoff.timeline.submittedAt": "Handoff submitted",
    "help.handoff.timeline.submittedAt": "When the AE submitted the handoff.",
    "field.handoff.timeline.kickoffAt": "Kickoff",
    "help.handoff.timeline.kickoffAt": "When the onboarding kickoff is planned.",
    "field.handoff.timeline.targetGoLive": "Target go-live",
    "help.handoff.timeline.targetGoLive": "When the customer expects to go live.",
    "field.handoff.review.status": "Handoff status",
    "help.handoff.review.status": "Draft, submitted by sales, accepted by CS, or returned to sales.",
    "field.handoff.review.returnReason": "Return reason",
    "help.handoff.review.returnReason": "Why CS sent the handoff back.",
    "field.handoff.review.returnNote": "Return note",
    "help.handoff.review.returnNote": "What sales must fix before resubmitting.",
    // Field labels of the scored contexts, for problems and explain text
    "field.leadScore.score": "Lead score",
    "field.leadScore.band": "Band",
    "field.leadScore.model": "Model",
    "field.leadScore.scoredAt": "Scored at",
    "field.leadScore.factors": "Factors",
    "field.leadScore.intentSignals": "Intent signals",
    "field.leadScore.engagement": "Engagement",
    "field.leadScore.nextAction": "Recommended next action",
    "field.leadScore.disposition": "Sales disposition",
    "field.leadScore.feedback": "Rep feedback",
    "field.dealRisk.winProbability": "AI win probability",
    "field.dealRisk.model": "Model",
    "field.dealRisk.scoredAt": "Scored at",
    "field.dealRisk.repForecast": "Rep's forecast",
    "field.dealRisk.riskFactors": "Risk factors",
    "field.health.score": "Health score",
    "field.health.band": "Health band",
    "field.health.trend": "Trend",
    "field.health.model": "Model",
    "field.health.scoredAt": "Scored at",
    "field.health.drivers": "Drivers",
    "field.health.intervention": "Recommended intervention",
    "field.health.csmSentiment": "CSM sentiment",
    // Leaves shared by several fields (the last segment of a path)
    "field.common.schemaVersion": "Schema version",
    "field.common.value": "Value",
    "field.common.scale": "Scale",
    "field.common.min": "Scale minimum",
    "field.common.max": "Scale maximum",
    "field.common.polarity": "Polarity",
    "field.common.unit": "Unit",
    "field.common.name": "Name",
    "field.common.version": "Model version",
    "field.common.label": "Label",
    "field.common.direction": "Direction",
    "field.common.weight": "Weight",
    "field.common.evidence": "Evidence",
    "field.common.source": "Source",
    "field.common.observedAt": "Observed at",
    "field.common.topic": "Topic",
    "field.common.strength": "Strength",
    "field.common.trend": "Trend",
    "field.common.summary": "Summary",
    "field.common.action": "Action",
    "field.common.rationale": "Rationale",
    "field.common.owner": "Owner",
    "field.common.dueBy": "Due by",
    "field.common.status": "Status",
    "field.common.reason": "Reason",
    "field.common.by": "By",
    "field.common.at": "At",
    "field.common.verdict": "Verdict",
    "field.common.category": "Category",
    "field.common.probability": "Probability",
    "field.common.severity": "Severity",
    "field.common.mitigation": "Mitigation",
    "field.common.detectedAt": "Detected at",
    "field.common.provenance": "Provenance",
    "field.common.capturedBy": "Captured by",
    "field.common.capturedAt": "Captured at",
    "field.common.evidenceUrl": "Evidence link",
    "field.common.note": "Note",
    "field.common.sentiment": "Sentiment",
    "field.common.entry": "{field}, entry {index}",
    // Problems found while reading a payload (one per ProblemCode; `.detail` variants need params)
    "problem.notJson": "{subject}: the stored text is not valid JSON, so it could not be read.",
    "problem.notObject": "{subject}: the stored value is not a set of fields, so it could not be read.",
    "problem.tooLong": "{subject}: the text is longer than the platform keeps; it may have been cut.",
    "problem.tooLong.detail": "{subject}: the text is {length} characters long, but the platform keeps only {limit}; it may have been cut.",
    "problem.newerVersion": "{subject}: written by a newer version of Handoff Context; only the fields this version knows are shown. Ask your admin to upgrade.",
    "problem.newerVersion.detail": "{subject}: written by version {found} of the payload, but this card knows version {current}; only the fields it knows are shown. Ask your admin to upgrade.",
    "problem.unknownVersion": "{subject}: the payload does not say which version it is; it was read as the current version.",
    "problem.migrated": "{subject}: written by an older version and upgraded when read.",
    "problem.migrated.detail": "{subject}: written as version {found} and upgraded to version {current} when read.",
    "problem.missing": "{subject} is missing.",
    "problem.invalidType": "{subject} has the wrong kind of value and is not shown.",
    "problem.invalidValue": "{subject} is not one of the allowed values and is not shown.",
    "problem.invalidFormat": "{subject} is not in the expected format (a date, a link or a code) and is not shown.",
    "problem.tooSmall": "{subject} is too small.",
    "problem.tooSmall.detail": "{subject} must be at least {minimum}.",
    "problem.tooSmall.empty": "{subject} is empty.",
    "problem.tooBig": "{subject} is too large.",
    "problem.tooBig.detail": "{subject} must be at most {maximum}.",
    "problem.tooManyItems": "{subject} has more entries than a card shows; the rest are not shown.",
    "problem.tooManyItems.detail": "{subject} has {count} entries; a card shows at most {maxItems}.",
    "problem.droppedItem": "{subject} could not be read and was left out.",
    "problem.unknownField": "{subject} has fields this version does not know; they are ignored.",
    "problem.unknownField.detail": "{subject} has a field this version does not know ({field}); it is ignored.",
    "problem.columnMismatch": "{subject}: its report column disagrees with the payload; the payload is shown.",
    "problem.columnMismatch.detail": "{subject}: the {column} column says {columnValue}, but the payload says {documentValue}; the payload is shown.",
    "problem.invalid": "{subject} is not valid and is not shown.",
    // explain (the CLI's text rendering of a card)
    "explain.state": "State: {state}",
    "explain.status": "Status: {status}",
    "explain.conflict": "Conflict: {title}"
  };

  // shared/src/i18n/fr.ts
  var fr = {
    "leadScore.title": "Score du lead",
    "dealRisk.title": "Risque de l\u2019affaire",
    "handoff.title": "Passation ventes \u2192 CS",
    "health.title": "Sant\xE9 client",
    "state.loading": "Chargement\u2026",
    "state.saving": "Enregistrement\u2026",
    "state.saved": "Enregistr\xE9.",
    "state.saveFailed": "Enregistrement impossible : {reason}",
    "state.concurrentEdit": "Quelqu\u2019un d\u2019autre a modifi\xE9 cet enregistrement depuis que vous l\u2019avez ouvert. Votre brouillon est conserv\xE9 ; rechargez pour voir ses modifications.",
    "state.invalid": "Ces donn\xE9es n\u2019ont pas pu \xEAtre lues : {reason}",
    "state.unreadable": "Cette carte n\u2019a pas pu lire ses donn\xE9es. Rechargez la page ; si le probl\xE8me persiste, pr\xE9venez votre administrateur.",
    "state.partial": "Certaines parties n\u2019ont pas pu \xEAtre lues et ne sont pas affich\xE9es.",
    "state.moreProblems.one": "{count} autre probl\xE8me n\u2019est pas list\xE9.",
    "state.moreProblems.other": "{count} autres probl\xE8mes ne sont pas list\xE9s.",
    "state.configIgnored": "Certains r\xE9glages de Handoff Context n\u2019\xE9taient pas valides ; les valeurs par d\xE9faut ont \xE9t\xE9 utilis\xE9es pour : {paths}.",
    "leadScore.empty": "Pas encore de score. Il appara\xEEtra ici d\xE8s que le marketing aura \xE9valu\xE9 ce lead.",
    "dealRisk.empty": "Pas encore de score de risque. Il appara\xEEtra ici d\xE8s que l\u2019affaire aura \xE9t\xE9 \xE9valu\xE9e.",
    "handoff.empty": "Pas encore de passation. Le commercial la remplit \xE0 la signature.",
    "health.empty": "Pas encore de score de sant\xE9. Il appara\xEEtra ici d\xE8s que le Customer Success aura \xE9valu\xE9 le compte.",
    "access.salesforce": "Il vous faut l\u2019ensemble d\u2019autorisations {permissionSet} pour voir ceci. Demandez-le \xE0 votre administrateur Salesforce.",
    "access.salesforceEdit": "Il vous faut l\u2019ensemble d\u2019autorisations {permissionSet} pour modifier ceci. Demandez-le \xE0 votre administrateur Salesforce.",
    "access.hubspot": "Il vous faut l\u2019autorisation de voir les propri\xE9t\xE9s {objectType} dans HubSpot pour voir ceci. Demandez-la \xE0 votre super administrateur HubSpot.",
    "access.hubspotEdit": "Il vous faut l\u2019autorisation de modifier les propri\xE9t\xE9s {objectType} dans HubSpot pour modifier ceci. Demandez-la \xE0 votre super administrateur HubSpot.",
    "section.whyScore": "Pourquoi ce score",
    "section.factors": "Facteurs",
    "section.intentSignals": "Signaux d\u2019intention",
    "section.engagement": "Engagement",
    "section.nextAction": "Prochaine action",
    "section.disposition": "D\xE9cision des ventes",
    "section.feedback": "Avis des commerciaux",
    "section.winProbability": "Probabilit\xE9 de gain (IA)",
    "section.repForecast": "Pr\xE9vision du commercial",
    "section.riskFactors": "Facteurs de risque",
    "section.desiredOutcome": "R\xE9sultat attendu",
    "section.successCriteria": "Crit\xE8res de succ\xE8s",
    "section.commitments": "Engagements",
    "section.commercialTerms": "Conditions commerciales",
    "section.stakeholders": "Parties prenantes",
    "section.objections": "Objections lev\xE9es",
    "section.competitors": "Concurrents \xE9valu\xE9s",
    "section.whyWon": "Pourquoi nous avons gagn\xE9",
    "section.knownRisks": "Risques connus",
    "section.technicalNeeds": "Besoins techniques",
    "section.timeline": "Calendrier",
    "section.review": "Revue",
    "section.drivers": "Facteurs",
    "section.intervention": "Intervention",
    "section.csmSentiment": "Ressenti du CSM",
    "section.accountSentiment": "Ressenti des ventes sur le compte",
    "section.completeness": "Compl\xE9tude",
    "section.freshness": "Fra\xEEcheur",
    "section.conflicts": "Conflits",
    "section.notices": "Remarques",
    "section.score": "Score",
    "button.helpful": "Utile",
    "button.notHelpful": "Pas utile",
    "button.disagree": "Je ne suis pas d\u2019accord",
    "button.sendFeedback": "Envoyer l\u2019avis",
    "button.cancel": "Annuler",
    "button.saveDraft": "Enregistrer le brouillon",
    "button.submitHandoff": "Soumettre la passation",
    "button.acceptHandoff": "Accepter la passation",
    "button.returnToSales": "Renvoyer aux ventes",
    "button.reload": "Recharger",
    "button.retry": "R\xE9essayer",
    "button.editHandoff": "Modifier la passation",
    "button.add": "Ajouter",
    "button.remove": "Supprimer",
    "button.showMore": "Afficher plus",
    "button.showLess": "Afficher moins",
    "feedback.reasonLabel": "Pourquoi n\u2019\xEAtes-vous pas d\u2019accord ?",
    "feedback.reasonHelp": "Dites au marketing ce que le score a manqu\xE9, pour que le mod\xE8le apprenne.",
    "feedback.reasonRequired": "Une raison est n\xE9cessaire quand vous n\u2019\xEAtes pas d\u2019accord.",
    "feedback.sent": "Merci : votre avis a \xE9t\xE9 envoy\xE9.",
    "feedback.by": "{name}, {date}",
    "feedback.helpfulCount.one": "{count} commercial l\u2019a trouv\xE9 utile",
    "feedback.helpfulCount.other": "{count} commerciaux l\u2019ont trouv\xE9 utile",
    "feedback.notHelpfulCount.one": "{count} l\u2019a trouv\xE9 inutile",
    "feedback.notHelpfulCount.other": "{count} l\u2019ont trouv\xE9 inutile",
    "feedback.disagreeCount.one": "{count} n\u2019\xE9tait pas d\u2019accord",
    "feedback.disagreeCount.other": "{count} n\u2019\xE9taient pas d\u2019accord",
    "feedback.summary": "{parts}.",
    "review.returnReasonLabel": "Pourquoi la renvoyez-vous ?",
    "review.returnNoteLabel": "Que doivent corriger les ventes ?",
    "review.returnNoteHelp": "Soyez pr\xE9cis : les ventes la soumettront \xE0 nouveau une fois corrig\xE9e.",
    "review.acceptedBy": "Accept\xE9e par {name}, {date}",
    "review.returnedBy": "Renvoy\xE9e par {name}, {date}",
    "review.accepted": "Accept\xE9e {date}",
    "review.returned": "Renvoy\xE9e {date}",
    "review.reason": "Motif : {reason}",
    "review.waiting.one": "Soumise il y a {count} jour et toujours en attente de revue par le CS.",
    "review.waiting.other": "Soumise il y a {count} jours et toujours en attente de revue par le CS.",
    "review.draft": "Cette passation est un brouillon : remplissez les champs indispensables manquants, puis soumettez-la.",
    "review.returnedNotice": "Le CS a renvoy\xE9 cette passation : corrigez-la et soumettez-la \xE0 nouveau.",
    "score.outOf": "sur {max}",
    "score.range": "sur une \xE9chelle de {min} \xE0 {max}",
    "score.probability": "probabilit\xE9",
    "score.percentile": "centile",
    "score.band": "Cat\xE9gorie {band}",
    "score.meterLabel": "{title} : {value} {scale}",
    "polarity.higherIsBetter": "Plus c\u2019est haut, mieux c\u2019est",
    "polarity.higherIsWorse": "Plus c\u2019est haut, pire c\u2019est",
    "level.high": "Fort",
    "level.medium": "Moyen",
    "level.low": "Faible",
    "freshness.scored": "\xC9valu\xE9 {relative}",
    "freshness.model": "Mod\xE8le : {name}",
    "freshness.modelVersion": "Mod\xE8le : {name} {version}",
    "freshness.stale.leadScore.one": "Date de plus de {count} jour : demandez au marketing de r\xE9\xE9valuer.",
    "freshness.stale.leadScore.other": "Date de plus de {count} jours : demandez au marketing de r\xE9\xE9valuer.",
    "freshness.stale.dealRisk.one": "Date de plus de {count} jour : demandez aux ventes de r\xE9\xE9valuer l\u2019affaire.",
    "freshness.stale.dealRisk.other": "Date de plus de {count} jours : demandez aux ventes de r\xE9\xE9valuer l\u2019affaire.",
    "freshness.stale.health.one": "Date de plus de {count} jour : demandez au Customer Success de mettre \xE0 jour le score de sant\xE9.",
    "freshness.stale.health.other": "Date de plus de {count} jours : demandez au Customer Success de mettre \xE0 jour le score de sant\xE9.",
    "freshness.staleNotice": "Ce score n\u2019est plus \xE0 jour. {advice}",
    "freshness.unknown": "Date inconnue",
    "factor.weight.points.one": "{sign}{weight} point",
    "factor.weight.points.other": "{sign}{weight} points",
    "factor.weight.percentagePoints.one": "{sign}{weight} point de pourcentage",
    "factor.weight.percentagePoints.other": "{sign}{weight} points de pourcentage",
    "factor.sentence.raises": "{label} a augment\xE9 le score de {weight}.",
    "factor.sentence.lowers": "{label} a baiss\xE9 le score de {weight}.",
    "factor.sentence.raisesPlain": "{label} a augment\xE9 le score.",
    "factor.sentence.lowersPlain": "{label} a baiss\xE9 le score.",
    "driver.sentence.raises": "{label} a am\xE9lior\xE9 la sant\xE9 de {weight}.",
    "driver.sentence.lowers": "{label} a d\xE9grad\xE9 la sant\xE9 de {weight}.",
    "driver.sentence.raisesPlain": "{label} a am\xE9lior\xE9 la sant\xE9.",
    "driver.sentence.lowersPlain": "{label} a d\xE9grad\xE9 la sant\xE9.",
    "detail.source": "Source : {source}",
    "detail.observed": "Observ\xE9 le {date}",
    "detail.detected": "D\xE9tect\xE9 le {date}",
    "detail.owner": "Responsable : {owner}",
    "detail.due": "\xC9ch\xE9ance : {date}",
    "detail.by": "Par {name}",
    "detail.byAt": "Par {name}, {date}",
    "detail.updated": "Mis \xE0 jour le {date}",
    "detail.evidence": "Preuve : {evidence}",
    "detail.severity": "Gravit\xE9 : {value}",
    "detail.likelihood": "Probabilit\xE9 : {value}",
    "detail.trend": "Tendance : {value}",
    "detail.strength": "Intensit\xE9 : {value}",
    "engagement.lastTouch": "Dernier contact le {date}",
    "engagement.touches.one": "{count} contact ces 30 derniers jours",
    "engagement.touches.other": "{count} contacts ces 30 derniers jours",
    "forecast.probability": "{percent}",
    "forecast.fromCategory": "{percent}, d\u2019apr\xE8s la cat\xE9gorie de pr\xE9vision",
    "forecast.gap.one": "IA {ai}, commercial {rep} : {count} point d\u2019\xE9cart.",
    "forecast.gap.other": "IA {ai}, commercial {rep} : {count} points d\u2019\xE9cart.",
    "completeness.summary.one": "{filled} champ indispensable rempli sur {count}",
    "completeness.summary.other": "{filled} champs indispensables remplis sur {count}",
    "completeness.missing": "Manquant : {fields}",
    "completeness.complete": "Tous les champs indispensables sont remplis.",
    "completeness.meterLabel": "Compl\xE9tude de la passation : {percent}",
    "criterion.confirmed": "Confirm\xE9 par le client",
    "criterion.assumed": "Suppos\xE9 par les ventes",
    "criterion.baseline": "Point de d\xE9part : {value}",
    "criterion.targetBy": "D\u2019ici le {date}",
    "provenance.source": "Source : {source}",
    "provenance.sourceBy": "Source : {source}, not\xE9 par {name}",
    "provenance.sourceAt": "Source : {source}, not\xE9 le {date}",
    "provenance.sourceByAt": "Source : {source}, not\xE9 par {name}, le {date}",
    "commercial.term.one": "{count} mois",
    "commercial.term.other": "{count} mois",
    "commercial.renews": "Renouvellement le {date}",
    "technical.ssoRequired": "Authentification unique (SSO) requise",
    "technical.ssoNotRequired": "Authentification unique (SSO) non requise",
    "text.labelled": "{label} : {value}",
    "text.none": "Aucun",
    "text.yes": "Oui",
    "text.no": "Non",
    "conflict.leadQuality.title": "D\xE9saccord sur la qualit\xE9 du lead",
    "conflict.leadQuality.rejected": "Le marketing a not\xE9 ce lead {score} ({level}), mais les ventes l\u2019ont rejet\xE9.",
    "conflict.leadQuality.rejectedBand": "Le marketing a class\xE9 ce lead {band} ({score}), mais les ventes l\u2019ont rejet\xE9.",
    "conflict.leadQuality.disagree.one": "{count} commercial conteste le score.",
    "conflict.leadQuality.disagree.other": "{count} commerciaux contestent le score.",
    "conflict.forecast.title": "\xC9cart de pr\xE9vision",
    "conflict.forecast.summary": "La probabilit\xE9 de gain de l\u2019IA ({ai}) et la pr\xE9vision du commercial ({rep}) ont {gap} points d\u2019\xE9cart ; la limite est de {threshold}.",
    "conflict.metric.title": "Contradiction de donn\xE9es",
    "conflict.metric.summary": "{field} : les donn\xE9es indiquent {documentValue}, mais la colonne {column} indique {columnValue}.",
    "conflict.metric.otherValue": "une autre valeur",
    "conflict.health.title": "Conflit sur la sant\xE9 client",
    "conflict.health.lowButPositive": "La sant\xE9 est {level} ({score}), mais les ventes jugeaient le compte positif \xE0 la passation.",
    "conflict.health.highButNegative": "La sant\xE9 est {level} ({score}), mais les ventes jugeaient le compte n\xE9gatif \xE0 la passation.",
    "conflict.notify": "Pr\xE9venir : {roles}",
    "conflict.owner": "D\xE9cide : {role}",
    "conflict.deadline.at": "D\xE9cider avant le {date}",
    "conflict.deadline.overdue": "D\xE9cision en retard depuis le {date}",
    "conflict.deadline.within.one": "D\xE9cider sous {count} heure",
    "conflict.deadline.within.other": "D\xE9cider sous {count} heures",
    "conflict.deadline.nextForecastMeeting": "D\xE9cider avant la prochaine r\xE9union de pr\xE9vision",
    "conflict.deadline.nextCouncilMeeting": "D\xE9cider \xE0 la prochaine r\xE9union du comit\xE9 de coordination IA",
    "role.revops": "RevOps",
    "role.revopsChair": "RevOps (pr\xE9sidence du comit\xE9)",
    "role.salesManager": "Responsable des ventes",
    "role.marketingDirector": "Directeur marketing",
    "role.vpSales": "VP Ventes",
    "role.aiCouncil": "Comit\xE9 de coordination IA",
    "role.csDirector": "Directeur CS",
    "role.accountOwner": "Propri\xE9taire du compte",
    "role.csManager": "Responsable CS",
    "role.accountExecutive": "Commercial grands comptes",
    "enum.team.marketing": "Marketing",
    "enum.team.sales": "Ventes",
    "enum.team.customerSuccess": "Customer Success",
    "enum.team.revops": "RevOps",
    "enum.direction.raises": "Augmente",
    "enum.direction.lowers": "Diminue",
    "enum.severity.low": "Faible",
    "enum.severity.medium": "Moyenne",
    "enum.severity.high": "\xC9lev\xE9e",
    "enum.severity.critical": "Critique",
    "enum.likelihood.low": "Faible",
    "enum.likelihood.medium": "Moyenne",
    "enum.likelihood.high": "\xC9lev\xE9e",
    "enum.strength.low": "Faible",
    "enum.strength.medium": "Moyenne",
    "enum.strength.high": "Forte",
    "enum.intentTrend.rising": "En hausse",
    "enum.intentTrend.steady": "Stable",
    "enum.intentTrend.falling": "En baisse",
    "enum.healthTrend.improving": "En am\xE9lioration",
    "enum.healthTrend.steady": "Stable",
    "enum.healthTrend.declining": "En d\xE9gradation",
    "enum.riskCategory.engagement": "Engagement",
    "enum.riskCategory.stakeholder": "Partie prenante",
    "enum.riskCategory.competition": "Concurrence",
    "enum.riskCategory.budget": "Budget",
    "enum.riskCategory.timeline": "Calendrier",
    "enum.riskCategory.technical": "Technique",
    "enum.riskCategory.legal": "Juridique",
    "enum.riskCategory.other": "Autre",
    "enum.forecastCategory.pipeline": "Pipeline",
    "enum.forecastCategory.bestCase": "Meilleur cas",
    "enum.forecastCategory.commit": "Engag\xE9",
    "enum.forecastCategory.closed": "Conclu",
    "enum.forecastCategory.omitted": "Exclu",
    "enum.sentiment.positive": "Positif",
    "enum.sentiment.neutral": "Neutre",
    "enum.sentiment.negative": "N\xE9gatif",
    "enum.stakeholderRole.champion": "Champion",
    "enum.stakeholderRole.economicBuyer": "D\xE9cideur \xE9conomique",
    "enum.stakeholderRole.influencer": "Influenceur",
    "enum.stakeholderRole.detractor": "D\xE9tracteur",
    "enum.stakeholderRole.powerUser": "Utilisateur expert",
    "enum.handoffStatus.none": "Pas commenc\xE9e",
    "enum.handoffStatus.draft": "Brouillon",
    "enum.handoffStatus.submitted": "Soumise, en attente du CS",
    "enum.handoffStatus.accepted": "Accept\xE9e par le CS",
    "enum.handoffStatus.returned": "Renvoy\xE9e aux ventes",
    "enum.commitmentType.contractual": "Contractuel",
    "enum.commitmentType.sow": "Cahier des charges",
    "enum.commitmentType.informal": "Informel",
    "enum.commitmentType.roadmap": "Feuille de route",
    "enum.disposition.accepted": "Accept\xE9",
    "enum.disposition.working": "En cours",
    "enum.disposition.rejected": "Rejet\xE9",
    "enum.verdict.helpful": "Utile",
    "enum.verdict.notHelpful": "Pas utile",
    "enum.verdict.disagree": "Pas d\u2019accord",
    "enum.returnReason.missingSuccessCriteria": "Crit\xE8res de succ\xE8s manquants ou flous",
    "enum.returnReason.unclearCommitments": "Engagements flous",
    "enum.returnReason.wrongStakeholders": "Parties prenantes erron\xE9es ou manquantes",
    "enum.returnReason.commercialMismatch": "Conditions commerciales diff\xE9rentes du contrat",
    "enum.returnReason.other": "Autre",
    "enum.polarity.higherIsBetter": "Plus c\u2019est haut, mieux c\u2019est",
    "enum.polarity.higherIsWorse": "Plus c\u2019est haut, pire c\u2019est",
    "enum.unit.points": "Points",
    "enum.unit.percent": "Pourcentage",
    "enum.unit.probability": "Probabilit\xE9",
    "enum.unit.percentile": "Centile",
    "field.handoff.desiredOutcome": "R\xE9sultat attendu",
    "help.handoff.desiredOutcome": "Ce que le succ\xE8s signifie pour le client.",
    "field.handoff.desiredOutcome.requiredOutcome": "R\xE9sultat requis",
    "help.handoff.desiredOutcome.requiredOutcome": "Le r\xE9sultat m\xE9tier pour lequel le client nous a choisis.",
    "field.handoff.desiredOutcome.approach": "Comment y parvenir",
    "help.handoff.desiredOutcome.approach": "Comment le client doit atteindre ce r\xE9sultat.",
    "field.handoff.desiredOutcome.useCases": "Principaux cas d\u2019usage",
    "help.handoff.desiredOutcome.useCases": "Les premiers cas d\u2019usage que le client mettra en \u0153uvre.",
    "field.handoff.successCriteria": "Crit\xE8res de succ\xE8s",
    "help.handoff.successCriteria": "Des objectifs mesurables, chacun marqu\xE9 comme confirm\xE9 par le client ou suppos\xE9.",
    "field.handoff.successCriteria.metric": "Indicateur",
    "help.handoff.successCriteria.metric": "Ce que le client va mesurer.",
    "field.handoff.successCriteria.baseline": "Point de d\xE9part",
    "help.handoff.successCriteria.baseline": "O\xF9 en est l\u2019indicateur aujourd\u2019hui.",
    "field.handoff.successCriteria.target": "Objectif",
    "help.handoff.successCriteria.target": "La valeur que l\u2019indicateur doit atteindre.",
    "field.handoff.successCriteria.targetDate": "Date cible",
    "help.handoff.successCriteria.targetDate": "Quand l\u2019objectif doit \xEAtre atteint.",
    "field.handoff.successCriteria.customerConfirmed": "Confirm\xE9 par le client",
    "help.handoff.successCriteria.customerConfirmed": "Si le client a confirm\xE9 ce crit\xE8re, ou si les ventes l\u2019ont suppos\xE9.",
    "field.handoff.commitments": "Engagements",
    "help.handoff.commitments": "Tout ce qui a \xE9t\xE9 promis pendant la vente : contractuel, cahier des charges, informel ou feuille de route.",
    "field.handoff.commitments.item": "Engagement",
    "help.handoff.commitments.item": "Ce qui a \xE9t\xE9 promis.",
    "field.handoff.commitments.type": "Type d\u2019engagement",
    "help.handoff.commitments.type": "S\u2019il figure dans le contrat, dans le cahier des charges, s\u2019il a \xE9t\xE9 dit de fa\xE7on informelle, ou s\u2019il s\u2019agit d\u2019une promesse de feuille de route.",
    "field.handoff.commitments.owner": "Responsable",
    "help.handoff.commitments.owner": "Qui doit le tenir.",
    "field.handoff.commitments.dueDate": "\xC9ch\xE9ance",
    "help.handoff.commitments.dueDate": "Pour quand.",
    "field.handoff.commitments.evidenceUrl": "Lien vers la preuve",
    "help.handoff.commitments.evidenceUrl": "O\xF9 la promesse est \xE9crite.",
    "field.handoff.commercialTerms": "Conditions commerciales",
    "help.handoff.commercialTerms": "Ce qui a \xE9t\xE9 vendu, pour combien et pour combien de temps.",
    "field.handoff.commercialTerms.products": "Produits concern\xE9s",
    "help.handoff.commercialTerms.products": "Les produits achet\xE9s par le client.",
    "field.handoff.commercialTerms.arr": "ARR",
    "help.handoff.commercialTerms.arr": "Revenu r\xE9current annuel du contrat.",
    "field.handoff.commercialTerms.currency": "Devise",
    "help.handoff.commercialTerms.currency": "Le code de devise ISO 4217 de l\u2019ARR.",
    "field.handoff.commercialTerms.termMonths": "Dur\xE9e (mois)",
    "help.handoff.commercialTerms.termMonths": "La dur\xE9e du contrat en mois.",
    "field.handoff.commercialTerms.renewalDate": "Date de renouvellement",
    "help.handoff.commercialTerms.renewalDate": "Quand le contrat se renouvelle.",
    "field.handoff.commercialTerms.nonStandardTerms": "Conditions non standard",
    "help.handoff.commercialTerms.nonStandardTerms": "Tout ce qui sort du contrat standard.",
    "field.handoff.accountSentiment": "Ressenti des ventes sur le compte",
    "help.handoff.accountSentiment": "Ce que les ventes pensent du compte \xE0 la signature ; compar\xE9 \xE0 la sant\xE9 client.",
    "field.handoff.stakeholders": "Parties prenantes",
    "help.handoff.stakeholders": "Qui est qui c\xF4t\xE9 client, et ce qu\u2019ils pensent de nous.",
    "field.handoff.stakeholders.name": "Nom",
    "help.handoff.stakeholders.name": "Le nom de la personne.",
    "field.handoff.stakeholders.title": "Fonction",
    "help.handoff.stakeholders.title": "La fonction de la personne.",
    "field.handoff.stakeholders.role": "R\xF4le dans l\u2019achat",
    "help.handoff.stakeholders.role": "Le r\xF4le jou\xE9 par la personne dans la d\xE9cision.",
    "field.handoff.stakeholders.sentiment": "Ressenti",
    "help.handoff.stakeholders.sentiment": "Ce que la personne pense de nous.",
    "field.handoff.objections": "Objections lev\xE9es",
    "help.handoff.objections": "Les objections soulev\xE9es pendant la vente et la r\xE9ponse apport\xE9e.",
    "field.handoff.objections.objection": "Objection",
    "help.handoff.objections.objection": "Ce sur quoi le client a r\xE9sist\xE9.",
    "field.handoff.objections.resolution": "Comment elle a \xE9t\xE9 lev\xE9e",
    "help.handoff.objections.resolution": "Ce qui a r\xE9pondu \xE0 l\u2019objection.",
    "field.handoff.competitors": "Concurrents \xE9valu\xE9s",
    "help.handoff.competitors": "Les autres solutions \xE9tudi\xE9es par le client.",
    "field.handoff.whyWon": "Pourquoi nous avons gagn\xE9",
    "help.handoff.whyWon": "Pourquoi le client nous a choisis.",
    "field.handoff.risks": "Risques connus",
    "help.handoff.risks": "Les risques pour le r\xE9sultat que le CS doit conna\xEEtre.",
    "field.handoff.risks.risk": "Risque",
    "help.handoff.risks.risk": "Ce qui pourrait emp\xEAcher le client d\u2019atteindre le r\xE9sultat.",
    "field.handoff.risks.severity": "Gravit\xE9",
    "help.handoff.risks.severity": "\xC0 quel point ce serait grave.",
    "field.handoff.risks.likelihood": "Probabilit\xE9",
    "help.handoff.risks.likelihood": "\xC0 quel point c\u2019est probable.",
    "field.handoff.risks.mitigation": "Att\xE9nuation",
    "help.handoff.risks.mitigation": "Ce qui r\xE9duit le risque.",
    "field.handoff.risks.owner": "Responsable",
    "help.handoff.risks.owner": "Qui surveille le risque.",
    "field.handoff.technicalNeeds": "Besoins techniques",
    "help.handoff.technicalNeeds": "Int\xE9grations, SSO, migration et conformit\xE9.",
    "field.handoff.technicalNeeds.integrations": "Int\xE9grations",
    "help.handoff.technicalNeeds.integrations": "Les syst\xE8mes \xE0 connecter.",
    "field.handoff.technicalNeeds.sso": "Authentification unique (SSO)",
    "help.handoff.technicalNeeds.sso": "Si le SSO est exig\xE9.",
    "field.handoff.technicalNeeds.migration": "Migration",
    "help.handoff.technicalNeeds.migration": "Les donn\xE9es \xE0 reprendre de l\u2019ancien syst\xE8me.",
    "field.handoff.technicalNeeds.compliance": "Conformit\xE9",
    "help.handoff.technicalNeeds.compliance": "Les r\xE9glementations et certifications applicables.",
    "field.handoff.timeline": "Calendrier",
    "help.handoff.timeline": "Les dates cl\xE9s, de la signature \xE0 la mise en service.",
    "field.handoff.timeline.closedWonAt": "Affaire gagn\xE9e",
    "help.handoff.timeline.closedWonAt": "Quand l\u2019affaire a \xE9t\xE9 sign\xE9e.",
    "field.handoff.timeline.submittedAt": "Passation soumise",
    "help.handoff.timeline.submittedAt": "Quand le commercial a soumis la passation.",
    "field.handoff.timeline.kickoffAt": "Lancement",
    "help.handoff.timeline.kickoffAt": "Quand la r\xE9union de lancement est pr\xE9vue.",
    "field.handoff.timeline.targetGoLive": "Mise en service vis\xE9e",
    "help.handoff.timeline.targetGoLive": "Quand le client pr\xE9voit de d\xE9marrer.",
    "field.handoff.review.status": "Statut de la passation",
    "help.handoff.review.status": "Brouillon, soumise par les ventes, accept\xE9e par le CS, ou renvoy\xE9e aux ventes.",
    "field.handoff.review.returnReason": "Motif du renvoi",
    "help.handoff.review.returnReason": "Pourquoi le CS a renvoy\xE9 la passation.",
    "field.handoff.review.returnNote": "Note de renvoi",
    "help.handoff.review.returnNote": "Ce que les ventes doivent corriger avant de la soumettre \xE0 nouveau.",
    "field.leadScore.score": "Score du lead",
    "field.leadScore.band": "Cat\xE9gorie",
    "field.leadScore.model": "Mod\xE8le",
    "field.leadScore.scoredAt": "\xC9valu\xE9 le",
    "field.leadScore.factors": "Facteurs",
    "field.leadScore.intentSignals": "Signaux d\u2019intention",
    "field.leadScore.engagement": "Engagement",
    "field.leadScore.nextAction": "Prochaine action recommand\xE9e",
    "field.leadScore.disposition": "D\xE9cision des ventes",
    "field.leadScore.feedback": "Avis des commerciaux",
    "field.dealRisk.winProbability": "Probabilit\xE9 de gain (IA)",
    "field.dealRisk.model": "Mod\xE8le",
    "field.dealRisk.scoredAt": "\xC9valu\xE9 le",
    "field.dealRisk.repForecast": "Pr\xE9vision du commercial",
    "field.dealRisk.riskFactors": "Facteurs de risque",
    "field.health.score": "Score de sant\xE9",
    "field.health.band": "Cat\xE9gorie de sant\xE9",
    "field.health.trend": "Tendance",
    "field.health.model": "Mod\xE8le",
    "field.health.scoredAt": "\xC9valu\xE9 le",
    "field.health.drivers": "Facteurs",
    "field.health.intervention": "Intervention recommand\xE9e",
    "field.health.csmSentiment": "Ressenti du CSM",
    "field.common.schemaVersion": "Version du format",
    "field.common.value": "Valeur",
    "field.common.scale": "\xC9chelle",
    "field.common.min": "Minimum de l\u2019\xE9chelle",
    "field.common.max": "Maximum de l\u2019\xE9chelle",
    "field.common.polarity": "Sens",
    "field.common.unit": "Unit\xE9",
    "field.common.name": "Nom",
    "field.common.version": "Version du mod\xE8le",
    "field.common.label": "Libell\xE9",
    "field.common.direction": "Sens",
    "field.common.weight": "Poids",
    "field.common.evidence": "Preuve",
    "field.common.source": "Source",
    "field.common.observedAt": "Observ\xE9 le",
    "field.common.topic": "Sujet",
    "field.common.strength": "Intensit\xE9",
    "field.common.trend": "Tendance",
    "field.common.summary": "R\xE9sum\xE9",
    "field.common.action": "Action",
    "field.common.rationale": "Justification",
    "field.common.owner": "Responsable",
    "field.common.dueBy": "\xC9ch\xE9ance",
    "field.common.status": "Statut",
    "field.common.reason": "Motif",
    "field.common.by": "Par",
    "field.common.at": "Le",
    "field.common.verdict": "Avis",
    "field.common.category": "Cat\xE9gorie",
    "field.common.probability": "Probabilit\xE9",
    "field.common.severity": "Gravit\xE9",
    "field.common.mitigation": "Att\xE9nuation",
    "field.common.detectedAt": "D\xE9tect\xE9 le",
    "field.common.provenance": "Provenance",
    "field.common.capturedBy": "Not\xE9 par",
    "field.common.capturedAt": "Not\xE9 le",
    "field.common.evidenceUrl": "Lien vers la preuve",
    "field.common.note": "Note",
    "field.common.sentiment": "Ressenti",
    "field.common.entry": "{field}, entr\xE9e {index}",
    "problem.notJson": "{subject} : le texte enregistr\xE9 n\u2019est pas du JSON valide ; il n\u2019a pas pu \xEAtre lu.",
    "problem.notObject": "{subject} : la valeur enregistr\xE9e n\u2019est pas un ensemble de champs ; elle n\u2019a pas pu \xEAtre lue.",
    "problem.tooLong": "{subject} : le texte est plus long que ce que la plateforme conserve ; il a pu \xEAtre tronqu\xE9.",
    "problem.tooLong.detail": "{subject} : le texte fait {length} caract\xE8res, mais la plateforme n\u2019en conserve que {limit} ; il a pu \xEAtre tronqu\xE9.",
    "problem.newerVersion": "{subject} : \xE9crit par une version plus r\xE9cente de Handoff Context ; seuls les champs connus de cette version sont affich\xE9s. Demandez une mise \xE0 jour \xE0 votre administrateur.",
    "problem.newerVersion.detail": "{subject} : \xE9crit au format version {found}, alors que cette carte conna\xEEt la version {current} ; seuls les champs connus sont affich\xE9s. Demandez une mise \xE0 jour \xE0 votre administrateur.",
    "problem.unknownVersion": "{subject} : les donn\xE9es n\u2019indiquent pas leur version ; elles ont \xE9t\xE9 lues selon la version actuelle.",
    "problem.migrated": "{subject} : \xE9crit par une version plus ancienne et mis \xE0 niveau \xE0 la lecture.",
    "problem.migrated.detail": "{subject} : \xE9crit en version {found} et mis \xE0 niveau en version {current} \xE0 la lecture.",
    "problem.missing": "{subject} : manquant.",
    "problem.invalidType": "{subject} : le type de valeur est incorrect ; non affich\xE9.",
    "problem.invalidValue": "{subject} : ne fait pas partie des valeurs autoris\xE9es ; non affich\xE9.",
    "problem.invalidFormat": "{subject} : le format attendu (date, lien ou code) n\u2019est pas respect\xE9 ; non affich\xE9.",
    "problem.tooSmall": "{subject} : valeur trop petite.",
    "problem.tooSmall.detail": "{subject} : doit valoir au moins {minimum}.",
    "problem.tooSmall.empty": "{subject} : vide.",
    "problem.tooBig": "{subject} : valeur trop grande.",
    "problem.tooBig.detail": "{subject} : doit valoir au plus {maximum}.",
    "problem.tooManyItems": "{subject} : plus d\u2019entr\xE9es qu\u2019une carte n\u2019en affiche ; les suivantes ne sont pas affich\xE9es.",
    "problem.tooManyItems.detail": "{subject} : {count} entr\xE9es ; une carte en affiche au plus {maxItems}.",
    "problem.droppedItem": "{subject} : n\u2019a pas pu \xEAtre lu et a \xE9t\xE9 \xE9cart\xE9.",
    "problem.unknownField": "{subject} : contient des champs inconnus de cette version ; ils sont ignor\xE9s.",
    "problem.unknownField.detail": "{subject} : contient un champ inconnu de cette version ({field}) ; il est ignor\xE9.",
    "problem.columnMismatch": "{subject} : sa colonne de rapport contredit les donn\xE9es ; les donn\xE9es sont affich\xE9es.",
    "problem.columnMismatch.detail": "{subject} : la colonne {column} indique {columnValue}, mais les donn\xE9es indiquent {documentValue} ; les donn\xE9es sont affich\xE9es.",
    "problem.invalid": "{subject} : valeur non valide ; non affich\xE9e.",
    "explain.state": "\xC9tat : {state}",
    "explain.status": "Statut : {status}",
    "explain.conflict": "Conflit : {title}"
  };

  // shared/src/i18n/catalog.ts
  var catalog = { en, fr };
  var languages = Object.keys(catalog);
  var messageKeys = Object.keys(en);
  function labelName(key2) {
    return `HC_${key2.replace(/\./g, "_")}`;
  }
  var LABEL_NAME_MAX = 3 + 75;
  var byLabelName = new Map(messageKeys.map((k) => [labelName(k), k]));

  // shared/src/i18n/translator.ts
  var MINUTE = 60;
  var HOUR = 60 * MINUTE;
  var DAY = 24 * HOUR;

  // shared/src/i18n/fields.ts
  var titles = new Map(registry2.map((f) => [`${f.kind}:${f.path}`, f.title]));

  // shared/src/view/conflicts.ts
  var HOUR_MS = 60 * 60 * 1e3;

  // shared/src/config/resolve.ts
  var fraction = number2().check(_gte(0), _lte(1));
  var days = number2().check(_gt(0), _lte(3650));
  var points = number2().check(_gte(0), _lte(100));
  var role = string2().check(_trim(), _minLength(1), _maxLength(80));
  var deadline = union([
    strictObject({ hours: number2().check(_gt(0), _lte(24 * 366)) }),
    strictObject({ event: _enum(["next-forecast-meeting", "next-council-meeting"]) })
  ]);

  // shared/src/view/parts.ts
  var DAY_MS = 24 * 60 * 60 * 1e3;

  // shared/src/view/handoff.ts
  var KIND = "sales-to-cs";
  var mustHavePaths = fieldsOf(KIND).filter((f) => f.mustHave).map((f) => f.path);

  // preview/src/runtime/book.ts
  function sampleDataset() {
    return { salesforce: [], hubspot: { objects: [], associations: [] }, pages: [] };
  }

  // preview/src/runtime/dom.ts
  function h(tag, attrs = {}, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) {
      if (value === void 0 || value === false) continue;
      element.setAttribute(name, value === true ? "" : value);
    }
    for (const child of children) if (child !== null && child !== void 0 && child !== false) element.append(child);
    return element;
  }

  // preview/src/runtime/hubspot-service.ts
  var lastModifiedProperty = { contacts: "lastmodifieddate", deals: "hs_lastmodifieddate", companies: "hs_lastmodifieddate" };
  var HubSpotService = class {
    constructor(options) {
      this.options = options;
      for (const seed of options.seeds) {
        const properties = { [lastModifiedProperty[seed.objectType]]: String(this.tick()), hs_object_id: String(seed.id), ...seed.properties };
        this.objects.set(key(seed.objectType, seed.id), { ...seed, properties });
      }
    }
    options;
    objects = /* @__PURE__ */ new Map();
    listeners = /* @__PURE__ */ new Set();
    clock = Date.parse("2026-01-01T00:00:00Z");
    /** A strictly increasing modification time (epoch ms), so the app function's conflict check is reliable. */
    tick() {
      this.clock = Math.max(this.clock + 1e3, Date.now());
      return this.clock;
    }
    get settings() {
      return this.options.settings;
    }
    onChange(listener) {
      this.listeners.add(listener);
      return () => this.listeners.delete(listener);
    }
    changed() {
      for (const listener of [...this.listeners]) listener();
    }
    answer(card, api, detail, work) {
      const entry = this.options.log.start({ platform: "hubspot", card, api, detail });
      return new Promise((resolve, reject) => {
        setTimeout(() => {
          try {
            const result = work();
            this.options.log.answered(entry, true);
            resolve(result);
          } catch (error) {
            this.options.log.answered(entry, false);
            reject(error);
          }
        }, this.settings.latency);
      });
    }
    restricted(names) {
      return this.settings.noAccess ? names.filter((n) => this.options.packageProperties.has(n)) : [];
    }
    object(objectType, id) {
      return this.objects.get(key(objectType, id));
    }
    /** Someone else edits the record (the preview's "simulate a concurrent edit" control). */
    touch(objectType, id) {
      const object2 = this.object(objectType, id);
      if (object2) object2.properties[lastModifiedProperty[objectType]] = String(this.tick());
    }
    /** `useCrmProperties`: the named properties of the record the card is on. */
    properties(objectType, id, names, card) {
      return this.answer(card, "useCrmProperties", `${objectType}/${id}: ${names.length} properties`, () => {
        const object2 = this.object(objectType, id);
        if (!object2) throw new Error(`No ${objectType} record ${id}.`);
        const restricted = this.restricted(names);
        if (restricted.length) throw permissionError(restricted);
        return Object.fromEntries(names.map((n) => [n, object2.properties[n] ?? null]));
      });
    }
    /** `useAssociations`: the associated records of one type, with the named properties. */
    associations(from, request, card) {
      const toType = normalise(request.toObjectType);
      return this.answer(card, "useAssociations", `${from.objectType}/${from.id} \u2192 ${toType}`, () => {
        const restricted = this.restricted(request.properties ?? []);
        if (restricted.length) throw permissionError(restricted);
        const ids = /* @__PURE__ */ new Set();
        for (const a of this.options.associations) {
          if (a.from.objectType === from.objectType && a.from.id === from.id && a.to.objectType === toType) ids.add(a.to.id);
          if (a.to.objectType === from.objectType && a.to.id === from.id && a.from.objectType === toType) ids.add(a.from.id);
        }
        const results = [...ids].sort((a, b) => a - b).map((id) => {
          const object2 = this.object(toType, id);
          return {
            toObjectId: id,
            associationTypes: [{ category: "HUBSPOT_DEFINED", typeId: 0, label: "" }],
            properties: Object.fromEntries((request.properties ?? []).map((n) => [n, object2?.properties[n] ?? null]))
          };
        });
        const pageLength = request.pageLength ?? 100;
        return { results: results.slice(0, pageLength), hasMore: results.length > pageLength, nextOffset: Math.min(pageLength, results.length) };
      });
    }
    /** What an app function's PATCH does: set properties on a record (HubSpot stores text). */
    update(objectType, id, properties) {
      const object2 = this.object(objectType, id);
      if (!object2) throw Object.assign(new Error(`No ${objectType} record ${id}.`), { code: 404 });
      for (const [name, value] of Object.entries(properties)) object2.properties[name] = value === null || value === void 0 ? null : String(value);
      object2.properties[lastModifiedProperty[objectType]] = String(this.tick());
      this.options.onWrite?.({ objectType, id, properties: { ...object2.properties } });
      return { ...object2.properties };
    }
  };
  function key(objectType, id) {
    return `${objectType}:${id}`;
  }
  function normalise(objectType) {
    const v = objectType.toLowerCase();
    if (v === "0-1" || v.startsWith("contact")) return "contacts";
    if (v === "0-2" || v.startsWith("compan")) return "companies";
    return "deals";
  }
  function permissionError(properties) {
    return Object.assign(new Error(`You don't have permission to view these properties: ${properties.join(", ")}. Ask your HubSpot admin for access.`), {
      status: 403,
      category: "MISSING_PERMISSIONS"
    });
  }

  // preview/src/runtime/package-fields.ts
  var uiApiTypes = {
    number: "double",
    percent: "percent",
    datetime: "dateTime",
    date: "date",
    text: "string",
    picklist: "picklist",
    longtext: "textArea"
  };
  function build() {
    const fields = { Lead: {}, Contact: {}, Opportunity: {}, Account: {} };
    const properties = /* @__PURE__ */ new Set();
    for (const kind of kinds) {
      for (const { column: column2 } of columnsOf(kind)) {
        for (const object2 of contexts[kind].storage.salesforce) fields[object2][salesforceFieldName(column2)] = uiApiTypes[column2.type];
        properties.add(hubspotPropertyName(column2));
      }
    }
    return { fields, properties };
  }
  var built = build();
  var packageFields = built.fields;
  var packageProperties = built.properties;

  // preview/src/runtime/ids.ts
  var prefixes = { Lead: "00Q", Contact: "003", Opportunity: "006", Account: "001" };
  function salesforceId(apiName, n) {
    return `${prefixes[apiName]}5g${String(n).padStart(10, "0")}AAA`;
  }
  function hubspotId(objectType, n) {
    return { contacts: 51e3, companies: 21e3, deals: 91e3 }[objectType] + n;
  }

  // preview/src/runtime/payload.ts
  function payloadDataset(kind, text2) {
    const { storage } = contexts[kind];
    const columns = [storage.document, ...storage.snapshot ? [storage.snapshot] : []];
    const sfFields = Object.fromEntries(columns.map((c) => [salesforceFieldName(c), text2]));
    const hsProperties = Object.fromEntries(columns.map((c) => [hubspotPropertyName(c), text2]));
    const name = "Your payload";
    const account = salesforceId("Account", 9e3);
    const salesforce2 = [];
    const needsAccount = kind === "sales-to-cs" || storage.salesforce.includes("Account");
    if (needsAccount) salesforce2.push({ id: account, apiName: "Account", fields: { Name: name, ...kind === "sales-to-cs" ? {} : sfFields } });
    for (const apiName of storage.salesforce) {
      if (apiName === "Account") continue;
      const fields = { Name: name, ...sfFields };
      if (apiName === "Opportunity") Object.assign(fields, { StageName: "Closed Won", IsClosed: true, IsWon: true, CloseDate: (/* @__PURE__ */ new Date()).toISOString().slice(0, 10), AccountId: account });
      if (apiName === "Lead" || apiName === "Contact") Object.assign(fields, { FirstName: "Your", LastName: "Payload" });
      salesforce2.push({ id: salesforceId(apiName, 9e3), apiName, fields });
    }
    const objects = [];
    const company = hubspotId("companies", 9e3);
    const needsCompany = kind === "sales-to-cs" || storage.hubspot.includes("companies");
    if (needsCompany) objects.push({ objectType: "companies", id: company, properties: { name, ...kind === "sales-to-cs" ? {} : hsProperties } });
    for (const objectType of storage.hubspot) {
      if (objectType === "companies") continue;
      const properties = { ...hsProperties };
      if (objectType === "deals") Object.assign(properties, { dealname: name, dealstage: "closedwon", closedate: String(Date.now()) });
      else Object.assign(properties, { firstname: "Your", lastname: "Payload" });
      objects.push({ objectType, id: hubspotId(objectType, 9e3), properties });
    }
    const associations = objects.filter((o) => o.objectType === "deals" && needsCompany).map((deal) => ({ from: { objectType: "deals", id: deal.id }, to: { objectType: "companies", id: company } }));
    return {
      salesforce: salesforce2,
      hubspot: { objects, associations },
      pages: [
        {
          slug: "payload",
          type: kind === "lead-score" ? "person" : kind === "customer-health" ? "company" : "deal",
          name: text2.trim() ? `Your ${kind} payload` : `Your ${kind} payload (empty)`,
          salesforce: salesforce2.map((s) => ({ apiName: s.apiName, id: s.id })),
          hubspot: objects.map((o) => ({ objectType: o.objectType, id: o.id }))
        }
      ]
    };
  }

  // preview/src/runtime/requests.ts
  var RequestLog = class {
    entries = [];
    start(entry) {
      const full = { ...entry, at: now() };
      this.entries.push(full);
      return full;
    }
    answered(entry, ok) {
      entry.answeredAt = now();
      entry.ok = ok;
    }
    /** Requests per card, e.g. `{ 'c-handoff-lead-score': 1 }`. */
    byCard(platform) {
      const counts = {};
      for (const e of this.entries) if (!platform || e.platform === platform) counts[e.card] = (counts[e.card] ?? 0) + 1;
      return counts;
    }
    clear() {
      this.entries.length = 0;
    }
  };
  function now() {
    return typeof performance !== "undefined" ? performance.now() : Date.now();
  }

  // preview/src/runtime/salesforce-service.ts
  var relatedLists = {
    Account: { Opportunities: { apiName: "Opportunity", field: "AccountId" }, Contacts: { apiName: "Contact", field: "AccountId" } }
  };
  var standardFields = {
    Lead: { Id: "id", Name: "string", FirstName: "string", LastName: "string", Company: "string", Title: "string", Email: "email", Status: "picklist", OwnerId: "reference", LastModifiedDate: "datetime" },
    Contact: { Id: "id", Name: "string", FirstName: "string", LastName: "string", Title: "string", Email: "email", AccountId: "reference", OwnerId: "reference", LastModifiedDate: "datetime" },
    Opportunity: { Id: "id", Name: "string", StageName: "picklist", CloseDate: "date", Amount: "currency", IsClosed: "boolean", IsWon: "boolean", Probability: "percent", ForecastCategoryName: "picklist", AccountId: "reference", OwnerId: "reference", LastModifiedDate: "datetime" },
    Account: { Id: "id", Name: "string", Industry: "picklist", OwnerId: "reference", LastModifiedDate: "datetime" }
  };
  var labels = {
    Lead: ["Lead", "Leads"],
    Contact: ["Contact", "Contacts"],
    Opportunity: ["Opportunity", "Opportunities"],
    Account: ["Account", "Accounts"]
  };
  var SalesforceService = class {
    constructor(options) {
      this.options = options;
      for (const seed of options.seeds) {
        this.records.set(seed.id, { id: seed.id, apiName: seed.apiName, fields: { ...seed.fields, Id: seed.id }, lastModifiedDate: this.tick() });
      }
    }
    options;
    userId = "005000000000001AAA";
    records = /* @__PURE__ */ new Map();
    listeners = /* @__PURE__ */ new Set();
    clock = Date.parse("2026-01-01T00:00:00Z");
    /** A strictly increasing modification time, so If-Unmodified-Since compares reliably. */
    tick() {
      this.clock = Math.max(this.clock + 1e3, Date.now());
      return new Date(this.clock).toISOString();
    }
    get settings() {
      return this.options.settings;
    }
    /** Every field of an object the current user can see, with its data type. */
    fieldsOf(apiName) {
      const own2 = this.settings.noAccess ? {} : this.options.packageFields[apiName] ?? {};
      return { ...standardFields[apiName], ...own2 };
    }
    isPackageField(apiName, field) {
      return Object.prototype.hasOwnProperty.call(this.options.packageFields[apiName] ?? {}, field);
    }
    onChange(listener) {
      this.listeners.add(listener);
      return () => this.listeners.delete(listener);
    }
    changed() {
      for (const listener of [...this.listeners]) listener();
    }
    answer(card, api, detail, work) {
      const entry = this.options.log.start({ platform: "salesforce", card, api, detail });
      return new Promise((resolve) => {
        setTimeout(() => {
          const result = work();
          this.options.log.answered(entry, !(result && typeof result === "object" && "error" in result && result.error));
          resolve(result);
        }, this.settings.latency);
      });
    }
    // ---- reading -------------------------------------------------------------------------------
    getRecord(config2, card) {
      if (!config2 || !config2.recordId || !config2.fields && !config2.optionalFields) return Promise.resolve(void 0);
      const fields = list2(config2.fields);
      const optional3 = list2(config2.optionalFields);
      return this.answer(card, "getRecord", `${config2.recordId}: ${fields.length + optional3.length} fields`, () => {
        const record = this.records.get(config2.recordId);
        if (!record) return { data: void 0, error: notFound(config2.recordId) };
        const built2 = this.uiRecord(record, fields, optional3);
        return "error" in built2 ? { data: void 0, error: built2.error } : { data: built2.record, error: void 0 };
      });
    }
    getRelatedListRecords(config2, card) {
      if (!config2 || !config2.parentRecordId || !config2.relatedListId) return Promise.resolve(void 0);
      return this.answer(card, "getRelatedListRecords", `${config2.parentRecordId}/${config2.relatedListId}`, () => {
        const parent = this.records.get(config2.parentRecordId);
        if (!parent) return { data: void 0, error: notFound(config2.parentRecordId) };
        const relation = relatedLists[parent.apiName]?.[config2.relatedListId];
        if (!relation) return { data: void 0, error: badRequest("INVALID_TYPE", `${config2.relatedListId} is not a related list of ${parent.apiName}.`) };
        let children = [...this.records.values()].filter((r) => r.apiName === relation.apiName && r.fields[relation.field] === parent.id);
        if (config2.where) {
          let filter;
          try {
            filter = JSON.parse(toJson(config2.where));
          } catch {
            return { data: void 0, error: badRequest("INVALID_FILTER", `The where clause could not be read: ${config2.where}`) };
          }
          children = children.filter((r) => matches(r.fields, filter));
        }
        for (const key2 of [...config2.sortBy ?? []].reverse()) {
          const descending = key2.startsWith("-");
          const name = stripObject(descending ? key2.slice(1) : key2);
          children.sort((a, b) => compare(a.fields[name], b.fields[name]) * (descending ? -1 : 1));
        }
        const pageSize = Math.min(Math.max(config2.pageSize ?? 50, 1), 1999);
        const records = [];
        for (const child of children.slice(0, pageSize)) {
          const built2 = this.uiRecord(child, list2(config2.fields), list2(config2.optionalFields));
          if ("error" in built2) return { data: void 0, error: built2.error };
          records.push(built2.record);
        }
        return {
          data: {
            records,
            count: records.length,
            currentPageToken: "0",
            currentPageUrl: "",
            nextPageToken: null,
            nextPageUrl: null,
            previousPageToken: null,
            previousPageUrl: null,
            listReference: { relatedListId: config2.relatedListId, parentObjectApiName: parent.apiName, inContextOfRecordId: parent.id },
            pageSize
          },
          error: void 0
        };
      });
    }
    getObjectInfo(config2, card) {
      const name = typeof config2?.objectApiName === "object" ? config2.objectApiName.objectApiName : config2?.objectApiName;
      if (!name) return Promise.resolve(void 0);
      return this.answer(card, "getObjectInfo", name, () => {
        if (!(name in standardFields)) return { data: void 0, error: notFound(name) };
        const apiName = name;
        const fields = {};
        for (const [field, dataType] of Object.entries(this.fieldsOf(apiName))) {
          fields[field] = { apiName: field, dataType: capitalise(dataType), label: field, updateable: field !== "Id" && field !== "LastModifiedDate", createable: field !== "Id", custom: field.endsWith("__c") };
        }
        return {
          data: { apiName, label: labels[apiName][0], labelPlural: labels[apiName][1], fields, createable: true, updateable: true, queryable: true, keyPrefix: keyPrefix(apiName) },
          error: void 0
        };
      });
    }
    /** A UI API record with the requested fields, or the error the UI API gives for a field the user cannot see. */
    uiRecord(record, fields, optional3) {
      const visible = this.fieldsOf(record.apiName);
      const out = {};
      const add = (ref, required3) => {
        const [objectApiName, field] = split(ref);
        if (objectApiName !== record.apiName) return void 0;
        if (!(field in visible)) {
          if (!required3) return void 0;
          return badRequest("INVALID_FIELD", `No such column '${field}' on entity '${record.apiName}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name.`);
        }
        const value = field === "LastModifiedDate" ? record.lastModifiedDate : record.fields[field] ?? null;
        out[field] = { value, displayValue: null };
        return void 0;
      };
      for (const ref of fields) {
        const error = add(ref, true);
        if (error) return { error };
      }
      for (const ref of optional3) add(ref, false);
      return {
        record: {
          apiName: record.apiName,
          id: record.id,
          childRelationships: {},
          fields: out,
          lastModifiedById: this.userId,
          lastModifiedDate: record.lastModifiedDate,
          systemModstamp: record.lastModifiedDate,
          recordTypeId: "012000000000000AAA",
          recordTypeInfo: null,
          weakEtag: Date.parse(record.lastModifiedDate),
          eTag: record.lastModifiedDate
        }
      };
    }
    // ---- writing -------------------------------------------------------------------------------
    updateRecord(recordInput, clientOptions) {
      const id = recordInput?.fields?.Id;
      const entry = this.options.log.start({ platform: "salesforce", card: "updateRecord", api: "updateRecord", detail: String(id) });
      return new Promise((resolve, reject) => {
        setTimeout(() => {
          const fail = (error) => {
            this.options.log.answered(entry, false);
            reject(error);
          };
          const record = id ? this.records.get(id) : void 0;
          if (!record) return fail(notFound(String(id)));
          const changes = Object.entries(recordInput.fields ?? {}).filter(([name]) => name !== "Id");
          const visible = this.fieldsOf(record.apiName);
          const refused = changes.map(([name]) => name).filter((name) => !(name in visible) || name === "LastModifiedDate");
          if (refused.length) {
            const message = `Unable to create/update fields: ${refused.join(", ")}. Please check the security settings of this field and verify that it is read/write for your profile or permission set.`;
            return fail(badRequest("INVALID_FIELD_FOR_INSERT_UPDATE", message));
          }
          const since = clientOptions?.ifUnmodifiedSince;
          if (since && Date.parse(record.lastModifiedDate) > Date.parse(since)) {
            return fail({
              status: 412,
              statusText: "Precondition Failed",
              ok: false,
              headers: {},
              body: { errorCode: "PRECONDITION_FAILED", message: "The record was changed by someone else after you loaded it." }
            });
          }
          for (const [name, value] of changes) record.fields[name] = value;
          record.lastModifiedDate = this.tick();
          this.options.log.answered(entry, true);
          const built2 = this.uiRecord(record, Object.keys(visible).map((f) => `${record.apiName}.${f}`), []);
          this.options.onWrite?.({ id: record.id, apiName: record.apiName, fields: Object.fromEntries(changes) });
          resolve("record" in built2 ? built2.record : void 0);
          this.changed();
        }, this.settings.latency);
      });
    }
    createRecord(recordInput) {
      return Promise.reject(badRequest("INVALID_TYPE", `The preview does not create ${recordInput?.apiName ?? "records"}.`));
    }
    notifyChange() {
      this.changed();
      return Promise.resolve();
    }
    /** Someone else edits the record (the preview's "simulate a concurrent edit" control). */
    touch(id) {
      const record = this.records.get(id);
      if (!record) return;
      record.lastModifiedDate = this.tick();
    }
  };
  function list2(refs) {
    if (!refs) return [];
    return Array.isArray(refs) ? refs : [refs];
  }
  function split(ref) {
    if (typeof ref === "object") return [ref.objectApiName, ref.fieldApiName];
    const dot = ref.indexOf(".");
    return [ref.slice(0, dot), ref.slice(dot + 1)];
  }
  function stripObject(name) {
    const dot = name.indexOf(".");
    return dot >= 0 ? name.slice(dot + 1) : name;
  }
  function capitalise(s) {
    return s.charAt(0).toUpperCase() + s.slice(1);
  }
  function keyPrefix(apiName) {
    return { Lead: "00Q", Contact: "003", Opportunity: "006", Account: "001" }[apiName];
  }
  function notFound(id) {
    return { status: 404, statusText: "Not Found", ok: false, headers: {}, body: { errorCode: "NOT_FOUND", message: `The requested resource does not exist: ${id}` } };
  }
  function badRequest(errorCode, message) {
    return {
      status: 400,
      statusText: "Bad Request",
      ok: false,
      headers: {},
      body: { errorCode, message, output: { errors: [{ errorCode, message }], fieldErrors: {} } }
    };
  }
  function toJson(where) {
    return where.replace(/([{,]\s*)([A-Za-z_][\w]*)\s*:/g, '$1"$2":');
  }
  function matches(fields, filter) {
    if (!filter || typeof filter !== "object") return true;
    return Object.entries(filter).every(([key2, condition]) => {
      if (key2 === "and") return condition.every((c) => matches(fields, c));
      if (key2 === "or") return condition.some((c) => matches(fields, c));
      if (key2 === "not") return !matches(fields, condition);
      const value = fields[key2];
      return Object.entries(condition).every(([op, expected]) => {
        switch (op) {
          case "eq":
            return value === expected;
          case "ne":
            return value !== expected;
          case "in":
            return expected.includes(value);
          case "nin":
            return !expected.includes(value);
          case "gt":
            return compare(value, expected) > 0;
          case "gte":
            return compare(value, expected) >= 0;
          case "lt":
            return compare(value, expected) < 0;
          case "lte":
            return compare(value, expected) <= 0;
          case "like":
            return new RegExp(`^${String(expected).replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/%/g, ".*").replace(/_/g, ".")}$`, "i").test(String(value ?? ""));
          default:
            return false;
        }
      });
    });
  }
  function compare(a, b) {
    if (a === b) return 0;
    if (a === null || a === void 0) return -1;
    if (b === null || b === void 0) return 1;
    return a < b ? -1 : 1;
  }

  // preview/src/runtime/settings.ts
  var locales = ["en-US", "fr-FR"];
  function readSettings(search) {
    const params2 = new URLSearchParams(search);
    const locale = locales.includes(params2.get("locale") ?? "") ? params2.get("locale") : "en-US";
    const latency = Math.min(Math.max(Number(params2.get("latency")) || 0, 0), 1e4);
    return { locale, noAccess: params2.get("access") === "none", timeZone: "UTC", latency };
  }
  function withSettings(href, change) {
    const url3 = new URL(href);
    for (const [key2, value] of Object.entries(change)) {
      if (value === null || value === void 0) url3.searchParams.delete(key2);
      else url3.searchParams.set(key2, value);
    }
    return url3.pathname + url3.search;
  }

  // preview/src/runtime/shell.ts
  var PAYLOAD_KEY = "handoff-preview-payload";
  var typeTitles = { company: "Companies", person: "People", deal: "Deals" };
  var localeNames = { "en-US": "English (United States)", "fr-FR": "Fran\xE7ais (France)" };
  var kindTitles = {
    "lead-score": "Lead score",
    "deal-risk": "Deal risk",
    "sales-to-cs": "Sales-to-CS handoff",
    "customer-health": "Customer health"
  };
  function pageUrl(page) {
    return `record.html?id=${encodeURIComponent(page.slug)}`;
  }
  function link(href, settings2) {
    const url3 = new URL(href, location.href);
    if (settings2.locale !== "en-US") url3.searchParams.set("locale", settings2.locale);
    if (settings2.noAccess) url3.searchParams.set("access", "none");
    return url3.pathname.split("/").pop() + url3.search;
  }
  function header(settings2, current) {
    const nav = h(
      "nav",
      { "aria-label": "Preview" },
      h("a", { href: link("index.html", settings2), "aria-current": current === "index" ? "page" : void 0 }, "All sample records"),
      h("a", { href: link("payload.html", settings2), "aria-current": current === "payload" ? "page" : void 0 }, "Check a payload")
    );
    return h("header", { class: "preview-header" }, h("p", { class: "preview-brand" }, "Handoff Context \u2014 local preview"), nav);
  }
  function switches(settings2) {
    const select = h("select", { id: "preview-locale" });
    for (const locale of locales) {
      const option = h("option", { value: locale }, localeNames[locale]);
      option.selected = locale === settings2.locale;
      select.append(option);
    }
    select.addEventListener("change", () => {
      location.assign(withSettings(location.href, { locale: select.value === "en-US" ? null : select.value }));
    });
    const access = h("input", { type: "checkbox", id: "preview-no-access" });
    access.checked = settings2.noAccess;
    access.addEventListener("change", () => {
      location.assign(withSettings(location.href, { access: access.checked ? "none" : null }));
    });
    return h(
      "section",
      { class: "preview-switches", "aria-label": "Preview settings" },
      h("div", { class: "preview-switch" }, h("label", { for: "preview-locale" }, "User locale"), select),
      h(
        "div",
        { class: "preview-switch" },
        access,
        h("label", { for: "preview-no-access" }, "A user without access (no permission set, no property access)")
      )
    );
  }
  function payloadForm(settings2, initial) {
    const kind = h("select", { id: "payload-kind", name: "kind" });
    for (const k of kinds) {
      const option = h("option", { value: k }, `${kindTitles[k]} (${k})`);
      option.selected = k === initial?.kind;
      kind.append(option);
    }
    const file = h("input", { type: "file", id: "payload-file", accept: ".json,application/json,text/plain" });
    const text2 = h("textarea", { id: "payload-text", name: "text", rows: "8", spellcheck: "false" });
    text2.value = initial?.text ?? "";
    const status = h("p", { id: "payload-status", role: "status" });
    file.addEventListener("change", async () => {
      const chosen = file.files?.[0];
      if (!chosen) return;
      text2.value = await chosen.text();
      const guessed = guessKind(text2.value);
      if (guessed) kind.value = guessed;
      status.textContent = `Read ${chosen.name} (${chosen.size} bytes).`;
    });
    const form = h(
      "form",
      { class: "preview-payload", "aria-labelledby": "payload-heading" },
      h("h2", { id: "payload-heading" }, "Check a payload"),
      h("p", {}, "Paste the JSON your scoring job or pipeline writes, or pick a file: every card of that kind shows it, through the same parsing as on the platforms."),
      h("div", { class: "preview-field" }, h("label", { for: "payload-kind" }, "Payload kind"), kind),
      h("div", { class: "preview-field" }, h("label", { for: "payload-file" }, "Payload file"), file),
      h("div", { class: "preview-field" }, h("label", { for: "payload-text" }, "Payload JSON"), text2),
      h("button", { type: "submit" }, "Show in every card"),
      status
    );
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      sessionStorage.setItem(PAYLOAD_KEY, JSON.stringify({ kind: kind.value, text: text2.value }));
      location.assign(link(`payload.html?kind=${encodeURIComponent(kind.value)}`, settings2));
    });
    return form;
  }
  function guessKind(text2) {
    try {
      const value = JSON.parse(text2);
      if (value && typeof value === "object") {
        if ("winProbability" in value) return "deal-risk";
        if ("desiredOutcome" in value || "successCriteria" in value || "commitments" in value) return "sales-to-cs";
        if ("drivers" in value) return "customer-health";
        if ("factors" in value || "band" in value) return "lead-score";
      }
    } catch {
    }
    return void 0;
  }
  function indexPage(dataset2, settings2) {
    const groups = ["company", "person", "deal"].map((type) => {
      const pages = dataset2.pages.filter((p) => p.type === type);
      return h(
        "section",
        { class: "preview-group", "aria-labelledby": `group-${type}` },
        h("h2", { id: `group-${type}` }, typeTitles[type]),
        h(
          "ul",
          {},
          ...pages.map(
            (page) => h("li", {}, h("a", { href: link(pageUrl(page), settings2) }, page.name), page.summary ? h("span", { class: "preview-summary" }, ` \u2014 ${page.summary}`) : null)
          )
        )
      );
    });
    return h(
      "main",
      { id: "main" },
      h("h1", {}, "Sample records"),
      h(
        "p",
        {},
        "Every card of both platforms on the sample book. Salesforce cards are the package\u2019s real Lightning web components; HubSpot cards are the app\u2019s real React cards in an approximation of HubSpot\u2019s look."
      ),
      ...groups
    );
  }
  function platformColumn(platform) {
    const title = platform === "salesforce" ? "Salesforce" : "HubSpot";
    const note = platform === "salesforce" ? "The package\u2019s Lightning web components, styled with the Lightning Design System." : "The app\u2019s cards, rendered in an approximation of HubSpot\u2019s look.";
    return h(
      "section",
      { class: `preview-platform preview-${platform}`, "aria-labelledby": `${platform}-heading`, "data-platform": platform },
      h("h2", { id: `${platform}-heading` }, title),
      h("p", { class: "preview-note" }, note)
    );
  }

  // preview/src/runtime/main.ts
  var objectLabels = { Lead: "Lead", Contact: "Contact", Opportunity: "Opportunity", Account: "Account" };
  var hubspotLabels = { contacts: "Contact", companies: "Company", deals: "Deal" };
  var settings = readSettings(location.search);
  var pageKind = document.body.dataset.page ?? "index";
  var params = new URLSearchParams(location.search);
  function loadedPayload() {
    try {
      const stored = JSON.parse(sessionStorage.getItem(PAYLOAD_KEY) ?? "null");
      const kind = params.get("kind") ?? stored?.kind;
      if (kind && isKind(kind)) return { kind, text: typeof stored?.text === "string" && stored.kind === kind ? stored.text : "" };
    } catch {
    }
    return void 0;
  }
  var payload = pageKind === "payload" ? loadedPayload() : void 0;
  var dataset = payload ? payloadDataset(payload.kind, payload.text) : sampleDataset();
  var requests = new RequestLog();
  var writes = [];
  var saved = h("p", { id: "preview-saved", role: "status", class: "preview-saved" });
  function noteWrite(write, text2) {
    writes.push(write);
    saved.textContent = text2;
  }
  var salesforce = new SalesforceService({
    seeds: dataset.salesforce,
    packageFields,
    settings,
    log: requests,
    onWrite: (w) => noteWrite(w, `Saved to the ${w.apiName} record: ${Object.keys(w.fields).join(", ")}.`)
  });
  var hubspot = new HubSpotService({
    seeds: dataset.hubspot.objects,
    associations: dataset.hubspot.associations,
    packageProperties,
    settings,
    log: requests,
    onWrite: (w) => noteWrite(w, `Saved to the HubSpot ${w.objectType} record ${w.id}.`)
  });
  var salesforceBundle;
  var hubspotBundle;
  var mounted = { salesforce: 0, hubspot: 0 };
  var preview = {
    settings,
    page: pageKind,
    dataset,
    requests,
    writes,
    salesforce,
    hubspot,
    mounted,
    registerSalesforce(bundle) {
      salesforceBundle = bundle;
      mountSalesforce();
    },
    registerHubSpot(bundle) {
      hubspotBundle = bundle;
      mountHubSpot();
    }
  };
  globalThis.__handoffPreview = preview;
  var skip = h("a", { href: "#main", class: "preview-skip" }, "Skip to the cards");
  var toasts = h("div", { id: "preview-toasts", class: "preview-toasts", role: "status", "aria-live": "polite" });
  document.documentElement.lang = settings.locale;
  document.body.append(skip, header(settings, pageKind), switches(settings));
  var currentPage;
  if (pageKind === "record") {
    currentPage = dataset.pages.find((p) => p.slug === params.get("id"));
    document.body.append(currentPage ? recordMain(currentPage) : notFoundMain());
  } else if (pageKind === "payload") {
    currentPage = dataset.pages[0];
    const main = recordMain(currentPage, payloadForm(settings, payload));
    document.body.append(main);
  } else {
    document.body.append(indexPage(dataset, settings));
  }
  if (pageKind !== "payload") document.body.append(h("aside", { class: "preview-aside", "aria-label": "Check a payload" }, payloadForm(settings)));
  document.body.append(saved, toasts);
  document.title = `${currentPage && pageKind === "record" ? `${currentPage.name} \u2014 ` : ""}Handoff Context preview`;
  function notFoundMain() {
    return h("main", { id: "main" }, h("h1", {}, "No such sample record"), h("p", {}, h("a", { href: "index.html" }, "See every sample record.")));
  }
  function recordMain(page, before) {
    const columns = h("div", { class: "preview-columns" }, platformColumn("salesforce"), platformColumn("hubspot"));
    return h(
      "main",
      { id: "main", "data-record": page.slug },
      h("h1", {}, page.name),
      page.summary ? h("p", { class: "preview-summary" }, page.summary) : null,
      before,
      columns
    );
  }
  function column(platform) {
    return document.querySelector(`[data-platform="${platform}"]`);
  }
  function mountSalesforce() {
    const target = column("salesforce");
    if (!salesforceBundle || !target || !currentPage) return;
    for (const record of currentPage.salesforce) {
      const region = h(
        "section",
        { class: "preview-record slds-scope", "aria-label": `${objectLabels[record.apiName]} record`, "data-object": record.apiName, "data-record-id": record.id },
        h("h3", { class: "preview-object" }, `${objectLabels[record.apiName]} record page`)
      );
      target.append(region);
      const props = { recordId: record.id, objectApiName: record.apiName };
      salesforceBundle.mountHighlights(region, { ...props, objectLabel: objectLabels[record.apiName] });
      const cards = salesforceBundle.cards.filter((c) => c.objects.includes(record.apiName));
      if (!cards.length) region.append(h("p", { class: "preview-note" }, `The package has no card for the ${record.apiName} record page.`));
      for (const card of cards) {
        const slot = h("div", { class: "preview-card slds-m-top_small", "data-card": card.tag, "data-platform-card": "salesforce" });
        region.append(slot);
        salesforceBundle.mount(slot, card, props);
        mounted.salesforce++;
      }
    }
  }
  function mountHubSpot() {
    const target = column("hubspot");
    if (!hubspotBundle || !target || !currentPage) return;
    for (const record of currentPage.hubspot) {
      const region = h(
        "section",
        { class: "preview-record hs-record", "aria-label": `HubSpot ${hubspotLabels[record.objectType].toLowerCase()} record`, "data-object": record.objectType, "data-record-id": String(record.id) },
        h("h3", { class: "preview-object" }, `${hubspotLabels[record.objectType]} record`)
      );
      target.append(region);
      const cards = hubspotBundle.cards.filter((c) => c.objectTypes.includes(record.objectType));
      if (!cards.length) region.append(h("p", { class: "preview-note" }, `The app has no card for ${record.objectType}.`));
      for (const card of cards) {
        const slot = h("div", { class: "preview-card", "data-card": card.uid, "data-platform-card": "hubspot" });
        region.append(slot);
        hubspotBundle.mount(slot, card, { objectType: record.objectType, objectId: record.id });
        mounted.hubspot++;
      }
    }
  }
  document.addEventListener("lightning__showtoast", (event) => {
    const detail = event.detail ?? {};
    const toast = h("div", { class: `preview-toast preview-toast-${detail.variant ?? "info"}` }, h("strong", {}, detail.title ?? ""), " ", detail.message ?? "");
    toasts.replaceChildren(toast);
  });
})();
