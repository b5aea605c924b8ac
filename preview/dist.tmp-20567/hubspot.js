var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// node_modules/react/cjs/react.production.min.js
var require_react_production_min = __commonJS({
  "node_modules/react/cjs/react.production.min.js"(exports) {
    "use strict";
    var l = /* @__PURE__ */ Symbol.for("react.element");
    var n = /* @__PURE__ */ Symbol.for("react.portal");
    var p = /* @__PURE__ */ Symbol.for("react.fragment");
    var q = /* @__PURE__ */ Symbol.for("react.strict_mode");
    var r = /* @__PURE__ */ Symbol.for("react.profiler");
    var t = /* @__PURE__ */ Symbol.for("react.provider");
    var u = /* @__PURE__ */ Symbol.for("react.context");
    var v = /* @__PURE__ */ Symbol.for("react.forward_ref");
    var w = /* @__PURE__ */ Symbol.for("react.suspense");
    var x = /* @__PURE__ */ Symbol.for("react.memo");
    var y = /* @__PURE__ */ Symbol.for("react.lazy");
    var z = Symbol.iterator;
    function A(a) {
      if (null === a || "object" !== typeof a) return null;
      a = z && a[z] || a["@@iterator"];
      return "function" === typeof a ? a : null;
    }
    var B = { isMounted: function() {
      return false;
    }, enqueueForceUpdate: function() {
    }, enqueueReplaceState: function() {
    }, enqueueSetState: function() {
    } };
    var C = Object.assign;
    var D = {};
    function E(a, b, e) {
      this.props = a;
      this.context = b;
      this.refs = D;
      this.updater = e || B;
    }
    E.prototype.isReactComponent = {};
    E.prototype.setState = function(a, b) {
      if ("object" !== typeof a && "function" !== typeof a && null != a) throw Error("setState(...): takes an object of state variables to update or a function which returns an object of state variables.");
      this.updater.enqueueSetState(this, a, b, "setState");
    };
    E.prototype.forceUpdate = function(a) {
      this.updater.enqueueForceUpdate(this, a, "forceUpdate");
    };
    function F() {
    }
    F.prototype = E.prototype;
    function G(a, b, e) {
      this.props = a;
      this.context = b;
      this.refs = D;
      this.updater = e || B;
    }
    var H = G.prototype = new F();
    H.constructor = G;
    C(H, E.prototype);
    H.isPureReactComponent = true;
    var I = Array.isArray;
    var J = Object.prototype.hasOwnProperty;
    var K = { current: null };
    var L = { key: true, ref: true, __self: true, __source: true };
    function M(a, b, e) {
      var d, c = {}, k = null, h = null;
      if (null != b) for (d in void 0 !== b.ref && (h = b.ref), void 0 !== b.key && (k = "" + b.key), b) J.call(b, d) && !L.hasOwnProperty(d) && (c[d] = b[d]);
      var g = arguments.length - 2;
      if (1 === g) c.children = e;
      else if (1 < g) {
        for (var f = Array(g), m = 0; m < g; m++) f[m] = arguments[m + 2];
        c.children = f;
      }
      if (a && a.defaultProps) for (d in g = a.defaultProps, g) void 0 === c[d] && (c[d] = g[d]);
      return { $$typeof: l, type: a, key: k, ref: h, props: c, _owner: K.current };
    }
    function N(a, b) {
      return { $$typeof: l, type: a.type, key: b, ref: a.ref, props: a.props, _owner: a._owner };
    }
    function O(a) {
      return "object" === typeof a && null !== a && a.$$typeof === l;
    }
    function escape(a) {
      var b = { "=": "=0", ":": "=2" };
      return "$" + a.replace(/[=:]/g, function(a2) {
        return b[a2];
      });
    }
    var P = /\/+/g;
    function Q(a, b) {
      return "object" === typeof a && null !== a && null != a.key ? escape("" + a.key) : b.toString(36);
    }
    function R(a, b, e, d, c) {
      var k = typeof a;
      if ("undefined" === k || "boolean" === k) a = null;
      var h = false;
      if (null === a) h = true;
      else switch (k) {
        case "string":
        case "number":
          h = true;
          break;
        case "object":
          switch (a.$$typeof) {
            case l:
            case n:
              h = true;
          }
      }
      if (h) return h = a, c = c(h), a = "" === d ? "." + Q(h, 0) : d, I(c) ? (e = "", null != a && (e = a.replace(P, "$&/") + "/"), R(c, b, e, "", function(a2) {
        return a2;
      })) : null != c && (O(c) && (c = N(c, e + (!c.key || h && h.key === c.key ? "" : ("" + c.key).replace(P, "$&/") + "/") + a)), b.push(c)), 1;
      h = 0;
      d = "" === d ? "." : d + ":";
      if (I(a)) for (var g = 0; g < a.length; g++) {
        k = a[g];
        var f = d + Q(k, g);
        h += R(k, b, e, f, c);
      }
      else if (f = A(a), "function" === typeof f) for (a = f.call(a), g = 0; !(k = a.next()).done; ) k = k.value, f = d + Q(k, g++), h += R(k, b, e, f, c);
      else if ("object" === k) throw b = String(a), Error("Objects are not valid as a React child (found: " + ("[object Object]" === b ? "object with keys {" + Object.keys(a).join(", ") + "}" : b) + "). If you meant to render a collection of children, use an array instead.");
      return h;
    }
    function S(a, b, e) {
      if (null == a) return a;
      var d = [], c = 0;
      R(a, d, "", "", function(a2) {
        return b.call(e, a2, c++);
      });
      return d;
    }
    function T(a) {
      if (-1 === a._status) {
        var b = a._result;
        b = b();
        b.then(function(b2) {
          if (0 === a._status || -1 === a._status) a._status = 1, a._result = b2;
        }, function(b2) {
          if (0 === a._status || -1 === a._status) a._status = 2, a._result = b2;
        });
        -1 === a._status && (a._status = 0, a._result = b);
      }
      if (1 === a._status) return a._result.default;
      throw a._result;
    }
    var U = { current: null };
    var V = { transition: null };
    var W = { ReactCurrentDispatcher: U, ReactCurrentBatchConfig: V, ReactCurrentOwner: K };
    function X() {
      throw Error("act(...) is not supported in production builds of React.");
    }
    exports.Children = { map: S, forEach: function(a, b, e) {
      S(a, function() {
        b.apply(this, arguments);
      }, e);
    }, count: function(a) {
      var b = 0;
      S(a, function() {
        b++;
      });
      return b;
    }, toArray: function(a) {
      return S(a, function(a2) {
        return a2;
      }) || [];
    }, only: function(a) {
      if (!O(a)) throw Error("React.Children.only expected to receive a single React element child.");
      return a;
    } };
    exports.Component = E;
    exports.Fragment = p;
    exports.Profiler = r;
    exports.PureComponent = G;
    exports.StrictMode = q;
    exports.Suspense = w;
    exports.__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED = W;
    exports.act = X;
    exports.cloneElement = function(a, b, e) {
      if (null === a || void 0 === a) throw Error("React.cloneElement(...): The argument must be a React element, but you passed " + a + ".");
      var d = C({}, a.props), c = a.key, k = a.ref, h = a._owner;
      if (null != b) {
        void 0 !== b.ref && (k = b.ref, h = K.current);
        void 0 !== b.key && (c = "" + b.key);
        if (a.type && a.type.defaultProps) var g = a.type.defaultProps;
        for (f in b) J.call(b, f) && !L.hasOwnProperty(f) && (d[f] = void 0 === b[f] && void 0 !== g ? g[f] : b[f]);
      }
      var f = arguments.length - 2;
      if (1 === f) d.children = e;
      else if (1 < f) {
        g = Array(f);
        for (var m = 0; m < f; m++) g[m] = arguments[m + 2];
        d.children = g;
      }
      return { $$typeof: l, type: a.type, key: c, ref: k, props: d, _owner: h };
    };
    exports.createContext = function(a) {
      a = { $$typeof: u, _currentValue: a, _currentValue2: a, _threadCount: 0, Provider: null, Consumer: null, _defaultValue: null, _globalName: null };
      a.Provider = { $$typeof: t, _context: a };
      return a.Consumer = a;
    };
    exports.createElement = M;
    exports.createFactory = function(a) {
      var b = M.bind(null, a);
      b.type = a;
      return b;
    };
    exports.createRef = function() {
      return { current: null };
    };
    exports.forwardRef = function(a) {
      return { $$typeof: v, render: a };
    };
    exports.isValidElement = O;
    exports.lazy = function(a) {
      return { $$typeof: y, _payload: { _status: -1, _result: a }, _init: T };
    };
    exports.memo = function(a, b) {
      return { $$typeof: x, type: a, compare: void 0 === b ? null : b };
    };
    exports.startTransition = function(a) {
      var b = V.transition;
      V.transition = {};
      try {
        a();
      } finally {
        V.transition = b;
      }
    };
    exports.unstable_act = X;
    exports.useCallback = function(a, b) {
      return U.current.useCallback(a, b);
    };
    exports.useContext = function(a) {
      return U.current.useContext(a);
    };
    exports.useDebugValue = function() {
    };
    exports.useDeferredValue = function(a) {
      return U.current.useDeferredValue(a);
    };
    exports.useEffect = function(a, b) {
      return U.current.useEffect(a, b);
    };
    exports.useId = function() {
      return U.current.useId();
    };
    exports.useImperativeHandle = function(a, b, e) {
      return U.current.useImperativeHandle(a, b, e);
    };
    exports.useInsertionEffect = function(a, b) {
      return U.current.useInsertionEffect(a, b);
    };
    exports.useLayoutEffect = function(a, b) {
      return U.current.useLayoutEffect(a, b);
    };
    exports.useMemo = function(a, b) {
      return U.current.useMemo(a, b);
    };
    exports.useReducer = function(a, b, e) {
      return U.current.useReducer(a, b, e);
    };
    exports.useRef = function(a) {
      return U.current.useRef(a);
    };
    exports.useState = function(a) {
      return U.current.useState(a);
    };
    exports.useSyncExternalStore = function(a, b, e) {
      return U.current.useSyncExternalStore(a, b, e);
    };
    exports.useTransition = function() {
      return U.current.useTransition();
    };
    exports.version = "18.3.1";
  }
});

// node_modules/react/index.js
var require_react = __commonJS({
  "node_modules/react/index.js"(exports, module) {
    "use strict";
    if (true) {
      module.exports = require_react_production_min();
    } else {
      module.exports = null;
    }
  }
});

// node_modules/scheduler/cjs/scheduler.production.min.js
var require_scheduler_production_min = __commonJS({
  "node_modules/scheduler/cjs/scheduler.production.min.js"(exports) {
    "use strict";
    function f(a, b) {
      var c = a.length;
      a.push(b);
      a: for (; 0 < c; ) {
        var d = c - 1 >>> 1, e = a[d];
        if (0 < g(e, b)) a[d] = b, a[c] = e, c = d;
        else break a;
      }
    }
    function h(a) {
      return 0 === a.length ? null : a[0];
    }
    function k(a) {
      if (0 === a.length) return null;
      var b = a[0], c = a.pop();
      if (c !== b) {
        a[0] = c;
        a: for (var d = 0, e = a.length, w = e >>> 1; d < w; ) {
          var m = 2 * (d + 1) - 1, C = a[m], n = m + 1, x = a[n];
          if (0 > g(C, c)) n < e && 0 > g(x, C) ? (a[d] = x, a[n] = c, d = n) : (a[d] = C, a[m] = c, d = m);
          else if (n < e && 0 > g(x, c)) a[d] = x, a[n] = c, d = n;
          else break a;
        }
      }
      return b;
    }
    function g(a, b) {
      var c = a.sortIndex - b.sortIndex;
      return 0 !== c ? c : a.id - b.id;
    }
    if ("object" === typeof performance && "function" === typeof performance.now) {
      l = performance;
      exports.unstable_now = function() {
        return l.now();
      };
    } else {
      p = Date, q = p.now();
      exports.unstable_now = function() {
        return p.now() - q;
      };
    }
    var l;
    var p;
    var q;
    var r = [];
    var t = [];
    var u = 1;
    var v = null;
    var y = 3;
    var z = false;
    var A = false;
    var B = false;
    var D = "function" === typeof setTimeout ? setTimeout : null;
    var E = "function" === typeof clearTimeout ? clearTimeout : null;
    var F = "undefined" !== typeof setImmediate ? setImmediate : null;
    "undefined" !== typeof navigator && void 0 !== navigator.scheduling && void 0 !== navigator.scheduling.isInputPending && navigator.scheduling.isInputPending.bind(navigator.scheduling);
    function G(a) {
      for (var b = h(t); null !== b; ) {
        if (null === b.callback) k(t);
        else if (b.startTime <= a) k(t), b.sortIndex = b.expirationTime, f(r, b);
        else break;
        b = h(t);
      }
    }
    function H(a) {
      B = false;
      G(a);
      if (!A) if (null !== h(r)) A = true, I(J);
      else {
        var b = h(t);
        null !== b && K(H, b.startTime - a);
      }
    }
    function J(a, b) {
      A = false;
      B && (B = false, E(L), L = -1);
      z = true;
      var c = y;
      try {
        G(b);
        for (v = h(r); null !== v && (!(v.expirationTime > b) || a && !M()); ) {
          var d = v.callback;
          if ("function" === typeof d) {
            v.callback = null;
            y = v.priorityLevel;
            var e = d(v.expirationTime <= b);
            b = exports.unstable_now();
            "function" === typeof e ? v.callback = e : v === h(r) && k(r);
            G(b);
          } else k(r);
          v = h(r);
        }
        if (null !== v) var w = true;
        else {
          var m = h(t);
          null !== m && K(H, m.startTime - b);
          w = false;
        }
        return w;
      } finally {
        v = null, y = c, z = false;
      }
    }
    var N = false;
    var O = null;
    var L = -1;
    var P = 5;
    var Q = -1;
    function M() {
      return exports.unstable_now() - Q < P ? false : true;
    }
    function R() {
      if (null !== O) {
        var a = exports.unstable_now();
        Q = a;
        var b = true;
        try {
          b = O(true, a);
        } finally {
          b ? S() : (N = false, O = null);
        }
      } else N = false;
    }
    var S;
    if ("function" === typeof F) S = function() {
      F(R);
    };
    else if ("undefined" !== typeof MessageChannel) {
      T = new MessageChannel(), U = T.port2;
      T.port1.onmessage = R;
      S = function() {
        U.postMessage(null);
      };
    } else S = function() {
      D(R, 0);
    };
    var T;
    var U;
    function I(a) {
      O = a;
      N || (N = true, S());
    }
    function K(a, b) {
      L = D(function() {
        a(exports.unstable_now());
      }, b);
    }
    exports.unstable_IdlePriority = 5;
    exports.unstable_ImmediatePriority = 1;
    exports.unstable_LowPriority = 4;
    exports.unstable_NormalPriority = 3;
    exports.unstable_Profiling = null;
    exports.unstable_UserBlockingPriority = 2;
    exports.unstable_cancelCallback = function(a) {
      a.callback = null;
    };
    exports.unstable_continueExecution = function() {
      A || z || (A = true, I(J));
    };
    exports.unstable_forceFrameRate = function(a) {
      0 > a || 125 < a ? console.error("forceFrameRate takes a positive int between 0 and 125, forcing frame rates higher than 125 fps is not supported") : P = 0 < a ? Math.floor(1e3 / a) : 5;
    };
    exports.unstable_getCurrentPriorityLevel = function() {
      return y;
    };
    exports.unstable_getFirstCallbackNode = function() {
      return h(r);
    };
    exports.unstable_next = function(a) {
      switch (y) {
        case 1:
        case 2:
        case 3:
          var b = 3;
          break;
        default:
          b = y;
      }
      var c = y;
      y = b;
      try {
        return a();
      } finally {
        y = c;
      }
    };
    exports.unstable_pauseExecution = function() {
    };
    exports.unstable_requestPaint = function() {
    };
    exports.unstable_runWithPriority = function(a, b) {
      switch (a) {
        case 1:
        case 2:
        case 3:
        case 4:
        case 5:
          break;
        default:
          a = 3;
      }
      var c = y;
      y = a;
      try {
        return b();
      } finally {
        y = c;
      }
    };
    exports.unstable_scheduleCallback = function(a, b, c) {
      var d = exports.unstable_now();
      "object" === typeof c && null !== c ? (c = c.delay, c = "number" === typeof c && 0 < c ? d + c : d) : c = d;
      switch (a) {
        case 1:
          var e = -1;
          break;
        case 2:
          e = 250;
          break;
        case 5:
          e = 1073741823;
          break;
        case 4:
          e = 1e4;
          break;
        default:
          e = 5e3;
      }
      e = c + e;
      a = { id: u++, callback: b, priorityLevel: a, startTime: c, expirationTime: e, sortIndex: -1 };
      c > d ? (a.sortIndex = c, f(t, a), null === h(r) && a === h(t) && (B ? (E(L), L = -1) : B = true, K(H, c - d))) : (a.sortIndex = e, f(r, a), A || z || (A = true, I(J)));
      return a;
    };
    exports.unstable_shouldYield = M;
    exports.unstable_wrapCallback = function(a) {
      var b = y;
      return function() {
        var c = y;
        y = b;
        try {
          return a.apply(this, arguments);
        } finally {
          y = c;
        }
      };
    };
  }
});

// node_modules/scheduler/index.js
var require_scheduler = __commonJS({
  "node_modules/scheduler/index.js"(exports, module) {
    "use strict";
    if (true) {
      module.exports = require_scheduler_production_min();
    } else {
      module.exports = null;
    }
  }
});

// node_modules/react-dom/cjs/react-dom.production.min.js
var require_react_dom_production_min = __commonJS({
  "node_modules/react-dom/cjs/react-dom.production.min.js"(exports) {
    "use strict";
    var aa = require_react();
    var ca = require_scheduler();
    function p(a) {
      for (var b = "https://reactjs.org/docs/error-decoder.html?invariant=" + a, c = 1; c < arguments.length; c++) b += "&args[]=" + encodeURIComponent(arguments[c]);
      return "Minified React error #" + a + "; visit " + b + " for the full message or use the non-minified dev environment for full errors and additional helpful warnings.";
    }
    var da = /* @__PURE__ */ new Set();
    var ea = {};
    function fa(a, b) {
      ha(a, b);
      ha(a + "Capture", b);
    }
    function ha(a, b) {
      ea[a] = b;
      for (a = 0; a < b.length; a++) da.add(b[a]);
    }
    var ia = !("undefined" === typeof window || "undefined" === typeof window.document || "undefined" === typeof window.document.createElement);
    var ja = Object.prototype.hasOwnProperty;
    var ka = /^[:A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD][:A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\-.0-9\u00B7\u0300-\u036F\u203F-\u2040]*$/;
    var la = {};
    var ma = {};
    function oa(a) {
      if (ja.call(ma, a)) return true;
      if (ja.call(la, a)) return false;
      if (ka.test(a)) return ma[a] = true;
      la[a] = true;
      return false;
    }
    function pa(a, b, c, d) {
      if (null !== c && 0 === c.type) return false;
      switch (typeof b) {
        case "function":
        case "symbol":
          return true;
        case "boolean":
          if (d) return false;
          if (null !== c) return !c.acceptsBooleans;
          a = a.toLowerCase().slice(0, 5);
          return "data-" !== a && "aria-" !== a;
        default:
          return false;
      }
    }
    function qa(a, b, c, d) {
      if (null === b || "undefined" === typeof b || pa(a, b, c, d)) return true;
      if (d) return false;
      if (null !== c) switch (c.type) {
        case 3:
          return !b;
        case 4:
          return false === b;
        case 5:
          return isNaN(b);
        case 6:
          return isNaN(b) || 1 > b;
      }
      return false;
    }
    function v(a, b, c, d, e, f, g) {
      this.acceptsBooleans = 2 === b || 3 === b || 4 === b;
      this.attributeName = d;
      this.attributeNamespace = e;
      this.mustUseProperty = c;
      this.propertyName = a;
      this.type = b;
      this.sanitizeURL = f;
      this.removeEmptyString = g;
    }
    var z = {};
    "children dangerouslySetInnerHTML defaultValue defaultChecked innerHTML suppressContentEditableWarning suppressHydrationWarning style".split(" ").forEach(function(a) {
      z[a] = new v(a, 0, false, a, null, false, false);
    });
    [["acceptCharset", "accept-charset"], ["className", "class"], ["htmlFor", "for"], ["httpEquiv", "http-equiv"]].forEach(function(a) {
      var b = a[0];
      z[b] = new v(b, 1, false, a[1], null, false, false);
    });
    ["contentEditable", "draggable", "spellCheck", "value"].forEach(function(a) {
      z[a] = new v(a, 2, false, a.toLowerCase(), null, false, false);
    });
    ["autoReverse", "externalResourcesRequired", "focusable", "preserveAlpha"].forEach(function(a) {
      z[a] = new v(a, 2, false, a, null, false, false);
    });
    "allowFullScreen async autoFocus autoPlay controls default defer disabled disablePictureInPicture disableRemotePlayback formNoValidate hidden loop noModule noValidate open playsInline readOnly required reversed scoped seamless itemScope".split(" ").forEach(function(a) {
      z[a] = new v(a, 3, false, a.toLowerCase(), null, false, false);
    });
    ["checked", "multiple", "muted", "selected"].forEach(function(a) {
      z[a] = new v(a, 3, true, a, null, false, false);
    });
    ["capture", "download"].forEach(function(a) {
      z[a] = new v(a, 4, false, a, null, false, false);
    });
    ["cols", "rows", "size", "span"].forEach(function(a) {
      z[a] = new v(a, 6, false, a, null, false, false);
    });
    ["rowSpan", "start"].forEach(function(a) {
      z[a] = new v(a, 5, false, a.toLowerCase(), null, false, false);
    });
    var ra = /[\-:]([a-z])/g;
    function sa(a) {
      return a[1].toUpperCase();
    }
    "accent-height alignment-baseline arabic-form baseline-shift cap-height clip-path clip-rule color-interpolation color-interpolation-filters color-profile color-rendering dominant-baseline enable-background fill-opacity fill-rule flood-color flood-opacity font-family font-size font-size-adjust font-stretch font-style font-variant font-weight glyph-name glyph-orientation-horizontal glyph-orientation-vertical horiz-adv-x horiz-origin-x image-rendering letter-spacing lighting-color marker-end marker-mid marker-start overline-position overline-thickness paint-order panose-1 pointer-events rendering-intent shape-rendering stop-color stop-opacity strikethrough-position strikethrough-thickness stroke-dasharray stroke-dashoffset stroke-linecap stroke-linejoin stroke-miterlimit stroke-opacity stroke-width text-anchor text-decoration text-rendering underline-position underline-thickness unicode-bidi unicode-range units-per-em v-alphabetic v-hanging v-ideographic v-mathematical vector-effect vert-adv-y vert-origin-x vert-origin-y word-spacing writing-mode xmlns:xlink x-height".split(" ").forEach(function(a) {
      var b = a.replace(
        ra,
        sa
      );
      z[b] = new v(b, 1, false, a, null, false, false);
    });
    "xlink:actuate xlink:arcrole xlink:role xlink:show xlink:title xlink:type".split(" ").forEach(function(a) {
      var b = a.replace(ra, sa);
      z[b] = new v(b, 1, false, a, "http://www.w3.org/1999/xlink", false, false);
    });
    ["xml:base", "xml:lang", "xml:space"].forEach(function(a) {
      var b = a.replace(ra, sa);
      z[b] = new v(b, 1, false, a, "http://www.w3.org/XML/1998/namespace", false, false);
    });
    ["tabIndex", "crossOrigin"].forEach(function(a) {
      z[a] = new v(a, 1, false, a.toLowerCase(), null, false, false);
    });
    z.xlinkHref = new v("xlinkHref", 1, false, "xlink:href", "http://www.w3.org/1999/xlink", true, false);
    ["src", "href", "action", "formAction"].forEach(function(a) {
      z[a] = new v(a, 1, false, a.toLowerCase(), null, true, true);
    });
    function ta(a, b, c, d) {
      var e = z.hasOwnProperty(b) ? z[b] : null;
      if (null !== e ? 0 !== e.type : d || !(2 < b.length) || "o" !== b[0] && "O" !== b[0] || "n" !== b[1] && "N" !== b[1]) qa(b, c, e, d) && (c = null), d || null === e ? oa(b) && (null === c ? a.removeAttribute(b) : a.setAttribute(b, "" + c)) : e.mustUseProperty ? a[e.propertyName] = null === c ? 3 === e.type ? false : "" : c : (b = e.attributeName, d = e.attributeNamespace, null === c ? a.removeAttribute(b) : (e = e.type, c = 3 === e || 4 === e && true === c ? "" : "" + c, d ? a.setAttributeNS(d, b, c) : a.setAttribute(b, c)));
    }
    var ua = aa.__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED;
    var va = /* @__PURE__ */ Symbol.for("react.element");
    var wa = /* @__PURE__ */ Symbol.for("react.portal");
    var ya = /* @__PURE__ */ Symbol.for("react.fragment");
    var za = /* @__PURE__ */ Symbol.for("react.strict_mode");
    var Aa = /* @__PURE__ */ Symbol.for("react.profiler");
    var Ba = /* @__PURE__ */ Symbol.for("react.provider");
    var Ca = /* @__PURE__ */ Symbol.for("react.context");
    var Da = /* @__PURE__ */ Symbol.for("react.forward_ref");
    var Ea = /* @__PURE__ */ Symbol.for("react.suspense");
    var Fa = /* @__PURE__ */ Symbol.for("react.suspense_list");
    var Ga = /* @__PURE__ */ Symbol.for("react.memo");
    var Ha = /* @__PURE__ */ Symbol.for("react.lazy");
    var Ia = /* @__PURE__ */ Symbol.for("react.offscreen");
    var Ja = Symbol.iterator;
    function Ka(a) {
      if (null === a || "object" !== typeof a) return null;
      a = Ja && a[Ja] || a["@@iterator"];
      return "function" === typeof a ? a : null;
    }
    var A = Object.assign;
    var La;
    function Ma(a) {
      if (void 0 === La) try {
        throw Error();
      } catch (c) {
        var b = c.stack.trim().match(/\n( *(at )?)/);
        La = b && b[1] || "";
      }
      return "\n" + La + a;
    }
    var Na = false;
    function Oa(a, b) {
      if (!a || Na) return "";
      Na = true;
      var c = Error.prepareStackTrace;
      Error.prepareStackTrace = void 0;
      try {
        if (b) if (b = function() {
          throw Error();
        }, Object.defineProperty(b.prototype, "props", { set: function() {
          throw Error();
        } }), "object" === typeof Reflect && Reflect.construct) {
          try {
            Reflect.construct(b, []);
          } catch (l) {
            var d = l;
          }
          Reflect.construct(a, [], b);
        } else {
          try {
            b.call();
          } catch (l) {
            d = l;
          }
          a.call(b.prototype);
        }
        else {
          try {
            throw Error();
          } catch (l) {
            d = l;
          }
          a();
        }
      } catch (l) {
        if (l && d && "string" === typeof l.stack) {
          for (var e = l.stack.split("\n"), f = d.stack.split("\n"), g = e.length - 1, h = f.length - 1; 1 <= g && 0 <= h && e[g] !== f[h]; ) h--;
          for (; 1 <= g && 0 <= h; g--, h--) if (e[g] !== f[h]) {
            if (1 !== g || 1 !== h) {
              do
                if (g--, h--, 0 > h || e[g] !== f[h]) {
                  var k = "\n" + e[g].replace(" at new ", " at ");
                  a.displayName && k.includes("<anonymous>") && (k = k.replace("<anonymous>", a.displayName));
                  return k;
                }
              while (1 <= g && 0 <= h);
            }
            break;
          }
        }
      } finally {
        Na = false, Error.prepareStackTrace = c;
      }
      return (a = a ? a.displayName || a.name : "") ? Ma(a) : "";
    }
    function Pa(a) {
      switch (a.tag) {
        case 5:
          return Ma(a.type);
        case 16:
          return Ma("Lazy");
        case 13:
          return Ma("Suspense");
        case 19:
          return Ma("SuspenseList");
        case 0:
        case 2:
        case 15:
          return a = Oa(a.type, false), a;
        case 11:
          return a = Oa(a.type.render, false), a;
        case 1:
          return a = Oa(a.type, true), a;
        default:
          return "";
      }
    }
    function Qa(a) {
      if (null == a) return null;
      if ("function" === typeof a) return a.displayName || a.name || null;
      if ("string" === typeof a) return a;
      switch (a) {
        case ya:
          return "Fragment";
        case wa:
          return "Portal";
        case Aa:
          return "Profiler";
        case za:
          return "StrictMode";
        case Ea:
          return "Suspense";
        case Fa:
          return "SuspenseList";
      }
      if ("object" === typeof a) switch (a.$$typeof) {
        case Ca:
          return (a.displayName || "Context") + ".Consumer";
        case Ba:
          return (a._context.displayName || "Context") + ".Provider";
        case Da:
          var b = a.render;
          a = a.displayName;
          a || (a = b.displayName || b.name || "", a = "" !== a ? "ForwardRef(" + a + ")" : "ForwardRef");
          return a;
        case Ga:
          return b = a.displayName || null, null !== b ? b : Qa(a.type) || "Memo";
        case Ha:
          b = a._payload;
          a = a._init;
          try {
            return Qa(a(b));
          } catch (c) {
          }
      }
      return null;
    }
    function Ra(a) {
      var b = a.type;
      switch (a.tag) {
        case 24:
          return "Cache";
        case 9:
          return (b.displayName || "Context") + ".Consumer";
        case 10:
          return (b._context.displayName || "Context") + ".Provider";
        case 18:
          return "DehydratedFragment";
        case 11:
          return a = b.render, a = a.displayName || a.name || "", b.displayName || ("" !== a ? "ForwardRef(" + a + ")" : "ForwardRef");
        case 7:
          return "Fragment";
        case 5:
          return b;
        case 4:
          return "Portal";
        case 3:
          return "Root";
        case 6:
          return "Text";
        case 16:
          return Qa(b);
        case 8:
          return b === za ? "StrictMode" : "Mode";
        case 22:
          return "Offscreen";
        case 12:
          return "Profiler";
        case 21:
          return "Scope";
        case 13:
          return "Suspense";
        case 19:
          return "SuspenseList";
        case 25:
          return "TracingMarker";
        case 1:
        case 0:
        case 17:
        case 2:
        case 14:
        case 15:
          if ("function" === typeof b) return b.displayName || b.name || null;
          if ("string" === typeof b) return b;
      }
      return null;
    }
    function Sa(a) {
      switch (typeof a) {
        case "boolean":
        case "number":
        case "string":
        case "undefined":
          return a;
        case "object":
          return a;
        default:
          return "";
      }
    }
    function Ta(a) {
      var b = a.type;
      return (a = a.nodeName) && "input" === a.toLowerCase() && ("checkbox" === b || "radio" === b);
    }
    function Ua(a) {
      var b = Ta(a) ? "checked" : "value", c = Object.getOwnPropertyDescriptor(a.constructor.prototype, b), d = "" + a[b];
      if (!a.hasOwnProperty(b) && "undefined" !== typeof c && "function" === typeof c.get && "function" === typeof c.set) {
        var e = c.get, f = c.set;
        Object.defineProperty(a, b, { configurable: true, get: function() {
          return e.call(this);
        }, set: function(a2) {
          d = "" + a2;
          f.call(this, a2);
        } });
        Object.defineProperty(a, b, { enumerable: c.enumerable });
        return { getValue: function() {
          return d;
        }, setValue: function(a2) {
          d = "" + a2;
        }, stopTracking: function() {
          a._valueTracker = null;
          delete a[b];
        } };
      }
    }
    function Va(a) {
      a._valueTracker || (a._valueTracker = Ua(a));
    }
    function Wa(a) {
      if (!a) return false;
      var b = a._valueTracker;
      if (!b) return true;
      var c = b.getValue();
      var d = "";
      a && (d = Ta(a) ? a.checked ? "true" : "false" : a.value);
      a = d;
      return a !== c ? (b.setValue(a), true) : false;
    }
    function Xa(a) {
      a = a || ("undefined" !== typeof document ? document : void 0);
      if ("undefined" === typeof a) return null;
      try {
        return a.activeElement || a.body;
      } catch (b) {
        return a.body;
      }
    }
    function Ya(a, b) {
      var c = b.checked;
      return A({}, b, { defaultChecked: void 0, defaultValue: void 0, value: void 0, checked: null != c ? c : a._wrapperState.initialChecked });
    }
    function Za(a, b) {
      var c = null == b.defaultValue ? "" : b.defaultValue, d = null != b.checked ? b.checked : b.defaultChecked;
      c = Sa(null != b.value ? b.value : c);
      a._wrapperState = { initialChecked: d, initialValue: c, controlled: "checkbox" === b.type || "radio" === b.type ? null != b.checked : null != b.value };
    }
    function ab(a, b) {
      b = b.checked;
      null != b && ta(a, "checked", b, false);
    }
    function bb(a, b) {
      ab(a, b);
      var c = Sa(b.value), d = b.type;
      if (null != c) if ("number" === d) {
        if (0 === c && "" === a.value || a.value != c) a.value = "" + c;
      } else a.value !== "" + c && (a.value = "" + c);
      else if ("submit" === d || "reset" === d) {
        a.removeAttribute("value");
        return;
      }
      b.hasOwnProperty("value") ? cb(a, b.type, c) : b.hasOwnProperty("defaultValue") && cb(a, b.type, Sa(b.defaultValue));
      null == b.checked && null != b.defaultChecked && (a.defaultChecked = !!b.defaultChecked);
    }
    function db(a, b, c) {
      if (b.hasOwnProperty("value") || b.hasOwnProperty("defaultValue")) {
        var d = b.type;
        if (!("submit" !== d && "reset" !== d || void 0 !== b.value && null !== b.value)) return;
        b = "" + a._wrapperState.initialValue;
        c || b === a.value || (a.value = b);
        a.defaultValue = b;
      }
      c = a.name;
      "" !== c && (a.name = "");
      a.defaultChecked = !!a._wrapperState.initialChecked;
      "" !== c && (a.name = c);
    }
    function cb(a, b, c) {
      if ("number" !== b || Xa(a.ownerDocument) !== a) null == c ? a.defaultValue = "" + a._wrapperState.initialValue : a.defaultValue !== "" + c && (a.defaultValue = "" + c);
    }
    var eb = Array.isArray;
    function fb(a, b, c, d) {
      a = a.options;
      if (b) {
        b = {};
        for (var e = 0; e < c.length; e++) b["$" + c[e]] = true;
        for (c = 0; c < a.length; c++) e = b.hasOwnProperty("$" + a[c].value), a[c].selected !== e && (a[c].selected = e), e && d && (a[c].defaultSelected = true);
      } else {
        c = "" + Sa(c);
        b = null;
        for (e = 0; e < a.length; e++) {
          if (a[e].value === c) {
            a[e].selected = true;
            d && (a[e].defaultSelected = true);
            return;
          }
          null !== b || a[e].disabled || (b = a[e]);
        }
        null !== b && (b.selected = true);
      }
    }
    function gb(a, b) {
      if (null != b.dangerouslySetInnerHTML) throw Error(p(91));
      return A({}, b, { value: void 0, defaultValue: void 0, children: "" + a._wrapperState.initialValue });
    }
    function hb(a, b) {
      var c = b.value;
      if (null == c) {
        c = b.children;
        b = b.defaultValue;
        if (null != c) {
          if (null != b) throw Error(p(92));
          if (eb(c)) {
            if (1 < c.length) throw Error(p(93));
            c = c[0];
          }
          b = c;
        }
        null == b && (b = "");
        c = b;
      }
      a._wrapperState = { initialValue: Sa(c) };
    }
    function ib(a, b) {
      var c = Sa(b.value), d = Sa(b.defaultValue);
      null != c && (c = "" + c, c !== a.value && (a.value = c), null == b.defaultValue && a.defaultValue !== c && (a.defaultValue = c));
      null != d && (a.defaultValue = "" + d);
    }
    function jb(a) {
      var b = a.textContent;
      b === a._wrapperState.initialValue && "" !== b && null !== b && (a.value = b);
    }
    function kb(a) {
      switch (a) {
        case "svg":
          return "http://www.w3.org/2000/svg";
        case "math":
          return "http://www.w3.org/1998/Math/MathML";
        default:
          return "http://www.w3.org/1999/xhtml";
      }
    }
    function lb(a, b) {
      return null == a || "http://www.w3.org/1999/xhtml" === a ? kb(b) : "http://www.w3.org/2000/svg" === a && "foreignObject" === b ? "http://www.w3.org/1999/xhtml" : a;
    }
    var mb;
    var nb = (function(a) {
      return "undefined" !== typeof MSApp && MSApp.execUnsafeLocalFunction ? function(b, c, d, e) {
        MSApp.execUnsafeLocalFunction(function() {
          return a(b, c, d, e);
        });
      } : a;
    })(function(a, b) {
      if ("http://www.w3.org/2000/svg" !== a.namespaceURI || "innerHTML" in a) a.innerHTML = b;
      else {
        mb = mb || document.createElement("div");
        mb.innerHTML = "<svg>" + b.valueOf().toString() + "</svg>";
        for (b = mb.firstChild; a.firstChild; ) a.removeChild(a.firstChild);
        for (; b.firstChild; ) a.appendChild(b.firstChild);
      }
    });
    function ob(a, b) {
      if (b) {
        var c = a.firstChild;
        if (c && c === a.lastChild && 3 === c.nodeType) {
          c.nodeValue = b;
          return;
        }
      }
      a.textContent = b;
    }
    var pb = {
      animationIterationCount: true,
      aspectRatio: true,
      borderImageOutset: true,
      borderImageSlice: true,
      borderImageWidth: true,
      boxFlex: true,
      boxFlexGroup: true,
      boxOrdinalGroup: true,
      columnCount: true,
      columns: true,
      flex: true,
      flexGrow: true,
      flexPositive: true,
      flexShrink: true,
      flexNegative: true,
      flexOrder: true,
      gridArea: true,
      gridRow: true,
      gridRowEnd: true,
      gridRowSpan: true,
      gridRowStart: true,
      gridColumn: true,
      gridColumnEnd: true,
      gridColumnSpan: true,
      gridColumnStart: true,
      fontWeight: true,
      lineClamp: true,
      lineHeight: true,
      opacity: true,
      order: true,
      orphans: true,
      tabSize: true,
      widows: true,
      zIndex: true,
      zoom: true,
      fillOpacity: true,
      floodOpacity: true,
      stopOpacity: true,
      strokeDasharray: true,
      strokeDashoffset: true,
      strokeMiterlimit: true,
      strokeOpacity: true,
      strokeWidth: true
    };
    var qb = ["Webkit", "ms", "Moz", "O"];
    Object.keys(pb).forEach(function(a) {
      qb.forEach(function(b) {
        b = b + a.charAt(0).toUpperCase() + a.substring(1);
        pb[b] = pb[a];
      });
    });
    function rb(a, b, c) {
      return null == b || "boolean" === typeof b || "" === b ? "" : c || "number" !== typeof b || 0 === b || pb.hasOwnProperty(a) && pb[a] ? ("" + b).trim() : b + "px";
    }
    function sb(a, b) {
      a = a.style;
      for (var c in b) if (b.hasOwnProperty(c)) {
        var d = 0 === c.indexOf("--"), e = rb(c, b[c], d);
        "float" === c && (c = "cssFloat");
        d ? a.setProperty(c, e) : a[c] = e;
      }
    }
    var tb = A({ menuitem: true }, { area: true, base: true, br: true, col: true, embed: true, hr: true, img: true, input: true, keygen: true, link: true, meta: true, param: true, source: true, track: true, wbr: true });
    function ub(a, b) {
      if (b) {
        if (tb[a] && (null != b.children || null != b.dangerouslySetInnerHTML)) throw Error(p(137, a));
        if (null != b.dangerouslySetInnerHTML) {
          if (null != b.children) throw Error(p(60));
          if ("object" !== typeof b.dangerouslySetInnerHTML || !("__html" in b.dangerouslySetInnerHTML)) throw Error(p(61));
        }
        if (null != b.style && "object" !== typeof b.style) throw Error(p(62));
      }
    }
    function vb(a, b) {
      if (-1 === a.indexOf("-")) return "string" === typeof b.is;
      switch (a) {
        case "annotation-xml":
        case "color-profile":
        case "font-face":
        case "font-face-src":
        case "font-face-uri":
        case "font-face-format":
        case "font-face-name":
        case "missing-glyph":
          return false;
        default:
          return true;
      }
    }
    var wb = null;
    function xb(a) {
      a = a.target || a.srcElement || window;
      a.correspondingUseElement && (a = a.correspondingUseElement);
      return 3 === a.nodeType ? a.parentNode : a;
    }
    var yb = null;
    var zb = null;
    var Ab = null;
    function Bb(a) {
      if (a = Cb(a)) {
        if ("function" !== typeof yb) throw Error(p(280));
        var b = a.stateNode;
        b && (b = Db(b), yb(a.stateNode, a.type, b));
      }
    }
    function Eb(a) {
      zb ? Ab ? Ab.push(a) : Ab = [a] : zb = a;
    }
    function Fb() {
      if (zb) {
        var a = zb, b = Ab;
        Ab = zb = null;
        Bb(a);
        if (b) for (a = 0; a < b.length; a++) Bb(b[a]);
      }
    }
    function Gb(a, b) {
      return a(b);
    }
    function Hb() {
    }
    var Ib = false;
    function Jb(a, b, c) {
      if (Ib) return a(b, c);
      Ib = true;
      try {
        return Gb(a, b, c);
      } finally {
        if (Ib = false, null !== zb || null !== Ab) Hb(), Fb();
      }
    }
    function Kb(a, b) {
      var c = a.stateNode;
      if (null === c) return null;
      var d = Db(c);
      if (null === d) return null;
      c = d[b];
      a: switch (b) {
        case "onClick":
        case "onClickCapture":
        case "onDoubleClick":
        case "onDoubleClickCapture":
        case "onMouseDown":
        case "onMouseDownCapture":
        case "onMouseMove":
        case "onMouseMoveCapture":
        case "onMouseUp":
        case "onMouseUpCapture":
        case "onMouseEnter":
          (d = !d.disabled) || (a = a.type, d = !("button" === a || "input" === a || "select" === a || "textarea" === a));
          a = !d;
          break a;
        default:
          a = false;
      }
      if (a) return null;
      if (c && "function" !== typeof c) throw Error(p(231, b, typeof c));
      return c;
    }
    var Lb = false;
    if (ia) try {
      Mb = {};
      Object.defineProperty(Mb, "passive", { get: function() {
        Lb = true;
      } });
      window.addEventListener("test", Mb, Mb);
      window.removeEventListener("test", Mb, Mb);
    } catch (a) {
      Lb = false;
    }
    var Mb;
    function Nb(a, b, c, d, e, f, g, h, k) {
      var l = Array.prototype.slice.call(arguments, 3);
      try {
        b.apply(c, l);
      } catch (m) {
        this.onError(m);
      }
    }
    var Ob = false;
    var Pb = null;
    var Qb = false;
    var Rb = null;
    var Sb = { onError: function(a) {
      Ob = true;
      Pb = a;
    } };
    function Tb(a, b, c, d, e, f, g, h, k) {
      Ob = false;
      Pb = null;
      Nb.apply(Sb, arguments);
    }
    function Ub(a, b, c, d, e, f, g, h, k) {
      Tb.apply(this, arguments);
      if (Ob) {
        if (Ob) {
          var l = Pb;
          Ob = false;
          Pb = null;
        } else throw Error(p(198));
        Qb || (Qb = true, Rb = l);
      }
    }
    function Vb(a) {
      var b = a, c = a;
      if (a.alternate) for (; b.return; ) b = b.return;
      else {
        a = b;
        do
          b = a, 0 !== (b.flags & 4098) && (c = b.return), a = b.return;
        while (a);
      }
      return 3 === b.tag ? c : null;
    }
    function Wb(a) {
      if (13 === a.tag) {
        var b = a.memoizedState;
        null === b && (a = a.alternate, null !== a && (b = a.memoizedState));
        if (null !== b) return b.dehydrated;
      }
      return null;
    }
    function Xb(a) {
      if (Vb(a) !== a) throw Error(p(188));
    }
    function Yb(a) {
      var b = a.alternate;
      if (!b) {
        b = Vb(a);
        if (null === b) throw Error(p(188));
        return b !== a ? null : a;
      }
      for (var c = a, d = b; ; ) {
        var e = c.return;
        if (null === e) break;
        var f = e.alternate;
        if (null === f) {
          d = e.return;
          if (null !== d) {
            c = d;
            continue;
          }
          break;
        }
        if (e.child === f.child) {
          for (f = e.child; f; ) {
            if (f === c) return Xb(e), a;
            if (f === d) return Xb(e), b;
            f = f.sibling;
          }
          throw Error(p(188));
        }
        if (c.return !== d.return) c = e, d = f;
        else {
          for (var g = false, h = e.child; h; ) {
            if (h === c) {
              g = true;
              c = e;
              d = f;
              break;
            }
            if (h === d) {
              g = true;
              d = e;
              c = f;
              break;
            }
            h = h.sibling;
          }
          if (!g) {
            for (h = f.child; h; ) {
              if (h === c) {
                g = true;
                c = f;
                d = e;
                break;
              }
              if (h === d) {
                g = true;
                d = f;
                c = e;
                break;
              }
              h = h.sibling;
            }
            if (!g) throw Error(p(189));
          }
        }
        if (c.alternate !== d) throw Error(p(190));
      }
      if (3 !== c.tag) throw Error(p(188));
      return c.stateNode.current === c ? a : b;
    }
    function Zb(a) {
      a = Yb(a);
      return null !== a ? $b(a) : null;
    }
    function $b(a) {
      if (5 === a.tag || 6 === a.tag) return a;
      for (a = a.child; null !== a; ) {
        var b = $b(a);
        if (null !== b) return b;
        a = a.sibling;
      }
      return null;
    }
    var ac = ca.unstable_scheduleCallback;
    var bc = ca.unstable_cancelCallback;
    var cc = ca.unstable_shouldYield;
    var dc = ca.unstable_requestPaint;
    var B = ca.unstable_now;
    var ec = ca.unstable_getCurrentPriorityLevel;
    var fc = ca.unstable_ImmediatePriority;
    var gc = ca.unstable_UserBlockingPriority;
    var hc = ca.unstable_NormalPriority;
    var ic = ca.unstable_LowPriority;
    var jc = ca.unstable_IdlePriority;
    var kc = null;
    var lc = null;
    function mc(a) {
      if (lc && "function" === typeof lc.onCommitFiberRoot) try {
        lc.onCommitFiberRoot(kc, a, void 0, 128 === (a.current.flags & 128));
      } catch (b) {
      }
    }
    var oc = Math.clz32 ? Math.clz32 : nc;
    var pc = Math.log;
    var qc = Math.LN2;
    function nc(a) {
      a >>>= 0;
      return 0 === a ? 32 : 31 - (pc(a) / qc | 0) | 0;
    }
    var rc = 64;
    var sc = 4194304;
    function tc(a) {
      switch (a & -a) {
        case 1:
          return 1;
        case 2:
          return 2;
        case 4:
          return 4;
        case 8:
          return 8;
        case 16:
          return 16;
        case 32:
          return 32;
        case 64:
        case 128:
        case 256:
        case 512:
        case 1024:
        case 2048:
        case 4096:
        case 8192:
        case 16384:
        case 32768:
        case 65536:
        case 131072:
        case 262144:
        case 524288:
        case 1048576:
        case 2097152:
          return a & 4194240;
        case 4194304:
        case 8388608:
        case 16777216:
        case 33554432:
        case 67108864:
          return a & 130023424;
        case 134217728:
          return 134217728;
        case 268435456:
          return 268435456;
        case 536870912:
          return 536870912;
        case 1073741824:
          return 1073741824;
        default:
          return a;
      }
    }
    function uc(a, b) {
      var c = a.pendingLanes;
      if (0 === c) return 0;
      var d = 0, e = a.suspendedLanes, f = a.pingedLanes, g = c & 268435455;
      if (0 !== g) {
        var h = g & ~e;
        0 !== h ? d = tc(h) : (f &= g, 0 !== f && (d = tc(f)));
      } else g = c & ~e, 0 !== g ? d = tc(g) : 0 !== f && (d = tc(f));
      if (0 === d) return 0;
      if (0 !== b && b !== d && 0 === (b & e) && (e = d & -d, f = b & -b, e >= f || 16 === e && 0 !== (f & 4194240))) return b;
      0 !== (d & 4) && (d |= c & 16);
      b = a.entangledLanes;
      if (0 !== b) for (a = a.entanglements, b &= d; 0 < b; ) c = 31 - oc(b), e = 1 << c, d |= a[c], b &= ~e;
      return d;
    }
    function vc(a, b) {
      switch (a) {
        case 1:
        case 2:
        case 4:
          return b + 250;
        case 8:
        case 16:
        case 32:
        case 64:
        case 128:
        case 256:
        case 512:
        case 1024:
        case 2048:
        case 4096:
        case 8192:
        case 16384:
        case 32768:
        case 65536:
        case 131072:
        case 262144:
        case 524288:
        case 1048576:
        case 2097152:
          return b + 5e3;
        case 4194304:
        case 8388608:
        case 16777216:
        case 33554432:
        case 67108864:
          return -1;
        case 134217728:
        case 268435456:
        case 536870912:
        case 1073741824:
          return -1;
        default:
          return -1;
      }
    }
    function wc(a, b) {
      for (var c = a.suspendedLanes, d = a.pingedLanes, e = a.expirationTimes, f = a.pendingLanes; 0 < f; ) {
        var g = 31 - oc(f), h = 1 << g, k = e[g];
        if (-1 === k) {
          if (0 === (h & c) || 0 !== (h & d)) e[g] = vc(h, b);
        } else k <= b && (a.expiredLanes |= h);
        f &= ~h;
      }
    }
    function xc(a) {
      a = a.pendingLanes & -1073741825;
      return 0 !== a ? a : a & 1073741824 ? 1073741824 : 0;
    }
    function yc() {
      var a = rc;
      rc <<= 1;
      0 === (rc & 4194240) && (rc = 64);
      return a;
    }
    function zc(a) {
      for (var b = [], c = 0; 31 > c; c++) b.push(a);
      return b;
    }
    function Ac(a, b, c) {
      a.pendingLanes |= b;
      536870912 !== b && (a.suspendedLanes = 0, a.pingedLanes = 0);
      a = a.eventTimes;
      b = 31 - oc(b);
      a[b] = c;
    }
    function Bc(a, b) {
      var c = a.pendingLanes & ~b;
      a.pendingLanes = b;
      a.suspendedLanes = 0;
      a.pingedLanes = 0;
      a.expiredLanes &= b;
      a.mutableReadLanes &= b;
      a.entangledLanes &= b;
      b = a.entanglements;
      var d = a.eventTimes;
      for (a = a.expirationTimes; 0 < c; ) {
        var e = 31 - oc(c), f = 1 << e;
        b[e] = 0;
        d[e] = -1;
        a[e] = -1;
        c &= ~f;
      }
    }
    function Cc(a, b) {
      var c = a.entangledLanes |= b;
      for (a = a.entanglements; c; ) {
        var d = 31 - oc(c), e = 1 << d;
        e & b | a[d] & b && (a[d] |= b);
        c &= ~e;
      }
    }
    var C = 0;
    function Dc(a) {
      a &= -a;
      return 1 < a ? 4 < a ? 0 !== (a & 268435455) ? 16 : 536870912 : 4 : 1;
    }
    var Ec;
    var Fc;
    var Gc;
    var Hc;
    var Ic;
    var Jc = false;
    var Kc = [];
    var Lc = null;
    var Mc = null;
    var Nc = null;
    var Oc = /* @__PURE__ */ new Map();
    var Pc = /* @__PURE__ */ new Map();
    var Qc = [];
    var Rc = "mousedown mouseup touchcancel touchend touchstart auxclick dblclick pointercancel pointerdown pointerup dragend dragstart drop compositionend compositionstart keydown keypress keyup input textInput copy cut paste click change contextmenu reset submit".split(" ");
    function Sc(a, b) {
      switch (a) {
        case "focusin":
        case "focusout":
          Lc = null;
          break;
        case "dragenter":
        case "dragleave":
          Mc = null;
          break;
        case "mouseover":
        case "mouseout":
          Nc = null;
          break;
        case "pointerover":
        case "pointerout":
          Oc.delete(b.pointerId);
          break;
        case "gotpointercapture":
        case "lostpointercapture":
          Pc.delete(b.pointerId);
      }
    }
    function Tc(a, b, c, d, e, f) {
      if (null === a || a.nativeEvent !== f) return a = { blockedOn: b, domEventName: c, eventSystemFlags: d, nativeEvent: f, targetContainers: [e] }, null !== b && (b = Cb(b), null !== b && Fc(b)), a;
      a.eventSystemFlags |= d;
      b = a.targetContainers;
      null !== e && -1 === b.indexOf(e) && b.push(e);
      return a;
    }
    function Uc(a, b, c, d, e) {
      switch (b) {
        case "focusin":
          return Lc = Tc(Lc, a, b, c, d, e), true;
        case "dragenter":
          return Mc = Tc(Mc, a, b, c, d, e), true;
        case "mouseover":
          return Nc = Tc(Nc, a, b, c, d, e), true;
        case "pointerover":
          var f = e.pointerId;
          Oc.set(f, Tc(Oc.get(f) || null, a, b, c, d, e));
          return true;
        case "gotpointercapture":
          return f = e.pointerId, Pc.set(f, Tc(Pc.get(f) || null, a, b, c, d, e)), true;
      }
      return false;
    }
    function Vc(a) {
      var b = Wc(a.target);
      if (null !== b) {
        var c = Vb(b);
        if (null !== c) {
          if (b = c.tag, 13 === b) {
            if (b = Wb(c), null !== b) {
              a.blockedOn = b;
              Ic(a.priority, function() {
                Gc(c);
              });
              return;
            }
          } else if (3 === b && c.stateNode.current.memoizedState.isDehydrated) {
            a.blockedOn = 3 === c.tag ? c.stateNode.containerInfo : null;
            return;
          }
        }
      }
      a.blockedOn = null;
    }
    function Xc(a) {
      if (null !== a.blockedOn) return false;
      for (var b = a.targetContainers; 0 < b.length; ) {
        var c = Yc(a.domEventName, a.eventSystemFlags, b[0], a.nativeEvent);
        if (null === c) {
          c = a.nativeEvent;
          var d = new c.constructor(c.type, c);
          wb = d;
          c.target.dispatchEvent(d);
          wb = null;
        } else return b = Cb(c), null !== b && Fc(b), a.blockedOn = c, false;
        b.shift();
      }
      return true;
    }
    function Zc(a, b, c) {
      Xc(a) && c.delete(b);
    }
    function $c() {
      Jc = false;
      null !== Lc && Xc(Lc) && (Lc = null);
      null !== Mc && Xc(Mc) && (Mc = null);
      null !== Nc && Xc(Nc) && (Nc = null);
      Oc.forEach(Zc);
      Pc.forEach(Zc);
    }
    function ad(a, b) {
      a.blockedOn === b && (a.blockedOn = null, Jc || (Jc = true, ca.unstable_scheduleCallback(ca.unstable_NormalPriority, $c)));
    }
    function bd(a) {
      function b(b2) {
        return ad(b2, a);
      }
      if (0 < Kc.length) {
        ad(Kc[0], a);
        for (var c = 1; c < Kc.length; c++) {
          var d = Kc[c];
          d.blockedOn === a && (d.blockedOn = null);
        }
      }
      null !== Lc && ad(Lc, a);
      null !== Mc && ad(Mc, a);
      null !== Nc && ad(Nc, a);
      Oc.forEach(b);
      Pc.forEach(b);
      for (c = 0; c < Qc.length; c++) d = Qc[c], d.blockedOn === a && (d.blockedOn = null);
      for (; 0 < Qc.length && (c = Qc[0], null === c.blockedOn); ) Vc(c), null === c.blockedOn && Qc.shift();
    }
    var cd = ua.ReactCurrentBatchConfig;
    var dd = true;
    function ed(a, b, c, d) {
      var e = C, f = cd.transition;
      cd.transition = null;
      try {
        C = 1, fd(a, b, c, d);
      } finally {
        C = e, cd.transition = f;
      }
    }
    function gd(a, b, c, d) {
      var e = C, f = cd.transition;
      cd.transition = null;
      try {
        C = 4, fd(a, b, c, d);
      } finally {
        C = e, cd.transition = f;
      }
    }
    function fd(a, b, c, d) {
      if (dd) {
        var e = Yc(a, b, c, d);
        if (null === e) hd(a, b, d, id, c), Sc(a, d);
        else if (Uc(e, a, b, c, d)) d.stopPropagation();
        else if (Sc(a, d), b & 4 && -1 < Rc.indexOf(a)) {
          for (; null !== e; ) {
            var f = Cb(e);
            null !== f && Ec(f);
            f = Yc(a, b, c, d);
            null === f && hd(a, b, d, id, c);
            if (f === e) break;
            e = f;
          }
          null !== e && d.stopPropagation();
        } else hd(a, b, d, null, c);
      }
    }
    var id = null;
    function Yc(a, b, c, d) {
      id = null;
      a = xb(d);
      a = Wc(a);
      if (null !== a) if (b = Vb(a), null === b) a = null;
      else if (c = b.tag, 13 === c) {
        a = Wb(b);
        if (null !== a) return a;
        a = null;
      } else if (3 === c) {
        if (b.stateNode.current.memoizedState.isDehydrated) return 3 === b.tag ? b.stateNode.containerInfo : null;
        a = null;
      } else b !== a && (a = null);
      id = a;
      return null;
    }
    function jd(a) {
      switch (a) {
        case "cancel":
        case "click":
        case "close":
        case "contextmenu":
        case "copy":
        case "cut":
        case "auxclick":
        case "dblclick":
        case "dragend":
        case "dragstart":
        case "drop":
        case "focusin":
        case "focusout":
        case "input":
        case "invalid":
        case "keydown":
        case "keypress":
        case "keyup":
        case "mousedown":
        case "mouseup":
        case "paste":
        case "pause":
        case "play":
        case "pointercancel":
        case "pointerdown":
        case "pointerup":
        case "ratechange":
        case "reset":
        case "resize":
        case "seeked":
        case "submit":
        case "touchcancel":
        case "touchend":
        case "touchstart":
        case "volumechange":
        case "change":
        case "selectionchange":
        case "textInput":
        case "compositionstart":
        case "compositionend":
        case "compositionupdate":
        case "beforeblur":
        case "afterblur":
        case "beforeinput":
        case "blur":
        case "fullscreenchange":
        case "focus":
        case "hashchange":
        case "popstate":
        case "select":
        case "selectstart":
          return 1;
        case "drag":
        case "dragenter":
        case "dragexit":
        case "dragleave":
        case "dragover":
        case "mousemove":
        case "mouseout":
        case "mouseover":
        case "pointermove":
        case "pointerout":
        case "pointerover":
        case "scroll":
        case "toggle":
        case "touchmove":
        case "wheel":
        case "mouseenter":
        case "mouseleave":
        case "pointerenter":
        case "pointerleave":
          return 4;
        case "message":
          switch (ec()) {
            case fc:
              return 1;
            case gc:
              return 4;
            case hc:
            case ic:
              return 16;
            case jc:
              return 536870912;
            default:
              return 16;
          }
        default:
          return 16;
      }
    }
    var kd = null;
    var ld = null;
    var md = null;
    function nd() {
      if (md) return md;
      var a, b = ld, c = b.length, d, e = "value" in kd ? kd.value : kd.textContent, f = e.length;
      for (a = 0; a < c && b[a] === e[a]; a++) ;
      var g = c - a;
      for (d = 1; d <= g && b[c - d] === e[f - d]; d++) ;
      return md = e.slice(a, 1 < d ? 1 - d : void 0);
    }
    function od(a) {
      var b = a.keyCode;
      "charCode" in a ? (a = a.charCode, 0 === a && 13 === b && (a = 13)) : a = b;
      10 === a && (a = 13);
      return 32 <= a || 13 === a ? a : 0;
    }
    function pd() {
      return true;
    }
    function qd() {
      return false;
    }
    function rd(a) {
      function b(b2, d, e, f, g) {
        this._reactName = b2;
        this._targetInst = e;
        this.type = d;
        this.nativeEvent = f;
        this.target = g;
        this.currentTarget = null;
        for (var c in a) a.hasOwnProperty(c) && (b2 = a[c], this[c] = b2 ? b2(f) : f[c]);
        this.isDefaultPrevented = (null != f.defaultPrevented ? f.defaultPrevented : false === f.returnValue) ? pd : qd;
        this.isPropagationStopped = qd;
        return this;
      }
      A(b.prototype, { preventDefault: function() {
        this.defaultPrevented = true;
        var a2 = this.nativeEvent;
        a2 && (a2.preventDefault ? a2.preventDefault() : "unknown" !== typeof a2.returnValue && (a2.returnValue = false), this.isDefaultPrevented = pd);
      }, stopPropagation: function() {
        var a2 = this.nativeEvent;
        a2 && (a2.stopPropagation ? a2.stopPropagation() : "unknown" !== typeof a2.cancelBubble && (a2.cancelBubble = true), this.isPropagationStopped = pd);
      }, persist: function() {
      }, isPersistent: pd });
      return b;
    }
    var sd = { eventPhase: 0, bubbles: 0, cancelable: 0, timeStamp: function(a) {
      return a.timeStamp || Date.now();
    }, defaultPrevented: 0, isTrusted: 0 };
    var td = rd(sd);
    var ud = A({}, sd, { view: 0, detail: 0 });
    var vd = rd(ud);
    var wd;
    var xd;
    var yd;
    var Ad = A({}, ud, { screenX: 0, screenY: 0, clientX: 0, clientY: 0, pageX: 0, pageY: 0, ctrlKey: 0, shiftKey: 0, altKey: 0, metaKey: 0, getModifierState: zd, button: 0, buttons: 0, relatedTarget: function(a) {
      return void 0 === a.relatedTarget ? a.fromElement === a.srcElement ? a.toElement : a.fromElement : a.relatedTarget;
    }, movementX: function(a) {
      if ("movementX" in a) return a.movementX;
      a !== yd && (yd && "mousemove" === a.type ? (wd = a.screenX - yd.screenX, xd = a.screenY - yd.screenY) : xd = wd = 0, yd = a);
      return wd;
    }, movementY: function(a) {
      return "movementY" in a ? a.movementY : xd;
    } });
    var Bd = rd(Ad);
    var Cd = A({}, Ad, { dataTransfer: 0 });
    var Dd = rd(Cd);
    var Ed = A({}, ud, { relatedTarget: 0 });
    var Fd = rd(Ed);
    var Gd = A({}, sd, { animationName: 0, elapsedTime: 0, pseudoElement: 0 });
    var Hd = rd(Gd);
    var Id = A({}, sd, { clipboardData: function(a) {
      return "clipboardData" in a ? a.clipboardData : window.clipboardData;
    } });
    var Jd = rd(Id);
    var Kd = A({}, sd, { data: 0 });
    var Ld = rd(Kd);
    var Md = {
      Esc: "Escape",
      Spacebar: " ",
      Left: "ArrowLeft",
      Up: "ArrowUp",
      Right: "ArrowRight",
      Down: "ArrowDown",
      Del: "Delete",
      Win: "OS",
      Menu: "ContextMenu",
      Apps: "ContextMenu",
      Scroll: "ScrollLock",
      MozPrintableKey: "Unidentified"
    };
    var Nd = {
      8: "Backspace",
      9: "Tab",
      12: "Clear",
      13: "Enter",
      16: "Shift",
      17: "Control",
      18: "Alt",
      19: "Pause",
      20: "CapsLock",
      27: "Escape",
      32: " ",
      33: "PageUp",
      34: "PageDown",
      35: "End",
      36: "Home",
      37: "ArrowLeft",
      38: "ArrowUp",
      39: "ArrowRight",
      40: "ArrowDown",
      45: "Insert",
      46: "Delete",
      112: "F1",
      113: "F2",
      114: "F3",
      115: "F4",
      116: "F5",
      117: "F6",
      118: "F7",
      119: "F8",
      120: "F9",
      121: "F10",
      122: "F11",
      123: "F12",
      144: "NumLock",
      145: "ScrollLock",
      224: "Meta"
    };
    var Od = { Alt: "altKey", Control: "ctrlKey", Meta: "metaKey", Shift: "shiftKey" };
    function Pd(a) {
      var b = this.nativeEvent;
      return b.getModifierState ? b.getModifierState(a) : (a = Od[a]) ? !!b[a] : false;
    }
    function zd() {
      return Pd;
    }
    var Qd = A({}, ud, { key: function(a) {
      if (a.key) {
        var b = Md[a.key] || a.key;
        if ("Unidentified" !== b) return b;
      }
      return "keypress" === a.type ? (a = od(a), 13 === a ? "Enter" : String.fromCharCode(a)) : "keydown" === a.type || "keyup" === a.type ? Nd[a.keyCode] || "Unidentified" : "";
    }, code: 0, location: 0, ctrlKey: 0, shiftKey: 0, altKey: 0, metaKey: 0, repeat: 0, locale: 0, getModifierState: zd, charCode: function(a) {
      return "keypress" === a.type ? od(a) : 0;
    }, keyCode: function(a) {
      return "keydown" === a.type || "keyup" === a.type ? a.keyCode : 0;
    }, which: function(a) {
      return "keypress" === a.type ? od(a) : "keydown" === a.type || "keyup" === a.type ? a.keyCode : 0;
    } });
    var Rd = rd(Qd);
    var Sd = A({}, Ad, { pointerId: 0, width: 0, height: 0, pressure: 0, tangentialPressure: 0, tiltX: 0, tiltY: 0, twist: 0, pointerType: 0, isPrimary: 0 });
    var Td = rd(Sd);
    var Ud = A({}, ud, { touches: 0, targetTouches: 0, changedTouches: 0, altKey: 0, metaKey: 0, ctrlKey: 0, shiftKey: 0, getModifierState: zd });
    var Vd = rd(Ud);
    var Wd = A({}, sd, { propertyName: 0, elapsedTime: 0, pseudoElement: 0 });
    var Xd = rd(Wd);
    var Yd = A({}, Ad, {
      deltaX: function(a) {
        return "deltaX" in a ? a.deltaX : "wheelDeltaX" in a ? -a.wheelDeltaX : 0;
      },
      deltaY: function(a) {
        return "deltaY" in a ? a.deltaY : "wheelDeltaY" in a ? -a.wheelDeltaY : "wheelDelta" in a ? -a.wheelDelta : 0;
      },
      deltaZ: 0,
      deltaMode: 0
    });
    var Zd = rd(Yd);
    var $d = [9, 13, 27, 32];
    var ae = ia && "CompositionEvent" in window;
    var be = null;
    ia && "documentMode" in document && (be = document.documentMode);
    var ce = ia && "TextEvent" in window && !be;
    var de = ia && (!ae || be && 8 < be && 11 >= be);
    var ee = String.fromCharCode(32);
    var fe = false;
    function ge(a, b) {
      switch (a) {
        case "keyup":
          return -1 !== $d.indexOf(b.keyCode);
        case "keydown":
          return 229 !== b.keyCode;
        case "keypress":
        case "mousedown":
        case "focusout":
          return true;
        default:
          return false;
      }
    }
    function he(a) {
      a = a.detail;
      return "object" === typeof a && "data" in a ? a.data : null;
    }
    var ie = false;
    function je(a, b) {
      switch (a) {
        case "compositionend":
          return he(b);
        case "keypress":
          if (32 !== b.which) return null;
          fe = true;
          return ee;
        case "textInput":
          return a = b.data, a === ee && fe ? null : a;
        default:
          return null;
      }
    }
    function ke(a, b) {
      if (ie) return "compositionend" === a || !ae && ge(a, b) ? (a = nd(), md = ld = kd = null, ie = false, a) : null;
      switch (a) {
        case "paste":
          return null;
        case "keypress":
          if (!(b.ctrlKey || b.altKey || b.metaKey) || b.ctrlKey && b.altKey) {
            if (b.char && 1 < b.char.length) return b.char;
            if (b.which) return String.fromCharCode(b.which);
          }
          return null;
        case "compositionend":
          return de && "ko" !== b.locale ? null : b.data;
        default:
          return null;
      }
    }
    var le = { color: true, date: true, datetime: true, "datetime-local": true, email: true, month: true, number: true, password: true, range: true, search: true, tel: true, text: true, time: true, url: true, week: true };
    function me(a) {
      var b = a && a.nodeName && a.nodeName.toLowerCase();
      return "input" === b ? !!le[a.type] : "textarea" === b ? true : false;
    }
    function ne(a, b, c, d) {
      Eb(d);
      b = oe(b, "onChange");
      0 < b.length && (c = new td("onChange", "change", null, c, d), a.push({ event: c, listeners: b }));
    }
    var pe = null;
    var qe = null;
    function re(a) {
      se(a, 0);
    }
    function te(a) {
      var b = ue(a);
      if (Wa(b)) return a;
    }
    function ve(a, b) {
      if ("change" === a) return b;
    }
    var we = false;
    if (ia) {
      if (ia) {
        ye = "oninput" in document;
        if (!ye) {
          ze = document.createElement("div");
          ze.setAttribute("oninput", "return;");
          ye = "function" === typeof ze.oninput;
        }
        xe = ye;
      } else xe = false;
      we = xe && (!document.documentMode || 9 < document.documentMode);
    }
    var xe;
    var ye;
    var ze;
    function Ae() {
      pe && (pe.detachEvent("onpropertychange", Be), qe = pe = null);
    }
    function Be(a) {
      if ("value" === a.propertyName && te(qe)) {
        var b = [];
        ne(b, qe, a, xb(a));
        Jb(re, b);
      }
    }
    function Ce(a, b, c) {
      "focusin" === a ? (Ae(), pe = b, qe = c, pe.attachEvent("onpropertychange", Be)) : "focusout" === a && Ae();
    }
    function De(a) {
      if ("selectionchange" === a || "keyup" === a || "keydown" === a) return te(qe);
    }
    function Ee(a, b) {
      if ("click" === a) return te(b);
    }
    function Fe(a, b) {
      if ("input" === a || "change" === a) return te(b);
    }
    function Ge(a, b) {
      return a === b && (0 !== a || 1 / a === 1 / b) || a !== a && b !== b;
    }
    var He = "function" === typeof Object.is ? Object.is : Ge;
    function Ie(a, b) {
      if (He(a, b)) return true;
      if ("object" !== typeof a || null === a || "object" !== typeof b || null === b) return false;
      var c = Object.keys(a), d = Object.keys(b);
      if (c.length !== d.length) return false;
      for (d = 0; d < c.length; d++) {
        var e = c[d];
        if (!ja.call(b, e) || !He(a[e], b[e])) return false;
      }
      return true;
    }
    function Je(a) {
      for (; a && a.firstChild; ) a = a.firstChild;
      return a;
    }
    function Ke(a, b) {
      var c = Je(a);
      a = 0;
      for (var d; c; ) {
        if (3 === c.nodeType) {
          d = a + c.textContent.length;
          if (a <= b && d >= b) return { node: c, offset: b - a };
          a = d;
        }
        a: {
          for (; c; ) {
            if (c.nextSibling) {
              c = c.nextSibling;
              break a;
            }
            c = c.parentNode;
          }
          c = void 0;
        }
        c = Je(c);
      }
    }
    function Le(a, b) {
      return a && b ? a === b ? true : a && 3 === a.nodeType ? false : b && 3 === b.nodeType ? Le(a, b.parentNode) : "contains" in a ? a.contains(b) : a.compareDocumentPosition ? !!(a.compareDocumentPosition(b) & 16) : false : false;
    }
    function Me() {
      for (var a = window, b = Xa(); b instanceof a.HTMLIFrameElement; ) {
        try {
          var c = "string" === typeof b.contentWindow.location.href;
        } catch (d) {
          c = false;
        }
        if (c) a = b.contentWindow;
        else break;
        b = Xa(a.document);
      }
      return b;
    }
    function Ne(a) {
      var b = a && a.nodeName && a.nodeName.toLowerCase();
      return b && ("input" === b && ("text" === a.type || "search" === a.type || "tel" === a.type || "url" === a.type || "password" === a.type) || "textarea" === b || "true" === a.contentEditable);
    }
    function Oe(a) {
      var b = Me(), c = a.focusedElem, d = a.selectionRange;
      if (b !== c && c && c.ownerDocument && Le(c.ownerDocument.documentElement, c)) {
        if (null !== d && Ne(c)) {
          if (b = d.start, a = d.end, void 0 === a && (a = b), "selectionStart" in c) c.selectionStart = b, c.selectionEnd = Math.min(a, c.value.length);
          else if (a = (b = c.ownerDocument || document) && b.defaultView || window, a.getSelection) {
            a = a.getSelection();
            var e = c.textContent.length, f = Math.min(d.start, e);
            d = void 0 === d.end ? f : Math.min(d.end, e);
            !a.extend && f > d && (e = d, d = f, f = e);
            e = Ke(c, f);
            var g = Ke(
              c,
              d
            );
            e && g && (1 !== a.rangeCount || a.anchorNode !== e.node || a.anchorOffset !== e.offset || a.focusNode !== g.node || a.focusOffset !== g.offset) && (b = b.createRange(), b.setStart(e.node, e.offset), a.removeAllRanges(), f > d ? (a.addRange(b), a.extend(g.node, g.offset)) : (b.setEnd(g.node, g.offset), a.addRange(b)));
          }
        }
        b = [];
        for (a = c; a = a.parentNode; ) 1 === a.nodeType && b.push({ element: a, left: a.scrollLeft, top: a.scrollTop });
        "function" === typeof c.focus && c.focus();
        for (c = 0; c < b.length; c++) a = b[c], a.element.scrollLeft = a.left, a.element.scrollTop = a.top;
      }
    }
    var Pe = ia && "documentMode" in document && 11 >= document.documentMode;
    var Qe = null;
    var Re = null;
    var Se = null;
    var Te = false;
    function Ue(a, b, c) {
      var d = c.window === c ? c.document : 9 === c.nodeType ? c : c.ownerDocument;
      Te || null == Qe || Qe !== Xa(d) || (d = Qe, "selectionStart" in d && Ne(d) ? d = { start: d.selectionStart, end: d.selectionEnd } : (d = (d.ownerDocument && d.ownerDocument.defaultView || window).getSelection(), d = { anchorNode: d.anchorNode, anchorOffset: d.anchorOffset, focusNode: d.focusNode, focusOffset: d.focusOffset }), Se && Ie(Se, d) || (Se = d, d = oe(Re, "onSelect"), 0 < d.length && (b = new td("onSelect", "select", null, b, c), a.push({ event: b, listeners: d }), b.target = Qe)));
    }
    function Ve(a, b) {
      var c = {};
      c[a.toLowerCase()] = b.toLowerCase();
      c["Webkit" + a] = "webkit" + b;
      c["Moz" + a] = "moz" + b;
      return c;
    }
    var We = { animationend: Ve("Animation", "AnimationEnd"), animationiteration: Ve("Animation", "AnimationIteration"), animationstart: Ve("Animation", "AnimationStart"), transitionend: Ve("Transition", "TransitionEnd") };
    var Xe = {};
    var Ye = {};
    ia && (Ye = document.createElement("div").style, "AnimationEvent" in window || (delete We.animationend.animation, delete We.animationiteration.animation, delete We.animationstart.animation), "TransitionEvent" in window || delete We.transitionend.transition);
    function Ze(a) {
      if (Xe[a]) return Xe[a];
      if (!We[a]) return a;
      var b = We[a], c;
      for (c in b) if (b.hasOwnProperty(c) && c in Ye) return Xe[a] = b[c];
      return a;
    }
    var $e = Ze("animationend");
    var af = Ze("animationiteration");
    var bf = Ze("animationstart");
    var cf = Ze("transitionend");
    var df = /* @__PURE__ */ new Map();
    var ef = "abort auxClick cancel canPlay canPlayThrough click close contextMenu copy cut drag dragEnd dragEnter dragExit dragLeave dragOver dragStart drop durationChange emptied encrypted ended error gotPointerCapture input invalid keyDown keyPress keyUp load loadedData loadedMetadata loadStart lostPointerCapture mouseDown mouseMove mouseOut mouseOver mouseUp paste pause play playing pointerCancel pointerDown pointerMove pointerOut pointerOver pointerUp progress rateChange reset resize seeked seeking stalled submit suspend timeUpdate touchCancel touchEnd touchStart volumeChange scroll toggle touchMove waiting wheel".split(" ");
    function ff(a, b) {
      df.set(a, b);
      fa(b, [a]);
    }
    for (gf = 0; gf < ef.length; gf++) {
      hf = ef[gf], jf = hf.toLowerCase(), kf = hf[0].toUpperCase() + hf.slice(1);
      ff(jf, "on" + kf);
    }
    var hf;
    var jf;
    var kf;
    var gf;
    ff($e, "onAnimationEnd");
    ff(af, "onAnimationIteration");
    ff(bf, "onAnimationStart");
    ff("dblclick", "onDoubleClick");
    ff("focusin", "onFocus");
    ff("focusout", "onBlur");
    ff(cf, "onTransitionEnd");
    ha("onMouseEnter", ["mouseout", "mouseover"]);
    ha("onMouseLeave", ["mouseout", "mouseover"]);
    ha("onPointerEnter", ["pointerout", "pointerover"]);
    ha("onPointerLeave", ["pointerout", "pointerover"]);
    fa("onChange", "change click focusin focusout input keydown keyup selectionchange".split(" "));
    fa("onSelect", "focusout contextmenu dragend focusin keydown keyup mousedown mouseup selectionchange".split(" "));
    fa("onBeforeInput", ["compositionend", "keypress", "textInput", "paste"]);
    fa("onCompositionEnd", "compositionend focusout keydown keypress keyup mousedown".split(" "));
    fa("onCompositionStart", "compositionstart focusout keydown keypress keyup mousedown".split(" "));
    fa("onCompositionUpdate", "compositionupdate focusout keydown keypress keyup mousedown".split(" "));
    var lf = "abort canplay canplaythrough durationchange emptied encrypted ended error loadeddata loadedmetadata loadstart pause play playing progress ratechange resize seeked seeking stalled suspend timeupdate volumechange waiting".split(" ");
    var mf = new Set("cancel close invalid load scroll toggle".split(" ").concat(lf));
    function nf(a, b, c) {
      var d = a.type || "unknown-event";
      a.currentTarget = c;
      Ub(d, b, void 0, a);
      a.currentTarget = null;
    }
    function se(a, b) {
      b = 0 !== (b & 4);
      for (var c = 0; c < a.length; c++) {
        var d = a[c], e = d.event;
        d = d.listeners;
        a: {
          var f = void 0;
          if (b) for (var g = d.length - 1; 0 <= g; g--) {
            var h = d[g], k = h.instance, l = h.currentTarget;
            h = h.listener;
            if (k !== f && e.isPropagationStopped()) break a;
            nf(e, h, l);
            f = k;
          }
          else for (g = 0; g < d.length; g++) {
            h = d[g];
            k = h.instance;
            l = h.currentTarget;
            h = h.listener;
            if (k !== f && e.isPropagationStopped()) break a;
            nf(e, h, l);
            f = k;
          }
        }
      }
      if (Qb) throw a = Rb, Qb = false, Rb = null, a;
    }
    function D(a, b) {
      var c = b[of];
      void 0 === c && (c = b[of] = /* @__PURE__ */ new Set());
      var d = a + "__bubble";
      c.has(d) || (pf(b, a, 2, false), c.add(d));
    }
    function qf(a, b, c) {
      var d = 0;
      b && (d |= 4);
      pf(c, a, d, b);
    }
    var rf = "_reactListening" + Math.random().toString(36).slice(2);
    function sf(a) {
      if (!a[rf]) {
        a[rf] = true;
        da.forEach(function(b2) {
          "selectionchange" !== b2 && (mf.has(b2) || qf(b2, false, a), qf(b2, true, a));
        });
        var b = 9 === a.nodeType ? a : a.ownerDocument;
        null === b || b[rf] || (b[rf] = true, qf("selectionchange", false, b));
      }
    }
    function pf(a, b, c, d) {
      switch (jd(b)) {
        case 1:
          var e = ed;
          break;
        case 4:
          e = gd;
          break;
        default:
          e = fd;
      }
      c = e.bind(null, b, c, a);
      e = void 0;
      !Lb || "touchstart" !== b && "touchmove" !== b && "wheel" !== b || (e = true);
      d ? void 0 !== e ? a.addEventListener(b, c, { capture: true, passive: e }) : a.addEventListener(b, c, true) : void 0 !== e ? a.addEventListener(b, c, { passive: e }) : a.addEventListener(b, c, false);
    }
    function hd(a, b, c, d, e) {
      var f = d;
      if (0 === (b & 1) && 0 === (b & 2) && null !== d) a: for (; ; ) {
        if (null === d) return;
        var g = d.tag;
        if (3 === g || 4 === g) {
          var h = d.stateNode.containerInfo;
          if (h === e || 8 === h.nodeType && h.parentNode === e) break;
          if (4 === g) for (g = d.return; null !== g; ) {
            var k = g.tag;
            if (3 === k || 4 === k) {
              if (k = g.stateNode.containerInfo, k === e || 8 === k.nodeType && k.parentNode === e) return;
            }
            g = g.return;
          }
          for (; null !== h; ) {
            g = Wc(h);
            if (null === g) return;
            k = g.tag;
            if (5 === k || 6 === k) {
              d = f = g;
              continue a;
            }
            h = h.parentNode;
          }
        }
        d = d.return;
      }
      Jb(function() {
        var d2 = f, e2 = xb(c), g2 = [];
        a: {
          var h2 = df.get(a);
          if (void 0 !== h2) {
            var k2 = td, n = a;
            switch (a) {
              case "keypress":
                if (0 === od(c)) break a;
              case "keydown":
              case "keyup":
                k2 = Rd;
                break;
              case "focusin":
                n = "focus";
                k2 = Fd;
                break;
              case "focusout":
                n = "blur";
                k2 = Fd;
                break;
              case "beforeblur":
              case "afterblur":
                k2 = Fd;
                break;
              case "click":
                if (2 === c.button) break a;
              case "auxclick":
              case "dblclick":
              case "mousedown":
              case "mousemove":
              case "mouseup":
              case "mouseout":
              case "mouseover":
              case "contextmenu":
                k2 = Bd;
                break;
              case "drag":
              case "dragend":
              case "dragenter":
              case "dragexit":
              case "dragleave":
              case "dragover":
              case "dragstart":
              case "drop":
                k2 = Dd;
                break;
              case "touchcancel":
              case "touchend":
              case "touchmove":
              case "touchstart":
                k2 = Vd;
                break;
              case $e:
              case af:
              case bf:
                k2 = Hd;
                break;
              case cf:
                k2 = Xd;
                break;
              case "scroll":
                k2 = vd;
                break;
              case "wheel":
                k2 = Zd;
                break;
              case "copy":
              case "cut":
              case "paste":
                k2 = Jd;
                break;
              case "gotpointercapture":
              case "lostpointercapture":
              case "pointercancel":
              case "pointerdown":
              case "pointermove":
              case "pointerout":
              case "pointerover":
              case "pointerup":
                k2 = Td;
            }
            var t = 0 !== (b & 4), J = !t && "scroll" === a, x = t ? null !== h2 ? h2 + "Capture" : null : h2;
            t = [];
            for (var w = d2, u; null !== w; ) {
              u = w;
              var F = u.stateNode;
              5 === u.tag && null !== F && (u = F, null !== x && (F = Kb(w, x), null != F && t.push(tf(w, F, u))));
              if (J) break;
              w = w.return;
            }
            0 < t.length && (h2 = new k2(h2, n, null, c, e2), g2.push({ event: h2, listeners: t }));
          }
        }
        if (0 === (b & 7)) {
          a: {
            h2 = "mouseover" === a || "pointerover" === a;
            k2 = "mouseout" === a || "pointerout" === a;
            if (h2 && c !== wb && (n = c.relatedTarget || c.fromElement) && (Wc(n) || n[uf])) break a;
            if (k2 || h2) {
              h2 = e2.window === e2 ? e2 : (h2 = e2.ownerDocument) ? h2.defaultView || h2.parentWindow : window;
              if (k2) {
                if (n = c.relatedTarget || c.toElement, k2 = d2, n = n ? Wc(n) : null, null !== n && (J = Vb(n), n !== J || 5 !== n.tag && 6 !== n.tag)) n = null;
              } else k2 = null, n = d2;
              if (k2 !== n) {
                t = Bd;
                F = "onMouseLeave";
                x = "onMouseEnter";
                w = "mouse";
                if ("pointerout" === a || "pointerover" === a) t = Td, F = "onPointerLeave", x = "onPointerEnter", w = "pointer";
                J = null == k2 ? h2 : ue(k2);
                u = null == n ? h2 : ue(n);
                h2 = new t(F, w + "leave", k2, c, e2);
                h2.target = J;
                h2.relatedTarget = u;
                F = null;
                Wc(e2) === d2 && (t = new t(x, w + "enter", n, c, e2), t.target = u, t.relatedTarget = J, F = t);
                J = F;
                if (k2 && n) b: {
                  t = k2;
                  x = n;
                  w = 0;
                  for (u = t; u; u = vf(u)) w++;
                  u = 0;
                  for (F = x; F; F = vf(F)) u++;
                  for (; 0 < w - u; ) t = vf(t), w--;
                  for (; 0 < u - w; ) x = vf(x), u--;
                  for (; w--; ) {
                    if (t === x || null !== x && t === x.alternate) break b;
                    t = vf(t);
                    x = vf(x);
                  }
                  t = null;
                }
                else t = null;
                null !== k2 && wf(g2, h2, k2, t, false);
                null !== n && null !== J && wf(g2, J, n, t, true);
              }
            }
          }
          a: {
            h2 = d2 ? ue(d2) : window;
            k2 = h2.nodeName && h2.nodeName.toLowerCase();
            if ("select" === k2 || "input" === k2 && "file" === h2.type) var na = ve;
            else if (me(h2)) if (we) na = Fe;
            else {
              na = De;
              var xa = Ce;
            }
            else (k2 = h2.nodeName) && "input" === k2.toLowerCase() && ("checkbox" === h2.type || "radio" === h2.type) && (na = Ee);
            if (na && (na = na(a, d2))) {
              ne(g2, na, c, e2);
              break a;
            }
            xa && xa(a, h2, d2);
            "focusout" === a && (xa = h2._wrapperState) && xa.controlled && "number" === h2.type && cb(h2, "number", h2.value);
          }
          xa = d2 ? ue(d2) : window;
          switch (a) {
            case "focusin":
              if (me(xa) || "true" === xa.contentEditable) Qe = xa, Re = d2, Se = null;
              break;
            case "focusout":
              Se = Re = Qe = null;
              break;
            case "mousedown":
              Te = true;
              break;
            case "contextmenu":
            case "mouseup":
            case "dragend":
              Te = false;
              Ue(g2, c, e2);
              break;
            case "selectionchange":
              if (Pe) break;
            case "keydown":
            case "keyup":
              Ue(g2, c, e2);
          }
          var $a;
          if (ae) b: {
            switch (a) {
              case "compositionstart":
                var ba = "onCompositionStart";
                break b;
              case "compositionend":
                ba = "onCompositionEnd";
                break b;
              case "compositionupdate":
                ba = "onCompositionUpdate";
                break b;
            }
            ba = void 0;
          }
          else ie ? ge(a, c) && (ba = "onCompositionEnd") : "keydown" === a && 229 === c.keyCode && (ba = "onCompositionStart");
          ba && (de && "ko" !== c.locale && (ie || "onCompositionStart" !== ba ? "onCompositionEnd" === ba && ie && ($a = nd()) : (kd = e2, ld = "value" in kd ? kd.value : kd.textContent, ie = true)), xa = oe(d2, ba), 0 < xa.length && (ba = new Ld(ba, a, null, c, e2), g2.push({ event: ba, listeners: xa }), $a ? ba.data = $a : ($a = he(c), null !== $a && (ba.data = $a))));
          if ($a = ce ? je(a, c) : ke(a, c)) d2 = oe(d2, "onBeforeInput"), 0 < d2.length && (e2 = new Ld("onBeforeInput", "beforeinput", null, c, e2), g2.push({ event: e2, listeners: d2 }), e2.data = $a);
        }
        se(g2, b);
      });
    }
    function tf(a, b, c) {
      return { instance: a, listener: b, currentTarget: c };
    }
    function oe(a, b) {
      for (var c = b + "Capture", d = []; null !== a; ) {
        var e = a, f = e.stateNode;
        5 === e.tag && null !== f && (e = f, f = Kb(a, c), null != f && d.unshift(tf(a, f, e)), f = Kb(a, b), null != f && d.push(tf(a, f, e)));
        a = a.return;
      }
      return d;
    }
    function vf(a) {
      if (null === a) return null;
      do
        a = a.return;
      while (a && 5 !== a.tag);
      return a ? a : null;
    }
    function wf(a, b, c, d, e) {
      for (var f = b._reactName, g = []; null !== c && c !== d; ) {
        var h = c, k = h.alternate, l = h.stateNode;
        if (null !== k && k === d) break;
        5 === h.tag && null !== l && (h = l, e ? (k = Kb(c, f), null != k && g.unshift(tf(c, k, h))) : e || (k = Kb(c, f), null != k && g.push(tf(c, k, h))));
        c = c.return;
      }
      0 !== g.length && a.push({ event: b, listeners: g });
    }
    var xf = /\r\n?/g;
    var yf = /\u0000|\uFFFD/g;
    function zf(a) {
      return ("string" === typeof a ? a : "" + a).replace(xf, "\n").replace(yf, "");
    }
    function Af(a, b, c) {
      b = zf(b);
      if (zf(a) !== b && c) throw Error(p(425));
    }
    function Bf() {
    }
    var Cf = null;
    var Df = null;
    function Ef(a, b) {
      return "textarea" === a || "noscript" === a || "string" === typeof b.children || "number" === typeof b.children || "object" === typeof b.dangerouslySetInnerHTML && null !== b.dangerouslySetInnerHTML && null != b.dangerouslySetInnerHTML.__html;
    }
    var Ff = "function" === typeof setTimeout ? setTimeout : void 0;
    var Gf = "function" === typeof clearTimeout ? clearTimeout : void 0;
    var Hf = "function" === typeof Promise ? Promise : void 0;
    var Jf = "function" === typeof queueMicrotask ? queueMicrotask : "undefined" !== typeof Hf ? function(a) {
      return Hf.resolve(null).then(a).catch(If);
    } : Ff;
    function If(a) {
      setTimeout(function() {
        throw a;
      });
    }
    function Kf(a, b) {
      var c = b, d = 0;
      do {
        var e = c.nextSibling;
        a.removeChild(c);
        if (e && 8 === e.nodeType) if (c = e.data, "/$" === c) {
          if (0 === d) {
            a.removeChild(e);
            bd(b);
            return;
          }
          d--;
        } else "$" !== c && "$?" !== c && "$!" !== c || d++;
        c = e;
      } while (c);
      bd(b);
    }
    function Lf(a) {
      for (; null != a; a = a.nextSibling) {
        var b = a.nodeType;
        if (1 === b || 3 === b) break;
        if (8 === b) {
          b = a.data;
          if ("$" === b || "$!" === b || "$?" === b) break;
          if ("/$" === b) return null;
        }
      }
      return a;
    }
    function Mf(a) {
      a = a.previousSibling;
      for (var b = 0; a; ) {
        if (8 === a.nodeType) {
          var c = a.data;
          if ("$" === c || "$!" === c || "$?" === c) {
            if (0 === b) return a;
            b--;
          } else "/$" === c && b++;
        }
        a = a.previousSibling;
      }
      return null;
    }
    var Nf = Math.random().toString(36).slice(2);
    var Of = "__reactFiber$" + Nf;
    var Pf = "__reactProps$" + Nf;
    var uf = "__reactContainer$" + Nf;
    var of = "__reactEvents$" + Nf;
    var Qf = "__reactListeners$" + Nf;
    var Rf = "__reactHandles$" + Nf;
    function Wc(a) {
      var b = a[Of];
      if (b) return b;
      for (var c = a.parentNode; c; ) {
        if (b = c[uf] || c[Of]) {
          c = b.alternate;
          if (null !== b.child || null !== c && null !== c.child) for (a = Mf(a); null !== a; ) {
            if (c = a[Of]) return c;
            a = Mf(a);
          }
          return b;
        }
        a = c;
        c = a.parentNode;
      }
      return null;
    }
    function Cb(a) {
      a = a[Of] || a[uf];
      return !a || 5 !== a.tag && 6 !== a.tag && 13 !== a.tag && 3 !== a.tag ? null : a;
    }
    function ue(a) {
      if (5 === a.tag || 6 === a.tag) return a.stateNode;
      throw Error(p(33));
    }
    function Db(a) {
      return a[Pf] || null;
    }
    var Sf = [];
    var Tf = -1;
    function Uf(a) {
      return { current: a };
    }
    function E(a) {
      0 > Tf || (a.current = Sf[Tf], Sf[Tf] = null, Tf--);
    }
    function G(a, b) {
      Tf++;
      Sf[Tf] = a.current;
      a.current = b;
    }
    var Vf = {};
    var H = Uf(Vf);
    var Wf = Uf(false);
    var Xf = Vf;
    function Yf(a, b) {
      var c = a.type.contextTypes;
      if (!c) return Vf;
      var d = a.stateNode;
      if (d && d.__reactInternalMemoizedUnmaskedChildContext === b) return d.__reactInternalMemoizedMaskedChildContext;
      var e = {}, f;
      for (f in c) e[f] = b[f];
      d && (a = a.stateNode, a.__reactInternalMemoizedUnmaskedChildContext = b, a.__reactInternalMemoizedMaskedChildContext = e);
      return e;
    }
    function Zf(a) {
      a = a.childContextTypes;
      return null !== a && void 0 !== a;
    }
    function $f() {
      E(Wf);
      E(H);
    }
    function ag(a, b, c) {
      if (H.current !== Vf) throw Error(p(168));
      G(H, b);
      G(Wf, c);
    }
    function bg(a, b, c) {
      var d = a.stateNode;
      b = b.childContextTypes;
      if ("function" !== typeof d.getChildContext) return c;
      d = d.getChildContext();
      for (var e in d) if (!(e in b)) throw Error(p(108, Ra(a) || "Unknown", e));
      return A({}, c, d);
    }
    function cg(a) {
      a = (a = a.stateNode) && a.__reactInternalMemoizedMergedChildContext || Vf;
      Xf = H.current;
      G(H, a);
      G(Wf, Wf.current);
      return true;
    }
    function dg(a, b, c) {
      var d = a.stateNode;
      if (!d) throw Error(p(169));
      c ? (a = bg(a, b, Xf), d.__reactInternalMemoizedMergedChildContext = a, E(Wf), E(H), G(H, a)) : E(Wf);
      G(Wf, c);
    }
    var eg = null;
    var fg = false;
    var gg = false;
    function hg(a) {
      null === eg ? eg = [a] : eg.push(a);
    }
    function ig(a) {
      fg = true;
      hg(a);
    }
    function jg() {
      if (!gg && null !== eg) {
        gg = true;
        var a = 0, b = C;
        try {
          var c = eg;
          for (C = 1; a < c.length; a++) {
            var d = c[a];
            do
              d = d(true);
            while (null !== d);
          }
          eg = null;
          fg = false;
        } catch (e) {
          throw null !== eg && (eg = eg.slice(a + 1)), ac(fc, jg), e;
        } finally {
          C = b, gg = false;
        }
      }
      return null;
    }
    var kg = [];
    var lg = 0;
    var mg = null;
    var ng = 0;
    var og = [];
    var pg = 0;
    var qg = null;
    var rg = 1;
    var sg = "";
    function tg(a, b) {
      kg[lg++] = ng;
      kg[lg++] = mg;
      mg = a;
      ng = b;
    }
    function ug(a, b, c) {
      og[pg++] = rg;
      og[pg++] = sg;
      og[pg++] = qg;
      qg = a;
      var d = rg;
      a = sg;
      var e = 32 - oc(d) - 1;
      d &= ~(1 << e);
      c += 1;
      var f = 32 - oc(b) + e;
      if (30 < f) {
        var g = e - e % 5;
        f = (d & (1 << g) - 1).toString(32);
        d >>= g;
        e -= g;
        rg = 1 << 32 - oc(b) + e | c << e | d;
        sg = f + a;
      } else rg = 1 << f | c << e | d, sg = a;
    }
    function vg(a) {
      null !== a.return && (tg(a, 1), ug(a, 1, 0));
    }
    function wg(a) {
      for (; a === mg; ) mg = kg[--lg], kg[lg] = null, ng = kg[--lg], kg[lg] = null;
      for (; a === qg; ) qg = og[--pg], og[pg] = null, sg = og[--pg], og[pg] = null, rg = og[--pg], og[pg] = null;
    }
    var xg = null;
    var yg = null;
    var I = false;
    var zg = null;
    function Ag(a, b) {
      var c = Bg(5, null, null, 0);
      c.elementType = "DELETED";
      c.stateNode = b;
      c.return = a;
      b = a.deletions;
      null === b ? (a.deletions = [c], a.flags |= 16) : b.push(c);
    }
    function Cg(a, b) {
      switch (a.tag) {
        case 5:
          var c = a.type;
          b = 1 !== b.nodeType || c.toLowerCase() !== b.nodeName.toLowerCase() ? null : b;
          return null !== b ? (a.stateNode = b, xg = a, yg = Lf(b.firstChild), true) : false;
        case 6:
          return b = "" === a.pendingProps || 3 !== b.nodeType ? null : b, null !== b ? (a.stateNode = b, xg = a, yg = null, true) : false;
        case 13:
          return b = 8 !== b.nodeType ? null : b, null !== b ? (c = null !== qg ? { id: rg, overflow: sg } : null, a.memoizedState = { dehydrated: b, treeContext: c, retryLane: 1073741824 }, c = Bg(18, null, null, 0), c.stateNode = b, c.return = a, a.child = c, xg = a, yg = null, true) : false;
        default:
          return false;
      }
    }
    function Dg(a) {
      return 0 !== (a.mode & 1) && 0 === (a.flags & 128);
    }
    function Eg(a) {
      if (I) {
        var b = yg;
        if (b) {
          var c = b;
          if (!Cg(a, b)) {
            if (Dg(a)) throw Error(p(418));
            b = Lf(c.nextSibling);
            var d = xg;
            b && Cg(a, b) ? Ag(d, c) : (a.flags = a.flags & -4097 | 2, I = false, xg = a);
          }
        } else {
          if (Dg(a)) throw Error(p(418));
          a.flags = a.flags & -4097 | 2;
          I = false;
          xg = a;
        }
      }
    }
    function Fg(a) {
      for (a = a.return; null !== a && 5 !== a.tag && 3 !== a.tag && 13 !== a.tag; ) a = a.return;
      xg = a;
    }
    function Gg(a) {
      if (a !== xg) return false;
      if (!I) return Fg(a), I = true, false;
      var b;
      (b = 3 !== a.tag) && !(b = 5 !== a.tag) && (b = a.type, b = "head" !== b && "body" !== b && !Ef(a.type, a.memoizedProps));
      if (b && (b = yg)) {
        if (Dg(a)) throw Hg(), Error(p(418));
        for (; b; ) Ag(a, b), b = Lf(b.nextSibling);
      }
      Fg(a);
      if (13 === a.tag) {
        a = a.memoizedState;
        a = null !== a ? a.dehydrated : null;
        if (!a) throw Error(p(317));
        a: {
          a = a.nextSibling;
          for (b = 0; a; ) {
            if (8 === a.nodeType) {
              var c = a.data;
              if ("/$" === c) {
                if (0 === b) {
                  yg = Lf(a.nextSibling);
                  break a;
                }
                b--;
              } else "$" !== c && "$!" !== c && "$?" !== c || b++;
            }
            a = a.nextSibling;
          }
          yg = null;
        }
      } else yg = xg ? Lf(a.stateNode.nextSibling) : null;
      return true;
    }
    function Hg() {
      for (var a = yg; a; ) a = Lf(a.nextSibling);
    }
    function Ig() {
      yg = xg = null;
      I = false;
    }
    function Jg(a) {
      null === zg ? zg = [a] : zg.push(a);
    }
    var Kg = ua.ReactCurrentBatchConfig;
    function Lg(a, b, c) {
      a = c.ref;
      if (null !== a && "function" !== typeof a && "object" !== typeof a) {
        if (c._owner) {
          c = c._owner;
          if (c) {
            if (1 !== c.tag) throw Error(p(309));
            var d = c.stateNode;
          }
          if (!d) throw Error(p(147, a));
          var e = d, f = "" + a;
          if (null !== b && null !== b.ref && "function" === typeof b.ref && b.ref._stringRef === f) return b.ref;
          b = function(a2) {
            var b2 = e.refs;
            null === a2 ? delete b2[f] : b2[f] = a2;
          };
          b._stringRef = f;
          return b;
        }
        if ("string" !== typeof a) throw Error(p(284));
        if (!c._owner) throw Error(p(290, a));
      }
      return a;
    }
    function Mg(a, b) {
      a = Object.prototype.toString.call(b);
      throw Error(p(31, "[object Object]" === a ? "object with keys {" + Object.keys(b).join(", ") + "}" : a));
    }
    function Ng(a) {
      var b = a._init;
      return b(a._payload);
    }
    function Og(a) {
      function b(b2, c2) {
        if (a) {
          var d2 = b2.deletions;
          null === d2 ? (b2.deletions = [c2], b2.flags |= 16) : d2.push(c2);
        }
      }
      function c(c2, d2) {
        if (!a) return null;
        for (; null !== d2; ) b(c2, d2), d2 = d2.sibling;
        return null;
      }
      function d(a2, b2) {
        for (a2 = /* @__PURE__ */ new Map(); null !== b2; ) null !== b2.key ? a2.set(b2.key, b2) : a2.set(b2.index, b2), b2 = b2.sibling;
        return a2;
      }
      function e(a2, b2) {
        a2 = Pg(a2, b2);
        a2.index = 0;
        a2.sibling = null;
        return a2;
      }
      function f(b2, c2, d2) {
        b2.index = d2;
        if (!a) return b2.flags |= 1048576, c2;
        d2 = b2.alternate;
        if (null !== d2) return d2 = d2.index, d2 < c2 ? (b2.flags |= 2, c2) : d2;
        b2.flags |= 2;
        return c2;
      }
      function g(b2) {
        a && null === b2.alternate && (b2.flags |= 2);
        return b2;
      }
      function h(a2, b2, c2, d2) {
        if (null === b2 || 6 !== b2.tag) return b2 = Qg(c2, a2.mode, d2), b2.return = a2, b2;
        b2 = e(b2, c2);
        b2.return = a2;
        return b2;
      }
      function k(a2, b2, c2, d2) {
        var f2 = c2.type;
        if (f2 === ya) return m(a2, b2, c2.props.children, d2, c2.key);
        if (null !== b2 && (b2.elementType === f2 || "object" === typeof f2 && null !== f2 && f2.$$typeof === Ha && Ng(f2) === b2.type)) return d2 = e(b2, c2.props), d2.ref = Lg(a2, b2, c2), d2.return = a2, d2;
        d2 = Rg(c2.type, c2.key, c2.props, null, a2.mode, d2);
        d2.ref = Lg(a2, b2, c2);
        d2.return = a2;
        return d2;
      }
      function l(a2, b2, c2, d2) {
        if (null === b2 || 4 !== b2.tag || b2.stateNode.containerInfo !== c2.containerInfo || b2.stateNode.implementation !== c2.implementation) return b2 = Sg(c2, a2.mode, d2), b2.return = a2, b2;
        b2 = e(b2, c2.children || []);
        b2.return = a2;
        return b2;
      }
      function m(a2, b2, c2, d2, f2) {
        if (null === b2 || 7 !== b2.tag) return b2 = Tg(c2, a2.mode, d2, f2), b2.return = a2, b2;
        b2 = e(b2, c2);
        b2.return = a2;
        return b2;
      }
      function q(a2, b2, c2) {
        if ("string" === typeof b2 && "" !== b2 || "number" === typeof b2) return b2 = Qg("" + b2, a2.mode, c2), b2.return = a2, b2;
        if ("object" === typeof b2 && null !== b2) {
          switch (b2.$$typeof) {
            case va:
              return c2 = Rg(b2.type, b2.key, b2.props, null, a2.mode, c2), c2.ref = Lg(a2, null, b2), c2.return = a2, c2;
            case wa:
              return b2 = Sg(b2, a2.mode, c2), b2.return = a2, b2;
            case Ha:
              var d2 = b2._init;
              return q(a2, d2(b2._payload), c2);
          }
          if (eb(b2) || Ka(b2)) return b2 = Tg(b2, a2.mode, c2, null), b2.return = a2, b2;
          Mg(a2, b2);
        }
        return null;
      }
      function r(a2, b2, c2, d2) {
        var e2 = null !== b2 ? b2.key : null;
        if ("string" === typeof c2 && "" !== c2 || "number" === typeof c2) return null !== e2 ? null : h(a2, b2, "" + c2, d2);
        if ("object" === typeof c2 && null !== c2) {
          switch (c2.$$typeof) {
            case va:
              return c2.key === e2 ? k(a2, b2, c2, d2) : null;
            case wa:
              return c2.key === e2 ? l(a2, b2, c2, d2) : null;
            case Ha:
              return e2 = c2._init, r(
                a2,
                b2,
                e2(c2._payload),
                d2
              );
          }
          if (eb(c2) || Ka(c2)) return null !== e2 ? null : m(a2, b2, c2, d2, null);
          Mg(a2, c2);
        }
        return null;
      }
      function y(a2, b2, c2, d2, e2) {
        if ("string" === typeof d2 && "" !== d2 || "number" === typeof d2) return a2 = a2.get(c2) || null, h(b2, a2, "" + d2, e2);
        if ("object" === typeof d2 && null !== d2) {
          switch (d2.$$typeof) {
            case va:
              return a2 = a2.get(null === d2.key ? c2 : d2.key) || null, k(b2, a2, d2, e2);
            case wa:
              return a2 = a2.get(null === d2.key ? c2 : d2.key) || null, l(b2, a2, d2, e2);
            case Ha:
              var f2 = d2._init;
              return y(a2, b2, c2, f2(d2._payload), e2);
          }
          if (eb(d2) || Ka(d2)) return a2 = a2.get(c2) || null, m(b2, a2, d2, e2, null);
          Mg(b2, d2);
        }
        return null;
      }
      function n(e2, g2, h2, k2) {
        for (var l2 = null, m2 = null, u = g2, w = g2 = 0, x = null; null !== u && w < h2.length; w++) {
          u.index > w ? (x = u, u = null) : x = u.sibling;
          var n2 = r(e2, u, h2[w], k2);
          if (null === n2) {
            null === u && (u = x);
            break;
          }
          a && u && null === n2.alternate && b(e2, u);
          g2 = f(n2, g2, w);
          null === m2 ? l2 = n2 : m2.sibling = n2;
          m2 = n2;
          u = x;
        }
        if (w === h2.length) return c(e2, u), I && tg(e2, w), l2;
        if (null === u) {
          for (; w < h2.length; w++) u = q(e2, h2[w], k2), null !== u && (g2 = f(u, g2, w), null === m2 ? l2 = u : m2.sibling = u, m2 = u);
          I && tg(e2, w);
          return l2;
        }
        for (u = d(e2, u); w < h2.length; w++) x = y(u, e2, w, h2[w], k2), null !== x && (a && null !== x.alternate && u.delete(null === x.key ? w : x.key), g2 = f(x, g2, w), null === m2 ? l2 = x : m2.sibling = x, m2 = x);
        a && u.forEach(function(a2) {
          return b(e2, a2);
        });
        I && tg(e2, w);
        return l2;
      }
      function t(e2, g2, h2, k2) {
        var l2 = Ka(h2);
        if ("function" !== typeof l2) throw Error(p(150));
        h2 = l2.call(h2);
        if (null == h2) throw Error(p(151));
        for (var u = l2 = null, m2 = g2, w = g2 = 0, x = null, n2 = h2.next(); null !== m2 && !n2.done; w++, n2 = h2.next()) {
          m2.index > w ? (x = m2, m2 = null) : x = m2.sibling;
          var t2 = r(e2, m2, n2.value, k2);
          if (null === t2) {
            null === m2 && (m2 = x);
            break;
          }
          a && m2 && null === t2.alternate && b(e2, m2);
          g2 = f(t2, g2, w);
          null === u ? l2 = t2 : u.sibling = t2;
          u = t2;
          m2 = x;
        }
        if (n2.done) return c(
          e2,
          m2
        ), I && tg(e2, w), l2;
        if (null === m2) {
          for (; !n2.done; w++, n2 = h2.next()) n2 = q(e2, n2.value, k2), null !== n2 && (g2 = f(n2, g2, w), null === u ? l2 = n2 : u.sibling = n2, u = n2);
          I && tg(e2, w);
          return l2;
        }
        for (m2 = d(e2, m2); !n2.done; w++, n2 = h2.next()) n2 = y(m2, e2, w, n2.value, k2), null !== n2 && (a && null !== n2.alternate && m2.delete(null === n2.key ? w : n2.key), g2 = f(n2, g2, w), null === u ? l2 = n2 : u.sibling = n2, u = n2);
        a && m2.forEach(function(a2) {
          return b(e2, a2);
        });
        I && tg(e2, w);
        return l2;
      }
      function J(a2, d2, f2, h2) {
        "object" === typeof f2 && null !== f2 && f2.type === ya && null === f2.key && (f2 = f2.props.children);
        if ("object" === typeof f2 && null !== f2) {
          switch (f2.$$typeof) {
            case va:
              a: {
                for (var k2 = f2.key, l2 = d2; null !== l2; ) {
                  if (l2.key === k2) {
                    k2 = f2.type;
                    if (k2 === ya) {
                      if (7 === l2.tag) {
                        c(a2, l2.sibling);
                        d2 = e(l2, f2.props.children);
                        d2.return = a2;
                        a2 = d2;
                        break a;
                      }
                    } else if (l2.elementType === k2 || "object" === typeof k2 && null !== k2 && k2.$$typeof === Ha && Ng(k2) === l2.type) {
                      c(a2, l2.sibling);
                      d2 = e(l2, f2.props);
                      d2.ref = Lg(a2, l2, f2);
                      d2.return = a2;
                      a2 = d2;
                      break a;
                    }
                    c(a2, l2);
                    break;
                  } else b(a2, l2);
                  l2 = l2.sibling;
                }
                f2.type === ya ? (d2 = Tg(f2.props.children, a2.mode, h2, f2.key), d2.return = a2, a2 = d2) : (h2 = Rg(f2.type, f2.key, f2.props, null, a2.mode, h2), h2.ref = Lg(a2, d2, f2), h2.return = a2, a2 = h2);
              }
              return g(a2);
            case wa:
              a: {
                for (l2 = f2.key; null !== d2; ) {
                  if (d2.key === l2) if (4 === d2.tag && d2.stateNode.containerInfo === f2.containerInfo && d2.stateNode.implementation === f2.implementation) {
                    c(a2, d2.sibling);
                    d2 = e(d2, f2.children || []);
                    d2.return = a2;
                    a2 = d2;
                    break a;
                  } else {
                    c(a2, d2);
                    break;
                  }
                  else b(a2, d2);
                  d2 = d2.sibling;
                }
                d2 = Sg(f2, a2.mode, h2);
                d2.return = a2;
                a2 = d2;
              }
              return g(a2);
            case Ha:
              return l2 = f2._init, J(a2, d2, l2(f2._payload), h2);
          }
          if (eb(f2)) return n(a2, d2, f2, h2);
          if (Ka(f2)) return t(a2, d2, f2, h2);
          Mg(a2, f2);
        }
        return "string" === typeof f2 && "" !== f2 || "number" === typeof f2 ? (f2 = "" + f2, null !== d2 && 6 === d2.tag ? (c(a2, d2.sibling), d2 = e(d2, f2), d2.return = a2, a2 = d2) : (c(a2, d2), d2 = Qg(f2, a2.mode, h2), d2.return = a2, a2 = d2), g(a2)) : c(a2, d2);
      }
      return J;
    }
    var Ug = Og(true);
    var Vg = Og(false);
    var Wg = Uf(null);
    var Xg = null;
    var Yg = null;
    var Zg = null;
    function $g() {
      Zg = Yg = Xg = null;
    }
    function ah(a) {
      var b = Wg.current;
      E(Wg);
      a._currentValue = b;
    }
    function bh(a, b, c) {
      for (; null !== a; ) {
        var d = a.alternate;
        (a.childLanes & b) !== b ? (a.childLanes |= b, null !== d && (d.childLanes |= b)) : null !== d && (d.childLanes & b) !== b && (d.childLanes |= b);
        if (a === c) break;
        a = a.return;
      }
    }
    function ch(a, b) {
      Xg = a;
      Zg = Yg = null;
      a = a.dependencies;
      null !== a && null !== a.firstContext && (0 !== (a.lanes & b) && (dh = true), a.firstContext = null);
    }
    function eh(a) {
      var b = a._currentValue;
      if (Zg !== a) if (a = { context: a, memoizedValue: b, next: null }, null === Yg) {
        if (null === Xg) throw Error(p(308));
        Yg = a;
        Xg.dependencies = { lanes: 0, firstContext: a };
      } else Yg = Yg.next = a;
      return b;
    }
    var fh = null;
    function gh(a) {
      null === fh ? fh = [a] : fh.push(a);
    }
    function hh(a, b, c, d) {
      var e = b.interleaved;
      null === e ? (c.next = c, gh(b)) : (c.next = e.next, e.next = c);
      b.interleaved = c;
      return ih(a, d);
    }
    function ih(a, b) {
      a.lanes |= b;
      var c = a.alternate;
      null !== c && (c.lanes |= b);
      c = a;
      for (a = a.return; null !== a; ) a.childLanes |= b, c = a.alternate, null !== c && (c.childLanes |= b), c = a, a = a.return;
      return 3 === c.tag ? c.stateNode : null;
    }
    var jh = false;
    function kh(a) {
      a.updateQueue = { baseState: a.memoizedState, firstBaseUpdate: null, lastBaseUpdate: null, shared: { pending: null, interleaved: null, lanes: 0 }, effects: null };
    }
    function lh(a, b) {
      a = a.updateQueue;
      b.updateQueue === a && (b.updateQueue = { baseState: a.baseState, firstBaseUpdate: a.firstBaseUpdate, lastBaseUpdate: a.lastBaseUpdate, shared: a.shared, effects: a.effects });
    }
    function mh(a, b) {
      return { eventTime: a, lane: b, tag: 0, payload: null, callback: null, next: null };
    }
    function nh(a, b, c) {
      var d = a.updateQueue;
      if (null === d) return null;
      d = d.shared;
      if (0 !== (K & 2)) {
        var e = d.pending;
        null === e ? b.next = b : (b.next = e.next, e.next = b);
        d.pending = b;
        return ih(a, c);
      }
      e = d.interleaved;
      null === e ? (b.next = b, gh(d)) : (b.next = e.next, e.next = b);
      d.interleaved = b;
      return ih(a, c);
    }
    function oh(a, b, c) {
      b = b.updateQueue;
      if (null !== b && (b = b.shared, 0 !== (c & 4194240))) {
        var d = b.lanes;
        d &= a.pendingLanes;
        c |= d;
        b.lanes = c;
        Cc(a, c);
      }
    }
    function ph(a, b) {
      var c = a.updateQueue, d = a.alternate;
      if (null !== d && (d = d.updateQueue, c === d)) {
        var e = null, f = null;
        c = c.firstBaseUpdate;
        if (null !== c) {
          do {
            var g = { eventTime: c.eventTime, lane: c.lane, tag: c.tag, payload: c.payload, callback: c.callback, next: null };
            null === f ? e = f = g : f = f.next = g;
            c = c.next;
          } while (null !== c);
          null === f ? e = f = b : f = f.next = b;
        } else e = f = b;
        c = { baseState: d.baseState, firstBaseUpdate: e, lastBaseUpdate: f, shared: d.shared, effects: d.effects };
        a.updateQueue = c;
        return;
      }
      a = c.lastBaseUpdate;
      null === a ? c.firstBaseUpdate = b : a.next = b;
      c.lastBaseUpdate = b;
    }
    function qh(a, b, c, d) {
      var e = a.updateQueue;
      jh = false;
      var f = e.firstBaseUpdate, g = e.lastBaseUpdate, h = e.shared.pending;
      if (null !== h) {
        e.shared.pending = null;
        var k = h, l = k.next;
        k.next = null;
        null === g ? f = l : g.next = l;
        g = k;
        var m = a.alternate;
        null !== m && (m = m.updateQueue, h = m.lastBaseUpdate, h !== g && (null === h ? m.firstBaseUpdate = l : h.next = l, m.lastBaseUpdate = k));
      }
      if (null !== f) {
        var q = e.baseState;
        g = 0;
        m = l = k = null;
        h = f;
        do {
          var r = h.lane, y = h.eventTime;
          if ((d & r) === r) {
            null !== m && (m = m.next = {
              eventTime: y,
              lane: 0,
              tag: h.tag,
              payload: h.payload,
              callback: h.callback,
              next: null
            });
            a: {
              var n = a, t = h;
              r = b;
              y = c;
              switch (t.tag) {
                case 1:
                  n = t.payload;
                  if ("function" === typeof n) {
                    q = n.call(y, q, r);
                    break a;
                  }
                  q = n;
                  break a;
                case 3:
                  n.flags = n.flags & -65537 | 128;
                case 0:
                  n = t.payload;
                  r = "function" === typeof n ? n.call(y, q, r) : n;
                  if (null === r || void 0 === r) break a;
                  q = A({}, q, r);
                  break a;
                case 2:
                  jh = true;
              }
            }
            null !== h.callback && 0 !== h.lane && (a.flags |= 64, r = e.effects, null === r ? e.effects = [h] : r.push(h));
          } else y = { eventTime: y, lane: r, tag: h.tag, payload: h.payload, callback: h.callback, next: null }, null === m ? (l = m = y, k = q) : m = m.next = y, g |= r;
          h = h.next;
          if (null === h) if (h = e.shared.pending, null === h) break;
          else r = h, h = r.next, r.next = null, e.lastBaseUpdate = r, e.shared.pending = null;
        } while (1);
        null === m && (k = q);
        e.baseState = k;
        e.firstBaseUpdate = l;
        e.lastBaseUpdate = m;
        b = e.shared.interleaved;
        if (null !== b) {
          e = b;
          do
            g |= e.lane, e = e.next;
          while (e !== b);
        } else null === f && (e.shared.lanes = 0);
        rh |= g;
        a.lanes = g;
        a.memoizedState = q;
      }
    }
    function sh(a, b, c) {
      a = b.effects;
      b.effects = null;
      if (null !== a) for (b = 0; b < a.length; b++) {
        var d = a[b], e = d.callback;
        if (null !== e) {
          d.callback = null;
          d = c;
          if ("function" !== typeof e) throw Error(p(191, e));
          e.call(d);
        }
      }
    }
    var th = {};
    var uh = Uf(th);
    var vh = Uf(th);
    var wh = Uf(th);
    function xh(a) {
      if (a === th) throw Error(p(174));
      return a;
    }
    function yh(a, b) {
      G(wh, b);
      G(vh, a);
      G(uh, th);
      a = b.nodeType;
      switch (a) {
        case 9:
        case 11:
          b = (b = b.documentElement) ? b.namespaceURI : lb(null, "");
          break;
        default:
          a = 8 === a ? b.parentNode : b, b = a.namespaceURI || null, a = a.tagName, b = lb(b, a);
      }
      E(uh);
      G(uh, b);
    }
    function zh() {
      E(uh);
      E(vh);
      E(wh);
    }
    function Ah(a) {
      xh(wh.current);
      var b = xh(uh.current);
      var c = lb(b, a.type);
      b !== c && (G(vh, a), G(uh, c));
    }
    function Bh(a) {
      vh.current === a && (E(uh), E(vh));
    }
    var L = Uf(0);
    function Ch(a) {
      for (var b = a; null !== b; ) {
        if (13 === b.tag) {
          var c = b.memoizedState;
          if (null !== c && (c = c.dehydrated, null === c || "$?" === c.data || "$!" === c.data)) return b;
        } else if (19 === b.tag && void 0 !== b.memoizedProps.revealOrder) {
          if (0 !== (b.flags & 128)) return b;
        } else if (null !== b.child) {
          b.child.return = b;
          b = b.child;
          continue;
        }
        if (b === a) break;
        for (; null === b.sibling; ) {
          if (null === b.return || b.return === a) return null;
          b = b.return;
        }
        b.sibling.return = b.return;
        b = b.sibling;
      }
      return null;
    }
    var Dh = [];
    function Eh() {
      for (var a = 0; a < Dh.length; a++) Dh[a]._workInProgressVersionPrimary = null;
      Dh.length = 0;
    }
    var Fh = ua.ReactCurrentDispatcher;
    var Gh = ua.ReactCurrentBatchConfig;
    var Hh = 0;
    var M = null;
    var N = null;
    var O = null;
    var Ih = false;
    var Jh = false;
    var Kh = 0;
    var Lh = 0;
    function P() {
      throw Error(p(321));
    }
    function Mh(a, b) {
      if (null === b) return false;
      for (var c = 0; c < b.length && c < a.length; c++) if (!He(a[c], b[c])) return false;
      return true;
    }
    function Nh(a, b, c, d, e, f) {
      Hh = f;
      M = b;
      b.memoizedState = null;
      b.updateQueue = null;
      b.lanes = 0;
      Fh.current = null === a || null === a.memoizedState ? Oh : Ph;
      a = c(d, e);
      if (Jh) {
        f = 0;
        do {
          Jh = false;
          Kh = 0;
          if (25 <= f) throw Error(p(301));
          f += 1;
          O = N = null;
          b.updateQueue = null;
          Fh.current = Qh;
          a = c(d, e);
        } while (Jh);
      }
      Fh.current = Rh;
      b = null !== N && null !== N.next;
      Hh = 0;
      O = N = M = null;
      Ih = false;
      if (b) throw Error(p(300));
      return a;
    }
    function Sh() {
      var a = 0 !== Kh;
      Kh = 0;
      return a;
    }
    function Th() {
      var a = { memoizedState: null, baseState: null, baseQueue: null, queue: null, next: null };
      null === O ? M.memoizedState = O = a : O = O.next = a;
      return O;
    }
    function Uh() {
      if (null === N) {
        var a = M.alternate;
        a = null !== a ? a.memoizedState : null;
      } else a = N.next;
      var b = null === O ? M.memoizedState : O.next;
      if (null !== b) O = b, N = a;
      else {
        if (null === a) throw Error(p(310));
        N = a;
        a = { memoizedState: N.memoizedState, baseState: N.baseState, baseQueue: N.baseQueue, queue: N.queue, next: null };
        null === O ? M.memoizedState = O = a : O = O.next = a;
      }
      return O;
    }
    function Vh(a, b) {
      return "function" === typeof b ? b(a) : b;
    }
    function Wh(a) {
      var b = Uh(), c = b.queue;
      if (null === c) throw Error(p(311));
      c.lastRenderedReducer = a;
      var d = N, e = d.baseQueue, f = c.pending;
      if (null !== f) {
        if (null !== e) {
          var g = e.next;
          e.next = f.next;
          f.next = g;
        }
        d.baseQueue = e = f;
        c.pending = null;
      }
      if (null !== e) {
        f = e.next;
        d = d.baseState;
        var h = g = null, k = null, l = f;
        do {
          var m = l.lane;
          if ((Hh & m) === m) null !== k && (k = k.next = { lane: 0, action: l.action, hasEagerState: l.hasEagerState, eagerState: l.eagerState, next: null }), d = l.hasEagerState ? l.eagerState : a(d, l.action);
          else {
            var q = {
              lane: m,
              action: l.action,
              hasEagerState: l.hasEagerState,
              eagerState: l.eagerState,
              next: null
            };
            null === k ? (h = k = q, g = d) : k = k.next = q;
            M.lanes |= m;
            rh |= m;
          }
          l = l.next;
        } while (null !== l && l !== f);
        null === k ? g = d : k.next = h;
        He(d, b.memoizedState) || (dh = true);
        b.memoizedState = d;
        b.baseState = g;
        b.baseQueue = k;
        c.lastRenderedState = d;
      }
      a = c.interleaved;
      if (null !== a) {
        e = a;
        do
          f = e.lane, M.lanes |= f, rh |= f, e = e.next;
        while (e !== a);
      } else null === e && (c.lanes = 0);
      return [b.memoizedState, c.dispatch];
    }
    function Xh(a) {
      var b = Uh(), c = b.queue;
      if (null === c) throw Error(p(311));
      c.lastRenderedReducer = a;
      var d = c.dispatch, e = c.pending, f = b.memoizedState;
      if (null !== e) {
        c.pending = null;
        var g = e = e.next;
        do
          f = a(f, g.action), g = g.next;
        while (g !== e);
        He(f, b.memoizedState) || (dh = true);
        b.memoizedState = f;
        null === b.baseQueue && (b.baseState = f);
        c.lastRenderedState = f;
      }
      return [f, d];
    }
    function Yh() {
    }
    function Zh(a, b) {
      var c = M, d = Uh(), e = b(), f = !He(d.memoizedState, e);
      f && (d.memoizedState = e, dh = true);
      d = d.queue;
      $h(ai.bind(null, c, d, a), [a]);
      if (d.getSnapshot !== b || f || null !== O && O.memoizedState.tag & 1) {
        c.flags |= 2048;
        bi(9, ci.bind(null, c, d, e, b), void 0, null);
        if (null === Q) throw Error(p(349));
        0 !== (Hh & 30) || di(c, b, e);
      }
      return e;
    }
    function di(a, b, c) {
      a.flags |= 16384;
      a = { getSnapshot: b, value: c };
      b = M.updateQueue;
      null === b ? (b = { lastEffect: null, stores: null }, M.updateQueue = b, b.stores = [a]) : (c = b.stores, null === c ? b.stores = [a] : c.push(a));
    }
    function ci(a, b, c, d) {
      b.value = c;
      b.getSnapshot = d;
      ei(b) && fi(a);
    }
    function ai(a, b, c) {
      return c(function() {
        ei(b) && fi(a);
      });
    }
    function ei(a) {
      var b = a.getSnapshot;
      a = a.value;
      try {
        var c = b();
        return !He(a, c);
      } catch (d) {
        return true;
      }
    }
    function fi(a) {
      var b = ih(a, 1);
      null !== b && gi(b, a, 1, -1);
    }
    function hi(a) {
      var b = Th();
      "function" === typeof a && (a = a());
      b.memoizedState = b.baseState = a;
      a = { pending: null, interleaved: null, lanes: 0, dispatch: null, lastRenderedReducer: Vh, lastRenderedState: a };
      b.queue = a;
      a = a.dispatch = ii.bind(null, M, a);
      return [b.memoizedState, a];
    }
    function bi(a, b, c, d) {
      a = { tag: a, create: b, destroy: c, deps: d, next: null };
      b = M.updateQueue;
      null === b ? (b = { lastEffect: null, stores: null }, M.updateQueue = b, b.lastEffect = a.next = a) : (c = b.lastEffect, null === c ? b.lastEffect = a.next = a : (d = c.next, c.next = a, a.next = d, b.lastEffect = a));
      return a;
    }
    function ji() {
      return Uh().memoizedState;
    }
    function ki(a, b, c, d) {
      var e = Th();
      M.flags |= a;
      e.memoizedState = bi(1 | b, c, void 0, void 0 === d ? null : d);
    }
    function li(a, b, c, d) {
      var e = Uh();
      d = void 0 === d ? null : d;
      var f = void 0;
      if (null !== N) {
        var g = N.memoizedState;
        f = g.destroy;
        if (null !== d && Mh(d, g.deps)) {
          e.memoizedState = bi(b, c, f, d);
          return;
        }
      }
      M.flags |= a;
      e.memoizedState = bi(1 | b, c, f, d);
    }
    function mi(a, b) {
      return ki(8390656, 8, a, b);
    }
    function $h(a, b) {
      return li(2048, 8, a, b);
    }
    function ni(a, b) {
      return li(4, 2, a, b);
    }
    function oi(a, b) {
      return li(4, 4, a, b);
    }
    function pi(a, b) {
      if ("function" === typeof b) return a = a(), b(a), function() {
        b(null);
      };
      if (null !== b && void 0 !== b) return a = a(), b.current = a, function() {
        b.current = null;
      };
    }
    function qi(a, b, c) {
      c = null !== c && void 0 !== c ? c.concat([a]) : null;
      return li(4, 4, pi.bind(null, b, a), c);
    }
    function ri() {
    }
    function si(a, b) {
      var c = Uh();
      b = void 0 === b ? null : b;
      var d = c.memoizedState;
      if (null !== d && null !== b && Mh(b, d[1])) return d[0];
      c.memoizedState = [a, b];
      return a;
    }
    function ti(a, b) {
      var c = Uh();
      b = void 0 === b ? null : b;
      var d = c.memoizedState;
      if (null !== d && null !== b && Mh(b, d[1])) return d[0];
      a = a();
      c.memoizedState = [a, b];
      return a;
    }
    function ui(a, b, c) {
      if (0 === (Hh & 21)) return a.baseState && (a.baseState = false, dh = true), a.memoizedState = c;
      He(c, b) || (c = yc(), M.lanes |= c, rh |= c, a.baseState = true);
      return b;
    }
    function vi(a, b) {
      var c = C;
      C = 0 !== c && 4 > c ? c : 4;
      a(true);
      var d = Gh.transition;
      Gh.transition = {};
      try {
        a(false), b();
      } finally {
        C = c, Gh.transition = d;
      }
    }
    function wi() {
      return Uh().memoizedState;
    }
    function xi(a, b, c) {
      var d = yi(a);
      c = { lane: d, action: c, hasEagerState: false, eagerState: null, next: null };
      if (zi(a)) Ai(b, c);
      else if (c = hh(a, b, c, d), null !== c) {
        var e = R();
        gi(c, a, d, e);
        Bi(c, b, d);
      }
    }
    function ii(a, b, c) {
      var d = yi(a), e = { lane: d, action: c, hasEagerState: false, eagerState: null, next: null };
      if (zi(a)) Ai(b, e);
      else {
        var f = a.alternate;
        if (0 === a.lanes && (null === f || 0 === f.lanes) && (f = b.lastRenderedReducer, null !== f)) try {
          var g = b.lastRenderedState, h = f(g, c);
          e.hasEagerState = true;
          e.eagerState = h;
          if (He(h, g)) {
            var k = b.interleaved;
            null === k ? (e.next = e, gh(b)) : (e.next = k.next, k.next = e);
            b.interleaved = e;
            return;
          }
        } catch (l) {
        } finally {
        }
        c = hh(a, b, e, d);
        null !== c && (e = R(), gi(c, a, d, e), Bi(c, b, d));
      }
    }
    function zi(a) {
      var b = a.alternate;
      return a === M || null !== b && b === M;
    }
    function Ai(a, b) {
      Jh = Ih = true;
      var c = a.pending;
      null === c ? b.next = b : (b.next = c.next, c.next = b);
      a.pending = b;
    }
    function Bi(a, b, c) {
      if (0 !== (c & 4194240)) {
        var d = b.lanes;
        d &= a.pendingLanes;
        c |= d;
        b.lanes = c;
        Cc(a, c);
      }
    }
    var Rh = { readContext: eh, useCallback: P, useContext: P, useEffect: P, useImperativeHandle: P, useInsertionEffect: P, useLayoutEffect: P, useMemo: P, useReducer: P, useRef: P, useState: P, useDebugValue: P, useDeferredValue: P, useTransition: P, useMutableSource: P, useSyncExternalStore: P, useId: P, unstable_isNewReconciler: false };
    var Oh = { readContext: eh, useCallback: function(a, b) {
      Th().memoizedState = [a, void 0 === b ? null : b];
      return a;
    }, useContext: eh, useEffect: mi, useImperativeHandle: function(a, b, c) {
      c = null !== c && void 0 !== c ? c.concat([a]) : null;
      return ki(
        4194308,
        4,
        pi.bind(null, b, a),
        c
      );
    }, useLayoutEffect: function(a, b) {
      return ki(4194308, 4, a, b);
    }, useInsertionEffect: function(a, b) {
      return ki(4, 2, a, b);
    }, useMemo: function(a, b) {
      var c = Th();
      b = void 0 === b ? null : b;
      a = a();
      c.memoizedState = [a, b];
      return a;
    }, useReducer: function(a, b, c) {
      var d = Th();
      b = void 0 !== c ? c(b) : b;
      d.memoizedState = d.baseState = b;
      a = { pending: null, interleaved: null, lanes: 0, dispatch: null, lastRenderedReducer: a, lastRenderedState: b };
      d.queue = a;
      a = a.dispatch = xi.bind(null, M, a);
      return [d.memoizedState, a];
    }, useRef: function(a) {
      var b = Th();
      a = { current: a };
      return b.memoizedState = a;
    }, useState: hi, useDebugValue: ri, useDeferredValue: function(a) {
      return Th().memoizedState = a;
    }, useTransition: function() {
      var a = hi(false), b = a[0];
      a = vi.bind(null, a[1]);
      Th().memoizedState = a;
      return [b, a];
    }, useMutableSource: function() {
    }, useSyncExternalStore: function(a, b, c) {
      var d = M, e = Th();
      if (I) {
        if (void 0 === c) throw Error(p(407));
        c = c();
      } else {
        c = b();
        if (null === Q) throw Error(p(349));
        0 !== (Hh & 30) || di(d, b, c);
      }
      e.memoizedState = c;
      var f = { value: c, getSnapshot: b };
      e.queue = f;
      mi(ai.bind(
        null,
        d,
        f,
        a
      ), [a]);
      d.flags |= 2048;
      bi(9, ci.bind(null, d, f, c, b), void 0, null);
      return c;
    }, useId: function() {
      var a = Th(), b = Q.identifierPrefix;
      if (I) {
        var c = sg;
        var d = rg;
        c = (d & ~(1 << 32 - oc(d) - 1)).toString(32) + c;
        b = ":" + b + "R" + c;
        c = Kh++;
        0 < c && (b += "H" + c.toString(32));
        b += ":";
      } else c = Lh++, b = ":" + b + "r" + c.toString(32) + ":";
      return a.memoizedState = b;
    }, unstable_isNewReconciler: false };
    var Ph = {
      readContext: eh,
      useCallback: si,
      useContext: eh,
      useEffect: $h,
      useImperativeHandle: qi,
      useInsertionEffect: ni,
      useLayoutEffect: oi,
      useMemo: ti,
      useReducer: Wh,
      useRef: ji,
      useState: function() {
        return Wh(Vh);
      },
      useDebugValue: ri,
      useDeferredValue: function(a) {
        var b = Uh();
        return ui(b, N.memoizedState, a);
      },
      useTransition: function() {
        var a = Wh(Vh)[0], b = Uh().memoizedState;
        return [a, b];
      },
      useMutableSource: Yh,
      useSyncExternalStore: Zh,
      useId: wi,
      unstable_isNewReconciler: false
    };
    var Qh = { readContext: eh, useCallback: si, useContext: eh, useEffect: $h, useImperativeHandle: qi, useInsertionEffect: ni, useLayoutEffect: oi, useMemo: ti, useReducer: Xh, useRef: ji, useState: function() {
      return Xh(Vh);
    }, useDebugValue: ri, useDeferredValue: function(a) {
      var b = Uh();
      return null === N ? b.memoizedState = a : ui(b, N.memoizedState, a);
    }, useTransition: function() {
      var a = Xh(Vh)[0], b = Uh().memoizedState;
      return [a, b];
    }, useMutableSource: Yh, useSyncExternalStore: Zh, useId: wi, unstable_isNewReconciler: false };
    function Ci(a, b) {
      if (a && a.defaultProps) {
        b = A({}, b);
        a = a.defaultProps;
        for (var c in a) void 0 === b[c] && (b[c] = a[c]);
        return b;
      }
      return b;
    }
    function Di(a, b, c, d) {
      b = a.memoizedState;
      c = c(d, b);
      c = null === c || void 0 === c ? b : A({}, b, c);
      a.memoizedState = c;
      0 === a.lanes && (a.updateQueue.baseState = c);
    }
    var Ei = { isMounted: function(a) {
      return (a = a._reactInternals) ? Vb(a) === a : false;
    }, enqueueSetState: function(a, b, c) {
      a = a._reactInternals;
      var d = R(), e = yi(a), f = mh(d, e);
      f.payload = b;
      void 0 !== c && null !== c && (f.callback = c);
      b = nh(a, f, e);
      null !== b && (gi(b, a, e, d), oh(b, a, e));
    }, enqueueReplaceState: function(a, b, c) {
      a = a._reactInternals;
      var d = R(), e = yi(a), f = mh(d, e);
      f.tag = 1;
      f.payload = b;
      void 0 !== c && null !== c && (f.callback = c);
      b = nh(a, f, e);
      null !== b && (gi(b, a, e, d), oh(b, a, e));
    }, enqueueForceUpdate: function(a, b) {
      a = a._reactInternals;
      var c = R(), d = yi(a), e = mh(c, d);
      e.tag = 2;
      void 0 !== b && null !== b && (e.callback = b);
      b = nh(a, e, d);
      null !== b && (gi(b, a, d, c), oh(b, a, d));
    } };
    function Fi(a, b, c, d, e, f, g) {
      a = a.stateNode;
      return "function" === typeof a.shouldComponentUpdate ? a.shouldComponentUpdate(d, f, g) : b.prototype && b.prototype.isPureReactComponent ? !Ie(c, d) || !Ie(e, f) : true;
    }
    function Gi(a, b, c) {
      var d = false, e = Vf;
      var f = b.contextType;
      "object" === typeof f && null !== f ? f = eh(f) : (e = Zf(b) ? Xf : H.current, d = b.contextTypes, f = (d = null !== d && void 0 !== d) ? Yf(a, e) : Vf);
      b = new b(c, f);
      a.memoizedState = null !== b.state && void 0 !== b.state ? b.state : null;
      b.updater = Ei;
      a.stateNode = b;
      b._reactInternals = a;
      d && (a = a.stateNode, a.__reactInternalMemoizedUnmaskedChildContext = e, a.__reactInternalMemoizedMaskedChildContext = f);
      return b;
    }
    function Hi(a, b, c, d) {
      a = b.state;
      "function" === typeof b.componentWillReceiveProps && b.componentWillReceiveProps(c, d);
      "function" === typeof b.UNSAFE_componentWillReceiveProps && b.UNSAFE_componentWillReceiveProps(c, d);
      b.state !== a && Ei.enqueueReplaceState(b, b.state, null);
    }
    function Ii(a, b, c, d) {
      var e = a.stateNode;
      e.props = c;
      e.state = a.memoizedState;
      e.refs = {};
      kh(a);
      var f = b.contextType;
      "object" === typeof f && null !== f ? e.context = eh(f) : (f = Zf(b) ? Xf : H.current, e.context = Yf(a, f));
      e.state = a.memoizedState;
      f = b.getDerivedStateFromProps;
      "function" === typeof f && (Di(a, b, f, c), e.state = a.memoizedState);
      "function" === typeof b.getDerivedStateFromProps || "function" === typeof e.getSnapshotBeforeUpdate || "function" !== typeof e.UNSAFE_componentWillMount && "function" !== typeof e.componentWillMount || (b = e.state, "function" === typeof e.componentWillMount && e.componentWillMount(), "function" === typeof e.UNSAFE_componentWillMount && e.UNSAFE_componentWillMount(), b !== e.state && Ei.enqueueReplaceState(e, e.state, null), qh(a, c, e, d), e.state = a.memoizedState);
      "function" === typeof e.componentDidMount && (a.flags |= 4194308);
    }
    function Ji(a, b) {
      try {
        var c = "", d = b;
        do
          c += Pa(d), d = d.return;
        while (d);
        var e = c;
      } catch (f) {
        e = "\nError generating stack: " + f.message + "\n" + f.stack;
      }
      return { value: a, source: b, stack: e, digest: null };
    }
    function Ki(a, b, c) {
      return { value: a, source: null, stack: null != c ? c : null, digest: null != b ? b : null };
    }
    function Li(a, b) {
      try {
        console.error(b.value);
      } catch (c) {
        setTimeout(function() {
          throw c;
        });
      }
    }
    var Mi = "function" === typeof WeakMap ? WeakMap : Map;
    function Ni(a, b, c) {
      c = mh(-1, c);
      c.tag = 3;
      c.payload = { element: null };
      var d = b.value;
      c.callback = function() {
        Oi || (Oi = true, Pi = d);
        Li(a, b);
      };
      return c;
    }
    function Qi(a, b, c) {
      c = mh(-1, c);
      c.tag = 3;
      var d = a.type.getDerivedStateFromError;
      if ("function" === typeof d) {
        var e = b.value;
        c.payload = function() {
          return d(e);
        };
        c.callback = function() {
          Li(a, b);
        };
      }
      var f = a.stateNode;
      null !== f && "function" === typeof f.componentDidCatch && (c.callback = function() {
        Li(a, b);
        "function" !== typeof d && (null === Ri ? Ri = /* @__PURE__ */ new Set([this]) : Ri.add(this));
        var c2 = b.stack;
        this.componentDidCatch(b.value, { componentStack: null !== c2 ? c2 : "" });
      });
      return c;
    }
    function Si(a, b, c) {
      var d = a.pingCache;
      if (null === d) {
        d = a.pingCache = new Mi();
        var e = /* @__PURE__ */ new Set();
        d.set(b, e);
      } else e = d.get(b), void 0 === e && (e = /* @__PURE__ */ new Set(), d.set(b, e));
      e.has(c) || (e.add(c), a = Ti.bind(null, a, b, c), b.then(a, a));
    }
    function Ui(a) {
      do {
        var b;
        if (b = 13 === a.tag) b = a.memoizedState, b = null !== b ? null !== b.dehydrated ? true : false : true;
        if (b) return a;
        a = a.return;
      } while (null !== a);
      return null;
    }
    function Vi(a, b, c, d, e) {
      if (0 === (a.mode & 1)) return a === b ? a.flags |= 65536 : (a.flags |= 128, c.flags |= 131072, c.flags &= -52805, 1 === c.tag && (null === c.alternate ? c.tag = 17 : (b = mh(-1, 1), b.tag = 2, nh(c, b, 1))), c.lanes |= 1), a;
      a.flags |= 65536;
      a.lanes = e;
      return a;
    }
    var Wi = ua.ReactCurrentOwner;
    var dh = false;
    function Xi(a, b, c, d) {
      b.child = null === a ? Vg(b, null, c, d) : Ug(b, a.child, c, d);
    }
    function Yi(a, b, c, d, e) {
      c = c.render;
      var f = b.ref;
      ch(b, e);
      d = Nh(a, b, c, d, f, e);
      c = Sh();
      if (null !== a && !dh) return b.updateQueue = a.updateQueue, b.flags &= -2053, a.lanes &= ~e, Zi(a, b, e);
      I && c && vg(b);
      b.flags |= 1;
      Xi(a, b, d, e);
      return b.child;
    }
    function $i(a, b, c, d, e) {
      if (null === a) {
        var f = c.type;
        if ("function" === typeof f && !aj(f) && void 0 === f.defaultProps && null === c.compare && void 0 === c.defaultProps) return b.tag = 15, b.type = f, bj(a, b, f, d, e);
        a = Rg(c.type, null, d, b, b.mode, e);
        a.ref = b.ref;
        a.return = b;
        return b.child = a;
      }
      f = a.child;
      if (0 === (a.lanes & e)) {
        var g = f.memoizedProps;
        c = c.compare;
        c = null !== c ? c : Ie;
        if (c(g, d) && a.ref === b.ref) return Zi(a, b, e);
      }
      b.flags |= 1;
      a = Pg(f, d);
      a.ref = b.ref;
      a.return = b;
      return b.child = a;
    }
    function bj(a, b, c, d, e) {
      if (null !== a) {
        var f = a.memoizedProps;
        if (Ie(f, d) && a.ref === b.ref) if (dh = false, b.pendingProps = d = f, 0 !== (a.lanes & e)) 0 !== (a.flags & 131072) && (dh = true);
        else return b.lanes = a.lanes, Zi(a, b, e);
      }
      return cj(a, b, c, d, e);
    }
    function dj(a, b, c) {
      var d = b.pendingProps, e = d.children, f = null !== a ? a.memoizedState : null;
      if ("hidden" === d.mode) if (0 === (b.mode & 1)) b.memoizedState = { baseLanes: 0, cachePool: null, transitions: null }, G(ej, fj), fj |= c;
      else {
        if (0 === (c & 1073741824)) return a = null !== f ? f.baseLanes | c : c, b.lanes = b.childLanes = 1073741824, b.memoizedState = { baseLanes: a, cachePool: null, transitions: null }, b.updateQueue = null, G(ej, fj), fj |= a, null;
        b.memoizedState = { baseLanes: 0, cachePool: null, transitions: null };
        d = null !== f ? f.baseLanes : c;
        G(ej, fj);
        fj |= d;
      }
      else null !== f ? (d = f.baseLanes | c, b.memoizedState = null) : d = c, G(ej, fj), fj |= d;
      Xi(a, b, e, c);
      return b.child;
    }
    function gj(a, b) {
      var c = b.ref;
      if (null === a && null !== c || null !== a && a.ref !== c) b.flags |= 512, b.flags |= 2097152;
    }
    function cj(a, b, c, d, e) {
      var f = Zf(c) ? Xf : H.current;
      f = Yf(b, f);
      ch(b, e);
      c = Nh(a, b, c, d, f, e);
      d = Sh();
      if (null !== a && !dh) return b.updateQueue = a.updateQueue, b.flags &= -2053, a.lanes &= ~e, Zi(a, b, e);
      I && d && vg(b);
      b.flags |= 1;
      Xi(a, b, c, e);
      return b.child;
    }
    function hj(a, b, c, d, e) {
      if (Zf(c)) {
        var f = true;
        cg(b);
      } else f = false;
      ch(b, e);
      if (null === b.stateNode) ij(a, b), Gi(b, c, d), Ii(b, c, d, e), d = true;
      else if (null === a) {
        var g = b.stateNode, h = b.memoizedProps;
        g.props = h;
        var k = g.context, l = c.contextType;
        "object" === typeof l && null !== l ? l = eh(l) : (l = Zf(c) ? Xf : H.current, l = Yf(b, l));
        var m = c.getDerivedStateFromProps, q = "function" === typeof m || "function" === typeof g.getSnapshotBeforeUpdate;
        q || "function" !== typeof g.UNSAFE_componentWillReceiveProps && "function" !== typeof g.componentWillReceiveProps || (h !== d || k !== l) && Hi(b, g, d, l);
        jh = false;
        var r = b.memoizedState;
        g.state = r;
        qh(b, d, g, e);
        k = b.memoizedState;
        h !== d || r !== k || Wf.current || jh ? ("function" === typeof m && (Di(b, c, m, d), k = b.memoizedState), (h = jh || Fi(b, c, h, d, r, k, l)) ? (q || "function" !== typeof g.UNSAFE_componentWillMount && "function" !== typeof g.componentWillMount || ("function" === typeof g.componentWillMount && g.componentWillMount(), "function" === typeof g.UNSAFE_componentWillMount && g.UNSAFE_componentWillMount()), "function" === typeof g.componentDidMount && (b.flags |= 4194308)) : ("function" === typeof g.componentDidMount && (b.flags |= 4194308), b.memoizedProps = d, b.memoizedState = k), g.props = d, g.state = k, g.context = l, d = h) : ("function" === typeof g.componentDidMount && (b.flags |= 4194308), d = false);
      } else {
        g = b.stateNode;
        lh(a, b);
        h = b.memoizedProps;
        l = b.type === b.elementType ? h : Ci(b.type, h);
        g.props = l;
        q = b.pendingProps;
        r = g.context;
        k = c.contextType;
        "object" === typeof k && null !== k ? k = eh(k) : (k = Zf(c) ? Xf : H.current, k = Yf(b, k));
        var y = c.getDerivedStateFromProps;
        (m = "function" === typeof y || "function" === typeof g.getSnapshotBeforeUpdate) || "function" !== typeof g.UNSAFE_componentWillReceiveProps && "function" !== typeof g.componentWillReceiveProps || (h !== q || r !== k) && Hi(b, g, d, k);
        jh = false;
        r = b.memoizedState;
        g.state = r;
        qh(b, d, g, e);
        var n = b.memoizedState;
        h !== q || r !== n || Wf.current || jh ? ("function" === typeof y && (Di(b, c, y, d), n = b.memoizedState), (l = jh || Fi(b, c, l, d, r, n, k) || false) ? (m || "function" !== typeof g.UNSAFE_componentWillUpdate && "function" !== typeof g.componentWillUpdate || ("function" === typeof g.componentWillUpdate && g.componentWillUpdate(d, n, k), "function" === typeof g.UNSAFE_componentWillUpdate && g.UNSAFE_componentWillUpdate(d, n, k)), "function" === typeof g.componentDidUpdate && (b.flags |= 4), "function" === typeof g.getSnapshotBeforeUpdate && (b.flags |= 1024)) : ("function" !== typeof g.componentDidUpdate || h === a.memoizedProps && r === a.memoizedState || (b.flags |= 4), "function" !== typeof g.getSnapshotBeforeUpdate || h === a.memoizedProps && r === a.memoizedState || (b.flags |= 1024), b.memoizedProps = d, b.memoizedState = n), g.props = d, g.state = n, g.context = k, d = l) : ("function" !== typeof g.componentDidUpdate || h === a.memoizedProps && r === a.memoizedState || (b.flags |= 4), "function" !== typeof g.getSnapshotBeforeUpdate || h === a.memoizedProps && r === a.memoizedState || (b.flags |= 1024), d = false);
      }
      return jj(a, b, c, d, f, e);
    }
    function jj(a, b, c, d, e, f) {
      gj(a, b);
      var g = 0 !== (b.flags & 128);
      if (!d && !g) return e && dg(b, c, false), Zi(a, b, f);
      d = b.stateNode;
      Wi.current = b;
      var h = g && "function" !== typeof c.getDerivedStateFromError ? null : d.render();
      b.flags |= 1;
      null !== a && g ? (b.child = Ug(b, a.child, null, f), b.child = Ug(b, null, h, f)) : Xi(a, b, h, f);
      b.memoizedState = d.state;
      e && dg(b, c, true);
      return b.child;
    }
    function kj(a) {
      var b = a.stateNode;
      b.pendingContext ? ag(a, b.pendingContext, b.pendingContext !== b.context) : b.context && ag(a, b.context, false);
      yh(a, b.containerInfo);
    }
    function lj(a, b, c, d, e) {
      Ig();
      Jg(e);
      b.flags |= 256;
      Xi(a, b, c, d);
      return b.child;
    }
    var mj = { dehydrated: null, treeContext: null, retryLane: 0 };
    function nj(a) {
      return { baseLanes: a, cachePool: null, transitions: null };
    }
    function oj(a, b, c) {
      var d = b.pendingProps, e = L.current, f = false, g = 0 !== (b.flags & 128), h;
      (h = g) || (h = null !== a && null === a.memoizedState ? false : 0 !== (e & 2));
      if (h) f = true, b.flags &= -129;
      else if (null === a || null !== a.memoizedState) e |= 1;
      G(L, e & 1);
      if (null === a) {
        Eg(b);
        a = b.memoizedState;
        if (null !== a && (a = a.dehydrated, null !== a)) return 0 === (b.mode & 1) ? b.lanes = 1 : "$!" === a.data ? b.lanes = 8 : b.lanes = 1073741824, null;
        g = d.children;
        a = d.fallback;
        return f ? (d = b.mode, f = b.child, g = { mode: "hidden", children: g }, 0 === (d & 1) && null !== f ? (f.childLanes = 0, f.pendingProps = g) : f = pj(g, d, 0, null), a = Tg(a, d, c, null), f.return = b, a.return = b, f.sibling = a, b.child = f, b.child.memoizedState = nj(c), b.memoizedState = mj, a) : qj(b, g);
      }
      e = a.memoizedState;
      if (null !== e && (h = e.dehydrated, null !== h)) return rj(a, b, g, d, h, e, c);
      if (f) {
        f = d.fallback;
        g = b.mode;
        e = a.child;
        h = e.sibling;
        var k = { mode: "hidden", children: d.children };
        0 === (g & 1) && b.child !== e ? (d = b.child, d.childLanes = 0, d.pendingProps = k, b.deletions = null) : (d = Pg(e, k), d.subtreeFlags = e.subtreeFlags & 14680064);
        null !== h ? f = Pg(h, f) : (f = Tg(f, g, c, null), f.flags |= 2);
        f.return = b;
        d.return = b;
        d.sibling = f;
        b.child = d;
        d = f;
        f = b.child;
        g = a.child.memoizedState;
        g = null === g ? nj(c) : { baseLanes: g.baseLanes | c, cachePool: null, transitions: g.transitions };
        f.memoizedState = g;
        f.childLanes = a.childLanes & ~c;
        b.memoizedState = mj;
        return d;
      }
      f = a.child;
      a = f.sibling;
      d = Pg(f, { mode: "visible", children: d.children });
      0 === (b.mode & 1) && (d.lanes = c);
      d.return = b;
      d.sibling = null;
      null !== a && (c = b.deletions, null === c ? (b.deletions = [a], b.flags |= 16) : c.push(a));
      b.child = d;
      b.memoizedState = null;
      return d;
    }
    function qj(a, b) {
      b = pj({ mode: "visible", children: b }, a.mode, 0, null);
      b.return = a;
      return a.child = b;
    }
    function sj(a, b, c, d) {
      null !== d && Jg(d);
      Ug(b, a.child, null, c);
      a = qj(b, b.pendingProps.children);
      a.flags |= 2;
      b.memoizedState = null;
      return a;
    }
    function rj(a, b, c, d, e, f, g) {
      if (c) {
        if (b.flags & 256) return b.flags &= -257, d = Ki(Error(p(422))), sj(a, b, g, d);
        if (null !== b.memoizedState) return b.child = a.child, b.flags |= 128, null;
        f = d.fallback;
        e = b.mode;
        d = pj({ mode: "visible", children: d.children }, e, 0, null);
        f = Tg(f, e, g, null);
        f.flags |= 2;
        d.return = b;
        f.return = b;
        d.sibling = f;
        b.child = d;
        0 !== (b.mode & 1) && Ug(b, a.child, null, g);
        b.child.memoizedState = nj(g);
        b.memoizedState = mj;
        return f;
      }
      if (0 === (b.mode & 1)) return sj(a, b, g, null);
      if ("$!" === e.data) {
        d = e.nextSibling && e.nextSibling.dataset;
        if (d) var h = d.dgst;
        d = h;
        f = Error(p(419));
        d = Ki(f, d, void 0);
        return sj(a, b, g, d);
      }
      h = 0 !== (g & a.childLanes);
      if (dh || h) {
        d = Q;
        if (null !== d) {
          switch (g & -g) {
            case 4:
              e = 2;
              break;
            case 16:
              e = 8;
              break;
            case 64:
            case 128:
            case 256:
            case 512:
            case 1024:
            case 2048:
            case 4096:
            case 8192:
            case 16384:
            case 32768:
            case 65536:
            case 131072:
            case 262144:
            case 524288:
            case 1048576:
            case 2097152:
            case 4194304:
            case 8388608:
            case 16777216:
            case 33554432:
            case 67108864:
              e = 32;
              break;
            case 536870912:
              e = 268435456;
              break;
            default:
              e = 0;
          }
          e = 0 !== (e & (d.suspendedLanes | g)) ? 0 : e;
          0 !== e && e !== f.retryLane && (f.retryLane = e, ih(a, e), gi(d, a, e, -1));
        }
        tj();
        d = Ki(Error(p(421)));
        return sj(a, b, g, d);
      }
      if ("$?" === e.data) return b.flags |= 128, b.child = a.child, b = uj.bind(null, a), e._reactRetry = b, null;
      a = f.treeContext;
      yg = Lf(e.nextSibling);
      xg = b;
      I = true;
      zg = null;
      null !== a && (og[pg++] = rg, og[pg++] = sg, og[pg++] = qg, rg = a.id, sg = a.overflow, qg = b);
      b = qj(b, d.children);
      b.flags |= 4096;
      return b;
    }
    function vj(a, b, c) {
      a.lanes |= b;
      var d = a.alternate;
      null !== d && (d.lanes |= b);
      bh(a.return, b, c);
    }
    function wj(a, b, c, d, e) {
      var f = a.memoizedState;
      null === f ? a.memoizedState = { isBackwards: b, rendering: null, renderingStartTime: 0, last: d, tail: c, tailMode: e } : (f.isBackwards = b, f.rendering = null, f.renderingStartTime = 0, f.last = d, f.tail = c, f.tailMode = e);
    }
    function xj(a, b, c) {
      var d = b.pendingProps, e = d.revealOrder, f = d.tail;
      Xi(a, b, d.children, c);
      d = L.current;
      if (0 !== (d & 2)) d = d & 1 | 2, b.flags |= 128;
      else {
        if (null !== a && 0 !== (a.flags & 128)) a: for (a = b.child; null !== a; ) {
          if (13 === a.tag) null !== a.memoizedState && vj(a, c, b);
          else if (19 === a.tag) vj(a, c, b);
          else if (null !== a.child) {
            a.child.return = a;
            a = a.child;
            continue;
          }
          if (a === b) break a;
          for (; null === a.sibling; ) {
            if (null === a.return || a.return === b) break a;
            a = a.return;
          }
          a.sibling.return = a.return;
          a = a.sibling;
        }
        d &= 1;
      }
      G(L, d);
      if (0 === (b.mode & 1)) b.memoizedState = null;
      else switch (e) {
        case "forwards":
          c = b.child;
          for (e = null; null !== c; ) a = c.alternate, null !== a && null === Ch(a) && (e = c), c = c.sibling;
          c = e;
          null === c ? (e = b.child, b.child = null) : (e = c.sibling, c.sibling = null);
          wj(b, false, e, c, f);
          break;
        case "backwards":
          c = null;
          e = b.child;
          for (b.child = null; null !== e; ) {
            a = e.alternate;
            if (null !== a && null === Ch(a)) {
              b.child = e;
              break;
            }
            a = e.sibling;
            e.sibling = c;
            c = e;
            e = a;
          }
          wj(b, true, c, null, f);
          break;
        case "together":
          wj(b, false, null, null, void 0);
          break;
        default:
          b.memoizedState = null;
      }
      return b.child;
    }
    function ij(a, b) {
      0 === (b.mode & 1) && null !== a && (a.alternate = null, b.alternate = null, b.flags |= 2);
    }
    function Zi(a, b, c) {
      null !== a && (b.dependencies = a.dependencies);
      rh |= b.lanes;
      if (0 === (c & b.childLanes)) return null;
      if (null !== a && b.child !== a.child) throw Error(p(153));
      if (null !== b.child) {
        a = b.child;
        c = Pg(a, a.pendingProps);
        b.child = c;
        for (c.return = b; null !== a.sibling; ) a = a.sibling, c = c.sibling = Pg(a, a.pendingProps), c.return = b;
        c.sibling = null;
      }
      return b.child;
    }
    function yj(a, b, c) {
      switch (b.tag) {
        case 3:
          kj(b);
          Ig();
          break;
        case 5:
          Ah(b);
          break;
        case 1:
          Zf(b.type) && cg(b);
          break;
        case 4:
          yh(b, b.stateNode.containerInfo);
          break;
        case 10:
          var d = b.type._context, e = b.memoizedProps.value;
          G(Wg, d._currentValue);
          d._currentValue = e;
          break;
        case 13:
          d = b.memoizedState;
          if (null !== d) {
            if (null !== d.dehydrated) return G(L, L.current & 1), b.flags |= 128, null;
            if (0 !== (c & b.child.childLanes)) return oj(a, b, c);
            G(L, L.current & 1);
            a = Zi(a, b, c);
            return null !== a ? a.sibling : null;
          }
          G(L, L.current & 1);
          break;
        case 19:
          d = 0 !== (c & b.childLanes);
          if (0 !== (a.flags & 128)) {
            if (d) return xj(a, b, c);
            b.flags |= 128;
          }
          e = b.memoizedState;
          null !== e && (e.rendering = null, e.tail = null, e.lastEffect = null);
          G(L, L.current);
          if (d) break;
          else return null;
        case 22:
        case 23:
          return b.lanes = 0, dj(a, b, c);
      }
      return Zi(a, b, c);
    }
    var zj;
    var Aj;
    var Bj;
    var Cj;
    zj = function(a, b) {
      for (var c = b.child; null !== c; ) {
        if (5 === c.tag || 6 === c.tag) a.appendChild(c.stateNode);
        else if (4 !== c.tag && null !== c.child) {
          c.child.return = c;
          c = c.child;
          continue;
        }
        if (c === b) break;
        for (; null === c.sibling; ) {
          if (null === c.return || c.return === b) return;
          c = c.return;
        }
        c.sibling.return = c.return;
        c = c.sibling;
      }
    };
    Aj = function() {
    };
    Bj = function(a, b, c, d) {
      var e = a.memoizedProps;
      if (e !== d) {
        a = b.stateNode;
        xh(uh.current);
        var f = null;
        switch (c) {
          case "input":
            e = Ya(a, e);
            d = Ya(a, d);
            f = [];
            break;
          case "select":
            e = A({}, e, { value: void 0 });
            d = A({}, d, { value: void 0 });
            f = [];
            break;
          case "textarea":
            e = gb(a, e);
            d = gb(a, d);
            f = [];
            break;
          default:
            "function" !== typeof e.onClick && "function" === typeof d.onClick && (a.onclick = Bf);
        }
        ub(c, d);
        var g;
        c = null;
        for (l in e) if (!d.hasOwnProperty(l) && e.hasOwnProperty(l) && null != e[l]) if ("style" === l) {
          var h = e[l];
          for (g in h) h.hasOwnProperty(g) && (c || (c = {}), c[g] = "");
        } else "dangerouslySetInnerHTML" !== l && "children" !== l && "suppressContentEditableWarning" !== l && "suppressHydrationWarning" !== l && "autoFocus" !== l && (ea.hasOwnProperty(l) ? f || (f = []) : (f = f || []).push(l, null));
        for (l in d) {
          var k = d[l];
          h = null != e ? e[l] : void 0;
          if (d.hasOwnProperty(l) && k !== h && (null != k || null != h)) if ("style" === l) if (h) {
            for (g in h) !h.hasOwnProperty(g) || k && k.hasOwnProperty(g) || (c || (c = {}), c[g] = "");
            for (g in k) k.hasOwnProperty(g) && h[g] !== k[g] && (c || (c = {}), c[g] = k[g]);
          } else c || (f || (f = []), f.push(
            l,
            c
          )), c = k;
          else "dangerouslySetInnerHTML" === l ? (k = k ? k.__html : void 0, h = h ? h.__html : void 0, null != k && h !== k && (f = f || []).push(l, k)) : "children" === l ? "string" !== typeof k && "number" !== typeof k || (f = f || []).push(l, "" + k) : "suppressContentEditableWarning" !== l && "suppressHydrationWarning" !== l && (ea.hasOwnProperty(l) ? (null != k && "onScroll" === l && D("scroll", a), f || h === k || (f = [])) : (f = f || []).push(l, k));
        }
        c && (f = f || []).push("style", c);
        var l = f;
        if (b.updateQueue = l) b.flags |= 4;
      }
    };
    Cj = function(a, b, c, d) {
      c !== d && (b.flags |= 4);
    };
    function Dj(a, b) {
      if (!I) switch (a.tailMode) {
        case "hidden":
          b = a.tail;
          for (var c = null; null !== b; ) null !== b.alternate && (c = b), b = b.sibling;
          null === c ? a.tail = null : c.sibling = null;
          break;
        case "collapsed":
          c = a.tail;
          for (var d = null; null !== c; ) null !== c.alternate && (d = c), c = c.sibling;
          null === d ? b || null === a.tail ? a.tail = null : a.tail.sibling = null : d.sibling = null;
      }
    }
    function S(a) {
      var b = null !== a.alternate && a.alternate.child === a.child, c = 0, d = 0;
      if (b) for (var e = a.child; null !== e; ) c |= e.lanes | e.childLanes, d |= e.subtreeFlags & 14680064, d |= e.flags & 14680064, e.return = a, e = e.sibling;
      else for (e = a.child; null !== e; ) c |= e.lanes | e.childLanes, d |= e.subtreeFlags, d |= e.flags, e.return = a, e = e.sibling;
      a.subtreeFlags |= d;
      a.childLanes = c;
      return b;
    }
    function Ej(a, b, c) {
      var d = b.pendingProps;
      wg(b);
      switch (b.tag) {
        case 2:
        case 16:
        case 15:
        case 0:
        case 11:
        case 7:
        case 8:
        case 12:
        case 9:
        case 14:
          return S(b), null;
        case 1:
          return Zf(b.type) && $f(), S(b), null;
        case 3:
          d = b.stateNode;
          zh();
          E(Wf);
          E(H);
          Eh();
          d.pendingContext && (d.context = d.pendingContext, d.pendingContext = null);
          if (null === a || null === a.child) Gg(b) ? b.flags |= 4 : null === a || a.memoizedState.isDehydrated && 0 === (b.flags & 256) || (b.flags |= 1024, null !== zg && (Fj(zg), zg = null));
          Aj(a, b);
          S(b);
          return null;
        case 5:
          Bh(b);
          var e = xh(wh.current);
          c = b.type;
          if (null !== a && null != b.stateNode) Bj(a, b, c, d, e), a.ref !== b.ref && (b.flags |= 512, b.flags |= 2097152);
          else {
            if (!d) {
              if (null === b.stateNode) throw Error(p(166));
              S(b);
              return null;
            }
            a = xh(uh.current);
            if (Gg(b)) {
              d = b.stateNode;
              c = b.type;
              var f = b.memoizedProps;
              d[Of] = b;
              d[Pf] = f;
              a = 0 !== (b.mode & 1);
              switch (c) {
                case "dialog":
                  D("cancel", d);
                  D("close", d);
                  break;
                case "iframe":
                case "object":
                case "embed":
                  D("load", d);
                  break;
                case "video":
                case "audio":
                  for (e = 0; e < lf.length; e++) D(lf[e], d);
                  break;
                case "source":
                  D("error", d);
                  break;
                case "img":
                case "image":
                case "link":
                  D(
                    "error",
                    d
                  );
                  D("load", d);
                  break;
                case "details":
                  D("toggle", d);
                  break;
                case "input":
                  Za(d, f);
                  D("invalid", d);
                  break;
                case "select":
                  d._wrapperState = { wasMultiple: !!f.multiple };
                  D("invalid", d);
                  break;
                case "textarea":
                  hb(d, f), D("invalid", d);
              }
              ub(c, f);
              e = null;
              for (var g in f) if (f.hasOwnProperty(g)) {
                var h = f[g];
                "children" === g ? "string" === typeof h ? d.textContent !== h && (true !== f.suppressHydrationWarning && Af(d.textContent, h, a), e = ["children", h]) : "number" === typeof h && d.textContent !== "" + h && (true !== f.suppressHydrationWarning && Af(
                  d.textContent,
                  h,
                  a
                ), e = ["children", "" + h]) : ea.hasOwnProperty(g) && null != h && "onScroll" === g && D("scroll", d);
              }
              switch (c) {
                case "input":
                  Va(d);
                  db(d, f, true);
                  break;
                case "textarea":
                  Va(d);
                  jb(d);
                  break;
                case "select":
                case "option":
                  break;
                default:
                  "function" === typeof f.onClick && (d.onclick = Bf);
              }
              d = e;
              b.updateQueue = d;
              null !== d && (b.flags |= 4);
            } else {
              g = 9 === e.nodeType ? e : e.ownerDocument;
              "http://www.w3.org/1999/xhtml" === a && (a = kb(c));
              "http://www.w3.org/1999/xhtml" === a ? "script" === c ? (a = g.createElement("div"), a.innerHTML = "<script><\/script>", a = a.removeChild(a.firstChild)) : "string" === typeof d.is ? a = g.createElement(c, { is: d.is }) : (a = g.createElement(c), "select" === c && (g = a, d.multiple ? g.multiple = true : d.size && (g.size = d.size))) : a = g.createElementNS(a, c);
              a[Of] = b;
              a[Pf] = d;
              zj(a, b, false, false);
              b.stateNode = a;
              a: {
                g = vb(c, d);
                switch (c) {
                  case "dialog":
                    D("cancel", a);
                    D("close", a);
                    e = d;
                    break;
                  case "iframe":
                  case "object":
                  case "embed":
                    D("load", a);
                    e = d;
                    break;
                  case "video":
                  case "audio":
                    for (e = 0; e < lf.length; e++) D(lf[e], a);
                    e = d;
                    break;
                  case "source":
                    D("error", a);
                    e = d;
                    break;
                  case "img":
                  case "image":
                  case "link":
                    D(
                      "error",
                      a
                    );
                    D("load", a);
                    e = d;
                    break;
                  case "details":
                    D("toggle", a);
                    e = d;
                    break;
                  case "input":
                    Za(a, d);
                    e = Ya(a, d);
                    D("invalid", a);
                    break;
                  case "option":
                    e = d;
                    break;
                  case "select":
                    a._wrapperState = { wasMultiple: !!d.multiple };
                    e = A({}, d, { value: void 0 });
                    D("invalid", a);
                    break;
                  case "textarea":
                    hb(a, d);
                    e = gb(a, d);
                    D("invalid", a);
                    break;
                  default:
                    e = d;
                }
                ub(c, e);
                h = e;
                for (f in h) if (h.hasOwnProperty(f)) {
                  var k = h[f];
                  "style" === f ? sb(a, k) : "dangerouslySetInnerHTML" === f ? (k = k ? k.__html : void 0, null != k && nb(a, k)) : "children" === f ? "string" === typeof k ? ("textarea" !== c || "" !== k) && ob(a, k) : "number" === typeof k && ob(a, "" + k) : "suppressContentEditableWarning" !== f && "suppressHydrationWarning" !== f && "autoFocus" !== f && (ea.hasOwnProperty(f) ? null != k && "onScroll" === f && D("scroll", a) : null != k && ta(a, f, k, g));
                }
                switch (c) {
                  case "input":
                    Va(a);
                    db(a, d, false);
                    break;
                  case "textarea":
                    Va(a);
                    jb(a);
                    break;
                  case "option":
                    null != d.value && a.setAttribute("value", "" + Sa(d.value));
                    break;
                  case "select":
                    a.multiple = !!d.multiple;
                    f = d.value;
                    null != f ? fb(a, !!d.multiple, f, false) : null != d.defaultValue && fb(
                      a,
                      !!d.multiple,
                      d.defaultValue,
                      true
                    );
                    break;
                  default:
                    "function" === typeof e.onClick && (a.onclick = Bf);
                }
                switch (c) {
                  case "button":
                  case "input":
                  case "select":
                  case "textarea":
                    d = !!d.autoFocus;
                    break a;
                  case "img":
                    d = true;
                    break a;
                  default:
                    d = false;
                }
              }
              d && (b.flags |= 4);
            }
            null !== b.ref && (b.flags |= 512, b.flags |= 2097152);
          }
          S(b);
          return null;
        case 6:
          if (a && null != b.stateNode) Cj(a, b, a.memoizedProps, d);
          else {
            if ("string" !== typeof d && null === b.stateNode) throw Error(p(166));
            c = xh(wh.current);
            xh(uh.current);
            if (Gg(b)) {
              d = b.stateNode;
              c = b.memoizedProps;
              d[Of] = b;
              if (f = d.nodeValue !== c) {
                if (a = xg, null !== a) switch (a.tag) {
                  case 3:
                    Af(d.nodeValue, c, 0 !== (a.mode & 1));
                    break;
                  case 5:
                    true !== a.memoizedProps.suppressHydrationWarning && Af(d.nodeValue, c, 0 !== (a.mode & 1));
                }
              }
              f && (b.flags |= 4);
            } else d = (9 === c.nodeType ? c : c.ownerDocument).createTextNode(d), d[Of] = b, b.stateNode = d;
          }
          S(b);
          return null;
        case 13:
          E(L);
          d = b.memoizedState;
          if (null === a || null !== a.memoizedState && null !== a.memoizedState.dehydrated) {
            if (I && null !== yg && 0 !== (b.mode & 1) && 0 === (b.flags & 128)) Hg(), Ig(), b.flags |= 98560, f = false;
            else if (f = Gg(b), null !== d && null !== d.dehydrated) {
              if (null === a) {
                if (!f) throw Error(p(318));
                f = b.memoizedState;
                f = null !== f ? f.dehydrated : null;
                if (!f) throw Error(p(317));
                f[Of] = b;
              } else Ig(), 0 === (b.flags & 128) && (b.memoizedState = null), b.flags |= 4;
              S(b);
              f = false;
            } else null !== zg && (Fj(zg), zg = null), f = true;
            if (!f) return b.flags & 65536 ? b : null;
          }
          if (0 !== (b.flags & 128)) return b.lanes = c, b;
          d = null !== d;
          d !== (null !== a && null !== a.memoizedState) && d && (b.child.flags |= 8192, 0 !== (b.mode & 1) && (null === a || 0 !== (L.current & 1) ? 0 === T && (T = 3) : tj()));
          null !== b.updateQueue && (b.flags |= 4);
          S(b);
          return null;
        case 4:
          return zh(), Aj(a, b), null === a && sf(b.stateNode.containerInfo), S(b), null;
        case 10:
          return ah(b.type._context), S(b), null;
        case 17:
          return Zf(b.type) && $f(), S(b), null;
        case 19:
          E(L);
          f = b.memoizedState;
          if (null === f) return S(b), null;
          d = 0 !== (b.flags & 128);
          g = f.rendering;
          if (null === g) if (d) Dj(f, false);
          else {
            if (0 !== T || null !== a && 0 !== (a.flags & 128)) for (a = b.child; null !== a; ) {
              g = Ch(a);
              if (null !== g) {
                b.flags |= 128;
                Dj(f, false);
                d = g.updateQueue;
                null !== d && (b.updateQueue = d, b.flags |= 4);
                b.subtreeFlags = 0;
                d = c;
                for (c = b.child; null !== c; ) f = c, a = d, f.flags &= 14680066, g = f.alternate, null === g ? (f.childLanes = 0, f.lanes = a, f.child = null, f.subtreeFlags = 0, f.memoizedProps = null, f.memoizedState = null, f.updateQueue = null, f.dependencies = null, f.stateNode = null) : (f.childLanes = g.childLanes, f.lanes = g.lanes, f.child = g.child, f.subtreeFlags = 0, f.deletions = null, f.memoizedProps = g.memoizedProps, f.memoizedState = g.memoizedState, f.updateQueue = g.updateQueue, f.type = g.type, a = g.dependencies, f.dependencies = null === a ? null : { lanes: a.lanes, firstContext: a.firstContext }), c = c.sibling;
                G(L, L.current & 1 | 2);
                return b.child;
              }
              a = a.sibling;
            }
            null !== f.tail && B() > Gj && (b.flags |= 128, d = true, Dj(f, false), b.lanes = 4194304);
          }
          else {
            if (!d) if (a = Ch(g), null !== a) {
              if (b.flags |= 128, d = true, c = a.updateQueue, null !== c && (b.updateQueue = c, b.flags |= 4), Dj(f, true), null === f.tail && "hidden" === f.tailMode && !g.alternate && !I) return S(b), null;
            } else 2 * B() - f.renderingStartTime > Gj && 1073741824 !== c && (b.flags |= 128, d = true, Dj(f, false), b.lanes = 4194304);
            f.isBackwards ? (g.sibling = b.child, b.child = g) : (c = f.last, null !== c ? c.sibling = g : b.child = g, f.last = g);
          }
          if (null !== f.tail) return b = f.tail, f.rendering = b, f.tail = b.sibling, f.renderingStartTime = B(), b.sibling = null, c = L.current, G(L, d ? c & 1 | 2 : c & 1), b;
          S(b);
          return null;
        case 22:
        case 23:
          return Hj(), d = null !== b.memoizedState, null !== a && null !== a.memoizedState !== d && (b.flags |= 8192), d && 0 !== (b.mode & 1) ? 0 !== (fj & 1073741824) && (S(b), b.subtreeFlags & 6 && (b.flags |= 8192)) : S(b), null;
        case 24:
          return null;
        case 25:
          return null;
      }
      throw Error(p(156, b.tag));
    }
    function Ij(a, b) {
      wg(b);
      switch (b.tag) {
        case 1:
          return Zf(b.type) && $f(), a = b.flags, a & 65536 ? (b.flags = a & -65537 | 128, b) : null;
        case 3:
          return zh(), E(Wf), E(H), Eh(), a = b.flags, 0 !== (a & 65536) && 0 === (a & 128) ? (b.flags = a & -65537 | 128, b) : null;
        case 5:
          return Bh(b), null;
        case 13:
          E(L);
          a = b.memoizedState;
          if (null !== a && null !== a.dehydrated) {
            if (null === b.alternate) throw Error(p(340));
            Ig();
          }
          a = b.flags;
          return a & 65536 ? (b.flags = a & -65537 | 128, b) : null;
        case 19:
          return E(L), null;
        case 4:
          return zh(), null;
        case 10:
          return ah(b.type._context), null;
        case 22:
        case 23:
          return Hj(), null;
        case 24:
          return null;
        default:
          return null;
      }
    }
    var Jj = false;
    var U = false;
    var Kj = "function" === typeof WeakSet ? WeakSet : Set;
    var V = null;
    function Lj(a, b) {
      var c = a.ref;
      if (null !== c) if ("function" === typeof c) try {
        c(null);
      } catch (d) {
        W(a, b, d);
      }
      else c.current = null;
    }
    function Mj(a, b, c) {
      try {
        c();
      } catch (d) {
        W(a, b, d);
      }
    }
    var Nj = false;
    function Oj(a, b) {
      Cf = dd;
      a = Me();
      if (Ne(a)) {
        if ("selectionStart" in a) var c = { start: a.selectionStart, end: a.selectionEnd };
        else a: {
          c = (c = a.ownerDocument) && c.defaultView || window;
          var d = c.getSelection && c.getSelection();
          if (d && 0 !== d.rangeCount) {
            c = d.anchorNode;
            var e = d.anchorOffset, f = d.focusNode;
            d = d.focusOffset;
            try {
              c.nodeType, f.nodeType;
            } catch (F) {
              c = null;
              break a;
            }
            var g = 0, h = -1, k = -1, l = 0, m = 0, q = a, r = null;
            b: for (; ; ) {
              for (var y; ; ) {
                q !== c || 0 !== e && 3 !== q.nodeType || (h = g + e);
                q !== f || 0 !== d && 3 !== q.nodeType || (k = g + d);
                3 === q.nodeType && (g += q.nodeValue.length);
                if (null === (y = q.firstChild)) break;
                r = q;
                q = y;
              }
              for (; ; ) {
                if (q === a) break b;
                r === c && ++l === e && (h = g);
                r === f && ++m === d && (k = g);
                if (null !== (y = q.nextSibling)) break;
                q = r;
                r = q.parentNode;
              }
              q = y;
            }
            c = -1 === h || -1 === k ? null : { start: h, end: k };
          } else c = null;
        }
        c = c || { start: 0, end: 0 };
      } else c = null;
      Df = { focusedElem: a, selectionRange: c };
      dd = false;
      for (V = b; null !== V; ) if (b = V, a = b.child, 0 !== (b.subtreeFlags & 1028) && null !== a) a.return = b, V = a;
      else for (; null !== V; ) {
        b = V;
        try {
          var n = b.alternate;
          if (0 !== (b.flags & 1024)) switch (b.tag) {
            case 0:
            case 11:
            case 15:
              break;
            case 1:
              if (null !== n) {
                var t = n.memoizedProps, J = n.memoizedState, x = b.stateNode, w = x.getSnapshotBeforeUpdate(b.elementType === b.type ? t : Ci(b.type, t), J);
                x.__reactInternalSnapshotBeforeUpdate = w;
              }
              break;
            case 3:
              var u = b.stateNode.containerInfo;
              1 === u.nodeType ? u.textContent = "" : 9 === u.nodeType && u.documentElement && u.removeChild(u.documentElement);
              break;
            case 5:
            case 6:
            case 4:
            case 17:
              break;
            default:
              throw Error(p(163));
          }
        } catch (F) {
          W(b, b.return, F);
        }
        a = b.sibling;
        if (null !== a) {
          a.return = b.return;
          V = a;
          break;
        }
        V = b.return;
      }
      n = Nj;
      Nj = false;
      return n;
    }
    function Pj(a, b, c) {
      var d = b.updateQueue;
      d = null !== d ? d.lastEffect : null;
      if (null !== d) {
        var e = d = d.next;
        do {
          if ((e.tag & a) === a) {
            var f = e.destroy;
            e.destroy = void 0;
            void 0 !== f && Mj(b, c, f);
          }
          e = e.next;
        } while (e !== d);
      }
    }
    function Qj(a, b) {
      b = b.updateQueue;
      b = null !== b ? b.lastEffect : null;
      if (null !== b) {
        var c = b = b.next;
        do {
          if ((c.tag & a) === a) {
            var d = c.create;
            c.destroy = d();
          }
          c = c.next;
        } while (c !== b);
      }
    }
    function Rj(a) {
      var b = a.ref;
      if (null !== b) {
        var c = a.stateNode;
        switch (a.tag) {
          case 5:
            a = c;
            break;
          default:
            a = c;
        }
        "function" === typeof b ? b(a) : b.current = a;
      }
    }
    function Sj(a) {
      var b = a.alternate;
      null !== b && (a.alternate = null, Sj(b));
      a.child = null;
      a.deletions = null;
      a.sibling = null;
      5 === a.tag && (b = a.stateNode, null !== b && (delete b[Of], delete b[Pf], delete b[of], delete b[Qf], delete b[Rf]));
      a.stateNode = null;
      a.return = null;
      a.dependencies = null;
      a.memoizedProps = null;
      a.memoizedState = null;
      a.pendingProps = null;
      a.stateNode = null;
      a.updateQueue = null;
    }
    function Tj(a) {
      return 5 === a.tag || 3 === a.tag || 4 === a.tag;
    }
    function Uj(a) {
      a: for (; ; ) {
        for (; null === a.sibling; ) {
          if (null === a.return || Tj(a.return)) return null;
          a = a.return;
        }
        a.sibling.return = a.return;
        for (a = a.sibling; 5 !== a.tag && 6 !== a.tag && 18 !== a.tag; ) {
          if (a.flags & 2) continue a;
          if (null === a.child || 4 === a.tag) continue a;
          else a.child.return = a, a = a.child;
        }
        if (!(a.flags & 2)) return a.stateNode;
      }
    }
    function Vj(a, b, c) {
      var d = a.tag;
      if (5 === d || 6 === d) a = a.stateNode, b ? 8 === c.nodeType ? c.parentNode.insertBefore(a, b) : c.insertBefore(a, b) : (8 === c.nodeType ? (b = c.parentNode, b.insertBefore(a, c)) : (b = c, b.appendChild(a)), c = c._reactRootContainer, null !== c && void 0 !== c || null !== b.onclick || (b.onclick = Bf));
      else if (4 !== d && (a = a.child, null !== a)) for (Vj(a, b, c), a = a.sibling; null !== a; ) Vj(a, b, c), a = a.sibling;
    }
    function Wj(a, b, c) {
      var d = a.tag;
      if (5 === d || 6 === d) a = a.stateNode, b ? c.insertBefore(a, b) : c.appendChild(a);
      else if (4 !== d && (a = a.child, null !== a)) for (Wj(a, b, c), a = a.sibling; null !== a; ) Wj(a, b, c), a = a.sibling;
    }
    var X = null;
    var Xj = false;
    function Yj(a, b, c) {
      for (c = c.child; null !== c; ) Zj(a, b, c), c = c.sibling;
    }
    function Zj(a, b, c) {
      if (lc && "function" === typeof lc.onCommitFiberUnmount) try {
        lc.onCommitFiberUnmount(kc, c);
      } catch (h) {
      }
      switch (c.tag) {
        case 5:
          U || Lj(c, b);
        case 6:
          var d = X, e = Xj;
          X = null;
          Yj(a, b, c);
          X = d;
          Xj = e;
          null !== X && (Xj ? (a = X, c = c.stateNode, 8 === a.nodeType ? a.parentNode.removeChild(c) : a.removeChild(c)) : X.removeChild(c.stateNode));
          break;
        case 18:
          null !== X && (Xj ? (a = X, c = c.stateNode, 8 === a.nodeType ? Kf(a.parentNode, c) : 1 === a.nodeType && Kf(a, c), bd(a)) : Kf(X, c.stateNode));
          break;
        case 4:
          d = X;
          e = Xj;
          X = c.stateNode.containerInfo;
          Xj = true;
          Yj(a, b, c);
          X = d;
          Xj = e;
          break;
        case 0:
        case 11:
        case 14:
        case 15:
          if (!U && (d = c.updateQueue, null !== d && (d = d.lastEffect, null !== d))) {
            e = d = d.next;
            do {
              var f = e, g = f.destroy;
              f = f.tag;
              void 0 !== g && (0 !== (f & 2) ? Mj(c, b, g) : 0 !== (f & 4) && Mj(c, b, g));
              e = e.next;
            } while (e !== d);
          }
          Yj(a, b, c);
          break;
        case 1:
          if (!U && (Lj(c, b), d = c.stateNode, "function" === typeof d.componentWillUnmount)) try {
            d.props = c.memoizedProps, d.state = c.memoizedState, d.componentWillUnmount();
          } catch (h) {
            W(c, b, h);
          }
          Yj(a, b, c);
          break;
        case 21:
          Yj(a, b, c);
          break;
        case 22:
          c.mode & 1 ? (U = (d = U) || null !== c.memoizedState, Yj(a, b, c), U = d) : Yj(a, b, c);
          break;
        default:
          Yj(a, b, c);
      }
    }
    function ak(a) {
      var b = a.updateQueue;
      if (null !== b) {
        a.updateQueue = null;
        var c = a.stateNode;
        null === c && (c = a.stateNode = new Kj());
        b.forEach(function(b2) {
          var d = bk.bind(null, a, b2);
          c.has(b2) || (c.add(b2), b2.then(d, d));
        });
      }
    }
    function ck(a, b) {
      var c = b.deletions;
      if (null !== c) for (var d = 0; d < c.length; d++) {
        var e = c[d];
        try {
          var f = a, g = b, h = g;
          a: for (; null !== h; ) {
            switch (h.tag) {
              case 5:
                X = h.stateNode;
                Xj = false;
                break a;
              case 3:
                X = h.stateNode.containerInfo;
                Xj = true;
                break a;
              case 4:
                X = h.stateNode.containerInfo;
                Xj = true;
                break a;
            }
            h = h.return;
          }
          if (null === X) throw Error(p(160));
          Zj(f, g, e);
          X = null;
          Xj = false;
          var k = e.alternate;
          null !== k && (k.return = null);
          e.return = null;
        } catch (l) {
          W(e, b, l);
        }
      }
      if (b.subtreeFlags & 12854) for (b = b.child; null !== b; ) dk(b, a), b = b.sibling;
    }
    function dk(a, b) {
      var c = a.alternate, d = a.flags;
      switch (a.tag) {
        case 0:
        case 11:
        case 14:
        case 15:
          ck(b, a);
          ek(a);
          if (d & 4) {
            try {
              Pj(3, a, a.return), Qj(3, a);
            } catch (t) {
              W(a, a.return, t);
            }
            try {
              Pj(5, a, a.return);
            } catch (t) {
              W(a, a.return, t);
            }
          }
          break;
        case 1:
          ck(b, a);
          ek(a);
          d & 512 && null !== c && Lj(c, c.return);
          break;
        case 5:
          ck(b, a);
          ek(a);
          d & 512 && null !== c && Lj(c, c.return);
          if (a.flags & 32) {
            var e = a.stateNode;
            try {
              ob(e, "");
            } catch (t) {
              W(a, a.return, t);
            }
          }
          if (d & 4 && (e = a.stateNode, null != e)) {
            var f = a.memoizedProps, g = null !== c ? c.memoizedProps : f, h = a.type, k = a.updateQueue;
            a.updateQueue = null;
            if (null !== k) try {
              "input" === h && "radio" === f.type && null != f.name && ab(e, f);
              vb(h, g);
              var l = vb(h, f);
              for (g = 0; g < k.length; g += 2) {
                var m = k[g], q = k[g + 1];
                "style" === m ? sb(e, q) : "dangerouslySetInnerHTML" === m ? nb(e, q) : "children" === m ? ob(e, q) : ta(e, m, q, l);
              }
              switch (h) {
                case "input":
                  bb(e, f);
                  break;
                case "textarea":
                  ib(e, f);
                  break;
                case "select":
                  var r = e._wrapperState.wasMultiple;
                  e._wrapperState.wasMultiple = !!f.multiple;
                  var y = f.value;
                  null != y ? fb(e, !!f.multiple, y, false) : r !== !!f.multiple && (null != f.defaultValue ? fb(
                    e,
                    !!f.multiple,
                    f.defaultValue,
                    true
                  ) : fb(e, !!f.multiple, f.multiple ? [] : "", false));
              }
              e[Pf] = f;
            } catch (t) {
              W(a, a.return, t);
            }
          }
          break;
        case 6:
          ck(b, a);
          ek(a);
          if (d & 4) {
            if (null === a.stateNode) throw Error(p(162));
            e = a.stateNode;
            f = a.memoizedProps;
            try {
              e.nodeValue = f;
            } catch (t) {
              W(a, a.return, t);
            }
          }
          break;
        case 3:
          ck(b, a);
          ek(a);
          if (d & 4 && null !== c && c.memoizedState.isDehydrated) try {
            bd(b.containerInfo);
          } catch (t) {
            W(a, a.return, t);
          }
          break;
        case 4:
          ck(b, a);
          ek(a);
          break;
        case 13:
          ck(b, a);
          ek(a);
          e = a.child;
          e.flags & 8192 && (f = null !== e.memoizedState, e.stateNode.isHidden = f, !f || null !== e.alternate && null !== e.alternate.memoizedState || (fk = B()));
          d & 4 && ak(a);
          break;
        case 22:
          m = null !== c && null !== c.memoizedState;
          a.mode & 1 ? (U = (l = U) || m, ck(b, a), U = l) : ck(b, a);
          ek(a);
          if (d & 8192) {
            l = null !== a.memoizedState;
            if ((a.stateNode.isHidden = l) && !m && 0 !== (a.mode & 1)) for (V = a, m = a.child; null !== m; ) {
              for (q = V = m; null !== V; ) {
                r = V;
                y = r.child;
                switch (r.tag) {
                  case 0:
                  case 11:
                  case 14:
                  case 15:
                    Pj(4, r, r.return);
                    break;
                  case 1:
                    Lj(r, r.return);
                    var n = r.stateNode;
                    if ("function" === typeof n.componentWillUnmount) {
                      d = r;
                      c = r.return;
                      try {
                        b = d, n.props = b.memoizedProps, n.state = b.memoizedState, n.componentWillUnmount();
                      } catch (t) {
                        W(d, c, t);
                      }
                    }
                    break;
                  case 5:
                    Lj(r, r.return);
                    break;
                  case 22:
                    if (null !== r.memoizedState) {
                      gk(q);
                      continue;
                    }
                }
                null !== y ? (y.return = r, V = y) : gk(q);
              }
              m = m.sibling;
            }
            a: for (m = null, q = a; ; ) {
              if (5 === q.tag) {
                if (null === m) {
                  m = q;
                  try {
                    e = q.stateNode, l ? (f = e.style, "function" === typeof f.setProperty ? f.setProperty("display", "none", "important") : f.display = "none") : (h = q.stateNode, k = q.memoizedProps.style, g = void 0 !== k && null !== k && k.hasOwnProperty("display") ? k.display : null, h.style.display = rb("display", g));
                  } catch (t) {
                    W(a, a.return, t);
                  }
                }
              } else if (6 === q.tag) {
                if (null === m) try {
                  q.stateNode.nodeValue = l ? "" : q.memoizedProps;
                } catch (t) {
                  W(a, a.return, t);
                }
              } else if ((22 !== q.tag && 23 !== q.tag || null === q.memoizedState || q === a) && null !== q.child) {
                q.child.return = q;
                q = q.child;
                continue;
              }
              if (q === a) break a;
              for (; null === q.sibling; ) {
                if (null === q.return || q.return === a) break a;
                m === q && (m = null);
                q = q.return;
              }
              m === q && (m = null);
              q.sibling.return = q.return;
              q = q.sibling;
            }
          }
          break;
        case 19:
          ck(b, a);
          ek(a);
          d & 4 && ak(a);
          break;
        case 21:
          break;
        default:
          ck(
            b,
            a
          ), ek(a);
      }
    }
    function ek(a) {
      var b = a.flags;
      if (b & 2) {
        try {
          a: {
            for (var c = a.return; null !== c; ) {
              if (Tj(c)) {
                var d = c;
                break a;
              }
              c = c.return;
            }
            throw Error(p(160));
          }
          switch (d.tag) {
            case 5:
              var e = d.stateNode;
              d.flags & 32 && (ob(e, ""), d.flags &= -33);
              var f = Uj(a);
              Wj(a, f, e);
              break;
            case 3:
            case 4:
              var g = d.stateNode.containerInfo, h = Uj(a);
              Vj(a, h, g);
              break;
            default:
              throw Error(p(161));
          }
        } catch (k) {
          W(a, a.return, k);
        }
        a.flags &= -3;
      }
      b & 4096 && (a.flags &= -4097);
    }
    function hk(a, b, c) {
      V = a;
      ik(a, b, c);
    }
    function ik(a, b, c) {
      for (var d = 0 !== (a.mode & 1); null !== V; ) {
        var e = V, f = e.child;
        if (22 === e.tag && d) {
          var g = null !== e.memoizedState || Jj;
          if (!g) {
            var h = e.alternate, k = null !== h && null !== h.memoizedState || U;
            h = Jj;
            var l = U;
            Jj = g;
            if ((U = k) && !l) for (V = e; null !== V; ) g = V, k = g.child, 22 === g.tag && null !== g.memoizedState ? jk(e) : null !== k ? (k.return = g, V = k) : jk(e);
            for (; null !== f; ) V = f, ik(f, b, c), f = f.sibling;
            V = e;
            Jj = h;
            U = l;
          }
          kk(a, b, c);
        } else 0 !== (e.subtreeFlags & 8772) && null !== f ? (f.return = e, V = f) : kk(a, b, c);
      }
    }
    function kk(a) {
      for (; null !== V; ) {
        var b = V;
        if (0 !== (b.flags & 8772)) {
          var c = b.alternate;
          try {
            if (0 !== (b.flags & 8772)) switch (b.tag) {
              case 0:
              case 11:
              case 15:
                U || Qj(5, b);
                break;
              case 1:
                var d = b.stateNode;
                if (b.flags & 4 && !U) if (null === c) d.componentDidMount();
                else {
                  var e = b.elementType === b.type ? c.memoizedProps : Ci(b.type, c.memoizedProps);
                  d.componentDidUpdate(e, c.memoizedState, d.__reactInternalSnapshotBeforeUpdate);
                }
                var f = b.updateQueue;
                null !== f && sh(b, f, d);
                break;
              case 3:
                var g = b.updateQueue;
                if (null !== g) {
                  c = null;
                  if (null !== b.child) switch (b.child.tag) {
                    case 5:
                      c = b.child.stateNode;
                      break;
                    case 1:
                      c = b.child.stateNode;
                  }
                  sh(b, g, c);
                }
                break;
              case 5:
                var h = b.stateNode;
                if (null === c && b.flags & 4) {
                  c = h;
                  var k = b.memoizedProps;
                  switch (b.type) {
                    case "button":
                    case "input":
                    case "select":
                    case "textarea":
                      k.autoFocus && c.focus();
                      break;
                    case "img":
                      k.src && (c.src = k.src);
                  }
                }
                break;
              case 6:
                break;
              case 4:
                break;
              case 12:
                break;
              case 13:
                if (null === b.memoizedState) {
                  var l = b.alternate;
                  if (null !== l) {
                    var m = l.memoizedState;
                    if (null !== m) {
                      var q = m.dehydrated;
                      null !== q && bd(q);
                    }
                  }
                }
                break;
              case 19:
              case 17:
              case 21:
              case 22:
              case 23:
              case 25:
                break;
              default:
                throw Error(p(163));
            }
            U || b.flags & 512 && Rj(b);
          } catch (r) {
            W(b, b.return, r);
          }
        }
        if (b === a) {
          V = null;
          break;
        }
        c = b.sibling;
        if (null !== c) {
          c.return = b.return;
          V = c;
          break;
        }
        V = b.return;
      }
    }
    function gk(a) {
      for (; null !== V; ) {
        var b = V;
        if (b === a) {
          V = null;
          break;
        }
        var c = b.sibling;
        if (null !== c) {
          c.return = b.return;
          V = c;
          break;
        }
        V = b.return;
      }
    }
    function jk(a) {
      for (; null !== V; ) {
        var b = V;
        try {
          switch (b.tag) {
            case 0:
            case 11:
            case 15:
              var c = b.return;
              try {
                Qj(4, b);
              } catch (k) {
                W(b, c, k);
              }
              break;
            case 1:
              var d = b.stateNode;
              if ("function" === typeof d.componentDidMount) {
                var e = b.return;
                try {
                  d.componentDidMount();
                } catch (k) {
                  W(b, e, k);
                }
              }
              var f = b.return;
              try {
                Rj(b);
              } catch (k) {
                W(b, f, k);
              }
              break;
            case 5:
              var g = b.return;
              try {
                Rj(b);
              } catch (k) {
                W(b, g, k);
              }
          }
        } catch (k) {
          W(b, b.return, k);
        }
        if (b === a) {
          V = null;
          break;
        }
        var h = b.sibling;
        if (null !== h) {
          h.return = b.return;
          V = h;
          break;
        }
        V = b.return;
      }
    }
    var lk = Math.ceil;
    var mk = ua.ReactCurrentDispatcher;
    var nk = ua.ReactCurrentOwner;
    var ok = ua.ReactCurrentBatchConfig;
    var K = 0;
    var Q = null;
    var Y = null;
    var Z = 0;
    var fj = 0;
    var ej = Uf(0);
    var T = 0;
    var pk = null;
    var rh = 0;
    var qk = 0;
    var rk = 0;
    var sk = null;
    var tk = null;
    var fk = 0;
    var Gj = Infinity;
    var uk = null;
    var Oi = false;
    var Pi = null;
    var Ri = null;
    var vk = false;
    var wk = null;
    var xk = 0;
    var yk = 0;
    var zk = null;
    var Ak = -1;
    var Bk = 0;
    function R() {
      return 0 !== (K & 6) ? B() : -1 !== Ak ? Ak : Ak = B();
    }
    function yi(a) {
      if (0 === (a.mode & 1)) return 1;
      if (0 !== (K & 2) && 0 !== Z) return Z & -Z;
      if (null !== Kg.transition) return 0 === Bk && (Bk = yc()), Bk;
      a = C;
      if (0 !== a) return a;
      a = window.event;
      a = void 0 === a ? 16 : jd(a.type);
      return a;
    }
    function gi(a, b, c, d) {
      if (50 < yk) throw yk = 0, zk = null, Error(p(185));
      Ac(a, c, d);
      if (0 === (K & 2) || a !== Q) a === Q && (0 === (K & 2) && (qk |= c), 4 === T && Ck(a, Z)), Dk(a, d), 1 === c && 0 === K && 0 === (b.mode & 1) && (Gj = B() + 500, fg && jg());
    }
    function Dk(a, b) {
      var c = a.callbackNode;
      wc(a, b);
      var d = uc(a, a === Q ? Z : 0);
      if (0 === d) null !== c && bc(c), a.callbackNode = null, a.callbackPriority = 0;
      else if (b = d & -d, a.callbackPriority !== b) {
        null != c && bc(c);
        if (1 === b) 0 === a.tag ? ig(Ek.bind(null, a)) : hg(Ek.bind(null, a)), Jf(function() {
          0 === (K & 6) && jg();
        }), c = null;
        else {
          switch (Dc(d)) {
            case 1:
              c = fc;
              break;
            case 4:
              c = gc;
              break;
            case 16:
              c = hc;
              break;
            case 536870912:
              c = jc;
              break;
            default:
              c = hc;
          }
          c = Fk(c, Gk.bind(null, a));
        }
        a.callbackPriority = b;
        a.callbackNode = c;
      }
    }
    function Gk(a, b) {
      Ak = -1;
      Bk = 0;
      if (0 !== (K & 6)) throw Error(p(327));
      var c = a.callbackNode;
      if (Hk() && a.callbackNode !== c) return null;
      var d = uc(a, a === Q ? Z : 0);
      if (0 === d) return null;
      if (0 !== (d & 30) || 0 !== (d & a.expiredLanes) || b) b = Ik(a, d);
      else {
        b = d;
        var e = K;
        K |= 2;
        var f = Jk();
        if (Q !== a || Z !== b) uk = null, Gj = B() + 500, Kk(a, b);
        do
          try {
            Lk();
            break;
          } catch (h) {
            Mk(a, h);
          }
        while (1);
        $g();
        mk.current = f;
        K = e;
        null !== Y ? b = 0 : (Q = null, Z = 0, b = T);
      }
      if (0 !== b) {
        2 === b && (e = xc(a), 0 !== e && (d = e, b = Nk(a, e)));
        if (1 === b) throw c = pk, Kk(a, 0), Ck(a, d), Dk(a, B()), c;
        if (6 === b) Ck(a, d);
        else {
          e = a.current.alternate;
          if (0 === (d & 30) && !Ok(e) && (b = Ik(a, d), 2 === b && (f = xc(a), 0 !== f && (d = f, b = Nk(a, f))), 1 === b)) throw c = pk, Kk(a, 0), Ck(a, d), Dk(a, B()), c;
          a.finishedWork = e;
          a.finishedLanes = d;
          switch (b) {
            case 0:
            case 1:
              throw Error(p(345));
            case 2:
              Pk(a, tk, uk);
              break;
            case 3:
              Ck(a, d);
              if ((d & 130023424) === d && (b = fk + 500 - B(), 10 < b)) {
                if (0 !== uc(a, 0)) break;
                e = a.suspendedLanes;
                if ((e & d) !== d) {
                  R();
                  a.pingedLanes |= a.suspendedLanes & e;
                  break;
                }
                a.timeoutHandle = Ff(Pk.bind(null, a, tk, uk), b);
                break;
              }
              Pk(a, tk, uk);
              break;
            case 4:
              Ck(a, d);
              if ((d & 4194240) === d) break;
              b = a.eventTimes;
              for (e = -1; 0 < d; ) {
                var g = 31 - oc(d);
                f = 1 << g;
                g = b[g];
                g > e && (e = g);
                d &= ~f;
              }
              d = e;
              d = B() - d;
              d = (120 > d ? 120 : 480 > d ? 480 : 1080 > d ? 1080 : 1920 > d ? 1920 : 3e3 > d ? 3e3 : 4320 > d ? 4320 : 1960 * lk(d / 1960)) - d;
              if (10 < d) {
                a.timeoutHandle = Ff(Pk.bind(null, a, tk, uk), d);
                break;
              }
              Pk(a, tk, uk);
              break;
            case 5:
              Pk(a, tk, uk);
              break;
            default:
              throw Error(p(329));
          }
        }
      }
      Dk(a, B());
      return a.callbackNode === c ? Gk.bind(null, a) : null;
    }
    function Nk(a, b) {
      var c = sk;
      a.current.memoizedState.isDehydrated && (Kk(a, b).flags |= 256);
      a = Ik(a, b);
      2 !== a && (b = tk, tk = c, null !== b && Fj(b));
      return a;
    }
    function Fj(a) {
      null === tk ? tk = a : tk.push.apply(tk, a);
    }
    function Ok(a) {
      for (var b = a; ; ) {
        if (b.flags & 16384) {
          var c = b.updateQueue;
          if (null !== c && (c = c.stores, null !== c)) for (var d = 0; d < c.length; d++) {
            var e = c[d], f = e.getSnapshot;
            e = e.value;
            try {
              if (!He(f(), e)) return false;
            } catch (g) {
              return false;
            }
          }
        }
        c = b.child;
        if (b.subtreeFlags & 16384 && null !== c) c.return = b, b = c;
        else {
          if (b === a) break;
          for (; null === b.sibling; ) {
            if (null === b.return || b.return === a) return true;
            b = b.return;
          }
          b.sibling.return = b.return;
          b = b.sibling;
        }
      }
      return true;
    }
    function Ck(a, b) {
      b &= ~rk;
      b &= ~qk;
      a.suspendedLanes |= b;
      a.pingedLanes &= ~b;
      for (a = a.expirationTimes; 0 < b; ) {
        var c = 31 - oc(b), d = 1 << c;
        a[c] = -1;
        b &= ~d;
      }
    }
    function Ek(a) {
      if (0 !== (K & 6)) throw Error(p(327));
      Hk();
      var b = uc(a, 0);
      if (0 === (b & 1)) return Dk(a, B()), null;
      var c = Ik(a, b);
      if (0 !== a.tag && 2 === c) {
        var d = xc(a);
        0 !== d && (b = d, c = Nk(a, d));
      }
      if (1 === c) throw c = pk, Kk(a, 0), Ck(a, b), Dk(a, B()), c;
      if (6 === c) throw Error(p(345));
      a.finishedWork = a.current.alternate;
      a.finishedLanes = b;
      Pk(a, tk, uk);
      Dk(a, B());
      return null;
    }
    function Qk(a, b) {
      var c = K;
      K |= 1;
      try {
        return a(b);
      } finally {
        K = c, 0 === K && (Gj = B() + 500, fg && jg());
      }
    }
    function Rk(a) {
      null !== wk && 0 === wk.tag && 0 === (K & 6) && Hk();
      var b = K;
      K |= 1;
      var c = ok.transition, d = C;
      try {
        if (ok.transition = null, C = 1, a) return a();
      } finally {
        C = d, ok.transition = c, K = b, 0 === (K & 6) && jg();
      }
    }
    function Hj() {
      fj = ej.current;
      E(ej);
    }
    function Kk(a, b) {
      a.finishedWork = null;
      a.finishedLanes = 0;
      var c = a.timeoutHandle;
      -1 !== c && (a.timeoutHandle = -1, Gf(c));
      if (null !== Y) for (c = Y.return; null !== c; ) {
        var d = c;
        wg(d);
        switch (d.tag) {
          case 1:
            d = d.type.childContextTypes;
            null !== d && void 0 !== d && $f();
            break;
          case 3:
            zh();
            E(Wf);
            E(H);
            Eh();
            break;
          case 5:
            Bh(d);
            break;
          case 4:
            zh();
            break;
          case 13:
            E(L);
            break;
          case 19:
            E(L);
            break;
          case 10:
            ah(d.type._context);
            break;
          case 22:
          case 23:
            Hj();
        }
        c = c.return;
      }
      Q = a;
      Y = a = Pg(a.current, null);
      Z = fj = b;
      T = 0;
      pk = null;
      rk = qk = rh = 0;
      tk = sk = null;
      if (null !== fh) {
        for (b = 0; b < fh.length; b++) if (c = fh[b], d = c.interleaved, null !== d) {
          c.interleaved = null;
          var e = d.next, f = c.pending;
          if (null !== f) {
            var g = f.next;
            f.next = e;
            d.next = g;
          }
          c.pending = d;
        }
        fh = null;
      }
      return a;
    }
    function Mk(a, b) {
      do {
        var c = Y;
        try {
          $g();
          Fh.current = Rh;
          if (Ih) {
            for (var d = M.memoizedState; null !== d; ) {
              var e = d.queue;
              null !== e && (e.pending = null);
              d = d.next;
            }
            Ih = false;
          }
          Hh = 0;
          O = N = M = null;
          Jh = false;
          Kh = 0;
          nk.current = null;
          if (null === c || null === c.return) {
            T = 1;
            pk = b;
            Y = null;
            break;
          }
          a: {
            var f = a, g = c.return, h = c, k = b;
            b = Z;
            h.flags |= 32768;
            if (null !== k && "object" === typeof k && "function" === typeof k.then) {
              var l = k, m = h, q = m.tag;
              if (0 === (m.mode & 1) && (0 === q || 11 === q || 15 === q)) {
                var r = m.alternate;
                r ? (m.updateQueue = r.updateQueue, m.memoizedState = r.memoizedState, m.lanes = r.lanes) : (m.updateQueue = null, m.memoizedState = null);
              }
              var y = Ui(g);
              if (null !== y) {
                y.flags &= -257;
                Vi(y, g, h, f, b);
                y.mode & 1 && Si(f, l, b);
                b = y;
                k = l;
                var n = b.updateQueue;
                if (null === n) {
                  var t = /* @__PURE__ */ new Set();
                  t.add(k);
                  b.updateQueue = t;
                } else n.add(k);
                break a;
              } else {
                if (0 === (b & 1)) {
                  Si(f, l, b);
                  tj();
                  break a;
                }
                k = Error(p(426));
              }
            } else if (I && h.mode & 1) {
              var J = Ui(g);
              if (null !== J) {
                0 === (J.flags & 65536) && (J.flags |= 256);
                Vi(J, g, h, f, b);
                Jg(Ji(k, h));
                break a;
              }
            }
            f = k = Ji(k, h);
            4 !== T && (T = 2);
            null === sk ? sk = [f] : sk.push(f);
            f = g;
            do {
              switch (f.tag) {
                case 3:
                  f.flags |= 65536;
                  b &= -b;
                  f.lanes |= b;
                  var x = Ni(f, k, b);
                  ph(f, x);
                  break a;
                case 1:
                  h = k;
                  var w = f.type, u = f.stateNode;
                  if (0 === (f.flags & 128) && ("function" === typeof w.getDerivedStateFromError || null !== u && "function" === typeof u.componentDidCatch && (null === Ri || !Ri.has(u)))) {
                    f.flags |= 65536;
                    b &= -b;
                    f.lanes |= b;
                    var F = Qi(f, h, b);
                    ph(f, F);
                    break a;
                  }
              }
              f = f.return;
            } while (null !== f);
          }
          Sk(c);
        } catch (na) {
          b = na;
          Y === c && null !== c && (Y = c = c.return);
          continue;
        }
        break;
      } while (1);
    }
    function Jk() {
      var a = mk.current;
      mk.current = Rh;
      return null === a ? Rh : a;
    }
    function tj() {
      if (0 === T || 3 === T || 2 === T) T = 4;
      null === Q || 0 === (rh & 268435455) && 0 === (qk & 268435455) || Ck(Q, Z);
    }
    function Ik(a, b) {
      var c = K;
      K |= 2;
      var d = Jk();
      if (Q !== a || Z !== b) uk = null, Kk(a, b);
      do
        try {
          Tk();
          break;
        } catch (e) {
          Mk(a, e);
        }
      while (1);
      $g();
      K = c;
      mk.current = d;
      if (null !== Y) throw Error(p(261));
      Q = null;
      Z = 0;
      return T;
    }
    function Tk() {
      for (; null !== Y; ) Uk(Y);
    }
    function Lk() {
      for (; null !== Y && !cc(); ) Uk(Y);
    }
    function Uk(a) {
      var b = Vk(a.alternate, a, fj);
      a.memoizedProps = a.pendingProps;
      null === b ? Sk(a) : Y = b;
      nk.current = null;
    }
    function Sk(a) {
      var b = a;
      do {
        var c = b.alternate;
        a = b.return;
        if (0 === (b.flags & 32768)) {
          if (c = Ej(c, b, fj), null !== c) {
            Y = c;
            return;
          }
        } else {
          c = Ij(c, b);
          if (null !== c) {
            c.flags &= 32767;
            Y = c;
            return;
          }
          if (null !== a) a.flags |= 32768, a.subtreeFlags = 0, a.deletions = null;
          else {
            T = 6;
            Y = null;
            return;
          }
        }
        b = b.sibling;
        if (null !== b) {
          Y = b;
          return;
        }
        Y = b = a;
      } while (null !== b);
      0 === T && (T = 5);
    }
    function Pk(a, b, c) {
      var d = C, e = ok.transition;
      try {
        ok.transition = null, C = 1, Wk(a, b, c, d);
      } finally {
        ok.transition = e, C = d;
      }
      return null;
    }
    function Wk(a, b, c, d) {
      do
        Hk();
      while (null !== wk);
      if (0 !== (K & 6)) throw Error(p(327));
      c = a.finishedWork;
      var e = a.finishedLanes;
      if (null === c) return null;
      a.finishedWork = null;
      a.finishedLanes = 0;
      if (c === a.current) throw Error(p(177));
      a.callbackNode = null;
      a.callbackPriority = 0;
      var f = c.lanes | c.childLanes;
      Bc(a, f);
      a === Q && (Y = Q = null, Z = 0);
      0 === (c.subtreeFlags & 2064) && 0 === (c.flags & 2064) || vk || (vk = true, Fk(hc, function() {
        Hk();
        return null;
      }));
      f = 0 !== (c.flags & 15990);
      if (0 !== (c.subtreeFlags & 15990) || f) {
        f = ok.transition;
        ok.transition = null;
        var g = C;
        C = 1;
        var h = K;
        K |= 4;
        nk.current = null;
        Oj(a, c);
        dk(c, a);
        Oe(Df);
        dd = !!Cf;
        Df = Cf = null;
        a.current = c;
        hk(c, a, e);
        dc();
        K = h;
        C = g;
        ok.transition = f;
      } else a.current = c;
      vk && (vk = false, wk = a, xk = e);
      f = a.pendingLanes;
      0 === f && (Ri = null);
      mc(c.stateNode, d);
      Dk(a, B());
      if (null !== b) for (d = a.onRecoverableError, c = 0; c < b.length; c++) e = b[c], d(e.value, { componentStack: e.stack, digest: e.digest });
      if (Oi) throw Oi = false, a = Pi, Pi = null, a;
      0 !== (xk & 1) && 0 !== a.tag && Hk();
      f = a.pendingLanes;
      0 !== (f & 1) ? a === zk ? yk++ : (yk = 0, zk = a) : yk = 0;
      jg();
      return null;
    }
    function Hk() {
      if (null !== wk) {
        var a = Dc(xk), b = ok.transition, c = C;
        try {
          ok.transition = null;
          C = 16 > a ? 16 : a;
          if (null === wk) var d = false;
          else {
            a = wk;
            wk = null;
            xk = 0;
            if (0 !== (K & 6)) throw Error(p(331));
            var e = K;
            K |= 4;
            for (V = a.current; null !== V; ) {
              var f = V, g = f.child;
              if (0 !== (V.flags & 16)) {
                var h = f.deletions;
                if (null !== h) {
                  for (var k = 0; k < h.length; k++) {
                    var l = h[k];
                    for (V = l; null !== V; ) {
                      var m = V;
                      switch (m.tag) {
                        case 0:
                        case 11:
                        case 15:
                          Pj(8, m, f);
                      }
                      var q = m.child;
                      if (null !== q) q.return = m, V = q;
                      else for (; null !== V; ) {
                        m = V;
                        var r = m.sibling, y = m.return;
                        Sj(m);
                        if (m === l) {
                          V = null;
                          break;
                        }
                        if (null !== r) {
                          r.return = y;
                          V = r;
                          break;
                        }
                        V = y;
                      }
                    }
                  }
                  var n = f.alternate;
                  if (null !== n) {
                    var t = n.child;
                    if (null !== t) {
                      n.child = null;
                      do {
                        var J = t.sibling;
                        t.sibling = null;
                        t = J;
                      } while (null !== t);
                    }
                  }
                  V = f;
                }
              }
              if (0 !== (f.subtreeFlags & 2064) && null !== g) g.return = f, V = g;
              else b: for (; null !== V; ) {
                f = V;
                if (0 !== (f.flags & 2048)) switch (f.tag) {
                  case 0:
                  case 11:
                  case 15:
                    Pj(9, f, f.return);
                }
                var x = f.sibling;
                if (null !== x) {
                  x.return = f.return;
                  V = x;
                  break b;
                }
                V = f.return;
              }
            }
            var w = a.current;
            for (V = w; null !== V; ) {
              g = V;
              var u = g.child;
              if (0 !== (g.subtreeFlags & 2064) && null !== u) u.return = g, V = u;
              else b: for (g = w; null !== V; ) {
                h = V;
                if (0 !== (h.flags & 2048)) try {
                  switch (h.tag) {
                    case 0:
                    case 11:
                    case 15:
                      Qj(9, h);
                  }
                } catch (na) {
                  W(h, h.return, na);
                }
                if (h === g) {
                  V = null;
                  break b;
                }
                var F = h.sibling;
                if (null !== F) {
                  F.return = h.return;
                  V = F;
                  break b;
                }
                V = h.return;
              }
            }
            K = e;
            jg();
            if (lc && "function" === typeof lc.onPostCommitFiberRoot) try {
              lc.onPostCommitFiberRoot(kc, a);
            } catch (na) {
            }
            d = true;
          }
          return d;
        } finally {
          C = c, ok.transition = b;
        }
      }
      return false;
    }
    function Xk(a, b, c) {
      b = Ji(c, b);
      b = Ni(a, b, 1);
      a = nh(a, b, 1);
      b = R();
      null !== a && (Ac(a, 1, b), Dk(a, b));
    }
    function W(a, b, c) {
      if (3 === a.tag) Xk(a, a, c);
      else for (; null !== b; ) {
        if (3 === b.tag) {
          Xk(b, a, c);
          break;
        } else if (1 === b.tag) {
          var d = b.stateNode;
          if ("function" === typeof b.type.getDerivedStateFromError || "function" === typeof d.componentDidCatch && (null === Ri || !Ri.has(d))) {
            a = Ji(c, a);
            a = Qi(b, a, 1);
            b = nh(b, a, 1);
            a = R();
            null !== b && (Ac(b, 1, a), Dk(b, a));
            break;
          }
        }
        b = b.return;
      }
    }
    function Ti(a, b, c) {
      var d = a.pingCache;
      null !== d && d.delete(b);
      b = R();
      a.pingedLanes |= a.suspendedLanes & c;
      Q === a && (Z & c) === c && (4 === T || 3 === T && (Z & 130023424) === Z && 500 > B() - fk ? Kk(a, 0) : rk |= c);
      Dk(a, b);
    }
    function Yk(a, b) {
      0 === b && (0 === (a.mode & 1) ? b = 1 : (b = sc, sc <<= 1, 0 === (sc & 130023424) && (sc = 4194304)));
      var c = R();
      a = ih(a, b);
      null !== a && (Ac(a, b, c), Dk(a, c));
    }
    function uj(a) {
      var b = a.memoizedState, c = 0;
      null !== b && (c = b.retryLane);
      Yk(a, c);
    }
    function bk(a, b) {
      var c = 0;
      switch (a.tag) {
        case 13:
          var d = a.stateNode;
          var e = a.memoizedState;
          null !== e && (c = e.retryLane);
          break;
        case 19:
          d = a.stateNode;
          break;
        default:
          throw Error(p(314));
      }
      null !== d && d.delete(b);
      Yk(a, c);
    }
    var Vk;
    Vk = function(a, b, c) {
      if (null !== a) if (a.memoizedProps !== b.pendingProps || Wf.current) dh = true;
      else {
        if (0 === (a.lanes & c) && 0 === (b.flags & 128)) return dh = false, yj(a, b, c);
        dh = 0 !== (a.flags & 131072) ? true : false;
      }
      else dh = false, I && 0 !== (b.flags & 1048576) && ug(b, ng, b.index);
      b.lanes = 0;
      switch (b.tag) {
        case 2:
          var d = b.type;
          ij(a, b);
          a = b.pendingProps;
          var e = Yf(b, H.current);
          ch(b, c);
          e = Nh(null, b, d, a, e, c);
          var f = Sh();
          b.flags |= 1;
          "object" === typeof e && null !== e && "function" === typeof e.render && void 0 === e.$$typeof ? (b.tag = 1, b.memoizedState = null, b.updateQueue = null, Zf(d) ? (f = true, cg(b)) : f = false, b.memoizedState = null !== e.state && void 0 !== e.state ? e.state : null, kh(b), e.updater = Ei, b.stateNode = e, e._reactInternals = b, Ii(b, d, a, c), b = jj(null, b, d, true, f, c)) : (b.tag = 0, I && f && vg(b), Xi(null, b, e, c), b = b.child);
          return b;
        case 16:
          d = b.elementType;
          a: {
            ij(a, b);
            a = b.pendingProps;
            e = d._init;
            d = e(d._payload);
            b.type = d;
            e = b.tag = Zk(d);
            a = Ci(d, a);
            switch (e) {
              case 0:
                b = cj(null, b, d, a, c);
                break a;
              case 1:
                b = hj(null, b, d, a, c);
                break a;
              case 11:
                b = Yi(null, b, d, a, c);
                break a;
              case 14:
                b = $i(null, b, d, Ci(d.type, a), c);
                break a;
            }
            throw Error(p(
              306,
              d,
              ""
            ));
          }
          return b;
        case 0:
          return d = b.type, e = b.pendingProps, e = b.elementType === d ? e : Ci(d, e), cj(a, b, d, e, c);
        case 1:
          return d = b.type, e = b.pendingProps, e = b.elementType === d ? e : Ci(d, e), hj(a, b, d, e, c);
        case 3:
          a: {
            kj(b);
            if (null === a) throw Error(p(387));
            d = b.pendingProps;
            f = b.memoizedState;
            e = f.element;
            lh(a, b);
            qh(b, d, null, c);
            var g = b.memoizedState;
            d = g.element;
            if (f.isDehydrated) if (f = { element: d, isDehydrated: false, cache: g.cache, pendingSuspenseBoundaries: g.pendingSuspenseBoundaries, transitions: g.transitions }, b.updateQueue.baseState = f, b.memoizedState = f, b.flags & 256) {
              e = Ji(Error(p(423)), b);
              b = lj(a, b, d, c, e);
              break a;
            } else if (d !== e) {
              e = Ji(Error(p(424)), b);
              b = lj(a, b, d, c, e);
              break a;
            } else for (yg = Lf(b.stateNode.containerInfo.firstChild), xg = b, I = true, zg = null, c = Vg(b, null, d, c), b.child = c; c; ) c.flags = c.flags & -3 | 4096, c = c.sibling;
            else {
              Ig();
              if (d === e) {
                b = Zi(a, b, c);
                break a;
              }
              Xi(a, b, d, c);
            }
            b = b.child;
          }
          return b;
        case 5:
          return Ah(b), null === a && Eg(b), d = b.type, e = b.pendingProps, f = null !== a ? a.memoizedProps : null, g = e.children, Ef(d, e) ? g = null : null !== f && Ef(d, f) && (b.flags |= 32), gj(a, b), Xi(a, b, g, c), b.child;
        case 6:
          return null === a && Eg(b), null;
        case 13:
          return oj(a, b, c);
        case 4:
          return yh(b, b.stateNode.containerInfo), d = b.pendingProps, null === a ? b.child = Ug(b, null, d, c) : Xi(a, b, d, c), b.child;
        case 11:
          return d = b.type, e = b.pendingProps, e = b.elementType === d ? e : Ci(d, e), Yi(a, b, d, e, c);
        case 7:
          return Xi(a, b, b.pendingProps, c), b.child;
        case 8:
          return Xi(a, b, b.pendingProps.children, c), b.child;
        case 12:
          return Xi(a, b, b.pendingProps.children, c), b.child;
        case 10:
          a: {
            d = b.type._context;
            e = b.pendingProps;
            f = b.memoizedProps;
            g = e.value;
            G(Wg, d._currentValue);
            d._currentValue = g;
            if (null !== f) if (He(f.value, g)) {
              if (f.children === e.children && !Wf.current) {
                b = Zi(a, b, c);
                break a;
              }
            } else for (f = b.child, null !== f && (f.return = b); null !== f; ) {
              var h = f.dependencies;
              if (null !== h) {
                g = f.child;
                for (var k = h.firstContext; null !== k; ) {
                  if (k.context === d) {
                    if (1 === f.tag) {
                      k = mh(-1, c & -c);
                      k.tag = 2;
                      var l = f.updateQueue;
                      if (null !== l) {
                        l = l.shared;
                        var m = l.pending;
                        null === m ? k.next = k : (k.next = m.next, m.next = k);
                        l.pending = k;
                      }
                    }
                    f.lanes |= c;
                    k = f.alternate;
                    null !== k && (k.lanes |= c);
                    bh(
                      f.return,
                      c,
                      b
                    );
                    h.lanes |= c;
                    break;
                  }
                  k = k.next;
                }
              } else if (10 === f.tag) g = f.type === b.type ? null : f.child;
              else if (18 === f.tag) {
                g = f.return;
                if (null === g) throw Error(p(341));
                g.lanes |= c;
                h = g.alternate;
                null !== h && (h.lanes |= c);
                bh(g, c, b);
                g = f.sibling;
              } else g = f.child;
              if (null !== g) g.return = f;
              else for (g = f; null !== g; ) {
                if (g === b) {
                  g = null;
                  break;
                }
                f = g.sibling;
                if (null !== f) {
                  f.return = g.return;
                  g = f;
                  break;
                }
                g = g.return;
              }
              f = g;
            }
            Xi(a, b, e.children, c);
            b = b.child;
          }
          return b;
        case 9:
          return e = b.type, d = b.pendingProps.children, ch(b, c), e = eh(e), d = d(e), b.flags |= 1, Xi(a, b, d, c), b.child;
        case 14:
          return d = b.type, e = Ci(d, b.pendingProps), e = Ci(d.type, e), $i(a, b, d, e, c);
        case 15:
          return bj(a, b, b.type, b.pendingProps, c);
        case 17:
          return d = b.type, e = b.pendingProps, e = b.elementType === d ? e : Ci(d, e), ij(a, b), b.tag = 1, Zf(d) ? (a = true, cg(b)) : a = false, ch(b, c), Gi(b, d, e), Ii(b, d, e, c), jj(null, b, d, true, a, c);
        case 19:
          return xj(a, b, c);
        case 22:
          return dj(a, b, c);
      }
      throw Error(p(156, b.tag));
    };
    function Fk(a, b) {
      return ac(a, b);
    }
    function $k(a, b, c, d) {
      this.tag = a;
      this.key = c;
      this.sibling = this.child = this.return = this.stateNode = this.type = this.elementType = null;
      this.index = 0;
      this.ref = null;
      this.pendingProps = b;
      this.dependencies = this.memoizedState = this.updateQueue = this.memoizedProps = null;
      this.mode = d;
      this.subtreeFlags = this.flags = 0;
      this.deletions = null;
      this.childLanes = this.lanes = 0;
      this.alternate = null;
    }
    function Bg(a, b, c, d) {
      return new $k(a, b, c, d);
    }
    function aj(a) {
      a = a.prototype;
      return !(!a || !a.isReactComponent);
    }
    function Zk(a) {
      if ("function" === typeof a) return aj(a) ? 1 : 0;
      if (void 0 !== a && null !== a) {
        a = a.$$typeof;
        if (a === Da) return 11;
        if (a === Ga) return 14;
      }
      return 2;
    }
    function Pg(a, b) {
      var c = a.alternate;
      null === c ? (c = Bg(a.tag, b, a.key, a.mode), c.elementType = a.elementType, c.type = a.type, c.stateNode = a.stateNode, c.alternate = a, a.alternate = c) : (c.pendingProps = b, c.type = a.type, c.flags = 0, c.subtreeFlags = 0, c.deletions = null);
      c.flags = a.flags & 14680064;
      c.childLanes = a.childLanes;
      c.lanes = a.lanes;
      c.child = a.child;
      c.memoizedProps = a.memoizedProps;
      c.memoizedState = a.memoizedState;
      c.updateQueue = a.updateQueue;
      b = a.dependencies;
      c.dependencies = null === b ? null : { lanes: b.lanes, firstContext: b.firstContext };
      c.sibling = a.sibling;
      c.index = a.index;
      c.ref = a.ref;
      return c;
    }
    function Rg(a, b, c, d, e, f) {
      var g = 2;
      d = a;
      if ("function" === typeof a) aj(a) && (g = 1);
      else if ("string" === typeof a) g = 5;
      else a: switch (a) {
        case ya:
          return Tg(c.children, e, f, b);
        case za:
          g = 8;
          e |= 8;
          break;
        case Aa:
          return a = Bg(12, c, b, e | 2), a.elementType = Aa, a.lanes = f, a;
        case Ea:
          return a = Bg(13, c, b, e), a.elementType = Ea, a.lanes = f, a;
        case Fa:
          return a = Bg(19, c, b, e), a.elementType = Fa, a.lanes = f, a;
        case Ia:
          return pj(c, e, f, b);
        default:
          if ("object" === typeof a && null !== a) switch (a.$$typeof) {
            case Ba:
              g = 10;
              break a;
            case Ca:
              g = 9;
              break a;
            case Da:
              g = 11;
              break a;
            case Ga:
              g = 14;
              break a;
            case Ha:
              g = 16;
              d = null;
              break a;
          }
          throw Error(p(130, null == a ? a : typeof a, ""));
      }
      b = Bg(g, c, b, e);
      b.elementType = a;
      b.type = d;
      b.lanes = f;
      return b;
    }
    function Tg(a, b, c, d) {
      a = Bg(7, a, d, b);
      a.lanes = c;
      return a;
    }
    function pj(a, b, c, d) {
      a = Bg(22, a, d, b);
      a.elementType = Ia;
      a.lanes = c;
      a.stateNode = { isHidden: false };
      return a;
    }
    function Qg(a, b, c) {
      a = Bg(6, a, null, b);
      a.lanes = c;
      return a;
    }
    function Sg(a, b, c) {
      b = Bg(4, null !== a.children ? a.children : [], a.key, b);
      b.lanes = c;
      b.stateNode = { containerInfo: a.containerInfo, pendingChildren: null, implementation: a.implementation };
      return b;
    }
    function al(a, b, c, d, e) {
      this.tag = b;
      this.containerInfo = a;
      this.finishedWork = this.pingCache = this.current = this.pendingChildren = null;
      this.timeoutHandle = -1;
      this.callbackNode = this.pendingContext = this.context = null;
      this.callbackPriority = 0;
      this.eventTimes = zc(0);
      this.expirationTimes = zc(-1);
      this.entangledLanes = this.finishedLanes = this.mutableReadLanes = this.expiredLanes = this.pingedLanes = this.suspendedLanes = this.pendingLanes = 0;
      this.entanglements = zc(0);
      this.identifierPrefix = d;
      this.onRecoverableError = e;
      this.mutableSourceEagerHydrationData = null;
    }
    function bl(a, b, c, d, e, f, g, h, k) {
      a = new al(a, b, c, h, k);
      1 === b ? (b = 1, true === f && (b |= 8)) : b = 0;
      f = Bg(3, null, null, b);
      a.current = f;
      f.stateNode = a;
      f.memoizedState = { element: d, isDehydrated: c, cache: null, transitions: null, pendingSuspenseBoundaries: null };
      kh(f);
      return a;
    }
    function cl(a, b, c) {
      var d = 3 < arguments.length && void 0 !== arguments[3] ? arguments[3] : null;
      return { $$typeof: wa, key: null == d ? null : "" + d, children: a, containerInfo: b, implementation: c };
    }
    function dl(a) {
      if (!a) return Vf;
      a = a._reactInternals;
      a: {
        if (Vb(a) !== a || 1 !== a.tag) throw Error(p(170));
        var b = a;
        do {
          switch (b.tag) {
            case 3:
              b = b.stateNode.context;
              break a;
            case 1:
              if (Zf(b.type)) {
                b = b.stateNode.__reactInternalMemoizedMergedChildContext;
                break a;
              }
          }
          b = b.return;
        } while (null !== b);
        throw Error(p(171));
      }
      if (1 === a.tag) {
        var c = a.type;
        if (Zf(c)) return bg(a, c, b);
      }
      return b;
    }
    function el(a, b, c, d, e, f, g, h, k) {
      a = bl(c, d, true, a, e, f, g, h, k);
      a.context = dl(null);
      c = a.current;
      d = R();
      e = yi(c);
      f = mh(d, e);
      f.callback = void 0 !== b && null !== b ? b : null;
      nh(c, f, e);
      a.current.lanes = e;
      Ac(a, e, d);
      Dk(a, d);
      return a;
    }
    function fl(a, b, c, d) {
      var e = b.current, f = R(), g = yi(e);
      c = dl(c);
      null === b.context ? b.context = c : b.pendingContext = c;
      b = mh(f, g);
      b.payload = { element: a };
      d = void 0 === d ? null : d;
      null !== d && (b.callback = d);
      a = nh(e, b, g);
      null !== a && (gi(a, e, g, f), oh(a, e, g));
      return g;
    }
    function gl(a) {
      a = a.current;
      if (!a.child) return null;
      switch (a.child.tag) {
        case 5:
          return a.child.stateNode;
        default:
          return a.child.stateNode;
      }
    }
    function hl(a, b) {
      a = a.memoizedState;
      if (null !== a && null !== a.dehydrated) {
        var c = a.retryLane;
        a.retryLane = 0 !== c && c < b ? c : b;
      }
    }
    function il(a, b) {
      hl(a, b);
      (a = a.alternate) && hl(a, b);
    }
    function jl() {
      return null;
    }
    var kl = "function" === typeof reportError ? reportError : function(a) {
      console.error(a);
    };
    function ll(a) {
      this._internalRoot = a;
    }
    ml.prototype.render = ll.prototype.render = function(a) {
      var b = this._internalRoot;
      if (null === b) throw Error(p(409));
      fl(a, b, null, null);
    };
    ml.prototype.unmount = ll.prototype.unmount = function() {
      var a = this._internalRoot;
      if (null !== a) {
        this._internalRoot = null;
        var b = a.containerInfo;
        Rk(function() {
          fl(null, a, null, null);
        });
        b[uf] = null;
      }
    };
    function ml(a) {
      this._internalRoot = a;
    }
    ml.prototype.unstable_scheduleHydration = function(a) {
      if (a) {
        var b = Hc();
        a = { blockedOn: null, target: a, priority: b };
        for (var c = 0; c < Qc.length && 0 !== b && b < Qc[c].priority; c++) ;
        Qc.splice(c, 0, a);
        0 === c && Vc(a);
      }
    };
    function nl(a) {
      return !(!a || 1 !== a.nodeType && 9 !== a.nodeType && 11 !== a.nodeType);
    }
    function ol(a) {
      return !(!a || 1 !== a.nodeType && 9 !== a.nodeType && 11 !== a.nodeType && (8 !== a.nodeType || " react-mount-point-unstable " !== a.nodeValue));
    }
    function pl() {
    }
    function ql(a, b, c, d, e) {
      if (e) {
        if ("function" === typeof d) {
          var f = d;
          d = function() {
            var a2 = gl(g);
            f.call(a2);
          };
        }
        var g = el(b, d, a, 0, null, false, false, "", pl);
        a._reactRootContainer = g;
        a[uf] = g.current;
        sf(8 === a.nodeType ? a.parentNode : a);
        Rk();
        return g;
      }
      for (; e = a.lastChild; ) a.removeChild(e);
      if ("function" === typeof d) {
        var h = d;
        d = function() {
          var a2 = gl(k);
          h.call(a2);
        };
      }
      var k = bl(a, 0, false, null, null, false, false, "", pl);
      a._reactRootContainer = k;
      a[uf] = k.current;
      sf(8 === a.nodeType ? a.parentNode : a);
      Rk(function() {
        fl(b, k, c, d);
      });
      return k;
    }
    function rl(a, b, c, d, e) {
      var f = c._reactRootContainer;
      if (f) {
        var g = f;
        if ("function" === typeof e) {
          var h = e;
          e = function() {
            var a2 = gl(g);
            h.call(a2);
          };
        }
        fl(b, g, a, e);
      } else g = ql(c, b, a, e, d);
      return gl(g);
    }
    Ec = function(a) {
      switch (a.tag) {
        case 3:
          var b = a.stateNode;
          if (b.current.memoizedState.isDehydrated) {
            var c = tc(b.pendingLanes);
            0 !== c && (Cc(b, c | 1), Dk(b, B()), 0 === (K & 6) && (Gj = B() + 500, jg()));
          }
          break;
        case 13:
          Rk(function() {
            var b2 = ih(a, 1);
            if (null !== b2) {
              var c2 = R();
              gi(b2, a, 1, c2);
            }
          }), il(a, 1);
      }
    };
    Fc = function(a) {
      if (13 === a.tag) {
        var b = ih(a, 134217728);
        if (null !== b) {
          var c = R();
          gi(b, a, 134217728, c);
        }
        il(a, 134217728);
      }
    };
    Gc = function(a) {
      if (13 === a.tag) {
        var b = yi(a), c = ih(a, b);
        if (null !== c) {
          var d = R();
          gi(c, a, b, d);
        }
        il(a, b);
      }
    };
    Hc = function() {
      return C;
    };
    Ic = function(a, b) {
      var c = C;
      try {
        return C = a, b();
      } finally {
        C = c;
      }
    };
    yb = function(a, b, c) {
      switch (b) {
        case "input":
          bb(a, c);
          b = c.name;
          if ("radio" === c.type && null != b) {
            for (c = a; c.parentNode; ) c = c.parentNode;
            c = c.querySelectorAll("input[name=" + JSON.stringify("" + b) + '][type="radio"]');
            for (b = 0; b < c.length; b++) {
              var d = c[b];
              if (d !== a && d.form === a.form) {
                var e = Db(d);
                if (!e) throw Error(p(90));
                Wa(d);
                bb(d, e);
              }
            }
          }
          break;
        case "textarea":
          ib(a, c);
          break;
        case "select":
          b = c.value, null != b && fb(a, !!c.multiple, b, false);
      }
    };
    Gb = Qk;
    Hb = Rk;
    var sl = { usingClientEntryPoint: false, Events: [Cb, ue, Db, Eb, Fb, Qk] };
    var tl = { findFiberByHostInstance: Wc, bundleType: 0, version: "18.3.1", rendererPackageName: "react-dom" };
    var ul = { bundleType: tl.bundleType, version: tl.version, rendererPackageName: tl.rendererPackageName, rendererConfig: tl.rendererConfig, overrideHookState: null, overrideHookStateDeletePath: null, overrideHookStateRenamePath: null, overrideProps: null, overridePropsDeletePath: null, overridePropsRenamePath: null, setErrorHandler: null, setSuspenseHandler: null, scheduleUpdate: null, currentDispatcherRef: ua.ReactCurrentDispatcher, findHostInstanceByFiber: function(a) {
      a = Zb(a);
      return null === a ? null : a.stateNode;
    }, findFiberByHostInstance: tl.findFiberByHostInstance || jl, findHostInstancesForRefresh: null, scheduleRefresh: null, scheduleRoot: null, setRefreshHandler: null, getCurrentFiber: null, reconcilerVersion: "18.3.1-next-f1338f8080-20240426" };
    if ("undefined" !== typeof __REACT_DEVTOOLS_GLOBAL_HOOK__) {
      vl = __REACT_DEVTOOLS_GLOBAL_HOOK__;
      if (!vl.isDisabled && vl.supportsFiber) try {
        kc = vl.inject(ul), lc = vl;
      } catch (a) {
      }
    }
    var vl;
    exports.__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED = sl;
    exports.createPortal = function(a, b) {
      var c = 2 < arguments.length && void 0 !== arguments[2] ? arguments[2] : null;
      if (!nl(b)) throw Error(p(200));
      return cl(a, b, null, c);
    };
    exports.createRoot = function(a, b) {
      if (!nl(a)) throw Error(p(299));
      var c = false, d = "", e = kl;
      null !== b && void 0 !== b && (true === b.unstable_strictMode && (c = true), void 0 !== b.identifierPrefix && (d = b.identifierPrefix), void 0 !== b.onRecoverableError && (e = b.onRecoverableError));
      b = bl(a, 1, false, null, null, c, false, d, e);
      a[uf] = b.current;
      sf(8 === a.nodeType ? a.parentNode : a);
      return new ll(b);
    };
    exports.findDOMNode = function(a) {
      if (null == a) return null;
      if (1 === a.nodeType) return a;
      var b = a._reactInternals;
      if (void 0 === b) {
        if ("function" === typeof a.render) throw Error(p(188));
        a = Object.keys(a).join(",");
        throw Error(p(268, a));
      }
      a = Zb(b);
      a = null === a ? null : a.stateNode;
      return a;
    };
    exports.flushSync = function(a) {
      return Rk(a);
    };
    exports.hydrate = function(a, b, c) {
      if (!ol(b)) throw Error(p(200));
      return rl(null, a, b, true, c);
    };
    exports.hydrateRoot = function(a, b, c) {
      if (!nl(a)) throw Error(p(405));
      var d = null != c && c.hydratedSources || null, e = false, f = "", g = kl;
      null !== c && void 0 !== c && (true === c.unstable_strictMode && (e = true), void 0 !== c.identifierPrefix && (f = c.identifierPrefix), void 0 !== c.onRecoverableError && (g = c.onRecoverableError));
      b = el(b, null, a, 1, null != c ? c : null, e, false, f, g);
      a[uf] = b.current;
      sf(a);
      if (d) for (a = 0; a < d.length; a++) c = d[a], e = c._getVersion, e = e(c._source), null == b.mutableSourceEagerHydrationData ? b.mutableSourceEagerHydrationData = [c, e] : b.mutableSourceEagerHydrationData.push(
        c,
        e
      );
      return new ml(b);
    };
    exports.render = function(a, b, c) {
      if (!ol(b)) throw Error(p(200));
      return rl(null, a, b, false, c);
    };
    exports.unmountComponentAtNode = function(a) {
      if (!ol(a)) throw Error(p(40));
      return a._reactRootContainer ? (Rk(function() {
        rl(null, null, a, false, function() {
          a._reactRootContainer = null;
          a[uf] = null;
        });
      }), true) : false;
    };
    exports.unstable_batchedUpdates = Qk;
    exports.unstable_renderSubtreeIntoContainer = function(a, b, c, d) {
      if (!ol(c)) throw Error(p(200));
      if (null == a || void 0 === a._reactInternals) throw Error(p(38));
      return rl(a, b, c, false, d);
    };
    exports.version = "18.3.1-next-f1338f8080-20240426";
  }
});

// node_modules/react-dom/index.js
var require_react_dom = __commonJS({
  "node_modules/react-dom/index.js"(exports, module) {
    "use strict";
    function checkDCE() {
      if (typeof __REACT_DEVTOOLS_GLOBAL_HOOK__ === "undefined" || typeof __REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE !== "function") {
        return;
      }
      if (false) {
        throw new Error("^_^");
      }
      try {
        __REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE(checkDCE);
      } catch (err) {
        console.error(err);
      }
    }
    if (true) {
      checkDCE();
      module.exports = require_react_dom_production_min();
    } else {
      module.exports = null;
    }
  }
});

// node_modules/react-dom/client.js
var require_client = __commonJS({
  "node_modules/react-dom/client.js"(exports) {
    "use strict";
    var m = require_react_dom();
    if (true) {
      exports.createRoot = m.createRoot;
      exports.hydrateRoot = m.hydrateRoot;
    } else {
      i = m.__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED;
      exports.createRoot = function(c, o) {
        i.usingClientEntryPoint = true;
        try {
          return m.createRoot(c, o);
        } finally {
          i.usingClientEntryPoint = false;
        }
      };
      exports.hydrateRoot = function(c, h, o) {
        i.usingClientEntryPoint = true;
        try {
          return m.hydrateRoot(c, h, o);
        } finally {
          i.usingClientEntryPoint = false;
        }
      };
    }
    var i;
  }
});

// preview/src/runtime/hubspot-service.ts
function normalise(objectType) {
  const v = objectType.toLowerCase();
  if (v === "0-1" || v.startsWith("contact")) return "contacts";
  if (v === "0-2" || v.startsWith("compan")) return "companies";
  return "deals";
}
var objectTypeIds;
var init_hubspot_service = __esm({
  "preview/src/runtime/hubspot-service.ts"() {
    "use strict";
    objectTypeIds = { contacts: "0-1", companies: "0-2", deals: "0-3" };
  }
});

// preview/src/hubspot/host-context.ts
function useHost() {
  const host = (0, import_react.useContext)(HostContext);
  if (!host) throw new Error("A HubSpot card component rendered outside the preview host.");
  return host;
}
function preview() {
  return globalThis.__handoffPreview;
}
var import_react, HostContext;
var init_host_context = __esm({
  "preview/src/hubspot/host-context.ts"() {
    "use strict";
    import_react = __toESM(require_react());
    HostContext = (0, import_react.createContext)(null);
  }
});

// node_modules/react/cjs/react-jsx-runtime.production.min.js
var require_react_jsx_runtime_production_min = __commonJS({
  "node_modules/react/cjs/react-jsx-runtime.production.min.js"(exports) {
    "use strict";
    var f = require_react();
    var k = /* @__PURE__ */ Symbol.for("react.element");
    var l = /* @__PURE__ */ Symbol.for("react.fragment");
    var m = Object.prototype.hasOwnProperty;
    var n = f.__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED.ReactCurrentOwner;
    var p = { key: true, ref: true, __self: true, __source: true };
    function q(c, a, g) {
      var b, d = {}, e = null, h = null;
      void 0 !== g && (e = "" + g);
      void 0 !== a.key && (e = "" + a.key);
      void 0 !== a.ref && (h = a.ref);
      for (b in a) m.call(a, b) && !p.hasOwnProperty(b) && (d[b] = a[b]);
      if (c && c.defaultProps) for (b in a = c.defaultProps, a) void 0 === d[b] && (d[b] = a[b]);
      return { $$typeof: k, type: c, key: e, ref: h, props: d, _owner: n.current };
    }
    exports.Fragment = l;
    exports.jsx = q;
    exports.jsxs = q;
  }
});

// node_modules/react/jsx-runtime.js
var require_jsx_runtime = __commonJS({
  "node_modules/react/jsx-runtime.js"(exports, module) {
    "use strict";
    if (true) {
      module.exports = require_react_jsx_runtime_production_min();
    } else {
      module.exports = null;
    }
  }
});

// preview/src/hubspot/api-client.ts
var api_client_exports = {};
__export(api_client_exports, {
  Client: () => Client,
  default: () => api_client_default
});
function basicApi(objectType) {
  const type = normalise(objectType);
  return {
    async getById(id, properties = []) {
      const object2 = preview().hubspot.object(type, Number(id));
      if (!object2) throw Object.assign(new Error(`No ${type} record ${id}.`), { code: 404 });
      return { id: String(id), properties: Object.fromEntries(properties.map((n) => [n, object2.properties[n] ?? null])) };
    },
    async update(id, input) {
      const properties = preview().hubspot.update(type, Number(id), input.properties ?? {});
      return { id: String(id), properties };
    }
  };
}
var Client, api_client_default;
var init_api_client = __esm({
  "preview/src/hubspot/api-client.ts"() {
    "use strict";
    init_hubspot_service();
    init_host_context();
    Client = class {
      crm = { contacts: { basicApi: basicApi("contacts") }, deals: { basicApi: basicApi("deals") }, companies: { basicApi: basicApi("companies") } };
      constructor(_options) {
      }
    };
    api_client_default = { Client };
  }
});

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
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
function escapeRegex(str) {
  return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
  const cl = new inst._zod.constr(def ?? inst._zod.def);
  if (!def || params?.parent)
    cl._zod.parent = inst;
  return cl;
}
function normalizeParams(_params) {
  const params = _params;
  if (!params)
    return {};
  if (typeof params === "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  delete params.message;
  if (typeof params.error === "string")
    return { ...params, error: () => params.error };
  return params;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => {
    return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
  });
}
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
  for (const key in table) {
    const desc = Object.getOwnPropertyDescriptor(table, key);
    if (desc.get)
      Object.defineProperty(proto, key, { ...desc, enumerable: false });
    else
      defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = true) {
  Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
  return value;
}
function hide(inst, key, value) {
  return own(inst, key, value, false);
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      Object.defineProperty(this, key, breaker);
      const outer = broke;
      broke = false;
      try {
        const value = compute(this);
        if (broke)
          delete this[key];
        else
          Object.defineProperty(this, key, { configurable: true, writable: true, value });
        broke = broke || outer;
        return value;
      } catch (err) {
        delete this[key];
        broke = broke || outer;
        throw err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim(inst, key);
  if (!proto)
    return;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key, desc);
      desc.value = make(this);
      Object.defineProperty(this, key, desc);
      return desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
    }
  });
}
var Cached, captureStackTrace, propertyKeyTypes, NUMBER_FORMAT_RANGES, highSurrogate, installing, broke, breaker;
var init_util = __esm({
  "node_modules/zod/v4/core/util.js"() {
    Cached = class {
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
    captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
    };
    propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
    NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
      safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
      int32: [-2147483648, 2147483647],
      uint32: [0, 4294967295],
      float32: [-34028234663852886e22, 34028234663852886e22],
      float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
    }))();
    highSurrogate = /[\uD800-\uDBFF]/;
    broke = false;
    breaker = {
      configurable: true,
      get() {
        broke = true;
        return void 0;
      }
    };
  }
});

// node_modules/zod/v4/core/core.js
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name, initializer2, proto, params) {
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
  const Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name });
  function _(def) {
    const inst = params?.Parent ? newError(Definition) : this;
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
      if (params?.Parent && inst instanceof params.Parent)
        return true;
      return inst?._zod?.traits?.has(name);
    }
  });
  Object.defineProperty(_, "name", { value: name });
  return _;
}
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}
var _a, _zodDesc, _E, $ZodAsyncError, globalConfig;
var init_core = __esm({
  "node_modules/zod/v4/core/core.js"() {
    init_util();
    _zodDesc = { value: void 0, enumerable: false };
    _E = "captureStackTrace" in Error ? Error : null;
    $ZodAsyncError = class extends Error {
      constructor() {
        super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
      }
    };
    (_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
    globalConfig = globalThis.__zod_globalConfig;
  }
});

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc, _issuesDesc, _installedToString, initializer, $ZodError, $ZodRealError;
var init_errors = __esm({
  "node_modules/zod/v4/core/errors.js"() {
    init_core();
    init_util();
    _messageDesc = {
      get: _getMessage,
      set: _setMessage,
      enumerable: true,
      configurable: true
    };
    _issuesDesc = { value: void 0, enumerable: false };
    _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
    initializer = (inst, def) => {
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
    $ZodError = $constructor("$ZodError", initializer);
    $ZodRealError = $constructor("$ZodError", initializer, void 0, {
      Parent: Error
    });
  }
});

// node_modules/zod/v4/core/parse.js
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
var _parse, parse, _parseAsync, parseAsync, _safeParse, safeParse, _safeParseAsync, safeParseAsync;
var init_parse = __esm({
  "node_modules/zod/v4/core/parse.js"() {
    init_core();
    init_errors();
    init_util();
    _parse = (_Err) => {
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
    parse = /* @__PURE__ */ _parse($ZodRealError);
    _parseAsync = (_Err) => {
      const fn = async (schema, value, _ctx, params) => {
        const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
        let result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise)
          result = await result;
        if (result.issues.length) {
          const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
          captureStackTrace(e, params?.callee ?? fn);
          throw e;
        }
        return result.value;
      };
      return fn;
    };
    parseAsync = /* @__PURE__ */ _parseAsync($ZodRealError);
    _safeParse = (_Err) => (schema, value, _ctx) => {
      const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
      const result = schema._zod.run({ value, issues: [] }, ctx);
      if (result instanceof Promise) {
        throw new $ZodAsyncError();
      }
      return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
    };
    safeParse = /* @__PURE__ */ _safeParse($ZodRealError);
    _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
      const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
      let result = schema._zod.run({ value, issues: [] }, ctx);
      if (result instanceof Promise)
        result = await result;
      return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
    };
    safeParseAsync = /* @__PURE__ */ _safeParseAsync($ZodRealError);
  }
});

// node_modules/zod/v4/core/regexes.js
function anchor(source) {
  return new RegExp(`^${source}$`);
}
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
var duration, httpProtocol, dateSource, date, anyString, number, boolean;
var init_regexes = __esm({
  "node_modules/zod/v4/core/regexes.js"() {
    duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
    httpProtocol = /^https?$/;
    dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
    date = /* @__PURE__ */ anchor(dateSource);
    anyString = /^[\s\S]{0,}$/;
    number = /^-?\d+(?:\.\d+)?$/;
    boolean = /^(?:true|false)$/i;
  }
});

// node_modules/zod/v4/core/checks.js
var $ZodCheck, _whenHasLength, numericOriginMap, $ZodCheckLessThan, $ZodCheckGreaterThan, $ZodCheckNumberFormat, $ZodCheckMaxLength, $ZodCheckMinLength, $ZodCheckStringFormat, $ZodCheckRegex, $ZodCheckOverwrite;
var init_checks = __esm({
  "node_modules/zod/v4/core/checks.js"() {
    init_core();
    init_util();
    $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
      var _a3;
      inst._zod ?? (inst._zod = {});
      inst._zod.def = def;
      (_a3 = inst._zod).onattach ?? (_a3.onattach = []);
    });
    _whenHasLength = (payload) => {
      const val = payload.value;
      return !nullish(val) && val.length !== void 0;
    };
    numericOriginMap = {
      number: "number",
      bigint: "bigint",
      object: "date"
    };
    $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def) => {
      $ZodCheck.init(inst, def);
      const origin = numericOriginMap[typeof def.value];
      inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
          return;
        }
        payload.issues.push({
          origin: numericOriginMap[typeof payload.value] ?? origin,
          code: "too_big",
          maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
          input: payload.value,
          inclusive: def.inclusive,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
      $ZodCheck.init(inst, def);
      const origin = numericOriginMap[typeof def.value];
      inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
          return;
        }
        payload.issues.push({
          origin: numericOriginMap[typeof payload.value] ?? origin,
          code: "too_small",
          minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
          input: payload.value,
          inclusive: def.inclusive,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
      $ZodCheck.init(inst, def);
      def.format = def.format || "float64";
      const isInt = def.format?.includes("int");
      const origin = isInt ? "int" : "number";
      const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
      inst._zod.check = (payload) => {
        const input = payload.value;
        if (isInt) {
          if (!Number.isInteger(input)) {
            payload.issues.push({
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
              payload.issues.push({
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
              payload.issues.push({
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
          payload.issues.push({
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
          payload.issues.push({
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
    $ZodCheckMaxLength = /* @__PURE__ */ $constructor("$ZodCheckMaxLength", (inst, def) => {
      var _a3;
      $ZodCheck.init(inst, def);
      (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
      inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
        if (length <= def.maximum)
          return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
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
    $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
      var _a3;
      $ZodCheck.init(inst, def);
      (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
      inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units;
        if (length >= def.minimum)
          return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
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
    $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
      var _a3, _b;
      $ZodCheck.init(inst, def);
      if (def.pattern)
        (_a3 = inst._zod).check ?? (_a3.check = (payload) => {
          def.pattern.lastIndex = 0;
          if (def.pattern.test(payload.value))
            return;
          payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: def.format,
            input: payload.value,
            ...def.pattern ? { pattern: def.pattern.toString() } : {},
            inst,
            continue: !def.abort
          });
        });
      else
        (_b = inst._zod).check ?? (_b.check = () => {
        });
    });
    $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
      $ZodCheckStringFormat.init(inst, def);
      inst._zod.check = (payload) => {
        def.pattern.lastIndex = 0;
        if (def.pattern.test(payload.value))
          return;
        payload.issues.push({
          origin: "string",
          code: "invalid_format",
          format: "regex",
          input: payload.value,
          pattern: def.pattern.toString(),
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckOverwrite = /* @__PURE__ */ $constructor("$ZodCheckOverwrite", (inst, def) => {
      $ZodCheck.init(inst, def);
      inst._zod.check = (payload) => {
        payload.value = def.tx(payload.value);
      };
    });
  }
});

// node_modules/zod/v4/core/doc.js
var init_doc = __esm({
  "node_modules/zod/v4/core/doc.js"() {
  }
});

// node_modules/zod/v4/core/versions.js
var version;
var init_versions = __esm({
  "node_modules/zod/v4/core/versions.js"() {
    version = {
      major: 4,
      minor: 6,
      patch: 7
    };
  }
});

// node_modules/zod/v4/core/schemas.js
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
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap = Math.min(...caps.map((c) => c[0]));
  const parse2 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n = size(payload.value);
    if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
        if (n > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          ch._zod.check(payload);
          payload.issues[start].continue = false;
          attachSchema(payload.issues, start, inst);
          return payload;
        }
      }
    }
    return parse2(payload, ctx);
  };
}
function handleArrayResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
function handlePropertyResult(result, final, key, input, optin, optout) {
  const isPresent = key in input;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key, result.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
    }
    return;
  }
  if (result.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key] = void 0;
    }
  } else {
    final.value[key] = result.value;
  }
}
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
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
  const unrecognized = [];
  const keySet = def.keySet;
  const _catchall = def.catchall._zod;
  const t = _catchall.def.type;
  const optin = _catchall.optin;
  const optout = _catchall.optout;
  let seen = 0;
  for (const key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      if (t === "never")
        unrecognized.push(key);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key);
      continue;
    }
    const r = _catchall.run({ value: input[key], issues: [] }, ctx);
    if (r instanceof Promise) {
      proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
    } else {
      handlePropertyResult(r, payload, key, input, optin, optout);
    }
  }
  if (unrecognized.length) {
    payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input,
      inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
  }
  if (!proms.length)
    return payload;
  return Promise.all(proms).then(() => {
    return payload;
  });
}
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
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
function handleRefineResult(result, payload, input, inst) {
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
    payload.issues.push(issue(_iss));
  }
}
var $ZodType, toStandardResult, $ZodString, $ZodStringFormat, URL_BAD_FORMAT, URL_UNPARSEABLE, asciiTabOrNewline, $ZodURL, $ZodISODateTime, $ZodISODate, $ZodISOTime, $ZodISODuration, $ZodNumber, $ZodNumberFormat, $ZodBoolean, $ZodNever, arraySize, $ZodArray, NO_SYMBOL_KEYS, $ZodObject, $ZodUnion, $ZodEnum, $ZodLiteral, $ZodOptional, $ZodCustom;
var init_schemas = __esm({
  "node_modules/zod/v4/core/schemas.js"() {
    init_checks();
    init_core();
    init_regexes();
    init_util();
    init_versions();
    init_util();
    $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
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
        const runChecks = (payload, checks2, ctx) => {
          if (payload.memo)
            return payload;
          let isAborted = aborted(payload);
          let asyncResult;
          for (const ch of checks2) {
            if (ch._zod.def.when) {
              if (explicitlyAborted(payload))
                continue;
              const shouldRun = ch._zod.def.when(payload);
              if (!shouldRun)
                continue;
            } else if (isAborted) {
              continue;
            }
            const currLen = payload.issues.length;
            const _ = ch._zod.check(payload);
            if (_ instanceof Promise && ctx?.async === false) {
              throw new $ZodAsyncError();
            }
            if (asyncResult || _ instanceof Promise) {
              asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
                await _;
                const nextLen = payload.issues.length;
                if (nextLen === currLen)
                  return;
                attachSchema(payload.issues, currLen, inst);
                if (!isAborted)
                  isAborted = aborted(payload, currLen);
              });
            } else {
              const nextLen = payload.issues.length;
              if (nextLen === currLen)
                continue;
              attachSchema(payload.issues, currLen, inst);
              if (!isAborted)
                isAborted = aborted(payload, currLen);
            }
          }
          if (asyncResult) {
            return asyncResult.then(() => {
              return payload;
            });
          }
          return payload;
        };
        const handleCanaryResult = (canary, payload, ctx) => {
          if (aborted(canary)) {
            canary.aborted = true;
            return canary;
          }
          const checkResult = runChecks(payload, checks, ctx);
          if (checkResult instanceof Promise) {
            if (ctx.async === false)
              throw new $ZodAsyncError();
            return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
          }
          return inst._zod.parse(checkResult, ctx);
        };
        inst._zod.run = (payload, ctx) => {
          if (ctx.skipChecks) {
            return inst._zod.parse(payload, ctx);
          }
          if (ctx.direction === "backward") {
            const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
            if (canary instanceof Promise) {
              return canary.then((canary2) => {
                return handleCanaryResult(canary2, payload, ctx);
              });
            }
            return handleCanaryResult(canary, payload, ctx);
          }
          const result = inst._zod.parse(payload, ctx);
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
    toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
    $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.pattern = def.pattern ?? anyString;
      inst._zod.parse = (payload, _) => {
        if (def.coerce)
          try {
            payload.value = String(payload.value);
          } catch (_2) {
          }
        if (typeof payload.value === "string")
          return payload;
        payload.issues.push({
          expected: "string",
          code: "invalid_type",
          input: payload.value,
          inst
        });
        return payload;
      };
    });
    $ZodStringFormat = /* @__PURE__ */ $constructor("$ZodStringFormat", (inst, def) => {
      $ZodCheckStringFormat.init(inst, def);
      $ZodString.init(inst, def);
    });
    URL_BAD_FORMAT = 1;
    URL_UNPARSEABLE = 2;
    asciiTabOrNewline = /[\t\n\r]/g;
    $ZodURL = /* @__PURE__ */ $constructor("$ZodURL", (inst, def) => {
      $ZodStringFormat.init(inst, def);
      inst._zod.check = (payload) => {
        try {
          const trimmed = payload.value.trim();
          const url3 = validateURL(trimmed, def);
          if (url3 === URL_BAD_FORMAT) {
            payload.issues.push({
              code: "invalid_format",
              format: "url",
              note: "Invalid URL format",
              input: payload.value,
              inst,
              continue: !def.abort
            });
            return;
          }
          if (url3 === URL_UNPARSEABLE) {
            payload.issues.push({
              code: "invalid_format",
              format: "url",
              input: payload.value,
              inst,
              continue: !def.abort
            });
            return;
          }
          if (url3 === true) {
            payload.value = stripTabAndNewline(trimmed);
            return;
          }
          if (def.hostname && !urlHostnameOk(url3, def.hostname)) {
            payload.issues.push({
              code: "invalid_format",
              format: "url",
              note: "Invalid hostname",
              pattern: def.hostname.source,
              input: payload.value,
              inst,
              continue: !def.abort
            });
          }
          if (def.protocol && !urlProtocolOk(url3, def.protocol)) {
            payload.issues.push({
              code: "invalid_format",
              format: "url",
              note: "Invalid protocol",
              pattern: def.protocol.source,
              input: payload.value,
              inst,
              continue: !def.abort
            });
          }
          payload.value = def.normalize ? url3.href : stripTabAndNewline(trimmed);
          return;
        } catch (_) {
          payload.issues.push({
            code: "invalid_format",
            format: "url",
            input: payload.value,
            inst,
            continue: !def.abort
          });
        }
      };
    });
    $ZodISODateTime = /* @__PURE__ */ $constructor("$ZodISODateTime", (inst, def) => {
      def.pattern ?? (def.pattern = datetime(def));
      $ZodStringFormat.init(inst, def);
    });
    $ZodISODate = /* @__PURE__ */ $constructor("$ZodISODate", (inst, def) => {
      def.pattern ?? (def.pattern = date);
      $ZodStringFormat.init(inst, def);
    });
    $ZodISOTime = /* @__PURE__ */ $constructor("$ZodISOTime", (inst, def) => {
      def.pattern ?? (def.pattern = time(def));
      $ZodStringFormat.init(inst, def);
    });
    $ZodISODuration = /* @__PURE__ */ $constructor("$ZodISODuration", (inst, def) => {
      def.pattern ?? (def.pattern = duration);
      $ZodStringFormat.init(inst, def);
    });
    $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.pattern = number;
      inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
          try {
            payload.value = Number(payload.value);
          } catch (_) {
          }
        const input = payload.value;
        if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
          return payload;
        }
        const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
        payload.issues.push({
          expected: "number",
          code: "invalid_type",
          input,
          inst,
          ...received ? { received } : {}
        });
        return payload;
      };
    });
    $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
      $ZodCheckNumberFormat.init(inst, def);
      $ZodNumber.init(inst, def);
    });
    $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.pattern = boolean;
      inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
          try {
            payload.value = Boolean(payload.value);
          } catch (_) {
          }
        const input = payload.value;
        if (typeof input === "boolean")
          return payload;
        payload.issues.push({
          expected: "boolean",
          code: "invalid_type",
          input,
          inst
        });
        return payload;
      };
    });
    $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.parse = (payload, _ctx) => {
        payload.issues.push({
          expected: "never",
          code: "invalid_type",
          input: payload.value,
          inst
        });
        return payload;
      };
    });
    arraySize = (input) => Array.isArray(input) ? input.length : -1;
    $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
      $ZodType.init(inst, def);
      const memo = globalConfig.memoizer;
      memo?.attach(inst);
      inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
          payload.issues.push({
            expected: "array",
            code: "invalid_type",
            input,
            inst
          });
          return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
        const proms = [];
        const abortEarly = ctx?.abortEarly;
        for (let i = 0; i < input.length; i++) {
          const item = input[i];
          const result = def.element._zod.run({
            value: item,
            issues: []
          }, ctx);
          if (result instanceof Promise) {
            proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
          } else {
            handleArrayResult(result, payload, i);
            if (abortEarly && result.issues.length !== 0 && aborted(result))
              break;
          }
        }
        if (proms.length) {
          return Promise.all(proms).then(() => payload);
        }
        return payload;
      };
      capSize(inst, arraySize);
    });
    NO_SYMBOL_KEYS = [];
    $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
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
        for (const key in shape) {
          const field2 = shape[key]._zod;
          if (field2.values) {
            if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
              assignProp(propValues, key, /* @__PURE__ */ new Set());
            }
            for (const v of field2.values)
              propValues[key].add(v);
            if (field2.optin !== void 0)
              propValues[key].add(void 0);
          }
        }
        return propValues;
      });
      const isObject2 = isObject;
      const catchall = def.catchall;
      let value;
      const memo = globalConfig.memoizer;
      memo?.attach(inst);
      inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject2(input)) {
          payload.issues.push({
            expected: "object",
            code: "invalid_type",
            input,
            inst
          });
          return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
        const proms = [];
        const shape = value.shape;
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const key of value.allKeys) {
          if (abortEarly && payload.issues.length !== seen) {
            if (aborted(payload, seen))
              break;
            seen = payload.issues.length;
          }
          if (key === "__proto__")
            continue;
          const el = shape[key];
          const optin = el._zod.optin;
          const optout = el._zod.optout;
          const r = el._zod.run({ value: input[key], issues: [] }, ctx);
          if (r instanceof Promise) {
            proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
          } else {
            handlePropertyResult(r, payload, key, input, optin, optout);
          }
        }
        if (!catchall) {
          return proms.length ? Promise.all(proms).then(() => payload) : payload;
        }
        return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
      };
    });
    $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
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
      inst._zod.parse = (payload, ctx) => {
        if (first) {
          return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
          const result = option._zod.run({
            value: payload.value,
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
          return handleUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results2) => {
          return handleUnionResults(results2, payload, inst, ctx);
        });
      };
    });
    $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
      $ZodType.init(inst, def);
      const values = getEnumValues(def.entries);
      const valuesSet = new Set(values);
      inst._zod.values = valuesSet;
      defineLazyInternal(inst, "pattern", (zod) => {
        const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
        return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
      });
      inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (valuesSet.has(input)) {
          return payload;
        }
        payload.issues.push({
          code: "invalid_value",
          values,
          input,
          inst
        });
        return payload;
      };
    });
    $ZodLiteral = /* @__PURE__ */ $constructor("$ZodLiteral", (inst, def) => {
      $ZodType.init(inst, def);
      const values = new Set(def.values);
      inst._zod.values = values;
      defineLazyInternal(inst, "pattern", (zod) => {
        const vals = zod.def.values;
        return new RegExp(vals.length ? `^(${vals.map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o)).join("|")})$` : "^[^\\s\\S]$");
      });
      inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (values.has(input)) {
          return payload;
        }
        payload.issues.push({
          code: "invalid_value",
          values: def.values,
          input,
          inst
        });
        return payload;
      };
    });
    $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
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
      inst._zod.parse = (payload, ctx) => {
        if (payload.value === void 0) {
          if (def.innerType._zod.optin !== "defaulted")
            return payload;
          const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
          if (result instanceof Promise)
            return result.then((result2) => handleOptionalResult(payload, result2));
          return handleOptionalResult(payload, result);
        }
        return def.innerType._zod.run(payload, ctx);
      };
    });
    $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
      $ZodCheck.init(inst, def);
      $ZodType.init(inst, def);
      inst._zod.parse = (payload, _) => {
        return payload;
      };
      inst._zod.check = (payload) => {
        const input = payload.value;
        const r = def.fn(input);
        if (r instanceof Promise) {
          return r.then((r2) => handleRefineResult(r2, payload, input, inst));
        }
        handleRefineResult(r, payload, input, inst);
        return;
      };
    });
  }
});

// node_modules/zod/v4/core/memoizer.js
var init_memoizer = __esm({
  "node_modules/zod/v4/core/memoizer.js"() {
  }
});

// node_modules/zod/v4/locales/index.js
var init_locales = __esm({
  "node_modules/zod/v4/locales/index.js"() {
  }
});

// node_modules/zod/v4/core/registries.js
function registry() {
  return new $ZodRegistry();
}
var _a2, $ZodRegistry, globalRegistry;
var init_registries = __esm({
  "node_modules/zod/v4/core/registries.js"() {
    $ZodRegistry = class {
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
    (_a2 = globalThis).__zod_globalRegistry ?? (_a2.__zod_globalRegistry = registry());
    globalRegistry = globalThis.__zod_globalRegistry;
  }
});

// node_modules/zod/v4/core/compile.js
var init_compile = __esm({
  "node_modules/zod/v4/core/compile.js"() {
  }
});

// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  if (def.checks)
    def.checks = [...def.checks];
  return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
  return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _url(Class, params) {
  return new Class({
    type: "string",
    format: "url",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class, params) {
  return new Class({
    type: "string",
    format: "datetime",
    check: "string_format",
    offset: false,
    local: false,
    precision: null,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class, params) {
  return new Class({
    type: "string",
    format: "date",
    check: "string_format",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class, params) {
  return new Class({
    type: "string",
    format: "time",
    check: "string_format",
    precision: null,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class, params) {
  return new Class({
    type: "string",
    format: "duration",
    check: "string_format",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
  return new Class(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
  return new Class({
    type: "number",
    check: "number_format",
    abort: false,
    format: "safeint",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
  return new Class({
    type: "boolean",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
  return new Class({
    type: "never",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
  const ch = new $ZodCheckMaxLength({
    check: "max_length",
    ...normalizeParams(params),
    maximum
  });
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
  return new $ZodCheckMinLength({
    check: "min_length",
    ...normalizeParams(params),
    minimum
  });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
  return new $ZodCheckRegex({
    check: "string_format",
    format: "regex",
    ...normalizeParams(params),
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
var init_api = __esm({
  "node_modules/zod/v4/core/api.js"() {
    init_checks();
    init_util();
  }
});

// node_modules/zod/v4/core/to-json-schema.js
var init_to_json_schema = __esm({
  "node_modules/zod/v4/core/to-json-schema.js"() {
  }
});

// node_modules/zod/v4/core/json-schema.js
var init_json_schema = __esm({
  "node_modules/zod/v4/core/json-schema.js"() {
  }
});

// node_modules/zod/v4/core/index.js
var init_core2 = __esm({
  "node_modules/zod/v4/core/index.js"() {
    init_core();
    init_parse();
    init_errors();
    init_schemas();
    init_memoizer();
    init_checks();
    init_versions();
    init_util();
    init_regexes();
    init_locales();
    init_registries();
    init_doc();
    init_compile();
    init_api();
    init_to_json_schema();
    init_json_schema();
  }
});

// node_modules/zod/v4/mini/parse.js
var init_parse2 = __esm({
  "node_modules/zod/v4/mini/parse.js"() {
    init_core2();
  }
});

// node_modules/zod/v4/mini/schemas.js
// @__NO_SIDE_EFFECTS__
function string2(params) {
  return _string(ZodMiniString, params);
}
// @__NO_SIDE_EFFECTS__
function url(params) {
  return _url(ZodMiniURL, params);
}
// @__NO_SIDE_EFFECTS__
function number2(params) {
  return _number(ZodMiniNumber, params);
}
function int(params) {
  return _int(ZodMiniNumberFormat, params);
}
// @__NO_SIDE_EFFECTS__
function boolean2(params) {
  return _boolean(ZodMiniBoolean, params);
}
// @__NO_SIDE_EFFECTS__
function never(params) {
  return _never(ZodMiniNever, params);
}
// @__NO_SIDE_EFFECTS__
function array(element, params) {
  return new ZodMiniArray({
    type: "array",
    element,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function object(shape, params) {
  const def = {
    type: "object",
    shape: shape ?? {},
    ...normalizeParams(params)
  };
  return new ZodMiniObject(def);
}
// @__NO_SIDE_EFFECTS__
function strictObject(shape, params) {
  return new ZodMiniObject({
    type: "object",
    shape,
    catchall: /* @__PURE__ */ never(),
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function union(options, params) {
  return new ZodMiniUnion({
    type: "union",
    options,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _enum(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodMiniEnum({
    type: "enum",
    entries,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function literal(value, params) {
  return new ZodMiniLiteral({
    type: "literal",
    values: Array.isArray(value) ? value : [value],
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
  return new ZodMiniOptional({
    type: "optional",
    innerType
  });
}
// @__NO_SIDE_EFFECTS__
function refine(fn, _params = {}) {
  return _refine(ZodMiniCustom, fn, _params);
}
var ZodMiniType, ZodMiniString, ZodMiniStringFormat, ZodMiniURL, ZodMiniNumber, ZodMiniNumberFormat, ZodMiniBoolean, ZodMiniNever, ZodMiniArray, ZodMiniObject, ZodMiniUnion, ZodMiniEnum, ZodMiniLiteral, ZodMiniOptional, ZodMiniCustom;
var init_schemas2 = __esm({
  "node_modules/zod/v4/mini/schemas.js"() {
    init_core2();
    init_util();
    init_parse2();
    ZodMiniType = /* @__PURE__ */ $constructor("ZodMiniType", (inst, def) => {
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
      parse(data, params) {
        return parse(this, data, params, { callee: this.parse });
      },
      parseAsync(data, params) {
        return parseAsync(this, data, params, { callee: this.parseAsync });
      },
      safeParse(data, params) {
        return safeParse(this, data, params);
      },
      safeParseAsync(data, params) {
        return safeParseAsync(this, data, params);
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
      clone(_def, params) {
        return clone(this, _def, params);
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
    ZodMiniString = /* @__PURE__ */ $constructor("ZodMiniString", (inst, def) => {
      $ZodString.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniStringFormat = /* @__PURE__ */ $constructor("ZodMiniStringFormat", (inst, def) => {
      $ZodStringFormat.init(inst, def);
      ZodMiniString.init(inst, def);
    });
    ZodMiniURL = /* @__PURE__ */ $constructor("ZodMiniURL", (inst, def) => {
      $ZodURL.init(inst, def);
      ZodMiniStringFormat.init(inst, def);
    });
    ZodMiniNumber = /* @__PURE__ */ $constructor("ZodMiniNumber", (inst, def) => {
      $ZodNumber.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniNumberFormat = /* @__PURE__ */ $constructor("ZodMiniNumberFormat", (inst, def) => {
      $ZodNumberFormat.init(inst, def);
      ZodMiniNumber.init(inst, def);
    });
    ZodMiniBoolean = /* @__PURE__ */ $constructor("ZodMiniBoolean", (inst, def) => {
      $ZodBoolean.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniNever = /* @__PURE__ */ $constructor("ZodMiniNever", (inst, def) => {
      $ZodNever.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniArray = /* @__PURE__ */ $constructor("ZodMiniArray", (inst, def) => {
      $ZodArray.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniObject = /* @__PURE__ */ $constructor("ZodMiniObject", (inst, def) => {
      $ZodObject.init(inst, def);
      ZodMiniType.init(inst, def);
      installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
    });
    ZodMiniUnion = /* @__PURE__ */ $constructor("ZodMiniUnion", (inst, def) => {
      $ZodUnion.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniEnum = /* @__PURE__ */ $constructor("ZodMiniEnum", (inst, def) => {
      $ZodEnum.init(inst, def);
      ZodMiniType.init(inst, def);
      inst.options = [...inst._zod.values];
    });
    ZodMiniLiteral = /* @__PURE__ */ $constructor("ZodMiniLiteral", (inst, def) => {
      $ZodLiteral.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniOptional = /* @__PURE__ */ $constructor("ZodMiniOptional", (inst, def) => {
      $ZodOptional.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniCustom = /* @__PURE__ */ $constructor("ZodMiniCustom", (inst, def) => {
      $ZodCustom.init(inst, def);
      ZodMiniType.init(inst, def);
    });
  }
});

// node_modules/zod/v4/mini/checks.js
var init_checks2 = __esm({
  "node_modules/zod/v4/mini/checks.js"() {
    init_core2();
  }
});

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
// @__NO_SIDE_EFFECTS__
function datetime2(params) {
  return _isoDateTime(ZodMiniISODateTime, params);
}
// @__NO_SIDE_EFFECTS__
function date2(params) {
  return _isoDate(ZodMiniISODate, params);
}
// @__NO_SIDE_EFFECTS__
function time2(params) {
  return _isoTime(ZodMiniISOTime, params);
}
// @__NO_SIDE_EFFECTS__
function duration2(params) {
  return _isoDuration(ZodMiniISODuration, params);
}
var ZodMiniISODateTime, ZodMiniISODate, ZodMiniISOTime, ZodMiniISODuration;
var init_iso = __esm({
  "node_modules/zod/v4/mini/iso.js"() {
    init_core2();
    init_schemas2();
    ZodMiniISODateTime = /* @__PURE__ */ $constructor("ZodMiniISODateTime", (inst, def) => {
      $ZodISODateTime.init(inst, def);
      ZodMiniStringFormat.init(inst, def);
    });
    ZodMiniISODate = /* @__PURE__ */ $constructor("ZodMiniISODate", (inst, def) => {
      $ZodISODate.init(inst, def);
      ZodMiniStringFormat.init(inst, def);
    });
    ZodMiniISOTime = /* @__PURE__ */ $constructor("ZodMiniISOTime", (inst, def) => {
      $ZodISOTime.init(inst, def);
      ZodMiniStringFormat.init(inst, def);
    });
    ZodMiniISODuration = /* @__PURE__ */ $constructor("ZodMiniISODuration", (inst, def) => {
      $ZodISODuration.init(inst, def);
      ZodMiniStringFormat.init(inst, def);
    });
  }
});

// node_modules/zod/v4/mini/coerce.js
var init_coerce = __esm({
  "node_modules/zod/v4/mini/coerce.js"() {
  }
});

// node_modules/zod/v4/mini/external.js
var init_external = __esm({
  "node_modules/zod/v4/mini/external.js"() {
    init_core2();
    init_parse2();
    init_schemas2();
    init_checks2();
    init_core2();
    init_locales();
    init_iso();
    init_coerce();
  }
});

// node_modules/zod/mini/index.js
var init_mini = __esm({
  "node_modules/zod/mini/index.js"() {
    init_external();
  }
});

// shared/src/fields.ts
function required2(schema, meta2) {
  return schema.clone().register(fieldMeta, meta2);
}
function optional2(schema, meta2) {
  return optional(required2(schema, meta2));
}
var fieldMeta, shortText, longText, dateTime, date3, url2, count;
var init_fields = __esm({
  "shared/src/fields.ts"() {
    "use strict";
    init_mini();
    config({ jitless: true });
    fieldMeta = registry();
    shortText = () => string2().check(_trim(), _minLength(1), _maxLength(200));
    longText = () => string2().check(_trim(), _minLength(1), _maxLength(4e3));
    dateTime = () => iso_exports.datetime({ offset: true });
    date3 = () => iso_exports.date();
    url2 = () => url({ protocol: /^https?$/ });
    count = () => int().check(_gte(0), _lte(1e6));
  }
});

// shared/src/contexts/common.ts
var polarity, scale, score, model, provenance, factor, sentiment, severity, action;
var init_common = __esm({
  "shared/src/contexts/common.ts"() {
    "use strict";
    init_mini();
    init_fields();
    polarity = _enum(["higher-is-better", "higher-is-worse"]);
    scale = object({
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
    score = () => object({
      value: required2(number2(), { title: "Value", description: "The number the model gave." }),
      scale: required2(scale, { title: "Scale", description: "The range and polarity the value is read on." })
    }).check(
      refine((s) => s.value >= s.scale.min && s.value <= s.scale.max, {
        message: "value is outside its scale",
        path: ["value"]
      })
    );
    model = object({
      name: required2(shortText(), { title: "Model name", description: "The tool or model that produced the output." }),
      version: optional2(shortText(), { title: "Model version", description: "The model version, so outputs can be compared." })
    });
    provenance = object({
      source: required2(shortText(), { title: "Source", description: "The system or conversation the fact came from." }),
      capturedBy: optional2(shortText(), { title: "Captured by", description: "Who recorded the fact." }),
      capturedAt: optional2(dateTime(), { title: "Captured at", description: "When the fact was recorded." }),
      evidenceUrl: optional2(url2(), { title: "Evidence link", description: "A link to the call, email or document that backs the fact." })
    });
    factor = object({
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
    sentiment = _enum(["positive", "neutral", "negative"]);
    severity = _enum(["low", "medium", "high", "critical"]);
    action = object({
      action: required2(shortText(), { title: "Action", description: "What to do next." }),
      rationale: optional2(longText(), { title: "Rationale", description: "Why this action, in one or two sentences." }),
      owner: optional2(shortText(), { title: "Owner", description: "Who should do it." }),
      dueBy: optional2(dateTime(), { title: "Due by", description: "When it should be done." })
    });
  }
});

// shared/src/contexts/context.ts
function defineContext(definition) {
  const versionSchema = definition.schema._zod.def.shape.schemaVersion;
  const version2 = [...versionSchema._zod.def.values][0];
  return { ...definition, version: version2 };
}
var init_context = __esm({
  "shared/src/contexts/context.ts"() {
    "use strict";
  }
});

// shared/src/contexts/customer-health.ts
var customerHealthV1, customerHealth;
var init_customer_health = __esm({
  "shared/src/contexts/customer-health.ts"() {
    "use strict";
    init_mini();
    init_fields();
    init_common();
    init_context();
    customerHealthV1 = object({
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
    customerHealth = defineContext({
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
  }
});

// shared/src/contexts/deal-risk.ts
var forecastCategory, riskFactor, dealRiskV1, dealRisk;
var init_deal_risk = __esm({
  "shared/src/contexts/deal-risk.ts"() {
    "use strict";
    init_mini();
    init_fields();
    init_common();
    init_context();
    forecastCategory = _enum(["pipeline", "best-case", "commit", "closed", "omitted"]);
    riskFactor = object({
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
    dealRiskV1 = object({
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
    dealRisk = defineContext({
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
  }
});

// shared/src/contexts/lead-score.ts
var intentSignal, feedbackEntry, disposition, leadScoreV2, leadScoreV1, leadScore;
var init_lead_score = __esm({
  "shared/src/contexts/lead-score.ts"() {
    "use strict";
    init_mini();
    init_fields();
    init_common();
    init_context();
    intentSignal = object({
      topic: required2(shortText(), { title: "Topic", description: "What the buyer is researching." }),
      strength: required2(_enum(["low", "medium", "high"]), { title: "Strength", description: "How strong the signal is." }),
      trend: optional2(_enum(["rising", "steady", "falling"]), { title: "Trend", description: "Whether interest is growing or fading." }),
      source: optional2(shortText(), { title: "Source", description: "The intent provider or channel." }),
      observedAt: optional2(dateTime(), { title: "Observed at", description: "When the signal was last seen." })
    });
    feedbackEntry = object({
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
    disposition = object({
      status: required2(_enum(["accepted", "working", "rejected"]), {
        title: "Sales disposition",
        description: "What sales did with the lead: accepted, working it, or rejected."
      }),
      reason: optional2(longText(), { title: "Disposition reason", description: "Why sales rejected or accepted the lead." }),
      by: optional2(shortText(), { title: "Decided by", description: "Who decided." }),
      at: optional2(dateTime(), { title: "Decided at", description: "When it was decided." })
    });
    leadScoreV2 = object({
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
    leadScoreV1 = object({
      schemaVersion: literal(1),
      score: number2(),
      band: string2(),
      model: string2(),
      scoredAt: string2(),
      reasons: optional(array(string2()))
    });
    leadScore = defineContext({
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
            factors: reasons.map((label2) => ({ label: label2, direction: "raises", weight: 0 }))
          };
        }
      },
      storage: {
        document: { name: "Lead_Score_Payload", type: "longtext", role: "own" },
        salesforce: ["Lead", "Contact"],
        hubspot: ["contacts"]
      }
    });
  }
});

// shared/src/contexts/sales-to-cs.ts
var fact, successCriterion, commitment, stakeholder, knownRisk, returnReason, salesToCsV1, salesToCs;
var init_sales_to_cs = __esm({
  "shared/src/contexts/sales-to-cs.ts"() {
    "use strict";
    init_mini();
    init_fields();
    init_common();
    init_context();
    fact = { provenance: optional2(provenance, { title: "Provenance", description: "Where this fact came from." }) };
    successCriterion = object({
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
    commitment = object({
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
    stakeholder = object({
      name: required2(shortText(), { title: "Name", description: "The stakeholder's name." }),
      title: optional2(shortText(), { title: "Job title", description: "The stakeholder's job title." }),
      role: required2(_enum(["champion", "economic-buyer", "influencer", "detractor", "power-user"]), {
        title: "Buying role",
        description: "The part the stakeholder played in the decision."
      }),
      sentiment: required2(sentiment, { title: "Sentiment", description: "How the stakeholder feels about us." }),
      ...fact
    });
    knownRisk = object({
      risk: required2(shortText(), { title: "Risk", description: "What could stop the customer reaching the outcome." }),
      severity: required2(severity, { title: "Severity", description: "How bad it would be." }),
      likelihood: required2(_enum(["low", "medium", "high"]), { title: "Likelihood", description: "How likely it is." }),
      mitigation: optional2(longText(), { title: "Mitigation", description: "What reduces the risk." }),
      owner: optional2(shortText(), { title: "Owner", description: "Who watches the risk." }),
      ...fact
    });
    returnReason = _enum([
      "missing-success-criteria",
      "unclear-commitments",
      "wrong-stakeholders",
      "commercial-mismatch",
      "other"
    ]);
    salesToCsV1 = object({
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
    salesToCs = defineContext({
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
  }
});

// shared/src/contexts/index.ts
function isKind(value) {
  return Object.prototype.hasOwnProperty.call(contexts, value);
}
var contexts, kinds;
var init_contexts = __esm({
  "shared/src/contexts/index.ts"() {
    "use strict";
    init_customer_health();
    init_deal_risk();
    init_lead_score();
    init_sales_to_cs();
    contexts = {
      "lead-score": leadScore,
      "deal-risk": dealRisk,
      "sales-to-cs": salesToCs,
      "customer-health": customerHealth
    };
    kinds = Object.keys(contexts);
  }
});

// shared/src/storage.ts
function salesforceFieldName(column) {
  return `${PREFIX}_${column.name}__c`;
}
function hubspotPropertyName(column) {
  return `${PREFIX}_${column.name}`.toLowerCase();
}
var PREFIX, textLimits;
var init_storage = __esm({
  "shared/src/storage.ts"() {
    "use strict";
    PREFIX = "HC";
    textLimits = { salesforce: 131072, hubspot: 65536 };
  }
});

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
function checkValue(def, check2, key) {
  for (const c of def.checks ?? []) if (c._zod.def.check === check2) return c._zod.def[key];
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
    for (const [key, child] of Object.entries(def.shape)) {
      const { inner: childInner, optional: childOptional } = unwrap(child);
      const meta2 = fieldMeta.get(childInner);
      const path = prefix ? `${prefix}.${key}` : key;
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
var registry2;
var init_registry = __esm({
  "shared/src/registry.ts"() {
    "use strict";
    init_contexts();
    init_fields();
    init_storage();
    registry2 = buildRegistry();
  }
});

// shared/src/parse/result.ts
var init_result = __esm({
  "shared/src/parse/result.ts"() {
    "use strict";
  }
});

// shared/src/parse/paths.ts
function pathText(path) {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out ? `.${part}` : part;
  }
  return out;
}
function registryPath(path) {
  return path.replace(/\[\d+\]/g, "[]");
}
function registryField(kind, path) {
  let fields = byKind.get(kind);
  if (!fields) {
    fields = new Map(fieldsOf(kind).map((f) => [f.path, f]));
    byKind.set(kind, fields);
  }
  return fields.get(registryPath(path));
}
function titleOf(kind, path) {
  if (path === "") return contexts[kind].title;
  const field2 = registryField(kind, path);
  if (field2) return field2.title;
  const listEntry = /^(.*)\[\d+\]$/.exec(path);
  if (listEntry) return `${titleOf(kind, listEntry[1])}, one entry`;
  return path;
}
function metaOf(schema) {
  return fieldMeta.get(schema);
}
function schemaAt(kind, path) {
  let schema = contexts[kind].schema;
  if (path === "") return schema;
  for (const token of path.match(/[^.[\]]+|\[\]/g) ?? []) {
    const def = unwrap(schema).inner._zod.def;
    if (token === "[]") {
      if (def.type !== "array") return void 0;
      schema = def.element;
    } else {
      if (def.type !== "object" || !Object.prototype.hasOwnProperty.call(def.shape, token)) return void 0;
      schema = def.shape[token];
    }
  }
  return unwrap(schema).inner;
}
function readOwn(value, key) {
  try {
    if (value === null || typeof value !== "object") return { ok: true, value: void 0 };
    if (!Object.prototype.hasOwnProperty.call(value, key)) return { ok: true, value: void 0 };
    return { ok: true, value: value[key] };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
function isPlainObject2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function getAt(value, path) {
  let current = value;
  for (const key of path.split(".")) {
    const read = readOwn(current, key);
    if (!read.ok) return void 0;
    current = read.value;
  }
  return current;
}
var byKind;
var init_paths = __esm({
  "shared/src/parse/paths.ts"() {
    "use strict";
    init_contexts();
    init_fields();
    init_registry();
    byKind = /* @__PURE__ */ new Map();
  }
});

// shared/src/parse/problems.ts
function describeValue(value) {
  try {
    if (value === void 0) return "nothing";
    if (value === null) return "nothing (null)";
    if (typeof value === "string") {
      if (value.trim() === "") return "empty text";
      const shown = value.length > QUOTE_LIMIT ? `${value.slice(0, QUOTE_LIMIT)}\u2026` : value;
      return `text ${JSON.stringify(shown)}`;
    }
    if (typeof value === "number") return Number.isFinite(value) ? `the number ${value}` : `${value}`;
    if (typeof value === "boolean") return `${value}`;
    if (Array.isArray(value)) return value.length === 1 ? "a list of 1 entry" : `a list of ${value.length} entries`;
    if (typeof value === "object") return "an object";
    return `a ${typeof value}`;
  } catch {
    return "a value that could not be read";
  }
}
function describeExpected(schema) {
  const type = describeType(schema);
  if (type === "number") return "a number";
  if (type === "whole number") return "a whole number";
  if (type === "object") return "an object";
  if (type.startsWith("list of")) return `a ${type}`;
  if (type.startsWith("date-time")) return "a date-time (ISO 8601 with offset, e.g. 2026-11-23T10:00:00Z)";
  if (type.startsWith("date")) return "a date (YYYY-MM-DD)";
  if (type.startsWith("URL")) return "a web link (http or https)";
  return type;
}
function makeProblem(kind, path, code, severity2, detail, params) {
  const text2 = typeof path === "string" ? path : pathText(path);
  const subject = text2 === "" ? titleOf(kind, "") : `${text2} (${titleOf(kind, text2)})`;
  return { path: text2, code, severity: severity2, ...params && { params }, message: `${subject}: ${detail}` };
}
function sizeWords(origin, n) {
  if (origin === "string") return n === 1 ? "1 character" : `${n} characters`;
  if (origin === "array") return n === 1 ? "1 entry" : `${n} entries`;
  return String(n);
}
function sizeOf(value) {
  if (typeof value === "string" || Array.isArray(value)) return value.length;
  return typeof value === "number" ? value : void 0;
}
function problemFromIssue(kind, path, issue2, schema, got) {
  const expected = describeExpected(schema);
  const gotText = describeValue(got);
  const base = { expected, got: gotText };
  switch (issue2.code) {
    case "invalid_type":
      if (got === void 0 || got === null) return makeProblem(kind, path, "missing", "error", `is missing; expected ${expected}`, base);
      return makeProblem(kind, path, "invalid_type", "error", `expected ${expected}, got ${gotText}`, base);
    case "invalid_value":
      return makeProblem(kind, path, "invalid_value", "error", `expected ${expected}, got ${gotText}`, base);
    case "invalid_format":
      return makeProblem(kind, path, "invalid_format", "error", `expected ${expected}, got ${gotText}`, base);
    case "too_small": {
      const min = Number(issue2.minimum);
      const size = sizeOf(got);
      if (min === 1 && size === 0) {
        const empty = issue2.origin === "array" ? "is an empty list; it needs at least 1 entry" : "is empty";
        return makeProblem(kind, path, "too_small", "error", empty, { ...base, minimum: min, empty: 1 });
      }
      if (issue2.origin === "string" && typeof got === "string" && got.trim() === "")
        return makeProblem(kind, path, "too_small", "error", "is empty", { ...base, minimum: min, empty: 1 });
      const at2 = issue2.origin === "string" || issue2.origin === "array" ? `at least ${sizeWords(issue2.origin, min)}` : `at least ${min}`;
      const found = size !== void 0 && issue2.origin !== "number" && issue2.origin !== "int" ? `, got ${sizeWords(issue2.origin, size)}` : `, got ${gotText}`;
      return makeProblem(kind, path, "too_small", "error", `must be ${at2}${found}`, { ...base, minimum: min });
    }
    case "too_big": {
      const max = Number(issue2.maximum);
      const size = sizeOf(got);
      if (issue2.origin === "string" || issue2.origin === "array") {
        const found = size !== void 0 ? `, got ${sizeWords(issue2.origin, size)}` : "";
        return makeProblem(kind, path, "too_big", "error", `is too long: at most ${sizeWords(issue2.origin, max)}${found}`, {
          ...base,
          maximum: max
        });
      }
      return makeProblem(kind, path, "too_big", "error", `must be at most ${max}, got ${gotText}`, { ...base, maximum: max });
    }
    case "not_multiple_of":
      return makeProblem(kind, path, "invalid_type", "error", `expected ${expected}, got ${gotText}`, base);
    case "unrecognized_keys":
      return makeProblem(kind, path, "unknown_field", "warning", "has fields this version does not know", base);
    case "custom":
      return makeProblem(kind, path, "invalid", "error", `${issue2.message ?? "breaks a rule"}${got === void 0 ? "" : `, got ${gotText}`}`, base);
    default:
      return makeProblem(kind, path, "invalid", "error", `is not valid (${issue2.code}), got ${gotText}`, base);
  }
}
function isError(problem) {
  return problem.severity === "error";
}
function asRefusal(problem) {
  if (problem.severity === "error") return problem;
  if (problem.code === "unknown_field" && problem.params?.field !== void 0)
    return {
      ...problem,
      severity: "error",
      message: `${problem.path}: ${JSON.stringify(problem.params.field)} is not a field this version knows; remove it or check its spelling.`
    };
  if (problem.code === "migrated")
    return {
      ...problem,
      severity: "error",
      message: `${problem.message.replace(/ and upgraded to version \d+ on read\.$/, "")}; write version ${problem.params?.current} instead.`
    };
  return { ...problem, severity: "error" };
}
var QUOTE_LIMIT;
var init_problems = __esm({
  "shared/src/parse/problems.ts"() {
    "use strict";
    init_registry();
    init_paths();
    QUOTE_LIMIT = 40;
  }
});

// shared/src/parse/walk.ts
function typeOf(schema) {
  return schema._zod.def.type;
}
function checksOf(schema) {
  return schema._zod.def.checks ?? [];
}
function walkMember(ctx, schema, raw, path, sink, inList) {
  const { inner, optional: optional3 } = unwrap(schema);
  if (raw === void 0 || raw === null) {
    if (optional3) return ABSENT;
    sink.push(makeProblem(ctx.kind, path, "missing", "error", `is missing; expected ${describeExpected(inner)}`, { expected: describeExpected(inner) }));
    return FAILED;
  }
  if (optional3 && typeof raw === "string" && raw.trim() === "" && typeOf(inner) === "string") return ABSENT;
  return walkValue(ctx, inner, raw, path, sink, inList);
}
function walkValue(ctx, schema, raw, path, sink, inList) {
  switch (typeOf(schema)) {
    case "object":
      return walkObject(ctx, schema, raw, path, sink, inList);
    case "array":
      return walkArray(ctx, schema, raw, path, sink);
    default:
      return walkLeaf(ctx, schema, raw, path, sink);
  }
}
function walkLeaf(ctx, schema, raw, path, sink) {
  try {
    const result = schema.safeParse(raw);
    if (result.success) return { state: "ok", value: result.data, complete: true };
    sink.push(problemFromIssue(ctx.kind, path, result.error.issues[0], schema, raw));
  } catch (error) {
    sink.push(makeProblem(ctx.kind, path, "invalid", "error", `could not be read (${String(error)})`));
  }
  return FAILED;
}
function applyRefinements(ctx, schema, out, path, sink) {
  const result = schema.safeParse(out);
  if (result.success) return true;
  const shape = schema._zod.def.shape;
  for (const issue2 of result.error.issues) {
    const member = issue2.path[0];
    if (typeof member !== "string" || !Object.prototype.hasOwnProperty.call(shape, member)) {
      sink.push(problemFromIssue(ctx.kind, path, issue2, schema, out));
      continue;
    }
    let got = out;
    for (const key of issue2.path) got = readOwn(got, key).ok ? got?.[key] : void 0;
    sink.push(problemFromIssue(ctx.kind, [...path, ...issue2.path], issue2, unwrap(shape[member]).inner, got));
    delete out[member];
  }
  return false;
}
function walkObject(ctx, schema, raw, path, sink, inList, skip) {
  if (!isPlainObject2(raw)) {
    sink.push(makeProblem(ctx.kind, path, "invalid_type", "error", `expected an object, got ${describeValue(raw)}`, { expected: "an object", got: describeValue(raw) }));
    return FAILED;
  }
  const shape = schema._zod.def.shape;
  const out = {};
  let complete = true;
  for (const key of Object.keys(shape)) {
    if (skip?.has(key)) continue;
    const childPath = [...path, key];
    const read = readOwn(raw, key);
    if (!read.ok) {
      sink.push(makeProblem(ctx.kind, childPath, "invalid", "error", `could not be read (${read.error})`));
      if (!unwrap(shape[key]).optional) complete = false;
      continue;
    }
    let outcome = walkMember(ctx, shape[key], read.value, childPath, sink, inList);
    if (outcome.state === "ok" && !outcome.complete && inList) outcome = FAILED;
    if (outcome.state === "ok") {
      out[key] = outcome.value;
      if (!outcome.complete) complete = false;
    } else if (outcome.state === "failed" && !unwrap(shape[key]).optional) complete = false;
  }
  reportUnknown(ctx, raw, shape, path, sink, skip);
  if (complete && checksOf(schema).length > 0 && !applyRefinements(ctx, schema, out, path, sink)) complete = false;
  if (!complete && inList) return FAILED;
  return { state: "ok", value: out, complete };
}
function reportUnknown(ctx, raw, shape, path, sink, skip) {
  let keys;
  try {
    keys = Object.keys(raw);
  } catch {
    return;
  }
  for (const key of keys) {
    if (Object.prototype.hasOwnProperty.call(shape, key) || skip?.has(key)) continue;
    if (ctx.unknownReported >= UNKNOWN_FIELDS_REPORTED) {
      ctx.unknownMore++;
      continue;
    }
    ctx.unknownReported++;
    const where = path.length ? `${pathText(path)} (the object)` : "the payload";
    sink.push({
      path: pathText([...path, key]),
      code: "unknown_field",
      severity: "warning",
      params: { field: key },
      message: `${JSON.stringify(key.length > 60 ? `${key.slice(0, 60)}\u2026` : key)} is not a field this version knows in ${where}; it was ignored.`
    });
  }
}
function walkArray(ctx, schema, raw, path, sink) {
  if (!Array.isArray(raw)) {
    sink.push(makeProblem(ctx.kind, path, "invalid_type", "error", `expected a list, got ${describeValue(raw)}`, { expected: "a list", got: describeValue(raw) }));
    return FAILED;
  }
  const element = schema._zod.def.element;
  const maxItems = metaOf(schema)?.maxItems ?? DEFAULT_MAX_ITEMS;
  const readLimit = maxItems + EXTRA_ENTRIES_READ;
  const kept = [];
  let length;
  try {
    length = raw.length;
  } catch {
    length = 0;
  }
  let index = 0;
  for (; index < length && kept.length < maxItems && index < readLimit; index++) {
    const local = [];
    const entryPath = [...path, index];
    const read = readOwn(raw, index);
    const outcome = read.ok ? walkMember(ctx, element, read.value, entryPath, local, true) : (local.push(makeProblem(ctx.kind, entryPath, "invalid", "error", `could not be read (${read.error})`)), FAILED);
    if (outcome.state === "ok") {
      kept.push(outcome.value);
      sink.push(...local);
    } else {
      sink.push(droppedItem(ctx, entryPath, local));
    }
  }
  if (length > kept.length && index < length) {
    const unread = length - index;
    const detail = kept.length >= maxItems ? `has ${length} entries; a card shows at most ${maxItems}, so the last ${unread} were not read` : `has ${length} entries; after reading ${index} of them the last ${unread} were not read`;
    sink.push(makeProblem(ctx.kind, path, "too_many_items", "warning", detail, { count: length, maxItems, unread }));
  }
  if (checksOf(schema).length > 0) {
    const result = schema.safeParse(kept);
    if (!result.success) {
      sink.push(problemFromIssue(ctx.kind, path, result.error.issues[0], schema, kept));
      return FAILED;
    }
  }
  return { state: "ok", value: kept, complete: true };
}
function droppedItem(ctx, path, reasons) {
  const errors = reasons.filter(isError);
  const quoted = errors.slice(0, REASONS_QUOTED).map((p) => p.message);
  const more = errors.length - quoted.length;
  const because = quoted.length ? ` because ${quoted.join("; ")}${more > 0 ? `; and ${more} more` : ""}` : "";
  return makeProblem(ctx.kind, path, "dropped_item", "error", `this entry was left out${because}.`, {
    reasons: errors.length
  });
}
function walkPayload(ctx, schema, raw, sink) {
  const outcome = walkObject(ctx, schema, raw, [], sink, false, /* @__PURE__ */ new Set(["schemaVersion"]));
  if (ctx.unknownMore > 0)
    sink.push({
      path: "",
      code: "unknown_field",
      severity: "warning",
      params: { count: ctx.unknownMore },
      message: `${ctx.unknownMore} more fields this version does not know were ignored.`
    });
  return outcome;
}
function checkAt(kind, schema, path, raw, options = {}) {
  if (options.optional && (raw === void 0 || raw === null || typeof raw === "string" && raw.trim() === "")) return { ok: true, value: void 0 };
  const problems = [];
  const ctx = { kind, unknownReported: 0, unknownMore: 0 };
  try {
    const outcome = walkMember(ctx, schema, raw, path, problems, true);
    const blocking = problems.filter((p) => isError(p) || p.code === "unknown_field");
    if (outcome.state === "ok" && outcome.complete && blocking.length === 0) {
      const strict = unwrap(schema).inner.safeParse(outcome.value);
      if (strict.success) return { ok: true, value: strict.data };
    }
    if (outcome.state === "absent" && blocking.length === 0) return { ok: true, value: void 0 };
    if (blocking.length === 0) problems.push(makeProblem(kind, path, "invalid", "error", "is not valid."));
    return { ok: false, problems: problems.filter((p) => isError(p) || p.code === "unknown_field").map(asRefusal) };
  } catch (error) {
    return { ok: false, problems: [makeProblem(kind, path, "invalid", "error", `could not be read (${String(error)})`)] };
  }
}
var DEFAULT_MAX_ITEMS, EXTRA_ENTRIES_READ, UNKNOWN_FIELDS_REPORTED, REASONS_QUOTED, FAILED, ABSENT;
var init_walk = __esm({
  "shared/src/parse/walk.ts"() {
    "use strict";
    init_registry();
    init_paths();
    init_problems();
    DEFAULT_MAX_ITEMS = 1e3;
    EXTRA_ENTRIES_READ = 1e3;
    UNKNOWN_FIELDS_REPORTED = 50;
    REASONS_QUOTED = 3;
    FAILED = { state: "failed" };
    ABSENT = { state: "absent" };
  }
});

// shared/src/parse/payload.ts
function fmt(n) {
  return n.toLocaleString("en-US");
}
function invalid(kind, problems, reason) {
  const capped = capProblems(problems);
  return { status: "invalid", kind, reason: reason ?? capped.find(isError) ?? capped[0], problems: capped };
}
function capProblems(problems) {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const kept = problems.slice(0, MAX_PROBLEMS - 1);
  const rest = problems.slice(MAX_PROBLEMS - 1);
  const errors = rest.filter(isError).length;
  kept.push({
    path: "",
    code: "invalid",
    severity: errors > 0 ? "error" : "warning",
    params: { count: rest.length, errors },
    message: `and ${rest.length} more problems (${errors} of them errors).`
  });
  return kept;
}
function jsonPosition(error, text2) {
  const message = error instanceof Error ? error.message : String(error);
  const at2 = /position (\d+)/.exec(message);
  if (at2) return Number(at2[1]);
  if (/end of (JSON )?input|Unterminated/i.test(message)) return text2.length;
  return void 0;
}
function readText(kind, text2, options, problems) {
  const limit = textLimits[options.platform ?? "salesforce"];
  const where = options.platform ? platformNames[options.platform] : "Salesforce, the larger of the two platforms,";
  const tooLong = text2.length > limit;
  const body = text2.charCodeAt(0) === 65279 ? text2.slice(1) : text2;
  try {
    const value = JSON.parse(body);
    if (tooLong)
      problems.push(
        makeProblem(kind, "", "too_long", "warning", `is ${fmt(text2.length)} characters long, but ${where} keeps only ${fmt(limit)}; saving it there would cut it.`, {
          limit,
          length: text2.length
        })
      );
    return { ok: true, value };
  } catch (error) {
    const position = jsonPosition(error, body);
    const token = /Unexpected token '(.{1,4}?)'/.exec(error instanceof Error ? error.message : "");
    const start = body.trimStart();
    const at2 = !/^[[{]/.test(start) ? ` It begins with ${describeValue(start)}, not with "{".` : position !== void 0 ? ` It breaks at character ${fmt(position)} of ${fmt(body.length)}.` : token ? ` It has an unexpected ${JSON.stringify(token[1])} where a value should be.` : "";
    const notJson = makeProblem(kind, "", "not_json", "error", `the stored text is not JSON.${at2}`, {
      length: body.length,
      ...position !== void 0 && { position }
    });
    if (tooLong) {
      const reason = makeProblem(
        kind,
        "",
        "too_long",
        "error",
        `the stored text is ${fmt(text2.length)} characters long, but ${where} keeps only ${fmt(limit)} characters, so the payload was probably cut and can no longer be read.`,
        { limit, length: text2.length }
      );
      return { ok: false, result: invalid(kind, [...problems, reason, notJson], reason) };
    }
    if (position !== void 0 && body.length === limit) {
      notJson.message += ` It is exactly ${fmt(limit)} characters long, the most the platform keeps: it was probably cut.`;
    }
    return { ok: false, result: invalid(kind, [...problems, notJson], notJson) };
  }
}
function settleVersion(kind, payload, problems) {
  const context = contexts[kind];
  const current = context.version;
  const read = readOwn(payload, "schemaVersion");
  const found = read.ok ? read.value : void 0;
  if (typeof found !== "number" || !Number.isSafeInteger(found) || found < 1) {
    const detail = found === void 0 || found === null ? `has no schemaVersion; it was read as version ${current}, the version this card understands.` : `has a schemaVersion this card cannot use (${describeValue(found)}); it was read as version ${current}.`;
    problems.push(makeProblem(kind, "schemaVersion", "unknown_version", "error", detail, { current }));
    return { payload, version: { found: null, current }, current: false, migrated: false };
  }
  const version2 = { found, current };
  if (found === current) return { payload, version: version2, current: true, migrated: false };
  if (found > current) {
    problems.push(
      makeProblem(
        kind,
        "",
        "newer_version",
        "error",
        `written by a newer version (${found}) of Handoff Context; this card understands version ${current} \u2014 showing the fields it knows.`,
        { found, current }
      )
    );
    return { payload, version: version2, current: false, migrated: false };
  }
  let value = payload;
  for (let step = found; step < current; step++) {
    const migrate = context.migrations[step];
    if (!migrate) {
      problems.push(
        makeProblem(kind, "schemaVersion", "unknown_version", "error", `version ${found} is older than any this card can upgrade; it was read as version ${current}.`, {
          found,
          current
        })
      );
      return { payload, version: version2, current: false, migrated: false };
    }
    try {
      value = migrate(value);
    } catch {
      value = void 0;
    }
    if (!isPlainObject2(value)) {
      problems.push(makeProblem(kind, "", "invalid", "error", `could not be upgraded from version ${step}; it was read as version ${current}.`, { found, current }));
      return { payload, version: version2, current: false, migrated: false };
    }
  }
  if (readOwn(value, "schemaVersion").ok && value.schemaVersion === current) {
    problems.push(makeProblem(kind, "", "migrated", "warning", `was written as version ${found} and upgraded to version ${current} on read.`, { found, current }));
    return { payload: value, version: version2, current: true, migrated: true };
  }
  problems.push(
    makeProblem(kind, "", "invalid", "error", `says version ${found} but does not have the shape of version ${found}, so it could not be upgraded; it was read as version ${current}.`, {
      found,
      current
    })
  );
  return { payload, version: version2, current: false, migrated: false };
}
function nothingUsable(kind, problems) {
  const errors = problems.filter(isError);
  const first = errors[0];
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more problems)` : "";
  return makeProblem(kind, "", "invalid", "error", `nothing in this payload could be read. First problem: ${first ? first.message : "none"}${more}`, {
    errors: errors.length
  });
}
function parseInternal(kind, input, options = {}) {
  const problems = [];
  try {
    if (input === void 0 || input === null) return { status: "empty", kind };
    let value = input;
    if (typeof input === "string") {
      if (input.trim() === "") return { status: "empty", kind };
      const read = readText(kind, input, options, problems);
      if (!read.ok) return read.result;
      value = read.value;
    }
    if (!isPlainObject2(value)) {
      const hint = typeof value === "string" ? " (a quoted text: was the payload encoded twice?)" : "";
      const reason = makeProblem(kind, "", "not_object", "error", `expected an object with the ${contexts[kind].title.toLowerCase()} fields, got ${describeValue(value)}${hint}.`, {
        got: describeValue(value)
      });
      return invalid(kind, [...problems, reason], reason);
    }
    const settled = settleVersion(kind, value, problems);
    let payload = settled.payload;
    if (options.overlay) {
      payload = { ...payload };
      options.overlay(payload, problems);
    }
    const ctx = { kind, unknownReported: 0, unknownMore: 0 };
    const schema = contexts[kind].schema;
    const outcome = walkPayload(ctx, schema, payload, problems);
    const walked = outcome.state === "ok" ? outcome.value : {};
    const usable = Object.keys(walked).length > 0;
    const out = settled.current ? { schemaVersion: settled.version.current, ...walked } : walked;
    const contradictions = [];
    if (!problems.some(isError)) {
      const strict = schema.safeParse(out);
      if (strict.success)
        return { status: "valid", kind, value: strict.data, problems: capProblems(problems), version: settled.version, contradictions };
      for (const issue2 of strict.error.issues)
        problems.push(makeProblem(kind, issue2.path, "invalid", "error", "does not pass the schema."));
    }
    if (!usable) {
      const reason = nothingUsable(kind, problems);
      return invalid(kind, [reason, ...problems], reason);
    }
    return { status: "partial", kind, value: out, problems: capProblems(problems), version: settled.version, contradictions };
  } catch (error) {
    const reason = makeProblem(kind, "", "invalid", "error", `could not be read (${error instanceof Error ? error.message : String(error)}).`);
    return invalid(kind, [...problems, reason], reason);
  }
}
function parsePayload(kind, input, options = {}) {
  return parseInternal(kind, input, { platform: options.platform });
}
var MAX_PROBLEMS, platformNames;
var init_payload = __esm({
  "shared/src/parse/payload.ts"() {
    "use strict";
    init_contexts();
    init_storage();
    init_paths();
    init_problems();
    init_walk();
    MAX_PROBLEMS = 100;
    platformNames = { salesforce: "Salesforce", hubspot: "HubSpot" };
  }
});

// shared/src/parse/columns.ts
function toNumber(raw) {
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : void 0;
  if (typeof raw !== "string") return void 0;
  const text2 = raw.trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text2)) return void 0;
  const value = Number(text2);
  return Number.isFinite(value) ? value : void 0;
}
function toInstant(raw) {
  let ms;
  if (typeof raw === "number" || typeof raw === "string" && /^\d{1,15}$/.test(raw.trim())) ms = Number(raw);
  else if (typeof raw === "string" && /^\d{4}-\d{2}-\d{2}T/.test(raw.trim())) ms = Date.parse(raw.trim());
  if (ms === void 0 || !Number.isFinite(ms)) return void 0;
  const date4 = new Date(ms);
  return Number.isNaN(date4.getTime()) ? void 0 : date4.toISOString();
}
function toDate(raw) {
  if (typeof raw === "string" && /^\d{4}-\d{2}-\d{2}$/.test(raw.trim())) return raw.trim();
  const instant = toInstant(raw);
  return instant?.slice(0, 10);
}
function isEmpty(value) {
  return value === void 0 || value === null || typeof value === "string" && value.trim() === "";
}
function isStructured(kind, path) {
  const schema = schemaAt(kind, path);
  const type = schema && schema._zod.def.type;
  return type === "object" || type === "array";
}
function columnValue(field2, raw) {
  switch (field2.column.type) {
    case "number":
    case "percent":
      return toNumber(raw) ?? raw;
    case "datetime":
      return toInstant(raw) ?? raw;
    case "date":
      return toDate(raw) ?? raw;
    default:
      return raw;
  }
}
function setAt(payload, path, value) {
  const keys = path.split(".");
  let target = payload;
  for (const key of keys.slice(0, -1)) {
    const next = Object.prototype.hasOwnProperty.call(target, key) ? target[key] : void 0;
    if (next === void 0 || next === null) target[key] = {};
    else if (!isPlainObject2(next)) return false;
    else target[key] = { ...next };
    target = target[key];
  }
  target[keys[keys.length - 1]] = value;
  return true;
}
function ownFields(kind) {
  return fieldsOf(kind).filter((f) => f.column?.role === "own" && !f.path.includes("[]"));
}
function mirrorFields(kind) {
  return fieldsOf(kind).filter((f) => f.column?.role === "mirror" && !f.path.includes("[]"));
}
function overlayOwn(kind, source) {
  return (payload, problems) => {
    for (const field2 of ownFields(kind)) {
      const name = source.name(field2.column);
      const cell = source.cell(name);
      if (!cell.present || isEmpty(cell.value)) continue;
      let value = cell.value;
      if (isStructured(kind, field2.path)) {
        if (typeof value === "string") {
          try {
            value = JSON.parse(value);
          } catch {
            problems.push(
              makeProblem(kind, field2.path, "not_json", "error", `the column ${name} does not hold JSON (it holds ${describeValue(value)}); it was not read.`, {
                column: name
              })
            );
            continue;
          }
        }
      } else value = columnValue(field2, value);
      setAt(payload, field2.path, value);
    }
  };
}
function comparable(field2, raw) {
  switch (field2.column.type) {
    case "number":
    case "percent": {
      const value = toNumber(raw);
      return value === void 0 ? { ok: false } : { ok: true, value };
    }
    case "datetime": {
      const value = toInstant(raw);
      return value === void 0 ? { ok: false } : { ok: true, value };
    }
    case "date": {
      const value = toDate(raw);
      return value === void 0 ? { ok: false } : { ok: true, value };
    }
    default:
      return typeof raw === "string" ? { ok: true, value: raw.trim() } : { ok: false };
  }
}
function same(field2, documentValue, columnValue2) {
  switch (field2.column.type) {
    case "number":
    case "percent": {
      if (typeof documentValue !== "number" || typeof columnValue2 !== "number") return false;
      return Math.abs(documentValue - columnValue2) <= Math.max(0.01, Math.abs(documentValue) * 1e-9);
    }
    case "datetime":
      return Date.parse(String(documentValue)) === Date.parse(String(columnValue2));
    default:
      return String(documentValue) === String(columnValue2);
  }
}
function compareMirrors(kind, source, value, migrated, problems) {
  const out = [];
  for (const field2 of mirrorFields(kind)) {
    if (migrated && field2.path === "schemaVersion") continue;
    const name = source.name(field2.column);
    const cell = source.cell(name);
    if (!cell.present || isEmpty(cell.value)) continue;
    const path = field2.column.member ? `${field2.path}.${field2.column.member}` : field2.path;
    const documentValue = getAt(value, path);
    const column = comparable(field2, cell.value);
    if (!column.ok) {
      problems.push(
        makeProblem(kind, field2.path, "invalid_type", "warning", `the column ${name} holds ${describeValue(cell.value)}, which is not a ${field2.column.type}; the payload's value is used.`, {
          column: name
        })
      );
      continue;
    }
    if (documentValue === void 0 || same(field2, documentValue, column.value)) continue;
    out.push({ path: field2.path, documentValue, columnValue: column.value, column: name });
    problems.push(
      makeProblem(
        kind,
        field2.path,
        "column_mismatch",
        "warning",
        `the column ${name} says ${describeValue(column.value)}, but the payload says ${describeValue(documentValue)}; the payload is used.`,
        { column: name, documentValue: String(documentValue), columnValue: String(column.value) }
      )
    );
  }
  return out;
}
function parseColumns(kind, source, options = {}) {
  const { storage } = contexts[kind];
  const snapshot = !!options.snapshot && !!storage.snapshot;
  const documentColumn = snapshot ? storage.snapshot : storage.document;
  const cell = source.cell(source.name(documentColumn));
  const text2 = cell.present ? cell.value : void 0;
  if (isEmpty(text2)) return { status: "empty", kind };
  const result = parseInternal(kind, text2, { platform: source.platform, ...!snapshot && { overlay: overlayOwn(kind, source) } });
  if (snapshot || result.status !== "valid" && result.status !== "partial") return result;
  const migrated = result.problems.some((p) => p.code === "migrated");
  const contradictions = compareMirrors(kind, source, result.value, migrated, result.problems);
  return { ...result, contradictions: [...result.contradictions, ...contradictions] };
}
var init_columns = __esm({
  "shared/src/parse/columns.ts"() {
    "use strict";
    init_contexts();
    init_registry();
    init_paths();
    init_payload();
    init_problems();
  }
});

// shared/src/parse/salesforce.ts
function cellOf(fields, name) {
  const read = readOwn(fields, name);
  if (!read.ok || read.value === void 0) return { present: false };
  const cell = read.value;
  if (!isPlainObject2(cell)) return { present: true, value: cell };
  const value = readOwn(cell, "value");
  return { present: true, value: value.ok ? value.value : void 0 };
}
function parseSalesforceRecord(kind, record, options = {}) {
  if (record === void 0 || record === null) return { status: "empty", kind };
  const fields = readOwn(record, "fields");
  if (!isPlainObject2(record) || !fields.ok || !isPlainObject2(fields.value)) {
    const reason = makeProblem(kind, "", "not_object", "error", "expected a Salesforce record ({ fields: { \u2026 } }, as getRecord gives it).");
    return { status: "invalid", kind, reason, problems: [reason] };
  }
  const cells = fields.value;
  return parseColumns(kind, { platform: "salesforce", name: salesforceFieldName, cell: (name) => cellOf(cells, name) }, options);
}
var init_salesforce = __esm({
  "shared/src/parse/salesforce.ts"() {
    "use strict";
    init_storage();
    init_columns();
    init_paths();
    init_problems();
  }
});

// shared/src/parse/hubspot.ts
function cellOf2(properties, name) {
  const read = readOwn(properties, name);
  if (!read.ok || read.value === void 0) return { present: false };
  const value = read.value;
  if (value === null || value === "") return { present: true, value: null };
  return { present: true, value: typeof value === "string" ? value : String(value) };
}
function parseHubSpotProperties(kind, properties, options = {}) {
  if (properties === void 0 || properties === null) return { status: "empty", kind };
  if (!isPlainObject2(properties)) {
    const reason = makeProblem(kind, "", "not_object", "error", "expected HubSpot properties (an object of property names to text).");
    return { status: "invalid", kind, reason, problems: [reason] };
  }
  return parseColumns(kind, { platform: "hubspot", name: hubspotPropertyName, cell: (name) => cellOf2(properties, name) }, options);
}
var init_hubspot = __esm({
  "shared/src/parse/hubspot.ts"() {
    "use strict";
    init_storage();
    init_columns();
    init_paths();
    init_problems();
  }
});

// shared/src/parse/index.ts
var init_parse3 = __esm({
  "shared/src/parse/index.ts"() {
    "use strict";
    init_result();
    init_payload();
    init_salesforce();
    init_hubspot();
    init_columns();
    init_problems();
    init_paths();
  }
});

// shared/src/write/completeness.ts
function holds(schema, value) {
  if (value === void 0 || value === null) return false;
  const def = schema._zod.def;
  try {
    if (def.type === "array") {
      return Array.isArray(value) && value.some((entry) => def.element.safeParse(entry).success);
    }
    return schema.safeParse(value).success;
  } catch {
    return false;
  }
}
function completenessOf(kind, value) {
  const mustHave = fieldsOf(kind).filter((f) => f.mustHave && !f.path.includes("[]"));
  const missing = [];
  for (const field2 of mustHave) {
    const schema = schemaAt(kind, field2.path);
    if (!schema || !holds(schema, getAt(value, field2.path))) missing.push(field2.path);
  }
  const total = mustHave.length;
  const filled = total - missing.length;
  return { filled, total, percent: total === 0 ? 100 : Math.floor(filled / total * 100), missing };
}
var init_completeness = __esm({
  "shared/src/write/completeness.ts"() {
    "use strict";
    init_registry();
    init_paths();
    init_paths();
  }
});

// shared/src/write/columns.ts
function toSalesforceFields(columns) {
  const out = {};
  for (const [name, value] of Object.entries(columns)) out[salesforceFieldName({ name })] = value;
  return out;
}
function toHubSpotProperties(columns) {
  const out = {};
  for (const [name, value] of Object.entries(columns)) out[hubspotPropertyName({ name })] = value === null ? "" : String(value);
  return out;
}
function columnAt(kind, path) {
  const field2 = fieldsOf(kind).find((f) => f.path === path && f.column);
  if (!field2) throw new Error(`${kind}:${path} has no column`);
  return field2.column;
}
function documentColumns(kind, value, document2) {
  const columns = { [contexts[kind].storage.document.name]: document2 };
  for (const field2 of fieldsOf(kind)) {
    if (field2.column?.role !== "mirror" || field2.path.includes("[]")) continue;
    const path = field2.column.member ? `${field2.path}.${field2.column.member}` : field2.path;
    const mirrored = getAt(value, path);
    columns[field2.column.name] = typeof mirrored === "number" || typeof mirrored === "string" ? mirrored : null;
  }
  return columns;
}
var init_columns2 = __esm({
  "shared/src/write/columns.ts"() {
    "use strict";
    init_contexts();
    init_registry();
    init_storage();
    init_paths();
  }
});

// shared/src/write/size.ts
function fmt2(n) {
  return n.toLocaleString("en-US");
}
function chars(n) {
  return n === 1 ? "1 character" : `${fmt2(n)} characters`;
}
function limitFor(platform) {
  if (platform) return { limit: textLimits[platform], platform };
  return textLimits.hubspot <= textLimits.salesforce ? { limit: textLimits.hubspot, platform: "hubspot" } : { limit: textLimits.salesforce, platform: "salesforce" };
}
function longestTexts(value, path, out, depth = 0) {
  if (depth > 20) return;
  if (typeof value === "string") out.push({ path: pathText(path), length: JSON.stringify(value).length });
  else if (Array.isArray(value)) value.forEach((entry, i) => longestTexts(entry, [...path, i], out, depth + 1));
  else if (value && typeof value === "object")
    for (const [key, entry] of Object.entries(value)) longestTexts(entry, [...path, key], out, depth + 1);
}
function label(kind, path, length) {
  return `${path} (${titleOf(kind, path)}, ${chars(length)})`;
}
function oversize(kind, path, value, text2, platform) {
  const { limit, platform: tightest } = limitFor(platform);
  if (text2.length <= limit) return void 0;
  const excess = text2.length - limit;
  const members2 = value && typeof value === "object" && !Array.isArray(value) ? Object.entries(value).map(([key, entry]) => ({ path: pathText([...path, key]), length: JSON.stringify(entry)?.length ?? 0 })).sort((a, b) => b.length - a.length).slice(0, SHOWN) : [];
  const texts2 = [];
  longestTexts(value, [...path], texts2);
  texts2.sort((a, b) => b.length - a.length);
  const largest = members2.length ? ` Largest fields: ${members2.map((m) => label(kind, m.path, m.length)).join(", ")}.` : "";
  const longest = texts2.length ? ` Longest texts: ${texts2.slice(0, SHOWN).map((t) => label(kind, t.path, t.length)).join(", ")}.` : "";
  return makeProblem(
    kind,
    path,
    "too_long",
    "error",
    `would be ${chars(text2.length)}, but ${platformNames2[tightest]} keeps only ${fmt2(limit)}: shorten it by at least ${chars(excess)}.${largest}${longest}`,
    { limit, length: text2.length, excess, ...members2[0] && { largest: members2[0].path }, ...texts2[0] && { longest: texts2[0].path } }
  );
}
var platformNames2, SHOWN;
var init_size = __esm({
  "shared/src/write/size.ts"() {
    "use strict";
    init_paths();
    init_problems();
    init_storage();
    platformNames2 = { salesforce: "Salesforce", hubspot: "HubSpot" };
    SHOWN = 3;
  }
});

// shared/src/write/prepare.ts
function gapsOf(kind) {
  let gaps2 = gapPaths.get(kind);
  if (gaps2) return gaps2;
  const fields = fieldsOf(kind);
  gaps2 = new Set(fields.filter((f) => f.mustHave).map((f) => f.path));
  for (const field2 of [...fields].sort((a, b) => b.path.split(".").length - a.path.split(".").length)) {
    if (gaps2.has(field2.path)) continue;
    const children = fields.filter((f) => f.path.startsWith(`${field2.path}.`) && !f.path.slice(field2.path.length + 1).includes("."));
    const required3 = children.filter((f) => f.required);
    if (required3.length > 0 && required3.every((f) => gaps2.has(f.path))) gaps2.add(field2.path);
  }
  gapPaths.set(kind, gaps2);
  return gaps2;
}
function isAllowedGap(kind, problem) {
  const gap = problem.code === "missing" || problem.code === "too_small" && problem.params?.empty === 1;
  return gap && !/\[\d+\]/.test(problem.path) && gapsOf(kind).has(problem.path) && !!registryField(kind, problem.path);
}
function refusal(problems) {
  return { ok: false, problems: problems.map(asRefusal) };
}
function prepareWrite(kind, payload, options = {}) {
  const result = parsePayload(kind, payload);
  if (result.status === "empty") return refusal([makeProblem(kind, "", "missing", "error", "there is nothing to write.")]);
  if (result.status === "invalid") {
    const rest = result.problems.filter((p) => p !== result.reason);
    if (options.allowIncomplete && result.reason.code === "invalid" && rest.length > 0 && rest.every((p) => isAllowedGap(kind, p)))
      return refusal([makeProblem(kind, "", "missing", "error", "the draft is empty: fill in at least one field before saving.")]);
    return refusal(result.problems);
  }
  const blocking = result.problems.filter(
    (p) => (p.severity === "error" || BLOCKING_WARNINGS.has(p.code)) && !(options.allowIncomplete && isAllowedGap(kind, p))
  );
  if (blocking.length > 0) return refusal(blocking);
  const value = result.value;
  const document2 = JSON.stringify(value);
  const tooLong = oversize(kind, [], value, document2, options.platform);
  if (tooLong) return refusal([tooLong]);
  const columns = documentColumns(kind, value, document2);
  const { storage } = contexts[kind];
  if (storage.completeness) {
    const percent = options.completeness ? options.completeness(value) : completenessOf(kind, value).percent;
    columns[storage.completeness.name] = Number.isFinite(percent) ? Math.max(0, Math.min(100, percent)) : null;
  }
  return { ok: true, value, document: document2, columns };
}
function prepareSalesforceWrite(kind, payload, options = {}) {
  const prepared = prepareWrite(kind, payload, { ...options, platform: "salesforce" });
  if (!prepared.ok) return prepared;
  return { ok: true, value: prepared.value, document: prepared.document, fields: toSalesforceFields(prepared.columns) };
}
function prepareHubSpotWrite(kind, payload, options = {}) {
  const prepared = prepareWrite(kind, payload, { ...options, platform: "hubspot" });
  if (!prepared.ok) return prepared;
  return { ok: true, value: prepared.value, document: prepared.document, properties: toHubSpotProperties(prepared.columns) };
}
var BLOCKING_WARNINGS, gapPaths;
var init_prepare = __esm({
  "shared/src/write/prepare.ts"() {
    "use strict";
    init_contexts();
    init_payload();
    init_problems();
    init_paths();
    init_registry();
    init_columns2();
    init_completeness();
    init_size();
    BLOCKING_WARNINGS = /* @__PURE__ */ new Set(["unknown_field", "migrated", "too_many_items", "newer_version"]);
    gapPaths = /* @__PURE__ */ new Map();
  }
});

// shared/src/write/actions.ts
function fail(problems) {
  return { ok: false, problems };
}
function check(kind, registryPath2, at2, value, optional3 = false) {
  return checkAt(kind, schemaAt(kind, registryPath2), at2, value, { optional: optional3 });
}
function actorProblems(kind, actor, byPath) {
  const problems = [];
  const by = check(kind, byPath, byPath.split("."), readOwn(actor, "by").ok ? actor?.by : void 0, true);
  if (!by.ok) problems.push(...by.problems);
  else if (by.value === void 0) problems.push(makeProblem(kind, byPath, "missing", "error", "is missing: say who acts."));
  const at2 = isoOf(actor?.now);
  if (at2 === void 0) problems.push(makeProblem(kind, "", "invalid_format", "error", `the time of the action is not a valid date (got ${describeValue(actor?.now)}).`));
  return { problems, by: by.ok ? by.value : void 0, at: at2 };
}
function isoOf(now) {
  if (!(now instanceof Date) && typeof now !== "string" && typeof now !== "number") return void 0;
  const date4 = new Date(now);
  return Number.isNaN(date4.getTime()) ? void 0 : date4.toISOString();
}
function storedList(kind, path, existing) {
  if (existing === void 0 || existing === null || existing === "") return { ok: true, list: [] };
  let list2 = existing;
  if (typeof existing === "string") {
    try {
      list2 = JSON.parse(existing);
    } catch {
      return { ok: false, problem: makeProblem(kind, path, "not_json", "error", "the stored list is not JSON; it was left unchanged so nothing in it is lost.") };
    }
  }
  if (!Array.isArray(list2))
    return { ok: false, problem: makeProblem(kind, path, "invalid_type", "error", `the stored value is ${describeValue(list2)}, not a list; it was left unchanged so nothing in it is lost.`) };
  return { ok: true, list: list2 };
}
function addFeedback(existing, entry, options = {}) {
  const field2 = fieldsOf(LEAD).find((f) => f.path === "feedback");
  const stored = storedList(LEAD, "feedback", existing);
  if (!stored.ok) return fail([stored.problem]);
  const index = stored.list.length;
  const checked = check(LEAD, "feedback[]", ["feedback", index], entry);
  if (!checked.ok) return fail(checked.problems);
  if (checked.value === void 0) return fail([makeProblem(LEAD, ["feedback", index], "missing", "error", "is missing: there is no feedback to add.")]);
  const max = field2.maxItems ?? Infinity;
  if (index + 1 > max)
    return fail([
      makeProblem(LEAD, "feedback", "too_many_items", "error", `already holds ${index} entries, the most a card keeps is ${max}: no more feedback can be added to this score.`, {
        count: index,
        maxItems: max
      })
    ]);
  const list2 = [...stored.list, checked.value];
  const text2 = JSON.stringify(list2);
  const tooLong = oversize(LEAD, ["feedback"], list2, text2, options.platform);
  if (tooLong) return fail([tooLong]);
  return { ok: true, value: list2, columns: { [field2.column.name]: text2 } };
}
function setDisposition(input, actor, options = {}) {
  const who = actorProblems(LEAD, actor, "disposition.by");
  const candidate = { status: input?.status, reason: input?.reason, by: who.by, at: who.at };
  const checked = check(LEAD, "disposition", ["disposition"], candidate);
  const problems = [...who.problems, ...checked.ok ? [] : checked.problems];
  if (checked.ok && checked.value?.status === "rejected" && !checked.value.reason)
    problems.push(makeProblem(LEAD, "disposition.reason", "missing", "error", "is missing: a rejected lead needs a reason, so marketing can learn from it."));
  if (problems.length > 0 || !checked.ok) return fail(problems);
  const value = checked.value;
  const text2 = JSON.stringify(value);
  const tooLong = oversize(LEAD, ["disposition"], value, text2, options.platform);
  if (tooLong) return fail([tooLong]);
  return { ok: true, value, columns: { [columnAt(LEAD, "disposition").name]: text2 } };
}
function reviewColumns(values) {
  return {
    [columnAt(HANDOFF, "review.status").name]: values.status,
    [columnAt(HANDOFF, "review.reviewedAt").name]: values.at,
    [columnAt(HANDOFF, "review.reviewedBy").name]: values.by,
    [columnAt(HANDOFF, "review.returnReason").name]: values.reason,
    [columnAt(HANDOFF, "review.returnNote").name]: values.note
  };
}
function currentStatus(payload) {
  const review = readOwn(payload, "review");
  if (!review.ok) return void 0;
  const status = readOwn(review.value, "status");
  return status.ok ? status.value : void 0;
}
function submitHandoff(payload, actor) {
  const who = actorProblems(HANDOFF, actor, "review.reviewedBy");
  if (who.problems.length > 0) return fail(who.problems);
  if (!isPlainObject2(payload)) return fail([makeProblem(HANDOFF, "", "not_object", "error", `expected the handoff, got ${describeValue(payload)}.`)]);
  if (currentStatus(payload) === "accepted")
    return fail([makeProblem(HANDOFF, "review.status", "invalid", "error", "CS has already accepted this handoff; it cannot be submitted again.")]);
  const timeline = readOwn(payload, "timeline");
  const next = {
    ...payload,
    timeline: { ...timeline.ok && isPlainObject2(timeline.value) ? timeline.value : {}, submittedAt: who.at },
    review: { status: "submitted" }
  };
  const completeness = completenessOf(HANDOFF, next);
  const absent = completeness.missing.filter((path) => isBlank(getAt(next, path)));
  const gaps2 = absent.map(
    (path) => makeProblem(HANDOFF, path, "missing", "error", "is missing, and must be filled in before the handoff can be submitted.", { filled: completeness.filled, total: completeness.total })
  );
  const prepared = prepareWrite(HANDOFF, next, { platform: actor.platform, completeness: actor.completeness });
  const problems = [...gaps2, ...prepared.ok ? [] : prepared.problems.filter((p) => !absent.includes(p.path))];
  if (problems.length > 0 || !prepared.ok) return fail(problems);
  const { storage } = contexts[HANDOFF];
  return {
    ok: true,
    value: prepared.value,
    columns: {
      ...prepared.columns,
      [storage.snapshot.name]: prepared.document,
      ...reviewColumns({ status: "submitted", at: null, by: null, reason: null, note: null })
    }
  };
}
function isBlank(value) {
  return value === void 0 || value === null || typeof value === "string" && value.trim() === "" || Array.isArray(value) && value.length === 0;
}
function reviewable(status) {
  if (status === void 0 || status === "submitted") return [];
  return [
    makeProblem(HANDOFF, "review.status", "invalid", "error", `only a submitted handoff can be reviewed; this one is ${typeof status === "string" ? status : describeValue(status)}.`)
  ];
}
function acceptHandoff(input) {
  const who = actorProblems(HANDOFF, input, "review.reviewedBy");
  const problems = [...who.problems, ...reviewable(input?.currentStatus)];
  if (problems.length > 0) return fail(problems);
  const value = { status: "accepted", reviewedAt: who.at, reviewedBy: who.by };
  return { ok: true, value, columns: reviewColumns({ status: "accepted", at: who.at, by: who.by, reason: null, note: null }) };
}
function returnHandoff(input) {
  const who = actorProblems(HANDOFF, input, "review.reviewedBy");
  const problems = [...who.problems, ...reviewable(input?.currentStatus)];
  const reason = check(HANDOFF, "review.returnReason", ["review", "returnReason"], input?.reason, true);
  if (!reason.ok) problems.push(...reason.problems);
  else if (reason.value === void 0) problems.push(makeProblem(HANDOFF, "review.returnReason", "missing", "error", "is missing: say why the handoff goes back to sales."));
  const note = check(HANDOFF, "review.returnNote", ["review", "returnNote"], input?.note, true);
  if (!note.ok) problems.push(...note.problems);
  else if (note.value === void 0 && reason.ok && reason.value === "other")
    problems.push(makeProblem(HANDOFF, "review.returnNote", "missing", "error", 'is missing: with the reason "other", write what sales must fix.'));
  if (problems.length > 0) return fail(problems);
  const value = {
    status: "returned",
    reviewedAt: who.at,
    reviewedBy: who.by,
    returnReason: reason.ok ? reason.value : void 0,
    ...note.ok && note.value !== void 0 && { returnNote: note.value }
  };
  return {
    ok: true,
    value,
    columns: reviewColumns({ status: "returned", at: who.at, by: who.by, reason: value.returnReason ?? null, note: value.returnNote ?? null })
  };
}
var LEAD, HANDOFF;
var init_actions = __esm({
  "shared/src/write/actions.ts"() {
    "use strict";
    init_contexts();
    init_walk();
    init_paths();
    init_problems();
    init_registry();
    init_columns2();
    init_completeness();
    init_prepare();
    init_size();
    LEAD = "lead-score";
    HANDOFF = "sales-to-cs";
  }
});

// shared/src/write/index.ts
var init_write = __esm({
  "shared/src/write/index.ts"() {
    "use strict";
    init_completeness();
    init_columns2();
    init_prepare();
    init_actions();
    init_size();
  }
});

// shared/src/i18n/en.ts
var en;
var init_en = __esm({
  "shared/src/i18n/en.ts"() {
    "use strict";
    en = {
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
  }
});

// shared/src/i18n/fr.ts
var fr;
var init_fr = __esm({
  "shared/src/i18n/fr.ts"() {
    "use strict";
    fr = {
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
  }
});

// shared/src/i18n/catalog.ts
function isMessageKey(key) {
  return Object.prototype.hasOwnProperty.call(en, key);
}
function isPluralKey(key) {
  return isMessageKey(`${key}.other`);
}
function labelName(key) {
  return `HC_${key.replace(/\./g, "_")}`;
}
function messageKeyOf(name) {
  if (isMessageKey(name)) return name;
  return byLabelName.get(name);
}
function placeholdersOf(message) {
  return [...new Set([...message.matchAll(/\{([A-Za-z][A-Za-z0-9]*)\}/g)].map((m) => m[1]))].sort();
}
function pluralBase(key) {
  return PLURAL_SUFFIX.test(key) ? key.replace(PLURAL_SUFFIX, "") : void 0;
}
var catalog, languages, messageKeys, PLURAL_SUFFIX, LABEL_NAME_RULE, LABEL_NAME_MAX, byLabelName;
var init_catalog = __esm({
  "shared/src/i18n/catalog.ts"() {
    "use strict";
    init_en();
    init_fr();
    catalog = { en, fr };
    languages = Object.keys(catalog);
    messageKeys = Object.keys(en);
    PLURAL_SUFFIX = /\.(zero|one|two|few|many|other)$/;
    LABEL_NAME_RULE = /^HC_[A-Za-z](?:[A-Za-z0-9]|_(?!_))*[A-Za-z0-9]$/;
    LABEL_NAME_MAX = 3 + 75;
    byLabelName = new Map(messageKeys.map((k) => [labelName(k), k]));
  }
});

// shared/src/i18n/translator.ts
function resolveLocale(requested) {
  let canonical;
  try {
    if (typeof requested === "string" && requested.trim() !== "") {
      canonical = Intl.getCanonicalLocales(requested.trim().replace(/_/g, "-"))[0];
    }
  } catch {
    canonical = void 0;
  }
  const language = canonical?.split("-")[0].toLowerCase();
  if (language === "fr" || language === "en") {
    return { language, locale: canonical.includes("-") ? canonical : DEFAULT_LOCALE[language] };
  }
  return { language: "en", locale: DEFAULT_LOCALE.en };
}
function resolveTimeZone(timeZone) {
  if (typeof timeZone !== "string" || timeZone === "") return "UTC";
  try {
    new Intl.DateTimeFormat("en", { timeZone }).format(0);
    return timeZone;
  } catch {
    return "UTC";
  }
}
function interpolate(message, params) {
  if (!params) return message;
  return message.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (whole, name) => {
    const value = Object.prototype.hasOwnProperty.call(params, name) ? params[name] : void 0;
    return value === void 0 ? whole : String(value);
  });
}
function dateOf(value) {
  let date4;
  if (value instanceof Date) date4 = value;
  else if (typeof value === "number") date4 = new Date(value);
  else if (typeof value === "string" && value.trim() !== "") {
    const only = DATE_ONLY.exec(value.trim());
    date4 = only ? new Date(Date.UTC(+only[1], +only[2] - 1, +only[3])) : new Date(value);
  }
  return date4 && Number.isFinite(date4.getTime()) ? date4 : void 0;
}
function relativeUnit(seconds) {
  const size = Math.abs(seconds);
  if (size < MINUTE) return [Math.round(seconds), "second"];
  if (size < HOUR) return [Math.round(seconds / MINUTE), "minute"];
  if (size < DAY) return [Math.round(seconds / HOUR), "hour"];
  if (size < 30 * DAY) return [Math.round(seconds / DAY), "day"];
  if (size < 365 * DAY) return [Math.round(seconds / (30.4375 * DAY)), "month"];
  return [Math.round(seconds / (365.25 * DAY)), "year"];
}
function cleanOverrides(overrides) {
  const out = /* @__PURE__ */ new Map();
  if (typeof overrides !== "object" || overrides === null) return out;
  try {
    for (const [name, value] of Object.entries(overrides)) {
      const key = messageKeyOf(name);
      if (key && typeof value === "string" && value.trim() !== "" && value !== name) out.set(key, value);
    }
  } catch {
  }
  return out;
}
function translator(locale, overrides, timeZone) {
  const resolved = resolveLocale(locale);
  const zone = resolveTimeZone(timeZone);
  const table = catalog[resolved.language];
  const custom = cleanOverrides(overrides);
  const plurals = new Intl.PluralRules(resolved.locale);
  const formats = /* @__PURE__ */ new Map();
  function message(key) {
    if (isMessageKey(key)) return custom.get(key) ?? table[key] ?? catalog.en[key];
    return key;
  }
  function number3(value, options = {}) {
    if (typeof value !== "number" || Number.isNaN(value)) return "";
    try {
      const id = JSON.stringify(options);
      let format = formats.get(id);
      if (!format) {
        format = new Intl.NumberFormat(resolved.locale, options);
        formats.set(id, format);
      }
      return format.format(value);
    } catch {
      return String(value);
    }
  }
  function dateTime2(value, options, dateOnly) {
    const date4 = dateOf(value);
    if (!date4) return typeof value === "string" ? value : "";
    try {
      const zoneForValue = dateOnly && typeof value === "string" && DATE_ONLY.test(value.trim()) ? "UTC" : zone;
      return new Intl.DateTimeFormat(resolved.locale, { ...options, timeZone: zoneForValue }).format(date4);
    } catch {
      return date4.toISOString();
    }
  }
  const t = (key, params) => interpolate(message(key), params);
  return {
    language: resolved.language,
    locale: resolved.locale,
    timeZone: zone,
    t,
    tn(key, count2, params) {
      let category = "other";
      try {
        category = plurals.select(count2);
      } catch {
        category = "other";
      }
      const exact = `${key}.${category}`;
      const chosen = isMessageKey(exact) ? exact : `${key}.other`;
      return interpolate(message(chosen), { ...params, count: params?.count ?? number3(count2) });
    },
    formatNumber: number3,
    formatPercent(fraction2, maximumFractionDigits = 0) {
      return number3(fraction2, { style: "percent", maximumFractionDigits });
    },
    formatCurrency(amount, code) {
      if (typeof amount !== "number" || Number.isNaN(amount)) return "";
      try {
        return new Intl.NumberFormat(resolved.locale, { style: "currency", currency: code }).format(amount);
      } catch {
        return `${number3(amount)} ${typeof code === "string" ? code : ""}`.trim();
      }
    },
    formatDate(value) {
      return dateTime2(value, { dateStyle: "medium" }, true);
    },
    formatDateTime(value) {
      const isDateOnly = typeof value === "string" && DATE_ONLY.test(value.trim());
      return isDateOnly ? dateTime2(value, { dateStyle: "medium" }, true) : dateTime2(value, { dateStyle: "medium", timeStyle: "short" }, false);
    },
    formatRelative(value, now) {
      const date4 = dateOf(value);
      const reference = dateOf(now) ?? /* @__PURE__ */ new Date();
      if (!date4) return typeof value === "string" ? value : "";
      const seconds = (date4.getTime() - reference.getTime()) / 1e3;
      try {
        const format = new Intl.RelativeTimeFormat(resolved.locale, { numeric: "auto" });
        const [amount, unit] = relativeUnit(seconds);
        return format.format(amount, unit);
      } catch {
      }
      return dateTime2(date4, { dateStyle: "medium" }, false);
    },
    formatList(items) {
      const clean = Array.isArray(items) ? items.filter((s) => typeof s === "string" && s !== "") : [];
      try {
        return new Intl.ListFormat(resolved.locale, { style: "long", type: "conjunction" }).format(clean);
      } catch {
        return clean.join(", ");
      }
    }
  };
}
var DEFAULT_LOCALE, DATE_ONLY, MINUTE, HOUR, DAY;
var init_translator = __esm({
  "shared/src/i18n/translator.ts"() {
    "use strict";
    init_catalog();
    DEFAULT_LOCALE = { en: "en-US", fr: "fr-FR" };
    DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
    MINUTE = 60;
    HOUR = 60 * MINUTE;
    DAY = 24 * HOUR;
  }
});

// shared/src/i18n/fields.ts
function keySegment(value) {
  return value.replace(/[-_\s]+([a-zA-Z0-9])/g, (_, c) => c.toUpperCase()).replace(/[^A-Za-z0-9]/g, "");
}
function fieldLabelKey(kind, path) {
  const plain = path.replace(/\[\d*\]/g, "");
  const own2 = `field.${kindKey[kind]}.${plain}`;
  if (isMessageKey(own2)) return own2;
  return void 0;
}
function fieldHelpKey(kind, path) {
  const key = `help.${kindKey[kind]}.${path.replace(/\[\d*\]/g, "")}`;
  return isMessageKey(key) ? key : void 0;
}
function fieldLabel(kind, path, t) {
  const own2 = fieldLabelKey(kind, path);
  if (own2) return t.t(own2);
  const plain = path.replace(/\[\d*\]/g, "");
  const leaf = plain.split(".").pop() ?? plain;
  const common = `field.common.${leaf}`;
  if (isMessageKey(common)) return t.t(common);
  return titles.get(`${kind}:${path.replace(/\[\d+\]/g, "[]")}`) ?? leaf;
}
function subjectOf(kind, path, t) {
  if (!kind) return path === "" ? "\u2014" : path;
  if (path === "") return t.t(`${kindKey[kind]}.title`);
  const lastIndex = /^(.*)\[(\d+)\]([^[]*)$/.exec(path);
  if (!lastIndex) {
    const top = path.split(".")[0];
    if (top === path || fieldLabelKey(kind, path)) return fieldLabel(kind, path, t);
    return `${fieldLabel(kind, path, t)} (${fieldLabel(kind, top, t)})`;
  }
  const [, list2, index, rest] = lastIndex;
  const entry = t.t("field.common.entry", { field: fieldLabel(kind, list2, t), index: Number(index) + 1 });
  if (rest === "") return entry;
  return `${fieldLabel(kind, `${list2}[]${rest}`, t)} (${entry})`;
}
var kindKey, titles;
var init_fields2 = __esm({
  "shared/src/i18n/fields.ts"() {
    "use strict";
    init_registry();
    init_catalog();
    kindKey = {
      "lead-score": "leadScore",
      "deal-risk": "dealRisk",
      "sales-to-cs": "handoff",
      "customer-health": "health"
    };
    titles = new Map(registry2.map((f) => [`${f.kind}:${f.path}`, f.title]));
  }
});

// shared/src/i18n/problems.ts
function safeParams(problem, t) {
  const out = {};
  const params = problem && typeof problem.params === "object" && problem.params !== null ? problem.params : {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === "number") out[name] = t.formatNumber(value);
    else if (typeof value === "string") out[name] = value;
  }
  return out;
}
function problemText(problem, t, kind) {
  try {
    const code = problem.code;
    const key = Object.prototype.hasOwnProperty.call(baseKey, code) ? baseKey[code] : "problem.invalid";
    const params = safeParams(problem, t);
    const path = typeof problem.path === "string" ? problem.path : "";
    params.subject = subjectOf(kind, path, t);
    let chosen = key;
    const empty = `${key}.empty`;
    const detail = `${key}.detail`;
    if (params.empty !== void 0 && isMessageKey(empty)) chosen = empty;
    else if (isMessageKey(detail) && placeholdersOf(t.t(detail)).every((name) => params[name] !== void 0)) chosen = detail;
    return t.t(chosen, params);
  } catch {
    return t.t("problem.invalid", { subject: "\u2014" });
  }
}
var baseKey, problemKeys;
var init_problems2 = __esm({
  "shared/src/i18n/problems.ts"() {
    "use strict";
    init_catalog();
    init_fields2();
    baseKey = {
      not_json: "problem.notJson",
      not_object: "problem.notObject",
      too_long: "problem.tooLong",
      newer_version: "problem.newerVersion",
      unknown_version: "problem.unknownVersion",
      migrated: "problem.migrated",
      missing: "problem.missing",
      invalid_type: "problem.invalidType",
      invalid_value: "problem.invalidValue",
      invalid_format: "problem.invalidFormat",
      too_small: "problem.tooSmall",
      too_big: "problem.tooBig",
      too_many_items: "problem.tooManyItems",
      dropped_item: "problem.droppedItem",
      unknown_field: "problem.unknownField",
      column_mismatch: "problem.columnMismatch",
      invalid: "problem.invalid"
    };
    problemKeys = baseKey;
  }
});

// shared/src/i18n/index.ts
var init_i18n = __esm({
  "shared/src/i18n/index.ts"() {
    "use strict";
    init_catalog();
    init_en();
    init_fr();
    init_translator();
    init_fields2();
    init_problems2();
  }
});

// shared/src/view/read.ts
function bag(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
}
function at(value, key) {
  const object2 = bag(value);
  if (!object2) return void 0;
  try {
    return Object.prototype.hasOwnProperty.call(object2, key) ? object2[key] : void 0;
  } catch {
    return void 0;
  }
}
function text(value) {
  if (typeof value !== "string") return void 0;
  const trimmed = value.trim();
  return trimmed === "" ? void 0 : trimmed;
}
function num(value) {
  return typeof value === "number" && Number.isFinite(value) ? value : void 0;
}
function list(value) {
  try {
    return Array.isArray(value) ? Array.from(value) : [];
  } catch {
    return [];
  }
}
function texts(value) {
  return list(value).map(text).filter((s) => s !== void 0);
}
function oneOf(value, allowed) {
  return typeof value === "string" && allowed.includes(value) ? value : void 0;
}
function webUrl(value) {
  const candidate = text(value);
  if (!candidate || !/^https?:\/\//i.test(candidate)) return void 0;
  try {
    const parsed = new URL(candidate);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? candidate : void 0;
  } catch {
    return void 0;
  }
}
function rankBy(items, score2) {
  return [...items].sort((a, b) => score2(b) - score2(a));
}
var init_read = __esm({
  "shared/src/view/read.ts"() {
    "use strict";
  }
});

// shared/src/view/conflicts.ts
function roleText(role2, ctx) {
  return isMessageKey(role2) ? ctx.t.t(role2) : role2;
}
function conflictView(type, key, rule, summary, ctx, since) {
  const { t, now } = ctx;
  let deadlineText;
  let dueAtIso;
  const deadline2 = rule.deadline;
  if ("hours" in deadline2) {
    const start = since ? Date.parse(since) : NaN;
    if (Number.isFinite(start)) {
      const due = new Date(start + deadline2.hours * HOUR_MS);
      dueAtIso = due.toISOString();
      const date4 = t.formatDateTime(due);
      deadlineText = due.getTime() < now.getTime() ? t.t("conflict.deadline.overdue", { date: date4 }) : t.t("conflict.deadline.at", { date: date4 });
    } else deadlineText = t.tn("conflict.deadline.within", deadline2.hours);
  } else {
    deadlineText = t.t(deadline2.event === "next-forecast-meeting" ? "conflict.deadline.nextForecastMeeting" : "conflict.deadline.nextCouncilMeeting");
  }
  const notify = [...rule.notify];
  return {
    key,
    type,
    title: t.t(titles2[type]),
    summary,
    notify,
    notifyText: t.t("conflict.notify", { roles: t.formatList(notify.map((r) => roleText(r, ctx))) }),
    owner: rule.owner,
    ownerText: t.t("conflict.owner", { role: roleText(rule.owner, ctx) }),
    deadlineText,
    ...dueAtIso && { dueAtIso }
  };
}
function earliest(dates) {
  let best;
  for (const iso of dates) {
    const time3 = iso ? Date.parse(iso) : NaN;
    if (Number.isFinite(time3) && (!best || time3 < best.time)) best = { iso, time: time3 };
  }
  return best?.iso;
}
function leadQualityConflict(value, score2, ctx) {
  const rule = ctx.config.conflicts.leadQuality;
  if (!rule.enabled) return [];
  const sentences = [];
  const since = [];
  const disposition2 = at(value, "disposition");
  if (oneOf(at(disposition2, "status"), ["rejected"]) && score2 && score2.view.goodness >= rule.highGoodness) {
    const band = text(at(value, "band"));
    sentences.push(
      band ? ctx.t.t("conflict.leadQuality.rejectedBand", { band, score: score2.view.valueText }) : ctx.t.t("conflict.leadQuality.rejected", { score: score2.view.valueText, level: score2.view.levelText })
    );
    since.push(text(at(disposition2, "at")));
  }
  if (rule.onDisagree) {
    const disagreements = list(at(value, "feedback")).filter((f) => at(f, "verdict") === "disagree");
    if (disagreements.length > 0) {
      sentences.push(ctx.t.tn("conflict.leadQuality.disagree", disagreements.length));
      for (const f of disagreements) since.push(text(at(f, "at")));
    }
  }
  if (sentences.length === 0) return [];
  return [conflictView("lead-quality", "lead-quality", rule, sentences.join(" "), ctx, earliest(since))];
}
function repProbability(repForecast, config2) {
  const given = num(at(repForecast, "probability"));
  if (given !== void 0 && given >= 0 && given <= 100) return { value: given, fromCategory: false };
  const category = oneOf(at(repForecast, "category"), ["pipeline", "best-case", "commit", "closed", "omitted"]);
  if (!category) return void 0;
  return { value: config2.conflicts.forecastDiscrepancy.categoryProbability[category], fromCategory: true };
}
function forecastGap(score2, repForecast, config2) {
  const rep = repProbability(repForecast, config2);
  if (!score2 || !rep) return void 0;
  return { ai: score2.percent, rep: rep.value, gap: Math.abs(score2.percent - rep.value), fromCategory: rep.fromCategory };
}
function forecastConflict(gap, ctx) {
  const rule = ctx.config.conflicts.forecastDiscrepancy;
  if (!rule.enabled || !gap || !(gap.gap > rule.maxGapPoints)) return [];
  const { t } = ctx;
  const summary = t.t("conflict.forecast.summary", {
    ai: t.formatPercent(gap.ai / 100),
    rep: t.formatPercent(gap.rep / 100),
    gap: t.formatNumber(gap.gap, { maximumFractionDigits: 0 }),
    threshold: t.formatNumber(rule.maxGapPoints)
  });
  return [conflictView("forecast-discrepancy", "forecast-discrepancy", rule, summary, ctx)];
}
function shownValue(value, ctx) {
  if (typeof value === "number" && Number.isFinite(value)) return ctx.t.formatNumber(value, { maximumFractionDigits: 2 });
  if (typeof value === "boolean") return ctx.t.t(value ? "text.yes" : "text.no");
  if (typeof value === "string") {
    const trimmed = value.trim();
    if (/^\d{4}-\d{2}-\d{2}T/.test(trimmed) && Number.isFinite(Date.parse(trimmed))) return ctx.t.formatDateTime(trimmed);
    if (trimmed === "") return ctx.t.t("text.none");
    return trimmed.length > SHOWN_VALUE_LIMIT ? `${trimmed.slice(0, SHOWN_VALUE_LIMIT)}\u2026` : trimmed;
  }
  if (value === null || value === void 0) return ctx.t.t("text.none");
  return ctx.t.t("conflict.metric.otherValue");
}
function metricConflicts(contradictions, label2, ctx) {
  const rule = ctx.config.conflicts.metricContradiction;
  if (!rule.enabled) return [];
  return list(contradictions).flatMap((c, index) => {
    const path = text(at(c, "path"));
    if (!path) return [];
    const summary = ctx.t.t("conflict.metric.summary", {
      field: label2(path),
      documentValue: shownValue(at(c, "documentValue"), ctx),
      column: text(at(c, "column")) ?? "\u2014",
      columnValue: shownValue(at(c, "columnValue"), ctx)
    });
    return [conflictView("metric-contradiction", `metric-contradiction-${index}`, rule, summary, ctx)];
  });
}
function healthConflict(score2, scoredAt, accountSentiment, ctx) {
  const rule = ctx.config.conflicts.customerHealth;
  const sentiment2 = oneOf(accountSentiment, ["positive", "neutral", "negative"]);
  if (!rule.enabled || !score2 || !sentiment2) return [];
  const params = { level: score2.view.levelText.toLowerCase(), score: score2.view.valueText };
  let summary;
  if (score2.view.goodness < rule.lowBelow && sentiment2 === "positive") summary = ctx.t.t("conflict.health.lowButPositive", params);
  if (score2.view.goodness >= rule.highAtLeast && sentiment2 === "negative") summary = ctx.t.t("conflict.health.highButNegative", params);
  if (!summary) return [];
  return [conflictView("customer-health", "customer-health", rule, summary, ctx, text(scoredAt))];
}
var HOUR_MS, titles2, SHOWN_VALUE_LIMIT;
var init_conflicts = __esm({
  "shared/src/view/conflicts.ts"() {
    "use strict";
    init_i18n();
    init_read();
    HOUR_MS = 60 * 60 * 1e3;
    titles2 = {
      "lead-quality": "conflict.leadQuality.title",
      "forecast-discrepancy": "conflict.forecast.title",
      "metric-contradiction": "conflict.metric.title",
      "customer-health": "conflict.health.title"
    };
    SHOWN_VALUE_LIMIT = 80;
  }
});

// shared/src/config/config.ts
var defaultConfig;
var init_config = __esm({
  "shared/src/config/config.ts"() {
    "use strict";
    defaultConfig = {
      staleDays: { "lead-score": 14, "deal-risk": 7, "customer-health": 30 },
      reviewDays: 2,
      levels: { high: 0.7, medium: 0.4 },
      conflicts: {
        leadQuality: {
          enabled: true,
          highGoodness: 0.7,
          onDisagree: true,
          notify: ["role.revops", "role.salesManager", "role.marketingDirector"],
          owner: "role.revops",
          deadline: { hours: 48 }
        },
        forecastDiscrepancy: {
          enabled: true,
          maxGapPoints: 25,
          categoryProbability: { pipeline: 30, "best-case": 60, commit: 90, closed: 100, omitted: 0 },
          notify: ["role.vpSales", "role.revops"],
          owner: "role.vpSales",
          deadline: { event: "next-forecast-meeting" }
        },
        metricContradiction: {
          enabled: true,
          notify: ["role.aiCouncil"],
          owner: "role.revopsChair",
          deadline: { event: "next-council-meeting" }
        },
        customerHealth: {
          enabled: true,
          lowBelow: 0.4,
          highAtLeast: 0.7,
          notify: ["role.csDirector", "role.accountOwner"],
          owner: "role.csDirector",
          deadline: { hours: 48 }
        }
      }
    };
  }
});

// shared/src/config/resolve.ts
function leafFor(path, fallback) {
  const name = path[path.length - 1];
  if (name === "notify") return { schema: array(role).check(_maxLength(20)), expected: "a list of up to 20 roles" };
  if (name === "owner") return { schema: role, expected: "a role (a role message key or text up to 80 characters)" };
  if (name === "deadline") return { schema: deadline, expected: '{ hours: n } or { event: "next-forecast-meeting" | "next-council-meeting" }' };
  if (typeof fallback === "boolean") return { schema: boolean2(), expected: "true or false" };
  if (path[0] === "staleDays" || path[0] === "reviewDays") return { schema: days, expected: "a number of days above 0" };
  if (name === "maxGapPoints" || path.includes("categoryProbability"))
    return { schema: points, expected: "a number of percentage points from 0 to 100" };
  return { schema: fraction, expected: "a number from 0 to 1" };
}
function merge2(defaults, given, path, ignored) {
  const out = {};
  const source = isPlainObject3(given) ? given : {};
  if (given !== void 0 && !isPlainObject3(given))
    ignored.push({ path: path.join("."), reason: "expected a group of settings (an object)" });
  for (const [key, fallback] of Object.entries(defaults)) {
    const here = [...path, key];
    let value;
    try {
      value = Object.prototype.hasOwnProperty.call(source, key) ? source[key] : void 0;
    } catch {
      ignored.push({ path: here.join("."), reason: "could not be read" });
      value = void 0;
    }
    if (isPlainObject3(fallback) && !isLeafGroup(key)) {
      out[key] = merge2(fallback, value, here, ignored);
      continue;
    }
    if (value === void 0) {
      out[key] = structuredClone(fallback);
      continue;
    }
    const leaf = leafFor(here, fallback);
    const parsed = leaf.schema.safeParse(value);
    if (parsed.success) out[key] = parsed.data;
    else {
      out[key] = structuredClone(fallback);
      ignored.push({ path: here.join("."), reason: `expected ${leaf.expected}` });
    }
  }
  try {
    for (const key of Object.keys(source))
      if (!Object.prototype.hasOwnProperty.call(defaults, key)) ignored.push({ path: [...path, key].join("."), reason: "not a known setting" });
  } catch {
  }
  return out;
}
function checkOrder(config2, ignored) {
  if (!(config2.levels.medium < config2.levels.high)) {
    config2.levels = { ...defaultConfig.levels };
    ignored.push({ path: "levels", reason: "medium must be below high" });
  }
  const health = config2.conflicts.customerHealth;
  if (!(health.lowBelow <= health.highAtLeast)) {
    health.lowBelow = defaultConfig.conflicts.customerHealth.lowBelow;
    health.highAtLeast = defaultConfig.conflicts.customerHealth.highAtLeast;
    ignored.push({ path: "conflicts.customerHealth", reason: "lowBelow must not be above highAtLeast" });
  }
}
function checkConfig(partial2) {
  const ignored = [];
  let given = partial2;
  if (typeof partial2 === "string") {
    try {
      given = partial2.trim() === "" ? void 0 : JSON.parse(partial2);
    } catch {
      return { config: structuredClone(defaultConfig), ignored: [{ path: "", reason: "the settings are not valid JSON" }] };
    }
  }
  if (given === null) given = void 0;
  try {
    const config2 = merge2(defaultConfig, given, [], ignored);
    checkOrder(config2, ignored);
    return { config: config2, ignored };
  } catch {
    return { config: structuredClone(defaultConfig), ignored: [{ path: "", reason: "the settings could not be read" }] };
  }
}
function resolveConfig(partial2) {
  return checkConfig(partial2).config;
}
var fraction, days, points, role, deadline, isPlainObject3, isLeafGroup;
var init_resolve = __esm({
  "shared/src/config/resolve.ts"() {
    "use strict";
    init_fields();
    init_mini();
    init_config();
    fraction = number2().check(_gte(0), _lte(1));
    days = number2().check(_gt(0), _lte(3650));
    points = number2().check(_gte(0), _lte(100));
    role = string2().check(_trim(), _minLength(1), _maxLength(80));
    deadline = union([
      strictObject({ hours: number2().check(_gt(0), _lte(24 * 366)) }),
      strictObject({ event: _enum(["next-forecast-meeting", "next-council-meeting"]) })
    ]);
    isPlainObject3 = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
    isLeafGroup = (name) => name === "deadline";
  }
});

// shared/src/config/index.ts
var init_config2 = __esm({
  "shared/src/config/index.ts"() {
    "use strict";
    init_config();
    init_resolve();
  }
});

// shared/src/view/context.ts
function field(options, key) {
  try {
    if (typeof options !== "object" || options === null) return void 0;
    return options[key];
  } catch {
    return void 0;
  }
}
function contextOf(options) {
  const locale = field(options, "locale");
  const timeZone = field(options, "timeZone");
  const messages = field(options, "messages");
  const t = translator(
    typeof locale === "string" ? locale : void 0,
    typeof messages === "object" && messages !== null ? messages : void 0,
    typeof timeZone === "string" ? timeZone : void 0
  );
  const given = field(options, "now");
  const now = given instanceof Date && Number.isFinite(given.getTime()) ? given : /* @__PURE__ */ new Date();
  const { config: config2, ignored } = checkConfig(field(options, "config"));
  const settingsNotices = ignored.length ? [{ key: "settings", tone: "warning", text: t.t("state.configIgnored", { paths: t.formatList(ignored.map((i) => i.path || "\u2014")) }) }] : [];
  return { t, config: config2, now, settingsNotices };
}
var init_context2 = __esm({
  "shared/src/view/context.ts"() {
    "use strict";
    init_config2();
    init_i18n();
  }
});

// shared/src/view/parts.ts
function readScore(score2, band, ctx) {
  const { t, config: config2 } = ctx;
  const value = num(at(score2, "value"));
  const scale2 = at(score2, "scale");
  const min = num(at(scale2, "min"));
  const max = num(at(scale2, "max"));
  const polarity2 = oneOf(at(scale2, "polarity"), ["higher-is-better", "higher-is-worse"]);
  const unit = oneOf(at(scale2, "unit"), ["points", "percent", "probability", "percentile"]);
  if (value === void 0 || min === void 0 || max === void 0 || !(max > min) || !polarity2) return void 0;
  const position = Math.min(1, Math.max(0, (value - min) / (max - min)));
  const goodness = polarity2 === "higher-is-worse" ? 1 - position : position;
  const level = goodness >= config2.levels.high ? "high" : goodness >= config2.levels.medium ? "medium" : "low";
  const isProbability = unit === "probability" || unit === void 0 && min === 0 && max === 1;
  let valueText;
  let scaleText;
  if (isProbability && min === 0 && max === 1) {
    valueText = t.formatPercent(value);
    scaleText = t.t("score.probability");
  } else if ((unit === "percent" || unit === "probability") && min === 0 && max === 100) {
    valueText = t.formatPercent(value / 100);
    scaleText = unit === "probability" ? t.t("score.probability") : t.t("score.outOf", { max: t.formatPercent(1) });
  } else {
    valueText = t.formatNumber(value, { maximumFractionDigits: 2 });
    const range = min === 0 ? t.t("score.outOf", { max: t.formatNumber(max) }) : t.t("score.range", { min: t.formatNumber(min), max: t.formatNumber(max) });
    scaleText = unit === "percentile" ? `${t.t("score.percentile")}, ${range}` : range;
  }
  const bandText = text(band);
  const view = {
    value,
    valueText,
    scaleText,
    polarityText: t.t(polarity2 === "higher-is-worse" ? "polarity.higherIsWorse" : "polarity.higherIsBetter"),
    goodness,
    level,
    levelText: t.t(`level.${level}`),
    ...bandText && { bandText: t.t("score.band", { band: bandText }) }
  };
  return { view, ...unit && { unit }, percent: goodness * 100, isProbability, min, max };
}
function ageDays(iso, now) {
  const at2 = text(iso);
  const time3 = at2 ? Date.parse(at2) : NaN;
  return Number.isFinite(time3) ? (now.getTime() - time3) / DAY_MS : void 0;
}
function readFreshness(kind, scoredAt, model2, ctx) {
  const { t, now, config: config2 } = ctx;
  const name = text(at(model2, "name"));
  const version2 = text(at(model2, "version"));
  const iso = text(scoredAt);
  const age = ageDays(iso, now);
  if (age === void 0 && !name) return void 0;
  const modelText = name ? version2 ? t.t("freshness.modelVersion", { name, version: version2 }) : t.t("freshness.model", { name }) : "";
  if (age === void 0)
    return { atIso: "", atText: t.t("freshness.unknown"), ageText: t.t("freshness.unknown"), isStale: false, modelText };
  const limit = config2.staleDays[kind];
  const isStale = age > limit;
  return {
    atIso: iso,
    atText: t.formatDateTime(iso),
    ageText: t.t("freshness.scored", { relative: t.formatRelative(iso, now) }),
    isStale,
    ...isStale && { staleText: t.tn(staleKey[kind], limit) },
    modelText
  };
}
function staleNotice(freshness, ctx) {
  if (!freshness?.isStale || !freshness.staleText) return [];
  return [{ key: "stale", tone: "warning", text: ctx.t.t("freshness.staleNotice", { advice: freshness.staleText }) }];
}
function readFactors(items, score2, ctx, variant2) {
  const { t } = ctx;
  const percentagePoints = score2?.unit === "percent" || !!score2?.isProbability;
  const factor2 = score2?.isProbability && score2.max - score2.min === 1 ? 100 : 1;
  const read = [];
  list(items).forEach((item, index) => {
    const label2 = text(at(item, "label"));
    const direction = oneOf(at(item, "direction"), ["raises", "lowers"]);
    if (!label2 || !direction) return;
    const weight = num(at(item, "weight"));
    const shown = weight !== void 0 ? Math.abs(weight) * factor2 : void 0;
    const weightKey = percentagePoints ? "factor.weight.percentagePoints" : "factor.weight.points";
    const amount = shown !== void 0 ? t.formatNumber(shown, { maximumFractionDigits: 1 }) : "";
    const symbol = direction === "raises" ? "+" : MINUS;
    const hasWeight = shown !== void 0 && shown > 0;
    const weightText = hasWeight ? t.tn(weightKey, shown, { sign: symbol, weight: amount }) : "";
    const plainWeight = hasWeight ? t.tn(weightKey, shown, { sign: "", weight: amount }) : "";
    const sentenceKey = `${variant2.sentence}.sentence.${direction}${hasWeight ? "" : "Plain"}`;
    const evidence = text(at(item, "evidence"));
    const source = text(at(item, "source"));
    const observed = text(at(item, "observedAt"));
    read.push({
      rank: shown ?? 0,
      key: `${variant2.keyPrefix}-${index}`,
      label: label2,
      direction,
      directionText: t.t(`enum.direction.${direction}`),
      symbol,
      weightText,
      sentence: t.t(sentenceKey, { label: label2, weight: plainWeight }),
      ...evidence && { evidence },
      ...source && { sourceText: t.t("detail.source", { source }) },
      ...observed && { observedText: t.t("detail.observed", { date: t.formatDate(observed) }) }
    });
  });
  return rankBy(read, (f) => f.rank).map(({ rank: _rank, ...view }) => view);
}
function readAction(value, ctx) {
  const action2 = text(at(value, "action"));
  if (!action2) return void 0;
  const rationale = text(at(value, "rationale"));
  const owner = text(at(value, "owner"));
  const due = text(at(value, "dueBy"));
  return {
    action: action2,
    ...rationale && { rationale },
    ...owner && { ownerText: ctx.t.t("detail.owner", { owner }) },
    ...due && { dueText: ctx.t.t("detail.due", { date: ctx.t.formatDate(due) }) }
  };
}
function byText(name, when, ctx) {
  const who = text(name);
  const date4 = text(when);
  if (who && date4) return ctx.t.t("detail.byAt", { name: who, date: ctx.t.formatDate(date4) });
  if (who) return ctx.t.t("detail.by", { name: who });
  return void 0;
}
function provenanceText(value, ctx) {
  const source = text(at(value, "source"));
  if (!source) return void 0;
  const name = text(at(value, "capturedBy"));
  const capturedAt = text(at(value, "capturedAt"));
  const date4 = capturedAt ? ctx.t.formatDate(capturedAt) : void 0;
  if (name && date4) return ctx.t.t("provenance.sourceByAt", { source, name, date: date4 });
  if (name) return ctx.t.t("provenance.sourceBy", { source, name });
  if (date4) return ctx.t.t("provenance.sourceAt", { source, date: date4 });
  return ctx.t.t("provenance.source", { source });
}
function toneOf(problem) {
  if (problem.code === "migrated") return "info";
  return problem.severity === "warning" ? "warning" : "error";
}
function problemNotices(kind, problems, ctx, keep = () => true) {
  const shown = list(problems).filter((p) => !!bag(p) && keep(p));
  const notices = shown.slice(0, MAX_PROBLEM_NOTICES).map((problem, index) => {
    const path = typeof problem.path === "string" ? problem.path : "";
    return { key: `problem-${index}`, tone: toneOf(problem), text: problemText(problem, ctx.t, kind), ...path && { path } };
  });
  const rest = shown.length - notices.length;
  if (rest > 0) notices.push({ key: "problem-more", tone: "warning", text: ctx.t.tn("state.moreProblems", rest) });
  return notices;
}
function partialNotice(status, notices, ctx) {
  if (status !== "partial" || !notices.some((n) => n.tone === "error")) return [];
  return [{ key: "partial", tone: "warning", text: ctx.t.t("state.partial") }];
}
function titleKey(kind) {
  return `${kindKey[kind]}.title`;
}
function emptyKey(kind) {
  return `${kindKey[kind]}.empty`;
}
function enumText(ctx, group, value) {
  const key = `enum.${group}.${value.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase())}`;
  return ctx.t.t(key);
}
var DAY_MS, MAX_PROBLEM_NOTICES, MINUS, staleKey;
var init_parts = __esm({
  "shared/src/view/parts.ts"() {
    "use strict";
    init_i18n();
    init_read();
    DAY_MS = 24 * 60 * 60 * 1e3;
    MAX_PROBLEM_NOTICES = 20;
    MINUS = "\u2212";
    staleKey = {
      "lead-score": "freshness.stale.leadScore",
      "deal-risk": "freshness.stale.dealRisk",
      "customer-health": "freshness.stale.health"
    };
  }
});

// shared/src/view/frame.ts
function unreadable(kind, ctx) {
  const stateText = ctx.t.t("state.unreadable");
  return {
    kind,
    state: "invalid",
    title: ctx.t.t(titleKey(kind)),
    stateText,
    notices: [{ key: "unreadable", tone: "error", text: stateText }],
    conflicts: []
  };
}
function buildCard(kind, result, options, blank, ready) {
  let ctx;
  try {
    ctx = contextOf(options);
  } catch {
    ctx = contextOf(void 0);
  }
  const fallback = () => {
    try {
      return blank(unreadable(kind, ctx), ctx);
    } catch {
      return { ...unreadable(kind, ctx) };
    }
  };
  try {
    const base = { kind, state: "ready", title: ctx.t.t(titleKey(kind)), notices: [...ctx.settingsNotices], conflicts: [] };
    const status = at(result, "status");
    const resultKind = at(result, "kind");
    if (resultKind !== void 0 && resultKind !== kind) return fallback();
    if (status === "empty") return blank({ ...base, state: "empty", stateText: ctx.t.t(emptyKey(kind)) }, ctx);
    if (status === "invalid") {
      const reason = at(result, "reason");
      const reasonText = bag(reason) ? problemText(reason, ctx.t, kind) : ctx.t.t("state.unreadable");
      const problems = list(at(result, "problems"));
      const notices = problemNotices(kind, problems.length ? problems : bag(reason) ? [reason] : [], ctx);
      return blank(
        { ...base, state: "invalid", stateText: ctx.t.t("state.invalid", { reason: reasonText }), notices: [...base.notices, ...notices] },
        ctx
      );
    }
    if (status !== "valid" && status !== "partial") return fallback();
    const value = bag(at(result, "value"));
    if (!value) return fallback();
    return ready(
      { status, value, problems: list(at(result, "problems")), contradictions: list(at(result, "contradictions")) },
      base,
      ctx
    );
  } catch {
    return fallback();
  }
}
var init_frame = __esm({
  "shared/src/view/frame.ts"() {
    "use strict";
    init_i18n();
    init_context2();
    init_parts();
    init_read();
  }
});

// shared/src/view/lead-score.ts
function leadScoreView(result, options = {}) {
  return buildCard(
    "lead-score",
    result,
    options,
    (base) => ({ ...base, kind: "lead-score", factors: [], intentSignals: [], feedback: [] }),
    ({ status, value, problems, contradictions }, base, ctx) => {
      const { t } = ctx;
      const score2 = readScore(at(value, "score"), at(value, "band"), ctx);
      const freshness = readFreshness("lead-score", at(value, "scoredAt"), at(value, "model"), ctx);
      const intentSignals = rankBy(
        list(at(value, "intentSignals")).flatMap((signal, index) => {
          const topic = text(at(signal, "topic"));
          const strength = oneOf(at(signal, "strength"), ["low", "medium", "high"]);
          if (!topic || !strength) return [];
          const trend = oneOf(at(signal, "trend"), ["rising", "steady", "falling"]);
          const source = text(at(signal, "source"));
          const observed = text(at(signal, "observedAt"));
          return [
            {
              key: `intent-${index}`,
              topic,
              strength,
              strengthText: enumText(ctx, "strength", strength),
              ...trend && { trendText: enumText(ctx, "intentTrend", trend) },
              ...source && { sourceText: t.t("detail.source", { source }) },
              ...observed && { observedText: t.t("detail.observed", { date: t.formatDate(observed) }) }
            }
          ];
        }),
        (s) => strengthRank[s.strength]
      );
      const engagementValue = at(value, "engagement");
      const summary = text(at(engagementValue, "summary"));
      const lastTouch = text(at(engagementValue, "lastTouchAt"));
      const touches = num(at(engagementValue, "touches30d"));
      const engagement = summary ? {
        summary,
        ...lastTouch && { lastTouchText: t.t("engagement.lastTouch", { date: t.formatDate(lastTouch) }) },
        ...touches !== void 0 && { touchesText: t.tn("engagement.touches", touches) }
      } : void 0;
      const dispositionValue = at(value, "disposition");
      const dispositionStatus = oneOf(at(dispositionValue, "status"), ["accepted", "working", "rejected"]);
      const dispositionReason = text(at(dispositionValue, "reason"));
      const dispositionBy = byText(at(dispositionValue, "by"), at(dispositionValue, "at"), ctx);
      const disposition2 = dispositionStatus ? {
        status: dispositionStatus,
        statusText: enumText(ctx, "disposition", dispositionStatus),
        ...dispositionReason && { reason: dispositionReason },
        ...dispositionBy && { byText: dispositionBy }
      } : void 0;
      const entries = list(at(value, "feedback")).flatMap((entry, index) => {
        const verdict = oneOf(at(entry, "verdict"), ["helpful", "not-helpful", "disagree"]);
        if (!verdict) return [];
        const by = text(at(entry, "by")) ?? "\u2014";
        const when = text(at(entry, "at"));
        const reason = text(at(entry, "reason"));
        const time3 = when ? Date.parse(when) : NaN;
        return [
          {
            time: Number.isFinite(time3) ? time3 : 0,
            view: {
              key: `feedback-${index}`,
              verdict,
              verdictText: enumText(ctx, "verdict", verdict),
              ...reason && { reason },
              byText: when ? t.t("feedback.by", { name: by, date: t.formatDate(when) }) : by
            }
          }
        ];
      });
      const feedback = rankBy(entries, (e) => e.time).map((e) => e.view);
      const counts = { helpful: 0, "not-helpful": 0, disagree: 0 };
      for (const entry of feedback) counts[entry.verdict] += 1;
      const parts = [
        counts.helpful ? t.tn("feedback.helpfulCount", counts.helpful) : "",
        counts["not-helpful"] ? t.tn("feedback.notHelpfulCount", counts["not-helpful"]) : "",
        counts.disagree ? t.tn("feedback.disagreeCount", counts.disagree) : ""
      ].filter(Boolean);
      const notices = problemNotices("lead-score", problems, ctx);
      const nextAction = readAction(at(value, "nextAction"), ctx);
      return {
        ...base,
        kind: "lead-score",
        notices: [...base.notices, ...partialNotice(status, notices, ctx), ...staleNotice(freshness, ctx), ...notices],
        conflicts: [
          ...leadQualityConflict(value, score2, ctx),
          ...metricConflicts(contradictions, (path) => fieldLabel("lead-score", path, t), ctx)
        ],
        ...score2 && { score: score2.view },
        ...freshness && { freshness },
        factors: readFactors(at(value, "factors"), score2, ctx, { keyPrefix: "factor", sentence: "factor" }),
        intentSignals,
        ...engagement && { engagement },
        ...nextAction && { nextAction },
        ...disposition2 && { disposition: disposition2 },
        feedback,
        ...parts.length && { feedbackSummaryText: t.t("feedback.summary", { parts: t.formatList(parts) }) }
      };
    }
  );
}
var strengthRank;
var init_lead_score2 = __esm({
  "shared/src/view/lead-score.ts"() {
    "use strict";
    init_i18n();
    init_conflicts();
    init_frame();
    init_parts();
    init_read();
    strengthRank = { high: 3, medium: 2, low: 1 };
  }
});

// shared/src/view/deal-risk.ts
function dealRiskView(result, options = {}) {
  return buildCard(
    "deal-risk",
    result,
    options,
    (base) => ({ ...base, kind: "deal-risk", risks: [] }),
    ({ status, value, problems, contradictions }, base, ctx) => {
      const { t, config: config2 } = ctx;
      const score2 = readScore(at(value, "winProbability"), void 0, ctx);
      const freshness = readFreshness("deal-risk", at(value, "scoredAt"), at(value, "model"), ctx);
      const forecast = at(value, "repForecast");
      const category = oneOf(at(forecast, "category"), forecastCategories);
      const rep = repProbability(forecast, config2);
      const updated = text(at(forecast, "updatedAt"));
      const repForecast = category ? {
        categoryText: enumText(ctx, "forecastCategory", category),
        ...rep && {
          probabilityText: rep.fromCategory ? t.t("forecast.fromCategory", { percent: t.formatPercent(rep.value / 100) }) : t.t("forecast.probability", { percent: t.formatPercent(rep.value / 100) })
        },
        ...updated && { updatedText: t.t("detail.updated", { date: t.formatDate(updated) }) }
      } : void 0;
      const gap = forecastGap(score2, forecast, config2);
      const gapText = gap ? t.tn("forecast.gap", Math.round(gap.gap), { ai: t.formatPercent(gap.ai / 100), rep: t.formatPercent(gap.rep / 100) }) : void 0;
      const risks = rankBy(
        list(at(value, "riskFactors")).flatMap((risk, index) => {
          const label2 = text(at(risk, "label"));
          const severity2 = oneOf(at(risk, "severity"), severities);
          if (!label2 || !severity2) return [];
          const riskCategory = oneOf(at(risk, "category"), categories) ?? "other";
          const detected = text(at(risk, "detectedAt"));
          const source = text(at(risk, "source"));
          const mitigation = text(at(risk, "mitigation"));
          const owner = text(at(risk, "owner"));
          return [
            {
              key: `risk-${index}`,
              label: label2,
              category: riskCategory,
              categoryText: enumText(ctx, "riskCategory", riskCategory),
              severity: severity2,
              severityText: enumText(ctx, "severity", severity2),
              ...detected && { detectedText: t.t("detail.detected", { date: t.formatDate(detected) }) },
              ...source && { sourceText: t.t("detail.source", { source }) },
              ...mitigation && { mitigation },
              ...owner && { ownerText: t.t("detail.owner", { owner }) }
            }
          ];
        }),
        (r) => severities.indexOf(r.severity)
      );
      const notices = problemNotices("deal-risk", problems, ctx);
      return {
        ...base,
        kind: "deal-risk",
        notices: [...base.notices, ...partialNotice(status, notices, ctx), ...staleNotice(freshness, ctx), ...notices],
        conflicts: [
          ...forecastConflict(gap, ctx),
          ...metricConflicts(contradictions, (path) => fieldLabel("deal-risk", path, t), ctx)
        ],
        ...score2 && { winProbability: score2.view },
        ...freshness && { freshness },
        ...repForecast && { repForecast },
        ...gapText && { gapText },
        risks
      };
    }
  );
}
var severities, categories, forecastCategories;
var init_deal_risk2 = __esm({
  "shared/src/view/deal-risk.ts"() {
    "use strict";
    init_i18n();
    init_conflicts();
    init_frame();
    init_parts();
    init_read();
    severities = ["low", "medium", "high", "critical"];
    categories = ["engagement", "stakeholder", "competition", "budget", "timeline", "technical", "legal", "other"];
    forecastCategories = ["pipeline", "best-case", "commit", "closed", "omitted"];
  }
});

// shared/src/view/handoff.ts
function isMustHaveGap(problem) {
  if (problem.code !== "missing" && problem.code !== "too_small") return false;
  const path = registryPath(typeof problem.path === "string" ? problem.path : "");
  return mustHavePaths.some((must) => must === path || must.startsWith(`${path}.`));
}
function completenessView(value, ctx) {
  const { t } = ctx;
  const result = completenessOf(KIND, value);
  const missing = result.missing.map((path) => ({ key: `missing-${path}`, path, label: fieldLabel(KIND, path, t) }));
  const complete = missing.length === 0;
  return {
    percent: result.percent,
    percentText: t.formatPercent(result.percent / 100),
    complete,
    filled: result.filled,
    total: result.total,
    missing,
    summaryText: t.tn("completeness.summary", result.total, { filled: t.formatNumber(result.filled) }),
    missingText: complete ? "" : t.t("completeness.missing", { fields: t.formatList(missing.map((m) => m.label)) })
  };
}
function statusOf(value) {
  return oneOf(at(at(value, "review"), "status"), reviewStatuses) ?? "draft";
}
function reviewNotices(status, value, completeness, ctx) {
  const { t, now, config: config2 } = ctx;
  if (status === "draft" && !completeness.complete) return [{ key: "review-draft", tone: "info", text: t.t("review.draft") }];
  if (status === "returned") return [{ key: "review-returned", tone: "warning", text: t.t("review.returnedNotice") }];
  if (status === "submitted") {
    const age = ageDays(at(at(value, "timeline"), "submittedAt"), now);
    if (age !== void 0 && age > config2.reviewDays)
      return [{ key: "review-waiting", tone: "warning", text: t.tn("review.waiting", Math.floor(age)) }];
  }
  return [];
}
function handoffView(result, options = {}) {
  return buildCard(
    KIND,
    result,
    options,
    (base, ctx) => ({
      ...base,
      kind: KIND,
      status: "none",
      statusText: ctx.t.t("enum.handoffStatus.none"),
      completeness: completenessView(void 0, ctx),
      successCriteria: [],
      commitments: [],
      stakeholders: [],
      objections: [],
      risks: [],
      timeline: []
    }),
    ({ status: parseStatus, value, problems, contradictions }, base, ctx) => {
      const { t } = ctx;
      const status = statusOf(value);
      const completeness = completenessView(value, ctx);
      const editing = status === "draft" || status === "returned";
      const notices = problemNotices(KIND, problems, ctx, (p) => !(editing && isMustHaveGap(p)));
      const outcome = at(value, "desiredOutcome");
      const requiredOutcome = text(at(outcome, "requiredOutcome"));
      const approach = text(at(outcome, "approach"));
      const useCases = texts(at(outcome, "useCases"));
      const desiredOutcome = requiredOutcome || approach || useCases.length ? { ...requiredOutcome && { requiredOutcome }, ...approach && { approach }, useCases } : void 0;
      const successCriteria = list(at(value, "successCriteria")).flatMap((c, index) => {
        const metric = text(at(c, "metric"));
        if (!metric) return [];
        const baseline = text(at(c, "baseline"));
        const targetDate = text(at(c, "targetDate"));
        const confirmed = at(c, "customerConfirmed") === true;
        const provenance2 = provenanceText(at(c, "provenance"), ctx);
        return [
          {
            key: `criterion-${index}`,
            metric,
            ...baseline && { baselineText: t.t("criterion.baseline", { value: baseline }) },
            target: text(at(c, "target")) ?? "",
            ...targetDate && { targetDateText: t.t("criterion.targetBy", { date: t.formatDate(targetDate) }) },
            confirmed,
            confirmedText: t.t(confirmed ? "criterion.confirmed" : "criterion.assumed"),
            ...provenance2 && { provenanceText: provenance2 }
          }
        ];
      });
      const commitments = list(at(value, "commitments")).flatMap((c, index) => {
        const item = text(at(c, "item"));
        const type = oneOf(at(c, "type"), ["contractual", "sow", "informal", "roadmap"]);
        if (!item || !type) return [];
        const owner = text(at(c, "owner"));
        const due = text(at(c, "dueDate"));
        const evidenceUrl = webUrl(at(c, "evidenceUrl"));
        const provenance2 = provenanceText(at(c, "provenance"), ctx);
        return [
          {
            key: `commitment-${index}`,
            item,
            type,
            typeText: enumText(ctx, "commitmentType", type),
            ...owner && { ownerText: t.t("detail.owner", { owner }) },
            ...due && { dueText: t.t("detail.due", { date: t.formatDate(due) }) },
            ...evidenceUrl && { evidenceUrl },
            ...provenance2 && { provenanceText: provenance2 }
          }
        ];
      });
      const terms = at(value, "commercialTerms");
      const products = texts(at(terms, "products"));
      const arr = num(at(terms, "arr"));
      const currency = text(at(terms, "currency"));
      const termMonths = num(at(terms, "termMonths"));
      const renewal = text(at(terms, "renewalDate"));
      const nonStandardTerms = text(at(terms, "nonStandardTerms"));
      const commercialParts = {
        ...products.length && { productsText: t.formatList(products) },
        ...arr !== void 0 && { arrText: currency ? t.formatCurrency(arr, currency) : t.formatNumber(arr) },
        ...termMonths !== void 0 && { termText: t.tn("commercial.term", termMonths) },
        ...renewal && { renewalText: t.t("commercial.renews", { date: t.formatDate(renewal) }) },
        ...nonStandardTerms && { nonStandardTerms }
      };
      const commercial = Object.keys(commercialParts).length ? commercialParts : void 0;
      const accountSentiment = oneOf(at(value, "accountSentiment"), sentiments);
      const stakeholders = list(at(value, "stakeholders")).flatMap((s, index) => {
        const name = text(at(s, "name"));
        const role2 = oneOf(at(s, "role"), ["champion", "economic-buyer", "influencer", "detractor", "power-user"]);
        const sentiment2 = oneOf(at(s, "sentiment"), sentiments);
        if (!name || !role2 || !sentiment2) return [];
        const jobTitle = text(at(s, "title"));
        return [
          {
            key: `stakeholder-${index}`,
            name,
            ...jobTitle && { jobTitle },
            roleText: enumText(ctx, "stakeholderRole", role2),
            sentiment: sentiment2,
            sentimentText: enumText(ctx, "sentiment", sentiment2)
          }
        ];
      });
      const objections = list(at(value, "objections")).flatMap((o, index) => {
        const objection = text(at(o, "objection"));
        if (!objection) return [];
        return [{ key: `objection-${index}`, objection, resolution: text(at(o, "resolution")) ?? "" }];
      });
      const competitors = texts(at(value, "competitors"));
      const whyWon = text(at(value, "whyWon"));
      const risks = list(at(value, "risks")).flatMap((r, index) => {
        const risk = text(at(r, "risk"));
        const severity2 = oneOf(at(r, "severity"), ["low", "medium", "high", "critical"]);
        const likelihood = oneOf(at(r, "likelihood"), levels);
        if (!risk || !severity2 || !likelihood) return [];
        const mitigation = text(at(r, "mitigation"));
        const owner = text(at(r, "owner"));
        return [
          {
            key: `known-risk-${index}`,
            risk,
            severityText: enumText(ctx, "severity", severity2),
            likelihoodText: enumText(ctx, "likelihood", likelihood),
            ...mitigation && { mitigation },
            ...owner && { ownerText: t.t("detail.owner", { owner }) }
          }
        ];
      });
      const needs = at(value, "technicalNeeds");
      const integrations = texts(at(needs, "integrations"));
      const sso = at(needs, "sso");
      const migration = text(at(needs, "migration"));
      const compliance = texts(at(needs, "compliance"));
      const technicalParts = {
        ...integrations.length && { integrationsText: t.formatList(integrations) },
        ...typeof sso === "boolean" && { ssoText: t.t(sso ? "technical.ssoRequired" : "technical.ssoNotRequired") },
        ...migration && { migration },
        ...compliance.length && { complianceText: t.formatList(compliance) }
      };
      const technical = Object.keys(technicalParts).length ? technicalParts : void 0;
      const timelineValue = at(value, "timeline");
      const timeline = ["closedWonAt", "submittedAt", "kickoffAt", "targetGoLive"].flatMap((name) => {
        const when = text(at(timelineValue, name));
        if (!when) return [];
        const dateText = name === "targetGoLive" ? t.formatDate(when) : t.formatDateTime(when);
        return [{ key: `timeline-${name}`, label: fieldLabel(KIND, `timeline.${name}`, t), dateText }];
      });
      const reviewValue = at(value, "review");
      const reviewedBy = text(at(reviewValue, "reviewedBy"));
      const reviewedAt = text(at(reviewValue, "reviewedAt"));
      const returnReason2 = oneOf(at(reviewValue, "returnReason"), [
        "missing-success-criteria",
        "unclear-commitments",
        "wrong-stakeholders",
        "commercial-mismatch",
        "other"
      ]);
      const returnNote = text(at(reviewValue, "returnNote"));
      let reviewedText;
      if (status === "accepted" || status === "returned") {
        const date4 = reviewedAt ? t.formatDate(reviewedAt) : "";
        const prefix = status === "accepted" ? "review.accepted" : "review.returned";
        if (reviewedBy && reviewedAt) reviewedText = t.t(`${prefix}By`, { name: reviewedBy, date: date4 });
        else if (reviewedAt) reviewedText = t.t(prefix, { date: date4 });
        else if (reviewedBy) reviewedText = byText(reviewedBy, void 0, ctx);
      }
      const reviewParts = {
        ...reviewedText && { reviewedText },
        ...returnReason2 && { returnReasonText: t.t("review.reason", { reason: enumText(ctx, "returnReason", returnReason2) }) },
        ...returnNote && { returnNote }
      };
      return {
        ...base,
        kind: KIND,
        status,
        statusText: enumText(ctx, "handoffStatus", status),
        notices: [
          ...base.notices,
          ...partialNotice(parseStatus, notices, ctx),
          ...reviewNotices(status, value, completeness, ctx),
          ...notices
        ],
        conflicts: metricConflicts(contradictions, (path) => fieldLabel(KIND, path, t), ctx),
        completeness,
        ...desiredOutcome && { desiredOutcome },
        successCriteria,
        commitments,
        ...commercial && { commercial },
        ...accountSentiment && { accountSentimentText: enumText(ctx, "sentiment", accountSentiment) },
        stakeholders,
        objections,
        ...competitors.length && { competitorsText: t.formatList(competitors) },
        ...whyWon && { whyWon },
        risks,
        ...technical && { technical },
        timeline,
        ...Object.keys(reviewParts).length && { review: reviewParts }
      };
    }
  );
}
function accountSentimentOf(result) {
  const status = at(result, "status");
  if (status !== "valid" && status !== "partial") return void 0;
  return oneOf(at(bag(at(result, "value")), "accountSentiment"), sentiments);
}
var KIND, reviewStatuses, sentiments, levels, mustHavePaths;
var init_handoff = __esm({
  "shared/src/view/handoff.ts"() {
    "use strict";
    init_i18n();
    init_paths();
    init_registry();
    init_completeness();
    init_conflicts();
    init_frame();
    init_parts();
    init_read();
    KIND = "sales-to-cs";
    reviewStatuses = ["draft", "submitted", "accepted", "returned"];
    sentiments = ["positive", "neutral", "negative"];
    levels = ["low", "medium", "high"];
    mustHavePaths = fieldsOf(KIND).filter((f) => f.mustHave).map((f) => f.path);
  }
});

// shared/src/view/customer-health.ts
function customerHealthView(result, options = {}, related) {
  return buildCard(
    "customer-health",
    result,
    options,
    (base) => ({ ...base, kind: "customer-health", drivers: [] }),
    ({ status, value, problems, contradictions }, base, ctx) => {
      const { t } = ctx;
      const score2 = readScore(at(value, "score"), at(value, "band"), ctx);
      const freshness = readFreshness("customer-health", at(value, "scoredAt"), at(value, "model"), ctx);
      const trend = oneOf(at(value, "trend"), ["improving", "steady", "declining"]);
      const intervention = readAction(at(value, "intervention"), ctx);
      const csm = at(value, "csmSentiment");
      const csmValue = oneOf(at(csm, "sentiment"), ["positive", "neutral", "negative"]);
      const note = text(at(csm, "note"));
      const by = byText(at(csm, "by"), at(csm, "at"), ctx);
      const csmSentiment = csmValue ? { sentimentText: enumText(ctx, "sentiment", csmValue), ...note && { note }, ...by && { byText: by } } : void 0;
      const notices = problemNotices("customer-health", problems, ctx);
      let handoff;
      try {
        handoff = related && typeof related === "object" ? related.handoff : void 0;
      } catch {
        handoff = void 0;
      }
      return {
        ...base,
        kind: "customer-health",
        notices: [...base.notices, ...partialNotice(status, notices, ctx), ...staleNotice(freshness, ctx), ...notices],
        conflicts: [
          ...healthConflict(score2, at(value, "scoredAt"), accountSentimentOf(handoff), ctx),
          ...metricConflicts(contradictions, (path) => fieldLabel("customer-health", path, t), ctx)
        ],
        ...score2 && { score: score2.view },
        ...freshness && { freshness },
        ...trend && { trend, trendText: enumText(ctx, "healthTrend", trend) },
        drivers: readFactors(at(value, "drivers"), score2, ctx, { keyPrefix: "driver", sentence: "driver" }),
        ...intervention && { intervention },
        ...csmSentiment && { csmSentiment }
      };
    }
  );
}
var init_customer_health2 = __esm({
  "shared/src/view/customer-health.ts"() {
    "use strict";
    init_i18n();
    init_conflicts();
    init_frame();
    init_handoff();
    init_parts();
    init_read();
  }
});

// shared/src/view/explain.ts
function join(...parts) {
  return parts.filter((p) => typeof p === "string" && p !== "").join(" \xB7 ");
}
function section(out, ctx, heading, body) {
  if (body.length === 0) return;
  out.push("", ctx.t.t(heading), ...body.map((line) => INDENT + line));
}
function scoreLine(score2) {
  if (!score2) return [];
  return [join(`${score2.valueText} ${score2.scaleText}`, score2.bandText, score2.levelText, score2.polarityText)];
}
function freshnessLines(freshness) {
  if (!freshness) return [];
  return [join(freshness.ageText, freshness.atText !== freshness.ageText && freshness.atText, freshness.modelText), ...freshness.staleText ? [freshness.staleText] : []];
}
function factorLines(factors) {
  return factors.flatMap((f) => [
    `${f.symbol} ${f.sentence}`,
    ...[f.evidence, join(f.sourceText, f.observedText)].filter(Boolean).map((line) => INDENT + line)
  ]);
}
function labelled(ctx, label2, value) {
  return ctx.t.t("text.labelled", { label: label2, value });
}
function conflictLines(conflicts, ctx) {
  return conflicts.flatMap((c) => [labelled(ctx, c.title, c.summary), INDENT + join(c.notifyText, c.ownerText, c.deadlineText)]);
}
function frame(view, ctx, body) {
  const out = [view.title];
  if (view.stateText) out.push(view.stateText);
  if (view.state === "ready") body(out);
  section(out, ctx, "section.conflicts", conflictLines(view.conflicts, ctx));
  section(
    out,
    ctx,
    "section.notices",
    view.notices.map((n) => `${n.tone === "error" ? "\u2717" : n.tone === "warning" ? "!" : "i"} ${n.text}`)
  );
  return `${out.join("\n")}
`;
}
function explainText(kind, result, options = {}) {
  const ctx = contextOf(options);
  const { t } = ctx;
  try {
    switch (kind) {
      case "lead-score": {
        const v = leadScoreView(result, options);
        return frame(v, ctx, (out) => {
          section(out, ctx, "section.score", [...scoreLine(v.score), ...freshnessLines(v.freshness)]);
          section(out, ctx, "section.whyScore", factorLines(v.factors));
          section(out, ctx, "section.intentSignals", v.intentSignals.map((s) => join(s.topic, s.strengthText, s.trendText, s.sourceText, s.observedText)));
          if (v.engagement) section(out, ctx, "section.engagement", [v.engagement.summary, join(v.engagement.lastTouchText, v.engagement.touchesText)].filter(Boolean));
          if (v.nextAction) section(out, ctx, "section.nextAction", [v.nextAction.action, ...[v.nextAction.rationale, join(v.nextAction.ownerText, v.nextAction.dueText)].filter((s) => !!s)]);
          if (v.disposition) section(out, ctx, "section.disposition", [join(v.disposition.statusText, v.disposition.byText), ...v.disposition.reason ? [v.disposition.reason] : []]);
          section(out, ctx, "section.feedback", [
            ...v.feedbackSummaryText ? [v.feedbackSummaryText] : [],
            ...v.feedback.map((f) => join(f.verdictText, f.byText, f.reason))
          ]);
        });
      }
      case "deal-risk": {
        const v = dealRiskView(result, options);
        return frame(v, ctx, (out) => {
          section(out, ctx, "section.winProbability", [...scoreLine(v.winProbability), ...freshnessLines(v.freshness)]);
          if (v.repForecast) section(out, ctx, "section.repForecast", [join(v.repForecast.categoryText, v.repForecast.probabilityText, v.repForecast.updatedText), ...v.gapText ? [v.gapText] : []]);
          section(out, ctx, "section.riskFactors", v.risks.flatMap((r) => [join(`[${r.severityText}] ${r.label}`, r.categoryText, r.detectedText, r.sourceText, r.ownerText), ...r.mitigation ? [INDENT + r.mitigation] : []]));
        });
      }
      case "sales-to-cs": {
        const v = handoffView(result, options);
        const c = v.completeness;
        const head = [t.t("explain.status", { status: v.statusText }), join(`${c.percentText}`, c.summaryText), ...c.missingText ? [c.missingText] : []];
        const out = [v.title, ...head];
        if (v.stateText) out.push(v.stateText);
        if (v.state === "ready") {
          const o = v.desiredOutcome;
          if (o) section(out, ctx, "section.desiredOutcome", [o.requiredOutcome, o.approach, o.useCases.length ? t.formatList(o.useCases) : void 0].filter((s) => !!s));
          section(out, ctx, "section.successCriteria", v.successCriteria.map((s) => join(words(s.metric, "\u2192", s.target), s.baselineText, s.targetDateText, s.confirmedText, s.provenanceText)));
          section(out, ctx, "section.commitments", v.commitments.map((m) => join(m.item, m.typeText, m.ownerText, m.dueText, m.evidenceUrl, m.provenanceText)));
          if (v.commercial) section(out, ctx, "section.commercialTerms", [join(v.commercial.productsText, v.commercial.arrText, v.commercial.termText, v.commercial.renewalText), ...v.commercial.nonStandardTerms ? [v.commercial.nonStandardTerms] : []]);
          if (v.accountSentimentText) section(out, ctx, "section.accountSentiment", [v.accountSentimentText]);
          section(out, ctx, "section.stakeholders", v.stakeholders.map((s) => join(s.name, s.jobTitle, s.roleText, s.sentimentText)));
          section(out, ctx, "section.objections", v.objections.map((o2) => `${o2.objection} \u2192 ${o2.resolution}`));
          if (v.competitorsText) section(out, ctx, "section.competitors", [v.competitorsText]);
          if (v.whyWon) section(out, ctx, "section.whyWon", [v.whyWon]);
          section(out, ctx, "section.knownRisks", v.risks.map((r) => join(r.risk, t.t("detail.severity", { value: r.severityText }), t.t("detail.likelihood", { value: r.likelihoodText }), r.mitigation, r.ownerText)));
          if (v.technical) section(out, ctx, "section.technicalNeeds", [v.technical.integrationsText, v.technical.ssoText, v.technical.migration, v.technical.complianceText].filter((s) => !!s));
          section(out, ctx, "section.timeline", v.timeline.map((e) => labelled(ctx, e.label, e.dateText)));
          if (v.review) section(out, ctx, "section.review", [v.review.reviewedText, v.review.returnReasonText, v.review.returnNote].filter((s) => !!s));
        }
        section(out, ctx, "section.conflicts", conflictLines(v.conflicts, ctx));
        section(out, ctx, "section.notices", v.notices.map((n) => `${n.tone === "error" ? "\u2717" : n.tone === "warning" ? "!" : "i"} ${n.text}`));
        return `${out.join("\n")}
`;
      }
      case "customer-health": {
        const v = customerHealthView(result, options);
        return frame(v, ctx, (out) => {
          section(out, ctx, "section.score", [...scoreLine(v.score), ...v.trendText ? [t.t("detail.trend", { value: v.trendText })] : [], ...freshnessLines(v.freshness)]);
          section(out, ctx, "section.drivers", factorLines(v.drivers));
          if (v.intervention) section(out, ctx, "section.intervention", [v.intervention.action, ...[v.intervention.rationale, join(v.intervention.ownerText, v.intervention.dueText)].filter((s) => !!s)]);
          if (v.csmSentiment) section(out, ctx, "section.csmSentiment", [join(v.csmSentiment.sentimentText, v.csmSentiment.byText), ...v.csmSentiment.note ? [v.csmSentiment.note] : []]);
        });
      }
      default:
        return `${t.t("state.unreadable")}
`;
    }
  } catch {
    return `${t.t("state.unreadable")}
`;
  }
}
var INDENT, words;
var init_explain = __esm({
  "shared/src/view/explain.ts"() {
    "use strict";
    init_context2();
    init_customer_health2();
    init_deal_risk2();
    init_handoff();
    init_lead_score2();
    INDENT = "  ";
    words = (...parts) => parts.filter(Boolean).join(" ");
  }
});

// shared/src/view/index.ts
var init_view = __esm({
  "shared/src/view/index.ts"() {
    "use strict";
    init_lead_score2();
    init_deal_risk2();
    init_handoff();
    init_customer_health2();
    init_explain();
  }
});

// shared/src/index.ts
var src_exports = {};
__export(src_exports, {
  LABEL_NAME_MAX: () => LABEL_NAME_MAX,
  LABEL_NAME_RULE: () => LABEL_NAME_RULE,
  MAX_PROBLEMS: () => MAX_PROBLEMS,
  acceptHandoff: () => acceptHandoff,
  addFeedback: () => addFeedback,
  catalog: () => catalog,
  checkConfig: () => checkConfig,
  columnAt: () => columnAt,
  columnsOf: () => columnsOf,
  completenessOf: () => completenessOf,
  completenessView: () => completenessView,
  contexts: () => contexts,
  customerHealth: () => customerHealth,
  customerHealthView: () => customerHealthView,
  dealRisk: () => dealRisk,
  dealRiskView: () => dealRiskView,
  defaultConfig: () => defaultConfig,
  describeExpected: () => describeExpected,
  describeType: () => describeType,
  describeValue: () => describeValue,
  en: () => en,
  explainText: () => explainText,
  fieldHelpKey: () => fieldHelpKey,
  fieldLabel: () => fieldLabel,
  fieldLabelKey: () => fieldLabelKey,
  fieldsOf: () => fieldsOf,
  fr: () => fr,
  handoffView: () => handoffView,
  hubspotPropertyName: () => hubspotPropertyName,
  interpolate: () => interpolate,
  isKind: () => isKind,
  isMessageKey: () => isMessageKey,
  isPluralKey: () => isPluralKey,
  keySegment: () => keySegment,
  kindKey: () => kindKey,
  kinds: () => kinds,
  labelName: () => labelName,
  languages: () => languages,
  leadScore: () => leadScore,
  leadScoreView: () => leadScoreView,
  limitFor: () => limitFor,
  messageKeyOf: () => messageKeyOf,
  messageKeys: () => messageKeys,
  parseHubSpotProperties: () => parseHubSpotProperties,
  parsePayload: () => parsePayload,
  parseSalesforceRecord: () => parseSalesforceRecord,
  pathText: () => pathText,
  placeholdersOf: () => placeholdersOf,
  pluralBase: () => pluralBase,
  prepareHubSpotWrite: () => prepareHubSpotWrite,
  prepareSalesforceWrite: () => prepareSalesforceWrite,
  prepareWrite: () => prepareWrite,
  problemKeys: () => problemKeys,
  problemText: () => problemText,
  registry: () => registry2,
  registryPath: () => registryPath,
  resolveConfig: () => resolveConfig,
  resolveLocale: () => resolveLocale,
  returnHandoff: () => returnHandoff,
  salesToCs: () => salesToCs,
  salesforceFieldName: () => salesforceFieldName,
  schemaAt: () => schemaAt,
  setDisposition: () => setDisposition,
  subjectOf: () => subjectOf,
  submitHandoff: () => submitHandoff,
  textLimits: () => textLimits,
  titleOf: () => titleOf,
  toDate: () => toDate,
  toHubSpotProperties: () => toHubSpotProperties,
  toInstant: () => toInstant,
  toNumber: () => toNumber,
  toSalesforceFields: () => toSalesforceFields,
  translator: () => translator,
  unwrap: () => unwrap
});
var init_src = __esm({
  "shared/src/index.ts"() {
    "use strict";
    init_contexts();
    init_registry();
    init_storage();
    init_parse3();
    init_write();
    init_view();
    init_i18n();
    init_config2();
  }
});

// hubspot-project/src/app/functions/saveProperties.js
var require_saveProperties = __commonJS({
  "hubspot-project/src/app/functions/saveProperties.js"(exports) {
    "use strict";
    var hubspot2 = (init_api_client(), __toCommonJS(api_client_exports));
    var LAST_MODIFIED = { contacts: "lastmodifieddate", deals: "hs_lastmodifieddate", companies: "hs_lastmodifieddate" };
    function instantOf(value) {
      if (value === null || value === void 0 || value === "") return void 0;
      const text2 = String(value).trim();
      const ms = /^\d+$/.test(text2) ? Number(text2) : Date.parse(text2);
      return Number.isFinite(ms) ? ms : void 0;
    }
    async function writableProperties(objectType) {
      const core = await Promise.resolve().then(() => (init_src(), src_exports));
      const names = /* @__PURE__ */ new Set();
      for (const kind of core.kinds) {
        if (!core.contexts[kind].storage.hubspot.includes(objectType)) continue;
        for (const { column } of core.columnsOf(kind)) names.add(core.hubspotPropertyName(column));
      }
      return { names, limit: core.textLimits.hubspot };
    }
    function refuse(code, message) {
      return { ok: false, code, message };
    }
    async function readRequest(parameters) {
      const { objectType, objectId, properties, seenModifiedAt } = parameters || {};
      if (!Object.prototype.hasOwnProperty.call(LAST_MODIFIED, objectType))
        return { refusal: refuse("invalid", `objectType must be one of ${Object.keys(LAST_MODIFIED).join(", ")}.`) };
      if (!/^\d+$/.test(String(objectId ?? ""))) return { refusal: refuse("invalid", "objectId must be a record id.") };
      if (instantOf(seenModifiedAt) === void 0)
        return { refusal: refuse("invalid", "seenModifiedAt (the last-modified date the card saw) is missing.") };
      if (!properties || typeof properties !== "object" || Array.isArray(properties) || Object.keys(properties).length === 0)
        return { refusal: refuse("invalid", "properties must name at least one property to write.") };
      const { names, limit } = await writableProperties(objectType);
      for (const [name, value] of Object.entries(properties)) {
        if (!names.has(name)) return { refusal: refuse("forbidden", `${name} is not a Handoff Context property of ${objectType}.`) };
        if (typeof value !== "string") return { refusal: refuse("invalid", `${name} must be sent as text.`) };
        if (value.length > limit) return { refusal: refuse("invalid", `${name} is longer than the ${limit} characters HubSpot keeps.`) };
      }
      return { objectType, objectId: String(objectId), properties, seen: instantOf(seenModifiedAt) };
    }
    function messageOf(error) {
      const status = error && (error.code || error.statusCode);
      const detail = error && error.body && error.body.message ? error.body.message : error && error.message;
      return status ? `HubSpot answered ${status}: ${detail}` : String(detail || error);
    }
    async function saveProperties(parameters, client) {
      const request = await readRequest(parameters);
      if (request.refusal) return request.refusal;
      const { objectType, objectId, properties, seen } = request;
      const api = client.crm[objectType].basicApi;
      const lastModified = LAST_MODIFIED[objectType];
      try {
        const current = await api.getById(objectId, [lastModified]);
        const now = instantOf(current.properties && current.properties[lastModified]);
        if (now !== seen)
          return refuse("conflict", "The record changed since the card read it; nothing was written.");
        const updated = await api.update(objectId, { properties });
        return { ok: true, modifiedAt: updated.properties && updated.properties[lastModified] || null };
      } catch (error) {
        return refuse("failed", messageOf(error));
      }
    }
    exports.saveProperties = saveProperties;
    exports.main = async (context) => {
      const client = new hubspot2.Client({ accessToken: "preview" });
      return saveProperties(context && context.parameters, client);
    };
  }
});

// preview/src/hubspot/host.tsx
var import_react4 = __toESM(require_react());
var import_client = __toESM(require_client());
init_hubspot_service();
init_host_context();

// preview/src/hubspot/ui-extensions.tsx
var import_react3 = __toESM(require_react());

// preview/src/hubspot/app-functions.ts
var appFunctions = /* @__PURE__ */ new Map();

// preview/src/hubspot/ui-extensions.tsx
init_host_context();

// preview/src/hubspot/components.tsx
var import_react2 = __toESM(require_react());
var import_jsx_runtime = __toESM(require_jsx_runtime());
function cx(...names) {
  return names.filter(Boolean).join(" ");
}
function test(testId) {
  return testId ? { "data-testid": testId } : {};
}
var HeadingLevel = (0, import_react2.createContext)(5);
function Text({ children, format, variant: variant2, inline, testId }) {
  const Tag2 = inline ? "span" : "p";
  return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(
    Tag2,
    {
      ...test(testId),
      className: cx(
        "hs-text",
        variant2 === "microcopy" && "hs-microcopy",
        format?.fontWeight === "bold" && "hs-bold",
        format?.fontWeight === "demibold" && "hs-demibold",
        format?.italic && "hs-italic",
        format?.lineDecoration === "strikethrough" && "hs-strike"
      ),
      children
    }
  );
}
function Heading({ children, inline, testId }) {
  const level = (0, import_react2.useContext)(HeadingLevel);
  const Tag2 = `h${Math.min(level, 6)}`;
  return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Tag2, { ...test(testId), className: cx("hs-heading", inline && "hs-inline"), children });
}
var gaps = { flush: "0", "extra-small": "4px", xs: "4px", small: "8px", sm: "8px", medium: "16px", md: "16px", large: "24px", lg: "24px", "extra-large": "32px", xl: "32px" };
var justify = { start: "flex-start", center: "center", end: "flex-end", around: "space-around", between: "space-between" };
var align = { start: "flex-start", center: "center", end: "flex-end", baseline: "baseline", stretch: "stretch" };
function Flex({ children, direction = "row", justify: j, align: a, alignSelf, wrap, gap = "flush", testId }) {
  return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(
    "div",
    {
      ...test(testId),
      className: "hs-flex",
      style: {
        display: "flex",
        flexDirection: direction,
        justifyContent: j ? justify[j] : void 0,
        alignItems: a ? align[a] : void 0,
        alignSelf: alignSelf ? align[alignSelf] : void 0,
        flexWrap: wrap === true || wrap === "wrap" ? "wrap" : void 0,
        gap: gaps[gap] ?? "0"
      },
      children
    }
  );
}
function Tag({ children, variant: variant2 = "default", onClick, testId }) {
  if (onClick)
    return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", { type: "button", ...test(testId), className: cx("hs-tag", `hs-tone-${variant2}`, "hs-tag-button"), onClick, children });
  return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { ...test(testId), className: cx("hs-tag", `hs-tone-${variant2}`), children });
}
function Alert({ children, title, variant: variant2 = "info", testId }) {
  const urgent = variant2 === "error" || variant2 === "danger";
  return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", { ...test(testId), className: cx("hs-alert", `hs-tone-${variant2}`), role: urgent ? "alert" : "status", children: [
    title ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { className: "hs-alert-title", children: title }) : null,
    /* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", { className: "hs-alert-body", children })
  ] });
}
function Button({ children, onClick, variant: variant2 = "secondary", type = "button", disabled, href, tooltip, testId }) {
  const className = cx("hs-button", `hs-button-${variant2}`);
  if (href) {
    const url3 = typeof href === "string" ? href : href.url;
    return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("a", { ...test(testId), className, href: url3, target: "_blank", rel: "noreferrer", title: tooltip, children });
  }
  return (
    // eslint-disable-next-line react/button-has-type
    /* @__PURE__ */ (0, import_jsx_runtime.jsx)("button", { ...test(testId), className, type, disabled, title: tooltip, onClick: onClick ? () => onClick() : void 0, children })
  );
}
function ButtonRow({ children, testId }) {
  return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", { ...test(testId), className: "hs-button-row", children });
}
function ProgressBar({ value = 0, maxValue = 100, showPercentage, valueDescription, title, variant: variant2 = "success", testId }) {
  const id = (0, import_react2.useId)();
  const percent = maxValue > 0 ? Math.round(Math.max(0, Math.min(value, maxValue)) / maxValue * 100) : 0;
  return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", { ...test(testId), className: "hs-progress", children: [
    title || showPercentage || valueDescription ? /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", { className: "hs-progress-labels", children: [
      title ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { id: `${id}-title`, children: title }) : null,
      /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { children: showPercentage ? `${percent}%` : valueDescription })
    ] }) : null,
    /* @__PURE__ */ (0, import_jsx_runtime.jsx)(
      "div",
      {
        className: cx("hs-progress-track", `hs-tone-${variant2}`),
        role: "progressbar",
        "aria-valuemin": 0,
        "aria-valuemax": maxValue,
        "aria-valuenow": value,
        "aria-valuetext": valueDescription ?? `${percent}%`,
        "aria-labelledby": title ? `${id}-title` : void 0,
        "aria-label": title ? void 0 : valueDescription ?? `${percent}%`,
        children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)("div", { className: "hs-progress-fill", style: { width: `${percent}%` } })
      }
    )
  ] });
}
function Divider({ testId }) {
  return /* @__PURE__ */ (0, import_jsx_runtime.jsx)("hr", { ...test(testId), className: "hs-divider" });
}
function Field({ id, label: label2, required: required3, description, error, validationMessage, children, testId }) {
  return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", { ...test(testId), className: cx("hs-field", error && "hs-field-error"), children: [
    /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("label", { htmlFor: id, className: "hs-label", children: [
      label2,
      required3 ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { className: "hs-required", children: " (required)" }) : null
    ] }),
    description ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { id: `${id}-description`, className: "hs-text hs-microcopy", children: description }) : null,
    children,
    error && validationMessage ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { id: `${id}-error`, className: "hs-validation", role: "alert", children: validationMessage }) : null
  ] });
}
function describedBy(id, props) {
  const ids = [props.description ? `${id}-description` : "", props.error && props.validationMessage ? `${id}-error` : ""].filter(Boolean);
  return ids.length ? ids.join(" ") : void 0;
}
function TextArea(props) {
  const id = (0, import_react2.useId)();
  return /* @__PURE__ */ (0, import_jsx_runtime.jsx)(Field, { ...props, id, children: /* @__PURE__ */ (0, import_jsx_runtime.jsx)(
    "textarea",
    {
      id,
      className: "hs-input hs-textarea",
      name: props.name,
      value: props.value,
      defaultValue: props.defaultValue,
      rows: props.rows ?? 3,
      cols: props.cols,
      maxLength: props.maxLength,
      required: props.required,
      readOnly: props.readOnly,
      disabled: props.disabled,
      placeholder: props.placeholder,
      "aria-invalid": props.error || void 0,
      "aria-describedby": describedBy(id, props),
      onChange: (e) => {
        props.onChange?.(e.target.value);
        props.onInput?.(e.target.value);
      },
      onBlur: (e) => props.onBlur?.(e.target.value),
      onFocus: (e) => props.onFocus?.(e.target.value)
    }
  ) });
}
function LoadingSpinner({ label: label2, showLabel, testId }) {
  return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", { ...test(testId), className: "hs-loading", role: "status", children: [
    /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { className: "hs-spinner", "aria-hidden": "true" }),
    /* @__PURE__ */ (0, import_jsx_runtime.jsx)("span", { className: showLabel ? void 0 : "hs-visually-hidden", children: label2 })
  ] });
}
function EmptyState({ children, title, testId }) {
  return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", { ...test(testId), className: "hs-empty-state", children: [
    title ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { className: "hs-empty-title", children: title }) : null,
    children
  ] });
}
function ErrorState({ children, title, testId }) {
  return /* @__PURE__ */ (0, import_jsx_runtime.jsxs)("div", { ...test(testId), className: "hs-error-state", role: "alert", children: [
    title ? /* @__PURE__ */ (0, import_jsx_runtime.jsx)("p", { className: "hs-empty-title", children: title }) : null,
    children
  ] });
}

// preview/src/hubspot/ui-extensions.tsx
var registrations = [];
var currentRecord = {};
async function serverless(name, options = {}) {
  const service = preview().hubspot;
  const fn = appFunctions.get(name);
  const entry = { name, parameters: options.parameters };
  preview().writes.push({ serverless: entry });
  if (!fn) throw new Error(`The app has no function named ${name}.`);
  let propertiesToSend;
  if (options.propertiesToSend?.length && currentRecord.objectType && currentRecord.objectId !== void 0) {
    const object2 = service.object(currentRecord.objectType, currentRecord.objectId);
    propertiesToSend = Object.fromEntries(options.propertiesToSend.map((n) => [n, object2?.properties[n] ?? null]));
  }
  return await fn({ parameters: options.parameters, propertiesToSend });
}
var hubspot = {
  extend(render) {
    registrations.push(render);
  },
  serverless,
  fetch: () => Promise.reject(new Error("The preview has no backend for hubspot.fetch."))
};
var ExtensionApiContext = (0, import_react3.createContext)(null);
function useExtensionContext() {
  return (0, import_react3.useContext)(ExtensionApiContext)?.context;
}
function useExtensionActions() {
  return (0, import_react3.useContext)(ExtensionApiContext)?.actions;
}

// preview/src/hubspot/host.tsx
var import_jsx_runtime2 = __toESM(require_jsx_runtime());
function CardFrame({ spec, render, record }) {
  const [alerts, setAlerts] = (0, import_react4.useState)([]);
  const addAlert = (0, import_react4.useCallback)((alert) => {
    setAlerts((list2) => [...list2.slice(-2), { ...alert, key: Date.now() + Math.random() }]);
  }, []);
  const { settings, hubspot: hubspot2 } = preview();
  const host = { card: spec.uid, objectType: record.objectType, objectId: record.objectId, addAlert };
  const context = {
    location: spec.location,
    user: {
      id: 1001,
      email: "preview.user@example.com",
      emails: ["preview.user@example.com"],
      firstName: "Preview",
      lastName: "User",
      locale: settings.locale,
      language: settings.locale.split("-")[0],
      roles: [],
      teams: [],
      permissions: []
    },
    portal: { id: 1234567, timezone: settings.timeZone },
    crm: { objectId: record.objectId, objectTypeId: objectTypeIds[record.objectType] },
    extension: { appId: "handoff-context", appName: "Handoff Context", cardTitle: spec.label }
  };
  const actions = {
    addAlert,
    reloadPage: () => location.reload(),
    fetchCrmObjectProperties: (names) => hubspot2.properties(record.objectType, record.objectId, names, spec.uid),
    refreshObjectProperties: () => hubspot2.changed(),
    onCrmPropertiesUpdate: (names, callback) => {
      hubspot2.onChange(() => {
        hubspot2.properties(record.objectType, record.objectId, names, spec.uid).then(callback, () => {
        });
      });
    },
    openIframeModal: () => addAlert({ type: "info", message: "The preview does not open iframe modals." })
  };
  const runServerlessFunction = () => Promise.reject(new Error("runServerlessFunction is deprecated; use hubspot.serverless."));
  return /* @__PURE__ */ (0, import_jsx_runtime2.jsx)(HostContext.Provider, { value: host, children: /* @__PURE__ */ (0, import_jsx_runtime2.jsx)(ExtensionApiContext.Provider, { value: { context, actions }, children: /* @__PURE__ */ (0, import_jsx_runtime2.jsxs)("article", { className: "hs-card", "aria-labelledby": `hs-title-${spec.uid}`, children: [
    /* @__PURE__ */ (0, import_jsx_runtime2.jsx)("h4", { className: "hs-card-title", id: `hs-title-${spec.uid}`, children: spec.label }),
    alerts.map((a) => /* @__PURE__ */ (0, import_jsx_runtime2.jsxs)("div", { className: `hs-alert hs-tone-${a.type === "danger" ? "error" : a.type ?? "info"}`, role: "status", children: [
      a.title ? /* @__PURE__ */ (0, import_jsx_runtime2.jsx)("p", { className: "hs-alert-title", children: a.title }) : null,
      /* @__PURE__ */ (0, import_jsx_runtime2.jsx)("div", { className: "hs-alert-body", children: a.message })
    ] }, a.key)),
    /* @__PURE__ */ (0, import_jsx_runtime2.jsx)("div", { className: "hs-card-body", children: render({ context, actions, runServerlessFunction }) })
  ] }) }) });
}
function registerCards(specs) {
  if (registrations.length !== specs.length) {
    throw new Error(`${specs.length} HubSpot cards in hsmeta files, but ${registrations.length} called hubspot.extend.`);
  }
  const renders = new Map(specs.map((spec, i) => [spec.uid, registrations[i]]));
  globalThis.__handoffPreview.registerHubSpot({
    cards: specs,
    mount(container, spec, record) {
      Object.assign(currentRecord, { objectType: record.objectType, objectId: record.objectId, card: spec.uid });
      (0, import_client.createRoot)(container).render(/* @__PURE__ */ (0, import_jsx_runtime2.jsx)(CardFrame, { spec, render: renders.get(spec.uid), record }));
    }
  });
}

// preview/src/hubspot/hubspot-entry.ts
var Fn0 = __toESM(require_saveProperties());

// hubspot-project/src/app/cards/LeadScoreCard.tsx
init_src();

// hubspot-project/src/app/cards/components/ActionSummary.tsx
var import_jsx_runtime3 = __toESM(require_jsx_runtime(), 1);
function ActionSummary({ heading, action: action2, testId }) {
  if (!action2) return null;
  return /* @__PURE__ */ (0, import_jsx_runtime3.jsxs)(Flex, { direction: "column", gap: "xs", testId, children: [
    /* @__PURE__ */ (0, import_jsx_runtime3.jsx)(Heading, { children: heading }),
    /* @__PURE__ */ (0, import_jsx_runtime3.jsx)(Text, { format: { fontWeight: "demibold" }, children: action2.action }),
    action2.rationale && /* @__PURE__ */ (0, import_jsx_runtime3.jsx)(Text, { children: action2.rationale }),
    (action2.ownerText || action2.dueText) && /* @__PURE__ */ (0, import_jsx_runtime3.jsx)(Text, { variant: "microcopy", children: [action2.ownerText, action2.dueText].filter(Boolean).join(" \xB7 ") })
  ] });
}

// hubspot-project/src/app/cards/components/CardStatus.tsx
var import_jsx_runtime4 = __toESM(require_jsx_runtime(), 1);
function Loading({ t }) {
  return /* @__PURE__ */ (0, import_jsx_runtime4.jsx)(LoadingSpinner, { label: t.t("state.loading"), showLabel: true, testId: "hc-loading" });
}
function LoadError({ t, objectType, onRetry }) {
  return /* @__PURE__ */ (0, import_jsx_runtime4.jsxs)(ErrorState, { title: t.t("state.unreadable"), testId: "hc-load-error", children: [
    /* @__PURE__ */ (0, import_jsx_runtime4.jsx)(Text, { children: t.t("access.hubspot", { objectType }) }),
    onRetry && /* @__PURE__ */ (0, import_jsx_runtime4.jsx)(Button, { onClick: () => onRetry(), children: t.t("button.retry") })
  ] });
}
function Empty({ title, text: text2 }) {
  return /* @__PURE__ */ (0, import_jsx_runtime4.jsx)(EmptyState, { title, layout: "vertical", flush: true, testId: "hc-empty", children: /* @__PURE__ */ (0, import_jsx_runtime4.jsx)(Text, { children: text2 }) });
}
function Unreadable({ title, text: text2 }) {
  return /* @__PURE__ */ (0, import_jsx_runtime4.jsx)(Alert, { variant: "danger", title, testId: "hc-invalid", children: text2 });
}

// hubspot-project/src/app/cards/components/ConflictList.tsx
var import_jsx_runtime5 = __toESM(require_jsx_runtime(), 1);
function ConflictList({ conflicts }) {
  if (conflicts.length === 0) return null;
  return /* @__PURE__ */ (0, import_jsx_runtime5.jsx)(Flex, { direction: "column", gap: "sm", testId: "hc-conflicts", children: conflicts.map((conflict) => /* @__PURE__ */ (0, import_jsx_runtime5.jsxs)(Alert, { variant: "warning", title: conflict.title, testId: `hc-conflict-${conflict.type}`, children: [
    /* @__PURE__ */ (0, import_jsx_runtime5.jsx)(Text, { children: conflict.summary }),
    /* @__PURE__ */ (0, import_jsx_runtime5.jsx)(Text, { children: conflict.ownerText }),
    /* @__PURE__ */ (0, import_jsx_runtime5.jsx)(Text, { children: conflict.notifyText }),
    /* @__PURE__ */ (0, import_jsx_runtime5.jsx)(Text, { format: { fontWeight: "demibold" }, children: conflict.deadlineText })
  ] }, conflict.key)) });
}

// hubspot-project/src/app/cards/components/FactorList.tsx
var import_jsx_runtime6 = __toESM(require_jsx_runtime(), 1);
function FactorList({ heading, factors, testId }) {
  if (factors.length === 0) return null;
  return /* @__PURE__ */ (0, import_jsx_runtime6.jsxs)(Flex, { direction: "column", gap: "sm", testId, children: [
    /* @__PURE__ */ (0, import_jsx_runtime6.jsx)(Heading, { children: heading }),
    factors.map((factor2) => /* @__PURE__ */ (0, import_jsx_runtime6.jsxs)(Flex, { direction: "column", gap: "flush", children: [
      /* @__PURE__ */ (0, import_jsx_runtime6.jsxs)(Flex, { direction: "row", gap: "xs", align: "center", wrap: "wrap", children: [
        /* @__PURE__ */ (0, import_jsx_runtime6.jsx)(Tag, { variant: factor2.direction === "raises" ? "success" : "warning", children: `${factor2.symbol} ${factor2.directionText}` }),
        /* @__PURE__ */ (0, import_jsx_runtime6.jsx)(Text, { format: { fontWeight: "demibold" }, children: factor2.label }),
        /* @__PURE__ */ (0, import_jsx_runtime6.jsx)(Text, { children: factor2.weightText })
      ] }),
      /* @__PURE__ */ (0, import_jsx_runtime6.jsx)(Text, { children: factor2.sentence }),
      factor2.evidence && /* @__PURE__ */ (0, import_jsx_runtime6.jsx)(Text, { variant: "microcopy", children: factor2.evidence }),
      (factor2.sourceText || factor2.observedText) && /* @__PURE__ */ (0, import_jsx_runtime6.jsx)(Text, { variant: "microcopy", children: [factor2.sourceText, factor2.observedText].filter(Boolean).join(" \xB7 ") })
    ] }, factor2.key))
  ] });
}

// hubspot-project/src/app/cards/components/Freshness.tsx
var import_jsx_runtime7 = __toESM(require_jsx_runtime(), 1);
function Freshness({ freshness }) {
  if (!freshness) return null;
  return /* @__PURE__ */ (0, import_jsx_runtime7.jsxs)(Flex, { direction: "column", gap: "xs", testId: "hc-freshness", children: [
    /* @__PURE__ */ (0, import_jsx_runtime7.jsxs)(Text, { variant: "microcopy", children: [
      freshness.ageText,
      " \xB7 ",
      freshness.atText,
      " \xB7 ",
      freshness.modelText
    ] }),
    freshness.isStale && freshness.staleText && /* @__PURE__ */ (0, import_jsx_runtime7.jsx)(Tag, { variant: "warning", testId: "hc-stale", children: freshness.staleText })
  ] });
}

// hubspot-project/src/app/cards/components/lead/FeedbackForm.tsx
var import_react6 = __toESM(require_react(), 1);
init_src();

// hubspot-project/src/app/cards/hooks/useSave.ts
var import_react5 = __toESM(require_react(), 1);
var saveFunctionUid = "hc_save_properties";
function useSave(target, t) {
  const actions = useExtensionActions();
  const [state, setState] = (0, import_react5.useState)({ status: "idle" });
  const { objectType, objectId, modifiedAt, refetch } = target;
  const save = (0, import_react5.useCallback)(
    async (properties) => {
      setState({ status: "saving" });
      let response;
      try {
        response = await hubspot.serverless(saveFunctionUid, {
          parameters: { objectType, objectId, properties, seenModifiedAt: modifiedAt }
        });
      } catch (error) {
        setState({ status: "failed", message: t.t("state.saveFailed", { reason: error?.message ?? String(error) }) });
        return false;
      }
      if (!response || response.ok !== true) {
        const failure2 = response;
        const message = failure2?.code === "conflict" ? t.t("state.concurrentEdit") : t.t("state.saveFailed", { reason: failure2?.message ?? "\u2014" });
        setState({ status: "failed", message });
        return false;
      }
      setState({ status: "saved" });
      actions?.refreshObjectProperties?.();
      await refetch().catch(() => void 0);
      return true;
    },
    [actions, modifiedAt, objectId, objectType, refetch, t]
  );
  return { state, save, reset: () => setState({ status: "idle" }) };
}

// hubspot-project/src/app/cards/utils/problems.ts
init_src();
function refusalText(t, kind, problems) {
  const texts2 = problems.slice(0, 3).map((p) => problemText(p, t, kind));
  return t.t("state.saveFailed", { reason: texts2.join(" ") });
}

// hubspot-project/src/app/cards/components/SaveStatus.tsx
var import_jsx_runtime8 = __toESM(require_jsx_runtime(), 1);
function SaveStatus({ t, state, refusal: refusal2, savedText }) {
  if (refusal2) return /* @__PURE__ */ (0, import_jsx_runtime8.jsx)(Alert, { variant: "danger", title: refusal2, testId: "hc-save-refused" });
  if (state.status === "saving") return /* @__PURE__ */ (0, import_jsx_runtime8.jsx)(LoadingSpinner, { label: t.t("state.saving"), showLabel: true, testId: "hc-saving" });
  if (state.status === "saved") return /* @__PURE__ */ (0, import_jsx_runtime8.jsx)(Alert, { variant: "success", title: savedText ?? t.t("state.saved"), testId: "hc-saved" });
  if (state.status === "failed") return /* @__PURE__ */ (0, import_jsx_runtime8.jsx)(Alert, { variant: "danger", title: state.message, testId: "hc-save-failed" });
  return null;
}

// hubspot-project/src/app/cards/components/lead/FeedbackForm.tsx
var import_jsx_runtime9 = __toESM(require_jsx_runtime(), 1);
function FeedbackForm({ t, target, storedFeedback, userName, now = () => /* @__PURE__ */ new Date() }) {
  const { state, save } = useSave(target, t);
  const [disagreeing, setDisagreeing] = (0, import_react6.useState)(false);
  const [reason, setReason] = (0, import_react6.useState)("");
  const [refusal2, setRefusal] = (0, import_react6.useState)();
  const [reasonMissing, setReasonMissing] = (0, import_react6.useState)(false);
  const send = async (verdict) => {
    setRefusal(void 0);
    if (verdict === "disagree" && reason.trim() === "") {
      setReasonMissing(true);
      return;
    }
    const entry = { verdict, ...verdict === "disagree" && { reason: reason.trim() }, by: userName, at: now().toISOString() };
    const added = addFeedback(storedFeedback, entry, { platform: "hubspot" });
    if (!added.ok) {
      setRefusal(refusalText(t, "lead-score", added.problems));
      return;
    }
    if (await save(toHubSpotProperties(added.columns))) {
      setDisagreeing(false);
      setReason("");
    }
  };
  const busy = state.status === "saving";
  return /* @__PURE__ */ (0, import_jsx_runtime9.jsxs)(Flex, { direction: "column", gap: "sm", testId: "hc-feedback-form", children: [
    /* @__PURE__ */ (0, import_jsx_runtime9.jsxs)(ButtonRow, { children: [
      /* @__PURE__ */ (0, import_jsx_runtime9.jsx)(Button, { testId: "hc-feedback-helpful", disabled: busy, onClick: () => send("helpful"), children: t.t("button.helpful") }),
      /* @__PURE__ */ (0, import_jsx_runtime9.jsx)(Button, { testId: "hc-feedback-not-helpful", disabled: busy, onClick: () => send("not-helpful"), children: t.t("button.notHelpful") }),
      /* @__PURE__ */ (0, import_jsx_runtime9.jsx)(Button, { testId: "hc-feedback-disagree", disabled: busy, onClick: () => setDisagreeing(true), children: t.t("button.disagree") })
    ] }),
    disagreeing && /* @__PURE__ */ (0, import_jsx_runtime9.jsxs)(Flex, { direction: "column", gap: "xs", children: [
      /* @__PURE__ */ (0, import_jsx_runtime9.jsx)(
        TextArea,
        {
          name: "hc-feedback-reason",
          testId: "hc-feedback-reason",
          label: t.t("feedback.reasonLabel"),
          description: t.t("feedback.reasonHelp"),
          required: true,
          value: reason,
          error: reasonMissing,
          validationMessage: reasonMissing ? t.t("feedback.reasonRequired") : void 0,
          onChange: (value) => {
            setReason(value);
            setReasonMissing(false);
          }
        }
      ),
      /* @__PURE__ */ (0, import_jsx_runtime9.jsxs)(ButtonRow, { children: [
        /* @__PURE__ */ (0, import_jsx_runtime9.jsx)(Button, { testId: "hc-feedback-send", variant: "primary", disabled: busy, onClick: () => send("disagree"), children: t.t("button.sendFeedback") }),
        /* @__PURE__ */ (0, import_jsx_runtime9.jsx)(Button, { testId: "hc-feedback-cancel", disabled: busy, onClick: () => setDisagreeing(false), children: t.t("button.cancel") })
      ] })
    ] }),
    /* @__PURE__ */ (0, import_jsx_runtime9.jsx)(SaveStatus, { t, state, refusal: refusal2, savedText: t.t("feedback.sent") })
  ] });
}

// hubspot-project/src/app/cards/components/lead/LeadScoreDetails.tsx
var import_jsx_runtime10 = __toESM(require_jsx_runtime(), 1);
var strengthVariant = { high: "success", medium: "info", low: "default" };
function LeadScoreDetails({ t, view }) {
  return /* @__PURE__ */ (0, import_jsx_runtime10.jsxs)(import_jsx_runtime10.Fragment, { children: [
    view.intentSignals.length > 0 && /* @__PURE__ */ (0, import_jsx_runtime10.jsxs)(Flex, { direction: "column", gap: "xs", testId: "hc-intent", children: [
      /* @__PURE__ */ (0, import_jsx_runtime10.jsx)(Heading, { children: t.t("section.intentSignals") }),
      view.intentSignals.map((signal) => /* @__PURE__ */ (0, import_jsx_runtime10.jsxs)(Flex, { direction: "row", gap: "xs", align: "center", wrap: "wrap", children: [
        /* @__PURE__ */ (0, import_jsx_runtime10.jsx)(Text, { format: { fontWeight: "demibold" }, children: signal.topic }),
        /* @__PURE__ */ (0, import_jsx_runtime10.jsx)(Tag, { variant: strengthVariant[signal.strength], children: signal.strengthText }),
        [signal.trendText, signal.sourceText, signal.observedText].filter(Boolean).map((detail) => /* @__PURE__ */ (0, import_jsx_runtime10.jsx)(Text, { variant: "microcopy", children: detail }, detail))
      ] }, signal.key))
    ] }),
    view.engagement && /* @__PURE__ */ (0, import_jsx_runtime10.jsxs)(Flex, { direction: "column", gap: "xs", testId: "hc-engagement", children: [
      /* @__PURE__ */ (0, import_jsx_runtime10.jsx)(Heading, { children: t.t("section.engagement") }),
      /* @__PURE__ */ (0, import_jsx_runtime10.jsx)(Text, { children: view.engagement.summary }),
      (view.engagement.lastTouchText || view.engagement.touchesText) && /* @__PURE__ */ (0, import_jsx_runtime10.jsx)(Text, { variant: "microcopy", children: [view.engagement.lastTouchText, view.engagement.touchesText].filter(Boolean).join(" \xB7 ") })
    ] }),
    view.disposition && /* @__PURE__ */ (0, import_jsx_runtime10.jsxs)(Flex, { direction: "column", gap: "xs", testId: "hc-disposition", children: [
      /* @__PURE__ */ (0, import_jsx_runtime10.jsx)(Heading, { children: t.t("section.disposition") }),
      /* @__PURE__ */ (0, import_jsx_runtime10.jsx)(Text, { children: [view.disposition.statusText, view.disposition.reason, view.disposition.byText].filter(Boolean).join(" \xB7 ") })
    ] }),
    (view.feedback.length > 0 || view.feedbackSummaryText) && /* @__PURE__ */ (0, import_jsx_runtime10.jsxs)(Flex, { direction: "column", gap: "xs", testId: "hc-feedback-list", children: [
      /* @__PURE__ */ (0, import_jsx_runtime10.jsx)(Heading, { children: t.t("section.feedback") }),
      view.feedbackSummaryText && /* @__PURE__ */ (0, import_jsx_runtime10.jsx)(Text, { children: view.feedbackSummaryText }),
      view.feedback.map((entry) => /* @__PURE__ */ (0, import_jsx_runtime10.jsx)(Text, { variant: "microcopy", children: [entry.verdictText, entry.reason, entry.byText].filter(Boolean).join(" \xB7 ") }, entry.key))
    ] })
  ] });
}

// hubspot-project/src/app/cards/components/Notices.tsx
var import_jsx_runtime11 = __toESM(require_jsx_runtime(), 1);
var variant = { info: "info", success: "success", warning: "warning", error: "danger" };
function Notices({ notices }) {
  if (notices.length === 0) return null;
  return /* @__PURE__ */ (0, import_jsx_runtime11.jsx)(import_jsx_runtime11.Fragment, { children: notices.map((notice) => /* @__PURE__ */ (0, import_jsx_runtime11.jsx)(Alert, { variant: variant[notice.tone] ?? "info", title: notice.text, testId: `hc-notice-${notice.key}` }, notice.key)) });
}

// hubspot-project/src/app/cards/components/ScoreSummary.tsx
var import_jsx_runtime12 = __toESM(require_jsx_runtime(), 1);
var levelVariant = { high: "success", medium: "warning", low: "error" };
function ScoreSummary({ title, score: score2, testId }) {
  if (!score2) return null;
  return /* @__PURE__ */ (0, import_jsx_runtime12.jsxs)(Flex, { direction: "column", gap: "xs", testId, children: [
    /* @__PURE__ */ (0, import_jsx_runtime12.jsxs)(Flex, { direction: "row", gap: "sm", align: "center", children: [
      /* @__PURE__ */ (0, import_jsx_runtime12.jsx)(Heading, { children: `${score2.valueText} ${score2.scaleText}` }),
      /* @__PURE__ */ (0, import_jsx_runtime12.jsx)(Tag, { variant: levelVariant[score2.level], children: score2.levelText }),
      score2.bandText && /* @__PURE__ */ (0, import_jsx_runtime12.jsx)(Tag, { variant: "default", children: score2.bandText })
    ] }),
    /* @__PURE__ */ (0, import_jsx_runtime12.jsx)(
      ProgressBar,
      {
        value: Math.round(score2.goodness * 100),
        maxValue: 100,
        "aria-label": `${title}: ${score2.valueText} ${score2.scaleText}`,
        valueDescription: score2.levelText
      }
    ),
    /* @__PURE__ */ (0, import_jsx_runtime12.jsx)(Text, { variant: "microcopy", children: score2.polarityText })
  ] });
}

// hubspot-project/src/app/cards/hooks/useCardSettings.ts
var import_react7 = __toESM(require_react(), 1);
init_src();
function nameOf(user) {
  const name = [user?.firstName, user?.lastName].filter((part) => typeof part === "string" && part.trim() !== "").join(" ");
  return name || user?.email || "";
}
function useCardSettings() {
  const context = useExtensionContext();
  const locale = context?.user?.locale;
  const timeZone = context?.portal?.timezone;
  const objectId = String(context?.crm?.objectId ?? "");
  const userName = nameOf(context?.user);
  return (0, import_react7.useMemo)(
    () => ({ t: translator(locale, void 0, timeZone), viewOptions: { locale, timeZone }, userName, objectId }),
    [locale, timeZone, userName, objectId]
  );
}

// hubspot-project/src/app/cards/hooks/useContextPayload.ts
var import_react9 = __toESM(require_react(), 1);

// preview/src/hubspot/crm.tsx
var import_react8 = __toESM(require_react());
init_host_context();
var import_jsx_runtime13 = __toESM(require_jsx_runtime());
function useFetch(initial, key, load) {
  const [state, setState] = (0, import_react8.useState)({ data: initial, error: null, isLoading: true, isRefetching: false });
  const loadRef = (0, import_react8.useRef)(load);
  loadRef.current = load;
  const run = (0, import_react8.useCallback)(
    async (isRefetch) => {
      setState((s) => isRefetch ? { ...s, isRefetching: true, error: null } : { ...s, isLoading: true, error: null });
      try {
        const data = await loadRef.current();
        setState({ data, error: null, isLoading: false, isRefetching: false });
      } catch (error) {
        setState((s) => ({ data: isRefetch ? s.data : initial, error, isLoading: false, isRefetching: false }));
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key]
  );
  (0, import_react8.useEffect)(() => {
    run(false);
    return preview().hubspot.onChange(() => run(true));
  }, [run]);
  return { ...state, refetch: () => run(true) };
}
function useCrmProperties(propertyNames, _options) {
  const host = useHost();
  const names = [...propertyNames ?? []].sort();
  const { data, refetch, ...rest } = useFetch(
    {},
    `${host.objectType}/${host.objectId}/${names.join(",")}`,
    () => preview().hubspot.properties(host.objectType, host.objectId, names, host.card)
  );
  return { properties: data, ...rest, refetch };
}
function platformOnly(name) {
  return function PlatformOnly() {
    return /* @__PURE__ */ (0, import_jsx_runtime13.jsx)("p", { className: "hs-text hs-microcopy", children: `${name} is shown by HubSpot on the real record page.` });
  };
}
var CrmPropertyList = platformOnly("CrmPropertyList");
var CrmAssociationTable = platformOnly("CrmAssociationTable");
var CrmDataHighlight = platformOnly("CrmDataHighlight");
var CrmReport = platformOnly("CrmReport");
var CrmAssociationPivot = platformOnly("CrmAssociationPivot");
var CrmAssociationPropertyList = platformOnly("CrmAssociationPropertyList");
var CrmAssociationStageTracker = platformOnly("CrmAssociationStageTracker");
var CrmSimpleDeadline = platformOnly("CrmSimpleDeadline");
var CrmStageTracker = platformOnly("CrmStageTracker");
var CrmStatistics = platformOnly("CrmStatistics");
var CrmActionButton = platformOnly("CrmActionButton");
var CrmActionLink = platformOnly("CrmActionLink");
var CrmCardActions = platformOnly("CrmCardActions");

// hubspot-project/src/app/cards/hooks/useContextPayload.ts
init_src();

// hubspot-project/src/app/cards/utils/properties.ts
init_src();
var lastModifiedProperty = {
  contacts: "lastmodifieddate",
  deals: "hs_lastmodifieddate",
  companies: "hs_lastmodifieddate"
};
function propertiesOf(kind) {
  return columnsOf(kind).map(({ column }) => hubspotPropertyName(column));
}
function reads(objectType, kinds2, extra = []) {
  return [...kinds2.flatMap(propertiesOf), ...extra, lastModifiedProperty[objectType]];
}
var cardReads = {
  hc_lead_score_card: {
    objectType: "contacts",
    kinds: ["lead-score"],
    properties: reads("contacts", ["lead-score"]),
    associations: []
  },
  hc_deal_card: {
    objectType: "deals",
    kinds: ["deal-risk", "sales-to-cs"],
    properties: reads("deals", ["deal-risk", "sales-to-cs"]),
    associations: []
  },
  hc_company_card: {
    objectType: "companies",
    kinds: ["customer-health"],
    properties: reads("companies", ["customer-health"]),
    associations: [
      {
        toObjectType: "deals",
        kinds: ["sales-to-cs"],
        // dealstage and closedate pick the latest closed-won deal; dealname titles it.
        properties: [...propertiesOf("sales-to-cs"), "dealname", "dealstage", "closedate", "hs_is_closed_won"]
      }
    ]
  }
};
function hubspotPropertyOf(kind, path) {
  const field2 = fieldsOf(kind).find((f) => f.path === path && f.column);
  if (!field2?.column) throw new Error(`${kind}:${path} has no column`);
  return hubspotPropertyName(field2.column);
}

// hubspot-project/src/app/cards/hooks/useContextPayload.ts
function useContextPayload(cardUid) {
  const read = cardReads[cardUid];
  const { properties, isLoading, error, refetch } = useCrmProperties(read.properties);
  return (0, import_react9.useMemo)(() => {
    if (error) return { status: "error", error, refetch };
    if (isLoading) return { status: "loading" };
    const results = {};
    for (const kind of read.kinds) results[kind] = parseHubSpotProperties(kind, properties);
    return {
      status: "ready",
      results,
      properties,
      modifiedAt: properties[lastModifiedProperty[read.objectType]] ?? null,
      refetch
    };
  }, [error, isLoading, properties, read, refetch]);
}

// hubspot-project/src/app/cards/LeadScoreCard.tsx
var import_jsx_runtime14 = __toESM(require_jsx_runtime(), 1);
hubspot.extend(() => /* @__PURE__ */ (0, import_jsx_runtime14.jsx)(LeadScoreCard, {}));
function LeadScoreCard({ now }) {
  const { t, viewOptions, userName, objectId } = useCardSettings();
  const payload = useContextPayload("hc_lead_score_card");
  if (payload.status === "loading") return /* @__PURE__ */ (0, import_jsx_runtime14.jsx)(Loading, { t });
  if (payload.status === "error") return /* @__PURE__ */ (0, import_jsx_runtime14.jsx)(LoadError, { t, objectType: "contact", onRetry: () => void payload.refetch() });
  const view = leadScoreView(payload.results["lead-score"], { ...viewOptions, now });
  if (view.state === "empty") return /* @__PURE__ */ (0, import_jsx_runtime14.jsx)(Empty, { title: view.title, text: view.stateText ?? "" });
  if (view.state === "invalid") return /* @__PURE__ */ (0, import_jsx_runtime14.jsx)(Unreadable, { title: view.title, text: view.stateText ?? "" });
  const target = { objectType: "contacts", objectId, modifiedAt: payload.modifiedAt, refetch: payload.refetch };
  return /* @__PURE__ */ (0, import_jsx_runtime14.jsxs)(Flex, { direction: "column", gap: "md", testId: "hc-lead-score-card", children: [
    /* @__PURE__ */ (0, import_jsx_runtime14.jsx)(Heading, { children: view.title }),
    /* @__PURE__ */ (0, import_jsx_runtime14.jsx)(ConflictList, { conflicts: view.conflicts }),
    /* @__PURE__ */ (0, import_jsx_runtime14.jsx)(Notices, { notices: view.notices }),
    /* @__PURE__ */ (0, import_jsx_runtime14.jsx)(ScoreSummary, { title: view.title, score: view.score, testId: "hc-lead-score" }),
    /* @__PURE__ */ (0, import_jsx_runtime14.jsx)(Freshness, { freshness: view.freshness }),
    /* @__PURE__ */ (0, import_jsx_runtime14.jsx)(FactorList, { heading: t.t("section.whyScore"), factors: view.factors, testId: "hc-factors" }),
    /* @__PURE__ */ (0, import_jsx_runtime14.jsx)(ActionSummary, { heading: t.t("section.nextAction"), action: view.nextAction, testId: "hc-next-action" }),
    /* @__PURE__ */ (0, import_jsx_runtime14.jsx)(LeadScoreDetails, { t, view }),
    /* @__PURE__ */ (0, import_jsx_runtime14.jsx)(Divider, {}),
    /* @__PURE__ */ (0, import_jsx_runtime14.jsx)(
      FeedbackForm,
      {
        t,
        target,
        storedFeedback: payload.properties[hubspotPropertyOf("lead-score", "feedback")],
        userName,
        now: now ? () => now : void 0
      }
    )
  ] });
}

// preview/src/hubspot/hubspot-entry.ts
appFunctions.set("hc_save_properties", Fn0.main ?? Fn0.default);
registerCards([{ "uid": "hc_lead_score_card", "label": "Lead score: the why", "location": "crm.record.sidebar", "objectTypes": ["contacts"] }]);
/*! Bundled license information:

react/cjs/react.production.min.js:
  (**
   * @license React
   * react.production.min.js
   *
   * Copyright (c) Facebook, Inc. and its affiliates.
   *
   * This source code is licensed under the MIT license found in the
   * LICENSE file in the root directory of this source tree.
   *)

scheduler/cjs/scheduler.production.min.js:
  (**
   * @license React
   * scheduler.production.min.js
   *
   * Copyright (c) Facebook, Inc. and its affiliates.
   *
   * This source code is licensed under the MIT license found in the
   * LICENSE file in the root directory of this source tree.
   *)

react-dom/cjs/react-dom.production.min.js:
  (**
   * @license React
   * react-dom.production.min.js
   *
   * Copyright (c) Facebook, Inc. and its affiliates.
   *
   * This source code is licensed under the MIT license found in the
   * LICENSE file in the root directory of this source tree.
   *)

react/cjs/react-jsx-runtime.production.min.js:
  (**
   * @license React
   * react-jsx-runtime.production.min.js
   *
   * Copyright (c) Facebook, Inc. and its affiliates.
   *
   * This source code is licensed under the MIT license found in the
   * LICENSE file in the root directory of this source tree.
   *)
*/
